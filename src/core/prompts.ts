import type { Db } from "../db.ts";
import type { Clock } from "./clock.ts";
import type { Reply } from "./command.ts";
import type { IncomingMessage } from "./types.ts";
import type { NeedsChoice, NeedsConfirmation, Rerun } from "../services/errors.ts";
import { localize, type Translate } from "../i18n/index.ts";
import { randomBytes } from "node:crypto";

/** How long a question — or the last change, for a correction — waits for the sender's next message. */
export const PROMPT_TTL_MINUTES = 10;

/** What the bot last asked or did for one sender in one chat. */
export type PromptPayload =
  /** "Which one? 1, 2, 3": answered by number or by (part of) an option's label. */
  | { kind: "choice"; options: Rerun[]; labels?: string[] }
  /** "Sure? ja/nee". */
  | { kind: "confirm"; rerun: Rerun }
  /** "Which action do you mean?": the next message names it; `rerun` is the command waiting for it. */
  | { kind: "need-action"; rerun: Rerun; command: string }
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
    platform_chatId_senderId: { platform: message.platform, chatId: message.chatId, senderId: `${BUTTON_SENDER_PREFIX}${message.promptRef}` },
  });

  async function save(message: IncomingMessage, payload: PromptPayload): Promise<void> {
    const expiresAt = new Date(clock.now().getTime() + PROMPT_TTL_MINUTES * 60_000);
    await db.pendingPrompt.upsert({
      where: whereOf(message),
      create: { platform: message.platform, chatId: message.chatId, senderId: message.senderId, payload: JSON.stringify(payload), expiresAt },
      update: { payload: JSON.stringify(payload), expiresAt, createdAt: clock.now() },
    });
  }

  return {
    save,

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

    async clear(message: IncomingMessage): Promise<void> {
      // A scheduled message's buttons stay until they expire: a second press reruns the same command, which says how things stand now.
      if (message.promptRef) return;
      await db.pendingPrompt.deleteMany({ where: { platform: message.platform, chatId: message.chatId, senderId: message.senderId } });
    },

    /** Numbered options, with buttons where the platform has them. */
    async askChoice(message: IncomingMessage, choice: NeedsChoice, t: Translate): Promise<Reply[]> {
      const labels = choice.options.map((o) => localize(t, o.label));
      await save(message, { kind: "choice", options: choice.options.map((o) => o.rerun), labels });
      const lines = labels.map((label, i) => `${i + 1}. ${label}`);
      return [
        {
          text: `${localize(t, choice.question)}\n${lines.join("\n")}\n${t("core.answerNumber")}`,
          choices: choice.options.map(({ answer }, i) => ({ label: labels[i], answer })),
        },
      ];
    },

    /** A yes/no question before something that cannot simply be undone, or before a change read from a question. */
    async askConfirmation(message: IncomingMessage, confirmation: NeedsConfirmation, t: Translate): Promise<Reply[]> {
      await save(message, { kind: "confirm", rerun: confirmation.rerun });
      return [
        {
          text: `${localize(t, confirmation.question)}\n${t("core.answerYesNo")}`,
          choices: [
            { label: t("core.yes"), answer: "ja" },
            { label: t("core.no"), answer: "nee" },
          ],
        },
      ];
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
export async function saveScheduledPrompt(db: Db, target: PromptTarget, payload: PromptPayload, now: Date): Promise<string> {
  const ref = randomBytes(6).toString("base64url");
  const rows = [
    { senderId: `${BUTTON_SENDER_PREFIX}${ref}`, expiresAt: new Date(now.getTime() + BUTTON_TTL_DAYS * 86_400_000) },
    ...target.senderIds.map((senderId) => ({ senderId, expiresAt: new Date(now.getTime() + REMINDER_REPLY_TTL_HOURS * 3_600_000) })),
  ];
  for (const { senderId, expiresAt } of rows) {
    const where = { platform_chatId_senderId: { platform: target.platform, chatId: target.chatId, senderId } };
    const data = { payload: JSON.stringify(payload), expiresAt, createdAt: now };
    await db.pendingPrompt.upsert({ where, create: { platform: target.platform, chatId: target.chatId, senderId, ...data }, update: data });
  }
  return ref;
}
