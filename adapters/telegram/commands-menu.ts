import { translate, commandSummary } from "../../src/core/index.ts";

/** A command as Telegram's "/" menu shows it. */
export interface BotCommandEntry {
  command: string;
  description: string;
}

/** Telegram's limit for one description. */
const MAX_DESCRIPTION_CHARS = 256;

/**
 * The "/" menu from the core's command list: Telegram commands are single lowercase
 * words, so "actie nieuw", "actie klaar", … become one "/actie" entry that names its
 * sub-commands. Dutch by default; for another language (Telegram shows the menu that
 * matches the user's app language) the commands' English summaries and catalogue words.
 */
export function telegramCommandMenu(commands: readonly { name: string; summary: string; summaryEn?: string }[], lang = "nl"): BotCommandEntry[] {
  const groups = new Map<string, { summary?: string; subs: string[] }>();
  for (const c of commands) {
    const [first, ...rest] = c.name
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .split(/\s+/);
    if (!/^[a-z0-9_]{1,32}$/.test(first)) continue;
    const group = groups.get(first) ?? { subs: [] };
    if (rest.length) group.subs.push(rest.join(" "));
    else group.summary = commandSummary(c, lang);
    groups.set(first, group);
  }
  return [...groups].map(([command, g]) => {
    const description =
      g.subs.length && !g.summary
        ? translate(lang, "telegram.menuSubs", { subs: g.subs.join(", "), command })
        : `${g.summary ?? command}${g.subs.length ? translate(lang, "telegram.menuAlso", { subs: g.subs.join(", ") }) : ""}`;
    return { command, description: capitalize(description).slice(0, MAX_DESCRIPTION_CHARS) };
  });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
