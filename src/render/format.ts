import { localParts } from "../parse/dates.ts";

const DAY_SHORT = ["zo", "ma", "di", "wo", "do", "vr", "za"];
const MONTH_SHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

/** "vr 27 nov" (year added when it is not the current one). */
export function formatDay(date: Date, now?: Date): string {
  const p = localParts(date);
  const year = now && localParts(now).year !== p.year ? ` ${p.year}` : "";
  return `${DAY_SHORT[p.weekday]} ${p.day} ${MONTH_SHORT[p.month - 1]}${year}`;
}

/** "vr 27 nov 09:00" when the moment has a time of day, else as formatDay. */
export function formatMoment(date: Date, now?: Date): string {
  const p = localParts(date);
  const time = p.hour || p.minute ? ` ${pad(p.hour)}:${pad(p.minute)}` : "";
  return `${formatDay(date, now)}${time}`;
}

export function formatDateTime(date: Date): string {
  const p = localParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

export function pad(n: number): string {
  return String(n).padStart(2, "0");
}

const wholeEuros = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR", minimumFractionDigits: 0, maximumFractionDigits: 0 });
const euros = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR", minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "€ 2.500" for whole euros, "€ 1.250,50" otherwise. */
export function formatMoney(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return "–";
  const format = cents % 100 === 0 ? wholeEuros : euros;
  return format.format(cents / 100).replace(/\u00a0/g, " ");
}

export function formatNumber(n: number | null | undefined): string {
  return n === null || n === undefined ? "–" : new Intl.NumberFormat("nl-NL").format(n);
}

/** Names joined the Dutch way: "Sanne, Ahmed en Joke". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} en ${names[names.length - 1]}`;
}
