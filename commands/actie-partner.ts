import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { splitActionRef } from "../src/core/command-helpers.ts";
import { changeAction } from "../src/services/change-action.ts";
import { describeAction } from "../src/services/describe-action.ts";
import { encodeIdSet } from "../src/services/action-fields.ts";
import { findOrCreateOrganisation } from "../src/services/people.ts";

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
    const org = await findOrCreateOrganisation(ctx.tx, ctx.wijk.id, name);
    const current = await ctx.tx.actionPartner.findMany({ where: { actionId: action.id }, select: { organisationId: true } });
    const ids = [...new Set([...current.map((p) => p.organisationId), org.id])];
    const changes = await changeAction(ctx.tx, ctx.meta, action.id, { partners: encodeIdSet(ids) });
    const d = await describeAction(ctx.tx, action.id, ctx.lang);
    if (!changes.length) return ctx.t("partner.unchanged", { org: org.name, label: d.label });
    return ctx.t("partner.added", { org: org.name, label: d.label });
  },
});
