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
  return {
    title: action.title,
    label: action.pillar ? `${action.title} (${action.pillar.name})` : action.title,
    owners: action.owners.length ? joinNames(action.owners.map((o) => o.person.displayName), lang) : translate(lang, "action.noOwner"),
  };
}
