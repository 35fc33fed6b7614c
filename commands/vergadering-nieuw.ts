import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { createMeeting } from "../src/services/create-meeting.ts";
import { describeMeeting } from "../src/services/build-agenda.ts";
import { leadMoment } from "../src/services/plan-meeting-messages.ts";
import { AppError } from "../src/services/errors.ts";
import { hasTimeOfDay, splitLeadingDate } from "../src/scheduler/phrases.ts";
import { readScheduleSettings } from "../src/scheduler/settings.ts";
import { describeDay } from "../src/parse/dates.ts";

export default defineCommand({
  name: "vergadering nieuw",
  aliases: ["vergadering plan", "vergadering plannen", "vergadering toevoegen", "meeting new"],
  summary: "plant een stuurgroepvergadering (coördinator of voorzitter)",
  usage: "/vergadering nieuw <datum tijd> [plek]",
  examples: ["/vergadering nieuw 12 maart 19:30 wijkcentrum De Kiosk", "/vergadering nieuw 2026-04-09 15:00"],
  mutates: true,
  parse(rest) {
    const split = splitLeadingDate(rest);
    return split ? { date: split.date, place: split.rest } : { date: "", place: rest };
  },
  schema: z.object({
    date: z.string().trim().min(1, "begin met de datum en tijd, bijvoorbeeld 12 maart 19:30"),
    place: z.string().trim().max(120, "die plek is te lang"),
  }),
  async run(ctx, args) {
    ctx.requireRole(["coordinator", "voorzitter"], "een vergadering plannen");
    const startsAt = ctx.resolveDate(args.date);
    if (!hasTimeOfDay(startsAt)) throw new AppError("INVALID", `Hoe laat begint de vergadering? Bijvoorbeeld: /vergadering nieuw ${args.date} 19:30 ${args.place}`.trim());
    const settings = readScheduleSettings(ctx.wijk.settings);
    const { meeting, carried } = await createMeeting(ctx.tx, { wijkId: ctx.wijk.id, startsAt, place: args.place, fixedItems: settings.meetings.fixedItems, now: ctx.now });
    const call = leadMoment(meeting, settings.meetings.callForItemsDaysBefore, settings);
    const agenda = leadMoment(meeting, settings.meetings.agendaDaysBefore, settings);
    const plan = [
      call && call > ctx.now ? `${describeDay(call)} vraag ik de kartrekkers om agendapunten` : undefined,
      agenda && agenda > ctx.now ? `${describeDay(agenda)} stuur ik de agenda rond` : undefined,
    ].filter(Boolean);
    return [
      `🗓️ Stuurgroep gepland: ${describeMeeting(meeting, ctx.now)}.`,
      carried ? `${carried} ${carried === 1 ? "agendapunt staat" : "agendapunten staan"} al klaar.` : "",
      plan.length ? `${plan.join("; ")}.` : "",
      "Agendapunt voorstellen: /agendapunt <tekst>",
    ].filter(Boolean).join("\n");
  },
});
