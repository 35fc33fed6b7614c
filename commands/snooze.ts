import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { splitTrailingDate } from "../src/core/command-helpers.ts";
import { snoozeActionReminder } from "../src/services/snooze-action-reminder.ts";
import { withDefaultTime } from "../src/scheduler/phrases.ts";
import { readScheduleSettings } from "../src/scheduler/settings.ts";
import { formatMoment } from "../src/render/format.ts";

export default defineCommand({
  name: "snooze",
  aliases: ["sluimer", "uitstellen herinnering", "later", "postpone"],
  summary: "stelt de volgende deadline-herinnering van een actie uit",
  summaryEn: "postpones the next deadline reminder of an action",
  usage: "/snooze <actie> <wanneer>",
  examples: ["/snooze watertappunt maandag", "/snooze wijkwebsite over 3 dagen", "/snooze 2e schil morgen 14:00"],
  mutates: true,
  parse(rest) {
    const split = splitTrailingDate(rest);
    // "/snooze de herinnering van de moestuin tot maandag": the action is what the reminder is about.
    const name = (split ? split.name : rest).replace(/^(?:de |mijn )?(?:herinnering(?:en)?|reminder)\s+(?:van|voor|over|bij|aan|of|for|about)\s+/i, "").replace(/\s+(?:tot|until|till)$/i, "").replace(/^(.+?)\s+(?:herinnering(?:en)?|reminder)$/i, "$1").replace(/^(?:de|het)\s+(?=\S)/i, "");
    return split ? { name, when: split.date } : { name, when: "" };
  },
  schema: z.object({
    name: z.string().trim().min(1, "snooze.name"),
    when: z.string().trim().min(1, "snooze.when"),
  }),
  async run(ctx, args) {
    const action = await ctx.findAction(args.name);
    await ctx.ensureCanChange(action);
    const until = withDefaultTime(ctx.resolveDate(args.when), readScheduleSettings(ctx.wijk.settings).reminders.sendAt);
    await snoozeActionReminder(ctx.tx, { action, personId: ctx.sender.id, until, now: ctx.now });
    return ctx.t("snooze.done", { title: action.title, when: formatMoment(until, ctx.now, ctx.lang) });
  },
});
