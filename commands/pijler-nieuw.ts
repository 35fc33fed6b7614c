import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { addPillar } from "../src/services/add-pillar.ts";

export default defineCommand({
  name: "pijler nieuw",
  aliases: ["pijler toevoegen", "pijler erbij", "pillar new", "pillar add"],
  summary: "voegt een pijler toe aan de wijk (alleen de coördinator)",
  summaryEn: "adds a pillar to the neighbourhood (coordinator only)",
  usage: "/pijler nieuw <naam>",
  examples: ["/pijler nieuw Veiligheid"],
  mutates: true,
  parse: (rest) => ({ name: rest.trim() }),
  schema: z.object({ name: z.string().min(1, "pillar.nameMissing").max(60, "pillar.nameTooLong") }),
  async run(ctx, args) {
    ctx.requireRole(["coordinator"], "pillar.what");
    const { pillar, created } = await addPillar(ctx.tx, { wijkId: ctx.wijk.id, name: args.name });
    return created ? ctx.t("pillar.added", { name: pillar.name, wijk: ctx.wijk.name }) : ctx.t("pillar.exists", { name: pillar.name });
  },
});
