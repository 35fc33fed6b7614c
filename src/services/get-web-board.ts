import type { Tx } from "../db.ts";
import { isDueWithin, isOverdue } from "../rules/deadlines.ts";
import { fold } from "../parse/text.ts";
import { supportedLanguages, translate } from "../i18n/index.ts";

/** Deadlines this close are marked "binnenkort" on the web board. */
export const DUE_SOON_DAYS = 14;

export interface OverviewAction {
  id: string;
  title: string;
  status: string;
  pillarId: string | null;
  pillarName: string | null;
  goalId: string | null;
  goalTitle: string | null;
  ageGroup: string | null;
  startDate: Date | null;
  deadline: Date | null;
  owners: { id: string; name: string; organisationId: string | null }[];
  partners: { id: string; name: string }[];
  reachIntended: number | null;
  reachReached: number | null;
  budgetPlannedCents: number | null;
  budgetSpentCents: number | null;
  lastActivityAt: Date;
  latestNote: { text: string; at: Date } | null;
  overdue: boolean;
  dueSoon: boolean;
}

export interface OverviewPillar {
  id: string;
  name: string;
  goals: { id: string; title: string; intendedReach: number | null }[];
}

/** Everything the web overview and the exports show of one wijk, read in a fixed number of queries. */
export interface WijkOverview {
  wijk: { id: string; name: string; planYear: number | null };
  pillars: OverviewPillar[];
  /** In pillar order, then deadline, then title. */
  actions: OverviewAction[];
  people: { id: string; name: string }[];
  organisations: { id: string; name: string }[];
}

export interface BoardFilter {
  /** Pillar name, or the words for "no pillar" in any language ("Zonder pijler", "No pillar"). */
  pijler?: string;
  doelgroep?: string;
  /** Person id of an owner. */
  eigenaar?: string;
  /** Organisation id: an owner's organisation or a partner. */
  organisatie?: string;
}

/**
 * Whether a pillar filter asks for the actions without a pillar: "Zonder pijler" on a Dutch
 * page, "No pillar" on an English one. Every language's words are accepted, so a filtered
 * link still works when the reader switches language or shares it.
 */
export function meansNoPillar(filter: string): boolean {
  const folded = fold(filter);
  return supportedLanguages().some((lang) => fold(translate(lang, "board.noPillar")) === folded);
}

/**
 * Reads the wijk's overview. Relations are loaded per table (never per action), so the
 * number of queries does not grow with the number of actions.
 */
export async function getWijkOverview(tx: Tx, input: { wijkId: string; now: Date }): Promise<WijkOverview> {
  const { wijkId, now } = input;
  const [wijk, pillars, goals, actions, owners, partners, notes, people, organisations] = await Promise.all([
    tx.wijk.findUniqueOrThrow({ where: { id: wijkId }, select: { id: true, name: true, planYear: true } }),
    tx.pillar.findMany({ where: { wijkId }, orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    tx.goal.findMany({ where: { wijkId }, orderBy: [{ position: "asc" }, { title: "asc" }], select: { id: true, title: true, pillarId: true, intendedReach: true } }),
    tx.action.findMany({
      where: { wijkId, deletedAt: null },
      select: {
        id: true, title: true, status: true, pillarId: true, goalId: true, ageGroup: true, startDate: true, deadline: true,
        reachIntended: true, reachReached: true, budgetPlannedCents: true, budgetSpentCents: true, lastActivityAt: true,
      },
    }),
    tx.actionOwner.findMany({ where: { action: { wijkId, deletedAt: null } }, select: { actionId: true, personId: true } }),
    tx.actionPartner.findMany({ where: { action: { wijkId, deletedAt: null } }, select: { actionId: true, organisationId: true } }),
    tx.progressNote.findMany({
      where: { removedAt: null, action: { wijkId, deletedAt: null } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { actionId: true, text: true, createdAt: true },
    }),
    tx.person.findMany({ where: { wijkId }, select: { id: true, displayName: true, organisationId: true, leftAt: true } }),
    tx.organisation.findMany({ where: { wijkId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);

  const pillarById = new Map(pillars.map((p, i) => [p.id, { ...p, position: i }]));
  const goalById = new Map(goals.map((g) => [g.id, g]));
  const personById = new Map(people.map((p) => [p.id, p]));
  const orgById = new Map(organisations.map((o) => [o.id, o]));
  const ownersOf = groupBy(owners, (o) => o.actionId);
  const partnersOf = groupBy(partners, (p) => p.actionId);
  const latestNote = new Map<string, { text: string; at: Date }>();
  for (const note of notes) if (!latestNote.has(note.actionId)) latestNote.set(note.actionId, { text: note.text, at: note.createdAt });

  // Deadlines repeat (most are a calendar day): judge each distinct one once, it is the costly part.
  const judged = new Map<string, { overdue: boolean; dueSoon: boolean }>();
  const deadlineState = (a: { status: string; deadline: Date | null }) => {
    const key = `${a.status}|${a.deadline?.getTime()}`;
    let state = judged.get(key);
    if (!state) judged.set(key, (state = { overdue: isOverdue(a, now), dueSoon: isDueWithin(a, now, DUE_SOON_DAYS) }));
    return state;
  };
  const items: OverviewAction[] = actions.map((a) => ({
    id: a.id,
    title: a.title,
    status: a.status,
    pillarId: a.pillarId,
    pillarName: a.pillarId ? (pillarById.get(a.pillarId)?.name ?? null) : null,
    goalId: a.goalId,
    goalTitle: a.goalId ? (goalById.get(a.goalId)?.title ?? null) : null,
    ageGroup: a.ageGroup,
    startDate: a.startDate,
    deadline: a.deadline,
    owners: (ownersOf.get(a.id) ?? [])
      .map((o) => personById.get(o.personId))
      .filter((p) => p !== undefined)
      .map((p) => ({ id: p.id, name: p.displayName, organisationId: p.organisationId }))
      .sort((x, y) => x.name.localeCompare(y.name, "nl")),
    partners: (partnersOf.get(a.id) ?? [])
      .map((p) => orgById.get(p.organisationId))
      .filter((o) => o !== undefined)
      .sort((x, y) => x.name.localeCompare(y.name, "nl")),
    reachIntended: a.reachIntended,
    reachReached: a.reachReached,
    budgetPlannedCents: a.budgetPlannedCents,
    budgetSpentCents: a.budgetSpentCents,
    lastActivityAt: a.lastActivityAt,
    latestNote: latestNote.get(a.id) ?? null,
    ...deadlineState(a),
  }));
  const position = (a: OverviewAction) => (a.pillarId ? (pillarById.get(a.pillarId)?.position ?? Infinity) : Infinity);
  items.sort(
    (a, b) =>
      position(a) - position(b) ||
      (a.deadline?.getTime() ?? Infinity) - (b.deadline?.getTime() ?? Infinity) ||
      a.title.localeCompare(b.title, "nl"),
  );

  return {
    wijk,
    pillars: pillars.map((p) => ({ id: p.id, name: p.name, goals: goals.filter((g) => g.pillarId === p.id) })),
    actions: items,
    people: people.filter((p) => !p.leftAt).map((p) => ({ id: p.id, name: p.displayName })).sort((a, b) => a.name.localeCompare(b.name, "nl")),
    organisations,
  };
}

/** The actions that match every given filter (empty filters match all). */
export function filterActions(overview: WijkOverview, filter: BoardFilter): OverviewAction[] {
  const pillar = filter.pijler ? fold(filter.pijler) : "";
  const noPillar = filter.pijler ? meansNoPillar(filter.pijler) : false;
  return overview.actions.filter((a) => {
    if (pillar && (a.pillarName === null ? !noPillar : fold(a.pillarName) !== pillar)) return false;
    if (filter.doelgroep && a.ageGroup !== filter.doelgroep) return false;
    if (filter.eigenaar && !a.owners.some((o) => o.id === filter.eigenaar)) return false;
    if (filter.organisatie && !a.partners.some((p) => p.id === filter.organisatie) && !a.owners.some((o) => o.organisationId === filter.organisatie)) {
      return false;
    }
    return true;
  });
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}
