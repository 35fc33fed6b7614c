import { CardFactory, type Activity, type Attachment } from "botbuilder";
import type { BoardCard, Choice, OutgoingMessage, PollCard } from "../../src/core/index.ts";
import { CHOICE_ANSWER_KEY, CHOICE_BUTTON_KEY, POLL_CHOICE_ID, POLL_REF_KEY, POLL_VERB, PRESS_VERB } from "./parse.ts";

/** Adaptive Card version every Teams client renders (desktop, web, mobile). */
const CARD_VERSION = "1.4";

/**
 * The core's light formatting as Teams Markdown: *bold* → **bold**, _italic_ stays,
 * every line its own paragraph (Teams folds single line breaks) except list items.
 * Angle brackets are escaped: Teams would read them as HTML.
 */
export function toTeamsMarkdown(text: string): string {
  const lines = text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\*([^*\n]+)\*/g, "**$1**")
    .split("\n");
  const isItem = (line: string) => /^\s*(- |\d+\. )/.test(line);
  return lines.reduce((out, line, i) => (i === 0 ? line : `${out}${isItem(line) && isItem(lines[i - 1]) ? "\n" : "\n\n"}${line}`), "");
}

/** One outgoing message as a Teams activity: Markdown text, buttons for choices, a card for the board. */
export function toActivity(message: OutgoingMessage): Partial<Activity> {
  if (message.board) {
    return { type: "message", summary: message.text.split("\n")[0], attachments: [boardCard(message.board, message.text)] };
  }
  // The card is the poll (as Telegram's own poll is): the numbered text is only its fallback.
  if (message.poll) return { type: "message", summary: message.poll.question, attachments: [pollCard(message.poll, message.text)] };
  const activity: Partial<Activity> = { type: "message", text: toTeamsMarkdown(message.text), textFormat: "markdown" };
  if (message.choices?.length) activity.attachments = [choicesCard(message.choices)];
  return activity;
}

/**
 * Buttons under a question, as Universal Actions (Action.Execute): a tap reaches the bot as
 * an `adaptiveCard/action` invoke carrying the button's opaque id, and the bot answers with
 * the card that replaces this one (pressedCard).
 */
export function choicesCard(choices: readonly Choice[]): Attachment {
  return adaptiveCard({
    // No words of its own: the question above it is already in the reader's language.
    body: [],
    actions: choices.map((c) => ({
      type: "Action.Execute",
      verb: PRESS_VERB,
      title: c.label.slice(0, 80),
      data: c.button ? { [CHOICE_BUTTON_KEY]: c.button } : { [CHOICE_ANSWER_KEY]: c.answer },
    })),
  });
}

/** The card a pressed question shows from then on: what was done and by whom (or how things stand), without buttons. */
export function pressedCard(line: string): Attachment {
  return adaptiveCard({
    body: [{ type: "TextBlock", text: line, wrap: true }],
  });
}

/** An Adaptive Card of the version every card here uses (Action.Execute needs 1.4). */
function adaptiveCard(content: Record<string, unknown>): Attachment {
  return CardFactory.adaptiveCard({ type: "AdaptiveCard", $schema: "http://adaptivecards.io/schemas/adaptive-card.json", version: CARD_VERSION, ...content });
}

/** The board as an Adaptive Card: per pillar, per status column, its actions. The text is the fallback. */
export function boardCard(board: BoardCard, fallbackText: string): Attachment {
  const body: unknown[] = [{ type: "TextBlock", text: board.title, weight: "Bolder", size: "Large", wrap: true }];
  for (const pillar of board.pillars) {
    body.push({ type: "TextBlock", text: pillar.name, weight: "Bolder", size: "Medium", separator: true, wrap: true });
    for (const column of pillar.columns) {
      if (!column.actions.length) continue;
      body.push({ type: "TextBlock", text: `${column.label} (${column.actions.length})`, weight: "Bolder", spacing: "Small", wrap: true });
      body.push({
        type: "FactSet",
        facts: column.actions.map((a) => ({
          title: a.title,
          value: [a.owner, a.deadline ? `${a.overdue ? "⚠️ " : ""}${a.deadline}` : ""].filter(Boolean).join(" · ") || "-",
        })),
      });
    }
  }
  return adaptiveCard({
    fallbackText,
    body,
  });
}

/**
 * A date poll as an Adaptive Card: per option its votes with the voters' names, who has not
 * voted, and (while open) the options as checkboxes with one Action.Execute button. Teams
 * merges the ticked options ("1,3") into the button's data, which carries nothing but the
 * poll's opaque ref; the bot answers with this card refreshed, and replaces it for everyone.
 */
export function pollCard(poll: PollCard, fallbackText: string): Attachment {
  const body: unknown[] = [{ type: "TextBlock", text: poll.question, weight: "Bolder", wrap: true }];
  poll.options.forEach((o, i) => {
    const names = o.voters.length ? ` (${o.voters.join(", ")})` : "";
    body.push({ type: "TextBlock", text: `${i + 1}. ${o.label} — ${o.voters.length}${names}`, wrap: true, spacing: "Small" });
  });
  if (poll.footer) body.push({ type: "TextBlock", text: poll.footer, isSubtle: true, wrap: true });
  if (!poll.closed) {
    body.push({
      type: "Input.ChoiceSet",
      id: POLL_CHOICE_ID,
      isMultiSelect: true,
      style: "expanded",
      separator: true,
      choices: poll.options.map((o, i) => ({ title: o.label, value: String(i + 1) })),
    });
  }
  return adaptiveCard({
    fallbackText,
    body,
    ...(poll.closed ? {} : { actions: [{ type: "Action.Execute", verb: POLL_VERB, title: poll.submitLabel.slice(0, 80), data: { [POLL_REF_KEY]: poll.ref } }] }),
  });
}
