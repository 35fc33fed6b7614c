import { Browsers, DisconnectReason, makeCacheableSignalKeyStore } from "@whiskeysockets/baileys";
import type { BaileysEventMap, proto, UserFacingSocketConfig, WAMessageKey, WASocket } from "@whiskeysockets/baileys";
import type { Logger } from "pino";
import { useDbAuthState, type WhatsAppAuthStore } from "./auth-state.ts";
import { errorForLog, localText, type LocalText } from "../../src/core/index.ts";
import type { Timers } from "./pacing.ts";

/** The part of Baileys' socket the adapter uses; tests hand in a simulated one. */
export type WhatsAppSocket = Pick<WASocket, "ev" | "user" | "sendMessage" | "sendPresenceUpdate" | "requestPairingCode" | "end">;
export type MakeSocket = (config: UserFacingSocketConfig) => WhatsAppSocket;

/** One WhatsApp connection per phone number: held through a lease in the database. */
export interface WhatsAppLease {
  readonly ttlMs: number;
  acquire(): Promise<boolean>;
  renew(): Promise<boolean>;
  release(): Promise<void>;
}

export type ConnectionStateName =
  | "starting"
  | "standby"
  | "connecting"
  | "awaiting-login"
  | "connected"
  | "reconnecting"
  | "logged-out"
  | "replaced"
  | "forbidden"
  | "stopped";

/** Reconnect delays: 2 s, 4 s, 8 s … up to 5 minutes; back to 2 s after a good connection. */
export const RECONNECT_BASE_MS = 2_000;
export const RECONNECT_MAX_MS = 5 * 60_000;

export interface ConnectionOptions {
  session: string;
  authStore: WhatsAppAuthStore;
  makeSocket: MakeSocket;
  timers: Timers;
  logger: Logger;
  lease?: WhatsAppLease;
  /** How often a process without the lease tries to take it over. */
  leasePollMs: number;
  /** Digits only, with country code: ask for a pairing code instead of showing a QR code. */
  pairingNumber?: string;
  /** Where the QR code or pairing code is shown (stderr: never mixed into chat output). */
  showLogin(login: { qr: string } | { pairingCode: string }): void;
  onUpsert(event: BaileysEventMap["messages.upsert"]): void;
  onGroupTitle(chatId: string, title: string): void;
  /** Someone added to, removed from or promoted in a group. */
  onParticipants?(event: BaileysEventMap["group-participants.update"]): void;
  /** Content of a message we sent, for Baileys' retry requests. */
  getSentMessage(key: WAMessageKey): proto.IMessage | undefined;
  onLoggedOut(): Promise<void>;
}

type Outcome = "logged-out" | "replaced" | "forbidden" | "lease-lost" | "stopped";

/**
 * The life of the WhatsApp connection: wait for the lease, connect (QR or pairing code
 * the first time, stored credentials afterwards), reconnect with backoff when the line
 * drops, and stop for good — reporting it — when WhatsApp logged the device out.
 */
export class WhatsAppConnection {
  state: ConnectionStateName = "starting";
  detail?: LocalText;
  socket?: WhatsAppSocket;
  #stopped = false;
  /** The current socket got as far as "open": its close starts the backoff afresh. */
  #opened = false;
  #interrupt?: (outcome: Outcome) => void;
  #loop?: Promise<void>;

  constructor(private readonly options: ConnectionOptions) {}

  start(): void {
    this.#loop = this.#run().catch((error: unknown) => {
      this.options.logger.error({ err: errorSummary(error) }, "whatsapp connection loop failed");
      this.#set("stopped", localText("whatsappState.stoppedUnexpectedly"));
    });
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#interrupt?.("stopped");
    await this.#loop;
    this.#set("stopped");
  }

  /** True while a socket is open and logged in. */
  get isOpen(): boolean {
    return this.state === "connected" && this.socket !== undefined;
  }

  async #run(): Promise<void> {
    const { lease, logger } = this.options;
    while (!this.#stopped) {
      if (lease && !(await this.#waitForLease(lease))) return;
      const renewing = lease ? this.#keepRenewing(lease) : undefined;
      const outcome = await this.#connectUntilDone();
      renewing?.stop();
      if (outcome !== "lease-lost") await lease?.release().catch(() => undefined);
      if (outcome === "lease-lost") {
        logger.warn({ session: this.options.session }, "whatsapp lease lost; waiting to take it back");
        continue;
      }
      if (outcome === "logged-out") await this.#handleLoggedOut();
      if (outcome === "replaced") {
        logger.error({ session: this.options.session }, "another client took over this whatsapp session; not reconnecting");
        this.#set("replaced", localText("whatsappState.replaced"));
      }
      if (outcome === "forbidden") {
        logger.error({ session: this.options.session }, "whatsapp refused this number (403); not reconnecting");
        this.#set("forbidden", localText("whatsappState.forbidden"));
      }
      return;
    }
  }

  async #waitForLease(lease: WhatsAppLease): Promise<boolean> {
    while (!this.#stopped) {
      if (await lease.acquire().catch(() => false)) return true;
      this.#set("standby", localText("whatsappState.standby"));
      if ((await this.#sleepOrInterrupt(this.options.leasePollMs)) !== "slept") return false;
    }
    return false;
  }

  #keepRenewing(lease: WhatsAppLease): { stop(): void } {
    let active = true;
    const every = Math.max(1_000, Math.floor(lease.ttlMs / 4));
    void (async () => {
      while (active) {
        await this.options.timers.sleep(every);
        if (!active) return;
        const renewed = await lease.renew().catch((error: unknown) => {
          this.options.logger.warn({ err: errorSummary(error) }, "renewing the whatsapp lease failed; retrying");
          return true;
        });
        if (!renewed && active) this.#interrupt?.("lease-lost");
      }
    })();
    return { stop: () => void (active = false) };
  }

  async #connectUntilDone(): Promise<Outcome> {
    const auth = await useDbAuthState(this.options.authStore, this.options.session);
    let failures = 0;
    while (!this.#stopped) {
      this.#set(failures ? "reconnecting" : "connecting", failures ? localText("whatsappState.attempt", { attempt: failures + 1 }) : undefined);
      const closed = await this.#runSocket(auth);
      if (typeof closed !== "number") return closed;
      if (this.#opened) failures = 0;
      if (closed === DisconnectReason.loggedOut) {
        await auth.clear();
        return "logged-out";
      }
      if (closed === DisconnectReason.connectionReplaced) return "replaced";
      if (closed === DisconnectReason.forbidden) return "forbidden";
      // After the QR scan WhatsApp closes the line once on purpose, to log in afresh.
      if (closed === DisconnectReason.restartRequired) continue;
      const delay = Math.min(RECONNECT_MAX_MS, RECONNECT_BASE_MS * 2 ** failures);
      failures++;
      this.options.logger.warn({ statusCode: closed, retryInMs: delay }, "whatsapp connection closed; reconnecting");
      this.#set("reconnecting", localText("whatsappState.reconnecting", { code: String(closed), seconds: Math.round(delay / 1000) }));
      const waited = await this.#sleepOrInterrupt(delay);
      if (waited !== "slept") return waited;
    }
    return "stopped";
  }

  /** Opens one socket and resolves with its close code, or with what interrupted it. */
  #runSocket(auth: Awaited<ReturnType<typeof useDbAuthState>>): Promise<number | Outcome> {
    const { logger, pairingNumber } = this.options;
    const socket = this.options.makeSocket({
      auth: { creds: auth.state.creds, keys: makeCacheableSignalKeyStore(auth.state.keys, this.#baileysLogger()) },
      logger: this.#baileysLogger(),
      browser: Browsers.ubuntu("Chrome"),
      // Leave the phone its notifications: the number's owner still reads the groups there.
      markOnlineOnConnect: false,
      syncFullHistory: false,
      getMessage: async (key) => this.options.getSentMessage(key),
    });
    this.socket = socket;
    this.#opened = false;
    let pairingRequested = false;

    return new Promise((resolve) => {
      let done = false;
      const finish = (result: number | Outcome) => {
        if (done) return;
        done = true;
        this.#interrupt = undefined;
        this.socket = undefined;
        resolve(result);
      };
      this.#interrupt = (outcome) => {
        void Promise.resolve(socket.end(undefined)).catch(() => undefined);
        finish(outcome);
      };
      socket.ev.on("creds.update", () => {
        auth.saveCreds().catch((error: unknown) => logger.error({ err: errorSummary(error) }, "saving whatsapp credentials failed"));
      });
      socket.ev.on("messages.upsert", (event) => this.options.onUpsert(event));
      socket.ev.on("groups.upsert", (groups) => groups.forEach((g) => g.subject && this.options.onGroupTitle(g.id, g.subject)));
      socket.ev.on("groups.update", (groups) => groups.forEach((g) => g.id && g.subject && this.options.onGroupTitle(g.id, g.subject)));
      socket.ev.on("group-participants.update", (event) => this.options.onParticipants?.(event));
      socket.ev.on("connection.update", (update) => {
        if (update.qr && !auth.state.creds.registered) {
          this.#set("awaiting-login", localText(pairingNumber ? "whatsappState.enterPairingCode" : "whatsappState.scanQr"));
          if (!pairingNumber) this.options.showLogin({ qr: update.qr });
          else if (!pairingRequested) {
            pairingRequested = true;
            socket
              .requestPairingCode(pairingNumber)
              .then((pairingCode) => this.options.showLogin({ pairingCode }))
              .catch((error: unknown) => logger.error({ err: errorSummary(error) }, "requesting a whatsapp pairing code failed"));
          }
        }
        if (update.connection === "open") {
          this.#opened = true;
          this.#set("connected");
          logger.info({ session: this.options.session }, "whatsapp connected");
        }
        if (update.connection === "close") {
          const code = statusCodeOf(update.lastDisconnect?.error);
          finish(code ?? DisconnectReason.connectionClosed);
        }
      });
    });
  }

  async #handleLoggedOut(): Promise<void> {
    this.options.logger.error({ session: this.options.session }, "whatsapp logged this device out; a new login is needed");
    this.#set("logged-out", localText("whatsappState.loggedOut"));
    await this.options.onLoggedOut().catch((error: unknown) => {
      this.options.logger.error({ err: errorSummary(error) }, "announcing the whatsapp logout failed");
    });
  }

  #sleepOrInterrupt(ms: number): Promise<"slept" | Outcome> {
    return new Promise((resolve) => {
      const interrupt = (outcome: Outcome) => {
        this.#interrupt = undefined;
        resolve(outcome);
      };
      this.#interrupt = interrupt;
      void this.options.timers.sleep(ms).then(() => {
        if (this.#interrupt !== interrupt) return;
        this.#interrupt = undefined;
        resolve("slept");
      });
    });
  }

  #set(state: ConnectionStateName, detail?: LocalText): void {
    this.state = state;
    this.detail = detail;
  }

  #baileysLogger(): Logger {
    // Baileys logs message contents and numbers at its lower levels; keep only errors.
    return this.options.logger.child({ module: "baileys" }, { level: "error" });
  }
}

/** Baileys closes with a Boom error whose output.statusCode is a DisconnectReason. */
function statusCodeOf(error: unknown): number | undefined {
  const output = (error as { output?: { statusCode?: unknown } } | undefined)?.output;
  return typeof output?.statusCode === "number" ? output.statusCode : undefined;
}

/** For logs: name, code, status and stack frames — never the message, which may carry a phone number or text. */
export function errorSummary(error: unknown) {
  return { ...errorForLog(error), status: statusCodeOf(error) };
}
