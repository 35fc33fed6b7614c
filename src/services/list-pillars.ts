import type { Tx } from "../db.ts";
import type { PillarRow } from "./rows.ts";

/** The pillars of a wijk. */
export async function listPillars(tx: Tx, wijkId: string): Promise<PillarRow[]> {
  return tx.pillar.findMany({ where: { wijkId } });
}

/** One pillar by its id. */
export async function getPillar(tx: Tx, pillarId: string): Promise<PillarRow> {
  return tx.pillar.findUniqueOrThrow({ where: { id: pillarId } });
}
