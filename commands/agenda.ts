import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { getAgenda } from "../src/services/get-agenda.ts";
import { renderAgenda } from "../src/render/agenda.ts";
import { requireNextMeeting } from "../src/services/require-next-meeting.ts";

export default defineCommand({
  name: "agenda",
  aliases: ["agenda tonen", "agenda toon", "agenda show"],
  summary: "de agenda van de eerstvolgende stuurgroepvergadering",
  summaryEn: "the agenda of the next steering group meeting",
  usage: "/agenda",
  examples: ["/agenda"],
  mutates: false,
  parse: () => ({}),
  schema: z.object({}),
  async run(ctx) {
    const meeting = await requireNextMeeting(ctx.tx, { wijkId: ctx.wijk.id, now: ctx.now });
    const text = renderAgenda(await getAgenda(ctx.tx, { meeting, now: ctx.now, withPillars: false }), ctx.t, ctx.lang, ctx.now);
    const manage = ["coordinator", "voorzitter"].includes(ctx.sender.role)
      ? ctx.t("agenda.manage")
      : ctx.t("agenda.proposeHint");
    return `${text}${manage}`;
  },
});
