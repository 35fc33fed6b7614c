import { z } from "zod";
import { defineCommand, type CommandDefinition } from "../src/core/command.ts";
import { commandHelp, helpOverview } from "../src/render/help.ts";
import { fold } from "../src/parse/text.ts";

/** /help is generated from the command files themselves; the list is handed in by the registry. */
export function createHelpCommand(all: () => readonly CommandDefinition[]) {
  return defineCommand({
    name: "help",
    aliases: ["hulp", "commando", "commandos", "uitleg", "?"],
    summary: "uitleg over alle commando's, of over één commando",
    usage: "/help [commando]",
    examples: ["/help", "/help actie", "/help actie klaar"],
    needsWijk: false,
    mutates: false,
    parse: (rest) => ({ topic: fold(rest.replace(/^\//, "")) }),
    schema: z.object({ topic: z.string().max(60) }),
    async run(_ctx, args) {
      const commands = all();
      if (!args.topic) return helpOverview(commands);
      const exact = commands.find((c) => c.name === args.topic || c.aliases?.some((a) => fold(a) === args.topic));
      if (exact) return commandHelp(exact);
      const group = commands.filter((c) => c.name.startsWith(`${args.topic.split(" ")[0]} `) || c.name === args.topic.split(" ")[0]);
      if (group.length) return helpOverview(group);
      return `Over "${args.topic}" weet ik niets. Typ /help voor alle commando's.`;
    },
  });
}
