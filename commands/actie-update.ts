import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { splitActionRef } from "../src/core/command-helpers.ts";
import { addProgressNote } from "../src/services/add-progress-note.ts";
import { getActionNaming } from "../src/services/get-action-naming.ts";
import { renderActionDescription } from "../src/render/action-description.ts";

export default defineCommand({
  name: "actie update",
  aliases: ["actie voortgang", "actie notitie", "actie bijwerken", "action update", "action note", "action progress"],
  summary: "noteert voortgang bij een actie",
  summaryEn: "notes progress on an action",
  usage: "/actie update <naam> <tekst>",
  examples: ["/actie update watertappunt 120 handtekeningen opgehaald", "/actie update wijkwebsite: ontwerp besproken met de scholen"],
  mutates: true,
  parse: (rest) => ({ text: rest }),
  schema: z.object({
    text: z
      .string()
      .trim()
      .min(3, "update.short")
      .max(1000, "update.long")
      .refine((t) => t.split(/\s+/).length >= 2, "update.twoParts"),
  }),
  async run(ctx, args) {
    const { action, value } = await splitActionRef(ctx, args.text);
    await ctx.ensureCanChange(action);
    await addProgressNote(ctx.tx, ctx.meta, action.id, value);
    const d = renderActionDescription(await getActionNaming(ctx.tx, action.id), ctx.lang);
    return ctx.t("update.noted", { label: d.label, text: value });
  },
});
