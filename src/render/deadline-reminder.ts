import { formatDay } from "./format.ts";
import type { Translate } from "../i18n/index.ts";
import type { ScheduledAnswers } from "../scheduler/types.ts";
import type { Rerun } from "../core/errors.ts";
import type { DeadlineReminder } from "../rules/deadline-reminder.ts";
import type { DeadlineReminderAnswers } from "../services/get-deadline-reminder-answers.ts";

function label(r: { title: string; pillarName: string | null }): string {
  return `*${r.title}*${r.pillarName ? ` (${r.pillarName})` : ""}`;
}

/** A deadline reminder's text: how far off the deadline is, then how to answer. */
export function renderDeadlineReminder(r: DeadlineReminder, t: Translate, now: Date, lang?: string): string {
  const day = formatDay(r.deadline, now, lang);
  let head: string;
  if (r.days > 1) head = t("deadline.inDays", { days: r.days, day, label: label(r) });
  else if (r.days === 1) head = t("deadline.tomorrow", { day, label: label(r) });
  else if (r.days === 0) head = t("deadline.today", { label: label(r) });
  else head = t("deadline.overdue", { label: label(r), day, count: -r.days });
  return `${head}\n${t("deadline.hints", { name: r.name })}`;
}

/**
 * The one-tap answers under a deadline reminder: ✅ klaar · 🔧 bezig · ⏰ volgende week ·
 * 📅 nieuwe datum. Each is the command the owner could have typed, tied to this action by
 * id; "nieuwe datum" first asks for the date.
 */
export function renderDeadlineReminderAnswers(a: DeadlineReminderAnswers, t: Translate): ScheduledAnswers {
  const { name } = a;
  const pick = { pickActionId: a.actionId };
  const action = { label: label(a) };
  const options: { label: string; rerun: Rerun }[] = [
    { label: t("deadline.answerDone"), rerun: { text: `/actie klaar ${name}`, ...pick } },
    { label: t("deadline.answerBusy"), rerun: { text: `/actie bezig ${name}`, ...pick } },
    { label: t("deadline.answerNextWeek"), rerun: { text: `/snooze ${name} over 1 week`, ...pick } },
    {
      label: t("deadline.answerNewDate"),
      // "<naam>: <datum>": the colon says where the name ends, whatever date is typed after it.
      rerun: { text: `/actie deadline ${name}:`, ...pick, askValue: { key: "deadline.askDate", vars: { label: action.label }, command: "actie deadline" } },
    },
  ];
  return {
    line: t("deadline.answers"),
    choices: options.map((o, i) => ({ label: o.label, answer: String(i + 1) })),
    payload: {
      kind: "choice",
      options: options.map((o) => o.rerun),
      labels: options.map((o) => o.label),
      // What the reminder shows once a button did its work: "✅ Klaar gezet door Ahmed".
      pressedKeys: ["deadline.pressedDone", "deadline.pressedBusy", "deadline.pressedNextWeek", "deadline.pressedNewDate"],
    },
  };
}
