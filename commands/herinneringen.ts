import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { listReminders } from "../src/services/list-reminders.ts";
import { describeRecurrence } from "../src/parse/recurrence.ts";
import { formatMoment } from "../src/render/format.ts";

export default defineCommand({
  name: "herinneringen",
  aliases: ["reminders", "mijn herinneringen"],
  summary: "toont de herinneringen die jij hebt gezet, genummerd",
  usage: "/herinneringen",
  examples: ["/herinneringen"],
  mutates: false,
  parse: () => ({}),
  schema: z.object({}),
  async run(ctx) {
    const items = await listReminders(ctx.tx, { creatorId: ctx.sender.id, now: ctx.now });
    if (!items.length) return "Je hebt geen herinneringen. Zet er een met /herinner mij <wat> <wanneer>.";
    const lines = items.map((r) => {
      const when = r.recurrence ? `${describeRecurrence(r.recurrence)}, volgende ${formatMoment(r.next, ctx.now)}` : formatMoment(r.next, ctx.now);
      return `${r.number}. ${r.text} — voor ${r.target} — ${when}`;
    });
    return `*Jouw herinneringen*\n${lines.join("\n")}\nStoppen: /herinner stop <nr>`;
  },
});
