import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { NeedsValue } from "../src/core/errors.ts";
import { findActionForValue } from "../src/core/command-helpers.ts";
import { parseAmountCents } from "../src/core/command-helpers.ts";
import { getActionFigures } from "../src/services/get-action-figures.ts";
import { changeAction } from "../src/services/change-action.ts";
import { getActionNaming } from "../src/services/get-action-naming.ts";
import { renderActionDescription } from "../src/render/action-description.ts";
import { formatMoney } from "../src/render/format.ts";

export default defineCommand({
  name: "actie budget",
  aliases: ["actie geld", "actie begroting", "action budget"],
  summary: "legt het begrote of bestede bedrag van een actie vast",
  summaryEn: "records the planned or spent amount of an action",
  usage: "/actie budget <naam> begroot|besteed <bedrag>",
  examples: ["/actie budget watertappunt begroot 2500", "/actie budget wijkwebsite besteed € 1.250,50"],
  mutates: true,
  parse(rest) {
    const m = rest.trim().match(/^(.*?)\s+(begroot|gepland|planned|besteed|uitgegeven|spent)\s+(.+)$/i);
    // ("/actie budget huiskamer begroot": which amount, then? The next message gives it.)
    const kindOnly = m ? null : rest.trim().match(/^(.*?)\s+(begroot|gepland|planned|besteed|uitgegeven|spent)$/i);
    if (kindOnly) return { name: kindOnly[1], kind: /^(begroot|gepland|planned)$/i.test(kindOnly[2]) ? "begroot" : "besteed", cents: undefined, ask: true };
    // ("/actie budget betrokkenheid cb": neither kind nor amount — both are asked; the answer "begroot 900" completes it.)
    if (!m) return { name: rest, kind: undefined, cents: undefined, ask: !/\d/.test(rest) };
    const kind = /^(begroot|gepland|planned)$/i.test(m[2]) ? "begroot" : "besteed";
    return { name: m[1], kind, cents: parseAmountCents(m[3]) };
  },
  schema: z.object({
    name: z.string().trim().min(1, "budget.name"),
    kind: z.enum(["begroot", "besteed"], { message: "budget.kind" }).optional(),
    cents: z.number({ message: "budget.amount" }).int().min(0).optional(),
    ask: z.boolean().optional(),
  }).refine((a) => a.cents !== undefined || a.ask, { message: "budget.amount", path: ["cents"] }).refine((a) => a.kind !== undefined || a.ask, { message: "budget.kind", path: ["kind"] }),
  async run(ctx, args) {
    const action = await findActionForValue(ctx, args.name, args.cents === undefined, { what: "budget.amount", usage: "/actie budget <naam> begroot|besteed <bedrag>", example: "/actie budget watertappunt begroot 2500" });
    await ctx.ensureCanChange(action);
    if (args.kind === undefined) {
      const { label } = renderActionDescription(await getActionNaming(ctx.tx, action.id), ctx.lang);
      throw new NeedsValue({ key: "budget.askKindAmount", vars: { label } }, { text: `/actie budget ${action.title}`, pickActionId: action.id }, "actie budget");
    }
    if (args.cents === undefined) {
      const { label } = renderActionDescription(await getActionNaming(ctx.tx, action.id), ctx.lang);
      throw new NeedsValue({ key: "budget.askAmount", vars: { label, kind: args.kind } }, { text: `/actie budget ${action.title} ${args.kind}`, pickActionId: action.id }, "actie budget");
    }
    await changeAction(ctx.tx, ctx.meta, action.id, args.kind === "begroot" ? { budgetPlanned: String(args.cents) } : { budgetSpent: String(args.cents) });
    const a = await getActionFigures(ctx.tx, action.id);
    const d = renderActionDescription(await getActionNaming(ctx.tx, action.id), ctx.lang);
    return ctx.t("budget.set", { label: d.label, planned: formatMoney(a.budgetPlannedCents, ctx.lang), spent: formatMoney(a.budgetSpentCents, ctx.lang) });
  },
});
