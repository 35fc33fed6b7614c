import { OPEN_STATUSES, type ActionStatus } from "../domain.ts";
import { daysBetween, localParts, type CivilDate } from "../time/amsterdam.ts";

export type DeadlineReminderInput = { actionId: string; now: Date; expectedDeadline?: string | null };
export type ReminderAction = { title: string; shortName: string | null; status: string; deadline: Date | null; deletedAt: Date | null; pillar: { name: string } | null };

/** What a deadline reminder says, as data (src/render/deadline-reminder.ts writes it). */
export interface DeadlineReminder {
  title: string;
  pillarName: string | null;
  /** The name the one-tap answers and hints use (short name, else the title). */
  name: string;
  deadline: Date;
  /** Days from today to the deadline (Amsterdam calendar days; negative when overdue). */
  days: number;
}

/**
 * The reminder for `action` as things stand, or null when it has become pointless (see
 * getDeadlineReminder). `civilDay` turns a moment into its Amsterdam calendar day (a batch
 * passes a cached one); `deadlineIso` is the deadline as ISO text when already known.
 */
export function deadlineReminderFor(
  action: ReminderAction | null | undefined,
  input: DeadlineReminderInput,
  civilDay: (date: Date) => CivilDate = civilDayOf,
  deadlineIso?: string | null,
): DeadlineReminder | null {
  if (!action || action.deletedAt || !action.deadline) return null;
  if (!OPEN_STATUSES.includes(action.status as ActionStatus)) return null;
  if (input.expectedDeadline && (deadlineIso ?? action.deadline.toISOString()) !== input.expectedDeadline) return null;
  return {
    title: action.title,
    pillarName: action.pillar?.name ?? null,
    name: action.shortName ?? action.title,
    deadline: action.deadline,
    days: daysBetween(civilDay(input.now), civilDay(action.deadline)),
  };
}

export function civilDayOf(date: Date): CivilDate {
  const p = localParts(date);
  return { year: p.year, month: p.month, day: p.day };
}
