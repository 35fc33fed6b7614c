import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { bindChat } from "../src/services/bind-chat.ts";
import { resolveSender } from "../src/services/resolve-sender.ts";
import { appointFirstCoordinator } from "../src/services/appoint-first-coordinator.ts";

export default defineCommand({
  name: "koppel",
  aliases: ["koppelen", "link", "bind", "join"],
  summary: "koppelt dit groepsgesprek aan een wijk met een code van de coördinator",
  summaryEn: "links this group chat to a neighbourhood with a code from the coordinator",
  usage: "/koppel <code>",
  examples: ["/koppel K7QM3XPA"],
  needsWijk: false,
  mutates: true,
  parse: (rest) => ({ code: rest.trim() }),
  schema: z.object({
    code: z
      .string()
      .min(1, "bind.codeMissing")
      .max(20, "bind.codeLong")
      .regex(/^[A-Za-z0-9 -]+$/, "bind.codeChars"),
  }),
  async run(ctx, args) {
    if (ctx.chat) return ctx.t("bind.already", { wijk: ctx.wijk.name });
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
    const appointed = await appointFirstCoordinator(ctx.tx, { wijkId: wijk.id, personId: person.id });
    const extra = appointed ? ctx.t("bind.coordinator", { name: person.displayName, wijk: wijk.name }) : "";
    const kind = ctx.t(chat.kind === "stuurgroep" ? "bind.stuurgroep" : "bind.kartrekkers");
    return ctx.t("bind.done", { wijk: wijk.name, kind, extra });
  },
});
