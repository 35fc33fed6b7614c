import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { NeedsValue } from "../src/core/errors.ts";
import { findActionForValue } from "../src/core/command-helpers.ts";
import { getActionFigures } from "../src/services/get-action-figures.ts";
import { changeAction } from "../src/services/change-action.ts";
import { getActionNaming } from "../src/services/get-action-naming.ts";
import { renderActionDescription } from "../src/render/action-description.ts";
import { formatNumber } from "../src/render/format.ts";

export default defineCommand({
  name: "actie bereik",
  aliases: ["actie bereikt", "action reach"],
  summary: "legt het bereik vast: hoeveel kinderen/jongeren/ouders bereikt (of 'beoogd' voor het doel)",
  summaryEn: "records reach: how many children/young people/parents were reached (or 'intended' for the target)",
  usage: "/actie bereik <naam> [beoogd] <getal> [van <beoogd>]",
  examples: ["/actie bereik watertappunt 250", "/actie bereik wijkwebsite beoogd 1000"],
  mutates: true,
  parse(rest) {
    // "120 van 150": reached and intended at once.
    const both = rest.trim().match(/^(.*?)[\s:]+(\d[\d.]*)\s+(?:van|of|uit)\s+(\d[\d.]*)$/i);
    if (both) return { name: both[1], count: Number(both[2].replace(/\./g, "")), intended: false, of: Number(both[3].replace(/\./g, "")) };
    const m = rest.trim().match(/^(.*?)\s+(?:(beoogd|doel|intended|target)\s+)?(\d[\d.]*)$/i);
    // ("/actie bereik huiswerkbegeleiding", "… beoogd": no number — how many, then? The next message gives it.)
    if (!m) {
      const target = rest.trim().match(/^(.*?)\s+(beoogd|doel|intended|target)$/i);
      return { name: target ? target[1] : rest, count: undefined, intended: Boolean(target), ask: !/\d/.test(rest) };
    }
    return { name: m[1], count: Number(m[3].replace(/\./g, "")), intended: Boolean(m[2]) };
  },
  schema: z.object({
    name: z.string().trim().min(1, "reach.name"),
    count: z.number({ message: "reach.count" }).int().min(0).max(10_000_000, "reach.tooBig").optional(),
    ask: z.boolean().optional(),
    intended: z.boolean(),
    of: z.number().int().min(0).max(10_000_000, "reach.tooBig").optional(),
  }).refine((a) => a.count !== undefined || a.ask, { message: "reach.count", path: ["count"] }),
  async run(ctx, args) {
    const action = await findActionForValue(ctx, args.name, args.count === undefined, { what: "reach.count", usage: "/actie bereik <naam> [beoogd] <getal>", example: "/actie bereik watertappunt 250" });
    await ctx.ensureCanChange(action);
    if (args.count === undefined) {
      const { label } = renderActionDescription(await getActionNaming(ctx.tx, action.id), ctx.lang);
      throw new NeedsValue({ key: args.intended ? "reach.askIntended" : "reach.askReached", vars: { label } }, { text: `/actie bereik ${action.title}${args.intended ? " beoogd" : ""}`, pickActionId: action.id }, "actie bereik");
    }
    const values: Record<string, string> = args.intended ? { reachIntended: String(args.count) } : { reachReached: String(args.count) };
    if (args.of !== undefined) values.reachIntended = String(args.of);
    await changeAction(ctx.tx, ctx.meta, action.id, values);
    const updated = await getActionFigures(ctx.tx, action.id);
    const d = renderActionDescription(await getActionNaming(ctx.tx, action.id), ctx.lang);
    return ctx.t("reach.set", { label: d.label, reached: formatNumber(updated.reachReached, ctx.lang), intended: formatNumber(updated.reachIntended, ctx.lang) });
  },
});
