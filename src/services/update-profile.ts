import type { Tx } from "../db.ts";
import type { PersonRow } from "../db/rows.ts";
import { chooseDisplayName } from "./choose-display-name.ts";
import { cleanLabel } from "../parse/clean-text.ts";
import { findOrCreateOrganisation } from "./find-or-create-organisation.ts";

/**
 * /ik: how a person is shown (name, organisation). The name follows the display-name rules
 * (chooseDisplayName: cleaned, not reserved, not another person's); throws AppError otherwise.
 */
export async function updateProfile(tx: Tx, input: { person: PersonRow; displayName: string; organisation?: string }): Promise<PersonRow> {
  const displayName = await chooseDisplayName(tx, { wijkId: input.person.wijkId, personId: input.person.id, name: input.displayName });
  let organisationId = input.person.organisationId;
  const organisation = cleanLabel(input.organisation ?? "");
  if (organisation) organisationId = (await findOrCreateOrganisation(tx, input.person.wijkId, organisation)).id;
  return tx.person.update({ where: { id: input.person.id }, data: { displayName, organisationId } });
}
