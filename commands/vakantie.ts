import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { addHoliday, listHolidays, removeHoliday } from "../src/services/add-holiday.ts";
import { localParts } from "../src/parse/dates.ts";
import { formatDay } from "../src/render/format.ts";

const RANGE = /\s+(?:t\/m|tm|tot en met|tot|until|to)\s+|\s+-\s+/i;

export default defineCommand({
  name: "vakantie",
  aliases: ["vakanties", "holiday", "pauze herinneringen"],
  summary: "vakantieperiodes waarin deadline-herinneringen pauzeren (instellen: coördinator)",
  usage: "/vakantie [<van> t/m <tot>] | /vakantie weg <nr>",
  examples: ["/vakantie 2026-07-18 t/m 2026-08-30", "/vakantie 19 december t/m 3 januari", "/vakantie", "/vakantie weg 1"],
  mutates: true,
  parse(rest) {
    const text = rest.trim();
    const remove = text.match(/^(?:weg|verwijder|stop)\s+(\d+)$/i);
    if (remove) return { action: "remove", number: Number(remove[1]) };
    if (!text) return { action: "list" };
    const parts = text.split(RANGE);
    return { action: "add", from: parts[0] ?? "", to: parts.length === 2 ? parts[1] : "" };
  },
  schema: z.discriminatedUnion("action", [
    z.object({ action: z.literal("list") }),
    z.object({ action: z.literal("remove"), number: z.number().int().min(1) }),
    z.object({
      action: z.literal("add"),
      from: z.string().trim().min(1, "noem de eerste dag"),
      to: z.string().trim().min(1, "noem begin en einde met t/m ertussen, bijvoorbeeld 2026-07-18 t/m 2026-08-30"),
    }),
  ]),
  async run(ctx, args) {
    if (args.action === "list") {
      const holidays = await listHolidays(ctx.tx, { wijkId: ctx.wijk.id, now: ctx.now });
      if (!holidays.length) return "Er staan geen vakanties ingepland. De coördinator zet er een met /vakantie 2026-07-18 t/m 2026-08-30.";
      return `*Vakanties (geen deadline-herinneringen)*\n${holidays.map((h, i) => `${i + 1}. ${formatDay(h.startDate, ctx.now)} t/m ${formatDay(h.endDate, ctx.now)}`).join("\n")}`;
    }
    ctx.requireRole(["coordinator"], "vakanties instellen");
    if (args.action === "remove") {
      const removed = await removeHoliday(ctx.tx, { wijkId: ctx.wijk.id, number: args.number, now: ctx.now });
      return `Vakantie ${formatDay(removed.startDate, ctx.now)} t/m ${formatDay(removed.endDate, ctx.now)} is weg; herinneringen lopen dan gewoon.`;
    }
    const civil = (d: Date) => {
      const p = localParts(d);
      return { year: p.year, month: p.month, day: p.day };
    };
    const start = ctx.resolveDate(args.from);
    const end = ctx.resolveDate(args.to);
    const holiday = await addHoliday(ctx.tx, { wijkId: ctx.wijk.id, start: civil(start), end: civil(end) });
    return `🏖️ Vakantie van ${formatDay(holiday.startDate, ctx.now)} t/m ${formatDay(holiday.endDate, ctx.now)}: dan stuur ik geen deadline-herinneringen. Wat in die periode valt, komt één keer op de eerste werkdag erna.`;
  },
});
