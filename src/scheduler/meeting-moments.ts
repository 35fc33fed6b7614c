import type { Tx } from "../db.ts";
import { sqlOf } from "../db/sql.ts";
import { textList } from "../db-lists.ts";
import type { Meeting } from "../generated/sqlite/client.ts";
import { addDays, localParts, toInstant } from "../time/amsterdam.ts";
import { nextAllowedMoment } from "./quiet-hours.ts";
import { parseClockTime, type ScheduleSettings } from "./settings.ts";

/** Longest lead time of any meeting message: meetings further ahead have nothing due yet. */
const MAX_LEAD_DAYS = 61;
const DAY_MS = 24 * 60 * 60_000;

/** Meetings of these wijken, not closed, that could have a message due in the window; earliest first. */
export async function meetingsAround(tx: Tx, wijkIds: readonly string[], window: { from: Date; to: Date }): Promise<Meeting[]> {
  const after = new Date(window.from.getTime() - 2 * DAY_MS);
  const until = new Date(window.to.getTime() + MAX_LEAD_DAYS * DAY_MS);
  // Through the driver where there is one (the scheduler's tick: no Prisma compile), else Prisma.
  const driver = sqlOf(tx);
  if (driver) {
    return driver.all<Meeting>(
      `SELECT "id", "wijkId", "startsAt", "place", "closedAt", "createdAt" FROM "Meeting"
      WHERE "wijkId" IN ${textList(driver)} AND "closedAt" IS NULL AND "startsAt" > ? AND "startsAt" <= ? ORDER BY "startsAt" ASC`,
      [JSON.stringify(wijkIds), after, until],
    );
  }
  return tx.meeting.findMany({
    where: { wijkId: { in: [...wijkIds] }, closedAt: null, startsAt: { gt: after, lte: until } },
    orderBy: { startsAt: "asc" },
  });
}

/**
 * A message `daysBefore` days ahead of the meeting at the send hour, moved out of quiet
 * hours; undefined when that would no longer be before the meeting.
 */
export function leadMoment(meeting: Pick<Meeting, "startsAt">, daysBefore: number, settings: ScheduleSettings): Date | undefined {
  const p = localParts(meeting.startsAt);
  const { hour, minute } = parseClockTime(settings.reminders.sendAt);
  const at = nextAllowedMoment(toInstant(addDays({ year: p.year, month: p.month, day: p.day }, -daysBefore), hour, minute), settings.quietHours);
  return at < meeting.startsAt ? at : undefined;
}

/** The meeting morning at the configured time, when that is before the meeting starts. */
export function morningMoment(meeting: Pick<Meeting, "startsAt">, settings: ScheduleSettings): Date | undefined {
  const p = localParts(meeting.startsAt);
  const { hour, minute } = parseClockTime(settings.meetings.morningReminderAt);
  const at = toInstant({ year: p.year, month: p.month, day: p.day }, hour, minute);
  return at < meeting.startsAt ? at : undefined;
}

export function inWindow(at: Date | undefined, window: { from: Date; to: Date }): at is Date {
  return Boolean(at && at > window.from && at <= window.to);
}

/** A meeting counts as over this long after it started. */
export function meetingEnd(meeting: Pick<Meeting, "startsAt">, settings: ScheduleSettings): Date {
  return new Date(meeting.startsAt.getTime() + settings.meetings.durationMinutes * 60_000);
}
