import type { CommandDefinition } from "../core/command.ts";

/** The right form of a command, from its own help: shown after any malformed input. */
export function usageHelp(command: CommandDefinition): string {
  const example = command.examples[0] ? `\nBijvoorbeeld: ${command.examples[0]}` : "";
  return `Zo werkt het: ${command.usage}${example}`;
}

export function commandHelp(command: CommandDefinition): string {
  const aliases = command.aliases?.length ? `\nOok: ${command.aliases.map((a) => `/${a}`).join(", ")}` : "";
  const examples = command.examples.map((e) => `- ${e}`).join("\n");
  return `*${command.usage}*\n${command.summary}${aliases}\nVoorbeelden:\n${examples}`;
}

export function helpOverview(commands: readonly CommandDefinition[]): string {
  const lines = ["*Wat ik kan* (typ /help <commando> voor uitleg)"];
  for (const c of commands) lines.push(`- ${c.usage} — ${c.summary}`);
  return lines.join("\n");
}
