import { randomUUID } from "node:crypto";
import type { BotDeps } from "../bot-deps.ts";
import type { DirectContext, Reply } from "../command.ts";
import type { Turn } from "../pipeline.ts";
import { sqlOf } from "../../db/sql.ts";
import type { Rerun } from "../errors.ts";
import { loadActionDirectly } from "../../services/load-action-directly.ts";
import { renderActionDescription } from "../../render/action-description.ts";
import type { FoundAction } from "../../services/find-action.ts";
import { translator, type Translate } from "../../i18n/index.ts";
import type { IndexedAction } from "../../action-names/action-index.ts";
import type { ActionNameIndex } from "../../action-names/match-actions.ts";

/**
 * The action findAction (src/services/find-action.ts) settles on without ranking: the one
 * with this whole title, or else the one candidate the name fits (one candidate is always
 * chosen, with no alternatives). A text of several words that is no title or short name is
 * searched for a name inside it (locateAction): not here.
 */
function soleCandidate(index: ActionNameIndex<IndexedAction>, name: string): string | undefined {
  const query = name.trim();
  if (!query) return undefined;
  const titled = index.withTitle(query);
  if (titled.length === 1) return titled[0].id;
  if (query.split(/\s+/).length > 1 && !index.exactly(name).length) return undefined;
  const exact = index.exactly(query);
  const scored = index.scoredMatches(query);
  const candidates = new Set([...exact, ...scored.map((s) => s.action)]);
  return candidates.size === 1 ? [...candidates][0].id : undefined;
}

export interface DirectOutcome {
  output: Reply[];
  changed: boolean;
  wijkId: string;
  t: Translate;
  touched: { id: string; title: string; alternatives: string[] }[];
}

/**
 * The act step's direct path (issue 15): a command with a `direct` handler, in a bound chat
 * whose sender was read with it, runs without Prisma (src/db/sql.ts) — its change, history
 * and processed message in one batch. Undefined, with nothing written, whenever the
 * ordinary path has more to do: an undo first, a note alongside, a correction, a retry, a
 * first direct message, a sender to register or welcome, or whatever the handler leaves
 * to `run`.
 */
export async function runDirect(deps: BotDeps, turn: Turn, rerun: Rerun): Promise<DirectOutcome | undefined> {
  const { command, args, binding } = turn.plan!;
  if (command.needsWijk === false || !command.direct) return undefined;
  const sql = sqlOf(deps.db);
  const sender = binding?.knownSender;
  if (!sql || !binding?.chat || !sender) return undefined;
  if (rerun.undoFirst || rerun.note || rerun.correction || rerun.pickActionId || rerun.pickDate || rerun.datePhrase || rerun.retried || rerun.followOn) return undefined;
  const { message } = turn;
  if (message.isDirect && sender.leftAt && !command.openToFormerMembers) return undefined;
  const { wijk, chat } = binding;
  const now = deps.clock.now();
  const lang = sender.language;
  const t = translator(lang);
  const touched: DirectOutcome["touched"] = [];
  const ctx: DirectContext = {
    sql,
    now,
    message,
    lang,
    t,
    wijk,
    sender,
    chat,
    meta: { wijkId: wijk.id, personId: sender.id, batchId: randomUUID(), platform: message.platform, chatId: message.chatId, messageId: message.messageId, at: now },
    processed: { platform: message.platform, chatId: message.chatId, messageId: message.messageId, at: now },
    async actionNamed(name) {
      // The name version read with the chat for this message: the index needs no read of its own.
      const index = await deps.actionIndexes.get(deps.db, wijk.id, wijk.actionNamesVersion);
      const id = soleCandidate(index, name);
      const loaded = id ? await loadActionDirectly(sql, wijk.id, id) : null;
      return loaded ? { ...loaded, alternatives: [] } : undefined;
    },
    plainlyMayChange(found: FoundAction) {
      // canChangeAction's first answers; the rest (a stand-in for an absent owner, a refusal) reads absences.
      const { action, people } = found;
      if (action.wijkId !== sender.wijkId) return false;
      if (sender.role === "coordinator" || !people.owners.length) return true;
      if (people.owners.some((o) => o.personId === sender.id)) return true;
      return sender.role === "aanjager" && Boolean(action.pillarId) && sender.pillarId === action.pillarId;
    },
    describe(found: FoundAction) {
      return renderActionDescription({ title: found.action.title, pillarName: found.people.pillarName, ownerNames: found.people.owners.map((o) => o.displayName) }, lang);
    },
  };
  const result = await command.direct(ctx, args);
  if (!result) return undefined;
  const output = typeof result.output === "string" ? [{ text: result.output }] : Array.isArray(result.output) ? result.output : [result.output];
  if (result.action) touched.push({ id: result.action.action.id, title: result.action.action.title, alternatives: result.action.alternatives });
  return { output, changed: result.changed, wijkId: wijk.id, t, touched };
}
