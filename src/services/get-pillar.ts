import type { Tx } from "../db.ts";
import type { PillarRow } from "../db/rows.ts";

/** One pillar by its id. */
export async function getPillar(tx: Tx, pillarId: string): Promise<PillarRow> {
  return tx.pillar.findUniqueOrThrow({ where: { id: pillarId } });
}
