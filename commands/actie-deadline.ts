import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { splitTrailingDate } from "../src/core/command-helpers.ts";
import { changeAction } from "../src/services/change-action.ts";
import { describeAction } from "../src/services/describe-action.ts";
import { encodeDate } from "../src/services/action-fields.ts";
import { formatMoment } from "../src/render/format.ts";

export default defineCommand({
  name: "actie deadline",
  aliases: ["actie datum", "actie uiterlijk", "action deadline", "action due"],
  summary: "zet of verzet de deadline van een actie",
  summaryEn: "sets or moves an action's deadline",
  usage: "/actie deadline <naam> <datum>",
  examples: ["/actie deadline watertappunt 15 maart", "/actie deadline wijkwebsite over 2 weken", "/actie deadline ouderbetrokkenheid eind april"],
  mutates: true,
  parse(rest) {
    const split = splitTrailingDate(rest);
    return split ? { name: split.name, date: split.date } : { name: rest, date: "" };
  },
  schema: z.object({
    name: z.string().trim().min(1, "deadline.name"),
    date: z.string().trim().min(1, "deadline.date"),
  }),
  async run(ctx, args) {
    const action = await ctx.findAction(args.name);
    await ctx.ensureCanChange(action);
    const deadline = ctx.resolveDate(args.date);
    const changes = await changeAction(ctx.tx, ctx.meta, action.id, { deadline: encodeDate(deadline) });
    const d = await describeAction(ctx.tx, action.id, ctx.lang);
    const date = formatMoment(deadline, ctx.now, ctx.lang);
    if (!changes.length) return ctx.t("deadline.unchanged", { label: d.label, date });
    return ctx.t("deadline.set", { label: d.label, date, owners: d.owners });
  },
});
