import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { buildAgenda } from "../src/services/build-agenda.ts";
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
    const text = await buildAgenda(ctx.tx, { meeting, now: ctx.now, withPillars: false, t: ctx.t, lang: ctx.lang });
    const manage = ["coordinator", "voorzitter"].includes(ctx.sender.role)
      ? ctx.t("agenda.manage")
      : ctx.t("agenda.proposeHint");
    return `${text}${manage}`;
  },
});
