import type { Tx } from "../db.ts";

/** The wijk's holiday periods that have not ended yet, soonest first. */
export async function listHolidays(tx: Tx, input: { wijkId: string; now: Date }) {
  const rows = await tx.holiday.findMany({ where: { wijkId: input.wijkId }, orderBy: { startDate: "asc" } });
  return rows.filter((h) => h.endDate.getTime() + 86_400_000 > input.now.getTime());
}
