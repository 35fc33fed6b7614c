import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { NeedsValue } from "../src/core/errors.ts";
import { findActionForValue } from "../src/core/command-helpers.ts";
import { changeAction } from "../src/services/change-action.ts";
import { getActionNaming } from "../src/services/get-action-naming.ts";
import { renderActionDescription } from "../src/render/action-description.ts";
import { encodeIdSet } from "../src/db/action-fields.ts";

export default defineCommand({
  name: "actie eigenaar",
  aliases: ["actie eigenaren", "actie trekker", "action owner", "action assign"],
  summary: "maakt iemand (of meerdere mensen) eigenaar van een actie",
  summaryEn: "makes someone (or several people) owner of an action",
  usage: "/actie eigenaar <naam> @persoon [@persoon…]",
  examples: ["/actie eigenaar watertappunt @Ahmed", "/actie eigenaar wijkwebsite @Sanne @Joke"],
  mutates: true,
  parse(rest) {
    const at = rest.indexOf("@");
    if (at > 0) return { name: rest.slice(0, at), people: rest.slice(at).split(/\s*@/).filter(Boolean) };
    const tokens = rest.trim().split(/\s+/);
    // ("/actie eigenaar voorleesochtend": the action alone — who, then? The next message names them.)
    if (tokens.length === 1) return { name: rest, people: [] };
    return { name: tokens.slice(0, -1).join(" "), people: [tokens[tokens.length - 1]] };
  },
  schema: z.object({
    name: z.string().trim().min(1, "owner.name"),
    people: z.array(z.string().trim().min(1)).max(5, "owner.max"),
  }),
  async run(ctx, args) {
    const action = await findActionForValue(ctx, args.name, !args.people.length, { what: "owner.people", usage: "/actie eigenaar <naam> @persoon", example: "/actie eigenaar watertappunt @Ahmed" });
    await ctx.ensureCanChange(action);
    if (!args.people.length) {
      const { label } = renderActionDescription(await getActionNaming(ctx.tx, action.id), ctx.lang);
      throw new NeedsValue({ key: "owner.askPeople", vars: { label } }, { text: `/actie eigenaar ${action.title} @`, pickActionId: action.id }, "actie eigenaar");
    }
    const people = await Promise.all(args.people.map((ref) => ctx.findPerson(ref.replace(/[,;.]$/, ""))));
    const changes = await changeAction(ctx.tx, ctx.meta, action.id, { owners: encodeIdSet([...new Set(people.map((p) => p.id))]) });
    const d = renderActionDescription(await getActionNaming(ctx.tx, action.id), ctx.lang);
    if (!changes.length) return ctx.t("owner.unchanged", { owners: d.owners, label: d.label });
    return ctx.t("owner.set", { label: d.label, owners: d.owners });
  },
});
