import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { splitActionRef } from "../src/core/command-helpers.ts";
import { addActionPartner } from "../src/services/add-action-partner.ts";
import { getActionNaming } from "../src/services/get-action-naming.ts";
import { renderActionDescription } from "../src/render/action-description.ts";

export default defineCommand({
  name: "actie partner",
  aliases: ["actie partners", "actie organisatie", "action partner"],
  summary: "voegt een partnerorganisatie toe aan een actie",
  summaryEn: "adds a partner organisation to an action",
  usage: "/actie partner <naam> <organisatie>",
  examples: ["/actie partner watertappunt Waterbedrijf Groningen", "/actie partner wijkwebsite: De Wijkkrant"],
  mutates: true,
  parse: (rest) => ({ text: rest }),
  schema: z.object({
    text: z
      .string()
      .trim()
      .min(3, "partner.short")
      .max(300, "partner.long")
      .refine((t) => t.split(/\s+/).length >= 2, "partner.twoParts"),
  }),
  async run(ctx, args) {
    const { action, value } = await splitActionRef(ctx, args.text);
    await ctx.ensureCanChange(action);
    const name = value.replace(/^["']|["']$/g, "").trim().slice(0, 120);
    const { org, changed } = await addActionPartner(ctx.tx, ctx.meta, { actionId: action.id, name });
    const d = renderActionDescription(await getActionNaming(ctx.tx, action.id), ctx.lang);
    if (!changed) return ctx.t("partner.unchanged", { org: org.name, label: d.label });
    return ctx.t("partner.added", { org: org.name, label: d.label });
  },
});
