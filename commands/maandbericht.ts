import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { getMonthlyUpdate } from "../src/services/get-monthly-update.ts";
import { renderMonthlyUpdate } from "../src/render/monthly-update.ts";
import { MONTHS } from "../src/parse/dates.ts";
import { addMonths, localParts } from "../src/time/amsterdam.ts";
import { fold } from "../src/parse/text.ts";

export default defineCommand({
  name: "maandbericht",
  aliases: ["maandupdate", "wijkkrant", "nieuwsbrief", "monthly", "monthly update"],
  summary: "een kort stukje over de resultaten van vorige maand, klaar voor de wijkkrant",
  summaryEn: "a short piece on last month's results, ready for the neighbourhood paper",
  usage: "/maandbericht [maand]",
  examples: ["/maandbericht", "/maandbericht oktober"],
  mutates: false,
  // "/maandbericht voor de wijkkrant van december aub": the month named anywhere in what was typed.
  parse: (rest) => {
    const words = fold(rest).split(" ").filter(Boolean);
    const at = words.findIndex((w) => MONTHS[w] !== undefined);
    if (at < 0) return { month: words.join(" ") };
    return { month: [words[at], ...(/^\d{4}$/.test(words[at + 1] ?? "") ? [words[at + 1]] : [])].join(" ") };
  },
  schema: z.object({
    month: z.string().refine((m) => !m || MONTHS[m.split(" ")[0]] !== undefined, "monthly.month"),
  }),
  async run(ctx, args) {
    const today = localParts(ctx.now);
    let month = addMonths({ year: today.year, month: today.month, day: 1 }, -1);
    if (args.month) {
      const [name, year] = args.month.split(" ");
      const m = MONTHS[name];
      const y = year && /^\d{4}$/.test(year) ? Number(year) : m <= today.month ? today.year : today.year - 1;
      month = { year: y, month: m, day: 1 };
    }
    return renderMonthlyUpdate(await getMonthlyUpdate(ctx.tx, { wijkId: ctx.wijk.id, month }), ctx.t, ctx.lang);
  },
});
