import type { Tx } from "../db.ts";

/** What replies name an action by, as data (src/render/action-description.ts writes the words). */
export interface ActionNaming {
  title: string;
  pillarName: string | null;
  ownerNames: string[];
}

/** An action's title, pillar name and owners' names. */
export async function getActionNaming(tx: Tx, actionId: string): Promise<ActionNaming> {
  const action = await tx.action.findUniqueOrThrow({
    where: { id: actionId },
    include: { pillar: { select: { name: true } }, owners: { include: { person: { select: { displayName: true } } } } },
  });
  return { title: action.title, pillarName: action.pillar?.name ?? null, ownerNames: action.owners.map((o) => o.person.displayName) };
}
