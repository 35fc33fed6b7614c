import type { CatalogueText } from "../plural.ts";
import type { nlButtons } from "../nl/buttons.ts";

/** English texts of button presses (Telegram, Teams). */
export const enButtons: Record<keyof typeof nlButtons, CatalogueText> = {
  "buttons.chosenBy": "{label} — chosen by {name}",
  "buttons.confirmedBy": "✔️ Yes — confirmed by {name}",
  "buttons.cancelledBy": "✖️ No — nothing changed ({name})",
  "buttons.unknown": "I don't know this button. Type the command yourself, e.g. /action done <name>.",
  "buttons.expired": "This button has expired (buttons work for 30 days). Type the command yourself, e.g. /action done <name>.",
  "buttons.promptExpired": "This question has expired (after 10 minutes). Type the command again.",
  "buttons.otherWijk": "This button belongs to another neighbourhood; nothing changes here.",
  "buttons.otherChat": "This button belongs to another chat; press it there.",
  "buttons.notYours": "This question was for {name}; nothing changed.",
};
