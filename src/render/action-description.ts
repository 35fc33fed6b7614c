import { translate } from "../i18n/index.ts";
import { joinNames } from "./format.ts";
import type { ActionNaming } from "../services/get-action-naming.ts";

/** How replies name an action, in the reader's language. */
export interface ActionDescription {
  /** "Watertappunt in de wijk (Gezond)" */
  label: string;
  title: string;
  /** "Fatima en Jan", or the words for "no owner yet". */
  owners: string;
}

/** An action's title with its pillar, and its owners (or "no owner yet"), for a reply. */
export function renderActionDescription(action: ActionNaming, lang = "nl"): ActionDescription {
  return {
    title: action.title,
    label: action.pillarName !== null ? `${action.title} (${action.pillarName})` : action.title,
    owners: action.ownerNames.length ? joinNames(action.ownerNames, lang) : translate(lang, "action.noOwner"),
  };
}
