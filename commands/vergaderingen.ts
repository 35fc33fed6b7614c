import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { listAgendaItems } from "../src/services/list-agenda-items.ts";
import { listUpcomingMeetings } from "../src/services/list-upcoming-meetings.ts";
import { describeMeeting } from "../src/render/agenda.ts";

export default defineCommand({
  name: "vergaderingen",
  aliases: ["meetings", "vergaderplanning", "meeting list"],
  summary: "de geplande stuurgroepvergaderingen",
  summaryEn: "the planned steering group meetings",
  usage: "/vergaderingen",
  examples: ["/vergaderingen"],
  mutates: false,
  parse: () => ({}),
  schema: z.object({}),
  async run(ctx) {
    const meetings = await listUpcomingMeetings(ctx.tx, { wijkId: ctx.wijk.id, now: ctx.now });
    if (!meetings.length) return ctx.t("meeting.listNone");
    const lines = [];
    for (const m of meetings) {
      const count = (await listAgendaItems(ctx.tx, m.id)).length;
      const running = m.startsAt <= ctx.now ? ctx.t("meeting.running") : "";
      lines.push(ctx.t("meeting.listLine", { when: describeMeeting(m, ctx.now, ctx.lang), count, running }));
    }
    return `${ctx.t("meeting.listTitle")}\n${lines.join("\n")}\n${ctx.t("meeting.listNext")}`;
  },
});
