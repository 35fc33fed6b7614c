import type { Tx } from "../db.ts";

/** How many open actions (gepland, bezig, geparkeerd) a person owns. */
export async function countOpenActions(tx: Tx, personId: string): Promise<number> {
  return tx.actionOwner.count({ where: { personId, action: { deletedAt: null, status: { in: ["gepland", "bezig", "geparkeerd"] } } } });
}
