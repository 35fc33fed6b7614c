import type { Tx } from "../db.ts";
import { rawSql, textList } from "../db-lists.ts";
import { OPEN_STATUSES, type ActionStatus } from "../domain.ts";
import { compareCivil, localParts, type CivilDate } from "../time/amsterdam.ts";
import { formatDay } from "../render/format.ts";
import { translator } from "../i18n/index.ts";
import type { ScheduledAnswers } from "../scheduler/types.ts";
import type { Rerun } from "./errors.ts";

const DAY_MS = 24 * 60 * 60_000;

type ReminderInput = { actionId: string; now: Date; expectedDeadline?: string | null; lang?: string };
type ReminderAction = { title: string; shortName: string | null; status: string; deadline: Date | null; deletedAt: Date | null; pillar: { name: string } | null };

/**
 * The text of a deadline reminder as things stand now, or null when it has become
 * pointless: the action is done, stopped, parked, deleted, or its deadline moved
 * (`expectedDeadline` is the deadline the reminder was planned for).
 */
export async function buildDeadlineReminder(tx: Tx, input: ReminderInput): Promise<string | null> {
  const action = await tx.action.findUnique({ where: { id: input.actionId }, include: { pillar: { select: { name: true } } } });
  return reminderText(action, input);
}

/**
 * buildDeadlineReminder for many reminders at once (the scheduler's due batch): the actions in
 * one query, their ids as one parameter (Prisma's IN lists cost ~10 µs per id and needed
 * chunks of 500).
 */
export async function buildDeadlineReminders(tx: Tx, inputs: readonly ReminderInput[]): Promise<(string | null)[]> {
  const ids = [...new Set(inputs.map((i) => i.actionId))];
  const sql = rawSql(tx);
  const rows = ids.length
    ? await sql.all<Omit<ReminderAction, "pillar"> & { id: string; pillarName: string | null }>(
        `SELECT a."id", a."title", a."shortName", a."status", a."deadline", a."deletedAt", p."name" AS "pillarName"
        FROM "Action" a LEFT JOIN "Pillar" p ON p."id" = a."pillarId" WHERE a."id" IN ${textList(sql)}`,
        [JSON.stringify(ids)],
      )
    : [];
  const actions = new Map<string, ReminderAction>();
  for (const { id, pillarName, deadline, deletedAt, ...action } of rows) {
    actions.set(id, { ...action, deadline: deadline && new Date(deadline), deletedAt: deletedAt && new Date(deletedAt), pillar: pillarName === null ? null : { name: pillarName } });
  }
  return inputs.map((input) => reminderText(actions.get(input.actionId), input));
}

function reminderText(action: ReminderAction | null | undefined, input: ReminderInput): string | null {
  if (!action || action.deletedAt || !action.deadline) return null;
  if (!OPEN_STATUSES.includes(action.status as ActionStatus)) return null;
  if (input.expectedDeadline && action.deadline.toISOString() !== input.expectedDeadline) return null;
  const days = daysBetween(civil(input.now), civil(action.deadline));
  const label = `*${action.title}*${action.pillar ? ` (${action.pillar.name})` : ""}`;
  const t = translator(input.lang);
  const day = formatDay(action.deadline, input.now, input.lang);
  const name = action.shortName ?? action.title;
  let head: string;
  if (days > 1) head = t("deadline.inDays", { days, day, label });
  else if (days === 1) head = t("deadline.tomorrow", { day, label });
  else if (days === 0) head = t("deadline.today", { label });
  else head = t("deadline.overdue", { label, day, count: -days });
  return `${head}\n${t("deadline.hints", { name })}`;
}

/**
 * The one-tap answers under a deadline reminder: ✅ klaar · 🔧 bezig · ⏰ volgende week ·
 * 📅 nieuwe datum. Each is the command the owner could have typed, tied to this action by
 * id; "nieuwe datum" first asks for the date. Null when the action has no open deadline.
 */
export async function buildDeadlineReminderAnswers(tx: Tx, input: { actionId: string; lang?: string }): Promise<ScheduledAnswers | null> {
  const action = await tx.action.findUnique({ where: { id: input.actionId }, include: { pillar: { select: { name: true } } } });
  if (!action || action.deletedAt || !action.deadline) return null;
  const t = translator(input.lang);
  const name = action.shortName ?? action.title;
  const label = `*${action.title}*${action.pillar ? ` (${action.pillar.name})` : ""}`;
  const pick = { pickActionId: action.id };
  const options: { label: string; rerun: Rerun }[] = [
    { label: t("deadline.answerDone"), rerun: { text: `/actie klaar ${name}`, ...pick } },
    { label: t("deadline.answerBusy"), rerun: { text: `/actie bezig ${name}`, ...pick } },
    { label: t("deadline.answerNextWeek"), rerun: { text: `/snooze ${name} over 1 week`, ...pick } },
    {
      label: t("deadline.answerNewDate"),
      // "<naam>: <datum>": the colon says where the name ends, whatever date is typed after it.
      rerun: { text: `/actie deadline ${name}:`, ...pick, askValue: { key: "deadline.askDate", vars: { label }, command: "actie deadline" } },
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

function civil(date: Date): CivilDate {
  const p = localParts(date);
  return { year: p.year, month: p.month, day: p.day };
}

function daysBetween(from: CivilDate, to: CivilDate): number {
  const sign = compareCivil(to, from);
  if (sign === 0) return 0;
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / DAY_MS);
}
