import type { Tx } from "../db.ts";
import { AppError, NeedsChoice, type Rerun } from "./errors.ts";
import { localText } from "../i18n/index.ts";
import { getActionIndex, type IndexedAction } from "./action-index.ts";
import { loadCandidateFacts, rankCandidates, type RankPerson } from "./rank-actions.ts";
import { locateActions, textAround, type ActionSpan } from "./locate-action.ts";
import type { ActionRow } from "./rows.ts";

/** Most candidates listed when a name is ambiguous. */
export const MAX_CHOICES = 6;
/** Candidates whose facts are loaded for ranking. */
const MAX_RANKED = 50;

export interface FoundAction {
  action: ActionRow;
  /** Other actions that matched about as well ("niet die, de andere"). */
  alternatives: string[];
}

/**
 * One action of the wijk by forgiving name, ranked for the person asking (see
 * rankCandidates). Several equally likely → NeedsChoice, whose numbered options re-run the
 * same command with the chosen action.
 */
export async function findAction(
  tx: Tx,
  input: { wijkId: string; query: string; rerun: Rerun; pickActionId?: string; person?: RankPerson | null },
): Promise<FoundAction> {
  if (input.pickActionId) {
    const picked = await tx.action.findFirst({ where: { id: input.pickActionId, wijkId: input.wijkId, deletedAt: null } });
    if (picked) return { action: picked, alternatives: [] };
  }
  const query = input.query.trim();
  if (!query) throw new AppError("INVALID", localText("action.which"));
  const index = await getActionIndex(tx, input.wijkId);
  // The full title, typed as it is: nothing to rank.
  const titled = index.withTitle(query);
  if (titled.length === 1) {
    const action = await tx.action.findFirst({ where: { id: titled[0].id, wijkId: input.wijkId, deletedAt: null } });
    if (action) return { action, alternatives: [] };
  }
  const exact = new Set(index.exactly(query));
  const scored = index.scoredMatches(query);
  for (const a of exact) if (!scored.some((s) => s.action === a)) scored.unshift({ action: a, score: 3 });
  if (!scored.length) throw new AppError("NOT_FOUND", localText("action.notFound", { query }));
  const candidates = scored.slice(0, MAX_RANKED).map((s) => ({ action: s.action, score: s.score * 3, exact: exact.has(s.action) }));
  return choose(tx, input, candidates, query);
}

/**
 * The action named somewhere in a text ("moestuin voor de kinderen geregeld"), with what
 * was said before and after its name, exactly as typed.
 */
export async function locateAction(
  tx: Tx,
  input: { wijkId: string; text: string; rerun: Rerun; pickActionId?: string; person?: RankPerson | null },
): Promise<FoundAction & { before: string; after: string }> {
  const index = await getActionIndex(tx, input.wijkId);
  // The whole text is a name (the usual slash command): no need to look for one inside it.
  if (!input.pickActionId && index.exactly(input.text).length) return { ...(await findAction(tx, { ...input, query: input.text })), before: "", after: "" };
  const spans = locateActions(index, input.text);
  if (input.pickActionId) {
    const found = await findAction(tx, { ...input, query: input.text });
    const span = spans.find((s) => s.action.id === found.action.id) ?? spans[0];
    return { ...found, ...(span ? textAround(input.text, span) : { before: "", after: input.text }) };
  }
  if (!spans.length) return { ...(await findAction(tx, { ...input, query: input.text })), before: "", after: "" };
  // People name the action first and then say more: a later name is only chosen when it fits clearly better.
  const first = Math.min(...spans.map((s) => s.firstToken));
  const candidates = spans.slice(0, MAX_RANKED).map((s) => ({ action: s.action, score: matchStrength(s, first), exact: s.exact, span: s }));
  const found = await choose(tx, input, candidates, input.text);
  const span = candidates.find((c) => c.action.id === found.action.id)!.span as ActionSpan<IndexedAction>;
  return { ...found, ...textAround(input.text, span) };
}

/** How well a span names its action: the matched words, a little for covering the whole title and for coming first. */
export function matchStrength(span: ActionSpan<IndexedAction>, firstToken: number): number {
  return span.score + span.coverage + (span.firstToken === firstToken ? 0.5 : 0);
}

async function choose(
  tx: Tx,
  input: { wijkId: string; rerun: Rerun; person?: RankPerson | null },
  candidates: { action: IndexedAction; score: number; exact: boolean }[],
  query: string,
): Promise<FoundAction> {
  const facts = await loadCandidateFacts(tx, candidates.map((c) => c.action.id));
  const ranked = rankCandidates(candidates, facts, input.person ?? null);
  if (ranked.chosen) {
    const action = await tx.action.findFirst({ where: { id: ranked.chosen.id, wijkId: input.wijkId, deletedAt: null } });
    if (action) return { action, alternatives: ranked.contenders.slice(0, MAX_CHOICES).map((a) => a.id) };
  }
  const all = ranked.contenders;
  const shown = all.slice(0, MAX_CHOICES);
  throw new NeedsChoice(
    all.length > shown.length
      ? localText("action.chooseFirst", { query, shown: shown.length, total: all.length })
      : localText("action.choose", { query }),
    shown.map((a, i) => ({
      label: a.pillarName ? `${a.title} (${a.pillarName})` : a.title,
      answer: String(i + 1),
      rerun: { ...input.rerun, pickActionId: a.id },
    })),
  );
}
