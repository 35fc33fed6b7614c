import type { Tx } from "../db.ts";
import { compareCivil, toInstant, type CivilDate } from "../time/amsterdam.ts";
import { AppError } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";
import type { ChangeMeta } from "./change-action.ts";

/** Longest holiday period accepted: a typo in the year should not silence reminders for years. */
export const MAX_HOLIDAY_DAYS = 120;
/** History field of a holiday that was added (toValue: the period, as holidayValue writes it). */
export const HOLIDAY_ADD_FIELD = "holiday";
/** History field of a holiday that was removed (fromValue: the period, as holidayValue writes it). */
export const HOLIDAY_REMOVE_FIELD = "holiday.removed";

/** A holiday period as the history keeps it: enough to remove it again, or to bring it back as it was. */
export interface HolidayValue {
  id: string;
  startDate: string;
  endDate: string;
}

/** The history value of a holiday period (JSON of a HolidayValue). */
export function holidayValue(holiday: { id: string; startDate: Date; endDate: Date }): string {
  return JSON.stringify({ id: holiday.id, startDate: holiday.startDate.toISOString(), endDate: holiday.endDate.toISOString() } satisfies HolidayValue);
}

/** A holiday period (both days included) during which deadline reminders pause. Recorded in the history (undone with /ongedaan). */
export async function addHoliday(tx: Tx, input: { meta: ChangeMeta; wijkId: string; start: CivilDate; end: CivilDate }) {
  if (compareCivil(input.end, input.start) < 0) throw new AppError("INVALID", localText("holiday.endBeforeStart"));
  const days = (Date.UTC(input.end.year, input.end.month - 1, input.end.day) - Date.UTC(input.start.year, input.start.month - 1, input.start.day)) / 86_400_000;
  if (days > MAX_HOLIDAY_DAYS) throw new AppError("INVALID", localText("holiday.tooLong", { days: MAX_HOLIDAY_DAYS }));
  const holiday = await tx.holiday.create({ data: { wijkId: input.wijkId, startDate: toInstant(input.start), endDate: toInstant(input.end) } });
  await tx.historyEntry.create({
    data: {
      wijkId: input.meta.wijkId,
      personId: input.meta.personId,
      batchId: input.meta.batchId,
      field: HOLIDAY_ADD_FIELD,
      fromValue: null,
      toValue: holidayValue(holiday),
      platform: input.meta.platform,
      chatId: input.meta.chatId,
      messageId: input.meta.messageId,
      createdAt: input.meta.at,
    },
  });
  return holiday;
}
