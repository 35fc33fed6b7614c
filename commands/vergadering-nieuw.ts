import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { createMeeting } from "../src/services/create-meeting.ts";
import { AppError } from "../src/core/errors.ts";
import { hasTimeOfDay, splitLeadingDate } from "../src/scheduler/phrases.ts";
import { readScheduleSettings } from "../src/scheduler/settings.ts";
import { meetingPlannedText } from "../src/render/meeting-planned.ts";

export default defineCommand({
  name: "vergadering nieuw",
  aliases: ["vergadering plan", "vergadering plannen", "vergadering toevoegen", "meeting new", "meeting plan"],
  summary: "plant een stuurgroepvergadering (coördinator of voorzitter)",
  summaryEn: "plans a steering group meeting (coordinator or chair)",
  usage: "/vergadering nieuw <datum tijd> [plek]",
  examples: ["/vergadering nieuw 12 maart 19:30 wijkcentrum De Kiosk", "/vergadering nieuw 2026-04-09 15:00"],
  mutates: true,
  parse(rest) {
    const split = splitLeadingDate(rest);
    return split ? { date: split.date, place: split.rest } : { date: "", place: rest };
  },
  schema: z.object({
    date: z.string().trim().min(1, "meeting.dateShape"),
    place: z.string().trim().max(120, "meeting.placeLong"),
  }),
  async run(ctx, args) {
    ctx.requireRole(["coordinator", "voorzitter"], "meeting.planWhat");
    const startsAt = ctx.resolveDate(args.date);
    if (!hasTimeOfDay(startsAt)) throw new AppError("INVALID", ctx.t("meeting.whatTime", { example: `${args.date} 19:30 ${args.place}`.trim() }));
    const settings = readScheduleSettings(ctx.wijk.settings);
    const { meeting, carried } = await createMeeting(ctx.tx, { wijkId: ctx.wijk.id, startsAt, place: args.place, fixedItems: settings.meetings.fixedItems, now: ctx.now });
    return meetingPlannedText({ meeting, carried, settings, now: ctx.now, t: ctx.t, lang: ctx.lang });
  },
});
