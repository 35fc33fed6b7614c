import type { OutgoingMessage } from "../../src/core/index.ts";

/** How long "typing…" shows before a long reply is sent (the outbox decides which are long). */
export const TYPING_SHOW_MS = 1_500;

/**
 * The core writes *bold*, _italic_ and "- " / "1. " lists — WhatsApp's own markup, so
 * the text passes through. Only Markdown's double markers (**bold**, __italic__), which
 * WhatsApp would show literally, are folded to single ones, and runs of blank lines
 * are collapsed.
 */
export function toWhatsAppText(message: Pick<OutgoingMessage, "text">): string {
  return message.text
    .replace(/\*\*(\S(?:[^*]*\S)?)\*\*/g, "*$1*")
    .replace(/__(\S(?:[^_]*\S)?)__/g, "_$1_")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Platform ids of the people to notify: WhatsApp only takes user jids in mentionedJid. */
export function toMentionedJids(mentions: readonly string[] | undefined): string[] {
  return [...new Set((mentions ?? []).filter((id) => /@(s\.whatsapp\.net|lid)$/.test(id)))];
}
