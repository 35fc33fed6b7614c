import type { Tx } from "../db.ts";
import { AppError, NeedsChoice, type Rerun } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";
import type { ActionIndexCache, IndexedAction } from "../action-names/action-index.ts";
import { loadCandidateFacts, rankCandidates, type RankPerson } from "../action-names/rank-actions.ts";
import { locateActions, textAround, type ActionSpan } from "../action-names/locate-action.ts";
import type { ActionRow } from "../db/rows.ts";

/** Most candidates listed when a name is ambiguous. */
export const MAX_CHOICES = 6;
/** Candidates whose facts are loaded for ranking. */
const MAX_RANKED = 50;

export interface FoundAction {
  action: ActionRow;
  /** Its pillar's name and its owners, loaded with it: permission and reply need no second read. */
  people: ActionPeople;
  /** Other actions that matched about as well ("niet die, de andere"). */
  alternatives: string[];
}

export interface ActionPeople {
  pillarName: string | null;
  owners: { personId: string; displayName: string }[];
}

/** Where to find a wijk's actions by name: the app's index cache, and the name version when the caller has just read it. */
export interface ActionLookup {
  wijkId: string;
  indexes: ActionIndexCache;
  namesVersion?: string;
}

/** The action (not deleted) with its pillar's name and owners, in one read. */
async function loadAction(tx: Tx, wijkId: string, id: string): Promise<{ action: ActionRow; people: ActionPeople } | null> {
  const row = await tx.action.findFirst({
    where: { id, wijkId, deletedAt: null },
    include: { pillar: { select: { name: true } }, owners: { select: { personId: true, person: { select: { displayName: true } } } } },
  });
  if (!row) return null;
  const { pillar, owners, ...action } = row;
  return { action, people: { pillarName: pillar?.name ?? null, owners: owners.map((o) => ({ personId: o.personId, displayName: o.person.displayName })) } };
}

/**
 * One action of the wijk by forgiving name, ranked for the person asking (see
 * rankCandidates). Several equally likely → NeedsChoice, whose numbered options re-run the
 * same command with the chosen action.
 */
export async function findAction(
  tx: Tx,
  input: ActionLookup & { query: string; rerun: Rerun; pickActionId?: string; person?: RankPerson | null },
): Promise<FoundAction> {
  if (input.pickActionId) {
    const picked = await loadAction(tx, input.wijkId, input.pickActionId);
    if (picked) return { ...picked, alternatives: [] };
  }
  const query = input.query.trim();
  if (!query) throw new AppError("INVALID", localText("action.which"));
  const index = await input.indexes.get(tx, input.wijkId, input.namesVersion);
  // The full title, typed as it is: nothing to rank.
  const titled = index.withTitle(query);
  if (titled.length === 1) {
    const found = await loadAction(tx, input.wijkId, titled[0].id);
    if (found) return { ...found, alternatives: [] };
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
  input: ActionLookup & { text: string; rerun: Rerun; pickActionId?: string; person?: RankPerson | null },
): Promise<FoundAction & { before: string; after: string }> {
  const { index, version } = await input.indexes.read(tx, input.wijkId, input.namesVersion);
  // findAction below uses the same index: the version just read holds for it too.
  input = { ...input, namesVersion: version };
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
    const found = await loadAction(tx, input.wijkId, ranked.chosen.id);
    if (found) return { ...found, alternatives: ranked.contenders.slice(0, MAX_CHOICES).map((a) => a.id) };
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
