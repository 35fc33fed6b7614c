import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { addHoliday } from "../src/services/add-holiday.ts";
import { listHolidays } from "../src/services/list-holidays.ts";
import { removeHoliday } from "../src/services/remove-holiday.ts";
import { localParts } from "../src/time/amsterdam.ts";
import { formatDay } from "../src/render/format.ts";
import { MONTHS } from "../src/parse/dates.ts";
import { fold } from "../src/parse/text.ts";

const RANGE = /\s+(?:t\/m|tm|tot en met|tot|until|to)\s+|\s+-\s+/i;

export default defineCommand({
  name: "vakantie",
  aliases: ["vakanties", "holiday", "holidays", "pauze herinneringen"],
  summary: "vakantieperiodes waarin deadline-herinneringen pauzeren (instellen: coördinator)",
  summaryEn: "holiday periods in which deadline reminders pause (set by the coordinator)",
  usage: "/vakantie [<van> t/m <tot>] | /vakantie weg <nr>",
  examples: ["/vakantie 2026-07-18 t/m 2026-08-30", "/vakantie 19 december t/m 3 januari", "/vakantie", "/vakantie weg 1"],
  mutates: true,
  parse(rest) {
    const text = rest.trim();
    const remove = text.match(/^(?:weg|verwijder|stop)\s+(\d+)$/i);
    if (remove) return { action: "remove", number: Number(remove[1]) };
    if (!text) return { action: "list" };
    // "invoeren graag: herfstvakantie 10 t/m 18 oktober": a lead-in and the holiday's name are not dates.
    // ("… 22 februari (regio noord)": a remark in brackets is no part of a date.)
    const dates = text.replace(/\s*\([^)]*\)\s*/g, " ").trim().replace(/^[^:\d]*:\s*/, "").replace(/^(?:(?:de|het|van|vanaf|from|[\p{L}-]*vakantie|holiday)\s+)+(?=\d)/iu, "");
    const parts = dates.split(RANGE);
    let from = parts[0] ?? "";
    const to = parts.length === 2 ? parts[1] : "";
    // "10 t/m 18 oktober": the month is said once, at the end.
    const month = to.match(/^\d{1,2}(?:e|ste|de)?\s+(\p{L}+)/u)?.[1];
    if (/^\d{1,2}$/.test(from.trim()) && month) from = `${from.trim()} ${month}`;
    // ("19 december t/m 3 januari 2027": the year said once, at the end — the first day's is that year, or the one before.)
    const toYear = to.match(/^\d{1,2}(?:e|ste|de)?\s+(\p{L}+)\s+(\d{4})\s*$/u);
    const fromDay = from.trim().match(/^\d{1,2}(?:e|ste|de)?\s+(\p{L}+)$/u);
    const fromMonth = fromDay ? MONTHS[fold(fromDay[1])] : undefined;
    const endMonth = toYear ? MONTHS[fold(toYear[1])] : undefined;
    if (toYear && fromMonth && endMonth) from = `${from.trim()} ${fromMonth > endMonth ? Number(toYear[2]) - 1 : toYear[2]}`;
    return { action: "add", from, to };
  },
  schema: z.discriminatedUnion("action", [
    z.object({ action: z.literal("list") }),
    z.object({ action: z.literal("remove"), number: z.number().int().min(1).max(9999) }),
    z.object({
      action: z.literal("add"),
      from: z.string().trim().min(1, "holiday.from"),
      to: z.string().trim().min(1, "holiday.to"),
    }),
  ]),
  async run(ctx, args) {
    if (args.action === "list") {
      const holidays = await listHolidays(ctx.tx, { wijkId: ctx.wijk.id, now: ctx.now });
      if (!holidays.length) return ctx.t("holiday.none");
      const lines = holidays.map((h, i) => ctx.t("holiday.line", { n: i + 1, from: formatDay(h.startDate, ctx.now, ctx.lang), to: formatDay(h.endDate, ctx.now, ctx.lang) }));
      return `${ctx.t("holiday.listTitle")}\n${lines.join("\n")}`;
    }
    ctx.requireRole(["coordinator"], "holiday.what");
    if (args.action === "remove") {
      const removed = await removeHoliday(ctx.tx, { meta: ctx.meta, wijkId: ctx.wijk.id, number: args.number, now: ctx.now });
      return ctx.t("holiday.removed", { from: formatDay(removed.startDate, ctx.now, ctx.lang), to: formatDay(removed.endDate, ctx.now, ctx.lang) });
    }
    const civil = (d: Date) => {
      const p = localParts(d);
      return { year: p.year, month: p.month, day: p.day };
    };
    const start = ctx.resolveDate(args.from);
    const end = ctx.resolveDate(args.to);
    const holiday = await addHoliday(ctx.tx, { meta: ctx.meta, wijkId: ctx.wijk.id, start: civil(start), end: civil(end) });
    return ctx.t("holiday.added", { from: formatDay(holiday.startDate, ctx.now, ctx.lang), to: formatDay(holiday.endDate, ctx.now, ctx.lang) });
  },
});
