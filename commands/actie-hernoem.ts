import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { splitActionRef } from "../src/core/command-helpers.ts";
import { changeAction } from "../src/services/change-action.ts";
import { AppError } from "../src/services/errors.ts";
import { fold } from "../src/parse/text.ts";

export default defineCommand({
  name: "actie hernoem",
  aliases: ["actie naam", "actie titel", "action rename"],
  summary: "geeft een actie een nieuwe titel",
  summaryEn: "gives an action a new title",
  usage: "/actie hernoem <naam> naar <nieuwe titel>",
  examples: ["/actie hernoem watertappunt naar Watertappunt bij de Wiltonstraat"],
  mutates: true,
  parse: (rest) => ({ text: rest }),
  schema: z.object({
    text: z
      .string()
      .trim()
      .min(3, "rename.short")
      .max(300, "rename.long")
      .refine((t) => t.split(/\s+/).length >= 2, "rename.twoParts"),
  }),
  async run(ctx, args) {
    const { action, value } = await splitActionRef(ctx, args.text);
    await ctx.ensureCanChange(action);
    const title = value.trim();
    if (title.length < 3 || title.length > 200) throw new AppError("INVALID", ctx.t("rename.length"));
    const clash = await ctx.tx.action.findMany({ where: { wijkId: ctx.wijk.id, deletedAt: null, NOT: { id: action.id } }, select: { title: true } });
    if (clash.some((a) => fold(a.title) === fold(title))) throw new AppError("CONFLICT", ctx.t("rename.exists", { title }));
    await changeAction(ctx.tx, ctx.meta, action.id, { title });
    return ctx.t("rename.done", { from: action.title, to: title });
  },
});
