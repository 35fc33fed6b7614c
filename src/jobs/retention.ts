import { isoDay } from "../time/amsterdam.ts";
import { dailyMomentsIn } from "../scheduler/daily-moments.ts";
import { purgeExpiredData, retentionDaysFrom } from "../services/purge-expired-data.ts";
import type { ScheduledJob } from "../scheduler/types.ts";

/**
 * Once a day: deletes processed-message ids, expired questions, used or expired codes
 * and old sent/dropped deliveries older than RETENTION_DAYS (default 30; see
 * purge-expired-data.ts). It sends nothing: the handler does the work and returns null,
 * so its own Delivery row is marked dropped, and that row is what makes the clean-up
 * run once a day across processes. One key per day for all wijken, as the purge is global.
 */
export function createRetentionJob(options: { retentionDays: () => number }): ScheduledJob {
  return {
    id: "retention",
    async schedule(ctx, window) {
      // At the reminder hour, when the scheduler wakes anyway on most weekdays: a separate
      // moment would add a stop every simulated day in transcripts and tests.
      return dailyMomentsIn(window, ctx.settings.reminders.sendAt).map(({ day, at }) => ({
        key: `retention:${isoDay(day)}`,
        dueAt: at,
        recipient: { chatKind: "stuurgroep" as const },
        data: {},
      }));
    },
    async handler(ctx) {
      const retentionDays = options.retentionDays();
      const purged = await purgeExpiredData(ctx.db, { now: ctx.now, retentionDays });
      ctx.logger.info({ retentionDays, ...purged }, "purged data past its retention");
      return null;
    },
  };
}

/** The registered job: RETENTION_DAYS is read from the environment at each run, so a restart is not needed to change it. */
export const retentionJob = createRetentionJob({ retentionDays: () => retentionDaysFrom(process.env) });
