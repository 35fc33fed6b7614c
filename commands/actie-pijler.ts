import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { changeAction } from "../src/services/change-action.ts";
import { describeAction } from "../src/services/describe-action.ts";

export default defineCommand({
  name: "actie pijler",
  aliases: ["actie opgave", "actie spoor", "action pillar"],
  summary: "zet een actie onder een (andere) pijler",
  usage: "/actie pijler <naam> <pijler>",
  examples: ["/actie pijler watertappunt Gezond"],
  mutates: true,
  parse(rest) {
    const tokens = rest.trim().split(/\s+/);
    return { name: tokens.slice(0, -1).join(" "), pillar: tokens.length > 1 ? tokens[tokens.length - 1] : "" };
  },
  schema: z.object({
    name: z.string().trim().min(1, "noem de actie en daarna de pijler"),
    pillar: z.string().trim().min(1, "noem de pijler achteraan"),
  }),
  async run(ctx, args) {
    const action = await ctx.findAction(args.name);
    await ctx.ensureCanChange(action);
    const pillar = await ctx.findPillar(args.pillar);
    const changes = await changeAction(ctx.tx, ctx.meta, action.id, { pillar: pillar.id });
    const d = await describeAction(ctx.tx, action.id);
    if (!changes.length) return `${d.title} viel al onder ${pillar.name}.`;
    return `📌 ${d.title} valt nu onder pijler ${pillar.name}.`;
  },
});
