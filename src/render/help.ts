import type { CommandDefinition } from "../core/command.ts";
import { dutch, type Translate } from "../i18n/index.ts";

/** The right form of a command, from its own help: shown after any malformed input. */
export function usageHelp(command: CommandDefinition, t: Translate = dutch): string {
  const example = command.examples[0] ? `\n${t("core.example", { example: command.examples[0] })}` : "";
  return `${t("core.usage", { usage: command.usage })}${example}`;
}

export function commandHelp(command: CommandDefinition, t: Translate = dutch, lang = "nl"): string {
  const aliases = command.aliases?.length ? `\n${t("help.also", { aliases: command.aliases.map((a) => `/${a}`).join(", ") })}` : "";
  const examples = command.examples.map((e) => `- ${e}`).join("\n");
  return `*${command.usage}*\n${summaryFor(command, lang)}${aliases}\n${t("help.examples")}\n${examples}`;
}

export function helpOverview(commands: readonly CommandDefinition[], t: Translate = dutch, lang = "nl"): string {
  const lines = [t("help.title")];
  for (const c of commands) lines.push(`- ${c.usage} — ${summaryFor(c, lang)}`);
  return lines.join("\n");
}

/** Summaries are written in Dutch; a command may add an English one for English readers. */
function summaryFor(command: CommandDefinition, lang: string): string {
  return lang === "en" && command.summaryEn ? command.summaryEn : command.summary;
}
