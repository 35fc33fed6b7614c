// Only the two locales we read (the package index loads sixteen).
import * as chronoNl from "chrono-node/nl";
import * as chronoEn from "chrono-node/en";
import { fold } from "./text.ts";
import { addDays, addMonths, addYears, compareCivil, daysBetween, daysInMonth, localParts, offsetMinutes, toInstant, weekdayOf, type CivilDate } from "../time/amsterdam.ts";
import { calendarWords, translate, type MessageKey, type MessageVars } from "../i18n/index.ts";
import {
  DEFAULT_SCHOOL_REGION,
  LAST_KNOWN_SCHOOL_YEAR,
  isSchoolRegion,
  readHolidayWord,
  schoolHolidays,
  type SchoolHolidayKind,
  type SchoolRegion,
} from "./school-holidays.ts";

/**
 * Dutch (and some English) date phrases → a moment in Europe/Amsterdam, always in the
 * future. Phrases people type in chats are handled here first; chrono-node's Dutch
 * parser is only the fallback, because it misses or misreads several of them
 * ("overmorgen", "dinsdag volgende week", past weekdays without forwardDate).
 * An ambiguous, impossible ("31 april") or past date is never guessed: the caller gets a
 * question back. School holidays ("na de herfstvakantie") follow the wijk's region
 * (options.region, src/parse/school-holidays.ts). Only dates from today up to
 * MAX_YEARS_AHEAD years ahead are accepted; anything else is a question without options
 * ("date.tooFar", "date.longAgo"), which callers show as the reason.
 * findDatePhrase (below) finds such a phrase inside a free sentence.
 */

/**
 * ok: the moment (local midnight when no time was given); question: ask the reader, then take
 * one of `options` — a question without options is a refusal with its reason (too far ahead,
 * holiday dates not known yet); unreadable: not a date.
 */
export type DateResolution =
  | { kind: "ok"; date: Date; hasTime: boolean }
  | { kind: "question"; question: string; options: Date[]; ask: (lang: string) => string }
  | { kind: "unreadable" };

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

/** The Dutch month names written out, January first: how a date is spelled back into a command ("5 januari 2027"). */
export const MONTH_NAMES_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"] as const;

/** The Dutch weekday names written out, Sunday first (as Date#getDay and localParts().weekday). */
export const WEEKDAY_NAMES_NL = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"] as const;

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

function isValidCivil(date: CivilDate): boolean {
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month);
}

/** "vrijdag 27 november" / "Friday 27 November": day and month names from the reader's catalogue. */
export function describeDay(date: Date, lang = "nl"): string {
  const p = localParts(date);
  return `${calendarWords(lang, "calendar.days")[p.weekday]} ${p.day} ${calendarWords(lang, "calendar.months")[p.month - 1]}`;
}

/** How far ahead a deadline or reminder may lie (issue 12 item 9): anything later asks for another date. */
export const MAX_YEARS_AHEAD = 10;
/**
 * A day and month without a year that already passed this year: more than this many days ago it
 * obviously means next year ("15 maart" typed in November) and rolls silently; closer than that
 * (typed on 5 January, "3 januari") it is more likely a slip or a date that is really past, so
 * the reader is asked ("date.past").
 */
export const PAST_ROLL_DAYS = 61;
/** A day and month that passed at the end of last year, this many days ago or fewer ("18 december" on 5 January): asked about. */
export const RECENT_ACROSS_YEAR_DAYS = 31;

export interface ResolveOptions {
  /** The wijk's school holiday region for "voor de herfstvakantie" and the like; default midden. */
  region?: SchoolRegion;
}

interface Context {
  today: CivilDate & { weekday: number };
  region: SchoolRegion;
}

interface Parsed {
  date?: CivilDate;
  time?: { hour: number; minute: number };
  question?: DayQuestion;
  /** Read as a date but not a possible one ("32 maart", "15-13"): unreadable, and chrono is not asked to guess. */
  invalid?: true;
}

export function resolveDate(input: string, now: Date, options: ResolveOptions = {}): DateResolution {
  return resolve(input, now, options, true);
}

function resolve(input: string, now: Date, options: ResolveOptions, useChrono: boolean): DateResolution {
  const text = normalize(input);
  if (!text) return { kind: "unreadable" };
  const today = localParts(now);
  const context: Context = { today, region: options.region && isSchoolRegion(options.region) ? options.region : DEFAULT_SCHOOL_REGION };

  // ("2 weken na de meivakantie", "een week voor de zomervakantie", "3 dagen na de kerstvakantie": counted from the day right
  // after, or right before, that holiday.)
  const counted = text.match(/^(\d{1,2}|een|1|twee|drie|vier|vijf|zes) (dag|dagen|week|weken) hol_(voor|na)_(herfst|kerst|voorjaar|mei|zomer)$/);
  if (counted) {
    const edge = holidayDay(counted[3] as HolidayMode, counted[4] as SchoolHolidayKind, context);
    if ("year" in edge) {
      const count = ({ een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6 } as Record<string, number>)[counted[1]] ?? Number(counted[1]);
      const day = addDays(edge, (counted[3] === "na" ? 1 : -1) * count * (/^we/.test(counted[2]) ? 7 : 1));
      return { kind: "ok", date: toInstant(day, 0, 0), hasTime: false };
    }
  }
  const relative = relativeTime(text, now);
  if (relative) return relative;

  const parsed = parseOwn(text, context) ?? (useChrono ? parseWithChrono(input, now) : undefined);
  if (!parsed || parsed.invalid) return { kind: "unreadable" };
  const hour = parsed.time?.hour ?? 0;
  const minute = parsed.time?.minute ?? 0;
  if (parsed.question) return boundedQuestion(parsed.question, today, hour, minute);

  let date = parsed.date;
  const time = parsed.time;
  if (!date && time) {
    // Only a time: the next time the clock shows it.
    date = today;
    if (time.hour * 60 + time.minute <= today.hour * 60 + today.minute) date = addDays(today, 1);
  }
  if (!date || !isValidCivil(date)) return { kind: "unreadable" };
  if (compareCivil(date, addYears(today, MAX_YEARS_AHEAD)) > 0) return outOfRange("date.tooFar");
  const instant = toInstant(date, hour, minute);
  const inPast = time ? instant.getTime() <= now.getTime() : compareCivil(date, today) < 0;
  if (inPast) {
    // Never rolled silently: the reader confirms next year's date — unless it is long past (a typo such as year 1).
    if (compareCivil(date, addYears(today, -1)) < 0) return outOfRange("date.longAgo");
    const past = date;
    const next = nextYearlyOccurrence(past, (d) => toInstant(d, hour, minute).getTime() > now.getTime());
    if (!next) return outOfRange("date.longAgo");
    const q = dayQuestion("date.past", [past, next], () => ({ year1: past.year, year2: next.year }));
    return { kind: "question", question: q.question, ask: q.ask, options: [toInstant(next, hour, minute)] };
  }
  return { kind: "ok", date: instant, hasTime: Boolean(time) };
}

/**
 * The calendar day a phrase names, read as resolveDate reads it but without its policy for
 * days in the past: "1 maart" typed on 10 March is 1 March of this year. For callers that
 * refuse a past day with their own words (an absence's last day). Undefined when the phrase
 * names no single day (unreadable, or a question such as "voor de vakantie").
 */
export function readCivilDay(input: string, now: Date, options: ResolveOptions = {}): CivilDate | undefined {
  const resolved = resolve(input, now, options, true);
  if (resolved.kind === "ok") {
    const p = localParts(resolved.date);
    return { year: p.year, month: p.month, day: p.day };
  }
  if (resolved.kind === "unreadable") return undefined;
  const today = localParts(now);
  const region = options.region && isSchoolRegion(options.region) ? options.region : DEFAULT_SCHOOL_REGION;
  const parsed = parseOwn(normalize(input), { today, region }) ?? parseWithChrono(input, now);
  return parsed?.date && !parsed.question && !parsed.invalid && isValidCivil(parsed.date) ? parsed.date : undefined;
}

/** "de zesentwintigste" → "de 26e": a day of the month said as an ordinal word (not "de eerste maandag van maart"). */
const ORDINAL_DAYS = "eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde dertiende veertiende vijftiende zestiende zeventiende achttiende negentiende twintigste eenentwintigste tweeentwintigste drieentwintigste vierentwintigste vijfentwintigste zesentwintigste zevenentwintigste achtentwintigste negenentwintigste dertigste eenendertigste".split(" ");
// ("de eerste" … "de vierde" alone more often answer a numbered question: as a day only before a month.)
const MONTH_AFTER = "(?= (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\\b)";
const ORDINAL_DAY = new RegExp(`\\b(?:(${ORDINAL_DAYS.slice(4).join("|")})\\b(?! (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|week|weekend|helft|kwartaal|schooldag|werkdag)\\b)|(${ORDINAL_DAYS.slice(0, 4).join("|")})\\b${MONTH_AFTER})`, "g");

/** "de zesentwintigste", "de 26e", "26th": the day of the month said alone, or undefined. */
export function bareDayOfMonth(text: string): number | undefined {
  const t = fold(text).replace(/^(?:de|the|op de|on the)\s+/, "");
  const n = (ORDINAL_DAYS.indexOf(t) >= 4 ? ORDINAL_DAYS.indexOf(t) + 1 : 0) || Number(t.match(/^(\d{1,2})(?:e|ste|de|th|st|nd|rd)?$/)?.[1] ?? 0);
  return n >= 1 && n <= 31 ? n : undefined;
}

/** Lower case, no accents, "14.30"/"10u30" → "14:30", "10u" → "10 uur", holiday phrases as one token, filler words gone. */
function normalize(input: string): string {
  const folded = fold(input.replace(/(\d)[.:](\d\d)/g, "$1h$2"))
    .replace(ORDINAL_DAY, (word) => `${ORDINAL_DAYS.indexOf(word) + 1}e`)
    .replace(/\b(\d{1,2})h(\d\d)\b/g, "$1:$2")
    .replace(/\b(\d{1,2})u(\d\d)\b/g, "$1:$2")
    .replace(/\b(\d{1,2}) ?(?:u|uur)\b/g, "$1 uur");
  return canonicalizeHolidays(folded)
    // "kwart voor 3" keeps its "voor", which is a filler word everywhere else
    .replace(/\bkwart voor\b/g, "kwartvoor")
    .replace(/\b(tot en met|t m|a s|aanstaande|op|uiterlijk|voor|tegen|rond|tot|the|on|by)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    // ("maar op 30 jan", "dan maar naar vrijdag", "gewoon 3 april": words of saying it are no part of the day)
    .replace(/^(?:(?:maar|dan|even|ff|gewoon|graag|toch|nu|dus|naar)(?: |$))+/, "")
    // ("19 juni erbij graag", "vrijdag aub": the words of asking are no part of the day)
    .replace(/(?:^| )(?:(?:erbij|graag|aub|a u b|svp|alsjeblieft|alstublieft|please|pls|hoor|thanks|bedankt)(?: |$))+$/, "")
    .trim();
}

/** A question whose options all fall outside [today, today + 10 years] becomes the out-of-range message. */
function boundedQuestion(question: DayQuestion, today: CivilDate, hour: number, minute: number): DateResolution {
  const max = addYears(today, MAX_YEARS_AHEAD);
  const inRange = question.options.filter((d) => compareCivil(d, today) >= 0 && compareCivil(d, max) <= 0);
  if (question.options.length && !inRange.length) {
    return outOfRange(question.options.some((d) => compareCivil(d, max) > 0) ? "date.tooFar" : "date.longAgo");
  }
  return { kind: "question", question: question.question, ask: question.ask, options: inRange.map((d) => toInstant(d, hour, minute)) };
}

/** A question without options: callers show it as the reason the date was refused. */
function outOfRange(key: "date.tooFar" | "date.longAgo"): DateResolution {
  const q = dayQuestion(key, []);
  return { kind: "question", question: q.question, ask: q.ask, options: [] };
}

/** The same day and month in a later year that satisfies `ok` (29 February waits for a leap year). */
function nextYearlyOccurrence(date: CivilDate, ok: (d: CivilDate) => boolean): CivilDate | undefined {
  for (let year = date.year + 1; year <= date.year + 12; year++) {
    const candidate = { year, month: date.month, day: date.day };
    if (isValidCivil(candidate) && ok(candidate)) return candidate;
  }
  return undefined;
}

const NUMBER_ALTERNATION = "\\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf";
const MONTH_ALTERNATION = Object.keys(MONTHS).join("|");
const TIME_PATTERNS: { re: RegExp; read: (m: RegExpMatchArray) => { hour: number; minute: number } }[] = [
  // 3pm, at 3:30 pm, 11am
  { re: /(?:\b(?:om|at) )?\b(1[0-2]|0?[1-9])(?::(\d{2}))? ?(am|pm)\b/, read: (m) => ({ hour: (Number(m[1]) % 12) + (m[3] === "pm" ? 12 : 0), minute: Number(m[2] ?? 0) }) },
  // 14:30, om 14:30 uur
  { re: /(?:\b(?:om|at) )?\b(\d{1,2}):(\d{2})(?: uur)?\b/, read: (m) => ({ hour: Number(m[1]), minute: Number(m[2]) }) },
  // half 9 / half negen = 8:30 (Dutch counts towards the next hour); half een = 12:30
  { re: new RegExp(`(?:\\b(?:om|at) )?\\bhalf (${NUMBER_ALTERNATION})\\b`), read: (m) => ({ hour: hourBefore(numberOf(m[1])), minute: 30 }) },
  // kwart over 3 = 3:15, kwart voor 3 = 2:45
  {
    re: new RegExp(`(?:\\b(?:om|at) )?\\bkwart ?(over|voor) (${NUMBER_ALTERNATION})\\b`),
    read: (m) => (m[1] === "over" ? { hour: numberOf(m[2]), minute: 15 } : { hour: hourBefore(numberOf(m[2])), minute: 45 }),
  },
  // 10 uur, om 10 uur, 10u (normalized to "10 uur"); number words only after "om": "om tien uur"
  { re: /(?:\b(?:om|at) )?\b(\d{1,2}) uur\b/, read: (m) => ({ hour: Number(m[1]), minute: 0 }) },
  { re: new RegExp(`\\b(?:om|at) (${NUMBER_ALTERNATION}) uur\\b`), read: (m) => ({ hour: numberOf(m[1]), minute: 0 }) },
  // om 10 (not "om 10 maart")
  { re: new RegExp(`\\b(?:om|at) (\\d{1,2})\\b(?! ?(?:\\d|(?:${MONTH_ALTERNATION})\\b))(?!(?:e|de|ste|st|nd|rd|th)\\b)`), read: (m) => ({ hour: Number(m[1]), minute: 0 }) },
];
const DAY_PART = /\b(?:(?:s|des) ?(ochtends|morgens|middags|avonds|nachts)|s(ochtends|morgens|middags|avonds|nachts))\b/;

function numberOf(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word] ?? NaN);
}

function hourBefore(hour: number): number {
  return hour === 1 ? 12 : hour - 1;
}

function parseOwn(text: string, context: Context): Parsed | undefined {
  let rest = text;
  let time: Parsed["time"];
  let clock = "";
  for (const [i, { re, read }] of TIME_PATTERNS.entries()) {
    const m = rest.match(re);
    if (!m) continue;
    time = read(m);
    clock = i === 0 ? "ampm" : m[0];
    rest = rest.replace(m[0], " ");
    break;
  }
  if (time) {
    const part = rest.match(DAY_PART);
    // "om 3 uur", "half 4", "kwart over 2": in a working day an hour from 1 to 6 without "'s nachts"/"'s ochtends"
    // (or a leading zero, "03:00") is in the afternoon — a reminder at 03:00 is never what was meant.
    // ("morgenavond om 10", "vanavond om 8", "tomorrow evening at 9": the evening's hour.)
    const evening = !part && clock !== "ampm" && /\b(?:morgen|overmorgen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|van)(avond|middag)\b|\b(?:tomorrow|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday) (evening|afternoon)\b|\btonight\b/.test(rest);
    if (evening && time.hour >= 1 && time.hour < 12) time = { ...time, hour: time.hour + 12 };
    else if (!part && clock !== "ampm" && !/(^|\D)0\d/.test(clock) && time.hour >= 1 && time.hour <= 6) time = { ...time, hour: time.hour + 12 };
    if (part) {
      const which = part[1] ?? part[2];
      if ((which === "middags" || which === "avonds") && time.hour >= 1 && time.hour < 12) time = { ...time, hour: time.hour + 12 };
      if ((which === "nachts" || which === "ochtends" || which === "morgens") && time.hour === 12) time = { ...time, hour: 0 };
      rest = rest.replace(part[0], " ");
    }
    // "25:00", "om 30 uur": a time that does not exist is unreadable, not a guess by chrono.
    if (!(time.hour >= 0 && time.hour <= 23 && time.minute >= 0 && time.minute <= 59)) return { invalid: true };
    rest = rest.replace(/\bom\b/g, " ").replace(/\s+/g, " ").trim();
  }
  // ("morgenavond", "vrijdagmiddag", "vanavond": the day, once the part of the day has set the hour.)
  if (time) rest = rest.replace(/\b(morgen|overmorgen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(avond|middag|ochtend)\b/g, "$1").replace(/\bvan(avond|middag|ochtend|morgen)\b/g, "vandaag").replace(/\b(tonight)\b/g, "today").replace(/\b(tomorrow|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday) (evening|afternoon|morning)\b/g, "$1").replace(/\s+/g, " ").trim();
  const date = rest ? parseDay(rest, context) : undefined;
  if (rest && !date) return undefined;
  if (date && "invalid" in date) return { invalid: true };
  if (date && "question" in date) return { question: date.question, time };
  return { date, time };
}

/** "over 2 uur", "over een kwartier", "in 30 minutes": a moment from now. */
function relativeTime(text: string, now: Date): DateResolution | undefined {
  const m = text.match(/^(?:over|in|binnen) (?:een (?=half))?(\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|half|anderhalf|an) ?(uur|uren|minuut|minuten|min|kwartier|hours?|minutes?|hour)$/);
  if (!m) return undefined;
  const unit = m[2];
  const count = m[1] === "half" ? 0.5 : m[1] === "anderhalf" ? 1.5 : m[1] === "an" ? 1 : numberOf(m[1]);
  if (!Number.isFinite(count)) return undefined;
  const minutes = unit === "kwartier" ? count * 15 : /^(uur|uren|hours?|hour)$/.test(unit) ? count * 60 : count;
  if (minutes > MAX_YEARS_AHEAD * 365 * 24 * 60) return outOfRange("date.tooFar");
  return { kind: "ok", date: new Date(now.getTime() + Math.round(minutes) * 60_000), hasTime: true };
}

/** A question back instead of a guess; `ask` words it in the reader's language (catalogue keys date.*). */
interface DayQuestion {
  question: string;
  options: CivilDate[];
  ask: (lang: string) => string;
}

type DayResult = CivilDate | { question: DayQuestion } | { invalid: true };
const INVALID = { invalid: true } as const;

function dayQuestion(key: MessageKey, dates: CivilDate[], extra: (lang: string) => MessageVars = () => ({})): DayQuestion {
  const ask = (lang: string) => {
    const vars: MessageVars = { ...extra(lang) };
    dates.forEach((d, i) => (vars[`day${i + 1}`] = describeDay(toInstant(d), lang)));
    return translate(lang, key, vars);
  };
  return { question: ask("nl"), options: dates, ask };
}

const ORDINAL = "(?:e|de|ste|st|nd|rd|th)";

/** Weekdays written out, Dutch and English (the short forms of WEEKDAYS are left out: "vr" alone is no day gone by). */
const DAY_NAMES = "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday";

function parseDay(text: string, context: Context): DayResult | undefined {
  const { today } = context;
  const t = text;
  if (/^(vandaag|today)$/.test(t)) return today;
  if (/^(morgen|tomorrow)$/.test(t)) return addDays(today, 1);
  if (/^(overmorgen|day after tomorrow)$/.test(t)) return addDays(today, 2);
  // "deadline gisteren": a day in the past, which the caller asks about.
  if (/^(gisteren|yesterday)$/.test(t)) return addDays(today, -1);
  if (/^(eergisteren)$/.test(t)) return addDays(today, -2);
  // "afgelopen vrijdag", "vorige week dinsdag", "last friday": the day that went by, which the caller asks about.
  let past = t.match(new RegExp(`^(?:afgelopen|vorige|last|past) (${DAY_NAMES})$`));
  if (past) return addDays(today, -(((today.weekday - WEEKDAYS[past[1]] + 6) % 7) + 1));
  past = t.match(new RegExp(`^(?:vorige week|last week) (${DAY_NAMES})$|^(${DAY_NAMES}) (?:van )?vorige week$`));
  if (past) return addDays(addDays(today, -((today.weekday + 6) % 7) - 7), (WEEKDAYS[past[1] ?? past[2]] + 6) % 7);

  // Holiday phrases, made into one token by canonicalizeHolidays: hol_<voor|na|in|eind>_<kind>
  let m = t.match(/^hol_(voor|na|in|eind)_(herfst|kerst|voorjaar|mei|zomer)$/);
  if (m) return holidayDay(m[1] as HolidayMode, m[2] as SchoolHolidayKind, context);
  // ("dinsdag na de voorjaarsvakantie", "de vrijdag voor de zomervakantie": that weekday right after or before the holiday.)
  m = t.match(new RegExp(`^(?:de )?(${DAY_NAMES}) hol_(voor|na)_(herfst|kerst|voorjaar|mei|zomer)$`));
  if (m) {
    const weekday = WEEKDAYS[m[1]];
    for (const holiday of schoolHolidays(context.region, m[3] as SchoolHolidayKind)) {
      let day = m[2] === "na" ? addDays(holiday.end, 1) : addDays(holiday.start, -1);
      while (weekdayOf(day) !== weekday) day = addDays(day, m[2] === "na" ? 1 : -1);
      if (compareCivil(day, today) >= 0) return day;
    }
    return holidayDay(m[2] as HolidayMode, m[3] as SchoolHolidayKind, context);
  }
  // "voor de kerst": kept simple, 24 December (even when it is a Sunday).
  if (t === "hol_kerstavond") {
    const eve = { year: today.year, month: 12, day: 24 };
    return compareCivil(eve, today) >= 0 ? eve : { ...eve, year: today.year + 1 };
  }

  m = t.match(/^feast_(voor|na)_(pasen|pinksteren|hemelvaart|koningsdag)$/);
  if (m) {
    const day = feastDay(m[1] as "voor" | "na", m[2], today.year);
    return compareCivil(day, today) >= 0 ? day : feastDay(m[1] as "voor" | "na", m[2], today.year + 1);
  }

  m = t.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  if (m) return dayMonth(Number(m[3]), Number(m[2]), m[1], today);

  // 15-3, 15-3-2027, 15/3, 15 3 2027 (day first, as in Dutch)
  m = t.match(/^(\d{1,2})[-/ ](\d{1,2})(?:[-/ ](\d{2}|\d{4}))?$/);
  if (m) return dayMonth(Number(m[1]), Number(m[2]), m[3], today);

  // [weekday] 15 maart [2027], 1e mei
  m = t.match(new RegExp(`^(?:([a-z]+) )?(\\d{1,2})${ORDINAL}? ([a-z]+)(?: (\\d{4}))?$`));
  if (m && MONTHS[m[3]] && (!m[1] || WEEKDAYS[m[1]] !== undefined)) {
    const date = dayMonth(Number(m[2]), MONTHS[m[3]], m[4], today);
    // A past date gets the "already past" question (resolveDate) rather than a weekday question about a past day.
    if (m[1] && "year" in date && compareCivil(date, today) >= 0 && weekdayOf(date) !== WEEKDAYS[m[1]]) {
      return { question: weekdayMismatch(date, WEEKDAYS[m[1]], [date]) };
    }
    return date;
  }
  // maart 15, march 15th (English order)
  m = t.match(new RegExp(`^([a-z]+) (\\d{1,2})${ORDINAL}?(?: (\\d{4}))?$`));
  if (m && MONTHS[m[1]]) return dayMonth(Number(m[2]), MONTHS[m[1]], m[3], today);

  // vrijdag de 13e, friday the 13th: the next 13th that is a Friday; ask when the next 13th is another weekday
  m = t.match(new RegExp(`^([a-z]+) (?:de (\\d{1,2})${ORDINAL}?|(\\d{1,2})${ORDINAL})$`));
  if (m && WEEKDAYS[m[1]] !== undefined && m[1].length > 2) {
    const day = Number(m[2] ?? m[3]);
    const first = nextDayOfMonth(day, today);
    if (!first) return INVALID;
    const wanted = WEEKDAYS[m[1]];
    if (weekdayOf(first) === wanted) return first;
    const match = nextDayOfMonth(day, today, (d) => weekdayOf(d) === wanted);
    // A Friday the 13th within about three months is the one meant ("vrijdag de 13e" on 5 January: 13 February).
    const utc = (d: CivilDate) => Date.UTC(d.year, d.month - 1, d.day);
    if (match && (utc(match) - utc(today)) / 86_400_000 <= 92) return match;
    return { question: weekdayMismatch(first, wanted, match ? [first, match] : [first]) };
  }
  // de 20e van volgende maand, de 5e van deze maand, the 20th of next month: that day of that month
  m = t.match(new RegExp(`^(?:de |the )?(\\d{1,2})${ORDINAL}? (?:van |of )?(?:de |the )?(volgende|komende|deze|next|this) (?:maand|month)$`));
  if (m) {
    const ahead = /^(volgende|komende|next)$/.test(m[2]) ? 1 : 0;
    const month = ((today.month - 1 + ahead) % 12) + 1;
    const year = today.year + (today.month + ahead > 12 ? 1 : 0);
    if (Number(m[1]) > daysInMonth(year, month)) return INVALID;
    return dayMonth(Number(m[1]), month, String(year), today);
  }
  // de 20e, the 20th: the next 20th of a month, today included
  m = t.match(new RegExp(`^(?:de (\\d{1,2})${ORDINAL}?|(\\d{1,2})${ORDINAL})$`));
  if (m) {
    const next = nextDayOfMonth(Number(m[1] ?? m[2]), today);
    // ("de 20e" said on the 20th: today, or the 20th of next month — asked, as a weekday said on that day.)
    if (next && compareCivil(next, today) === 0) {
      const after = nextDayOfMonth(next.day, addDays(today, 1));
      if (after) return { question: dayQuestion("date.todayOrNext", [today, after]) };
    }
    return next ?? INVALID;
  }

  // de eerste maandag van maart, de laatste vrijdag van juni, the first monday of march: that day of that month, this year or the next still ahead
  // ("de 2e donderdag van februari", "the 3rd friday of may": the number written as a figure.)
  m = t.match(/^(?:de |the )?(eerste|tweede|derde|vierde|laatste|first|second|third|fourth|last|[1-4](?:e|ste|de|st|nd|rd|th)) ([a-z]+) (?:van|in|of) ([a-z]+)(?: (\d{4}))?$/);
  if (m && WEEKDAYS[m[2]] !== undefined && MONTHS[m[3]]) {
    const nth = { eerste: 1, first: 1, tweede: 2, second: 2, derde: 3, third: 3, vierde: 4, fourth: 4, laatste: -1, last: -1 }[m[1]] ?? Number(m[1][0]);
    const dayIn = (year: number): CivilDate => {
      const month = MONTHS[m![3]];
      if (nth > 0) {
        const first = weekdayOf({ year, month, day: 1 });
        return { year, month, day: 1 + ((WEEKDAYS[m![2]] - first + 7) % 7) + (nth - 1) * 7 };
      }
      const last = daysInMonth(year, month);
      const lastWeekday = weekdayOf({ year, month, day: last });
      return { year, month, day: last - ((lastWeekday - WEEKDAYS[m![2]] + 7) % 7) };
    };
    if (m[4]) return dayIn(Number(m[4]));
    const thisYear = dayIn(today.year);
    return compareCivil(thisYear, today) < 0 ? dayIn(today.year + 1) : thisYear;
  }
  // eind/begin/half april, eind van de maand, end of the month
  m = t.match(/^(eind|einde|begin|half|halverwege|medio|midden|end of|end|begin of|beginning of|mid) (?:van )?(?:de )?([a-z]+)(?: (\d{4}))?$/);
  if (m) {
    const part = m[1];
    let month: CivilDate | undefined;
    if (MONTHS[m[2]]) {
      month = { year: m[3] ? Number(m[3]) : today.year, month: MONTHS[m[2]], day: 1 };
      if (!m[3] && month.month < today.month) month.year += 1;
    } else if (m[2] === "maand" || m[2] === "month") {
      month = { ...today, day: 1 };
    }
    if (month) {
      const last = daysInMonth(month.year, month.month);
      const day = /^(eind|einde|end|end of)$/.test(part) ? last : /^(half|halverwege|medio|midden|mid)$/.test(part) ? 15 : 1;
      return { year: month.year, month: month.month, day };
    }
  }
  // eind q1, begin Q3, end of q2, einde van het eerste kwartaal: the quarter's last (or first) day, this year or the next one still ahead.
  m = t.match(/^(eind|einde|begin|end|beginning|start)(?: of| van)? (?:het )?(?:q([1-4])|([1-4])e kwartaal|(eerste|tweede|derde|vierde) kwartaal|kwartaal ([1-4]))$/);
  if (m) {
    const q = Number(m[2] ?? m[3] ?? m[5] ?? { eerste: 1, tweede: 2, derde: 3, vierde: 4 }[m[4] as "eerste"]);
    const end = /^(eind|einde|end)$/.test(m[1]);
    const month = end ? q * 3 : q * 3 - 2;
    let year = today.year;
    const day = (y: number) => (end ? daysInMonth(y, month) : 1);
    if (compareCivil({ year, month, day: day(year) }, today) < 0) year += 1;
    return { year, month, day: day(year) };
  }
  // begin/eind (van) volgende maand, end of next month, half deze week
  m = t.match(/^(eind|einde|begin|half|medio|end|beginning|mid)(?: of)? (?:van )?(?:de )?(deze|volgende|this|next) (maand|week|month)$/);
  if (m) {
    const next = m[2] === "volgende" || m[2] === "next";
    const end = m[1].startsWith("eind") || m[1] === "end";
    const start = m[1] === "begin" || m[1] === "beginning";
    if (m[3] !== "week") {
      const base = next ? addMonths({ ...today, day: 1 }, 1) : { year: today.year, month: today.month, day: 1 };
      return { ...base, day: end ? daysInMonth(base.year, base.month) : start ? 1 : 15 };
    }
    const monday = addDays(today, -((today.weekday + 6) % 7) + (next ? 7 : 0));
    return addDays(monday, end ? 4 : start ? 0 : 2);
  }

  // "augustus", "in augustus", "in maart 2027": a month alone — its first or its last day? Asked.
  m = t.match(/^(?:in |during )?([a-z]+)(?: (\d{4}))?$/);
  if (m && MONTHS[m[1]] && m[1].length >= 3) {
    let year = m[2] ? Number(m[2]) : today.year;
    if (!m[2] && MONTHS[m[1]] < today.month) year += 1;
    const first = { year, month: MONTHS[m[1]], day: 1 };
    const last = { year, month: MONTHS[m[1]], day: daysInMonth(year, MONTHS[m[1]]) };
    return { question: dayQuestion("date.whichOfTwo", compareCivil(first, today) < 0 ? [today, last] : [first, last]) };
  }
  // week 12, in week 12, eind week 12, vrijdag van week 12, in week 3 van 2027: ISO week numbers as Dutch planning uses them —
  // the Monday (or the named weekday; "eind" is the Friday) of that week, this year or the next while the week is past.
  m = t.match(/^(?:(begin|eind|einde|end|start)(?: of| van)? |(?:in|during) |([a-z]+) (?:van |in |of )?)?(?:de |the )?(?:week|wk) (\d{1,2})(?: (?:van )?(\d{4}))?$/);
  if (m && (!m[2] || (WEEKDAYS[m[2]] !== undefined && m[2].length > 2))) {
    const week = Number(m[3]);
    const offset = m[2] ? (WEEKDAYS[m[2]] + 6) % 7 : m[1] && /^(eind|einde|end)$/.test(m[1]) ? 4 : 0;
    const dayOfWeek = (year: number): CivilDate | undefined => {
      const jan4 = { year, month: 1, day: 4 };
      const monday = addDays(jan4, -((weekdayOf(jan4) + 6) % 7) + 7 * (week - 1));
      // Week 53 exists only in some years.
      const nextJan4Monday = addDays({ year: year + 1, month: 1, day: 4 }, -((weekdayOf({ year: year + 1, month: 1, day: 4 }) + 6) % 7));
      return week >= 1 && compareCivil(monday, nextJan4Monday) < 0 ? addDays(monday, offset) : undefined;
    };
    let day = m[4] ? dayOfWeek(Number(m[4])) : dayOfWeek(today.year);
    // Said during that week ("in week 49" in week 49): from today, not next year.
    if (!m[4] && !(day && compareCivil(addDays(day, 6 - offset), today) >= 0)) day = dayOfWeek(today.year + 1);
    if (!day) return INVALID;
    if (compareCivil(day, today) < 0 && !m[2] && offset === 0) day = today;
    // "week 12" alone: its start or its end (a deadline "in week 12" is often the Friday) — asked.
    const friday = addDays(day, 4 - ((weekdayOf(day) + 6) % 7));
    if (!m[1] && !m[2] && compareCivil(day, friday) < 0) return { question: dayQuestion("date.whichOfTwo", [day, friday]) };
    return day;
  }
  // eind van het jaar, eind dit jaar, begin volgend jaar, half volgend jaar, end of the year, early next year
  m = t.match(/^(eind|einde|end|begin|beginning|start|half|halverwege|medio|midden|mid|early|late)(?: of| van)? (?:(het|dit|deze|volgend|volgende|this|next|the) )?(jaar|year)$/);
  if (m) {
    const year = /^(volgend|volgende|next)$/.test(m[2] ?? "") ? today.year + 1 : today.year;
    const end = /^(eind|einde|end|late)$/.test(m[1]);
    const start = /^(begin|beginning|start|early)$/.test(m[1]);
    // ("schuift naar begin volgend jaar": which day of January is not said — and the 1st is a holiday: asked.)
    if (start && year > today.year) return { question: dayQuestion("date.whichDayYearStart", [], () => ({ year: String(year) })) };
    const day = end ? { year, month: 12, day: 31 } : start ? { year, month: 1, day: 1 } : { year, month: 7, day: 1 };
    // ("begin dit jaar" in March: already past — the caller asks.)
    return day;
  }
  // over anderhalve week, over anderhalve maand
  m = t.match(/^(?:over|in|binnen) anderhalve (week|maand)$/);
  if (m) return m[1] === "week" ? addDays(today, 10) : addDays(addMonths(today, 1), 15);
  // over 2 weken, over een maand, over 3 dagen, in 2 weeks, over een jaar
  m = t.match(/^(?:over|in|binnen|within) ([a-z]+|\d+) (dag|dagen|week|weken|maand|maanden|jaar|jaren|day|days|weeks|month|months|year|years)$/);
  if (m) {
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1]];
    if (n === undefined || !Number.isFinite(n)) return undefined;
    const unit = m[2];
    const days = unit.startsWith("d") ? n : unit.startsWith("we") ? 7 * n : unit.startsWith("m") ? 31 * n : 366 * n;
    // "over 100000 weken": refused before any date arithmetic on absurd numbers.
    if (days > (MAX_YEARS_AHEAD + 1) * 366) return { question: dayQuestion("date.tooFar", []) };
    if (unit.startsWith("d")) return addDays(today, n);
    if (unit.startsWith("we")) return addDays(today, 7 * n);
    if (unit.startsWith("m")) return addMonths(today, n);
    return addYears(today, n);
  }

  // volgende week dinsdag, dinsdag volgende week, next week tuesday
  m = t.match(/^(?:volgende week|next week) ([a-z]+)$/) ?? t.match(/^([a-z]+) (?:volgende week|next week)$/);
  if (m && WEEKDAYS[m[1]] !== undefined) {
    const nextMonday = addDays(today, 7 - ((today.weekday + 6) % 7));
    return addDays(nextMonday, (WEEKDAYS[m[1]] + 6) % 7);
  }
  // vrijdag over een week, vrijdag over twee weken, friday in two weeks: that weekday, then n weeks on
  m = t.match(/^([a-z]+) (?:over|in) (een|1|twee|2|drie|3|vier|4|a|one|two|three|four) (?:week|weken|weeks?)$/);
  if (m && WEEKDAYS[m[1]] !== undefined && m[1].length > 2) {
    const weeks = { een: 1, a: 1, one: 1, twee: 2, two: 2, drie: 3, three: 3, vier: 4, four: 4 }[m[2]] ?? Number(m[2]);
    const first = WEEKDAYS[m[1]] === today.weekday ? today : nextWeekday(today, WEEKDAYS[m[1]], false);
    return addDays(first, 7 * weeks);
  }
  // deze vrijdag, this friday
  m = t.match(/^(?:deze|this|komende) ([a-z]+)$/);
  if (m && WEEKDAYS[m[1]] !== undefined) return nextWeekday(today, WEEKDAYS[m[1]], false);

  // volgende vrijdag: in Dutch that can mean the coming one or the one after; ask when both are plausible.
  m = t.match(/^(?:volgende|next) ([a-z]+)$/);
  if (m && WEEKDAYS[m[1]] !== undefined) {
    const coming = nextWeekday(today, WEEKDAYS[m[1]], false);
    const sameWeek = compareCivil(coming, addDays(today, 7 - ((today.weekday + 6) % 7))) < 0;
    // ("volgende maandag" said on a Monday: a week from today, or the Monday after that.)
    if (!sameWeek && WEEKDAYS[m[1]] !== today.weekday) return coming;
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

function weekdayMismatch(date: CivilDate, typed: number, options: CivilDate[]): DayQuestion {
  return dayQuestion("date.weekdayMismatch", options, (lang) => ({
    date: dateWithoutWeekday(date, lang),
    actual: weekdayName(weekdayOf(date), lang),
    typed: weekdayName(typed, lang),
  }));
}

/**
 * A typed day and month (and maybe year). Without a year: this year's date when it is still to come or passed less than
 * PAST_ROLL_DAYS ago (then resolveDate asks), else next year's — and last year's, asked about too, when it passed less than
 * RECENT_ACROSS_YEAR_DAYS ago across the turn of the year.
 * A day the month does not have ("31 april", "30-2") asks "30 april of 1 mei?" — never rolled
 * over, never silently unreadable.
 */
function dayMonth(day: number, month: number, yearText: string | undefined, today: CivilDate): DayResult {
  if (month < 1 || month > 12 || day < 1 || day > 31) return INVALID;
  let year: number;
  if (yearText) {
    year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    // Years Date.UTC cannot hold as typed (0-99 means 1900-1999 there): refused before any arithmetic.
    if (year < 1000) return { question: dayQuestion("date.longAgo", []) };
  } else if (day > maxDaysOf(month)) {
    // Impossible in every year: offer this year's end of month while it is still to come.
    year = compareCivil({ year: today.year, month, day: daysInMonth(today.year, month) }, today) >= 0 ? today.year : today.year + 1;
  } else {
    const candidate = { year: today.year, month, day: Math.min(day, daysInMonth(today.year, month)) };
    // ("18 december" typed on 5 January: passed 18 days ago, across the turn of the year — asked like "3 januari" is; "10
    // november" then is this year's, planned ahead.)
    const lastYears = { year: today.year - 1, month, day: Math.min(day, daysInMonth(today.year - 1, month)) };
    if (compareCivil(candidate, today) > 0 && daysBetween(lastYears, today) <= RECENT_ACROSS_YEAR_DAYS) year = today.year - 1;
    else year = compareCivil(candidate, today) >= 0 || daysBetween(candidate, today) <= PAST_ROLL_DAYS ? today.year : today.year + 1;
  }
  const last = daysInMonth(year, month);
  if (day <= last) return { year, month, day };
  const lastDay = { year, month, day: last };
  const firstNext = addDays(lastDay, 1);
  return {
    question: dayQuestion("date.impossible", [lastDay, firstNext], (lang) => ({
      date: `${day} ${calendarWords(lang, "calendar.months")[month - 1]}${month === 2 && day === 29 ? ` ${year}` : ""}`,
    })),
  };
}

function maxDaysOf(month: number): number {
  return month === 2 ? 29 : daysInMonth(2001, month);
}

/** The next date (today included) that is the `day`th of its month and passes `ok`; months without that day are skipped. */
function nextDayOfMonth(day: number, today: CivilDate, ok: (d: CivilDate) => boolean = () => true): CivilDate | undefined {
  if (day < 1 || day > 31) return undefined;
  let month = { year: today.year, month: today.month, day: 1 };
  for (let i = 0; i < 12 * MAX_YEARS_AHEAD; i++, month = addMonths(month, 1)) {
    if (day > daysInMonth(month.year, month.month)) continue;
    const candidate = { ...month, day };
    if (compareCivil(candidate, today) >= 0 && ok(candidate)) return candidate;
  }
  return undefined;
}

type HolidayMode = "voor" | "na" | "in" | "eind";

/**
 * School holidays of the wijk's region (src/parse/school-holidays.ts):
 * - "voor de X": the last day before it starts — the day before the first day when that is a
 *   weekday, else the Friday before. Holidays start on a Saturday, so in practice the Friday before.
 * - "na de X": the first working day after it ends (holidays end on a Sunday: the Monday after).
 *   Public holidays such as Easter Monday are not skipped.
 * - "in de X" (also "tijdens", "begin", or the holiday alone): its first working day, or today when
 *   the holiday is under way.
 * - "eind van de X": its last working day (the Friday of the last week).
 * The first one of those dates that is today or later is taken; after the last school year in
 * the table the reader is asked for a date instead.
 */
function holidayDay(mode: HolidayMode, kind: SchoolHolidayKind, context: Context): DayResult {
  const { today } = context;
  for (const holiday of schoolHolidays(context.region, kind)) {
    let day: CivilDate;
    if (mode === "voor") day = workdayOnOrBefore(addDays(holiday.start, -1));
    else if (mode === "na") day = workdayOnOrAfter(addDays(holiday.end, 1));
    else if (mode === "eind") day = workdayOnOrBefore(holiday.end);
    else {
      const from = compareCivil(today, holiday.start) > 0 ? today : holiday.start;
      day = workdayOnOrAfter(from);
      if (compareCivil(day, holiday.end) > 0) continue;
    }
    if (compareCivil(day, today) >= 0) return day;
  }
  return {
    question: dayQuestion("date.holidayUnknown", [], (lang) => ({
      holiday: translate(lang, `date.holiday.${kind}` as MessageKey),
      schoolYear: LAST_KNOWN_SCHOOL_YEAR,
    })),
  };
}

function workdayOnOrBefore(date: CivilDate): CivilDate {
  const weekday = weekdayOf(date);
  return weekday === 6 ? addDays(date, -1) : weekday === 0 ? addDays(date, -2) : date;
}

function workdayOnOrAfter(date: CivilDate): CivilDate {
  const weekday = weekdayOf(date);
  return weekday === 6 ? addDays(date, 2) : weekday === 0 ? addDays(date, 1) : date;
}

const HOLIDAY_HINT = /vak|kerst|zomer|school|krokus|carnaval|christmas|xmas|summer|break|holiday|vacation|pasen|paas|pinkster|hemelvaart|koningsdag|easter/;
const HOLIDAY_MODES: Record<string, HolidayMode | "begin"> = {
  voor: "voor", before: "voor",
  // "loopt door tot de zomervakantie": until the holiday is the last day before it.
  tot: "voor", until: "voor", till: "voor",
  na: "na", after: "na",
  in: "in", tijdens: "in", during: "in",
  begin: "begin", start: "begin", beginning: "begin", aanvang: "begin",
  eind: "eind", einde: "eind", end: "eind",
};
const HOLIDAY_LEAD = new Set(["uiterlijk", "tot", "pas", "vanaf", "ergens", "nog", "vlak", "net", "direct", "meteen", "kort", "ruim", "gelijk", "until", "right", "just", "shortly", "de", "het", "the"]);

/**
 * "vlak voor de kerst vakantie", "tot na de zomer", "eind van het schooljaar" → one token
 * ("hol_voor_kerst", "hol_na_zomer", "hol_voor_zomer") that parseDay reads, so the filler
 * word "voor" can still be dropped everywhere else.
 */
function canonicalizeHolidays(input: string): string {
  if (!HOLIDAY_HINT.test(input)) return input;
  // ("de laatste schooldag voor de kerstvakantie", "de eerste dag na de meivakantie": the working day before or after it.)
  const text = input.replace(/\b(?:(?:op )?de )?laatste (?:school|werk|les)?dag (?=(?:voor|before) )/g, "").replace(/\b(?:(?:op )?de )?eerste (?:school|werk|les)?dag (?=(?:na|after) )/g, "");
  const words = text.split(" ");
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let k = out.length;
    if (k && /^(nieuwe|komende|volgende|new|next)$/.test(out[k - 1])) k--;
    if (k && /^(de|het|the)$/.test(out[k - 1])) k--;
    if (k && /^(van|of)$/.test(out[k - 1])) k--;
    const mode = k ? HOLIDAY_MODES[out[k - 1]] : undefined;
    if (mode) k--;
    const token = holidayToken(words, i, mode);
    if (!token) {
      out.push(words[i]);
      i++;
      continue;
    }
    while (k && HOLIDAY_LEAD.has(out[k - 1])) k--;
    out.length = k;
    out.push(token.token);
    i += token.length;
  }
  return out.join(" ");
}

function holidayToken(words: string[], at: number, mode: HolidayMode | "begin" | undefined): { token: string; length: number } | undefined {
  const word = words[at];
  const next = words[at + 1] ?? "";
  // eind van het schooljaar → voor de zomervakantie; begin van het schooljaar → na de zomervakantie
  const schoolYear = word === "schooljaar" ? 1 : word === "school" && next === "year" ? 2 : 0;
  if (schoolYear && (mode === "eind" || mode === "begin")) return { token: mode === "eind" ? "hol_voor_zomer" : "hol_na_zomer", length: schoolYear };
  if (word === "laatste" && next === "schooldag") return { token: "hol_voor_zomer", length: 2 };
  if (word === "kerstavond") return { token: "hol_kerstavond", length: 1 };
  const holiday = readHolidayWord(words, at);
  if (holiday) {
    const holidayMode: HolidayMode = mode === "begin" || mode === undefined ? "in" : mode;
    return { token: `hol_${holidayMode}_${holiday.kind}`, length: holiday.length };
  }
  // "na de zomer", "voor de zomer"; "voor de kerst" = 24 December, "na de kerst" = after the kerstvakantie
  if ((word === "zomer" || word === "summer") && (mode === "voor" || mode === "na")) return { token: `hol_${mode}_zomer`, length: 1 };
  if (/^(kerst|kerstmis|christmas|xmas)$/.test(word)) {
    if (mode === "voor") return { token: "hol_kerstavond", length: 1 };
    if (mode === "na") return { token: "hol_na_kerst", length: 1 };
  }
  // "voor pasen", "na pinksteren", "na het hemelvaartweekend", "voor koningsdag": around the public holidays.
  const feast = FEASTS[word.replace(/weekend$/, "")];
  if (feast && (mode === "voor" || mode === "na")) return { token: `feast_${mode}_${feast}`, length: 1 };
  return undefined;
}

const FEASTS: Record<string, "pasen" | "pinksteren" | "hemelvaart" | "koningsdag"> = {
  pasen: "pasen", paas: "pasen", paasdagen: "pasen", easter: "pasen", pinksteren: "pinksteren", pinkster: "pinksteren", whitsun: "pinksteren",
  hemelvaart: "hemelvaart", hemelvaartsdag: "hemelvaart", hemelvaarts: "hemelvaart", koningsdag: "koningsdag",
};

/** Easter Sunday of a year (the Gregorian computus). */
function easterSunday(year: number): CivilDate {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { year, month: Math.floor(n / 31), day: (n % 31) + 1 };
}

/**
 * The working day before or after a public holiday: "voor pasen" is Good Friday, "na pasen" the Tuesday after
 * Easter Monday; pinksteren likewise; "voor hemelvaart" the Wednesday, "na hemelvaart" the Monday after its
 * long weekend; koningsdag (27 April, the 26th when that is a Sunday) the working day before or after.
 */
function feastDay(mode: "voor" | "na", feast: string, year: number): CivilDate {
  const easter = easterSunday(year);
  if (feast === "pasen") return addDays(easter, mode === "voor" ? -2 : 2);
  if (feast === "pinksteren") return addDays(easter, mode === "voor" ? 47 : 51);
  if (feast === "hemelvaart") return addDays(easter, mode === "voor" ? 38 : 43);
  let day: CivilDate = { year, month: 4, day: weekdayOf({ year, month: 4, day: 27 }) === 0 ? 26 : 27 };
  do day = addDays(day, mode === "voor" ? -1 : 1);
  while (weekdayOf(day) === 0 || weekdayOf(day) === 6);
  return day;
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

function parseWithChrono(input: string, now: Date): Parsed | undefined {
  // The reference as Amsterdam's offset at this moment (chrono does not know IANA names), so
  // "today" and "tomorrow" are Amsterdam's; components are read as typed, wall-clock.
  const ref = { instant: now, timezone: offsetMinutes(now.getTime()) };
  const options = { forwardDate: true };
  const results = [...chronoNl.parse(input, ref, options), ...chronoEn.parse(input, ref, options)];
  const result = results.sort((a, b) => b.text.length - a.text.length)[0];
  // Only accept when chrono read (nearly) the whole phrase; a date found inside other words is a guess.
  if (!result || result.text.trim().length < input.trim().length - 3) return undefined;
  const start = result.start;
  const date = { year: start.get("year") ?? 0, month: start.get("month") ?? 0, day: start.get("day") ?? 0 };
  // chrono's own year arithmetic can run far off ("in 100000 weeks"); only sane years reach Date.UTC.
  if (date.year < 1000 || date.year > 9999) return { question: dayQuestion(date.year > 9999 ? "date.tooFar" : "date.longAgo", []) };
  const time = start.isCertain("hour") ? { hour: start.get("hour") ?? 0, minute: start.get("minute") ?? 0 } : undefined;
  // ("evening tomorrow at 10", "avond morgen om 10": chrono reads the evening and the hour but drops "tomorrow" — a day
  // word that names another day than the one read is no reading at all.)
  const folded = input.toLowerCase();
  const today = localParts(now);
  const named = /\b(day after tomorrow|overmorgen)\b/.test(folded) ? 2 : /\b(tomorrow|morgen)\b(?!s)/.test(folded) && !/'?s\s?morgens\b/.test(folded) ? 1 : /\b(today|vandaag|tonight|vanavond)\b/.test(folded) ? 0 : undefined;
  if (named !== undefined && compareCivil(date, addDays(today, named)) !== 0) return undefined;
  return { date, time };
}

// ---------------------------------------------------------------------------------------------
// Finding a date phrase inside a free sentence

export interface DatePhrase {
  /** Character offsets into the original text: text.slice(start, end) === phrase. */
  start: number;
  end: number;
  phrase: string;
  resolution: DateResolution;
}

/** Longest phrase tried, in words ("uiterlijk vlak voor de kerst vakantie om 9 uur" has 8; most have 1-4). */
const MAX_PHRASE_WORDS = 8;

const START_WORDS = new Set([
  "afgelopen", "vorige", "last", "vandaag", "morgen", "overmorgen", "gisteren", "eergisteren", "yesterday", "today", "tomorrow", "volgende", "deze", "komende", "aanstaande", "a", "next", "this",
  "over", "in", "binnen", "within", "eind", "einde", "begin", "half", "halverwege", "medio", "midden", "end", "beginning", "mid",
  "voor", "na", "tot", "t", "om", "at", "de", "het", "op", "uiterlijk", "tegen", "rond", "vanaf", "kwart", "the", "on", "by",
  "tijdens", "during", "before", "after", "vlak", "direct", "pas", "net", "kort", "kerstavond", "laatste", "start", "day", "week", "wk",
]);
const END_WORDS = new Set([
  "vandaag", "morgen", "overmorgen", "gisteren", "eergisteren", "yesterday", "today", "tomorrow", "week", "weken", "dag", "dagen", "maand", "maanden", "jaar", "jaren",
  "weeks", "days", "day", "month", "months", "year", "years", "uur", "u", "kwartier", "minuten", "minuut", "hours", "hour", "minutes",
  "ochtends", "middags", "avonds", "nachts", "morgens", "sochtends", "smorgens", "smiddags", "savonds", "snachts",
  "zomer", "summer", "kerst", "kerstmis", "christmas", "xmas", "kerstavond", "schooljaar", "schooldag", "holidays", "holiday", "break", "vacation",
  "pasen", "paasdagen", "paasweekend", "easter", "pinksteren", "pinksterweekend", "hemelvaart", "hemelvaartsdag", "hemelvaartweekend", "koningsdag",
  "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
]);
/** After "1-2", "3 4": these are counts, not dates ("1-2 kinderen"). */
const COUNT_NOUNS = new Set([
  "kinderen", "kind", "mensen", "jongeren", "ouders", "leerlingen", "deelnemers", "personen", "vrijwilligers", "scholen", "klassen",
  "groepen", "keer", "stuks", "euro", "uur", "dagen", "weken", "maanden", "jaar", "jaren", "minuten", "kids", "people", "children", "times",
  "tafels", "stoelen", "plekken", "teams", "gezinnen", "buurtbewoners", "bewoners", "sessies", "bijeenkomsten", "lessen",
]);
/** After "de 2e": an ordinal, not a day of the month ("voor de 2e keer", "de 3e klas"). */
const ORDINAL_NOUNS = new Set([
  "keer", "klas", "plaats", "helft", "ronde", "week", "kwartaal", "groep", "jaar", "graad", "editie", "versie", "verdieping", "etage",
  "prijs", "deel", "fase", "pijler", "schil", "lijn", "leerjaar", "bijeenkomst", "sessie", "time", "place", "round", "floor", "edition",
]);

interface Token {
  start: number;
  end: number;
  /** The folded words of the token ("15/1" → ["15", "1"]). */
  words: string[];
  raw: string;
  /** A sentence ends after this token: phrases do not run across it. */
  breakAfter: boolean;
  amount: boolean;
}

/**
 * The longest date or time phrase anywhere in a free sentence, with its character offsets:
 * "herinner me morgen om 8 uur aan de offerte" → "morgen om 8 uur". Relative shifts ("een week
 * later") are the caller's business; "over een week" is a date phrase.
 *
 * Windows of up to MAX_PHRASE_WORDS words are tried only from words that can start a date
 * phrase and to words that can end one, with wijkbot's own parser (no chrono: fast, well under
 * a millisecond for a sentence of 15 words); chrono is asked once only for "3pm"-style times.
 *
 * To avoid false positives in ordinary sentences:
 * - amounts are never dates ("€1.200", "1.200", "3,5", "35%");
 * - a bare clock hour needs "om"/"at" ("de kinderen hebben 3 uur gespeeld" has no date; "om 3 uur" is one);
 *   "14:30", "half 9" and "kwart over 3" stand alone;
 * - "1-2 kinderen", "om 3 kinderen" and "de 2e keer" are counts and ordinals, not dates (COUNT_NOUNS, ORDINAL_NOUNS);
 *   two numbers in separate words ("2 3") never form a date here;
 * - a holiday needs a preposition ("voor/na/in/tijdens de zomervakantie"), not just its name.
 */
export function findDatePhrase(text: string, now: Date, options: ResolveOptions = {}): DatePhrase | undefined {
  const tokens = tokenize(text);
  let best: DatePhrase | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!canStart(tokens[i])) continue;
    let last = i;
    while (last < tokens.length - 1 && last - i < MAX_PHRASE_WORDS - 1 && !tokens[last].breakAfter && !tokens[last + 1].amount) last++;
    if (tokens[i].amount) continue;
    for (let j = last; j >= i; j--) {
      // Longest phrase first, measured in its words and single spaces (a run of blanks — a name cut out — counts as one).
      if (best && compactLength(text, tokens[i].start, tokens[j].end) <= compactLength(text, best.start, best.end)) break;
      if (!canEnd(tokens[j])) continue;
      const phrase = text.slice(tokens[i].start, tokens[j].end);
      const resolution = resolve(phrase, now, options, false);
      if (resolution.kind === "unreadable" || !plausibleInSentence(tokens, i, j, phrase)) continue;
      best = { start: tokens[i].start, end: tokens[j].end, phrase, resolution };
      break;
    }
  }
  if (/\d ?(am|pm)\b/i.test(text)) {
    const english = findWithChrono(text, now, options);
    if (english && (!best || english.end - english.start > best.end - best.start)) best = english;
  }
  return best;
}

function compactLength(text: string, start: number, end: number): number {
  return text.slice(start, end).replace(/\s+/g, " ").length;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    let start = match.index;
    let end = start + match[0].length;
    let raw = match[0];
    const lead = /^'s$|^’s$/i.test(raw) ? 0 : (raw.match(/^[("'“‘«[{]+/)?.[0].length ?? 0);
    const trail = raw.match(/[)"'”’»\]},.;:!?…]+$/)?.[0] ?? "";
    const keepDot = /^(a\.s|[a-z]{3,4})\.$/i.test(raw) && trail === ".";
    start += lead;
    end -= keepDot ? 0 : trail.length;
    if (end <= start) continue;
    raw = text.slice(start, end);
    const words = fold(raw).split(" ").filter(Boolean);
    if (!words.length) continue;
    tokens.push({
      start,
      end,
      words,
      raw,
      breakAfter: !keepDot && /[.;!?…]/.test(trail),
      amount: /[€$£%]/.test(raw) || /^\d{1,3}([.,]\d{3})+([.,]\d+)?$/.test(raw) || /^\d+,\d+$/.test(raw),
    });
  }
  return tokens;
}

function canStart(token: Token): boolean {
  const w = token.words[0];
  if (/^\d/.test(w)) return !token.amount;
  return START_WORDS.has(w) || MONTHS[w] !== undefined || WEEKDAYS[w] !== undefined;
}

function canEnd(token: Token): boolean {
  if (token.amount) return false;
  const w = token.words[token.words.length - 1];
  if (/\d/.test(w)) return true;
  if (END_WORDS.has(w) || MONTHS[w] !== undefined || WEEKDAYS[w] !== undefined) return true;
  return w.includes("vak") || readHolidayWord([w], 0) !== undefined;
}

function plausibleInSentence(tokens: Token[], i: number, j: number, phrase: string): boolean {
  const folded = fold(phrase);
  const next = tokens[j + 1]?.words[0];
  // "3 uur", "10u", "tien uur" alone: a duration as often as a time
  if (/^(\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf) ?(uur|u)$/.test(folded)) return false;
  // "om 3 kinderen te helpen": a count after "om", not a time
  if (/^(?:om|at) \d{1,2}$/.test(folded) && next && COUNT_NOUNS.has(next)) return false;
  // two bare numbers in separate words: "2 3 kinderen", "groep 7 8"
  for (let k = i; k < j; k++) {
    if (/^\d{1,4}$/.test(tokens[k].raw) && /^\d{1,4}$/.test(tokens[k + 1].raw)) return false;
  }
  // "in augustus hadden we 30 kinderen": a month alone is a date only where a day is asked for
  // ("deadline op augustus", "verzet naar augustus", "uiterlijk augustus").
  const bareMonth = folded.match(/^(?:(in|op|tot|voor|uiterlijk|by|during) )?([a-z]+)(?: \d{4})?$/);
  if (bareMonth && MONTHS[bareMonth[2]] !== undefined) {
    const lead = bareMonth[1] ?? tokens[i - 1]?.words.at(-1) ?? "";
    if (!/^(op|tot|voor|uiterlijk|naar|by|deadline|einddatum)$/.test(lead)) return false;
  }
  // "groep 6 tot 8", "3 of 4": a range of numbers, not day and month
  if (/^(?:(?:op|voor|tot|on|by) )?\d{1,2} (?:tot|t m|tm|en|of|a|or|to) \d{1,2}$/.test(folded)) return false;
  // "1-2 kinderen": a range of a count
  if (/^\d{1,2}[-/.]\d{1,2}$/.test(tokens[j].raw) && next && COUNT_NOUNS.has(next)) return false;
  // "de 2e keer", "de 3e klas"
  if (/^(?:(?:op|voor|tot|uiterlijk|vanaf|on|by) )?(?:de |the )?\d{1,2}(?:e|de|ste|st|nd|rd|th)?$/.test(folded) && next && ORDINAL_NOUNS.has(next)) return false;
  // a holiday named without voor/na/in/tijdens/begin/eind: "de zomervakantie was leuk"
  if (/vak|holiday|break|vacation/.test(folded) && !/\b(voor|na|in|tijdens|begin|eind|einde|tot|before|after|during|end|start|until|till)\b/.test(folded)) return false;
  return true;
}

function findWithChrono(text: string, now: Date, options: ResolveOptions): DatePhrase | undefined {
  const ref = { instant: now, timezone: offsetMinutes(now.getTime()) };
  const result = chronoEn.parse(text, ref, { forwardDate: true }).sort((a, b) => b.text.length - a.text.length)[0];
  if (!result) return undefined;
  const resolution = resolveDate(result.text, now, options);
  if (resolution.kind === "unreadable") return undefined;
  return { start: result.index, end: result.index + result.text.length, phrase: result.text, resolution };
}
