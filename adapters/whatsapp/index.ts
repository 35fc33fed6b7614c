import makeWASocket, { jidNormalizedUser, proto } from "@whiskeysockets/baileys";
import type { AnyMessageContent, BaileysEventMap, WAMessage, WAMessageKey } from "@whiskeysockets/baileys";
import qrcodeTerminal from "qrcode-terminal";
import pino, { type Logger } from "pino";
import type { Adapter, AdapterEvents, AdapterStatus, MessageHandler, OutgoingMessage, SendPolicy, SentMessage } from "../../src/core/index.ts";
import type { WhatsAppAuthStore } from "./auth-state.ts";
import { errorSummary, WhatsAppConnection, type ConnectionStateName, type MakeSocket, type WhatsAppLease } from "./connection.ts";
import { readableMessages, toIncomingMessage, toMembersLeft, WHATSAPP_PLATFORM } from "./parse.ts";
import { toMentionedJids, toWhatsAppText, TYPING_SHOW_MS } from "./format.ts";
import { NumberWideGap, realTimers, whatsappSendPolicy, type Pacing, type Timers } from "./pacing.ts";

export type { WhatsAppAuthStore } from "./auth-state.ts";
export type { MakeSocket, WhatsAppLease, WhatsAppSocket } from "./connection.ts";
export type { Pacing, Timers } from "./pacing.ts";

/** Default gap between two messages into one chat (WHATSAPP_MESSAGE_GAP_SECONDS). */
export const DEFAULT_CHAT_GAP_MS = 3_000;
/** Default cap of messages into one group per minute. */
export const DEFAULT_GROUP_MESSAGES_PER_MINUTE = 10;
/** Default gap between any two messages the number sends. */
export const DEFAULT_NUMBER_WIDE_GAP_MS = 1_000;
/** How often a standby process tries to take over the connection: with the lease's TTL, well within a minute. */
export const LEASE_POLL_MS = 10_000;
/** WhatsApp takes an edit for 15 minutes after a message was sent; later edits are refused. */
export const WHATSAPP_EDIT_WINDOW_MS = 15 * 60_000;
/** A pin lasts 24 hours, 7 days or 30 days (the most); the bot asks for 7 days and the live board renews it. */
export const WHATSAPP_PIN_SECONDS = 604_800 as const;
/** Recent messages kept to quote (incoming) or to answer Baileys' retry requests (sent). */
const MESSAGE_CACHE_SIZE = 500;

export interface WhatsAppAdapterConfig {
  /** Where credentials and signal keys live (the database, via the AuthKV table). */
  authStore: WhatsAppAuthStore;
  /**
   * The lease held while connected, so only one process uses the number; called with
   * the session name. Without it there is no lease (a single process).
   */
  leaseFor?: (session: string) => WhatsAppLease;
  /**
   * Whether the bot may write to a chat on its own initiative (bound to a wijk). Replies
   * to a message just received in that chat are always allowed: the core answers a
   * command in an unbound group once, with how to /koppel it.
   */
  isChatAllowed?: (chatId: string) => Promise<boolean>;
  /** WhatsApp logged the linked device out: tell the coördinator elsewhere. */
  onLoggedOut?: () => Promise<void>;
  logger?: Logger;
  /** Environment to read settings from (default process.env): WHATSAPP_SESSION, WHATSAPP_PAIRING_NUMBER, WHATSAPP_MESSAGE_GAP_SECONDS. */
  env?: NodeJS.ProcessEnv;
  /** Session name: the prefix of its rows in the auth store and the lease name. */
  session?: string;
  /** Phone number (with country code) to link with a pairing code instead of a QR code. */
  pairingNumber?: string;
  /** Defaults to Baileys' makeWASocket; tests pass a simulated socket. */
  makeSocket?: MakeSocket;
  timers?: Timers;
  pacing?: Partial<Pacing>;
  /** Where the QR code / pairing code is printed (default stderr, never the chat output). */
  loginOutput?: NodeJS.WritableStream;
}

export interface WhatsAppAdapter extends Adapter {
  readonly name: "whatsapp";
  readonly sendPolicy: SendPolicy;
  status(): AdapterStatus;
  edit(sent: SentMessage, message: OutgoingMessage): Promise<void>;
  readonly editWindowMs: number;
  pin(sent: SentMessage): Promise<void>;
  readonly pinLastsMs: number;
  unpin(sent: SentMessage): Promise<void>;
  typing(chatId: string): Promise<void>;
}

/** WHATSAPP_ENABLED=1 turns the adapter on in `npm start`. */
/** Keep in step with the check in adapters/index.ts, which must not load Baileys to make it. */
export function isWhatsAppEnabled(env: NodeJS.ProcessEnv): boolean {
  return /^(1|true|ja|yes)$/i.test(env.WHATSAPP_ENABLED ?? "");
}

/** States in which /healthz is fine: working, or deliberately waiting for the other process. */
const HEALTHY_STATES: ReadonlySet<ConnectionStateName> = new Set(["starting", "standby", "connecting", "connected"]);

export function createWhatsAppAdapter(config: WhatsAppAdapterConfig): WhatsAppAdapter {
  const env = config.env ?? process.env;
  const session = config.session ?? env.WHATSAPP_SESSION ?? "default";
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(session)) throw new Error("WHATSAPP_SESSION: use letters, digits, - or _ (at most 40)");
  const pairingNumber = (config.pairingNumber ?? env.WHATSAPP_PAIRING_NUMBER ?? "").replace(/[^0-9]/g, "") || undefined;
  const gapSeconds = Number(env.WHATSAPP_MESSAGE_GAP_SECONDS);
  const pacing: Pacing = {
    perChatMs: config.pacing?.perChatMs ?? (gapSeconds > 0 ? gapSeconds * 1000 : DEFAULT_CHAT_GAP_MS),
    perGroupPerMinute: config.pacing?.perGroupPerMinute ?? DEFAULT_GROUP_MESSAGES_PER_MINUTE,
    numberWideMs: config.pacing?.numberWideMs ?? DEFAULT_NUMBER_WIDE_GAP_MS,
  };
  const logger = config.logger ?? pino({ level: "silent" });
  const timers = config.timers ?? realTimers;
  const loginOutput = config.loginOutput ?? process.stderr;
  const gap = new NumberWideGap(pacing.numberWideMs, timers);
  const received = new BoundedMap<string, WAMessage>(MESSAGE_CACHE_SIZE);
  const sent = new BoundedMap<string, { key: WAMessageKey; content?: proto.IMessage }>(MESSAGE_CACHE_SIZE);
  const groupTitles = new BoundedMap<string, string>(MESSAGE_CACHE_SIZE);
  let onMessage: MessageHandler | undefined;
  let events: AdapterEvents | undefined;
  // Messages are handed to the core one at a time, in arrival order.
  let incoming: Promise<void> = Promise.resolve();

  const connection = new WhatsAppConnection({
    session,
    authStore: config.authStore,
    makeSocket: config.makeSocket ?? ((socketConfig) => makeWASocket(socketConfig)),
    timers,
    logger,
    lease: config.leaseFor?.(session),
    leasePollMs: LEASE_POLL_MS,
    pairingNumber,
    showLogin(login) {
      if ("pairingCode" in login) {
        loginOutput.write(
          `\nWhatsApp-koppelcode: ${login.pairingCode}\nOp de telefoon van het botnummer: WhatsApp → Instellingen → Gekoppelde apparaten → Apparaat koppelen → "Koppelen met telefoonnummer", en vul deze code in.\n\n`,
        );
        return;
      }
      qrcodeTerminal.generate(login.qr, { small: true }, (qr: string) => {
        loginOutput.write(`\nScan deze QR-code met WhatsApp op de telefoon van het botnummer (Gekoppelde apparaten → Apparaat koppelen):\n${qr}\n`);
      });
    },
    onUpsert: (event) => receive(event),
    onGroupTitle: (chatId, title) => groupTitles.set(chatId, title),
    onParticipants: (event) => {
      // In line with the messages, so a removal is handled after what the person wrote before it.
      for (const left of toMembersLeft(event, ownIds(), new Date(timers.now()))) {
        incoming = incoming
          .then(() => events?.memberLeft(left))
          .catch((error: unknown) => logger.error({ err: errorSummary(error) }, "handling a whatsapp participant update failed"));
      }
    },
    getSentMessage: (key) => (key.id ? sent.get(key.id)?.content : undefined),
    onLoggedOut: async () => config.onLoggedOut?.(),
  });

  function ownIds() {
    const user = connection.socket?.user;
    return { pn: user?.id ? jidNormalizedUser(user.id) : undefined, lid: user?.lid ? jidNormalizedUser(user.lid) : undefined };
  }

  function receive(event: BaileysEventMap["messages.upsert"]): void {
    for (const raw of readableMessages(event)) {
      const message = toIncomingMessage(raw, ownIds(), { now: () => new Date(timers.now()), chatTitle: groupTitles.get(raw.key.remoteJid!) });
      if (!message) continue;
      received.set(cacheKey(message.chatId, message.messageId), raw);
      incoming = incoming
        .then(() => onMessage?.(message))
        .catch((error: unknown) => logger.error({ err: errorSummary(error) }, "handling a whatsapp message failed"));
    }
  }

  function openSocket() {
    const socket = connection.socket;
    if (!socket || !connection.isOpen) throw new Error(`whatsapp is not connected (${connection.state})`);
    return socket;
  }

  /** The key of a message the bot sent: Baileys' own while it is remembered, else rebuilt from the id. */
  function sentKey(ref: SentMessage): WAMessageKey {
    return sent.get(ref.messageId)?.key ?? { remoteJid: ref.chatId, fromMe: true, id: ref.messageId };
  }

  /** Edits and pins are messages too; WhatsApp refusing one (4xx) will refuse it again: no retries. */
  async function sendAbout(ref: SentMessage, content: AnyMessageContent): Promise<void> {
    await gap.waitTurn();
    try {
      await openSocket().sendMessage(ref.chatId, content);
    } catch (error) {
      const status = (error as { output?: { statusCode?: number } })?.output?.statusCode;
      if (status !== undefined && status >= 400 && status < 500) throw Object.assign(error as Error, { retryable: false });
      throw error;
    }
  }

  async function mayWrite(message: OutgoingMessage): Promise<boolean> {
    if (message.replyTo && received.has(cacheKey(message.chatId, message.replyTo))) return true;
    return config.isChatAllowed ? config.isChatAllowed(message.chatId) : true;
  }

  return {
    name: WHATSAPP_PLATFORM,
    sendPolicy: whatsappSendPolicy(pacing),
    async start(handler: MessageHandler, adapterEvents?: AdapterEvents) {
      onMessage = handler;
      events = adapterEvents;
      connection.start();
    },
    async send(message: OutgoingMessage): Promise<SentMessage | undefined> {
      if (!(await mayWrite(message))) throw notBound();
      const text = toWhatsAppText(message);
      const mentions = toMentionedJids(message.mentions);
      const quoted = message.replyTo ? received.get(cacheKey(message.chatId, message.replyTo)) : undefined;
      await gap.waitTurn();
      const result = await openSocket().sendMessage(message.chatId, { text, ...(mentions.length ? { mentions } : {}) }, quoted ? { quoted } : undefined);
      const id = result?.key.id;
      if (!id) return undefined;
      sent.set(id, { key: result.key, content: result.message ?? undefined });
      return { platform: WHATSAPP_PLATFORM, chatId: message.chatId, messageId: id };
    },
    async edit(ref: SentMessage, message: OutgoingMessage): Promise<void> {
      await sendAbout(ref, { text: toWhatsAppText(message), edit: sentKey(ref) });
    },
    editWindowMs: WHATSAPP_EDIT_WINDOW_MS,
    async pin(ref: SentMessage): Promise<void> {
      await sendAbout(ref, { pin: sentKey(ref), type: proto.PinInChat.Type.PIN_FOR_ALL, time: WHATSAPP_PIN_SECONDS });
    },
    pinLastsMs: WHATSAPP_PIN_SECONDS * 1000,
    async unpin(ref: SentMessage): Promise<void> {
      await sendAbout(ref, { pin: sentKey(ref), type: proto.PinInChat.Type.UNPIN_FOR_ALL });
    },
    /** The outbox calls this before a longer reply: "typing…" shows a moment, like a person. */
    async typing(chatId: string): Promise<void> {
      await openSocket().sendPresenceUpdate("composing", chatId);
      await timers.sleep(TYPING_SHOW_MS);
    },
    status(): AdapterStatus {
      return { ok: HEALTHY_STATES.has(connection.state), state: connection.state, ...(connection.detail ? { detail: connection.detail } : {}) };
    },
    async stop() {
      await connection.stop();
      await incoming;
    },
  };
}

/** Retrying cannot help: the chat is not bound to a wijk (the outbox logs it as given up). */
function notBound(): Error {
  return Object.assign(new Error("whatsapp: the bot writes on its own only to chats bound to a wijk"), { name: "ChatNotBound", retryable: false });
}

function cacheKey(chatId: string, messageId: string): string {
  return `${chatId}\u0000${messageId}`;
}

/** A Map that forgets its oldest entries beyond a size. */
class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly max: number) {
    super();
  }
  override set(key: K, value: V): this {
    this.delete(key);
    super.set(key, value);
    if (this.size > this.max) this.delete(this.keys().next().value as K);
    return this;
  }
}
