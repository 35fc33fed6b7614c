import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { listReminders, type ReminderListItem } from "../src/services/list-reminders.ts";
import { describeRecurrence } from "../src/parse/recurrence.ts";
import { formatMoment } from "../src/render/format.ts";

const EVERY_REMINDER = /^(alle|allemaal|iedereen|all)$/i;

export default defineCommand({
  name: "herinneringen",
  aliases: ["reminders", "mijn herinneringen"],
  summary: "toont de herinneringen die jij hebt gezet, genummerd; de coördinator ziet met \"alle\" die van de hele wijk",
  summaryEn: "shows the reminders you have set, numbered; with \"all\" the coordinator sees the whole wijk's",
  usage: "/herinneringen [alle]",
  examples: ["/herinneringen", "/herinneringen alle"],
  mutates: false,
  parse: (rest) => ({ all: EVERY_REMINDER.test(rest.trim()) }),
  schema: z.object({ all: z.boolean() }),
  async run(ctx, args) {
    const when = (r: ReminderListItem) => {
      const next = formatMoment(r.next, ctx.now, ctx.lang);
      return r.recurrence ? ctx.t("reminder.listNext", { rule: describeRecurrence(r.recurrence, ctx.t), next }) : next;
    };
    if (args.all) {
      ctx.requireRole(["coordinator"], "reminder.allWhat");
      const items = await listReminders(ctx.tx, { scope: { wijkId: ctx.wijk.id }, now: ctx.now, lang: ctx.lang });
      if (!items.length) return ctx.t("reminder.allNone", { wijk: ctx.wijk.name });
      const lines = items.map((r) => ctx.t("reminder.allLine", { number: r.number, text: r.text, creator: r.creator, target: r.target, when: when(r) }));
      return `${ctx.t("reminder.allTitle", { wijk: ctx.wijk.name })}\n${lines.join("\n")}\n${ctx.t("reminder.listStop")}`;
    }
    const items = await listReminders(ctx.tx, { scope: { creatorId: ctx.sender.id }, now: ctx.now, lang: ctx.lang });
    if (!items.length) return ctx.t("reminder.none");
    const lines = items.map((r) => ctx.t("reminder.listLine", { number: r.number, text: r.text, target: r.target, when: when(r) }));
    return `${ctx.t("reminder.listTitle")}\n${lines.join("\n")}\n${ctx.t("reminder.listStop")}`;
  },
});
