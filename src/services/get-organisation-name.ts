import type { Tx } from "../db.ts";
import type { PersonRow } from "../db/rows.ts";

/** The name of the person's organisation, if any (/ik without a name). */
export async function getOrganisationName(tx: Tx, person: PersonRow): Promise<string | undefined> {
  if (!person.organisationId) return undefined;
  return (await tx.organisation.findUnique({ where: { id: person.organisationId }, select: { name: true } }))?.name;
}
