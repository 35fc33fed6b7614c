import type { Tx } from "../db.ts";
import { OPEN_STATUSES } from "../domain.ts";
import { isOverdue } from "../rules/deadlines.ts";

export type ActionFilter =
  | { kind: "all" }
  | { kind: "mine"; personId: string }
  | { kind: "open" }
  | { kind: "overdue" }
  /** Finished ("klaar"), most recently finished first within a pillar as everywhere: by deadline. */
  | { kind: "done" }
  | { kind: "pillar"; pillarId: string };

export interface ActionListItem {
  id: string;
  title: string;
  status: string;
  deadline: Date | null;
  pillarId: string | null;
  pillarName: string | null;
  pillarPosition: number;
  ownerNames: string[];
  ownerIds: string[];
  overdue: boolean;
  lastActivityAt: Date;
}

/** Actions of one wijk (never another), filtered, in pillar order then deadline. */
export async function listActions(tx: Tx, input: { wijkId: string; filter: ActionFilter; now: Date }): Promise<ActionListItem[]> {
  const f = input.filter;
  const rows = await tx.action.findMany({
    where: {
      wijkId: input.wijkId,
      deletedAt: null,
      ...(f.kind === "mine" ? { owners: { some: { personId: f.personId } } } : {}),
      ...(f.kind === "open" || f.kind === "overdue" || f.kind === "mine" ? { status: { in: [...OPEN_STATUSES] } } : {}),
      ...(f.kind === "done" ? { status: "klaar" } : {}),
      ...(f.kind === "pillar" ? { pillarId: f.pillarId } : {}),
    },
    include: {
      pillar: { select: { name: true, position: true } },
      owners: { include: { person: { select: { displayName: true, leftAt: true } } } },
    },
  });
  const items = rows.map((a) => ({
    id: a.id,
    title: a.title,
    status: a.status,
    deadline: a.deadline,
    pillarId: a.pillarId,
    pillarName: a.pillar?.name ?? null,
    pillarPosition: a.pillar?.position ?? Number.MAX_SAFE_INTEGER,
    ownerNames: a.owners.map((o) => o.person.displayName),
    ownerIds: a.owners.map((o) => o.personId),
    overdue: isOverdue(a, input.now),
    lastActivityAt: a.lastActivityAt,
  }));
  const filtered = f.kind === "overdue" ? items.filter((i) => i.overdue) : items;
  return filtered.sort(
    (a, b) =>
      a.pillarPosition - b.pillarPosition ||
      (a.deadline?.getTime() ?? Infinity) - (b.deadline?.getTime() ?? Infinity) ||
      a.title.localeCompare(b.title, "nl"),
  );
}
