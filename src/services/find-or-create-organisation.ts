import type { Tx } from "../db.ts";
import { cleanLabel } from "./clean-text.ts";

/** The wijk's organisation with this name (cleaned), created when it is new. */
export async function findOrCreateOrganisation(tx: Tx, wijkId: string, typed: string) {
  const name = cleanLabel(typed);
  return tx.organisation.upsert({ where: { wijkId_name: { wijkId, name } }, create: { wijkId, name }, update: {} });
}
