import type { Tx } from "../db.ts";
import type { WijkRow } from "../db/rows.ts";

/** Sets the wijk's plan year; new actions belong to it. */
export async function setPlanYear(tx: Tx, input: { wijk: WijkRow; year: number }): Promise<{ changed: boolean }> {
  if (input.wijk.planYear === input.year) return { changed: false };
  await tx.wijk.update({ where: { id: input.wijk.id }, data: { planYear: input.year } });
  return { changed: true };
}
