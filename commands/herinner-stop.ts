import { z } from "zod";
import { defineCommand, type Reply } from "../src/core/command.ts";
import { cancelReminder } from "../src/services/cancel-reminder.ts";

export default defineCommand({
  name: "herinner stop",
  aliases: ["herinnering stop", "herinner weg", "herinnering weg", "reminder stop", "remind stop"],
  summary: "stopt een van je herinneringen (nummer uit /herinneringen); de coördinator kan elke herinnering in de wijk stoppen",
  summaryEn: "stops one of your reminders (number from /reminders); the coordinator can stop any reminder in the wijk",
  usage: "/herinner stop <nr>",
  examples: ["/herinner stop 2"],
  mutates: true,
  parse: (rest) => ({ number: rest.trim().replace(/^(nr|nummer)\.?\s*/i, "") }),
  schema: z.object({ number: z.coerce.number({ message: "reminder.numberShape" }).int("reminder.numberShape").min(1, "reminder.numberShape").max(9999, "reminder.numberShape") }),
  async run(ctx, args) {
    const isCoordinator = ctx.sender.role === "coordinator";
    const { reminder, creator } = await cancelReminder(ctx.tx, {
      scope: isCoordinator ? { wijkId: ctx.wijk.id } : { creatorId: ctx.sender.id },
      number: args.number,
      now: ctx.now,
    });
    if (!creator || creator.id === ctx.sender.id) return ctx.t("reminder.stopped", { number: args.number, text: reminder.text });
    const replies: Reply[] = [{ text: ctx.t("reminder.stoppedOf", { number: args.number, text: reminder.text, creator: creator.displayName }) }];
    // Its maker hears it from the bot rather than wondering why it went quiet.
    if (!creator.leftAt) {
      replies.push({ text: ctx.t("reminder.stoppedByCoordinator", { name: ctx.sender.displayName, number: args.number, text: reminder.text }), to: { personId: creator.id } });
    }
    return replies;
  },
});
