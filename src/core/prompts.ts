import type { Db } from "../db.ts";
import type { Clock } from "./clock.ts";
import type { Reply } from "./command.ts";
import type { IncomingMessage } from "./types.ts";
import type { NeedsChoice, NeedsConfirmation, Rerun } from "../services/errors.ts";
import { localize, type MessageKey, type MessageVars, type Translate } from "../i18n/index.ts";

/** How long a numbered question or confirmation waits for its answer. */
export const PROMPT_TTL_MINUTES = 10;

type PromptPayload = { kind: "choice"; options: Rerun[] } | { kind: "confirm"; rerun: Rerun };

/** What a message means for a question waiting on its sender in that chat. */
export type PromptAnswer =
  /** Not an answer (no question waiting, or not a number / ja-nee): handle the message as usual. */
  | { kind: "none" }
  /** An answer that only gets a short reply (expired, number out of range, "nee"). */
  | { kind: "say"; key: MessageKey; vars?: MessageVars }
  /** The chosen option or the confirmed command: run it again. */
  | { kind: "rerun"; rerun: Rerun };

/**
 * Questions the bot asks back — "which one? 1, 2, 3" or "sure? ja/nee" — stored per
 * sender and chat (so they survive a restart and any process can take the answer),
 * answered only by that sender within PROMPT_TTL_MINUTES.
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
    /** Numbered options, with buttons where the platform has them. */
    async askChoice(message: IncomingMessage, choice: NeedsChoice, t: Translate): Promise<Reply[]> {
      await save(message, { kind: "choice", options: choice.options.map((o) => o.rerun) });
      const labels = choice.options.map((o) => localize(t, o.label));
      const lines = labels.map((label, i) => `${i + 1}. ${label}`);
      return [
        {
          text: `${localize(t, choice.question)}\n${lines.join("\n")}\n${t("core.answerNumber")}`,
          choices: choice.options.map(({ answer }, i) => ({ label: labels[i], answer })),
        },
      ];
    },

    /** A yes/no question before something that cannot simply be undone. */
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

    /** Reads a bare "2" or "ja" against the question waiting for this sender; a used question is gone. */
    async answer(message: IncomingMessage, text: string): Promise<PromptAnswer> {
      const isNumber = /^\d{1,2}[.)]?$/.test(text);
      const yesNo = /^(ja|j|yes|y|ok|oké|nee|n|no)[.!]?$/i.test(text);
      if (!isNumber && !yesNo) return { kind: "none" };
      const where = whereOf(message);
      const prompt = await db.pendingPrompt.findUnique({ where });
      if (!prompt) return { kind: "none" };
      if (prompt.expiresAt.getTime() < clock.now().getTime()) {
        await db.pendingPrompt.delete({ where }).catch(() => undefined);
        return { kind: "say", key: "core.promptExpired" };
      }
      const payload = JSON.parse(prompt.payload) as PromptPayload;
      if (payload.kind === "choice") {
        if (!isNumber) return { kind: "none" };
        const rerun = payload.options[Number.parseInt(text, 10) - 1];
        if (!rerun) return { kind: "say", key: "core.pickNumber", vars: { max: payload.options.length } };
        await db.pendingPrompt.delete({ where });
        return { kind: "rerun", rerun };
      }
      if (!yesNo) return { kind: "none" };
      await db.pendingPrompt.delete({ where });
      if (/^(nee|n|no)/i.test(text)) return { kind: "say", key: "core.nothingChanged" };
      return { kind: "rerun", rerun: { ...payload.rerun, confirmed: true } };
    },
  };
}
