import type { InlineKeyboardMarkup } from "grammy/types";
import type { Choice } from "../../src/core/index.ts";

/** Telegram refuses longer texts (counted after entity parsing). */
export const TELEGRAM_MAX_MESSAGE_CHARS = 4096;
/** Telegram's limit for a button's callback data. */
const MAX_CALLBACK_DATA_BYTES = 64;

/**
 * The core's light formatting (*bold*, _italic_) as Telegram HTML. Everything else is
 * escaped first, so names and titles people typed can never inject markup.
 */
export function toTelegramHtml(text: string): string {
  return escapeHtml(text)
    .replace(/\*([^*\n]+)\*/g, "<b>$1</b>")
    .replace(/(^|[\s(])_([^_\n]+)_(?=$|[\s.,!?:;)])/gm, "$1<i>$2</i>");
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Splits a long text into parts Telegram accepts, at line breaks where possible (so a
 * *bold* pair, which never spans lines, stays whole), otherwise at a space.
 */
export function splitForTelegram(text: string, maxChars = TELEGRAM_MAX_MESSAGE_CHARS): string[] {
  if (text.length <= maxChars) return [text];
  const parts: string[] = [];
  let current = "";
  const flush = () => {
    if (current) parts.push(current);
    current = "";
  };
  for (const line of text.split("\n")) {
    const candidate = current ? `${current}\n${line}` : line;
    if (candidate.length <= maxChars) {
      current = candidate;
      continue;
    }
    flush();
    let rest = line;
    while (rest.length > maxChars) {
      const cut = rest.lastIndexOf(" ", maxChars);
      const at = cut > maxChars / 2 ? cut : maxChars;
      parts.push(rest.slice(0, at));
      rest = rest.slice(at).replace(/^ /, "");
    }
    current = rest;
  }
  flush();
  return parts;
}

/** Between a button's answer and its question's reference in the callback data ("1|k3Jx9aQ2"). */
const REF_SEPARATOR = "|";

/**
 * One button per choice; its callback data is the choice's opaque button id, which the core
 * looks up (never an action id). Choices without one send their answer back, as if typed.
 */
export function choicesKeyboard(choices: readonly Choice[]): InlineKeyboardMarkup | undefined {
  const data = (c: Choice) => c.button ?? c.answer;
  if (!choices.length || choices.some((c) => Buffer.byteLength(data(c)) > MAX_CALLBACK_DATA_BYTES)) return undefined;
  const short = choices.every((c) => c.label.length <= 6);
  const buttons = choices.map((c) => ({ text: c.label.slice(0, 60), callback_data: data(c) }));
  // Short answers (ja / nee) side by side, longer labels one per row so they stay readable.
  return { inline_keyboard: short ? [buttons] : buttons.map((b) => [b]) };
}

/**
 * A button's callback data for the core: the opaque id to look up. Buttons sent before ids
 * were opaque carry "<answer>|<reference>": the answer and the question's reference.
 */
export function readCallbackData(data: string): { answer: string; promptRef: string } {
  const at = data.lastIndexOf(REF_SEPARATOR);
  return at > 0 ? { answer: data.slice(0, at), promptRef: data.slice(at + 1) } : { answer: data, promptRef: data };
}
