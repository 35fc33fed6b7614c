import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { listReminders } from "../src/services/list-reminders.ts";
import { renderOwnReminders, renderWijkReminders } from "../src/render/reminder-list.ts";

const EVERY_REMINDER = /^(alle|allemaal|iedereen|all)$/i;

export default defineCommand({
  name: "herinneringen",
  aliases: ["reminders", "mijn herinneringen"],
  summary: "toont de herinneringen die jij hebt gezet, genummerd; de coördinator ziet met \"alle\" die van de hele wijk",
  summaryEn: "shows the reminders you have set, numbered; with \"all\" the coordinator sees the whole wijk's",
  usage: "/herinneringen [alle]",
  examples: ["/herinneringen", "/herinneringen alle"],
  mutates: false,
  parse: (rest) => ({ all: EVERY_REMINDER.test(rest.trim()) }),
  schema: z.object({ all: z.boolean() }),
  async run(ctx, args) {
    if (args.all) {
      ctx.requireRole(["coordinator"], "reminder.allWhat");
      const items = await listReminders(ctx.tx, { scope: { wijkId: ctx.wijk.id }, now: ctx.now });
      return renderWijkReminders(items, ctx.wijk.name, ctx.t, ctx.lang, ctx.now);
    }
    const items = await listReminders(ctx.tx, { scope: { creatorId: ctx.sender.id }, now: ctx.now });
    return renderOwnReminders(items, ctx.t, ctx.lang, ctx.now);
  },
});
