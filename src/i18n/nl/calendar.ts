import type { CatalogueText } from "../plural.ts";

/**
 * Dutch calendar texts: day and month names as lists separated by spaces, Sunday and January
 * first (src/render/format.ts, recurrence), and the words of the wijk's calendar feed
 * (src/render/ics-feed.ts).
 */
export const nlCalendar = {
  "calendar.daysShort": "zo ma di wo do vr za",
  "calendar.days": "zondag maandag dinsdag woensdag donderdag vrijdag zaterdag",
  "calendar.monthsShort": "jan feb mrt apr mei jun jul aug sep okt nov dec",
  "calendar.months": "januari februari maart april mei juni juli augustus september oktober november december",
  "calendar.feedDescription": "Deadlines en vergaderingen van {wijk}",
  /** The language in the feed's PRODID, as iCalendar writes it. */
  "calendar.feedLanguage": "NL",
  "calendar.deadline": "Deadline: {title}",
  "calendar.pillar": "Pijler: {pillar}",
  "calendar.status": "Status: {status}",
  "calendar.meeting": "Vergadering {wijk}",
  "calendar.agenda": "Agenda:\n{lines}",
} as const satisfies Record<string, CatalogueText>;
