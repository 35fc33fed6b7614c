import { fold } from "./text.ts";
import { MONTHS } from "./dates.ts";
import { daysInMonth, isoDayUtc, toInstant } from "../time/amsterdam.ts";
import { ACTION_STATUSES, AGE_GROUPS, type ActionStatus, type AgeGroup } from "../domain.ts";

/**
 * The cells of a year plan (jaarplan) read as values: status words, age groups, dates,
 * counts, reach and euros in the forms programme reports and spreadsheets write them.
 * Each reader gives null for an empty cell and undefined for one it cannot read.
 */

export type Cell = string | number | Date | null;

/** Status words of programme reports (seed 004) and of wijkbot itself. */
const STATUS_WORDS: [ActionStatus, string[]][] = [
  ["klaar", ["klaar", "succesvol afgerond", "afgerond", "gereed", "voltooid", "done"]],
  ["gepland", ["gepland", "binnenkort in uitvoering", "nog niet gestart", "te doen", "planned", "todo"]],
  ["bezig", ["bezig", "in uitvoering", "doorlopend", "lopend", "gestart", "in progress"]],
  ["gestopt", ["gestopt", "geannuleerd", "vervallen", "stopped"]],
  ["geparkeerd", ["geparkeerd", "on hold", "uitgesteld", "parked"]],
];

export function readStatus(text: string): ActionStatus | null {
  const folded = fold(text);
  if ((ACTION_STATUSES as readonly string[]).includes(folded)) return folded as ActionStatus;
  for (const [status, words] of STATUS_WORDS) if (words.some((w) => folded === w || folded.startsWith(`${w} `))) return status;
  return null;
}

/** "4–12 jaar", "12+ jaar" (the export's form, see AGE_GROUP_CELLS) and the older "4-12", "12+" → the stored group. */
export function readAgeGroup(text: string): AgeGroup | null {
  const compact = fold(text.replace(/[\u2010-\u2015\u2212]/g, "-"))
    .replace(/\s*(jaar|years)$/, "")
    .replace(/\s+/g, "");
  return (AGE_GROUPS as readonly string[]).includes(compact) ? (compact as AgeGroup) : null;
}

/** A deadline cell: null when empty, undefined when unreadable. Spreadsheet dates carry wall-clock time as UTC. */
export function readDate(cell: Cell): Date | null | undefined {
  if (cell === null || cell === "") return null;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return undefined;
    return toInstant({ year: cell.getUTCFullYear(), month: cell.getUTCMonth() + 1, day: cell.getUTCDate() }, cell.getUTCHours(), cell.getUTCMinutes());
  }
  const text = String(cell).trim().toLowerCase();
  if (!text) return null;
  let m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:\s+(\d{1,2})[:.](\d{2}))?$/.exec(text);
  if (m) return civil(+m[3], +m[2], +m[1], m[4], m[5]);
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t\s](\d{1,2}):(\d{2}))?/.exec(text);
  if (m) return civil(+m[1], +m[2], +m[3], m[4], m[5]);
  m = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/.exec(text);
  if (m && MONTHS[m[2]]) return civil(+m[3], MONTHS[m[2]], +m[1]);
  return undefined;
}

function civil(year: number, month: number, day: number, hour?: string, minute?: string): Date | undefined {
  const h = hour === undefined ? 0 : +hour;
  const min = minute === undefined ? 0 : +minute;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || h > 23 || min > 59) return undefined;
  return toInstant({ year, month, day }, h, min);
}

/** The older single column: "300/120", "300", "/120" → intended/reached; null (not undefined) parts are unknown. */
export function readReach(cell: Cell): { intended: number | null; reached: number | null } | undefined {
  if (cell === null) return { intended: null, reached: null };
  if (typeof cell === "number") return Number.isInteger(cell) && cell >= 0 ? { intended: cell, reached: null } : undefined;
  const text = cellText(cell).replace(/\s+/g, "");
  if (!text) return { intended: null, reached: null };
  const m = /^([\d.]*)(?:\/([\d.]*))?$/.exec(text);
  if (!m) return undefined;
  const part = (s: string | undefined) => (s ? Number(s.replace(/\./g, "")) : null);
  const intended = part(m[1]);
  const reached = part(m[2]);
  if ([intended, reached].some((n) => n !== null && !Number.isSafeInteger(n))) return undefined;
  return { intended, reached };
}

/** A count of people (Bereikt, Beoogd): 120, "120", "1.200"; null when empty, undefined when unreadable. */
export function readCount(cell: Cell): number | null | undefined {
  if (cell === null) return null;
  if (typeof cell === "number") return Number.isSafeInteger(cell) && cell >= 0 ? cell : undefined;
  const text = cellText(cell).replace(/\s+/g, "");
  if (!text) return null;
  if (!/^\d{1,3}(\.\d{3})+$|^\d+$/.test(text)) return undefined;
  const count = Number(text.replace(/\./g, ""));
  return Number.isSafeInteger(count) ? count : undefined;
}

/** "€ 2.500", "2500,50", "2,500.50", 2500.5 → cents; null when empty, undefined when unreadable. */
export function readEuros(cell: Cell): number | null | undefined {
  if (cell === null) return null;
  if (typeof cell === "number") return Number.isFinite(cell) && cell >= 0 ? Math.round(cell * 100) : undefined;
  let text = cellText(cell).replace(/€|eur(o)?|\s/gi, "");
  if (!text || text === "-" || text === "–") return null;
  const lastComma = text.lastIndexOf(",");
  const lastDot = text.lastIndexOf(".");
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? "," : ".";
    text = text.replace(decimal === "," ? /\./g : /,/g, "").replace(decimal, ".");
  } else if (lastComma >= 0) {
    text = text.replace(",", ".");
  } else if (lastDot >= 0 && /^\d{1,3}(\.\d{3})+$/.test(text)) {
    // "2.500" is two and a half thousand in Dutch, not two and a half.
    text = text.replace(/\./g, "");
  }
  text = text.replace(/,-$|\.-$/, "");
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return undefined;
  return Math.round(Number(text) * 100);
}

export function cellText(cell: Cell): string {
  if (cell === null) return "";
  if (cell instanceof Date) return isoDayUtc(cell);
  return String(cell).trim();
}

/** People are listed as "Sanne, Lisa" or "Sanne en Lisa"; organisations only with commas ("Sport en Welzijn" is one). */
export function splitNames(text: string, options: { andIsSeparator: boolean }): string[] {
  const separator = options.andIsSeparator ? /[,;\n]|\s+en\s+|\s*&\s*/ : /[,;\n]/;
  return [...new Set(text.split(separator).map((s) => s.replace(/\s+/g, " ").trim()).filter(Boolean))];
}
