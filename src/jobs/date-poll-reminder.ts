import { nextAllowedMoment } from "../scheduler/quiet-hours.ts";
import { listDatePollNonVoters } from "../services/list-date-poll-non-voters.ts";
import { findDatePoll } from "../services/find-date-poll.ts";
import { joinNames } from "../render/format.ts";
import type { PlannedDelivery, ScheduledJob } from "../scheduler/types.ts";
import { rowsOfWijk } from "../scheduler/every-wijk.ts";
import { dutch as t } from "../i18n/index.ts";
import { sqlOf } from "../db/sql.ts";
import { textList } from "../db-lists.ts";
import type { Db } from "../db.ts";

/** One reminder this long after the poll went up, to whoever has not voted. */
const DATE_POLL_REMINDER_AFTER_DAYS = 3;
const REMINDER_AFTER_MS = DATE_POLL_REMINDER_AFTER_DAYS * 24 * 3600 * 1000;

/**
 * One reminder, three days after a date poll went up, in the chat it went up in (a group
 * message, so Dutch), naming the stuurgroep members who have not voted. Nothing when the poll
 * was closed or everyone voted by then.
 */
export const datePollReminderJob: ScheduledJob = {
  id: "datepoll-reminder",
  async schedule(ctx, window) {
    const postedBy = new Date(window.to.getTime() - REMINDER_AFTER_MS);
    const open = await rowsOfWijk(ctx, `open date polls ${postedBy.toISOString()}`, (wijkIds) => openDatePolls(ctx.db, wijkIds, postedBy));
    const planned: PlannedDelivery[] = [];
    for (const poll of open) {
      const dueAt = nextAllowedMoment(new Date(poll.createdAt.getTime() + REMINDER_AFTER_MS), ctx.settings.quietHours, ctx.holidays);
      if (dueAt <= window.from || dueAt > window.to) continue;
      planned.push({ key: `datepoll-reminder:${poll.id}`, dueAt, recipient: { chatId: poll.chatId }, data: { pollId: poll.id } });
    }
    return planned;
  },
  async handler(ctx, delivery) {
    const poll = await ctx.db.datePoll.findUnique({ where: { id: String(delivery.data.pollId) }, select: { ref: true, closedAt: true } });
    if (!poll || poll.closedAt) return null;
    const full = await findDatePoll(ctx.db, { wijkId: ctx.wijk.id, ref: poll.ref });
    const waiting = full ? await listDatePollNonVoters(ctx.db, full) : [];
    if (!waiting.length) return null;
    return t("datePoll.reminder", { names: joinNames(waiting.map((p) => p.displayName)) });
  },
};

/** The open date polls of these wijken posted by `postedBy`: through the driver where there is one (the scheduler's tick: no Prisma compile), else Prisma. */
async function openDatePolls(db: Db, wijkIds: readonly string[], postedBy: Date): Promise<{ id: string; wijkId: string; chatId: string; createdAt: Date }[]> {
  const driver = sqlOf(db);
  if (!driver) {
    return db.datePoll.findMany({
      where: { wijkId: { in: [...wijkIds] }, closedAt: null, createdAt: { lte: postedBy } },
      select: { id: true, wijkId: true, chatId: true, createdAt: true },
    });
  }
  return driver.all<{ id: string; wijkId: string; chatId: string; createdAt: Date }>(
    `SELECT "id", "wijkId", "chatId", "createdAt" FROM "DatePoll" WHERE "wijkId" IN ${textList(driver)} AND "closedAt" IS NULL AND "createdAt" <= ?`,
    [JSON.stringify(wijkIds), postedBy],
  );
}
