import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { getAgenda } from "../src/services/get-agenda.ts";
import { renderAgenda } from "../src/render/agenda.ts";
import { orderAgenda } from "../src/services/order-agenda.ts";
import { requireNextMeeting } from "../src/services/require-next-meeting.ts";
import { recordAgendaChange, snapshotAgenda } from "../src/services/record-agenda-change.ts";

export default defineCommand({
  name: "agenda volgorde",
  aliases: ["agenda order", "agenda sorteer", "agenda herorden"],
  summary: "zet de agendapunten in een nieuwe volgorde (coördinator of voorzitter)",
  summaryEn: "puts the agenda items in a new order (coordinator or chair)",
  usage: "/agenda volgorde <nrs>",
  examples: ["/agenda volgorde 3 1 2"],
  mutates: true,
  parse: (rest) => ({ order: rest.split(/[\s,]+/).filter(Boolean) }),
  schema: z.object({
    order: z
      .array(z.string().regex(/^\d{1,2}$/, "agenda.orderOnly").transform(Number))
      .min(1, "agenda.orderMissing"),
  }),
  async run(ctx, args) {
    ctx.requireRole(["coordinator", "voorzitter"], "agenda.orderWhat");
    const meeting = await requireNextMeeting(ctx.tx, { wijkId: ctx.wijk.id, now: ctx.now });
    const before = await snapshotAgenda(ctx.tx, meeting.id);
    await orderAgenda(ctx.tx, { meetingId: meeting.id, order: args.order });
    await recordAgendaChange(ctx.tx, ctx.meta, before);
    const agenda = renderAgenda(await getAgenda(ctx.tx, { meeting, now: ctx.now, withPillars: false }), ctx.t, ctx.lang, ctx.now);
    return ctx.t("agenda.newOrder", { agenda });
  },
});
