import type { Tx } from "../db.ts";
import { joinNames } from "../render/format.ts";
import { translate } from "../i18n/index.ts";

export interface ActionDescription {
  /** "Watertappunt in de wijk (Gezond)" */
  label: string;
  title: string;
  owners: string;
}

/** How replies name an action: its title with the pillar, and its owners. */
export async function describeAction(tx: Tx, actionId: string, lang = "nl"): Promise<ActionDescription> {
  const action = await tx.action.findUniqueOrThrow({
    where: { id: actionId },
    include: { pillar: { select: { name: true } }, owners: { include: { person: { select: { displayName: true } } } } },
  });
  return describeLoadedAction({ title: action.title, pillarName: action.pillar?.name ?? null, ownerNames: action.owners.map((o) => o.person.displayName) }, lang);
}

/** The same for an action whose pillar name and owners are already loaded. */
export function describeLoadedAction(action: { title: string; pillarName: string | null; ownerNames: string[] }, lang = "nl"): ActionDescription {
  return {
    title: action.title,
    label: action.pillarName !== null ? `${action.title} (${action.pillarName})` : action.title,
    owners: action.ownerNames.length ? joinNames(action.ownerNames, lang) : translate(lang, "action.noOwner"),
  };
}
