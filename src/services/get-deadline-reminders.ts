import type { Tx } from "../db.ts";
import { rawSql, textList } from "../db-lists.ts";
import type { CivilDate } from "../time/amsterdam.ts";
import { civilDayOf, deadlineReminderFor, type DeadlineReminder, type DeadlineReminderInput, type ReminderAction } from "../rules/deadline-reminder.ts";

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
    if (!day) days.set(date.getTime(), (day = civilDayOf(date)));
    return day;
  };
  return inputs.map((input) => {
    const action = actions.get(input.actionId);
    return deadlineReminderFor(action, input, civilDay, action?.deadlineIso);
  });
}
