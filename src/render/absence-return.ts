import { translator } from "../i18n/index.ts";
import { formatDay, formatMoment } from "./format.ts";
import type { AbsenceReturn } from "../services/get-absence-return.ts";

/** "👋 Welkom terug!" with the actions due (overdue ones marked) and the reminders held while away. */
export function renderAbsenceReturn(data: AbsenceReturn, lang: string | undefined, now: Date): string {
  const t = translator(lang);
  const lines = [t("absence.returnTitle")];
  for (const a of data.actions) {
    lines.push(t(a.overdue ? "absence.returnOverdue" : "absence.returnDue", { title: a.title, day: formatDay(a.deadline, now, lang) }));
  }
  if (data.reminders.length) {
    lines.push(t("absence.returnReminders"));
    for (const r of data.reminders) lines.push(t("absence.returnReminder", { text: r.text, day: formatMoment(r.at, now, lang) }));
  }
  return lines.join("\n");
}
