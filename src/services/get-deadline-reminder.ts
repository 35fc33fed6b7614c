import type { Tx } from "../db.ts";
import { rawSql, textList } from "../db-lists.ts";
import { OPEN_STATUSES, type ActionStatus } from "../domain.ts";
import { compareCivil, localParts, type CivilDate } from "../time/amsterdam.ts";

const DAY_MS = 24 * 60 * 60_000;

export type DeadlineReminderInput = { actionId: string; now: Date; expectedDeadline?: string | null };
type ReminderAction = { title: string; shortName: string | null; status: string; deadline: Date | null; deletedAt: Date | null; pillar: { name: string } | null };

/** What a deadline reminder says, as data (src/render/deadline-reminder.ts writes it). */
export interface DeadlineReminder {
  title: string;
  pillarName: string | null;
  /** The name the one-tap answers and hints use (short name, else the title). */
  name: string;
  deadline: Date;
  /** Days from today to the deadline (Amsterdam calendar days; negative when overdue). */
  days: number;
}

/** What the one-tap answers under a deadline reminder need: the action by id and its names. */
export interface DeadlineReminderAnswers {
  actionId: string;
  title: string;
  pillarName: string | null;
  name: string;
}

/**
 * The deadline reminder as things stand now, or null when it has become pointless: the action
 * is done, stopped, parked, deleted, or its deadline moved (`expectedDeadline` is the deadline
 * the reminder was planned for).
 */
export async function getDeadlineReminder(tx: Tx, input: DeadlineReminderInput): Promise<DeadlineReminder | null> {
  const action = await tx.action.findUnique({ where: { id: input.actionId }, include: { pillar: { select: { name: true } } } });
  return reminderData(action, input);
}

/**
 * getDeadlineReminder for many reminders at once (the scheduler's due batch): the actions in
 * one query, their ids as one parameter (Prisma's IN lists cost ~10 µs per id and needed
 * chunks of 500).
 */
export async function getDeadlineReminders(tx: Tx, inputs: readonly DeadlineReminderInput[]): Promise<(DeadlineReminder | null)[]> {
  const ids = [...new Set(inputs.map((i) => i.actionId))];
  const sql = rawSql(tx);
  const rows = ids.length
    ? await sql.all<Omit<ReminderAction, "pillar"> & { id: string; pillarName: string | null }>(
        `SELECT a."id", a."title", a."shortName", a."status", a."deadline", a."deletedAt", p."name" AS "pillarName"
        FROM "Action" a LEFT JOIN "Pillar" p ON p."id" = a."pillarId" WHERE a."id" IN ${textList(sql)}`,
        [JSON.stringify(ids)],
      )
    : [];
  // Each action once: its deadline as a Date and as the ISO text a reminder's expected deadline is compared with.
  const actions = new Map<string, ReminderAction & { deadlineIso: string | null }>();
  for (const row of rows) {
    const deadline = row.deadline && new Date(row.deadline);
    actions.set(row.id, {
      title: row.title,
      shortName: row.shortName,
      status: row.status,
      deadline,
      deletedAt: row.deletedAt && new Date(row.deletedAt),
      pillar: row.pillarName === null ? null : { name: row.pillarName },
      deadlineIso: deadline && deadline.toISOString(),
    });
  }
  // Most reminders of a batch share today and many share a deadline: each moment's calendar day is worked out once.
  const days = new Map<number, CivilDate>();
  const civilDay = (date: Date) => {
    let day = days.get(date.getTime());
    if (!day) days.set(date.getTime(), (day = civil(date)));
    return day;
  };
  return inputs.map((input) => {
    const action = actions.get(input.actionId);
    return reminderData(action, input, civilDay, action?.deadlineIso);
  });
}

/** The action behind the one-tap answers, or null when it has no open deadline. */
export async function getDeadlineReminderAnswers(tx: Tx, input: { actionId: string }): Promise<DeadlineReminderAnswers | null> {
  const action = await tx.action.findUnique({ where: { id: input.actionId }, include: { pillar: { select: { name: true } } } });
  if (!action || action.deletedAt || !action.deadline) return null;
  return { actionId: action.id, title: action.title, pillarName: action.pillar?.name ?? null, name: action.shortName ?? action.title };
}

function reminderData(
  action: ReminderAction | null | undefined,
  input: DeadlineReminderInput,
  civilDay: (date: Date) => CivilDate = civil,
  deadlineIso?: string | null,
): DeadlineReminder | null {
  if (!action || action.deletedAt || !action.deadline) return null;
  if (!OPEN_STATUSES.includes(action.status as ActionStatus)) return null;
  if (input.expectedDeadline && (deadlineIso ?? action.deadline.toISOString()) !== input.expectedDeadline) return null;
  return {
    title: action.title,
    pillarName: action.pillar?.name ?? null,
    name: action.shortName ?? action.title,
    deadline: action.deadline,
    days: daysBetween(civilDay(input.now), civilDay(action.deadline)),
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
