import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { cancelReminder } from "../src/services/cancel-reminder.ts";

export default defineCommand({
  name: "herinner stop",
  aliases: ["herinnering stop", "herinner weg", "herinnering weg", "reminder stop"],
  summary: "stopt een van je herinneringen (nummer uit /herinneringen)",
  usage: "/herinner stop <nr>",
  examples: ["/herinner stop 2"],
  mutates: true,
  parse: (rest) => ({ number: rest.trim().replace(/^(nr|nummer)\.?\s*/i, "") }),
  schema: z.object({ number: z.coerce.number({ message: "noem het nummer uit /herinneringen" }).int("noem het nummer uit /herinneringen").min(1, "noem het nummer uit /herinneringen") }),
  async run(ctx, args) {
    const reminder = await cancelReminder(ctx.tx, { creatorId: ctx.sender.id, number: args.number, now: ctx.now });
    return `🛑 Herinnering ${args.number} ("${reminder.text}") is gestopt.`;
  },
});
