import { basename } from "node:path";
import { CommanderError, type Command } from "commander";
import { CATALOGUES, DEFAULT_LANGUAGE, readCatalogueFile, supportedLanguages, translate, type Translate } from "./i18n/index.ts";
import { checkCatalogue } from "./i18n/check-catalogue.ts";
import { nl } from "./i18n/nl.ts";
import { commands } from "../commands/index.ts";
import { commandHelpKey, commandSummary } from "./render/help.ts";

/** Keys listed in a report before "…": enough to find them, short enough to read. */
const KEYS_SHOWN = 20;

/**
 * `wijkbot taal lijst|sjabloon|controleer`: adding a language without touching code. A
 * translator gets every text as JSON (`sjabloon`), translates the values, checks the file
 * (`controleer`) and puts it beside the catalogues; the bot offers it after a restart.
 * The template ends with the commands' /help lines (`help.<command>`), translated the same way.
 */
export function registerTaalCommands(program: Command, io: { out: (text: string) => void }, t: Translate): void {
  const taal = program.command("taal").description(t("cli.taal.description"));
  const total = Object.keys(nl).length;
  const helpKeys = new Set(commands.map(commandHelpKey));

  taal
    .command("lijst")
    .description(t("cli.taal.list.description"))
    .action(() => {
      for (const code of supportedLanguages()) {
        const name = translate(code, "language.name");
        if (code === DEFAULT_LANGUAGE) {
          io.out(`${t("cli.taal.list.source", { code, name, total })}\n`);
          continue;
        }
        const done = Object.keys(nl).filter((key) => Object.hasOwn(CATALOGUES[code], key)).length;
        io.out(`${t("cli.taal.list.line", { code, name, done, total })}${done < total ? t("cli.taal.list.rest") : ""}\n`);
      }
    });

  taal
    .command("sjabloon")
    .description(t("cli.taal.template.description"))
    .option(`--van <${t("cli.arg.code")}>`, t("cli.taal.template.from"), DEFAULT_LANGUAGE)
    .action((options: { van: string }) => {
      const from = options.van.trim().toLowerCase();
      if (!Object.hasOwn(CATALOGUES, from)) {
        throw new CommanderError(2, "wijkbot.taal", t("cli.taal.unknownLanguage", { code: options.van, languages: supportedLanguages().join(", ") }));
      }
      const texts = {
        // As the catalogue holds it: a plural text keeps its forms.
        ...Object.fromEntries((Object.keys(nl) as (keyof typeof nl)[]).map((key) => [key, CATALOGUES[from][key] ?? nl[key]])),
        ...Object.fromEntries(commands.map((c) => [commandHelpKey(c), commandSummary(c, from)])),
      };
      io.out(`${JSON.stringify(texts, null, 2)}\n`);
    });

  taal
    .command("controleer")
    .description(t("cli.taal.check.description"))
    .argument(`<${t("cli.arg.file")}>`, t("cli.taal.check.file"))
    .action((file: string) => {
      const read = readCatalogueFile(file);
      if ("error" in read) throw new CommanderError(1, "wijkbot.taal", `${basename(file)}: ${t(read.error)}`);
      const check = checkCatalogue(read.raw, helpKeys);
      const list = (keys: readonly string[]) => (keys.length > KEYS_SHOWN ? `${keys.slice(0, KEYS_SHOWN).join(", ")}, …` : keys.join(", "));
      const lines = [t("cli.taal.check.summary", { file: basename(file), done: total - check.missing.length, total })];
      const helpDone = [...helpKeys].filter((key) => typeof read.raw[key] === "string").length;
      lines.push(t("cli.taal.check.help", { done: helpDone, total: helpKeys.size }));
      if (check.missing.length) lines.push(t("cli.taal.check.missing", { count: check.missing.length, keys: list(check.missing) }));
      if (check.unknown.length) lines.push(t("cli.taal.check.unknown", { count: check.unknown.length, keys: list(check.unknown) }));
      if (check.notText.length) lines.push(t("cli.taal.check.notText", { count: check.notText.length, keys: list(check.notText) }));
      if (check.placeholders.length) {
        const slots = (names: string[]) => (names.length ? names.map((n) => `{${n}}`).join(" ") : t("cli.taal.check.none"));
        lines.push(t("cli.taal.check.placeholders", { count: check.placeholders.length }));
        for (const p of check.placeholders) lines.push(t("cli.taal.check.placeholder", { key: p.key, expected: slots(p.expected), found: slots(p.found) }));
      }
      const code = basename(file).match(/^([a-z]{2,3})\.json$/)?.[1];
      if (!code) lines.push(t("cli.taal.check.fileName"));
      io.out(`${lines.join("\n")}\n`);
      if (check.unknown.length || check.notText.length || check.placeholders.length) {
        throw new CommanderError(1, "wijkbot.taal", t("cli.taal.check.failed"));
      }
      if (code) io.out(`${t("cli.taal.check.ok", { code })}\n`);
    });
}
