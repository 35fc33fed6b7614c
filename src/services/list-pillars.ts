import type { Tx } from "../db.ts";
import type { PillarRow } from "../db/rows.ts";

/** The pillars of a wijk. */
export async function listPillars(tx: Tx, wijkId: string): Promise<PillarRow[]> {
  return tx.pillar.findMany({ where: { wijkId } });
}
