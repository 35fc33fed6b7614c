import ical, { ICalCalendarMethod } from "ical-generator";
import { localParts } from "../time/amsterdam.ts";
import type { IcsFeed } from "../services/get-ics-feed.ts";
import { DEFAULT_LANGUAGE, statusLabel, translator } from "../i18n/index.ts";

/** A deadline with a time of day takes this long in the calendar. */
const TIMED_DEADLINE_MS = 30 * 60_000;

/**
 * The wijk's calendar as iCalendar text, for subscribing from Outlook or Google: every open
 * action's deadline and the meetings. UIDs are derived from row ids, so an event keeps its
 * identity when its date moves. A deadline without a time of day is an all-day event on its
 * Amsterdam calendar date. `link` gives an action's page on the overview; `lang` the
 * language of the words around the data (Dutch by default).
 */
export function renderIcsFeed(feed: IcsFeed, options: { now: Date; link?: (actionId: string) => string; lang?: string }): string {
  const t = translator(options.lang ?? DEFAULT_LANGUAGE);
  const calendar = ical({
    name: `wijkbot ${feed.wijkName}`,
    description: t("calendar.feedDescription", { wijk: feed.wijkName }),
    prodId: { company: "wijkbot", product: "overzicht", language: t("calendar.feedLanguage") },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 3600,
  });
  for (const action of feed.deadlines) {
    const { deadline } = action;
    const p = localParts(deadline);
    const allDay = p.hour === 0 && p.minute === 0;
    // ical-generator writes an all-day date from the UTC calendar day: noon UTC is that day everywhere.
    const start = allDay ? new Date(Date.UTC(p.year, p.month - 1, p.day, 12)) : deadline;
    const end = allDay ? new Date(Date.UTC(p.year, p.month - 1, p.day + 1, 12)) : new Date(deadline.getTime() + TIMED_DEADLINE_MS);
    calendar.createEvent({
      id: `deadline-${action.actionId}@wijkbot`,
      start,
      end,
      allDay,
      stamp: options.now,
      lastModified: action.lastActivityAt,
      summary: t("calendar.deadline", { title: action.title }),
      description: [action.pillarName ? t("calendar.pillar", { pillar: action.pillarName }) : "", t("calendar.status", { status: statusLabel(action.status, t) })].filter(Boolean).join("\n"),
      url: options.link?.(action.actionId),
    });
  }
  for (const meeting of feed.meetings) {
    calendar.createEvent({
      id: `vergadering-${meeting.meetingId}@wijkbot`,
      start: meeting.startsAt,
      end: meeting.endsAt,
      stamp: options.now,
      summary: t("calendar.meeting", { wijk: feed.wijkName }),
      location: meeting.place ?? undefined,
      description: meeting.agenda.length ? t("calendar.agenda", { lines: meeting.agenda.map((text, i) => `${i + 1}. ${text}`).join("\n") }) : undefined,
    });
  }
  // RFC 5545 ends every content line, the last one too, with CRLF; ical-generator leaves the last bare.
  return `${calendar.toString()}\r\n`;
}
