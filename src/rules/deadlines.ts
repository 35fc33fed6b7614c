import { compareCivil, localParts } from "../time/amsterdam.ts";
import { OPEN_STATUSES, type ActionStatus } from "../domain.ts";

/** A deadline without a time of day is stored as local midnight and lasts the whole day. */
export function isOverdue(action: { status: string; deadline: Date | null }, now: Date): boolean {
  if (!action.deadline || !OPEN_STATUSES.includes(action.status as ActionStatus)) return false;
  const d = localParts(action.deadline);
  const hasTime = d.hour !== 0 || d.minute !== 0;
  if (hasTime) return action.deadline.getTime() < now.getTime();
  return compareCivil(d, localParts(now)) < 0;
}

/** Due within the next `days` days (and not overdue). */
export function isDueWithin(action: { status: string; deadline: Date | null }, now: Date, days: number): boolean {
  if (!action.deadline || !OPEN_STATUSES.includes(action.status as ActionStatus)) return false;
  if (isOverdue(action, now)) return false;
  return action.deadline.getTime() - now.getTime() <= days * 24 * 3600 * 1000;
}
