import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { changeAction } from "../src/services/change-action.ts";
import { describeAction } from "../src/services/describe-action.ts";
import { encodeIdSet } from "../src/services/action-fields.ts";

export default defineCommand({
  name: "actie eigenaar",
  aliases: ["actie eigenaren", "actie trekker", "action owner", "action assign"],
  summary: "maakt iemand (of meerdere mensen) eigenaar van een actie",
  usage: "/actie eigenaar <naam> @persoon [@persoon…]",
  examples: ["/actie eigenaar watertappunt @Ahmed", "/actie eigenaar wijkwebsite @Sanne @Joke"],
  mutates: true,
  parse(rest) {
    const at = rest.indexOf("@");
    if (at > 0) return { name: rest.slice(0, at), people: rest.slice(at).split(/\s*@/).filter(Boolean) };
    const tokens = rest.trim().split(/\s+/);
    return { name: tokens.slice(0, -1).join(" "), people: tokens.length > 1 ? [tokens[tokens.length - 1]] : [] };
  },
  schema: z.object({
    name: z.string().trim().min(1, "noem eerst de actie en dan de nieuwe eigenaar met @"),
    people: z.array(z.string().trim().min(1)).min(1, "noem de nieuwe eigenaar met @, bijvoorbeeld @Sanne").max(5, "hoogstens 5 eigenaren"),
  }),
  async run(ctx, args) {
    const action = await ctx.findAction(args.name);
    await ctx.ensureCanChange(action);
    const people = await Promise.all(args.people.map((ref) => ctx.findPerson(ref.replace(/[,;.]$/, ""))));
    const changes = await changeAction(ctx.tx, ctx.meta, action.id, { owners: encodeIdSet([...new Set(people.map((p) => p.id))]) });
    const d = await describeAction(ctx.tx, action.id);
    if (!changes.length) return `${d.owners} was al eigenaar van ${d.label}.`;
    return `👤 ${d.label} heeft nu als eigenaar: ${d.owners}.`;
  },
});
