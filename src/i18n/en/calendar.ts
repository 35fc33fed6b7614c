import type { CatalogueText } from "../plural.ts";
import type { nlCalendar } from "../nl/calendar.ts";

/** English calendar texts: day and month names (src/render/format.ts, recurrence) and the calendar feed's words (src/render/ics-feed.ts). */
export const enCalendar: Record<keyof typeof nlCalendar, CatalogueText> = {
  "calendar.daysShort": "Sun Mon Tue Wed Thu Fri Sat",
  "calendar.days": "Sunday Monday Tuesday Wednesday Thursday Friday Saturday",
  "calendar.monthsShort": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
  "calendar.months": "January February March April May June July August September October November December",
  "calendar.feedDescription": "Deadlines and meetings of {wijk}",
  "calendar.feedLanguage": "EN",
  "calendar.deadline": "Deadline: {title}",
  "calendar.pillar": "Pillar: {pillar}",
  "calendar.status": "Status: {status}",
  "calendar.meeting": "Meeting {wijk}",
  "calendar.agenda": "Agenda:\n{lines}",
};
