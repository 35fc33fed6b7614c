import type { Db } from "../db.ts";
import { normalizeLanguage } from "../i18n/index.ts";
import { roundListItems, roundMeetingStart, stillStandingIn, type CheckInRoundList, type RoundItem } from "../check-in/check-in-round-items.ts";

/** An unanswered round gets one reminder this long after it went out (if that is still before it closes). */
export const CHECK_IN_ROUND_REMINDER_AFTER_DAYS = 3;

/**
 * The one reminder for a round still unanswered: what is still open, as data (src/render/check-in-round.ts
 * writes it); null when answered, closed or left. Notes that it reminded.
 */
export async function prepareCheckInRoundReminder(db: Db, input: { checkInId: string; now: Date }): Promise<CheckInRoundList | null> {
  const checkIn = await db.checkIn.findUnique({ where: { id: input.checkInId } });
  if (!checkIn || checkIn.answeredAt || (checkIn.closesAt && checkIn.closesAt <= input.now)) return null;
  const person = await db.person.findUnique({ where: { id: checkIn.personId } });
  if (!person || person.leftAt) return null;
  const answers = JSON.parse(checkIn.answers) as Record<string, string>;
  const unanswered = (JSON.parse(checkIn.items) as RoundItem[]).filter((i) => !answers[String(i.n)]);
  // A stand-in is not reminded of the actions of someone who is back (or has another stand-in now).
  const standingIn = await stillStandingIn(db, { wijkId: checkIn.wijkId, standInId: checkIn.personId, items: unanswered, now: input.now });
  const items = unanswered.filter((i) => !i.for || standingIn.has(i.for));
  if (!items.length) return null;
  await db.checkIn.update({ where: { id: checkIn.id }, data: { remindedAt: input.now } });
  return {
    lang: normalizeLanguage(person.language),
    round: checkIn.round,
    meetingStartsAt: await roundMeetingStart(db, { meetingId: checkIn.meetingId }),
    items: await roundListItems(db, items, input.now),
  };
}
