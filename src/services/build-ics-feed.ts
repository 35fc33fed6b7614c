import ical, { ICalCalendarMethod } from "ical-generator";
import type { Tx } from "../db.ts";
import { OPEN_STATUSES } from "../domain.ts";
import { localParts } from "../time/amsterdam.ts";
import { readScheduleSettings } from "../scheduler/settings.ts";
import { meetingEnd } from "../scheduler/meeting-moments.ts";

/** Past meetings stay in the feed this long, so last month's meeting does not vanish. */
const PAST_MEETINGS_DAYS = 180;

/**
 * The wijk's calendar as iCalendar text, for subscribing from Outlook or Google: every
 * open action's deadline and the meetings. UIDs are derived from row ids, so an event
 * keeps its identity when its date moves. A deadline without a time of day is an
 * all-day event on its Amsterdam calendar date. A meeting has no end time in the data: it
 * lasts the wijk's meetings.durationMinutes (default 120), the same span after which the
 * scheduler counts it as over.
 */
export async function buildIcsFeed(tx: Tx, input: { wijkId: string; now: Date; link?: (actionId: string) => string }): Promise<string> {
  const since = new Date(input.now.getTime() - PAST_MEETINGS_DAYS * 24 * 3600_000);
  const [wijk, actions, meetings] = await Promise.all([
    tx.wijk.findUniqueOrThrow({ where: { id: input.wijkId }, select: { name: true, settings: true } }),
    tx.action.findMany({
      where: { wijkId: input.wijkId, deletedAt: null, status: { in: [...OPEN_STATUSES] }, deadline: { not: null } },
      select: { id: true, title: true, deadline: true, status: true, lastActivityAt: true, pillar: { select: { name: true } } },
      orderBy: { deadline: "asc" },
    }),
    tx.meeting.findMany({
      where: { wijkId: input.wijkId, startsAt: { gte: since } },
      select: { id: true, startsAt: true, place: true, agendaItems: { select: { text: true, position: true }, orderBy: { position: "asc" } } },
      orderBy: { startsAt: "asc" },
    }),
  ]);

  const settings = readScheduleSettings(wijk.settings);
  const calendar = ical({
    name: `wijkbot ${wijk.name}`,
    description: `Deadlines en vergaderingen van ${wijk.name}`,
    prodId: { company: "wijkbot", product: "overzicht", language: "NL" },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 3600,
  });
  for (const action of actions) {
    const deadline = action.deadline!;
    const p = localParts(deadline);
    const allDay = p.hour === 0 && p.minute === 0;
    // ical-generator writes an all-day date from the UTC calendar day: noon UTC is that day everywhere.
    const start = allDay ? new Date(Date.UTC(p.year, p.month - 1, p.day, 12)) : deadline;
    const end = allDay ? new Date(Date.UTC(p.year, p.month - 1, p.day + 1, 12)) : new Date(deadline.getTime() + 30 * 60_000);
    calendar.createEvent({
      id: `deadline-${action.id}@wijkbot`,
      start,
      end,
      allDay,
      stamp: input.now,
      lastModified: action.lastActivityAt,
      summary: `Deadline: ${action.title}`,
      description: [action.pillar ? `Pijler: ${action.pillar.name}` : "", `Status: ${action.status}`].filter(Boolean).join("\n"),
      url: input.link?.(action.id),
    });
  }
  for (const meeting of meetings) {
    calendar.createEvent({
      id: `vergadering-${meeting.id}@wijkbot`,
      start: meeting.startsAt,
      end: meetingEnd(meeting, settings),
      stamp: input.now,
      summary: `Vergadering ${wijk.name}`,
      location: meeting.place ?? undefined,
      description: meeting.agendaItems.length ? `Agenda:\n${meeting.agendaItems.map((item, i) => `${i + 1}. ${item.text}`).join("\n")}` : undefined,
    });
  }
  // RFC 5545 ends every content line, the last one too, with CRLF; ical-generator leaves the last bare.
  return `${calendar.toString()}\r\n`;
}
