import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { bindChat } from "../src/services/join-codes.ts";
import { resolveSender } from "../src/services/resolve-sender.ts";

export default defineCommand({
  name: "koppel",
  aliases: ["koppelen", "link", "bind", "join"],
  summary: "koppelt dit groepsgesprek aan een wijk met een code van de coördinator",
  usage: "/koppel <code>",
  examples: ["/koppel K7QM3XPA"],
  needsWijk: false,
  mutates: true,
  parse: (rest) => ({ code: rest.trim() }),
  schema: z.object({
    code: z
      .string()
      .min(1, "zet de code achter /koppel")
      .max(20, "dat lijkt geen code; codes zijn 8 tekens")
      .regex(/^[A-Za-z0-9 -]+$/, "een code bestaat uit letters en cijfers"),
  }),
  async run(ctx, args) {
    if (ctx.chat) return `Dit gesprek is al gekoppeld aan ${ctx.wijk.name}.`;
    const { wijk, chat } = await bindChat(ctx.tx, {
      code: args.code,
      platform: ctx.message.platform,
      chatId: ctx.message.chatId,
      chatTitle: ctx.message.chatTitle,
      isDirect: ctx.message.isDirect,
      now: ctx.now,
    });
    const { person } = await resolveSender(ctx.tx, {
      wijkId: wijk.id,
      platform: ctx.message.platform,
      senderId: ctx.message.senderId,
      senderAltId: ctx.message.senderAltId,
      senderName: ctx.message.senderName,
      at: ctx.now,
    });
    const coordinators = await ctx.tx.person.count({ where: { wijkId: wijk.id, role: "coordinator", leftAt: null } });
    let extra = "";
    if (!coordinators) {
      await ctx.tx.person.update({ where: { id: person.id }, data: { role: "coordinator" } });
      extra = `\n${person.displayName}, jij bent nu de coördinator van ${wijk.name}.`;
    }
    const kind = chat.kind === "stuurgroep" ? "de stuurgroep" : "de kartrekkers";
    return `🔗 Dit gesprek is gekoppeld aan ${wijk.name} (${kind}).${extra}\nBegin met /help of /overzicht.`;
  },
});
