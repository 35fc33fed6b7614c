import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { cancelReminder } from "../src/services/cancel-reminder.ts";

export default defineCommand({
  name: "herinner stop",
  aliases: ["herinnering stop", "herinner weg", "herinnering weg", "reminder stop", "remind stop"],
  summary: "stopt een van je herinneringen (nummer uit /herinneringen)",
  summaryEn: "stops one of your reminders (number from /reminders)",
  usage: "/herinner stop <nr>",
  examples: ["/herinner stop 2"],
  mutates: true,
  parse: (rest) => ({ number: rest.trim().replace(/^(nr|nummer)\.?\s*/i, "") }),
  schema: z.object({ number: z.coerce.number({ message: "reminder.numberShape" }).int("reminder.numberShape").min(1, "reminder.numberShape").max(9999, "reminder.numberShape") }),
  async run(ctx, args) {
    const reminder = await cancelReminder(ctx.tx, { creatorId: ctx.sender.id, number: args.number, now: ctx.now });
    return ctx.t("reminder.stopped", { number: args.number, text: reminder.text });
  },
});
