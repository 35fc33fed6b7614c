import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { erasePerson, ERASED_NAME } from "../src/services/erase-person.ts";
import { NeedsConfirmation } from "../src/core/errors.ts";

export default defineCommand({
  name: "vergeetmij",
  openToFormerMembers: true,
  aliases: ["vergeet mij", "verwijder mij", "forgetme", "forget me"],
  summary: `wist je gegevens (AVG); je acties blijven, als eigenaar staat dan "${ERASED_NAME}"`,
  summaryEn: `erases your data (GDPR); your actions stay, with "${ERASED_NAME}" as their owner`,
  usage: "/vergeetmij",
  examples: ["/vergeetmij"],
  mutates: true,
  erasesSender: true,
  parse: (rest) => ({ rest }),
  schema: z.object({ rest: z.string() }),
  async run(ctx) {
    if (!ctx.rerun.confirmed) {
      throw new NeedsConfirmation(
        ctx.t("forget.question", { name: ctx.sender.displayName, erased: ERASED_NAME }),
        ctx.rerun,
      );
    }
    await erasePerson(ctx.tx, { personId: ctx.sender.id, at: ctx.now });
    return ctx.t("forget.done");
  },
});
