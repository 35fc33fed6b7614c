import { nextAllowedMoment } from "../scheduler/quiet-hours.ts";
import { CHECK_IN_REMINDER_AFTER_DAYS, checkInReminder } from "../services/mid-year-check-in.ts";
import type { PlannedDelivery, ScheduledJob } from "../scheduler/types.ts";

const REMINDER_AFTER_MS = CHECK_IN_REMINDER_AFTER_DAYS * 24 * 3600 * 1000;

/** One reminder, a week after the mid-year check went out, to whoever has not answered every action. */
export const checkInReminderJob: ScheduledJob = {
  id: "checkin-reminder",
  async schedule(ctx, window) {
    const open = await ctx.db.checkIn.findMany({
      where: { wijkId: ctx.wijk.id, answeredAt: null, remindedAt: null, sentAt: { lte: new Date(window.to.getTime() - REMINDER_AFTER_MS) } },
      select: { id: true, personId: true, sentAt: true },
    });
    const planned: PlannedDelivery[] = [];
    for (const c of open) {
      const dueAt = nextAllowedMoment(new Date(c.sentAt.getTime() + REMINDER_AFTER_MS), ctx.settings.quietHours, ctx.holidays);
      if (dueAt <= window.from || dueAt > window.to) continue;
      planned.push({ key: `checkin-reminder:${c.id}`, dueAt, recipient: { personId: c.personId }, data: { checkInId: c.id } });
    }
    return planned;
  },
  async handler(ctx, delivery) {
    return checkInReminder(ctx.db, { checkInId: String(delivery.data.checkInId), now: ctx.now });
  },
};
