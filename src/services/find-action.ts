import type { Tx } from "../db.ts";
import { AppError, NeedsChoice, type Rerun } from "./errors.ts";
import { localText } from "../i18n/index.ts";
import { getActionIndex } from "./action-index.ts";
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
  if (!query) throw new AppError("INVALID", localText("action.which"));
  const index = await getActionIndex(tx, input.wijkId);
  const matches = index.match(query);
  if (matches.length === 1) {
    const action = await tx.action.findFirst({ where: { id: matches[0].id, wijkId: input.wijkId, deletedAt: null } });
    if (action) return action;
  }
  if (!matches.length) {
    throw new AppError("NOT_FOUND", localText("action.notFound", { query }));
  }
  const shown = matches.slice(0, MAX_CHOICES);
  throw new NeedsChoice(
    matches.length > shown.length
      ? localText("action.chooseFirst", { query, shown: shown.length, total: matches.length })
      : localText("action.choose", { query }),
    shown.map((a, i) => ({
      label: a.pillarName ? `${a.title} (${a.pillarName})` : a.title,
      answer: String(i + 1),
      rerun: { ...input.rerun, pickActionId: a.id },
    })),
  );
}
