import type { Tx } from "../db.ts";
import { changeAction, type ChangeMeta } from "./change-action.ts";
import { encodeIdSet } from "../db/action-fields.ts";
import { findOrCreateOrganisation } from "./find-or-create-organisation.ts";

/** Adds an organisation (found by name, or made) to an action's partners; `changed` is false when it was one already. */
export async function addActionPartner(tx: Tx, meta: ChangeMeta, input: { actionId: string; name: string }) {
  const org = await findOrCreateOrganisation(tx, meta.wijkId, input.name);
  const current = await tx.actionPartner.findMany({ where: { actionId: input.actionId }, select: { organisationId: true } });
  const ids = [...new Set([...current.map((p) => p.organisationId), org.id])];
  const changes = await changeAction(tx, meta, input.actionId, { partners: encodeIdSet(ids) });
  return { org, changed: changes.length > 0 };
}
