import { addDays, type CivilDate, isoDay, localParts, toInstant } from "../time/amsterdam.ts";
import { parseClockTime } from "../scheduler/settings.ts";
import { purgeExpiredData, retentionDaysFrom } from "../services/purge-expired-data.ts";
import type { PlannedDelivery, ScheduledJob } from "../scheduler/types.ts";

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
      const { hour, minute } = parseClockTime(ctx.settings.reminders.sendAt);
      const planned: PlannedDelivery[] = [];
      const from = localParts(window.from);
      let day: CivilDate = { year: from.year, month: from.month, day: from.day };
      for (let dueAt = toInstant(day, hour, minute); dueAt <= window.to; day = addDays(day, 1), dueAt = toInstant(day, hour, minute)) {
        if (dueAt <= window.from) continue;
        const stamp = isoDay(day);
        planned.push({ key: `retention:${stamp}`, dueAt, recipient: { chatKind: "stuurgroep" }, data: {} });
      }
      return planned;
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
