import type { CatalogueText } from "../plural.ts";

/** Dutch texts of button presses (Telegram, Teams): what a pressed question now shows, and why a press changed nothing. */
export const nlButtons = {
  "buttons.chosenBy": "{label} — gekozen door {name}",
  "buttons.confirmedBy": "✔️ Ja — bevestigd door {name}",
  "buttons.cancelledBy": "✖️ Nee — niets veranderd ({name})",
  "buttons.unknown": "Deze knop ken ik niet. Typ het commando zelf, bijvoorbeeld /actie klaar <naam>.",
  "buttons.expired": "Deze knop is verlopen (knoppen werken 30 dagen). Typ het commando zelf, bijvoorbeeld /actie klaar <naam>.",
  "buttons.promptExpired": "Deze vraag is verlopen (na 10 minuten). Typ het commando opnieuw.",
  "buttons.otherWijk": "Deze knop hoort bij een andere wijk; hier verandert er niets.",
  "buttons.otherChat": "Deze knop hoort bij een ander gesprek; druk hem daar.",
  "buttons.notYours": "Deze vraag was voor {name}; er is niets veranderd.",
} as const satisfies Record<string, CatalogueText>;
