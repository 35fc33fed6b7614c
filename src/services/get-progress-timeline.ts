import type { Tx } from "../db.ts";
import { localParts, toInstant } from "../time/amsterdam.ts";
import { findYearActions, type YearAction } from "./find-year-actions.ts";

/** One month of the plan year. Counts are null for months that have not begun yet. */
export interface MonthProgress {
  /** 1–12. */
  month: number;
  /** Actions of the year finished in this month. */
  finished: number | null;
  /** Actions of the year finished by the end of this month (the burn-up line). */
  finishedSoFar: number | null;
  /** Actions of the year that existed by the end of this month (the scope line). */
  scope: number | null;
  /** Progress notes written on the year's actions in this month. */
  notes: number | null;
  /** Changes made to the year's actions in this month (one per command, not per field). */
  changes: number | null;
}

export interface ProgressTimeline {
  year: number;
  months: MonthProgress[];
  /** The last month with counts (0 when the year has not begun). */
  lastMonth: number;
  total: number;
  finished: number;
}

/**
 * Per month of the plan year, Europe/Amsterdam: actions finished (a burn-up against the
 * total) and how alive the wijk is (progress notes and changes). An action counts as
 * finished in the month of its last change to "klaar" that was not undone; an action made
 * "klaar" before wijkbot kept history (imported, demo) counts in the month of its last activity.
 */
export async function getProgressTimeline(tx: Tx, input: { wijkId: string; year: number; now: Date; actions?: YearAction[] }): Promise<ProgressTimeline> {
  const { wijkId, year, now } = input;
  const actions = input.actions ?? (await findYearActions(tx, { wijkId, year }));
  const ids = actions.map((a) => a.id);
  const from = toInstant({ year, month: 1, day: 1 });
  const until = toInstant({ year: year + 1, month: 1, day: 1 });
  const [statusRows, notes, changes] = await Promise.all([
    tx.historyEntry.findMany({
      where: { actionId: { in: ids }, field: "status", toValue: "klaar", undoneAt: null },
      orderBy: { createdAt: "asc" },
      select: { actionId: true, createdAt: true },
    }),
    tx.progressNote.findMany({ where: { actionId: { in: ids }, removedAt: null, createdAt: { gte: from, lt: until } }, select: { createdAt: true } }),
    tx.historyEntry.findMany({
      where: { actionId: { in: ids }, undoneAt: null, createdAt: { gte: from, lt: until } },
      distinct: ["batchId"],
      select: { createdAt: true },
    }),
  ]);
  const finishedAt = new Map<string, Date>();
  for (const row of statusRows) if (row.actionId) finishedAt.set(row.actionId, row.createdAt);

  const today = localParts(now);
  const lastMonth = today.year > year ? 12 : today.year < year ? 0 : today.month;
  const monthOf = (date: Date): number | null => {
    const p = localParts(date);
    return p.year === year ? p.month : p.year < year ? 0 : null;
  };
  const finishedIn = new Array<number>(13).fill(0);
  const createdIn = new Array<number>(13).fill(0);
  const notesIn = new Array<number>(13).fill(0);
  const changesIn = new Array<number>(13).fill(0);
  let finished = 0;
  for (const a of actions) {
    const created = monthOf(a.createdAt);
    if (created !== null) createdIn[created]++;
    if (a.status !== "klaar") continue;
    const month = monthOf(finishedAt.get(a.id) ?? a.lastActivityAt);
    if (month === null) continue;
    finishedIn[month]++;
    finished++;
  }
  for (const n of notes) notesIn[localParts(n.createdAt).month]++;
  for (const c of changes) changesIn[localParts(c.createdAt).month]++;

  const months: MonthProgress[] = [];
  let finishedSoFar = finishedIn[0];
  let scope = createdIn[0];
  for (let month = 1; month <= 12; month++) {
    finishedSoFar += finishedIn[month];
    scope += createdIn[month];
    const begun = month <= lastMonth;
    months.push({
      month,
      finished: begun ? finishedIn[month] : null,
      finishedSoFar: begun ? finishedSoFar : null,
      scope: begun ? scope : null,
      notes: begun ? notesIn[month] : null,
      changes: begun ? changesIn[month] : null,
    });
  }
  return { year, months, lastMonth, total: actions.length, finished };
}
