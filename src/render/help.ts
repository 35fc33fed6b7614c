import type { CommandDefinition } from "../core/command.ts";
import { CATALOGUES, dutch, type Translate } from "../i18n/index.ts";

/** The right form of a command, from its own help: shown after any malformed input. */
export function usageHelp(command: CommandDefinition, t: Translate = dutch): string {
  const example = command.examples[0] ? `\n${t("core.example", { example: command.examples[0] })}` : "";
  return `${t("core.usage", { usage: command.usage })}${example}`;
}

export function commandHelp(command: CommandDefinition, t: Translate = dutch, lang = "nl"): string {
  const aliases = command.aliases?.length ? `\n${t("help.also", { aliases: command.aliases.map((a) => `/${a}`).join(", ") })}` : "";
  const examples = command.examples.map((e) => `- ${e}`).join("\n");
  return `*${command.usage}*\n${commandSummary(command, lang)}${aliases}\n${t("help.examples")}\n${examples}`;
}

export function helpOverview(commands: readonly CommandDefinition[], t: Translate = dutch, lang = "nl"): string {
  const lines = [t("help.title")];
  for (const c of commands) lines.push(`- ${c.usage} — ${commandSummary(c, lang)}`);
  return lines.join("\n");
}

/**
 * The catalogue key under which a JSON catalogue may translate a command's /help line
 * ("help.actie klaar"). Dutch and English are written in the command's own file.
 */
export function commandHelpKey(command: Pick<CommandDefinition, "name">): string {
  return `help.${command.name}`;
}

/**
 * A command's one-line summary for a reader: a translation in their catalogue
 * (`help.<name>`, for languages added as JSON), the English one for English readers, else
 * the Dutch one from the command's file.
 */
export function commandSummary(command: Pick<CommandDefinition, "name" | "summary" | "summaryEn">, lang: string): string {
  const translated = (CATALOGUES[lang] as Record<string, string | undefined> | undefined)?.[commandHelpKey(command)];
  if (translated) return translated;
  return lang === "en" && command.summaryEn ? command.summaryEn : command.summary;
}
