import { weekdayOf } from "../time/amsterdam.ts";
import { dailyMomentsIn } from "../scheduler/daily-moments.ts";
import { findOrphanedActions, wijkenWithDepartedOwners } from "../services/find-orphaned-actions.ts";
import { translator } from "../i18n/index.ts";
import { orphanLines } from "../render/orphans.ts";
import type { PlannedDelivery, ScheduledJob } from "../scheduler/types.ts";

/**
 * While actions have no owner left after a /vertrek, the coördinator gets their list
 * weekly, on the digest day at the reminder hour, until each has a new owner.
 */
export const orphanedActionsJob: ScheduledJob = {
  id: "orphans",
  async schedule(ctx, window) {
    // Where nobody who owns something has left (nearly everywhere) nothing is orphaned: one look for every wijk.
    const departed = await ctx.everyWijk.once("wijken with departed owners", () => wijkenWithDepartedOwners(ctx.db, ctx.everyWijk.ids));
    if (!departed.has(ctx.wijk.id)) return [];
    const orphans = await findOrphanedActions(ctx.db, { wijkId: ctx.wijk.id });
    if (!orphans.length) return [];
    const coordinators = await ctx.db.person.findMany({ where: { wijkId: ctx.wijk.id, role: "coordinator", leftAt: null }, select: { id: true } });
    const planned: PlannedDelivery[] = [];
    for (const { day, at: dueAt } of dailyMomentsIn(window, ctx.settings.reminders.sendAt)) {
      if (weekdayOf(day) !== ctx.settings.digest.weekday) continue;
      // Unpadded ("2026-3-5"), unlike src/time's isoDay: delivery keys already stored were made
      // this way, and a key that changes would plan the same reminder a second time.
      const stamp = `${day.year}-${day.month}-${day.day}`;
      for (const c of coordinators) planned.push({ key: `orphans:${ctx.wijk.id}:${stamp}:${c.id}`, dueAt, recipient: { personId: c.id }, data: {} });
    }
    return planned;
  },
  async handler(ctx, delivery) {
    if (!("personId" in delivery.recipient)) return null;
    const orphans = await findOrphanedActions(ctx.db, { wijkId: ctx.wijk.id });
    if (!orphans.length) return null;
    const person = await ctx.db.person.findUnique({ where: { id: delivery.recipient.personId } });
    const t = translator(person?.language);
    return `${t("leave.reminder")}\n${orphanLines(orphans, t)}\n${t("leave.reminderHint")}`;
  },
};
