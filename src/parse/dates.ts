import { TZDate } from "@date-fns/tz";
import * as chrono from "chrono-node";
import { TIME_ZONE } from "../domain.ts";
import { fold } from "./text.ts";
import { calendarWords, translate, type MessageKey, type MessageVars } from "../i18n/index.ts";

/**
 * Dutch (and some English) date phrases → a moment in Europe/Amsterdam, always in the
 * future. Phrases people type in chats are handled here first; chrono-node's Dutch
 * parser is only the fallback, because it misses or misreads several of them
 * ("overmorgen", "dinsdag volgende week", past weekdays without forwardDate).
 * An ambiguous or past date is never guessed: the caller gets a question back.
 */

export type DateResolution =
  | { kind: "ok"; date: Date; hasTime: boolean }
  | { kind: "question"; question: string; options: Date[]; ask: (lang: string) => string }
  | { kind: "unreadable" };

/** A calendar day in Europe/Amsterdam. month is 1-12. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, feb: 2, february: 2,
  maart: 3, mrt: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  augustus: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** 0 = Sunday, as Date#getDay. */
export const WEEKDAYS: Record<string, number> = {
  zondag: 0, zo: 0, sunday: 0,
  maandag: 1, ma: 1, monday: 1,
  dinsdag: 2, di: 2, tuesday: 2,
  woensdag: 3, wo: 3, wednesday: 3,
  donderdag: 4, do: 4, thursday: 4,
  vrijdag: 5, vr: 5, friday: 5,
  zaterdag: 6, za: 6, saturday: 6,
};

const NUMBER_WORDS: Record<string, number> = {
  een: 1, 1: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6,
};


export function localParts(instant: Date): CivilDate & { weekday: number; hour: number; minute: number } {
  const ms = instant.getTime();
  const local = new Date(ms + offsetMinutes(ms) * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    weekday: local.getUTCDay(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  };
}

/**
 * The instant of a local wall-clock time in Europe/Amsterdam (daylight saving included).
 * A time that does not exist (the skipped spring hour) lands just after the jump.
 */
export function toInstant(date: CivilDate, hour = 0, minute = 0): Date {
  const asUtc = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  const first = offsetMinutes(asUtc);
  let ms = asUtc - first * 60_000;
  const second = offsetMinutes(ms);
  if (second !== first) ms = asUtc - second * 60_000;
  return new Date(ms);
}

/**
 * Europe/Amsterdam's UTC offset (minutes) at an instant. Offsets only change on whole
 * UTC hours, so each hour is looked up once (via @date-fns/tz) and kept: the scheduler
 * converts hundreds of thousands of moments per tick.
 */
const offsetByUtcHour = new Map<number, number>();
const MAX_CACHED_HOURS = 200_000;
function offsetMinutes(ms: number): number {
  const hourKey = Math.floor(ms / 3_600_000);
  let offset = offsetByUtcHour.get(hourKey);
  if (offset === undefined) {
    offset = -new TZDate(hourKey * 3_600_000, TIME_ZONE).getTimezoneOffset();
    if (offsetByUtcHour.size >= MAX_CACHED_HOURS) offsetByUtcHour.clear();
    offsetByUtcHour.set(hourKey, offset);
  }
  return offset;
}

export function addDays(date: CivilDate, days: number): CivilDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addMonths(date: CivilDate, months: number): CivilDate {
  const first = new Date(Date.UTC(date.year, date.month - 1 + months, 1));
  const last = daysInMonth(first.getUTCFullYear(), first.getUTCMonth() + 1);
  return { year: first.getUTCFullYear(), month: first.getUTCMonth() + 1, day: Math.min(date.day, last) };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function weekdayOf(date: CivilDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

export function compareCivil(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function isValidCivil(date: CivilDate): boolean {
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month);
}

/** "vrijdag 27 november" / "Friday 27 November": day and month names from the reader's catalogue. */
export function describeDay(date: Date, lang = "nl"): string {
  const p = localParts(date);
  return `${calendarWords(lang, "calendar.days")[p.weekday]} ${p.day} ${calendarWords(lang, "calendar.months")[p.month - 1]}`;
}

interface Parsed {
  date?: CivilDate;
  time?: { hour: number; minute: number };
  question?: DayQuestion;
}

export function resolveDate(input: string, now: Date): DateResolution {
  const text = fold(input.replace(/(\d)[.:](\d\d)/g, "$1h$2"))
    .replace(/\b(\d{1,2})h(\d\d)\b/g, "$1:$2")
    .replace(/\b(a s|aanstaande|op|uiterlijk|voor|vóór|tegen|rond|the|on|by)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!text) return { kind: "unreadable" };
  const today = localParts(now);
  const parsed = parseOwn(text, today) ?? parseWithChrono(input, now);
  if (!parsed) return { kind: "unreadable" };
  if (parsed.question) {
    return {
      kind: "question",
      question: parsed.question.question,
      ask: parsed.question.ask,
      options: parsed.question.options.map((d) => toInstant(d, parsed.time?.hour ?? 0, parsed.time?.minute ?? 0)),
    };
  }
  let date = parsed.date;
  const time = parsed.time;
  if (!date && time) {
    // Only a time: the next time the clock shows it.
    date = today;
    if (time.hour * 60 + time.minute <= today.hour * 60 + today.minute) date = addDays(today, 1);
  }
  if (!date || !isValidCivil(date)) return { kind: "unreadable" };
  const instant = toInstant(date, time?.hour ?? 0, time?.minute ?? 0);
  const inPast = time ? instant.getTime() <= now.getTime() : compareCivil(date, today) < 0;
  if (inPast) {
    const next = { ...date, year: date.year + 1 };
    const q = dayQuestion("date.past", [date, next], () => ({ year1: date.year, year2: next.year }));
    return { kind: "question", question: q.question, ask: q.ask, options: [toInstant(next, time?.hour ?? 0, time?.minute ?? 0)] };
  }
  return { kind: "ok", date: instant, hasTime: Boolean(time) };
}

function parseOwn(text: string, today: CivilDate & { weekday: number }): Parsed | undefined {
  let rest = text;
  let time: Parsed["time"];
  const timeMatch = rest.match(/(?:\bom )?\b(\d{1,2}):(\d{2})(?: uur)?\b|(?:\bom )?\b(\d{1,2}) uur\b/);
  if (timeMatch) {
    const hour = Number(timeMatch[1] ?? timeMatch[3]);
    const minute = Number(timeMatch[2] ?? 0);
    if (hour > 23 || minute > 59) return undefined;
    time = { hour, minute };
    rest = rest.replace(timeMatch[0], " ").replace(/\bom\b/g, " ").replace(/\s+/g, " ").trim();
  }
  const date = rest ? parseDay(rest, today) : undefined;
  if (rest && !date) return undefined;
  if (date && "question" in date) return { question: date.question, time };
  return { date, time };
}

/** A question back instead of a guess; `ask` words it in the reader's language (catalogue keys date.*). */
interface DayQuestion {
  question: string;
  options: CivilDate[];
  ask: (lang: string) => string;
}

type DayResult = CivilDate | { question: DayQuestion };

function dayQuestion(key: MessageKey, dates: CivilDate[], extra: (lang: string) => MessageVars = () => ({})): DayQuestion {
  const ask = (lang: string) => {
    const vars: MessageVars = { ...extra(lang) };
    dates.forEach((d, i) => (vars[`day${i + 1}`] = describeDay(toInstant(d), lang)));
    return translate(lang, key, vars);
  };
  return { question: ask("nl"), options: dates, ask };
}

function parseDay(text: string, today: CivilDate & { weekday: number }): DayResult | undefined {
  const t = text;
  if (/^(vandaag|today)$/.test(t)) return today;
  if (/^(morgen|tomorrow)$/.test(t)) return addDays(today, 1);
  if (/^(overmorgen|day after tomorrow)$/.test(t)) return addDays(today, 2);

  let m = t.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };

  // 15-3, 15-3-2027, 15/3, 15 3 2027 (day first, as in Dutch)
  m = t.match(/^(\d{1,2})[-/ ](\d{1,2})(?:[-/ ](\d{2}|\d{4}))?$/);
  if (m) return withYear(Number(m[1]), Number(m[2]), m[3], today);

  // [weekday] 15 maart [2027]
  m = t.match(/^(?:([a-z]+) )?(\d{1,2}) ([a-z]+)(?: (\d{4}))?$/);
  if (m && MONTHS[m[3]] && (!m[1] || WEEKDAYS[m[1]] !== undefined)) {
    const date = withYear(Number(m[2]), MONTHS[m[3]], m[4], today);
    if (m[1] && "year" in date && isValidCivil(date) && weekdayOf(date) !== WEEKDAYS[m[1]]) {
      const typed = WEEKDAYS[m[1]];
      return {
        question: dayQuestion("date.weekdayMismatch", [date], (lang) => ({
          date: dateWithoutWeekday(date, lang),
          actual: weekdayName(weekdayOf(date), lang),
          typed: weekdayName(typed, lang),
        })),
      };
    }
    return date;
  }
  // maart 15 (English order)
  m = t.match(/^([a-z]+) (\d{1,2})(?: (\d{4}))?$/);
  if (m && MONTHS[m[1]]) return withYear(Number(m[2]), MONTHS[m[1]], m[3], today);

  // eind/begin/half april, eind deze/volgende maand, eind van de maand
  m = t.match(/^(eind|einde|begin|half|medio|midden|end of|end|begin of|beginning of|mid) (?:van )?(?:de )?([a-z]+)(?: (\d{4}))?$/);
  if (m) {
    const part = m[1];
    let month: CivilDate | undefined;
    if (MONTHS[m[2]]) {
      month = { year: m[3] ? Number(m[3]) : today.year, month: MONTHS[m[2]], day: 1 };
      if (!m[3] && month.month < today.month) month.year += 1;
    } else if (m[2] === "maand" || m[2] === "deze maand" || m[2] === "month") {
      month = { ...today, day: 1 };
    }
    if (month) {
      const last = daysInMonth(month.year, month.month);
      const day = /^(eind|einde|end|end of)$/.test(part) ? last : /^(half|medio|midden|mid)$/.test(part) ? 15 : 1;
      return { ...month, day };
    }
  }
  m = t.match(/^(eind|einde|begin|half|medio) (deze|volgende) (maand|week)$/);
  if (m) {
    if (m[3] === "maand") {
      const base = m[2] === "volgende" ? addMonths({ ...today, day: 1 }, 1) : { ...today, day: 1 };
      const day = m[1].startsWith("eind") ? daysInMonth(base.year, base.month) : m[1] === "begin" ? 1 : 15;
      return { ...base, day };
    }
    const monday = addDays(today, -((today.weekday + 6) % 7) + (m[2] === "volgende" ? 7 : 0));
    return addDays(monday, m[1].startsWith("eind") ? 4 : m[1] === "begin" ? 0 : 2);
  }

  // over 2 weken, over een maand, over 3 dagen, in 2 weeks
  m = t.match(/^(?:over|in|binnen) ([a-z0-9]+) (dag|dagen|week|weken|maand|maanden|day|days|weeks|month|months)$/);
  if (m && NUMBER_WORDS[m[1]] !== undefined) {
    const n = NUMBER_WORDS[m[1]] ?? Number(m[1]);
    if (m[2].startsWith("dag") || m[2].startsWith("day")) return addDays(today, n);
    if (m[2].startsWith("we")) return addDays(today, 7 * n);
    return addMonths(today, n);
  }
  m = t.match(/^(?:over|in) (\d+) (dag|dagen|week|weken|maand|maanden|days|weeks|months)$/);
  if (m) {
    const n = Number(m[1]);
    if (m[2].startsWith("d")) return addDays(today, n);
    if (m[2].startsWith("we")) return addDays(today, 7 * n);
    return addMonths(today, n);
  }

  // volgende week dinsdag, dinsdag volgende week, next week tuesday
  m = t.match(/^(?:volgende week|next week) ([a-z]+)$/) ?? t.match(/^([a-z]+) (?:volgende week|next week)$/);
  if (m && WEEKDAYS[m[1]] !== undefined) {
    const nextMonday = addDays(today, 7 - ((today.weekday + 6) % 7));
    return addDays(nextMonday, (WEEKDAYS[m[1]] + 6) % 7);
  }
  // deze vrijdag, this friday
  m = t.match(/^(?:deze|this|komende) ([a-z]+)$/);
  if (m && WEEKDAYS[m[1]] !== undefined) return nextWeekday(today, WEEKDAYS[m[1]], false);

  // volgende vrijdag: in Dutch that can mean the coming one or the one after; ask when both are plausible.
  m = t.match(/^(?:volgende|next) ([a-z]+)$/);
  if (m && WEEKDAYS[m[1]] !== undefined) {
    const coming = nextWeekday(today, WEEKDAYS[m[1]], false);
    const sameWeek = compareCivil(coming, addDays(today, 7 - ((today.weekday + 6) % 7))) < 0;
    if (!sameWeek) return coming;
    const after = addDays(coming, 7);
    return { question: dayQuestion("date.whichOfTwo", [coming, after]) };
  }
  if (WEEKDAYS[t] !== undefined && t.length > 2) {
    const wanted = WEEKDAYS[t];
    if (wanted === today.weekday) {
      const next = addDays(today, 7);
      return { question: dayQuestion("date.todayOrNext", [today, next]) };
    }
    return nextWeekday(today, wanted, false);
  }
  if (/^(volgende week|next week|volgende maand|next month)$/.test(t)) {
    return { question: dayQuestion(t.endsWith("maand") || t.endsWith("month") ? "date.whichDayMonth" : "date.whichDayWeek", []) };
  }
  return undefined;
}

function weekdayName(weekday: number, lang: string): string {
  // describeDay starts with the weekday name in the reader's language: take it from a date with that weekday.
  const sunday = { year: 2026, month: 1, day: 4 };
  return describeDay(toInstant(addDays(sunday, weekday)), lang).split(" ")[0];
}

function dateWithoutWeekday(date: CivilDate, lang: string): string {
  return describeDay(toInstant(date), lang).split(" ").slice(1).join(" ");
}

function nextWeekday(today: CivilDate & { weekday: number }, weekday: number, includeToday: boolean): CivilDate {
  let diff = (weekday - today.weekday + 7) % 7;
  if (diff === 0 && !includeToday) diff = 7;
  return addDays(today, diff);
}

function withYear(day: number, month: number, year: string | undefined, today: CivilDate): CivilDate {
  if (year) return { year: year.length === 2 ? 2000 + Number(year) : Number(year), month, day };
  const candidate = { year: today.year, month, day };
  return compareCivil(candidate, today) < 0 ? { ...candidate, year: today.year + 1 } : candidate;
}

function parseWithChrono(input: string, now: Date): Parsed | undefined {
  // The reference as Amsterdam's offset at this moment (chrono does not know IANA names), so
  // "today" and "tomorrow" are Amsterdam's; components are read as typed, wall-clock.
  const ref = { instant: now, timezone: offsetMinutes(now.getTime()) };
  const options = { forwardDate: true };
  const results = [...chrono.nl.parse(input, ref, options), ...chrono.en.parse(input, ref, options)];
  const result = results.sort((a, b) => b.text.length - a.text.length)[0];
  // Only accept when chrono read (nearly) the whole phrase; a date found inside other words is a guess.
  if (!result || result.text.trim().length < input.trim().length - 3) return undefined;
  const start = result.start;
  const date = { year: start.get("year") ?? 0, month: start.get("month") ?? 0, day: start.get("day") ?? 0 };
  const time = start.isCertain("hour") ? { hour: start.get("hour") ?? 0, minute: start.get("minute") ?? 0 } : undefined;
  return { date, time };
}
