import type { Translate } from "../i18n/index.ts";
import { formatDay } from "./format.ts";
import type { CheckInList } from "../services/check-in-items.ts";

/** The numbered list of a mid-year check, with a deadline where given. */
export function renderCheckInItems(items: CheckInList["items"], t: Translate, lang: string, now: Date): string {
  return items.map((i) => t("checkin.item", { n: i.n, title: i.title, deadline: i.deadline ? ` (${formatDay(i.deadline, now, lang)})` : "" })).join("\n");
}

/** The mid-year check's direct message: the year, the numbered list and how to answer. */
export function renderCheckIn(check: CheckInList, t: Translate, lang: string, now: Date): string {
  return t("checkin.dm", { year: check.year, list: renderCheckInItems(check.items, t, lang, now), example: t("checkin.example") });
}

/** The one reminder of a mid-year check still open: what is unanswered and how to answer. */
export function renderCheckInReminder(check: CheckInList, t: Translate, lang: string, now: Date): string {
  return t("checkin.reminder", { year: check.year, list: renderCheckInItems(check.items, t, lang, now), example: t("checkin.example") });
}
