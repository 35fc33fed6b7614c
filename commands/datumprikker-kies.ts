import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { chooseDatePollOption } from "../src/services/choose-date-poll-option.ts";
import { readScheduleSettings } from "../src/scheduler/settings.ts";
import { formatMoment } from "../src/render/format.ts";
import { meetingPlannedText } from "../src/render/meeting-planned.ts";

export default defineCommand({
  name: "datumprikker kies",
  aliases: ["datumprikker kiezen", "datumprikker sluit", "date poll choose"],
  summary: "kiest een datum uit de datumprikker en plant de vergadering (coördinator of voorzitter)",
  summaryEn: "chooses a date from the date poll and plans the meeting (coordinator or chair)",
  usage: "/datumprikker kies <nr>",
  examples: ["/datumprikker kies 2"],
  mutates: true,
  parse: (rest) => ({ number: rest.trim().replace(/^(?:optie|option|nr\.?|nummer)\s*/i, "") }),
  schema: z.object({ number: z.string().regex(/^\d{1,2}$/, "datePoll.chooseShape").transform(Number) }),
  async run(ctx, args) {
    ctx.requireRole(["coordinator", "voorzitter"], "datePoll.chooseWhat");
    const settings = readScheduleSettings(ctx.wijk.settings);
    const { meeting, carried, option } = await chooseDatePollOption(ctx.tx, { wijkId: ctx.wijk.id, position: args.number, fixedItems: settings.meetings.fixedItems, now: ctx.now });
    return [ctx.t("datePoll.chosen", { number: option.position, moment: formatMoment(option.startsAt, ctx.now, ctx.lang) }), meetingPlannedText({ meeting, carried, settings, now: ctx.now, t: ctx.t, lang: ctx.lang })].join("\n");
  },
});
