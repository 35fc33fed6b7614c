import { DisconnectReason, generateWAMessage, makeEventBuffer, proto } from "@whiskeysockets/baileys";
import type { AnyMessageContent, MiscMessageGenerationOptions, UserFacingSocketConfig, WAMessage, WAPresence } from "@whiskeysockets/baileys";
import pino from "pino";
import type { MakeSocket, Timers, WhatsAppSocket } from "../../adapters/whatsapp/index.ts";

/**
 * WhatsApp's side of the line, simulated: sockets with Baileys' real event emitter
 * (makeEventBuffer) and the real message builder (generateWAMessage), so what the
 * adapter "sends" is the protobuf Baileys would put on the wire. Only the network is fake.
 */
export const BOT_PN = "31600000001@s.whatsapp.net";
export const BOT_LID = "200000000000001@lid";
export const GROUP = "120363025246125244@g.us";

export interface SentRecord {
  jid: string;
  content: AnyMessageContent;
  options?: MiscMessageGenerationOptions;
  message: WAMessage;
  at: number;
}

export interface SimulatedSocket extends WhatsAppSocket {
  readonly config: UserFacingSocketConfig;
  readonly presence: { type: WAPresence; jid?: string; at: number }[];
  readonly pairingRequests: string[];
  ended: boolean;
}

export class SimulatedWhatsApp {
  readonly sockets: SimulatedSocket[] = [];
  readonly sent: SentRecord[] = [];
  /** Like the server, refuse an edit of a message sent longer ago than this. */
  editWindowMs = 15 * 60_000;
  /** Refuse every edit, as WhatsApp does for a message someone deleted. */
  refuseEdits = false;
  /** Ids of the messages an edit was refused for, in order. */
  readonly refusedEdits: string[] = [];
  #incoming = 0;

  constructor(private readonly timers: Timers = { now: () => Date.now(), sleep: async () => undefined }) {}

  readonly makeSocket: MakeSocket = (config) => {
    const ev = makeEventBuffer(pino({ level: "silent" }));
    const world = this;
    const socket: SimulatedSocket = {
      config,
      ev,
      user: undefined,
      presence: [],
      pairingRequests: [],
      ended: false,
      async sendMessage(jid: string, content: AnyMessageContent, options?: MiscMessageGenerationOptions) {
        if ("edit" in content && content.edit) {
          const original = world.sent.find((s) => s.message.key.id === content.edit!.id);
          if (world.refuseEdits || (original && world.timers.now() - original.at > world.editWindowMs)) {
            world.refusedEdits.push(content.edit.id ?? "");
            throw refused();
          }
        }
        const message = await generateWAMessage(jid, content, {
          userJid: BOT_PN,
          ...options,
          upload: async () => {
            throw new Error("media upload is not simulated");
          },
        });
        world.sent.push({ jid, content, options, message, at: world.timers.now() });
        return message;
      },
      async sendPresenceUpdate(type: WAPresence, jid?: string) {
        socket.presence.push({ type, jid, at: world.timers.now() });
      },
      async requestPairingCode(phoneNumber: string) {
        socket.pairingRequests.push(phoneNumber);
        return "ABCD1234";
      },
      async end() {
        socket.ended = true;
      },
    } as SimulatedSocket;
    this.sockets.push(socket);
    return socket;
  };

  get current(): SimulatedSocket {
    const socket = this.sockets.at(-1);
    if (!socket) throw new Error("no socket was made");
    return socket;
  }

  /** The linked device is logged in: WhatsApp opens the connection. */
  open(socket = this.current): void {
    socket.user = { id: "31600000001:7@s.whatsapp.net", lid: "200000000000001:7@lid", name: "wijkbot" };
    socket.ev.emit("connection.update", { connection: "open" });
  }

  /** WhatsApp closes the line with a DisconnectReason, as a Boom error like Baileys makes it. */
  close(statusCode: DisconnectReason, socket = this.current): void {
    const error = Object.assign(new Error("Connection Failure"), { isBoom: true, output: { statusCode, payload: {} } });
    socket.ev.emit("connection.update", { connection: "close", lastDisconnect: { error: error as never, date: new Date() } });
  }

  /** A live incoming message, as a real protobuf WebMessageInfo. */
  deliver(fields: { key: Record<string, unknown>; message: Record<string, unknown>; pushName?: string }, type: "notify" | "append" = "notify"): WAMessage {
    const message = proto.WebMessageInfo.fromObject({
      messageTimestamp: 1795435200,
      ...fields,
      key: { fromMe: false, id: `IN${++this.#incoming}`, ...fields.key },
    }) as WAMessage;
    // Baileys' v7 key fields (participantAlt, remoteJidAlt, addressingMode) are not in the protobuf: it sets them after decoding.
    Object.assign(message.key, pickAltFields(fields.key));
    this.current.ev.emit("messages.upsert", { type, messages: [message] });
    return message;
  }

  /** A group text from a member, sender in v7 form: @lid with the phone-number jid beside it. */
  groupText(text: string, from: { lid: string; pn?: string; name: string }, extra: Record<string, unknown> = {}, group = GROUP): WAMessage {
    return this.deliver({
      key: { remoteJid: group, participant: from.lid, ...(from.pn ? { participantAlt: from.pn } : {}), addressingMode: "lid" },
      message: Object.keys(extra).length ? { extendedTextMessage: { text, ...extra } } : { conversation: text },
      pushName: from.name,
    });
  }

  textsTo(jid: string): string[] {
    return this.sent.filter((s) => s.jid === jid).map((s) => s.message.message?.extendedTextMessage?.text ?? s.message.message?.conversation ?? "");
  }
}

/** WhatsApp's answer to an edit it does not take, as a Boom error like Baileys passes on. */
function refused(): Error {
  return Object.assign(new Error("not-acceptable"), { isBoom: true, output: { statusCode: 406, payload: {} } });
}

/** The pins and unpins the bot sent, in order: which message, and for how long (seconds; 0 = unpinned). */
export function pinsIn(sent: readonly SentRecord[]): { id: string; pinned: boolean; seconds: number; at: number }[] {
  return sent.flatMap((s) => {
    const pin = s.message.message?.pinInChatMessage;
    if (!pin) return [];
    const pinned = pin.type === proto.PinInChat.Type.PIN_FOR_ALL;
    return [{ id: pin.key?.id ?? "", pinned, seconds: s.message.message?.messageContextInfo?.messageAddOnDurationInSecs ?? 0, at: s.at }];
  });
}

function pickAltFields(key: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of ["participantAlt", "remoteJidAlt", "addressingMode"]) if (key[field] !== undefined) out[field] = key[field];
  return out;
}

/** Manual time: sleeps resolve only when the test advances the clock past them. */
export class ManualTimers implements Timers {
  #now = 0;
  #waiting: { at: number; resolve: () => void }[] = [];
  readonly sleeps: number[] = [];

  now(): number {
    return this.#now;
  }

  sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    return new Promise((resolve) => this.#waiting.push({ at: this.#now + ms, resolve }));
  }

  /** How many sleeps are waiting: a loop that went back to sleep shows up here. */
  get pending(): number {
    return this.#waiting.length;
  }

  /** Moves time forward, waking every sleeper on the way in order, letting each run on. */
  async advance(ms: number): Promise<void> {
    const target = this.#now + ms;
    for (;;) {
      await settle();
      this.#waiting.sort((a, b) => a.at - b.at);
      const next = this.#waiting[0];
      if (!next || next.at > target) break;
      this.#waiting.shift();
      this.#now = Math.max(this.#now, next.at);
      next.resolve();
    }
    this.#now = target;
    await settle();
  }
}

/** Lets promise chains (and a few I/O turns) run to their next wait. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** Waits (real time, briefly) until a condition holds: for work that goes through the database. */
export async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
