import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { pinBoardMessage } from "../src/services/pin-board-message.ts";

export default defineCommand({
  name: "overzicht vastzetten",
  aliases: ["overzicht vast", "overzicht pin", "overzicht pinnen", "bord vastzetten", "overview pin"],
  summary: "zet het overzicht als één bericht in de groep vast; de bot werkt dat bericht bij bij elke wijziging",
  summaryEn: "pins the board as one message in the group; the bot edits it on every change",
  usage: "/overzicht vastzetten",
  examples: ["/overzicht vastzetten"],
  mutates: true,
  parse: () => ({}),
  schema: z.object({}),
  async run(ctx) {
    ctx.requireRole(["coordinator", "voorzitter", "aanjager"], "overview.pinWhat");
    await pinBoardMessage(ctx.tx, { chat: ctx.chat, now: ctx.now });
    return ctx.t("overview.pinned");
  },
});
