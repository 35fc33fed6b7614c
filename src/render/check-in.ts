import type { Translate } from "../i18n/index.ts";
import { formatDay } from "./format.ts";
import type { CheckInList } from "../check-in/check-in-items.ts";
import type { CheckInAnswerResult, CheckInSummary } from "../services/answer-check-in.ts";

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

/** The reply to /check: what was noted, then which numbers are still missing or that the check is complete. */
export function renderCheckInAnswer(result: Pick<CheckInAnswerResult, "noted" | "missing">, t: Translate): string {
  const noted = result.noted.map((a) => `${a.n}. ${a.title}: ${t(`verdict.${a.verdict}`)}`).join("; ");
  const lines = [t("checkin.noted", { list: noted })];
  lines.push(result.missing.length ? t("checkin.missing", { numbers: result.missing.join(", ") }) : t("checkin.complete"));
  return lines.join("\n");
}

/** The coördinator's summary of a finished check: who answered and each action's verdict. */
export function renderCheckInSummary(summary: CheckInSummary, t: Translate): string {
  const list = summary.items.map((i) => t("checkin.summaryLine", { title: i.title, verdict: t(`verdict.${i.verdict}`) })).join("\n");
  return t("checkin.summary", { name: summary.name, list });
}
