import type { Tx } from "../db.ts";
import { compareCivil, toInstant, type CivilDate } from "../parse/dates.ts";
import { AppError } from "./errors.ts";
import { localText } from "../i18n/index.ts";

/** Longest holiday period accepted: a typo in the year should not silence reminders for years. */
export const MAX_HOLIDAY_DAYS = 120;

/** A holiday period (both days included) during which deadline reminders pause. */
export async function addHoliday(tx: Tx, input: { wijkId: string; start: CivilDate; end: CivilDate }) {
  if (compareCivil(input.end, input.start) < 0) throw new AppError("INVALID", localText("holiday.endBeforeStart"));
  const days = (Date.UTC(input.end.year, input.end.month - 1, input.end.day) - Date.UTC(input.start.year, input.start.month - 1, input.start.day)) / 86_400_000;
  if (days > MAX_HOLIDAY_DAYS) throw new AppError("INVALID", localText("holiday.tooLong", { days: MAX_HOLIDAY_DAYS }));
  return tx.holiday.create({ data: { wijkId: input.wijkId, startDate: toInstant(input.start), endDate: toInstant(input.end) } });
}

/** The wijk's holiday periods that have not ended yet, soonest first. */
export async function listHolidays(tx: Tx, input: { wijkId: string; now: Date }) {
  const rows = await tx.holiday.findMany({ where: { wijkId: input.wijkId }, orderBy: { startDate: "asc" } });
  return rows.filter((h) => h.endDate.getTime() + 86_400_000 > input.now.getTime());
}

/** Removes the n-th period of listHolidays. */
export async function removeHoliday(tx: Tx, input: { wijkId: string; number: number; now: Date }) {
  const holidays = await listHolidays(tx, input);
  const holiday = holidays[input.number - 1];
  if (!holiday) throw new AppError("NOT_FOUND", localText("holiday.noSuchNumber", { number: input.number }));
  await tx.holiday.delete({ where: { id: holiday.id } });
  return holiday;
}
