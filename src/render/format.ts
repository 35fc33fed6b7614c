import { isoMinuteOf, localParts } from "../time/amsterdam.ts";
import { calendarWords, translate } from "../i18n/index.ts";

function locale(lang: string): string {
  const tag = translate(lang, "language.locale");
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag]).length ? tag : "nl-NL";
  } catch {
    return "nl-NL";
  }
}

/** Number formats are costly to make and the catalogues do not change while running: one per language and kind. */
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: string, kind: "number" | "euros" | "cents"): Intl.NumberFormat {
  const key = `${lang}:${kind}`;
  let format = numberFormats.get(key);
  if (!format) {
    const digits = kind === "cents" ? 2 : 0;
    format = new Intl.NumberFormat(
      locale(lang),
      kind === "number" ? {} : { style: "currency", currency: "EUR", minimumFractionDigits: digits, maximumFractionDigits: digits },
    );
    numberFormats.set(key, format);
  }
  return format;
}

/** "vr 27 nov" / "Fri 27 Nov" (year added when it is not the current one). */
export function formatDay(date: Date, now?: Date, lang = "nl"): string {
  const p = localParts(date);
  const year = now && localParts(now).year !== p.year ? ` ${p.year}` : "";
  return `${calendarWords(lang, "calendar.daysShort")[p.weekday]} ${p.day} ${calendarWords(lang, "calendar.monthsShort")[p.month - 1]}${year}`;
}

/** "vr 27 nov 09:00" when the moment has a time of day, else as formatDay. */
export function formatMoment(date: Date, now?: Date, lang = "nl"): string {
  const p = localParts(date);
  const time = p.hour || p.minute ? ` ${pad(p.hour)}:${pad(p.minute)}` : "";
  return `${formatDay(date, now, lang)}${time}`;
}

export function formatDateTime(date: Date): string {
  return isoMinuteOf(date);
}

export function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** "€ 2.500" for whole euros, "€ 1.250,50" otherwise (English: "€2,500", "€1,250.50"). */
export function formatMoney(cents: number | null | undefined, lang = "nl"): string {
  if (cents === null || cents === undefined) return "–";
  return numberFormat(lang, cents % 100 === 0 ? "euros" : "cents")
    .format(cents / 100)
    .replace(/\u00a0/g, " ");
}

export function formatNumber(n: number | null | undefined, lang = "nl"): string {
  return n === null || n === undefined ? "–" : numberFormat(lang, "number").format(n);
}

/** Names joined the reader's way: "Sanne, Ahmed en Joke" / "Sanne, Ahmed and Joke". */
export function joinNames(names: readonly string[], lang = "nl"): string {
  if (names.length <= 1) return names[0] ?? "";
  return translate(lang, "core.namesAnd", { first: names.slice(0, -1).join(", "), last: names[names.length - 1] });
}
