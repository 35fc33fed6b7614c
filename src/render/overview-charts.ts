import type { OverviewAction, WijkOverview } from "../services/get-web-board.ts";
import { budgetChart, reachChart, statusChart, type Chart, type ChartWords, type PillarStatusCounts, type ReachRow } from "./charts.ts";

/** The actions per pillar in the overview's order, with "no pillar" last when there are such actions. */
export function pillarGroups(overview: WijkOverview, noPillar: string): { id: string | null; name: string; actions: OverviewAction[] }[] {
  const loose = overview.actions.filter((a) => !a.pillarId);
  return [
    ...overview.pillars.map((p) => ({ id: p.id as string | null, name: p.name, actions: overview.actions.filter((a) => a.pillarId === p.id) })),
    ...(loose.length ? [{ id: null, name: noPillar, actions: loose }] : []),
  ];
}

/** Per pillar: how many actions have each status, and how many are overdue. */
export function statusCounts(name: string, actions: readonly { status: string; overdue: boolean }[]): PillarStatusCounts {
  const counts: Record<string, number> = {};
  for (const a of actions) counts[a.status] = (counts[a.status] ?? 0) + 1;
  return { name, counts, overdue: actions.filter((a) => a.overdue).length };
}

/** Board and Pijlers: per pillar a bar split by status, with the overdue count. */
export function overviewStatusChart(overview: WijkOverview, words: ChartWords): Chart {
  const groups = pillarGroups(overview, words.t("board.noPillar"));
  return statusChart("status", groups.map((g) => statusCounts(g.name, g.actions)), words);
}

/**
 * Reach per goal and per pillar. A goal's intended reach is the goal's own target when it
 * has one, else the sum of its actions' targets — as the Pijlers page tells it.
 */
export function overviewReachCharts(overview: WijkOverview, words: ChartWords): { byPillar: Chart; byGoal: Chart } {
  const { t } = words;
  const sum = (values: (number | null)[]) => values.reduce<number>((n, v) => n + (v ?? 0), 0);
  const goals: ReachRow[] = [];
  const pillars: ReachRow[] = [];
  for (const group of pillarGroups(overview, t("board.noPillar"))) {
    const pillar = overview.pillars.find((p) => p.id === group.id);
    let intended = 0;
    for (const goal of pillar?.goals ?? []) {
      const actions = group.actions.filter((a) => a.goalId === goal.id);
      const goalIntended = goal.intendedReach ?? sum(actions.map((a) => a.reachIntended));
      intended += goalIntended;
      goals.push({ label: goal.title, reached: sum(actions.map((a) => a.reachReached)), intended: goalIntended || null });
    }
    const withoutGoal = group.actions.filter((a) => !a.goalId || !pillar?.goals.some((g) => g.id === a.goalId));
    intended += sum(withoutGoal.map((a) => a.reachIntended));
    pillars.push({ label: group.name, reached: sum(group.actions.map((a) => a.reachReached)), intended: intended || null });
  }
  return { byPillar: reachChart("bereik-pijlers", pillars, words), byGoal: reachChart("bereik-doelen", goals, words) };
}

/** Financiën: planned against spent per pillar, and the total. */
export function overviewBudgetChart(overview: WijkOverview, words: ChartWords): Chart {
  const rows = pillarGroups(overview, words.t("board.noPillar")).map((g) => ({
    label: g.name,
    plannedCents: g.actions.reduce((n, a) => n + (a.budgetPlannedCents ?? 0), 0),
    spentCents: g.actions.reduce((n, a) => n + (a.budgetSpentCents ?? 0), 0),
  }));
  return budgetChart("begroting", rows, words);
}
