import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { buildWeeklyDigest } from "../src/services/build-weekly-digest.ts";
import { setDigestSubscription } from "../src/services/digest-recipients.ts";
import { readScheduleSettings } from "../src/scheduler/settings.ts";
import { fold } from "../src/parse/text.ts";

const DAY_NAMES = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];

export default defineCommand({
  name: "weekoverzicht",
  aliases: ["weekrapport", "digest", "weekly"],
  summary: "het weekoverzicht nu; of aan/uit om het elke week te krijgen",
  usage: "/weekoverzicht [aan|uit]",
  examples: ["/weekoverzicht", "/weekoverzicht aan", "/weekoverzicht uit"],
  mutates: true,
  parse: (rest) => ({ choice: fold(rest) }),
  schema: z.object({
    choice: z.enum(["", "aan", "uit", "on", "off"], { message: "kies aan of uit, of typ alleen /weekoverzicht" }),
  }),
  async run(ctx, args) {
    const settings = readScheduleSettings(ctx.wijk.settings);
    const when = `elke ${DAY_NAMES[settings.digest.weekday]} om ${settings.digest.at}`;
    if (args.choice === "aan" || args.choice === "on") {
      await setDigestSubscription(ctx.tx, { personId: ctx.sender.id, subscribed: true });
      return `📬 Je krijgt het weekoverzicht voortaan ${when}. Stoppen: /weekoverzicht uit`;
    }
    if (args.choice === "uit" || args.choice === "off") {
      if (ctx.sender.role === "coordinator") return "Als coördinator krijg je het weekoverzicht altijd; het is jouw stuurinformatie.";
      await setDigestSubscription(ctx.tx, { personId: ctx.sender.id, subscribed: false });
      return "Oké, je krijgt het weekoverzicht niet meer. Weer aanzetten: /weekoverzicht aan";
    }
    return buildWeeklyDigest(ctx.tx, { wijkId: ctx.wijk.id, end: ctx.now });
  },
});
