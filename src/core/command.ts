import type { z } from "zod";
import type { ChatKind } from "../domain.ts";
import type { Tx } from "../db.ts";
import type { BoardCard, Choice, IncomingMessage, PollCard } from "./types.ts";
import type { ChangeMeta } from "../services/change-action.ts";
import type { ActionDescription } from "../render/action-description.ts";
import type { ActionIndexCache } from "../action-names/action-index.ts";
import type { Rerun } from "./errors.ts";
import type { ActionRow, ChatRow, PersonRow, PillarRow, WijkRow } from "../db/rows.ts";
import type { Translate } from "../i18n/index.ts";
import type { RuntimeInfo } from "./runtime.ts";
import type { Sql } from "../db/sql.ts";
import type { FoundAction } from "../services/find-action.ts";
import type { ProcessedKey } from "../services/change-action-in-one-batch.ts";

/** A reply from a command, sent to the chat the command came from unless `to` says otherwise. */
export interface Reply {
  text: string;
  choices?: Choice[];
  board?: BoardCard;
  /** Edit-in-place key (live board). */
  editKey?: string;
  /** A date poll: a platform poll or card where the platform has one (`text` is the numbered version). */
  poll?: PollCard;
  /**
   * Send elsewhere than the chat the command came from: to a person (their DM, or a
   * mention in the kartrekkers group) or to the wijk's group(s) of one kind.
   */
  to?: { personId: string } | { chatKind: ChatKind };
  /** Refuses the sender (not allowed, or a bad button): a press shows it privately. */
  refused?: boolean;
  /** The outcome line for the question a press answered (set by the core, see steps/press.ts). */
  pressed?: string;
  /** The question these choices answer, as an opaque reference (see prompts.ts). */
  promptRef?: string;
}

export type CommandResult = string | Reply | Reply[];

/** What every command handler may use, in a chat bound to a wijk or not. */
interface ContextBase {
  tx: Tx;
  now: Date;
  message: IncomingMessage;
  rerun: Rerun;
  /** The sender's language ("nl" unless they chose another with /taal). */
  lang: string;
  /** Translates a message key into the sender's language. */
  t: Translate;
  /** This process: the web overview's public URL, its platforms' connection state. */
  runtime: RuntimeInfo;
}

/**
 * Where no wijk is known (a group not yet bound, a direct message from an unknown account):
 * no wijk, no sender, no chat. Only commands with `needsWijk: false` see it.
 */
export interface UnboundContext extends ContextBase {
  wijk: null;
  sender: null;
  chat: null;
}

/** Everything a command handler may use in a chat bound to a wijk, the sender a person of it. Handlers call services with ctx.tx. */
export interface CommandContext extends ContextBase {
  wijk: WijkRow;
  sender: PersonRow;
  chat: ChatRow;
  meta: ChangeMeta;
  /** The app's action name indexes (for services that check titles: createAction, renameAction). */
  actionIndexes: ActionIndexCache;
  /** Finds one action by forgiving name; throws NeedsChoice or AppError. */
  findAction(query: string): Promise<ActionRow>;
  /** An action this command made: a short follow-up ("deadline 1 juni", "oeps, terugdraaien") is read as about it. */
  madeAction(action: { id: string; title: string }): void;
  /**
   * Finds the action named somewhere in a text ("zomerkamp, gaat niet door") and returns
   * what was typed before and after its name, word for word; throws like findAction.
   */
  locateAction(text: string): Promise<{ action: ActionRow; before: string; after: string }>;
  /** Finds a person of this wijk by @mention or name; throws AppError. */
  findPerson(ref: string): Promise<PersonRow>;
  findPillar(name: string): Promise<PillarRow>;
  /** Resolves a Dutch date phrase to a future moment; throws NeedsChoice/AppError for questions. */
  resolveDate(text: string): Date;
  /** Throws FORBIDDEN unless the sender may change this action. */
  ensureCanChange(action: ActionRow): Promise<void>;
  /** How replies name the action: title with pillar, and owners (no read when findAction loaded them and nothing was written since). */
  describeAction(action: ActionRow): Promise<ActionDescription>;
  /** Throws FORBIDDEN unless the sender has one of these roles. */
  requireRole(roles: readonly string[], what: string): void;
}

/** What every command declares; WijkCommand and OpenCommand add its handler. */
interface CommandSpec<Args> {
  /** Canonical Dutch words, e.g. "actie klaar". */
  name: string;
  /** Other ways to say it: synonyms and English, e.g. "actie af", "action done". */
  aliases?: string[];
  /** One line for /help. */
  summary: string;
  /** The /help line for English readers; the Dutch summary is shown when absent. */
  summaryEn?: string;
  usage: string;
  examples: string[];
  /** True for what someone who left the wijk may still do in a direct chat (their own data, help, language). */
  openToFormerMembers?: boolean;
  /**
   * A reply typed without the slash in a direct chat that this command takes, e.g. the
   * check-in's "1 op koers, 2 loopt achter". Without it, slash-less DMs are ignored.
   */
  bareAnswer?: RegExp;
  /**
   * A reply typed without the slash in a group, when it is addressed to the bot (a reply to its
   * message, an @mention), that this command takes: the date poll's "1, 3".
   */
  groupAnswer?: RegExp;
  /** Changes data (recorded for duplicate delivery). */
  mutates: boolean;
  /** Erases the sender (/vergeetmij): nothing about this message or its chat is kept afterwards. */
  erasesSender?: boolean;
  /** Turns the text after the command words into raw arguments for the schema. */
  parse(rest: string): unknown;
  schema: z.ZodType<Args>;
}

/**
 * What a command's direct path may use (see `WijkCommand.direct`): the bound chat and the
 * sender as read for this message, the database's driver, and lookups that never write.
 */
export interface DirectContext {
  sql: Sql;
  now: Date;
  message: IncomingMessage;
  lang: string;
  t: Translate;
  wijk: WijkRow;
  sender: PersonRow;
  chat: ChatRow;
  meta: ChangeMeta;
  /** Where the command's batch records the message as processed (written with its change). */
  processed: ProcessedKey;
  /**
   * The action findAction picks for this name without weighing anything — its whole title, or
   * the only action the name fits (short name, words, a typo) — loaded with its owners and
   * pillar; undefined when it takes more (several fit, none does, or a text in which a name
   * has to be looked for).
   */
  actionNamed(name: string): Promise<FoundAction | undefined>;
  /** Whether the action is the sender's to change by role or ownership alone (false: the ordinary check decides, with absences). */
  plainlyMayChange(found: FoundAction): boolean;
  /** The loaded action, named as replies name it. */
  describe(found: FoundAction): ActionDescription;
}

/** What a direct path did: its replies, and whether it changed data (then it wrote the processed message too). */
export interface DirectResult {
  output: CommandResult;
  changed: boolean;
  /** The one action changed, for a correction right after (as the ordinary path remembers it). */
  action?: FoundAction;
}

/** A command for a chat bound to a wijk (most of them): its handler always has the wijk and the sender. */
export interface WijkCommand<Args = unknown> extends CommandSpec<Args> {
  needsWijk?: true;
  run(ctx: CommandContext, args: Args): Promise<CommandResult>;
  /**
   * The plain case of a hot command without Prisma's per-query cost (src/db/sql.ts), tried
   * before `run` when the database has a driver: it resolves undefined, having written
   * nothing, for whatever it does not handle itself, and `run` handles it as always. Same
   * replies, rows and refusals as `run`.
   */
  direct?(ctx: DirectContext, args: Args): Promise<DirectResult | undefined>;
}

/** A command that also works in a chat not yet bound to a wijk (/help, /koppel, /ik koppel): its handler checks which it got. */
export interface OpenCommand<Args = unknown> extends CommandSpec<Args> {
  needsWijk: false;
  run(ctx: CommandContext | UnboundContext, args: Args): Promise<CommandResult>;
}

export type CommandDefinition<Args = unknown> = WijkCommand<Args> | OpenCommand<Args>;

export function defineCommand<Args>(definition: CommandDefinition<Args>): CommandDefinition<Args> {
  return definition;
}

/** Splits "titel pijler Gezond deadline vrijdag" on the given keywords. */
export function splitOnKeywords(text: string, keywords: readonly string[]): { head: string; parts: Record<string, string> } {
  const pattern = new RegExp(`(?:^|\\s)(${keywords.join("|")})(?=\\s|$)`, "gi");
  const parts: Record<string, string> = {};
  const matches = [...text.matchAll(pattern)];
  const head = (matches.length ? text.slice(0, matches[0].index) : text).trim();
  matches.forEach((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = i + 1 < matches.length ? matches[i + 1].index : text.length;
    parts[m[1].toLowerCase()] = text.slice(start, end).trim();
  });
  return { head, parts };
}
