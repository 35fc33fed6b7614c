import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { changeAction } from "../src/services/change-action.ts";
import { getActionNaming } from "../src/services/get-action-naming.ts";
import { renderActionDescription } from "../src/render/action-description.ts";

export default defineCommand({
  name: "actie pijler",
  aliases: ["actie opgave", "actie spoor", "action pillar"],
  summary: "zet een actie onder een (andere) pijler",
  summaryEn: "puts an action under a (different) pillar",
  usage: "/actie pijler <naam> <pijler>",
  examples: ["/actie pijler watertappunt Gezond"],
  mutates: true,
  parse(rest) {
    const tokens = rest.trim().split(/\s+/);
    return { name: tokens.slice(0, -1).join(" "), pillar: tokens.length > 1 ? tokens[tokens.length - 1] : "" };
  },
  schema: z.object({
    name: z.string().trim().min(1, "pillar.name"),
    pillar: z.string().trim().min(1, "pillar.pillar"),
  }),
  async run(ctx, args) {
    const action = await ctx.findAction(args.name);
    await ctx.ensureCanChange(action);
    const pillar = await ctx.findPillar(args.pillar);
    const changes = await changeAction(ctx.tx, ctx.meta, action.id, { pillar: pillar.id });
    const d = renderActionDescription(await getActionNaming(ctx.tx, action.id), ctx.lang);
    if (!changes.length) return ctx.t("pillar.unchanged", { title: d.title, pillar: pillar.name });
    return ctx.t("pillar.set", { title: d.title, pillar: pillar.name });
  },
});
