import type { Tx } from "../db.ts";
import { AppError } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";
import type { ChangeMeta } from "./change-action.ts";
import { listHolidays } from "./list-holidays.ts";
import { HOLIDAY_REMOVE_FIELD, holidayValue } from "./add-holiday.ts";

/** Removes the n-th period of listHolidays. Recorded in the history (brought back with /ongedaan). */
export async function removeHoliday(tx: Tx, input: { meta: ChangeMeta; wijkId: string; number: number; now: Date }) {
  const holidays = await listHolidays(tx, input);
  const holiday = holidays[input.number - 1];
  if (!holiday) throw new AppError("NOT_FOUND", localText("holiday.noSuchNumber", { number: input.number }));
  await tx.holiday.delete({ where: { id: holiday.id } });
  await tx.historyEntry.create({
    data: {
      wijkId: input.meta.wijkId,
      personId: input.meta.personId,
      batchId: input.meta.batchId,
      field: HOLIDAY_REMOVE_FIELD,
      fromValue: holidayValue(holiday),
      toValue: null,
      platform: input.meta.platform,
      chatId: input.meta.chatId,
      messageId: input.meta.messageId,
      createdAt: input.meta.at,
    },
  });
  return holiday;
}
