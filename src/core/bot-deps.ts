import type { Db, Tx } from "../db.ts";
import type { Clock } from "./clock.ts";
import type { Logger } from "./logger.ts";
import type { CommandDefinition, Reply } from "./command.ts";
import type { CommandRouter } from "./router.ts";
import type { IncomingMessage } from "./types.ts";
import type { ChatBinding } from "../services/find-chat-binding.ts";
import { translator, type Translate } from "../i18n/index.ts";
import { welcomeText } from "../services/welcome.ts";
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

/** A binding found without writing: a first direct message has no chat row yet. */
export type MaybeBinding = { chat: ChatBinding["chat"] | null; wijk: ChatBinding["wijk"] };

/** What the steps of the message path share: the database, the clock and a few lookups. */
export interface BotDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  router: CommandRouter;
  runtime: RuntimeInfo;
  prompts: ReturnType<typeof createPrompts>;
  botNames: string[];
  onChange?: (wijkId: string) => void;
}

export function senderIdsOf(message: IncomingMessage): string[] {
  return [message.senderId, message.senderAltId].filter((id): id is string => Boolean(id));
}

/** The chat's wijk, or for a first direct message the sender's: read only (a direct chat is bound inside the command's transaction). */
export async function findBindingReadOnly(db: Db | Tx, message: IncomingMessage): Promise<MaybeBinding | null> {
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
