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
    const call = leadMoment(meeting, settings.meetings.callForItemsDaysBefore, settings);
    const agenda = leadMoment(meeting, settings.meetings.agendaDaysBefore, settings);
    const plan = [
      call && call > ctx.now ? ctx.t("meeting.callPlan", { day: describeDay(call, ctx.lang) }) : undefined,
      agenda && agenda > ctx.now ? ctx.t("meeting.agendaPlan", { day: describeDay(agenda, ctx.lang) }) : undefined,
    ].filter(Boolean);
    return [
      ctx.t("meeting.planned", { when: describeMeeting(meeting, ctx.now, ctx.lang) }),
      carried ? ctx.t(carried === 1 ? "meeting.carriedOne" : "meeting.carriedMany", { count: carried }) : "",
      plan.length ? `${capitalizeFirst(plan.join("; "))}.` : "",
      ctx.t("meeting.propose"),
    ].filter(Boolean).join("\n");
  },
});

/** "on Friday …" reads as a sentence start in English; Dutch day names stay lower case, as before. */
function capitalizeFirst(text: string): string {
  return /^on /.test(text) ? `O${text.slice(1)}` : text;
}
