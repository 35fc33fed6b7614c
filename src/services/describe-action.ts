import type { Tx } from "../db.ts";
import { renderActionDescription, type ActionDescription } from "../render/action-description.ts";

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

export type { ActionDescription };

/**
 * Loads and renders in one call, for src/core/steps (act.ts, act-direct.ts), which are
 * being rebuilt in another change; commands use getActionNaming + renderActionDescription.
 */
export async function describeAction(tx: Tx, actionId: string, lang = "nl"): Promise<ActionDescription> {
  return renderActionDescription(await getActionNaming(tx, actionId), lang);
}

/** The same for an action whose pillar name and owners are already loaded (src/core/steps). */
export const describeLoadedAction = renderActionDescription;
