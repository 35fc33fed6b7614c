import type { CatalogueText } from "../plural.ts";
import type { nlHelp } from "../nl/help.ts";

/** English texts of /help (commands/help.ts, src/render/help.ts) (keys as in nl/help.ts). */
export const enHelp: Record<keyof typeof nlHelp, CatalogueText> = {
  "help.title": "*What I can do* (type /help <command> for details)",
  "help.also": "Also: {aliases}",
  "help.examples": "Examples:",
  "help.unknownTopic": "I don't know anything about \"{topic}\". Type /help for all commands.",
};
