import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { splitActionRef } from "../src/core/command-helpers.ts";
import { renameAction } from "../src/services/rename-action.ts";
import { AppError } from "../src/core/errors.ts";

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
    await renameAction(ctx.tx, ctx.meta, { actionId: action.id, title }, ctx.actionIndexes);
    return ctx.t("rename.done", { from: action.title, to: title });
  },
});
