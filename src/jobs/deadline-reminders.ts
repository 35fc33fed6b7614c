import { OPEN_STATUSES } from "../domain.ts";
import { localParts } from "../parse/dates.ts";
import { planDeadlineReminders } from "../services/plan-deadline-reminders.ts";
import { buildDeadlineReminder, buildDeadlineReminderAnswers } from "../services/build-deadline-reminder.ts";
import type { PlannedDelivery, ScheduledJob } from "../scheduler/types.ts";
import { recipientLanguage } from "../scheduler/recipient-language.ts";

/**
 * Deadline reminders to every owner of an open action (DM where they have one, else a
 * mention in the kartrekkers group). Computed from the current actions at each tick:
 * finishing, stopping or parking an action leaves nothing due; a /snooze hides the
 * moments until its time and sends one reminder then.
 */
export const deadlineRemindersJob: ScheduledJob = {
  id: "deadline",
  async schedule(ctx, window) {
    // A deadline further ahead than the earliest reminder moment cannot have anything due in
    // this window (quiet hours and holidays only ever move moments later): skip those in SQL.
    const earliestDaysBefore = Math.max(0, ...ctx.settings.reminders.daysBefore);
    const latestDeadline = new Date(window.to.getTime() + (earliestDaysBefore + 2) * 86_400_000);
    const actions = await ctx.db.action.findMany({
      where: { wijkId: ctx.wijk.id, deletedAt: null, status: { in: [...OPEN_STATUSES] }, deadline: { not: null, lte: latestDeadline } },
      select: { id: true, deadline: true, owners: { select: { personId: true } } },
    });
    const snoozes = await ctx.db.reminder.findMany({
      // Not "actionId in (…all open actions…)": a large wijk exceeds the database's parameter limit.
      where: { wijkId: ctx.wijk.id, kind: "snooze", cancelledAt: null, actionId: { not: null } },
    });
    const snoozesByAction = new Map<string, typeof snoozes>();
    for (const s of snoozes) if (s.actionId && s.nextAt) snoozesByAction.set(s.actionId, [...(snoozesByAction.get(s.actionId) ?? []), s]);
    const planned: PlannedDelivery[] = [];
    for (const action of actions) {
      const deadline = action.deadline!;
      const mine = snoozesByAction.get(action.id) ?? [];
      const snoozed = (at: Date) => mine.some((s) => at > s.createdAt && at < s.nextAt!);
      const p = localParts(deadline);
      const day = `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
      for (const m of planDeadlineReminders({ deadline, settings: ctx.settings, holidays: ctx.holidays, window })) {
        if (snoozed(m.dueAt)) continue;
        for (const owner of action.owners) {
          planned.push({
            key: `deadline:${action.id}:${day}:${m.moment}:${owner.personId}`,
            dueAt: m.dueAt,
            recipient: { personId: owner.personId },
            data: { actionId: action.id, deadline: deadline.toISOString(), moment: m.moment },
          });
        }
      }
      for (const s of mine) {
        if (s.nextAt! <= window.from || s.nextAt! > window.to) continue;
        for (const owner of action.owners) {
          planned.push({
            key: `deadline:snooze:${s.id}:${owner.personId}`,
            dueAt: s.nextAt!,
            recipient: { personId: owner.personId },
            data: { actionId: action.id, deadline: null, moment: "snooze" },
          });
        }
      }
    }
    return planned;
  },
  async handler(ctx, delivery) {
    return buildDeadlineReminder(ctx.db, {
      actionId: String(delivery.data.actionId),
      now: ctx.now,
      expectedDeadline: delivery.data.deadline === null ? null : String(delivery.data.deadline),
      lang: await recipientLanguage(ctx.db, delivery),
    });
  },
  async answers(ctx, delivery) {
    return buildDeadlineReminderAnswers(ctx.db, { actionId: String(delivery.data.actionId), lang: await recipientLanguage(ctx.db, delivery) });
  },
};
