import { z } from "zod";
import { WEEKDAYS } from "./dates.ts";
import { addDays, clockTime, daysInMonth, localParts, toInstant, weekdayOf, type CivilDate } from "../time/amsterdam.ts";
import { fold } from "./text.ts";
import { dutch, type Translate } from "../i18n/index.ts";

/**
 * Recurring reminders in Dutch: "elke maandag 9:00", "elke eerste dinsdag van de maand",
 * "elke dag 8:30", "elke werkdag", "elke 15e van de maand" — and the same in English
 * ("every monday 9am", "every first tuesday of the month", "every 15th of the month"). Times are Europe/Amsterdam
 * wall-clock: a 09:00 reminder stays at 09:00 across the daylight-saving switches.
 */
export const recurrenceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("daily"), workdaysOnly: z.boolean(), hour: z.number(), minute: z.number() }),
  z.object({ kind: z.literal("weekly"), weekday: z.number().min(0).max(6), hour: z.number(), minute: z.number() }),
  /** nth 1-4, or -1 for the last one of the month. */
  z.object({ kind: z.literal("monthlyWeekday"), nth: z.number(), weekday: z.number().min(0).max(6), hour: z.number(), minute: z.number() }),
  z.object({ kind: z.literal("monthlyDay"), day: z.number().min(1).max(31), hour: z.number(), minute: z.number() }),
]);
export type Recurrence = z.infer<typeof recurrenceSchema>;

/** Without a time, a recurring reminder comes at 09:00. */
export const DEFAULT_RECURRENCE_HOUR = 9;

const ORDINALS: Record<string, number> = {
  eerste: 1, "1e": 1, "1ste": 1, tweede: 2, "2e": 2, "2de": 2, derde: 3, "3e": 3, "3de": 3, vierde: 4, "4e": 4, "4de": 4, laatste: -1,
  first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, last: -1,
};
const RECURRING_START = /^(elke|iedere|elk|ieder|every|each)\b/;

/** True when the phrase starts like a recurrence ("elke …", "iedere …", "every …"). */
export function looksRecurring(text: string): boolean {
  return RECURRING_START.test(fold(text));
}

/** Reads a recurrence phrase; undefined when it is not one we understand. */
export function parseRecurrence(input: string): Recurrence | undefined {
  let text = fold(input.replace(/(\d)[.:](\d\d)/g, "$1h$2")).replace(/\b(\d{1,2})h(\d\d)(?!\d)/g, "$1:$2");
  if (!looksRecurring(text)) return undefined;
  let hour = DEFAULT_RECURRENCE_HOUR;
  let minute = 0;
  const time =
    text.match(/(?:\bat )?\b(\d{1,2})(?::(\d{2}))? ?(am|pm)\b/) ??
    text.match(/(?:\b(?:om|at) )?\b(\d{1,2}):(\d{2})(?: uur)?\b|(?:\bom )?\b(\d{1,2}) uur\b/) ??
    // "elke maandag om 9", "every monday at 9" (not "om de 2 weken")
    text.match(/\b(?:om|at) ()()(\d{1,2})\b(?!\s*(?:e|ste|de|st|nd|rd|th|weken|weeks|dagen|days)\b)/);
  // ("om half 4", "om kwart over 3", "kwart voor 9": the hour in words.)
  const halfPast = !time && text.match(/(?:\b(?:om|at) )?\b(half|kwart over|kwart voor) (\d{1,2})\b/);
  if (halfPast) {
    const said = Number(halfPast[2]);
    hour = halfPast[1] === "kwart over" ? said : said === 1 ? 12 : said - 1;
    minute = halfPast[1] === "half" ? 30 : halfPast[1] === "kwart over" ? 15 : 45;
    if (hour < 0 || hour > 23) return undefined;
    text = text.replace(halfPast[0], " ");
  }
  if (time) {
    hour = Number(time[1] || time[3]);
    minute = Number(time[2] || 0);
    if (time[3] === "am" || time[3] === "pm") {
      hour = Number(time[1]);
      if (hour < 1 || hour > 12) return undefined;
      hour = (hour % 12) + (time[3] === "pm" ? 12 : 0);
    }
    if (hour > 23 || minute > 59) return undefined;
    text = text.replace(time[0], " ");
  }
  // "elke vrijdag om 3 uur", "half 4": an hour from 1 to 6 without am/pm, a leading zero or a night or morning word is
  // in the afternoon, as in one-off dates (parse/dates.ts) — a reminder at 03:00 every week is never what was meant.
  const clock = time ? time[0] : halfPast ? halfPast[0] : "";
  const hourTyped = time ? (time[1] || time[3]) : halfPast ? halfPast[2] : "";
  if (clock && !/\b(am|pm)\b/.test(clock) && !/^0\d/.test(hourTyped) && hour >= 1 && hour <= 6 && !/\b(s nachts|s ochtends|s morgens|nacht|ochtend|morgen|morning|night)\b/.test(text)) hour += 12;
  const rest = text.replace(RECURRING_START, "").replace(/\b(om|at)\b/g, " ").replace(/\s+/g, " ").trim();
  if (/^(dag|ochtend|morgen|day|morning)$/.test(rest)) return { kind: "daily", workdaysOnly: false, hour, minute };
  if (/^(werkdag|weekday|workday|work day|working day)$/.test(rest)) return { kind: "daily", workdaysOnly: true, hour, minute };
  const weekday = dayOf(rest);
  if (weekday !== undefined) return { kind: "weekly", weekday, hour, minute };
  let m = rest.match(/^(\S+) (\S+) (?:van de|van|vd|of the|of every|of) (?:maand|month)$/);
  if (m && ORDINALS[m[1]] !== undefined && dayOf(m[2]) !== undefined) {
    return { kind: "monthlyWeekday", nth: ORDINALS[m[1]], weekday: dayOf(m[2])!, hour, minute };
  }
  m =
    rest.match(/^(\d{1,2})(?:e|ste|de|st|nd|rd|th)? (?:van de|van|vd|of the|of every|of) (?:maand|month)$/) ??
    rest.match(/^(?:maand op de|month on the) (\d{1,2})(?:e|ste|de|st|nd|rd|th)?$/);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 31) return { kind: "monthlyDay", day: Number(m[1]), hour, minute };
  return undefined;
}

function dayOf(word: string): number | undefined {
  const w = word.replace(/s$/, "");
  return w.length > 2 && WEEKDAYS[w] !== undefined ? WEEKDAYS[w] : undefined;
}

/** "elke eerste dinsdag van de maand om 09:00" — how the bot repeats a rule back, in the reader's language. */
export function describeRecurrence(rule: Recurrence, t: Translate = dutch): string {
  const time = clockTime(rule.hour, rule.minute);
  const days = t("calendar.days").split(" ");
  switch (rule.kind) {
    case "daily":
      return t(rule.workdaysOnly ? "recurrence.workdays" : "recurrence.daily", { time });
    case "weekly":
      return t("recurrence.weekly", { day: days[rule.weekday], time });
    case "monthlyWeekday": {
      const nth = rule.nth === -1 ? t("recurrence.last") : t("recurrence.ordinals").split(" ")[rule.nth - 1];
      return t("recurrence.monthlyWeekday", { nth, day: days[rule.weekday], time });
    }
    case "monthlyDay":
      return t("recurrence.monthlyDay", { day: rule.day, time });
  }
}

/** The first occurrence strictly after `after`. */
export function nextOccurrence(rule: Recurrence, after: Date): Date {
  const p = localParts(after);
  let day: CivilDate = { year: p.year, month: p.month, day: p.day };
  for (let i = 0; i < 800; i++, day = addDays(day, 1)) {
    if (!matchesDay(rule, day)) continue;
    const at = toInstant(day, rule.hour, rule.minute);
    if (at.getTime() > after.getTime()) return at;
  }
  throw new Error("no occurrence within two years");
}

/** All occurrences with from < t <= to, starting from the rule's first occurrence `first`. */
export function occurrencesBetween(rule: Recurrence, first: Date, from: Date, to: Date): Date[] {
  const out: Date[] = [];
  let at = first.getTime() > from.getTime() ? first : nextOccurrence(rule, from);
  while (at.getTime() <= to.getTime()) {
    out.push(at);
    at = nextOccurrence(rule, at);
  }
  return out;
}

function matchesDay(rule: Recurrence, day: CivilDate): boolean {
  const weekday = weekdayOf(day);
  switch (rule.kind) {
    case "daily":
      return !rule.workdaysOnly || (weekday !== 0 && weekday !== 6);
    case "weekly":
      return weekday === rule.weekday;
    case "monthlyWeekday": {
      if (weekday !== rule.weekday) return false;
      if (rule.nth === -1) return day.day + 7 > daysInMonth(day.year, day.month);
      return Math.ceil(day.day / 7) === rule.nth;
    }
    case "monthlyDay":
      return day.day === Math.min(rule.day, daysInMonth(day.year, day.month));
  }
}
