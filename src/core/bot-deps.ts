import type { Db, Tx } from "../db.ts";
import type { Clock } from "./clock.ts";
import type { Logger } from "./logger.ts";
import type { CommandDefinition, Reply } from "./command.ts";
import type { CommandRouter } from "./router.ts";
import type { IncomingMessage } from "./types.ts";
import type { ChatBinding } from "../services/find-chat-binding.ts";
import type { ActionIndexCache } from "../action-names/action-index.ts";
import type { PersonRow } from "../db/rows.ts";
import { translator, type Translate } from "../i18n/index.ts";
import { welcomeText } from "../render/welcome.ts";
import { sqlOf } from "../db/sql.ts";
import { findChatBindingDirectly } from "../services/find-chat-binding-directly.ts";
import type { createPrompts } from "./prompts.ts";
import type { RuntimeInfo } from "./runtime.ts";

export interface BotOptions {
  db: Db;
  clock: Clock;
  logger: Logger;
  commands: readonly CommandDefinition[];
  /** This process's public URL and platform statuses, for commands that report them; a bot without an app has no platforms and the default URL. */
  runtime?: RuntimeInfo;
  /** Names the bot answers to when @mentioned without a slash. */
  botNames?: string[];
  /** Called after any command that changed data (live board, notifications). */
  onChange?: (wijkId: string) => void;
  /** Limit commands per person per chat per minute (fair-share step). */
  fairShare?: boolean;
  /** Called when a message could not be handled because the database could not store anything (full disk, read-only). */
  onWriteFailure?: () => void;
}

/**
 * A binding found without writing: a first direct message has no chat row yet. For a
 * bound chat, the sender's person when every platform id of theirs is known in its wijk
 * (read in the same query: the command then needs no lookup of its own).
 */
export type MaybeBinding = { chat: ChatBinding["chat"] | null; wijk: ChatBinding["wijk"]; knownSender?: PersonRow };

/** What the steps of the message path share: the database, the clock and a few lookups. */
export interface BotDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  router: CommandRouter;
  runtime: RuntimeInfo;
  prompts: ReturnType<typeof createPrompts>;
  /** The wijken's action name indexes, kept between messages (checked against the name version each time). */
  actionIndexes: ActionIndexCache;
  botNames: string[];
  onChange?: (wijkId: string) => void;
}

export function senderIdsOf(message: IncomingMessage): string[] {
  return [message.senderId, message.senderAltId].filter((id): id is string => Boolean(id));
}

/** The chat's wijk, or for a first direct message the sender's: read only (a direct chat is bound inside the command's transaction). */
export async function findBindingReadOnly(db: Db | Tx, message: IncomingMessage): Promise<MaybeBinding | null> {
  const senderIds = senderIdsOf(message);
  // Every command reads this: through the driver where there is one (src/db/sql.ts), the same rows.
  const sql = sqlOf(db);
  const direct = sql ? await findChatBindingDirectly(sql, { platform: message.platform, chatId: message.chatId, senderIds }) : undefined;
  if (direct) return direct;
  const chat = direct === null ? null : await db.chat.findFirst({
    where: { platform: message.platform, externalId: message.chatId },
    include: { wijk: { include: { identities: { where: { platform: message.platform, externalId: { in: senderIds } }, include: { person: true } } } } },
    orderBy: { createdAt: "asc" },
  });
  if (chat) {
    const {
      wijk: { identities, ...wijk },
      ...row
    } = chat;
    // As resolveSender decides: the first identity's person, when no id of the sender is missing.
    const knownSender = identities.length && senderIds.every((id) => identities.some((i) => i.externalId === id)) ? identities[0].person : undefined;
    return { chat: row, wijk, ...(knownSender ? { knownSender } : {}) };
  }
  if (!message.isDirect) return null;
  const identity = await db.identity.findFirst({
    where: { platform: message.platform, externalId: { in: senderIdsOf(message) } },
    include: { wijk: true },
  });
  return identity ? { chat: null, wijk: identity.wijk } : null;
}

/** The language of whoever sent this, for replies written before their person is loaded. */
export async function translatorFor(db: Db, message: IncomingMessage): Promise<Translate> {
  const identity = await db.identity.findFirst({
    where: { platform: message.platform, externalId: { in: senderIdsOf(message) } },
    select: { person: { select: { language: true } } },
  });
  return translator(identity?.person.language);
}

/** The one-time welcome of someone new in a group; marks them welcomed. */
export async function welcome(tx: Tx, person: { id: string; displayName: string; language: string }, wijk: { name: string }, now: Date): Promise<Reply> {
  await tx.person.update({ where: { id: person.id }, data: { welcomedAt: now } });
  return { text: welcomeText(translator(person.language), person.displayName, wijk.name) };
}
