import { localParts, toInstant } from "../time/amsterdam.ts";
import { nextAllowedMoment } from "../scheduler/quiet-hours.ts";
import { parseClockTime } from "../scheduler/settings.ts";
import { checkInDay, readWijkSettings } from "../db/wijk-settings.ts";
import { findCheckInRecipients } from "../services/find-check-in-recipients.ts";
import { openCheckIn } from "../services/open-check-in.ts";
import { renderCheckIn } from "../render/check-in.ts";
import { translator } from "../i18n/index.ts";
import type { PlannedDelivery, ScheduledJob } from "../scheduler/types.ts";

/**
 * The mid-year check: on the wijk's check-in day (Wijk.settings.checkInDate "MM-DD",
 * default 1 June) at the reminder hour, moved out of quiet hours and holidays, every
 * owner of open actions of the plan year gets one DM with their actions numbered.
 */
export const midYearCheckInJob: ScheduledJob = {
  id: "checkin",
  async schedule(ctx, window) {
    const planned: PlannedDelivery[] = [];
    const { hour, minute } = parseClockTime(ctx.settings.reminders.sendAt);
    const day = checkInDay(readWijkSettings(ctx.wijk));
    for (let year = localParts(window.from).year; year <= localParts(window.to).year; year++) {
      if (ctx.wijk.planYear && ctx.wijk.planYear !== year) continue;
      const dueAt = nextAllowedMoment(toInstant({ year, month: day.month, day: day.day }, hour, minute), ctx.settings.quietHours, ctx.holidays);
      if (dueAt <= window.from || dueAt > window.to) continue;
      const { personIds } = await findCheckInRecipients(ctx.db, { wijk: ctx.wijk, now: dueAt });
      for (const personId of personIds) {
        planned.push({ key: `checkin:${ctx.wijk.id}:${year}:${personId}`, dueAt, recipient: { personId }, data: { year } });
      }
    }
    return planned;
  },
  async handler(ctx, delivery) {
    if (!("personId" in delivery.recipient)) return null;
    const personId = delivery.recipient.personId;
    const check = await ctx.db.$transaction((tx) =>
      openCheckIn(tx, { wijkId: ctx.wijk.id, personId, year: Number(delivery.data.year), sentAt: delivery.dueAt, now: ctx.now }),
    );
    return check && renderCheckIn(check, translator(check.lang), check.lang, ctx.now);
  },
};
