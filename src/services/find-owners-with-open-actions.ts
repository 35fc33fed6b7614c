import type { Db, Tx } from "../db.ts";
import { OPEN_STATUSES } from "../domain.ts";
import type { PersonRow } from "../db/rows.ts";

/** Owners (still here) of the open actions (of a plan year, when given), with those actions in deadline order. */
export async function findOwnersWithOpenActions(tx: Tx | Db, input: { wijkId: string; year?: number }) {
  const actions = await tx.action.findMany({
    where: {
      wijkId: input.wijkId,
      deletedAt: null,
      status: { in: [...OPEN_STATUSES] },
      ...(input.year === undefined ? {} : { OR: [{ planYear: input.year }, { planYear: null }] }),
    },
    include: { owners: { include: { person: true } } },
    orderBy: [{ deadline: "asc" }, { title: "asc" }],
  });
  const byOwner = new Map<string, { person: PersonRow; actions: typeof actions }>();
  for (const action of actions) {
    for (const { person } of action.owners) {
      if (person.leftAt) continue;
      const entry = byOwner.get(person.id) ?? { person, actions: [] };
      entry.actions.push(action);
      byOwner.set(person.id, entry);
    }
  }
  return byOwner;
}
