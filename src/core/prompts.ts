import type { Db } from "../db.ts";
import type { Clock } from "./clock.ts";
import type { Reply } from "./command.ts";
import type { Choice, IncomingMessage } from "./types.ts";
import type { NeedsChoice, NeedsConfirmation, Rerun } from "./errors.ts";
import { localize, type MessageKey, type Translate } from "../i18n/index.ts";
import { randomBytes } from "node:crypto";
import { newCuid, sqlOf } from "../db/sql.ts";
import { fold } from "../parse/text.ts";

/** How long a question — or the last change, for a correction — waits for the sender's next message. */
export const PROMPT_TTL_MINUTES = 10;

/** What the bot last asked or did for one sender in one chat. */
export type PromptPayload =
  /** "Which one? 1, 2, 3": answered by number or by (part of) an option's label. */
  | { kind: "choice"; options: Rerun[]; labels?: string[]; pressedKeys?: MessageKey[] }
  /** "Sure? ja/nee". */
  | { kind: "confirm"; rerun: Rerun }
  /**
   * "Which action do you mean?": the next message names it; `rerun` is the command waiting for it and
   * `then` what follows the name ("/actie bereik" + name + " 12").
   */
  | { kind: "need-action"; rerun: Rerun; command: string; then?: string; options?: Rerun[] }
  /** "Wat is de nieuwe actie?": the next message is read as free text after `prefix` ("nieuwe actie:"). */
  | { kind: "read-as"; prefix: string; suffix?: string }
  /** A change just made: a short correction ("nee, 3 februari", "niet die, de andere") applies to it. */
  | { kind: "change"; rerun: Rerun; command: string; actionId?: string; actionTitle?: string; alternatives?: string[] };

/**
 * A typed number answers a scheduled question (a deadline reminder) this long after it was
 * sent; a newer question or change to the same person in that chat replaces it sooner.
 */
export const REMINDER_REPLY_TTL_HOURS = 24;
/** A button under a scheduled message works this long (Telegram keeps old messages around). */
export const BUTTON_TTL_DAYS = 30;
/** Rows for buttons are kept under this pseudo sender id, so they never collide with a person's own prompt. */
const BUTTON_SENDER_PREFIX = "#button:";
/** A question whose button reference is unknown or used up: read as expired, so nothing runs. */
const USED_UP: StoredPrompt = { payload: { kind: "choice", options: [] }, expired: true };
/** Between a question's reference and one button's key in a button id ("0ftkQ3x9aZ1k.Pq7r"). */
const BUTTON_ID_SEPARATOR = ".";
const DAY_MS = 86_400_000;
/** A reference starts with the day it was made (base 36, this wide), so a button whose row is gone can still be told expired from forged. */
const REF_DAY_CHARS = 4;

/** What a question's button row keeps beside the question: a key per button, and who was asked (a reply's question). */
export interface ButtonRow {
  payload: PromptPayload;
  chatId: string;
  expired: boolean;
  scheduled: boolean;
  keys: string[];
  askedOf?: { senderId: string; name: string };
}

interface ButtonMeta {
  buttonKeys: string[];
  scheduled?: boolean;
  askedOf?: { senderId: string; name: string };
}

/** A button id as the question's reference and the button's key (no key: an older "answer|reference" button). */
export function readButtonId(id: string): { ref: string; key?: string } {
  const at = id.indexOf(BUTTON_ID_SEPARATOR);
  return at < 0 ? { ref: id } : { ref: id.slice(0, at), key: id.slice(at + 1) };
}

/** The day a reference was made, when it reads as one. */
export function refIssuedAt(ref: string): Date | undefined {
  const day = Number.parseInt(ref.slice(0, REF_DAY_CHARS), 36);
  return /^[0-9a-z]{4}/.test(ref) && Number.isFinite(day) ? new Date(day * DAY_MS) : undefined;
}

/** The answer a button stands for: the option's number, or ja/nee. */
export function buttonAnswer(payload: PromptPayload, index: number): string | undefined {
  if (payload.kind === "choice") return index < payload.options.length ? String(index + 1) : undefined;
  if (payload.kind === "confirm") return index === 0 ? "ja" : index === 1 ? "nee" : undefined;
  return undefined;
}

function newRef(now: Date): string {
  const day = Math.floor(now.getTime() / DAY_MS).toString(36).padStart(REF_DAY_CHARS, "0").slice(-REF_DAY_CHARS);
  return `${day}${randomBytes(6).toString("base64url")}`;
}

/**
 * Stores a question's buttons in the chat it was asked in, under a fresh reference with a
 * random key per button; returns the choices with their opaque button ids.
 */
async function saveButtons(db: Db, where: { platform: string; chatId: string }, payload: PromptPayload, choices: Choice[], meta: Omit<ButtonMeta, "buttonKeys">, now: Date, expiresAt: Date) {
  const ref = newRef(now);
  const keys = choices.map(() => randomBytes(3).toString("base64url"));
  const senderId = `${BUTTON_SENDER_PREFIX}${ref}`;
  const row = { payload: JSON.stringify({ ...payload, buttonKeys: keys, ...meta }), expiresAt, createdAt: now };
  await db.pendingPrompt.create({ data: { platform: where.platform, chatId: where.chatId, senderId, ...row } });
  return { promptRef: ref, choices: choices.map((c, i) => ({ ...c, button: `${ref}${BUTTON_ID_SEPARATOR}${keys[i]}` })) };
}

export interface StoredPrompt {
  payload: PromptPayload;
  expired: boolean;
}

/**
 * The conversation memory: per sender and chat, the bot's last question or change, stored
 * in the database (so it survives a restart and any process can take the answer) and
 * read only within PROMPT_TTL_MINUTES.
 */
export function createPrompts(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  const whereOf = (message: IncomingMessage) => ({
    platform_chatId_senderId: { platform: message.platform, chatId: message.chatId, senderId: message.senderId },
  });

  /** A button press names the question it belongs to: that row, not the presser's last prompt. */
  const buttonWhere = (message: IncomingMessage) => ({
    platform_chatId_senderId: { platform: message.platform, chatId: message.chatId, senderId: `${BUTTON_SENDER_PREFIX}${readButtonId(message.promptRef!).ref}` },
  });

  async function save(message: IncomingMessage, payload: PromptPayload): Promise<void> {
    const expiresAt = new Date(clock.now().getTime() + PROMPT_TTL_MINUTES * 60_000);
    // After every change (for a correction): one statement through the driver where there is one
    // (src/db/sql.ts), the same row as the upsert below (a new row's createdAt is the real time, as Prisma's default).
    const sql = sqlOf(db);
    if (sql) {
      await sql.run(
        `INSERT INTO "PendingPrompt" ("id", "platform", "chatId", "senderId", "payload", "expiresAt", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT ("platform", "chatId", "senderId") DO UPDATE SET "payload" = excluded."payload", "expiresAt" = excluded."expiresAt", "createdAt" = ?`,
        [newCuid(), message.platform, message.chatId, message.senderId, JSON.stringify(payload), expiresAt, new Date(), clock.now()],
      );
      return;
    }
    await db.pendingPrompt.upsert({
      where: whereOf(message),
      create: { platform: message.platform, chatId: message.chatId, senderId: message.senderId, payload: JSON.stringify(payload), expiresAt },
      update: { payload: JSON.stringify(payload), expiresAt, createdAt: clock.now() },
    });
  }

  /** Buttons for a question asked in reply: only the sender it was asked of can press them, as long as a typed answer counts. */
  const buttonsFor = (message: IncomingMessage, payload: PromptPayload, choices: Choice[]) =>
    saveButtons(db, message, payload, choices, { askedOf: { senderId: message.senderId, name: message.senderName } }, clock.now(), new Date(clock.now().getTime() + PROMPT_TTL_MINUTES * 60_000));

  return {
    save,

    /** A pressed button's question, wherever it was asked (a press from another chat is told so); null when unknown. */
    async findButton(platform: string, ref: string): Promise<ButtonRow | null> {
      const row = await db.pendingPrompt.findFirst({ where: { platform, senderId: `${BUTTON_SENDER_PREFIX}${ref}` } });
      if (!row) return null;
      const { buttonKeys, scheduled, askedOf, ...payload } = JSON.parse(row.payload) as PromptPayload & Partial<ButtonMeta>;
      return {
        payload: payload as PromptPayload,
        chatId: row.chatId,
        expired: row.expiresAt.getTime() < clock.now().getTime(),
        // Rows from before button keys were answered by the number in the data.
        scheduled: scheduled ?? !buttonKeys,
        keys: buttonKeys ?? [],
        ...(askedOf ? { askedOf } : {}),
      };
    },

    async load(message: IncomingMessage): Promise<StoredPrompt | null> {
      if (message.promptRef) {
        const button = await db.pendingPrompt.findUnique({ where: buttonWhere(message) });
        if (!button) return USED_UP;
        return { payload: JSON.parse(button.payload) as PromptPayload, expired: button.expiresAt.getTime() < clock.now().getTime() };
      }
      const prompt = await db.pendingPrompt.findUnique({ where: whereOf(message) });
      if (!prompt) return null;
      return { payload: JSON.parse(prompt.payload) as PromptPayload, expired: prompt.expiresAt.getTime() < clock.now().getTime() };
    },

    /**
     * A reply to the bot's message about someone else's change, in the same chat and still within
     * PROMPT_TTL_MINUTES ("moet 1 april zijn" from the coördinator, swiping the bot's answer to
     * Fatima): that change, when the quoted message names its action. Only one quoted message is
     * read this way; the sender's own prompt, when live, comes first (see the follow-up step).
     */
    async loadQuotedChange(message: IncomingMessage): Promise<StoredPrompt | null> {
      const quoted = message.repliesToBot && message.quoted?.text ? fold(message.quoted.text) : "";
      if (!quoted) return null;
      const rows = await db.pendingPrompt.findMany({
        where: { platform: message.platform, chatId: message.chatId, senderId: { not: message.senderId }, expiresAt: { gt: clock.now() } },
        orderBy: { createdAt: "desc" },
        take: 5,
      });
      for (const row of rows) {
        if (row.senderId.startsWith(BUTTON_SENDER_PREFIX)) continue;
        const payload = JSON.parse(row.payload) as PromptPayload;
        const title = payload.kind === "change" && payload.actionTitle ? fold(payload.actionTitle) : "";
        if (title && ` ${quoted} `.includes(` ${title} `)) return { payload, expired: false };
      }
      return null;
    },

    async clear(message: IncomingMessage): Promise<void> {
      // A scheduled message's buttons stay until they expire: a second press reruns the same command, which says how things stand now.
      if (message.promptRef) return;
      await db.pendingPrompt.deleteMany({ where: { platform: message.platform, chatId: message.chatId, senderId: message.senderId } });
    },

    /** Numbered options, with buttons where the platform has them. */
    async askChoice(message: IncomingMessage, choice: NeedsChoice, t: Translate): Promise<Reply[]> {
      const labels = choice.options.map((o) => localize(t, o.label));
      const payload: PromptPayload = { kind: "choice", options: choice.options.map((o) => o.rerun), labels };
      await save(message, payload);
      const lines = labels.map((label, i) => `${i + 1}. ${label}`);
      const choices = choice.options.map(({ answer }, i) => ({ label: labels[i], answer }));
      return [{ text: `${localize(t, choice.question)}\n${lines.join("\n")}\n${t("core.answerNumber")}`, ...(await buttonsFor(message, payload, choices)) }];
    },

    /** A yes/no question before something that cannot simply be undone, or before a change read from a question. */
    async askConfirmation(message: IncomingMessage, confirmation: NeedsConfirmation, t: Translate): Promise<Reply[]> {
      const payload: PromptPayload = { kind: "confirm", rerun: confirmation.rerun };
      await save(message, payload);
      const choices = [
        { label: t("core.yes"), answer: "ja" },
        { label: t("core.no"), answer: "nee" },
      ];
      return [{ text: `${localize(t, confirmation.question)}\n${t("core.answerYesNo")}`, ...(await buttonsFor(message, payload, choices)) }];
    },
  };
}

/** Where a scheduled question went: the chat, and the platform ids its recipient types from there. */
export interface PromptTarget {
  platform: string;
  chatId: string;
  senderIds: string[];
}

/**
 * Stores the answers to a scheduled question (a deadline reminder), which is not a reply to
 * anything the recipient typed: for a typed number, as the recipient's prompt in that chat
 * for REMINDER_REPLY_TTL_HOURS; for the buttons, under an opaque reference (returned) that
 * the button's data carries, for BUTTON_TTL_DAYS. A press is read against that reference by
 * whoever presses; the command it reruns checks whether they may.
 */
export async function saveScheduledPrompt(db: Db, target: PromptTarget, payload: PromptPayload, now: Date, choices: Choice[]): Promise<{ promptRef: string; choices: Choice[] }> {
  const expiresAt = new Date(now.getTime() + REMINDER_REPLY_TTL_HOURS * 3_600_000);
  for (const senderId of target.senderIds) {
    const where = { platform_chatId_senderId: { platform: target.platform, chatId: target.chatId, senderId } };
    const data = { payload: JSON.stringify(payload), expiresAt, createdAt: now };
    await db.pendingPrompt.upsert({ where, create: { platform: target.platform, chatId: target.chatId, senderId, ...data }, update: data });
  }
  return saveButtons(db, target, payload, choices, { scheduled: true }, now, new Date(now.getTime() + BUTTON_TTL_DAYS * DAY_MS));
}
