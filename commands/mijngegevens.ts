import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { resolvePersonTarget } from "../src/core/addressing.ts";
import { exportPersonalData } from "../src/services/export-personal-data.ts";
import { findLinkedPersonIds } from "../src/services/find-linked-person-ids.ts";

export default defineCommand({
  name: "mijngegevens",
  openToFormerMembers: true,
  aliases: ["mijn gegevens", "gegevens", "mydata", "my data"],
  summary: "stuurt je privé alles wat wijkbot over jou bewaart (AVG)",
  summaryEn: "sends you privately everything wijkbot keeps about you (GDPR)",
  usage: "/mijngegevens",
  examples: ["/mijngegevens"],
  mutates: false,
  parse: (rest) => ({ rest }),
  schema: z.object({ rest: z.string() }),
  async run(ctx) {
    const data = await exportPersonalData(ctx.tx, ctx.sender.id);
    // Known in more wijken under the same platform identity: those records belong to the answer too.
    const linked = await findLinkedPersonIds(ctx.tx, ctx.sender.id);
    const andereWijken = await Promise.all(linked.map((id) => exportPersonalData(ctx.tx, id)));
    const json = JSON.stringify(andereWijken.length ? { ...data, andereWijken } : data, null, 2);
    const dm = { text: ctx.t("data.dm", { json }), to: { personId: ctx.sender.id } };
    if (ctx.message.isDirect) return { text: dm.text };
    // Never into a group: without a private chat with the bot, the person is asked to open one.
    const target = await resolvePersonTarget(ctx.tx, ctx.sender.id);
    if (!target || target.viaGroup) return ctx.t("data.needsDm");
    return [{ text: ctx.t("data.sent") }, dm];
  },
});
