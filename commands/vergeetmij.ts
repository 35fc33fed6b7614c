import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { erasePerson, ERASED_NAME } from "../src/services/erase-person.ts";
import { NeedsConfirmation } from "../src/services/errors.ts";

export default defineCommand({
  name: "vergeetmij",
  aliases: ["vergeet mij", "verwijder mij", "forgetme", "forget me"],
  summary: `wist je gegevens (AVG); je acties blijven, als eigenaar staat dan "${ERASED_NAME}"`,
  usage: "/vergeetmij",
  examples: ["/vergeetmij"],
  mutates: true,
  parse: (rest) => ({ rest }),
  schema: z.object({ rest: z.string() }),
  async run(ctx) {
    if (!ctx.rerun.confirmed) {
      throw new NeedsConfirmation(
        `Weet je het zeker, ${ctx.sender.displayName}? Ik wis je naam, organisatie, rol en je koppeling met dit platform. Je acties en hun geschiedenis blijven, met "${ERASED_NAME}" als naam.`,
        ctx.rerun,
      );
    }
    await erasePerson(ctx.tx, { personId: ctx.sender.id, at: ctx.now });
    return `Je gegevens zijn gewist. Bedankt voor je inzet! Wie je acties overneemt, regelt de coördinator.`;
  },
});
