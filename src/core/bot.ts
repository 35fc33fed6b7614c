import { randomUUID } from "node:crypto";
import type { Db, Tx } from "../db.ts";
import type { Clock } from "./clock.ts";
import { errorForLog, type Logger } from "./logger.ts";
import type { CommandContext, CommandDefinition, CommandResult, Reply } from "./command.ts";
import { CommandRouter, type RouteResult } from "./router.ts";
import { trackWrites } from "./track-writes.ts";
import type { IncomingMessage, OutgoingMessage } from "./types.ts";
import { AppError, NeedsChoice, NeedsConfirmation, type Rerun } from "../services/errors.ts";
import { findChatBinding, type ChatBinding } from "../services/find-chat-binding.ts";
import { resolveSender } from "../services/resolve-sender.ts";
import { findAction } from "../services/find-action.ts";
import { findPerson } from "../services/find-person.ts";
import { findPillar } from "../services/find-pillar.ts";
import { canChangeAction } from "../services/permissions.ts";
import { resolveChatKindTargets, resolvePersonTarget } from "../services/resolve-targets.ts";
import { resolveDate, describeDay } from "../parse/dates.ts";
import { understandFreeText } from "../parse/free-text.ts";
import { usageHelp } from "../render/help.ts";
import { dutch, isMessageKey, localize, roleLabel, translator, type Translate } from "../i18n/index.ts";
import { welcomeText } from "../services/welcome.ts";
import { createPrompts } from "./prompts.ts";

/** Texts longer than this are not commands anyone typed; answered, never parsed. */
const MAX_COMMAND_LENGTH_CHARS = 2000;
/** A command's transaction may wait for the database a while under load before giving up. */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 };
/** Recent message keys kept in memory, beside the database record, to answer a duplicate delivery with silence. */
const RECENT_KEYS_MAX = 5000;
/** Group senders known to be registered, kept in memory so ordinary chatter costs no welcome lookups. */
const KNOWN_SENDERS_MAX = 5000;

export interface BotOptions {
  db: Db;
  clock: Clock;
  logger: Logger;
  commands: readonly CommandDefinition[];
  /** Names the bot answers to when @mentioned without a slash. */
  botNames?: string[];
  /** Called after any command that changed data (live board, notifications). */
  onChange?: (wijkId: string) => void;
}

export interface Bot {
  handle(message: IncomingMessage): Promise<OutgoingMessage[]>;
  readonly router: CommandRouter;
}

/** A binding found without writing: a first direct message has no chat row yet. */
type MaybeBinding = { chat: ChatBinding["chat"] | null; wijk: ChatBinding["wijk"] };


/**
 * The platform-neutral core: message in → parse → authorise → one transaction →
 * replies out. It never throws: any failure becomes a short Dutch reply.
 */
export function createBot(options: BotOptions): Bot {
  const { db, clock, logger } = options;
  const router = new CommandRouter(options.commands);
  const prompts = createPrompts({ db, clock });
  const recent = new Set<string>();
  const knownSenders = new Set<string>();

  async function handle(message: IncomingMessage): Promise<OutgoingMessage[]> {
    const key = `${message.platform}\u0000${message.chatId}\u0000${message.messageId}`;
    try {
      if (recent.has(key)) return [];
      remember(key);
      const replies = await handleOnce(message);
      const out: OutgoingMessage[] = [];
      for (const reply of replies) out.push(...(await route(message, reply)));
      return out;
    } catch (error) {
      // Not handled after all: a platform's redelivery of this message must be tried again.
      recent.delete(key);
      return [toOutgoing(message, { text: failureText(error) })];
    }
  }

  /** Replies go back to the chat they came from, unless `to` sends them elsewhere. */
  async function route(message: IncomingMessage, reply: Reply & { wijkId?: string }): Promise<OutgoingMessage[]> {
    const { to, wijkId, ...rest } = reply;
    if (!to) return [toOutgoing(message, rest)];
    if ("personId" in to) {
      const target = await resolvePersonTarget(db, to.personId);
      if (!target) return [];
      const text = target.viaGroup && target.displayName ? `@${target.displayName} ${rest.text}` : rest.text;
      return [{ platform: target.platform, chatId: target.chatId, text, ...(target.mentionIds.length ? { mentions: target.mentionIds } : {}) }];
    }
    if (!wijkId) return [];
    const targets = await resolveChatKindTargets(db, wijkId, to.chatKind);
    return targets.map((t) => ({ platform: t.platform, chatId: t.chatId, text: rest.text, ...(rest.board ? { board: rest.board } : {}) }));
  }

  function remember(key: string) {
    recent.add(key);
    if (recent.size > RECENT_KEYS_MAX) recent.delete(recent.values().next().value as string);
  }

  function failureText(error: unknown): string {
    if (isDatabaseUnavailable(error)) {
      logger.warn({ err: errorForLog(error) }, "database unavailable while handling a message");
      return dutch("core.dbUnavailable");
    }
    logger.error({ err: errorForLog(error) }, "unexpected error while handling a message");
    return dutch("core.failure");
  }

  async function handleOnce(message: IncomingMessage): Promise<Reply[]> {
    // Control characters become spaces; a lone UTF-16 surrogate (possible in a platform's JSON) becomes U+FFFD, as the database cannot store it.
    const text = (message.text ?? "")
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, " ")
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd")
      .trim();
    if (!text) return [];
    if (await isDuplicate(message)) return [];

    const answer = await prompts.answer(message, text);
    if (answer.kind === "say") return [{ text: (await translatorFor(message))(answer.key, answer.vars) }];
    if (answer.kind === "rerun") return runCommand(message, answer.rerun);

    const isCommand = /^[/!]/.test(text);
    let commandText = text;
    if (!isCommand) {
      if (!message.mentionsBot && !mentionsBotByName(text)) {
        return message.isDirect ? answerInDirectChat(message, text) : welcomeNewcomer(message);
      }
      const understood = understandFreeText(stripBotMention(text), router);
      if (understood.kind === "question") return [{ text: localize(await translatorFor(message), understood.question) }];
      commandText = understood.command;
    }
    if (commandText.length > MAX_COMMAND_LENGTH_CHARS) {
      return [{ text: (await translatorFor(message))("core.tooLong") }];
    }
    return runCommand(message, { text: commandText });
  }

  async function isDuplicate(message: IncomingMessage): Promise<boolean> {
    const seen = await db.processedMessage.findUnique({
      where: { platform_chatId_messageId: { platform: message.platform, chatId: message.chatId, messageId: message.messageId } },
      select: { messageId: true },
    });
    return Boolean(seen);
  }

  async function runCommand(message: IncomingMessage, rerun: Rerun): Promise<Reply[]> {
    const route = router.route(rerun.text);
    if (route.kind !== "command") return [{ text: unknownCommandText(route, await translatorFor(message)) }];
    const { command, rest } = route.routed;

    const parsed = command.schema.safeParse(safeParse(command, rest));
    if (!parsed.success) {
      const t = await translatorFor(message);
      // Schemas give message keys, so the complaint reaches each reader in their language; a
      // check without one (zod's own English words) becomes a plain "I don't understand that".
      const raw = parsed.error.issues[0]?.message ?? "";
      const problem = isMessageKey(raw) ? t(raw) : t("core.notUnderstood");
      return [{ text: `${capitalize(problem)}.\n${usageHelp(command, t)}` }];
    }

    const senderIds = [message.senderId, message.senderAltId].filter((id): id is string => Boolean(id));
    const binding = await findChatBindingReadOnly(message, senderIds);
    if (!binding && command.needsWijk !== false) {
      return [{ text: dutch(message.isDirect ? "core.notKnownDm" : "core.notBound") }];
    }

    const batchId = randomUUID();
    const now = clock.now();
    // The sender's language, known once they are resolved; questions asked after a rollback use it too.
    let t: Translate = dutch;
    try {
      const result = await db.$transaction(async (rawTx) => {
        const { tx, writes } = trackWrites(rawTx);
        const bound = binding ? await ensureDirectBinding(tx, message, senderIds, binding) : null;
        const resolved = bound
          ? await resolveSender(tx, {
              wijkId: bound.wijk.id,
              platform: message.platform,
              senderId: message.senderId,
              senderAltId: message.senderAltId,
              senderName: message.senderName,
              at: now,
            })
          : null;
        const sender = resolved?.person ?? null;
        if (sender) t = translator(sender.language);
        const ctx = buildContext(tx, message, bound, sender, batchId, now, rerun, t);
        let output = await command.run(ctx, parsed.data);
        // Someone new whose first words in a group are a command is welcomed too, after the answer.
        if (resolved?.isNew && bound && !message.isDirect) output = [...normalizeResult(output), await welcome(tx, resolved.person, bound.wijk, now)];
        const changed = command.mutates && writes() > 0;
        if (changed) {
          await tx.processedMessage.create({
            data: { platform: message.platform, chatId: message.chatId, messageId: message.messageId, processedAt: now },
          });
        }
        return { output, wijkId: bound?.wijk.id, changed };
      }, TRANSACTION_OPTIONS);
      if (result.changed && result.wijkId) options.onChange?.(result.wijkId);
      return normalizeResult(result.output).map((reply) => ({ ...reply, wijkId: result.wijkId }));
    } catch (error) {
      if (error instanceof AppError) return [{ text: error.localized(t) }];
      if (error instanceof NeedsChoice) return prompts.askChoice(message, error, t);
      if (error instanceof NeedsConfirmation) return prompts.askConfirmation(message, error, t);
      if (isUniqueViolation(error) && !rerun.retried) {
        // Another process handled this very message first (same platform message id): stay silent.
        if (await isDuplicate(message)) return [];
        // Another process registered the same new sender or identity a moment ago: once more, now it exists.
        return runCommand(message, { ...rerun, retried: true });
      }
      throw error;
    }
  }

  /** A direct chat gets bound (a write) only inside the command's transaction. */
  async function findChatBindingReadOnly(message: IncomingMessage, senderIds: string[]): Promise<MaybeBinding | null> {
    const chat = await db.chat.findFirst({
      where: { platform: message.platform, externalId: message.chatId },
      include: { wijk: true },
      orderBy: { createdAt: "asc" },
    });
    if (chat) {
      const { wijk, ...row } = chat;
      return { chat: row, wijk };
    }
    if (!message.isDirect) return null;
    const identity = await db.identity.findFirst({
      where: { platform: message.platform, externalId: { in: senderIds } },
      include: { wijk: true },
    });
    return identity ? { chat: null, wijk: identity.wijk } : null;
  }

  async function ensureDirectBinding(tx: Tx, message: IncomingMessage, senderIds: string[], binding: MaybeBinding): Promise<ChatBinding> {
    if (binding.chat) return { chat: binding.chat, wijk: binding.wijk };
    const bound = await findChatBinding(tx, { platform: message.platform, chatId: message.chatId, isDirect: true, senderIds });
    if (!bound) throw new AppError("NOT_BOUND", dutch("core.notKnownDm"));
    return bound;
  }

  function buildContext(
    tx: Tx,
    message: IncomingMessage,
    binding: ChatBinding | null,
    sender: Awaited<ReturnType<typeof resolveSender>>["person"] | null,
    batchId: string,
    now: Date,
    rerun: Rerun,
    t: Translate,
  ): CommandContext {
    const wijk = binding?.wijk ?? (null as never);
    return {
      tx,
      now,
      lang: sender?.language ?? "nl",
      t,
      wijk,
      sender: sender ?? (null as never),
      chat: binding?.chat ?? null,
      message,
      rerun,
      meta: {
        wijkId: wijk?.id,
        personId: sender?.id ?? null,
        batchId,
        platform: message.platform,
        chatId: message.chatId,
        messageId: message.messageId,
        at: now,
      },
      findAction: (query) => findAction(tx, { wijkId: wijk.id, query, rerun, pickActionId: rerun.pickActionId }),
      findPerson: (ref) => findPerson(tx, { wijkId: wijk.id, ref, platform: message.platform, mentions: message.mentions }),
      findPillar: (name) => findPillar(tx, { wijkId: wijk.id, name }),
      resolveDate: (phrase) => {
        if (rerun.pickDate) return new Date(rerun.pickDate);
        const resolved = resolveDate(phrase, now);
        if (resolved.kind === "ok") return resolved.date;
        if (resolved.kind === "question") {
          const question = resolved.ask(sender?.language ?? "nl");
          if (!resolved.options.length) throw new AppError("INVALID", question);
          throw new NeedsChoice(
            question,
            resolved.options.map((date, i) => ({ label: describeDay(date, sender?.language ?? "nl"), answer: String(i + 1), rerun: { ...rerun, pickDate: date.toISOString() } })),
          );
        }
        throw new AppError("INVALID", t("core.badDate", { phrase }));
      },
      ensureCanChange: async (action) => {
        const verdict = await canChangeAction(tx, { person: sender!, actionId: action.id });
        if (!verdict.allowed) throw new AppError("FORBIDDEN", verdict.reason);
      },
      requireRole: (roles, what) => {
        if (!sender || !roles.includes(sender.role)) {
          const names = roles.map((r) => roleLabel(r, t)).join(` ${t("core.or")} `);
          throw new AppError("FORBIDDEN", t("core.onlyRole", { roles: names, what: isMessageKey(what) ? t(what) : what }));
        }
      },
    };
  }

  function mentionsBotByName(text: string): boolean {
    const names = options.botNames ?? ["wijkbot"];
    return names.some((n) => new RegExp(`(^|\\s)@${escapeRegExp(n)}\\b`, "i").test(text));
  }

  function stripBotMention(text: string): string {
    const names = options.botNames ?? ["wijkbot"];
    let out = text;
    for (const n of names) out = out.replace(new RegExp(`(^|\\s)@${escapeRegExp(n)}\\b[,:]?`, "gi"), " ");
    return out.trim();
  }

  /** The language of whoever sent this, for replies written before their person is loaded. */
  async function translatorFor(message: IncomingMessage): Promise<Translate> {
    const senderIds = [message.senderId, message.senderAltId].filter((id): id is string => Boolean(id));
    const identity = await db.identity.findFirst({
      where: { platform: message.platform, externalId: { in: senderIds } },
      select: { person: { select: { language: true } } },
    });
    return translator(identity?.person.language);
  }

  /**
   * A slash-less line in a direct chat: an answer a command takes bare (the check-in's
   * "1 op koers"), or — the very first time someone writes the bot privately — their
   * personal start (/ik). Anything else stays unanswered, as in groups.
   */
  async function answerInDirectChat(message: IncomingMessage, text: string): Promise<Reply[]> {
    const taker = router.commands.find((c) => c.bareAnswer?.test(text));
    if (taker) return runCommand(message, { text: `/${taker.name} ${text}` });
    const chat = await db.chat.findFirst({ where: { platform: message.platform, externalId: message.chatId }, select: { id: true } });
    if (chat) return [];
    const senderIds = [message.senderId, message.senderAltId].filter((id): id is string => Boolean(id));
    const known = await db.identity.findFirst({ where: { platform: message.platform, externalId: { in: senderIds } }, select: { id: true } });
    return known ? runCommand(message, { text: "/ik" }) : [];
  }

  /**
   * Someone writes in a bound group for the first time (any message, not only a command):
   * they are registered as a participant and welcomed once. Other slash-less messages stay
   * unanswered.
   */
  async function welcomeNewcomer(message: IncomingMessage): Promise<Reply[]> {
    const key = `${message.platform}\u0000${message.chatId}\u0000${message.senderId}`;
    if (knownSenders.has(key)) return [];
    const chat = await db.chat.findFirst({
      where: { platform: message.platform, externalId: message.chatId, kind: { not: "direct" } },
      include: { wijk: true },
      orderBy: { createdAt: "asc" },
    });
    if (!chat) return [];
    const now = clock.now();
    const replies = await db.$transaction(async (tx) => {
      const { person, isNew } = await resolveSender(tx, {
        wijkId: chat.wijkId,
        platform: message.platform,
        senderId: message.senderId,
        senderAltId: message.senderAltId,
        senderName: message.senderName,
        at: now,
      });
      return isNew ? [await welcome(tx, person, chat.wijk, now)] : [];
    });
    knownSenders.add(key);
    if (knownSenders.size > KNOWN_SENDERS_MAX) knownSenders.delete(knownSenders.values().next().value as string);
    return replies;
  }

  async function welcome(tx: Tx, person: { id: string; displayName: string; language: string }, wijk: { name: string }, now: Date): Promise<Reply> {
    await tx.person.update({ where: { id: person.id }, data: { welcomedAt: now } });
    return { text: welcomeText(translator(person.language), person.displayName, wijk.name) };
  }

  return { handle, router };
}


function unknownCommandText(route: Exclude<RouteResult, { kind: "command" }>, t: Translate): string {
  if (route.kind === "incomplete") {
    const subs = route.options.map((c) => c.name.split(" ")[1]).filter(Boolean);
    return t("core.incomplete", { group: route.group, options: [...new Set(subs)].join(", "), first: subs[0] ?? "" });
  }
  return t("core.unknownCommand", { word: route.word.slice(0, 30) });
}

function safeParse(command: CommandDefinition, rest: string): unknown {
  try {
    return command.parse(rest);
  } catch {
    return undefined;
  }
}

function normalizeResult(result: CommandResult): Reply[] {
  if (typeof result === "string") return [{ text: result }];
  return Array.isArray(result) ? result : [result];
}

function toOutgoing(message: IncomingMessage, reply: Reply): OutgoingMessage {
  return {
    platform: message.platform,
    chatId: message.chatId,
    text: reply.text,
    replyTo: message.messageId,
    ...(reply.choices ? { choices: reply.choices } : {}),
    ...(reply.board ? { board: reply.board } : {}),
    ...(reply.editKey ? { editKey: reply.editKey } : {}),
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002";
}

export function isDatabaseUnavailable(error: unknown): boolean {
  // Prisma's codes for "cannot reach / timed out / connection closed / pool timeout". The
  // SQLite adapter reports a lock held by another connection (SQLITE_BUSY) as P1008.
  if (DATABASE_UNAVAILABLE_CODES.has(String((error as { code?: unknown })?.code))) return true;
  const text = String((error as { message?: string })?.message ?? error);
  return /SQLITE_BUSY|database is locked|ECONNREFUSED|Can't reach database|Connection terminated|timeout exceeded when trying to connect|Transaction API error/i.test(text);
}

const DATABASE_UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);


