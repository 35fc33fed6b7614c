import type { Tx } from "../db.ts";
import { compareCivil, toInstant, type CivilDate } from "../time/amsterdam.ts";
import { AppError } from "../core/errors.ts";
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
