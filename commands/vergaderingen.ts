import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { agendaItems, listUpcomingMeetings } from "../src/services/meetings.ts";
import { describeMeeting } from "../src/services/build-agenda.ts";

export default defineCommand({
  name: "vergaderingen",
  aliases: ["meetings", "vergaderplanning"],
  summary: "de geplande stuurgroepvergaderingen",
  usage: "/vergaderingen",
  examples: ["/vergaderingen"],
  mutates: false,
  parse: () => ({}),
  schema: z.object({}),
  async run(ctx) {
    const meetings = await listUpcomingMeetings(ctx.tx, { wijkId: ctx.wijk.id, now: ctx.now });
    if (!meetings.length) return "Er zijn geen vergaderingen gepland. Plannen: /vergadering nieuw <datum tijd> [plek]";
    const lines = [];
    for (const m of meetings) {
      const count = (await agendaItems(ctx.tx, m.id)).length;
      lines.push(`- ${describeMeeting(m, ctx.now)} — ${count} ${count === 1 ? "agendapunt" : "agendapunten"}${m.startsAt <= ctx.now ? " (bezig)" : ""}`);
    }
    return `*Stuurgroepvergaderingen*\n${lines.join("\n")}\nAgenda van de eerstvolgende: /agenda`;
  },
});
