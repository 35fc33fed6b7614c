import type { CatalogueText } from "../plural.ts";

/** Dutch texts of /help (commands/help.ts, src/render/help.ts). */
export const nlHelp = {
  // /help (commands/help.ts, src/render/help.ts)
  "help.title": "*Wat ik kan* (typ /help <commando> voor uitleg)",
  "help.also": "Ook: {aliases}",
  "help.examples": "Voorbeelden:",
  "help.unknownTopic": "Over \"{topic}\" weet ik niets. Typ /help voor alle commando's.",
} as const satisfies Record<string, CatalogueText>;
