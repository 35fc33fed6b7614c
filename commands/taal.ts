import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { supportedLanguages, translate, translator } from "../src/i18n/index.ts";
import { setLanguage } from "../src/services/set-language.ts";
import { fold } from "../src/parse/text.ts";

/** Words people type for a language, beside its code. */
const LANGUAGE_WORDS: Record<string, string> = {
  nederlands: "nl", dutch: "nl", nl: "nl",
  engels: "en", english: "en", en: "en",
  arabisch: "ar", arabic: "ar",
};

export default defineCommand({
  name: "taal",
  openToFormerMembers: true,
  aliases: ["language", "lang", "taal instellen"],
  summary: "kiest de taal waarin ik met jou praat: /taal en of /taal nl",
  summaryEn: "chooses the language I talk to you in: /language en or /language nl",
  usage: "/taal [nl | en]",
  examples: ["/taal en", "/taal nl"],
  mutates: true,
  parse: (rest) => ({ language: fold(rest.trim()) }),
  schema: z.object({ language: z.string().max(30) }),
  async run(ctx, args) {
    const options = supportedLanguages().join(" | ");
    if (!args.language) {
      return ctx.t("language.current", { language: translate(ctx.lang, "language.name"), options });
    }
    const code = LANGUAGE_WORDS[args.language] ?? args.language;
    if (!supportedLanguages().includes(code)) return ctx.t("language.unknown", { options: supportedLanguages().join(", ") });
    await setLanguage(ctx.tx, { personId: ctx.sender.id, language: code });
    // The confirmation is already in the new language.
    return translator(code)("language.set");
  },
});
