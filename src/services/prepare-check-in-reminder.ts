import type { Db } from "../db.ts";
import { normalizeLanguage, translator } from "../i18n/index.ts";
import { formatCheckInItems, type CheckInItem, type Verdict } from "./check-in-items.ts";

/** An unanswered check gets one reminder this long after it was sent. */
export const CHECK_IN_REMINDER_AFTER_DAYS = 7;

/** The reminder for a check still unanswered (only the unanswered actions), noted as sent; null when it was answered meanwhile. */
export async function prepareCheckInReminder(db: Db, input: { checkInId: string; now: Date }): Promise<string | null> {
  const checkIn = await db.checkIn.findUnique({ where: { id: input.checkInId } });
  if (!checkIn || checkIn.answeredAt) return null;
  const person = await db.person.findUnique({ where: { id: checkIn.personId } });
  if (!person || person.leftAt) return null;
  await db.checkIn.update({ where: { id: checkIn.id }, data: { remindedAt: input.now } });
  const lang = normalizeLanguage(person.language);
  const t = translator(lang);
  const answers = JSON.parse(checkIn.answers) as Record<string, Verdict>;
  const items = (JSON.parse(checkIn.items) as CheckInItem[]).filter((i) => !answers[String(i.n)]);
  return t("checkin.reminder", { year: checkIn.year, list: formatCheckInItems(items, t, lang), example: t("checkin.example") });
}
