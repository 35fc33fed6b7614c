import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { buildAgenda } from "../src/services/build-agenda.ts";
import { orderAgenda } from "../src/services/order-agenda.ts";
import { requireNextMeeting } from "../src/services/meetings.ts";

export default defineCommand({
  name: "agenda volgorde",
  aliases: ["agenda order", "agenda sorteer", "agenda herorden"],
  summary: "zet de agendapunten in een nieuwe volgorde (coördinator of voorzitter)",
  usage: "/agenda volgorde <nrs>",
  examples: ["/agenda volgorde 3 1 2"],
  mutates: true,
  parse: (rest) => ({ order: rest.split(/[\s,]+/).filter(Boolean) }),
  schema: z.object({
    order: z
      .array(z.string().regex(/^\d{1,2}$/, "gebruik alleen nummers, bijvoorbeeld: /agenda volgorde 3 1 2").transform(Number))
      .min(1, "noem de nummers in de nieuwe volgorde, bijvoorbeeld: /agenda volgorde 3 1 2"),
  }),
  async run(ctx, args) {
    ctx.requireRole(["coordinator", "voorzitter"], "de agenda ordenen");
    const meeting = await requireNextMeeting(ctx.tx, { wijkId: ctx.wijk.id, now: ctx.now });
    await orderAgenda(ctx.tx, { meetingId: meeting.id, order: args.order });
    return `🔀 Nieuwe volgorde:\n${await buildAgenda(ctx.tx, { meeting, now: ctx.now, withPillars: false })}`;
  },
});
