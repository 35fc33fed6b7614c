import type { Tx } from "../db.ts";
import type { ActionRow, PersonRow } from "../db/rows.ts";
import type { ActionPeople } from "../services/find-action.ts";
import { localText, type LocalText } from "../i18n/index.ts";
import { loadAbsences } from "./absence-routing.ts";

/**
 * Who may change an action: its owner(s), the aanjager of its pillar, or the
 * coördinator. An action without owners may be changed by anyone in the wijk. Given the
 * moment `at`, also the stand-in of an owner who is away then (/afwezig): they get that
 * owner's reminders, with the buttons that change the action.
 */
export async function canChangeAction(
  tx: Tx,
  input: { person: PersonRow; actionId: string; at?: Date; loaded?: { action: ActionRow; people: ActionPeople } },
): Promise<{ allowed: true } | { allowed: false; reason: LocalText }> {
  // An action just loaded in this transaction, with its owners and pillar name, is taken as it is.
  const action = input.loaded ? { ...input.loaded.action, ...input.loaded.people } : await loadForPermission(tx, input.actionId);
  const p = input.person;
  if (action.wijkId !== p.wijkId) return { allowed: false, reason: localText("action.otherWijk") };
  if (p.role === "coordinator") return { allowed: true };
  if (!action.owners.length) return { allowed: true };
  if (action.owners.some((o) => o.personId === p.id)) return { allowed: true };
  if (p.role === "aanjager" && action.pillarId && p.pillarId === action.pillarId) return { allowed: true };
  if (input.at) {
    const owners = new Set(action.owners.map((o) => o.personId));
    const absences = await loadAbsences(tx, action.wijkId, input.at);
    if (absences.some((a) => a.standInId === p.id && owners.has(a.personId))) return { allowed: true };
  }
  const names = action.owners.map((o) => o.displayName);
  // "Sanne, Ahmed en Joke": the last "en" in the reader's language.
  const owners = names.length > 1 ? localText("core.namesAnd", { first: names.slice(0, -1).join(", "), last: names[names.length - 1] }) : names[0];
  const pillar = action.pillarName !== null ? localText("action.onlyOwnersPillar", { pillar: action.pillarName }) : "";
  return { allowed: false, reason: localText("action.onlyOwners", { owners, pillar, title: action.title }) };
}

async function loadForPermission(tx: Tx, actionId: string) {
  const row = await tx.action.findUniqueOrThrow({
    where: { id: actionId },
    include: { owners: { select: { personId: true, person: { select: { displayName: true } } } }, pillar: { select: { name: true } } },
  });
  return { ...row, pillarName: row.pillar?.name ?? null, owners: row.owners.map((o) => ({ personId: o.personId, displayName: o.person.displayName })) };
}
