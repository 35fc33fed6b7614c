import type { Tx } from "../db.ts";
import { AppError } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";
import { listHolidays } from "./list-holidays.ts";

/** Removes the n-th period of listHolidays. */
export async function removeHoliday(tx: Tx, input: { wijkId: string; number: number; now: Date }) {
  const holidays = await listHolidays(tx, input);
  const holiday = holidays[input.number - 1];
  if (!holiday) throw new AppError("NOT_FOUND", localText("holiday.noSuchNumber", { number: input.number }));
  await tx.holiday.delete({ where: { id: holiday.id } });
  return holiday;
}
