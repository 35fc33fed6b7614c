import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { listReminders } from "../src/services/list-reminders.ts";
import { describeRecurrence } from "../src/parse/recurrence.ts";
import { formatMoment } from "../src/render/format.ts";

export default defineCommand({
  name: "herinneringen",
  aliases: ["reminders", "mijn herinneringen"],
  summary: "toont de herinneringen die jij hebt gezet, genummerd",
  summaryEn: "shows the reminders you have set, numbered",
  usage: "/herinneringen",
  examples: ["/herinneringen"],
  mutates: false,
  parse: () => ({}),
  schema: z.object({}),
  async run(ctx) {
    const items = await listReminders(ctx.tx, { creatorId: ctx.sender.id, now: ctx.now, lang: ctx.lang });
    if (!items.length) return ctx.t("reminder.none");
    const lines = items.map((r) => {
      const next = formatMoment(r.next, ctx.now, ctx.lang);
      const when = r.recurrence ? ctx.t("reminder.listNext", { rule: describeRecurrence(r.recurrence, ctx.t), next }) : next;
      return ctx.t("reminder.listLine", { number: r.number, text: r.text, target: r.target, when });
    });
    return `${ctx.t("reminder.listTitle")}\n${lines.join("\n")}\n${ctx.t("reminder.listStop")}`;
  },
});
