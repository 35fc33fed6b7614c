import { localParts } from "../parse/dates.ts";

/** Short day and month names per language; a language without its own falls back to Dutch. */
const DAY_SHORT: Record<string, readonly string[]> = {
  nl: ["zo", "ma", "di", "wo", "do", "vr", "za"],
  en: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
};
const MONTH_SHORT: Record<string, readonly string[]> = {
  nl: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};
const NUMBER_LOCALES: Record<string, string> = { nl: "nl-NL", en: "en-GB" };
const AND: Record<string, string> = { nl: "en", en: "and" };

/** "vr 27 nov" / "Fri 27 Nov" (year added when it is not the current one). */
export function formatDay(date: Date, now?: Date, lang = "nl"): string {
  const p = localParts(date);
  const year = now && localParts(now).year !== p.year ? ` ${p.year}` : "";
  const days = DAY_SHORT[lang] ?? DAY_SHORT.nl;
  const months = MONTH_SHORT[lang] ?? MONTH_SHORT.nl;
  return `${days[p.weekday]} ${p.day} ${months[p.month - 1]}${year}`;
}

/** "vr 27 nov 09:00" when the moment has a time of day, else as formatDay. */
export function formatMoment(date: Date, now?: Date, lang = "nl"): string {
  const p = localParts(date);
  const time = p.hour || p.minute ? ` ${pad(p.hour)}:${pad(p.minute)}` : "";
  return `${formatDay(date, now, lang)}${time}`;
}

export function formatDateTime(date: Date): string {
  const p = localParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

export function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** "€ 2.500" for whole euros, "€ 1.250,50" otherwise (English: "€2,500", "€1,250.50"). */
export function formatMoney(cents: number | null | undefined, lang = "nl"): string {
  if (cents === null || cents === undefined) return "–";
  const digits = cents % 100 === 0 ? 0 : 2;
  const format = new Intl.NumberFormat(NUMBER_LOCALES[lang] ?? NUMBER_LOCALES.nl, {
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return format.format(cents / 100).replace(/\u00a0/g, " ");
}

export function formatNumber(n: number | null | undefined, lang = "nl"): string {
  return n === null || n === undefined ? "–" : new Intl.NumberFormat(NUMBER_LOCALES[lang] ?? NUMBER_LOCALES.nl).format(n);
}

/** Names joined the reader's way: "Sanne, Ahmed en Joke" / "Sanne, Ahmed and Joke". */
export function joinNames(names: readonly string[], lang = "nl"): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} ${AND[lang] ?? AND.nl} ${names[names.length - 1]}`;
}
