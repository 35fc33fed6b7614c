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
    summaryEn: "explains all commands, or one command",
    usage: "/help [commando]",
    examples: ["/help", "/help actie", "/help actie klaar"],
    needsWijk: false,
    openToFormerMembers: true,
    mutates: false,
    parse: (rest) => ({ topic: fold(rest.replace(/^\//, "")) }),
    schema: z.object({ topic: z.string().max(60) }),
    async run(ctx, args) {
      const commands = all();
      if (!args.topic) return helpOverview(commands, ctx.t, ctx.lang);
      const exact = commands.find((c) => c.name === args.topic || c.aliases?.some((a) => fold(a) === args.topic));
      if (exact) return commandHelp(exact, ctx.t, ctx.lang);
      const group = commands.filter((c) => c.name.startsWith(`${args.topic.split(" ")[0]} `) || c.name === args.topic.split(" ")[0]);
      if (group.length) return helpOverview(group, ctx.t, ctx.lang);
      return ctx.t("help.unknownTopic", { topic: args.topic });
    },
  });
}
