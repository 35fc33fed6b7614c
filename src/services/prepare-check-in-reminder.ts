import type { Db } from "../db.ts";
import { normalizeLanguage } from "../i18n/index.ts";
import { checkInList, type CheckInItem, type CheckInList, type Verdict } from "../check-in/check-in-items.ts";

/** An unanswered check gets one reminder this long after it was sent. */
export const CHECK_IN_REMINDER_AFTER_DAYS = 7;

/**
 * The reminder for a check still unanswered: only the unanswered actions, as data (src/render/check-in.ts
 * writes it), noted as sent; null when it was answered meanwhile.
 */
export async function prepareCheckInReminder(db: Db, input: { checkInId: string; now: Date }): Promise<CheckInList | null> {
  const checkIn = await db.checkIn.findUnique({ where: { id: input.checkInId } });
  if (!checkIn || checkIn.answeredAt) return null;
  const person = await db.person.findUnique({ where: { id: checkIn.personId } });
  if (!person || person.leftAt) return null;
  await db.checkIn.update({ where: { id: checkIn.id }, data: { remindedAt: input.now } });
  const answers = JSON.parse(checkIn.answers) as Record<string, Verdict>;
  const items = (JSON.parse(checkIn.items) as CheckInItem[]).filter((i) => !answers[String(i.n)]);
  return checkInList(normalizeLanguage(person.language), checkIn.year, items);
}
