import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { exportPersonalData } from "../src/services/export-personal-data.ts";

export default defineCommand({
  name: "mijngegevens",
  aliases: ["mijn gegevens", "gegevens", "mydata", "my data"],
  summary: "stuurt je privé alles wat wijkbot over jou bewaart (AVG)",
  usage: "/mijngegevens",
  examples: ["/mijngegevens"],
  mutates: false,
  parse: (rest) => ({ rest }),
  schema: z.object({ rest: z.string() }),
  async run(ctx) {
    const data = await exportPersonalData(ctx.tx, ctx.sender.id);
    const json = JSON.stringify(data, null, 2);
    const dm = { text: `Dit is alles wat wijkbot over jou bewaart:\n${json}`, to: { personId: ctx.sender.id } };
    if (ctx.message.isDirect) return { text: dm.text };
    return [{ text: "🔒 Ik stuur je gegevens in een privébericht." }, dm];
  },
});
