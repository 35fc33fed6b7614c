import type { Tx } from "../db.ts";
import { AppError, NeedsChoice, type Rerun } from "./errors.ts";
import { matchActions } from "./match-actions.ts";
import type { ActionRow } from "./rows.ts";

/** Most candidates listed when a name is ambiguous. */
export const MAX_CHOICES = 6;

/**
 * One action of the wijk by forgiving name. Several matches → NeedsChoice, whose
 * numbered options re-run the same command with the chosen action.
 */
export async function findAction(
  tx: Tx,
  input: { wijkId: string; query: string; rerun: Rerun; pickActionId?: string },
): Promise<ActionRow> {
  if (input.pickActionId) {
    const picked = await tx.action.findFirst({ where: { id: input.pickActionId, wijkId: input.wijkId, deletedAt: null } });
    if (picked) return picked;
  }
  const query = input.query.trim();
  if (!query) throw new AppError("INVALID", "Welke actie bedoel je? Noem (een deel van) de naam.");
  const actions = await tx.action.findMany({
    where: { wijkId: input.wijkId, deletedAt: null },
    include: { pillar: { select: { name: true } } },
    orderBy: [{ title: "asc" }, { id: "asc" }],
  });
  const matches = matchActions(actions, query);
  if (matches.length === 1) {
    const { pillar: _pillar, ...action } = matches[0];
    return action;
  }
  if (!matches.length) {
    throw new AppError("NOT_FOUND", `Ik vind geen actie die lijkt op "${query}". Typ /acties om alle acties te zien.`);
  }
  const shown = matches.slice(0, MAX_CHOICES);
  throw new NeedsChoice(
    `Welke actie bedoel je met "${query}"?${matches.length > shown.length ? ` (de eerste ${shown.length} van ${matches.length})` : ""}`,
    shown.map((a, i) => ({
      label: a.pillar ? `${a.title} (${a.pillar.name})` : a.title,
      answer: String(i + 1),
      rerun: { ...input.rerun, pickActionId: a.id },
    })),
  );
}
