import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { NeedsConfirmation, NeedsValue } from "../src/core/errors.ts";
import { findActionForValue, splitTrailingDate } from "../src/core/command-helpers.ts";
import { changeAction } from "../src/services/change-action.ts";
import { getActionNaming } from "../src/services/get-action-naming.ts";
import { renderActionDescription } from "../src/render/action-description.ts";
import { encodeDate } from "../src/db/action-fields.ts";
import { formatMoment } from "../src/render/format.ts";
import { addDays, addMonths, compareCivil, isoDay, localParts, toInstant } from "../src/time/amsterdam.ts";

/** "een week later", "2 weken eerder", "a month later": moves the current deadline (or today, if it has none). */
const SHIFT = /^(.*?)[\s,]+(een|één|1|twee|2|drie|3|vier|4|vijf|5|zes|6|a|one|two|three|four|\d{1,2})\s+(dag|dagen|week|weken|maand|maanden|day|days|week|weeks|month|months)\s+(later|eerder|uitstel|opschuiven|earlier)$/i;
const SHIFT_COUNT: Record<string, number> = { een: 1, "één": 1, a: 1, one: 1, twee: 2, two: 2, drie: 3, three: 3, vier: 4, four: 4, vijf: 5, zes: 6 };

export default defineCommand({
  name: "actie deadline",
  aliases: ["actie datum", "actie uiterlijk", "action deadline", "action due"],
  summary: "zet of verzet de deadline van een actie",
  summaryEn: "sets or moves an action's deadline",
  usage: "/actie deadline <naam> <datum>",
  examples: ["/actie deadline watertappunt 15 maart", "/actie deadline wijkwebsite over 2 weken", "/actie deadline ouderbetrokkenheid eind april"],
  mutates: true,
  parse(rest) {
    const shift = rest.trim().match(SHIFT);
    if (shift) {
      const count = SHIFT_COUNT[shift[2].toLowerCase()] ?? Number(shift[2]);
      const sign = /^(eerder|earlier)$/i.test(shift[4]) ? -1 : 1;
      const unit = /^d/i.test(shift[3]) ? "days" : /^(w)/i.test(shift[3]) ? "weeks" : "months";
      return { name: shift[1], date: `${shift[2]} ${shift[3]} ${shift[4]}`, shift: { count: sign * count, unit } };
    }
    // "<naam>: <datum>" says where the name ends (free text is run this way).
    const colon = rest.search(/:\s/);
    if (colon > 0) return { name: rest.slice(0, colon), date: rest.slice(colon + 1).trim() };
    const split = splitTrailingDate(rest);
    return split ? { name: split.name, date: split.date } : { name: rest, date: "" };
  },
  schema: z.object({
    name: z.string().trim().min(1, "deadline.name"),
    // (Without a date the action is looked up and the date asked for: the next message gives it.)
    date: z.string().trim(),
    shift: z.object({ count: z.number().int().min(-24).max(24), unit: z.enum(["days", "weeks", "months"]) }).optional(),
  }),
  async run(ctx, args) {
    const noDate = !args.date && !args.shift;
    // ("/actie deadline watertappunt blabla": no date and no action by that name — say what a date looks like.)
    const action = await findActionForValue(ctx, args.name, noDate, { what: "deadline.date", usage: "/actie deadline <naam> <datum>", example: "/actie deadline watertappunt 15 maart" });
    await ctx.ensureCanChange(action);
    if (noDate) {
      const { label } = renderActionDescription(await getActionNaming(ctx.tx, action.id), ctx.lang);
      throw new NeedsValue({ key: "deadline.askDate", vars: { label } }, { text: `/actie deadline ${action.title}:`, pickActionId: action.id }, "actie deadline");
    }
    const deadline = args.shift ? shifted(action.deadline ?? ctx.now, args.shift) : ctx.resolveDate(args.date);
    // ("een week later" when the deadline was months ago: a day that has passed — never set silently; the same shift from
    // today is offered.)
    if (args.shift && action.deadline && compareCivil(localParts(deadline), localParts(ctx.now)) < 0) {
      const { label } = renderActionDescription(await getActionNaming(ctx.tx, action.id), ctx.lang);
      const instead = shifted(ctx.now, args.shift);
      const vars = { said: args.date.charAt(0).toUpperCase() + args.date.slice(1), label, old: formatMoment(action.deadline, ctx.now, ctx.lang), date: formatMoment(deadline, ctx.now, ctx.lang), instead: formatMoment(instead, ctx.now, ctx.lang) };
      throw new NeedsConfirmation(ctx.t("deadline.shiftPast", vars), { text: `/actie deadline ${action.title}: ${isoDay(localParts(instead))}`, pickActionId: action.id });
    }
    const changes = await changeAction(ctx.tx, ctx.meta, action.id, { deadline: encodeDate(deadline) });
    const d = renderActionDescription(await getActionNaming(ctx.tx, action.id), ctx.lang);
    const date = formatMoment(deadline, ctx.now, ctx.lang);
    if (!changes.length) return ctx.t("deadline.unchanged", { label: d.label, date });
    return ctx.t("deadline.set", { label: d.label, date, owners: d.owners });
  },
});

function shifted(from: Date, shift: { count: number; unit: "days" | "weeks" | "months" }): Date {
  const day = localParts(from);
  const moved = shift.unit === "months" ? addMonths(day, shift.count) : addDays(day, shift.count * (shift.unit === "weeks" ? 7 : 1));
  return toInstant(moved);
}
