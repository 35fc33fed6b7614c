import { MONTHS, resolveDate, WEEKDAYS } from "../parse/dates.ts";
import { localParts, toInstant } from "../time/amsterdam.ts";
import { fold } from "../parse/text.ts";
import { looksRecurring } from "../parse/recurrence.ts";
import { splitTrailingDate } from "../core/command-helpers.ts";
import { parseClockTime } from "./settings.ts";

/** Reference time for recognising date phrases while parsing (resolution uses the real clock). */
const RECOGNITION_REFERENCE = new Date(Date.UTC(2026, 0, 5, 8));
const MAX_DATE_WORDS = 5;

/** A date phrase resolves to local midnight when it has no time: then the given default time applies. */
export function withDefaultTime(date: Date, time: string): Date {
  const p = localParts(date);
  if (p.hour !== 0 || p.minute !== 0) return date;
  const { hour, minute } = parseClockTime(time);
  return toInstant({ year: p.year, month: p.month, day: p.day }, hour, minute);
}

/** True when a resolved date carries a time of day (not local midnight). */
export function hasTimeOfDay(date: Date): boolean {
  const p = localParts(date);
  return p.hour !== 0 || p.minute !== 0;
}

/** "subsidie aanvragen elke maandag 9:00" / "… vrijdag 10:00" → what + when. */
export function splitWhatWhen(text: string): { what: string; when: string } | undefined {
  const m = text.match(/^(.*?)\s+((?:elke|iedere|elk|ieder|every|each)\s.*)$/i);
  if (m && looksRecurring(m[2])) return { what: m[1].trim(), when: m[2].trim() };
  const split = splitTrailingDate(text);
  return split ? { what: split.name.trim(), when: split.date } : undefined;
}

/** "12 maart 19:30 wijkcentrum De Kiosk" → the longest leading date phrase and the rest. */
export function splitLeadingDate(text: string): { date: string; rest: string } | undefined {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  for (let k = Math.min(MAX_DATE_WORDS, tokens.length); k >= 1; k--) {
    // chrono-node forgives a short stray word at the end ("19:30 De Kiosk"): a date phrase must end in a date word.
    if (!endsLikeDate(tokens[k - 1])) continue;
    const date = tokens.slice(0, k).join(" ");
    if (resolveDate(date, RECOGNITION_REFERENCE).kind !== "unreadable") return { date, rest: tokens.slice(k).join(" ") };
  }
  return undefined;
}

const DATE_WORDS = new Set(["vandaag", "morgen", "overmorgen", "uur", "week", "weken", "dag", "dagen", "maand", "maanden", "today", "tomorrow"]);

function endsLikeDate(token: string): boolean {
  const word = fold(token);
  return /\d/.test(word) || DATE_WORDS.has(word) || MONTHS[word] !== undefined || WEEKDAYS[word] !== undefined;
}
