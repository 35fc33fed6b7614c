import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { getWeeklyDigest } from "../src/services/get-weekly-digest.ts";
import { renderWeeklyDigest } from "../src/render/weekly-digest.ts";
import { setDigestSubscription } from "../src/services/set-digest-subscription.ts";
import { readScheduleSettings } from "../src/scheduler/settings.ts";
import { fold } from "../src/parse/text.ts";
import { calendarWords } from "../src/i18n/index.ts";

export default defineCommand({
  name: "weekoverzicht",
  aliases: ["weekrapport", "digest", "weekly", "weekly overview"],
  summary: "het weekoverzicht nu; of aan/uit om het elke week te krijgen",
  summaryEn: "the weekly overview now; or on/off to get it every week",
  usage: "/weekoverzicht [aan|uit]",
  examples: ["/weekoverzicht", "/weekoverzicht aan", "/weekoverzicht uit"],
  mutates: true,
  parse: (rest) => ({ choice: fold(rest) }),
  schema: z.object({
    choice: z.enum(["", "aan", "uit", "on", "off"], { message: "digest.choice" }),
  }),
  async run(ctx, args) {
    const settings = readScheduleSettings(ctx.wijk.settings);
    const when = ctx.t("digest.when", { day: calendarWords(ctx.lang, "calendar.days")[settings.digest.weekday], time: settings.digest.at });
    if (args.choice === "aan" || args.choice === "on") {
      await setDigestSubscription(ctx.tx, { personId: ctx.sender.id, subscribed: true });
      return ctx.t("digest.on", { when });
    }
    if (args.choice === "uit" || args.choice === "off") {
      if (ctx.sender.role === "coordinator") return ctx.t("digest.coordinatorAlways");
      await setDigestSubscription(ctx.tx, { personId: ctx.sender.id, subscribed: false });
      return ctx.t("digest.off");
    }
    return renderWeeklyDigest(await getWeeklyDigest(ctx.tx, { wijkId: ctx.wijk.id, end: ctx.now }), ctx.lang, ctx.now);
  },
});
