import type { Tx } from "../db.ts";
import { OPEN_STATUSES, type ActionStatus } from "../domain.ts";
import { toInstant } from "../time/amsterdam.ts";
import { isOverdue } from "../rules/deadlines.ts";
import { findYearActions, type YearAction } from "./find-year-actions.ts";
import { getProgressTimeline, type ProgressTimeline } from "./get-progress-timeline.ts";
import { listCheckIns } from "./list-check-ins.ts";
import type { Verdict } from "../check-in/check-in-items.ts";

export interface ReportAction {
  id: string;
  title: string;
  goalTitle: string | null;
  status: string;
  overdue: boolean;
  reachIntended: number | null;
  reachReached: number | null;
  budgetPlannedCents: number | null;
  budgetSpentCents: number | null;
  /** The newest progress note: what the action achieved so far ("Resultaat"). */
  lastUpdate: { text: string; at: Date } | null;
  carriedTo: number | null;
}

/** Counts, reach and money of a set of actions. */
export interface ReportFigures {
  total: number;
  /** Under way at some point: has a start date, or is in progress or done. */
  started: number;
  byStatus: Record<ActionStatus, number>;
  overdue: number;
  reachIntended: number;
  reachReached: number;
  budgetPlannedCents: number;
  budgetSpentCents: number;
}

export interface ReportPillar {
  /** Null for the actions without a pillar. */
  id: string | null;
  name: string | null;
  goals: { title: string; intendedReach: number | null; reached: number }[];
  actions: ReportAction[];
  figures: ReportFigures;
}

/** Everything the yearly monitor shows of one wijk and plan year, gathered in a fixed number of queries. */
export interface MonitorReport {
  wijk: { id: string; name: string; overviewToken: string };
  year: number;
  madeAt: Date;
  figures: ReportFigures;
  pillars: ReportPillar[];
  decisions: { text: string; at: Date }[];
  /** Open actions of the year carried into a later one (`/jaarplan <jaar> meenemen`). */
  carried: { title: string; pillarName: string | null; status: string; toYear: number }[];
  /** Actions of the year still planned or in progress and not carried yet. */
  stillOpen: { title: string; pillarName: string | null; status: string }[];
  checkIn: {
    sent: number;
    answered: number;
    verdicts: Record<Verdict, number>;
    /** Per action its owner's verdict, without the owner's name (the report goes beyond the wijk). */
    items: { title: string; verdict: Verdict | null }[];
  };
  timeline: ProgressTimeline;
}

/**
 * Gathers the monitor of plan year `year` (seed 000's "Monitor", seed 004's appendices):
 * the year's actions per pillar with their goals, last update, reach and budget; the
 * stuurgroep's decisions of that calendar year (Europe/Amsterdam); what went on to the next
 * year; the mid-year check; the month-by-month progress. Statuses and figures are as they
 * stand at `now`.
 */
export async function getMonitorReport(tx: Tx, input: { wijkId: string; year: number; now: Date }): Promise<MonitorReport> {
  const { wijkId, year, now } = input;
  const actions = await findYearActions(tx, { wijkId, year });
  const ids = actions.map((a) => a.id);
  const from = toInstant({ year, month: 1, day: 1 });
  const until = toInstant({ year: year + 1, month: 1, day: 1 });
  const [wijk, pillars, goals, notes, decisions, checkIns, timeline] = await Promise.all([
    tx.wijk.findUniqueOrThrow({ where: { id: wijkId }, select: { id: true, name: true, overviewToken: true } }),
    tx.pillar.findMany({ where: { wijkId }, orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    tx.goal.findMany({ where: { wijkId }, orderBy: [{ position: "asc" }, { title: "asc" }], select: { id: true, title: true, pillarId: true, intendedReach: true } }),
    tx.progressNote.findMany({
      where: { actionId: { in: ids }, removedAt: null },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { actionId: true, text: true, createdAt: true },
    }),
    tx.decision.findMany({ where: { wijkId, createdAt: { gte: from, lt: until } }, orderBy: { createdAt: "asc" }, select: { text: true, createdAt: true } }),
    listCheckIns(tx, { wijkId, year }),
    getProgressTimeline(tx, { wijkId, year, now, actions }),
  ]);

  const lastNote = new Map<string, { text: string; at: Date }>();
  for (const n of notes) if (!lastNote.has(n.actionId)) lastNote.set(n.actionId, { text: n.text, at: n.createdAt });
  const goalById = new Map(goals.map((g) => [g.id, g]));
  const pillarName = new Map(pillars.map((p) => [p.id, p.name]));
  const toReport = (a: YearAction): ReportAction => ({
    id: a.id,
    title: a.title,
    goalTitle: a.goalId ? (goalById.get(a.goalId)?.title ?? null) : null,
    status: a.status,
    overdue: isOverdue(a, now),
    reachIntended: a.reachIntended,
    reachReached: a.reachReached,
    budgetPlannedCents: a.budgetPlannedCents,
    budgetSpentCents: a.budgetSpentCents,
    lastUpdate: lastNote.get(a.id) ?? null,
    carriedTo: a.carriedTo,
  });
  const ordered = [...actions].sort(
    (a, b) => (goalPosition(goals, a.goalId) - goalPosition(goals, b.goalId)) || a.title.localeCompare(b.title, "nl"),
  );
  const groups: ReportPillar[] = pillars.map((p) => {
    const own = ordered.filter((a) => a.pillarId === p.id);
    return {
      id: p.id,
      name: p.name,
      goals: goals
        .filter((g) => g.pillarId === p.id)
        .map((g) => {
          const ofGoal = own.filter((a) => a.goalId === g.id);
          // A goal without its own target is measured against its actions' targets, as on the Pijlers page.
          return { title: g.title, intendedReach: g.intendedReach ?? (sum(ofGoal.map((a) => a.reachIntended)) || null), reached: sum(ofGoal.map((a) => a.reachReached)) };
        }),
      actions: own.map(toReport),
      figures: figuresOf(own, now),
    };
  });
  const loose = ordered.filter((a) => !a.pillarId || !pillarName.has(a.pillarId));
  if (loose.length) groups.push({ id: null, name: null, goals: [], actions: loose.map(toReport), figures: figuresOf(loose, now) });

  const verdicts: Record<Verdict, number> = { "op-koers": 0, "loopt-achter": 0, stoppen: 0 };
  const items: MonitorReport["checkIn"]["items"] = [];
  for (const c of checkIns) {
    for (const item of c.items) {
      if (item.verdict) verdicts[item.verdict]++;
      items.push({ title: item.title, verdict: item.verdict });
    }
  }
  const nameOfPillar = (a: YearAction) => (a.pillarId ? (pillarName.get(a.pillarId) ?? null) : null);
  return {
    wijk,
    year,
    madeAt: now,
    figures: figuresOf(actions, now),
    pillars: groups,
    decisions: decisions.map((d) => ({ text: d.text, at: d.createdAt })),
    carried: ordered
      .filter((a) => a.carriedTo !== null)
      .map((a) => ({ title: a.title, pillarName: nameOfPillar(a), status: a.status, toYear: a.carriedTo! })),
    stillOpen: ordered
      .filter((a) => a.carriedTo === null && OPEN_STATUSES.includes(a.status as ActionStatus))
      .map((a) => ({ title: a.title, pillarName: nameOfPillar(a), status: a.status })),
    checkIn: { sent: checkIns.length, answered: checkIns.filter((c) => c.answeredAt).length, verdicts, items },
    timeline,
  };
}

function figuresOf(actions: readonly YearAction[], now: Date): ReportFigures {
  const byStatus: Record<ActionStatus, number> = { gepland: 0, bezig: 0, klaar: 0, gestopt: 0, geparkeerd: 0 };
  for (const a of actions) if (a.status in byStatus) byStatus[a.status as ActionStatus]++;
  return {
    total: actions.length,
    started: actions.filter((a) => a.startDate !== null || a.status === "bezig" || a.status === "klaar").length,
    byStatus,
    overdue: actions.filter((a) => isOverdue(a, now)).length,
    reachIntended: sum(actions.map((a) => a.reachIntended)),
    reachReached: sum(actions.map((a) => a.reachReached)),
    budgetPlannedCents: sum(actions.map((a) => a.budgetPlannedCents)),
    budgetSpentCents: sum(actions.map((a) => a.budgetSpentCents)),
  };
}

function goalPosition(goals: readonly { id: string }[], goalId: string | null): number {
  const i = goalId ? goals.findIndex((g) => g.id === goalId) : -1;
  return i === -1 ? Number.MAX_SAFE_INTEGER : i;
}

function sum(values: readonly (number | null)[]): number {
  return values.reduce<number>((n, v) => n + (v ?? 0), 0);
}
