import { z } from "zod";
import { defineCommand, type CommandContext } from "../src/core/command.ts";
import { createReminder } from "../src/services/create-reminder.ts";
import { AppError, NeedsValue } from "../src/core/errors.ts";
import { describeRecurrence, looksRecurring, parseRecurrence } from "../src/parse/recurrence.ts";
import { splitWhatWhen, withDefaultTime } from "../src/scheduler/phrases.ts";
import { readScheduleSettings } from "../src/scheduler/settings.ts";
import { formatMoment } from "../src/render/format.ts";
import { fold } from "../src/parse/text.ts";

export default defineCommand({
  name: "herinner",
  aliases: ["herinnering", "remind", "reminder"],
  summary: "zet een herinnering voor jezelf, iemand anders of de groep (ook terugkerend)",
  summaryEn: "sets a reminder for yourself, someone else or the group (also recurring)",
  usage: "/herinner <mij|@persoon [@persoon…]|groep> <wat> <wanneer>",
  examples: [
    "/herinner mij subsidie aanvragen vrijdag 10:00",
    "/herinner @Sanne verslag rondsturen morgen",
    "/herinner @Peter @Lisa wijkschouw vrijdag",
    "/herinner groep weekstart elke maandag 9:00",
    "/herinner mij stuurgroepstukken lezen elke eerste dinsdag van de maand",
  ],
  mutates: true,
  parse(rest) {
    const [first = "", ...others] = rest.trim().split(/\s+/);
    // "/herinner @Peter @Lisa wijkschouw vrijdag" (or "@Peter en @Lisa"): one reminder each.
    const also: string[] = [];
    while (first.startsWith("@") && others.length) {
      const linked = /^(en|and|&|,)$/i.test(others[0]) && others[1]?.startsWith("@") ? 1 : 0;
      if (!others[linked].startsWith("@")) break;
      also.push(others[linked].replace(/,$/, ""));
      others.splice(0, linked + 1);
    }
    const split = splitWhatWhen(others.join(" "));
    return { target: first.replace(/,$/, ""), also, what: split?.what ?? others.join(" "), when: split?.when ?? "" };
  },
  schema: z.object({
    target: z.string().trim().min(1, "reminder.targetShape"),
    also: z.array(z.string()),
    what: z.string().trim().min(2, "reminder.whatShape").max(300, "reminder.whatLong"),
    when: z.string().trim(),
  }),
  async run(ctx, args) {
    // ("/herinner mij jaarverslag GGD insturen": what, but not when — asked; the next message gives the moment.)
    if (!args.when) throw new NeedsValue({ key: "reminder.askWhen", vars: { what: args.what } }, { text: `/herinner ${[args.target, ...args.also].join(" ")} ${args.what}` }, "herinner");
    const replies: string[] = [];
    for (const target of new Set([args.target, ...args.also])) replies.push(await remind(ctx, { ...args, target }));
    return replies.join("\n");
  },
});

async function remind(ctx: CommandContext, args: { target: string; what: string; when: string }): Promise<string> {
  const who = fold(args.target);
  let target: { personId: string } | { chatId: string };
  let targetLabel: string;
  if (["mij", "me", "mezelf", "ik", "mijzelf"].includes(who)) {
    target = { personId: ctx.sender.id };
    targetLabel = ctx.t("reminder.you");
  } else if (["groep", "group", "iedereen", "allen"].includes(who)) {
    if (!ctx.chat || ctx.chat.kind === "direct") throw new AppError("INVALID", ctx.t("reminder.groupOnly"));
    target = { chatId: ctx.chat.id };
    targetLabel = ctx.t("reminder.group");
  } else if (args.target.startsWith("@")) {
    const person = await ctx.findPerson(args.target);
    target = { personId: person.id };
    targetLabel = person.id === ctx.sender.id ? ctx.t("reminder.you") : person.displayName;
  } else {
    throw new AppError("INVALID", ctx.t("reminder.who", { what: args.what, when: args.when }));
  }
  const settings = readScheduleSettings(ctx.wijk.settings);
  if (looksRecurring(args.when)) {
    const rule = parseRecurrence(args.when);
    if (!rule) {
      throw new AppError("INVALID", ctx.t("reminder.badRecurrence", { when: args.when }));
    }
    const reminder = await createReminder(ctx.tx, { wijkId: ctx.wijk.id, creatorId: ctx.sender.id, target, text: args.what, recurrence: rule, now: ctx.now, meta: ctx.meta });
    return ctx.t("reminder.setRecurring", { target: targetLabel, rule: describeRecurrence(rule, ctx.t), what: args.what, first: formatMoment(reminder.nextAt!, ctx.now, ctx.lang), number: reminder.number });
  }
  const at = withDefaultTime(ctx.resolveDate(args.when), settings.reminders.sendAt);
  const reminder = await createReminder(ctx.tx, { wijkId: ctx.wijk.id, creatorId: ctx.sender.id, target, text: args.what, at, now: ctx.now, meta: ctx.meta });
  return ctx.t("reminder.set", { target: targetLabel, when: formatMoment(at, ctx.now, ctx.lang), what: args.what, number: reminder.number });
}
