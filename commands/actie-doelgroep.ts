import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { NeedsValue } from "../src/core/errors.ts";
import { findActionForValue } from "../src/core/command-helpers.ts";
import { changeAction } from "../src/services/change-action.ts";
import { getActionNaming } from "../src/services/get-action-naming.ts";
import { renderActionDescription } from "../src/render/action-description.ts";
import { AGE_GROUPS } from "../src/domain.ts";

const SYNONYMS: Record<string, (typeof AGE_GROUPS)[number]> = {
  "0-4": "0-4", "0-4jaar": "0-4", "jongekind": "0-4", "peuters": "0-4",
  "4-12": "4-12", "4-12jaar": "4-12", "basisschool": "4-12", "kinderen": "4-12",
  "12+": "12+", "12plus": "12+", "jongeren": "12+", "12+jaar": "12+",
  "algemeen": "algemeen", "iedereen": "algemeen", "alle": "algemeen", "general": "algemeen", "all": "algemeen",
};

export default defineCommand({
  name: "actie doelgroep",
  aliases: ["actie leeftijd", "actie leeftijdsgroep", "action age", "action agegroup", "action audience"],
  summary: "zet de leeftijdsgroep van een actie: 0-4, 4-12, 12+ of algemeen",
  summaryEn: "sets an action's age group: 0-4, 4-12, 12+ or general",
  usage: "/actie doelgroep <naam> 0-4|4-12|12+|algemeen",
  examples: ["/actie doelgroep watertappunt 12+", "/actie doelgroep kindteams 0-4"],
  mutates: true,
  parse(rest) {
    const m = rest.trim().match(/^(.*?)\s+(\S+(?:\s+jaar)?)$/i);
    const group = m ? SYNONYMS[m[2].toLowerCase().replace(/\s+/g, "")] : undefined;
    // ("/actie doelgroep huiskamer in de flat": the action alone — which age group, then? The next message says it. A last
    // word with a digit is a group typed wrong, and gets the list.)
    if (!group && !/[\d+]/.test(m?.[2] ?? "")) return { name: rest, group: undefined, ask: true };
    return { name: m?.[1] ?? rest, group: group ?? m?.[2] };
  },
  schema: z.object({
    name: z.string().trim().min(1, "age.name"),
    group: z.enum(AGE_GROUPS, { message: "age.group" }).optional(),
    ask: z.boolean().optional(),
  }).refine((a) => a.group !== undefined || a.ask, { message: "age.group", path: ["group"] }),
  async run(ctx, args) {
    const action = await findActionForValue(ctx, args.name, args.group === undefined, { what: "age.group", usage: "/actie doelgroep <naam> 0-4|4-12|12+|algemeen", example: "/actie doelgroep watertappunt 12+" });
    await ctx.ensureCanChange(action);
    if (args.group === undefined) {
      const { label } = renderActionDescription(await getActionNaming(ctx.tx, action.id), ctx.lang);
      throw new NeedsValue({ key: "age.askGroup", vars: { label } }, { text: `/actie doelgroep ${action.title}`, pickActionId: action.id }, "actie doelgroep");
    }
    await changeAction(ctx.tx, ctx.meta, action.id, { ageGroup: args.group });
    const d = renderActionDescription(await getActionNaming(ctx.tx, action.id), ctx.lang);
    return ctx.t("age.set", { label: d.label, group: args.group === "algemeen" ? ctx.t("age.general") : ctx.t("age.years", { group: args.group }) });
  },
});
