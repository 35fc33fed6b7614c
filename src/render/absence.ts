import { localParts } from "../time/amsterdam.ts";
import { calendarWords, translate, translator } from "../i18n/index.ts";
import type { AbsenceListing } from "../services/list-absences.ts";

/** "15 mrt" (with the year when it is not the current one): an absence's last day, short. */
export function absenceDay(lastDay: Date, now: Date, lang = "nl"): string {
  const p = localParts(lastDay);
  const year = localParts(now).year !== p.year ? ` ${p.year}` : "";
  return `${p.day} ${calendarWords(lang, "calendar.monthsShort")[p.month - 1]}${year}`;
}

/** "afwezig t/m 15 mrt (vervanger: Tom)", or without the stand-in when there is none. */
export function absenceLabel(absence: Pick<AbsenceListing, "lastDay" | "standInName">, now: Date, lang = "nl"): string {
  const day = absenceDay(absence.lastDay, now, lang);
  return absence.standInName ? translate(lang, "absence.labelStandIn", { day, name: absence.standInName }) : translate(lang, "absence.label", { day });
}

/** The line above a reminder that goes to a stand-in: "🤝 Voor Ahmed (afwezig t/m 15 mrt); jij bent vervanger." `name` null: the person is gone. */
export function onBehalfText(absent: { name: string | null; lastDay: Date }, now: Date, lang?: string): string {
  return translator(lang)("absence.onBehalf", { name: absent.name ?? "?", day: absenceDay(absent.lastDay, now, lang) });
}
