import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { renamePillar } from "../src/services/rename-pillar.ts";

export default defineCommand({
  name: "pijler hernoem",
  aliases: ["pijler hernoemen", "pijler naam", "pillar rename"],
  summary: "geeft een pijler een nieuwe naam (alleen de coördinator); acties blijven erbij",
  summaryEn: "renames a pillar (coordinator only); its actions stay with it",
  usage: "/pijler hernoem <oude naam> naar <nieuwe naam>",
  examples: ["/pijler hernoem Gezond naar Gezondheid"],
  mutates: true,
  parse(rest) {
    const match = /^(.+?)\s+(?:naar|to|->|→)\s+(.+)$/i.exec(rest.trim());
    return match ? { from: match[1], to: match[2] } : { from: rest, to: "" };
  },
  schema: z.object({
    from: z.string().trim().min(1, "pillar.renameShape"),
    to: z.string().trim().min(1, "pillar.renameShape").max(60, "pillar.nameTooLong"),
  }),
  async run(ctx, args) {
    ctx.requireRole(["coordinator"], "pillar.what");
    const result = await renamePillar(ctx.tx, { wijkId: ctx.wijk.id, from: args.from, to: args.to });
    if (!result.changed) return ctx.t("pillar.alreadyNamed", { name: result.pillar.name });
    return ctx.t("pillar.renamed", { from: result.previousName, to: result.pillar.name });
  },
});
