import type { CatalogueText } from "../plural.ts";

/** Dutch texts of the history lines of an action. */
export const nlHistory = {
  "history.created": "aangemaakt",
  "history.createdUndone": "aanmaken teruggedraaid",
  "history.deleted": "verwijderd",
  "history.restored": "teruggezet",
  "history.note": "voortgang: \"{text}\"",
  "history.noteUndone": "voortgangsnotitie teruggedraaid",
  "history.undone": " (ongedaan gemaakt)",
} as const satisfies Record<string, CatalogueText>;
