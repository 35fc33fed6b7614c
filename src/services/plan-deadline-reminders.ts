import { addDays, localParts, toInstant, type CivilDate } from "../time/amsterdam.ts";
import { nextAllowedMoment, type HolidayPeriod } from "../scheduler/quiet-hours.ts";
import { parseClockTime, type ScheduleSettings } from "../scheduler/settings.ts";

/** How far back raw moments are considered, so one moved forward by a long holiday is still found. */
const LOOKBACK_DAYS = 90;
const DAY_MS = 24 * 60 * 60_000;

export interface DeadlineMoment {
  /** "d-7", "d-1", "d0", "te-laat-1" (first week overdue), … */
  moment: string;
  /** When it goes out, after quiet hours, quiet weekdays and holidays. */
  dueAt: Date;
}

/**
 * The reminder moments of one deadline: N days before at the send hour, on the
 * morning itself, then every week while overdue — each moved to the next allowed
 * moment. Moments that end up at the same time collapse into the latest one, so a
 * holiday never releases a pile of reminders for the same action.
 */
export function planDeadlineReminders(input: {
  deadline: Date;
  settings: ScheduleSettings;
  holidays: readonly HolidayPeriod[];
  window: { from: Date; to: Date };
}): DeadlineMoment[] {
  const { settings, window } = input;
  const { hour, minute } = parseClockTime(settings.reminders.sendAt);
  const p = localParts(input.deadline);
  const day: CivilDate = { year: p.year, month: p.month, day: p.day };
  const earliest = window.from.getTime() - LOOKBACK_DAYS * DAY_MS;
  const raw: { moment: string; at: Date; order: number }[] = [];
  for (const before of [...new Set(settings.reminders.daysBefore)].sort((a, b) => b - a)) {
    raw.push({ moment: before === 0 ? "d0" : `d-${before}`, at: toInstant(addDays(day, -before), hour, minute), order: -before });
  }
  const every = settings.reminders.overdueEveryDays;
  if (every > 0) {
    const deadlineMorning = toInstant(day, hour, minute).getTime();
    const firstWeek = Math.max(1, Math.floor((earliest - deadlineMorning) / (every * DAY_MS)));
    for (let n = firstWeek; ; n++) {
      const at = toInstant(addDays(day, n * every), hour, minute);
      if (at.getTime() > window.to.getTime()) break;
      raw.push({ moment: `te-laat-${n}`, at, order: n });
    }
  }
  const byDue = new Map<number, { moment: string; order: number }>();
  for (const r of raw) {
    if (r.at.getTime() < earliest) continue;
    const due = nextAllowedMoment(r.at, settings.quietHours, input.holidays).getTime();
    const kept = byDue.get(due);
    if (!kept || r.order > kept.order) byDue.set(due, { moment: r.moment, order: r.order });
  }
  // A later moment that was moved onto or before an earlier one's time replaces it too.
  const sorted = [...byDue.entries()].sort((a, b) => a[0] - b[0]);
  const out: DeadlineMoment[] = [];
  let lastOrder = Infinity;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const [due, { moment, order }] = sorted[i];
    if (order >= lastOrder) continue;
    lastOrder = order;
    if (due > window.from.getTime() && due <= window.to.getTime()) out.unshift({ moment, dueAt: new Date(due) });
  }
  return out;
}
