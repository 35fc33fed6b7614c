import { nextAllowedMoment } from "../scheduler/quiet-hours.ts";
import { CHECK_IN_REMINDER_AFTER_DAYS, prepareCheckInReminder } from "../services/prepare-check-in-reminder.ts";
import { MID_YEAR } from "../check-in/check-in-items.ts";
import { CHECK_IN_ROUND_REMINDER_AFTER_DAYS, prepareCheckInRoundReminder } from "../services/prepare-check-in-round-reminder.ts";
import { renderCheckInRoundAnswers, renderCheckInRoundReminder } from "../render/check-in-round.ts";
import { renderCheckInReminder } from "../render/check-in.ts";
import { translator } from "../i18n/index.ts";
import { recipientLanguage } from "../scheduler/recipient-language.ts";
import type { PlannedDelivery, ScheduledJob } from "../scheduler/types.ts";
import { rowsOfWijk } from "../scheduler/every-wijk.ts";
import { sqlOf } from "../db/sql.ts";
import { textList } from "../db-lists.ts";
import type { Db } from "../db.ts";

const DAY_MS = 24 * 3600 * 1000;
const SOONEST_REMINDER_MS = Math.min(CHECK_IN_REMINDER_AFTER_DAYS, CHECK_IN_ROUND_REMINDER_AFTER_DAYS) * DAY_MS;

/**
 * One reminder to whoever has not answered every action: a week after the mid-year check,
 * three days after a check-in round (and only while the round is open: nothing after the meeting).
 */
export const checkInReminderJob: ScheduledJob = {
  id: "checkin-reminder",
  async schedule(ctx, window) {
    const sentBy = new Date(window.to.getTime() - SOONEST_REMINDER_MS);
    const open = await rowsOfWijk(ctx, `unanswered check-ins ${sentBy.toISOString()}`, (wijkIds) => unansweredCheckIns(ctx.db, wijkIds, sentBy));
    const planned: PlannedDelivery[] = [];
    for (const c of open) {
      const afterDays = c.round === MID_YEAR ? CHECK_IN_REMINDER_AFTER_DAYS : CHECK_IN_ROUND_REMINDER_AFTER_DAYS;
      const dueAt = nextAllowedMoment(new Date(c.sentAt.getTime() + afterDays * DAY_MS), ctx.settings.quietHours, ctx.holidays);
      if (dueAt <= window.from || dueAt > window.to) continue;
      if (c.closesAt && dueAt >= c.closesAt) continue;
      planned.push({ key: `checkin-reminder:${c.id}`, dueAt, recipient: { personId: c.personId }, data: { checkInId: c.id, round: c.round === MID_YEAR ? 0 : 1 } });
    }
    return planned;
  },
  async handler(ctx, delivery) {
    const input = { checkInId: String(delivery.data.checkInId), now: ctx.now };
    if (!delivery.data.round) {
      const check = await prepareCheckInReminder(ctx.db, input);
      return check && renderCheckInReminder(check, translator(check.lang), check.lang, ctx.now);
    }
    const reminder = await prepareCheckInRoundReminder(ctx.db, input);
    return reminder && renderCheckInRoundReminder(reminder, translator(reminder.lang), reminder.lang, ctx.now);
  },
  async answers(ctx, delivery) {
    return delivery.data.round ? renderCheckInRoundAnswers(translator(await recipientLanguage(ctx.db, delivery))) : null;
  },
};

type UnansweredCheckIn = { id: string; wijkId: string; personId: string; sentAt: Date; round: string; closesAt: Date | null };

/** The check-ins of these wijken sent by `sentBy` that nobody answered or was reminded of: one read for every wijk, through the driver where there is one. */
async function unansweredCheckIns(db: Db, wijkIds: readonly string[], sentBy: Date): Promise<UnansweredCheckIn[]> {
  const driver = sqlOf(db);
  if (!driver) {
    return db.checkIn.findMany({
      where: { wijkId: { in: [...wijkIds] }, answeredAt: null, remindedAt: null, sentAt: { lte: sentBy } },
      select: { id: true, wijkId: true, personId: true, sentAt: true, round: true, closesAt: true },
    });
  }
  return driver.all<UnansweredCheckIn>(
    `SELECT "id", "wijkId", "personId", "sentAt", "round", "closesAt" FROM "CheckIn"
    WHERE "wijkId" IN ${textList(driver)} AND "answeredAt" IS NULL AND "remindedAt" IS NULL AND "sentAt" <= ?`,
    [JSON.stringify(wijkIds), sentBy],
  );
}
