import type { Db } from "../db.ts";
import type { Clock } from "./clock.ts";
import type { Reply } from "./command.ts";
import type { IncomingMessage } from "./types.ts";
import type { NeedsChoice, NeedsConfirmation, Rerun } from "../services/errors.ts";
import { localize, type Translate } from "../i18n/index.ts";

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
      const prompt = await db.pendingPrompt.findUnique({ where: whereOf(message) });
      if (!prompt) return null;
      return { payload: JSON.parse(prompt.payload) as PromptPayload, expired: prompt.expiresAt.getTime() < clock.now().getTime() };
    },

    async clear(message: IncomingMessage): Promise<void> {
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
