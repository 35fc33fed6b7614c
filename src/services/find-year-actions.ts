import type { Tx } from "../db.ts";

/** An action that belongs to one plan year: planned for it, or carried from it to a later year. */
export interface YearAction {
  id: string;
  title: string;
  status: string;
  pillarId: string | null;
  goalId: string | null;
  deadline: Date | null;
  startDate: Date | null;
  reachIntended: number | null;
  reachReached: number | null;
  budgetPlannedCents: number | null;
  budgetSpentCents: number | null;
  createdAt: Date;
  lastActivityAt: Date;
  /** The year it was carried to (`/jaarplan <jaar> meenemen`), when it left this year open. */
  carriedTo: number | null;
}

/**
 * The actions of plan year `year`: those whose plan year it is, plus those carried from it
 * into a later year (their history says so), so a monitor still shows the work of the year
 * after the turn of the year. Two queries, whatever the number of actions.
 */
export async function findYearActions(tx: Tx, input: { wijkId: string; year: number }): Promise<YearAction[]> {
  const { wijkId, year } = input;
  const carried = await tx.historyEntry.findMany({
    where: { wijkId, field: "planYear", fromValue: String(year), undoneAt: null, action: { deletedAt: null } },
    orderBy: { createdAt: "asc" },
    select: { actionId: true, toValue: true },
  });
  const carriedTo = new Map<string, number>();
  for (const row of carried) if (row.actionId && row.toValue && Number(row.toValue) > year) carriedTo.set(row.actionId, Number(row.toValue));
  const actions = await tx.action.findMany({
    where: { wijkId, deletedAt: null, OR: [{ planYear: year }, { id: { in: [...carriedTo.keys()] } }] },
    select: {
      id: true, title: true, status: true, pillarId: true, goalId: true, deadline: true, startDate: true, reachIntended: true, reachReached: true,
      budgetPlannedCents: true, budgetSpentCents: true, createdAt: true, lastActivityAt: true, planYear: true,
    },
  });
  return actions.map(({ planYear, ...a }) => ({ ...a, carriedTo: planYear === year ? null : (carriedTo.get(a.id) ?? null) }));
}
