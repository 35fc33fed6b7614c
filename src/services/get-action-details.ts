import type { Tx } from "../db.ts";
import { decodeIdSet } from "../db/action-fields.ts";

/** An action with everything its info page shows, and lookups to name the ids in its history. */
export async function getActionDetails(tx: Tx, input: { wijkId: string; actionId: string; historyLimit?: number }) {
  const action = await tx.action.findFirstOrThrow({
    where: { id: input.actionId, wijkId: input.wijkId },
    include: {
      pillar: true,
      goal: true,
      owners: { include: { person: { select: { displayName: true } } } },
      partners: { include: { organisation: { select: { name: true } } } },
      notes: { where: { removedAt: null }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], include: { person: { select: { displayName: true } } } },
      history: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: input.historyLimit ? input.historyLimit + 8 : undefined,
        include: { person: { select: { displayName: true } } },
      },
    },
  });
  // A creation is one event ("aangemaakt"), not a row per initial field.
  const creationBatches = new Set(action.history.filter((h) => h.field === "created").map((h) => h.batchId));
  action.history = action.history.filter((h) => h.field === "created" || !creationBatches.has(h.batchId));
  if (input.historyLimit) action.history = action.history.slice(0, input.historyLimit);
  const personIds = new Set<string>();
  const orgIds = new Set<string>();
  const pillarIds = new Set<string>();
  const noteIds = new Set<string>();
  for (const h of action.history) {
    for (const v of [h.fromValue, h.toValue]) {
      if (h.field === "owners") decodeIdSet(v).forEach((id) => personIds.add(id));
      if (h.field === "partners") decodeIdSet(v).forEach((id) => orgIds.add(id));
      if (h.field === "pillar" && v) pillarIds.add(v);
      if (h.field === "note" && v) noteIds.add(v);
    }
  }
  const [people, orgs, pillars, notes] = await Promise.all([
    tx.person.findMany({ where: { id: { in: [...personIds] } }, select: { id: true, displayName: true } }),
    tx.organisation.findMany({ where: { id: { in: [...orgIds] } }, select: { id: true, name: true } }),
    tx.pillar.findMany({ where: { id: { in: [...pillarIds] } }, select: { id: true, name: true } }),
    tx.progressNote.findMany({ where: { id: { in: [...noteIds] } }, select: { id: true, text: true } }),
  ]);
  const names = new Map<string, string>([
    ...people.map((p) => [p.id, p.displayName] as const),
    ...orgs.map((o) => [o.id, o.name] as const),
    ...pillars.map((p) => [p.id, p.name] as const),
    ...notes.map((n) => [n.id, n.text] as const),
  ]);
  return { action, names };
}

export type ActionDetails = Awaited<ReturnType<typeof getActionDetails>>;
