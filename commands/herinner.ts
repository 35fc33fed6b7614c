import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { createReminder } from "../src/services/create-reminder.ts";
import { AppError } from "../src/services/errors.ts";
import { describeRecurrence, looksRecurring, parseRecurrence } from "../src/parse/recurrence.ts";
import { splitWhatWhen, withDefaultTime } from "../src/scheduler/phrases.ts";
import { readScheduleSettings } from "../src/scheduler/settings.ts";
import { formatMoment } from "../src/render/format.ts";
import { fold } from "../src/parse/text.ts";

export default defineCommand({
  name: "herinner",
  aliases: ["herinnering", "remind", "reminder"],
  summary: "zet een herinnering voor jezelf, iemand anders of de groep (ook terugkerend)",
  usage: "/herinner <mij|@persoon|groep> <wat> <wanneer>",
  examples: [
    "/herinner mij subsidie aanvragen vrijdag 10:00",
    "/herinner @Sanne verslag rondsturen morgen",
    "/herinner groep weekstart elke maandag 9:00",
    "/herinner mij stuurgroepstukken lezen elke eerste dinsdag van de maand",
  ],
  mutates: true,
  parse(rest) {
    const [first = "", ...others] = rest.trim().split(/\s+/);
    const split = splitWhatWhen(others.join(" "));
    return { target: first, what: split?.what ?? others.join(" "), when: split?.when ?? "" };
  },
  schema: z.object({
    target: z.string().trim().min(1, "wie moet ik herinneren? Begin met mij, @naam of groep"),
    what: z.string().trim().min(2, "waaraan moet ik herinneren? Zet het tussen de persoon en het moment").max(300, "dat is te lang voor een herinnering (maximaal 300 tekens)"),
    when: z.string().trim().min(1, "wanneer? Eindig met een moment, bijvoorbeeld: morgen 9:00, vrijdag, of elke maandag 9:00"),
  }),
  async run(ctx, args) {
    const who = fold(args.target);
    let target: { personId: string } | { chatId: string };
    let targetLabel: string;
    if (["mij", "me", "mezelf", "ik", "mijzelf"].includes(who)) {
      target = { personId: ctx.sender.id };
      targetLabel = "je";
    } else if (["groep", "group", "iedereen", "allen"].includes(who)) {
      if (!ctx.chat || ctx.chat.kind === "direct") throw new AppError("INVALID", "\"groep\" werkt alleen in een groepsgesprek. Typ het commando in de groep, of kies mij of @naam.");
      target = { chatId: ctx.chat.id };
      targetLabel = "de groep";
    } else if (args.target.startsWith("@")) {
      const person = await ctx.findPerson(args.target);
      target = { personId: person.id };
      targetLabel = person.id === ctx.sender.id ? "je" : person.displayName;
    } else {
      throw new AppError("INVALID", `Wie moet ik herinneren? Begin met mij, @naam of groep, bijvoorbeeld: /herinner mij ${args.what} ${args.when}`);
    }
    const settings = readScheduleSettings(ctx.wijk.settings);
    if (looksRecurring(args.when)) {
      const rule = parseRecurrence(args.when);
      if (!rule) {
        throw new AppError("INVALID", `"${args.when}" begrijp ik niet. Probeer bijvoorbeeld: elke maandag 9:00, elke dag 8:30, elke werkdag, elke eerste dinsdag van de maand of elke 15e van de maand.`);
      }
      const reminder = await createReminder(ctx.tx, { wijkId: ctx.wijk.id, creatorId: ctx.sender.id, target, text: args.what, recurrence: rule, now: ctx.now });
      return `🔁 Ik herinner ${targetLabel} ${describeRecurrence(rule)} aan "${args.what}". Eerste keer: ${formatMoment(reminder.nextAt!, ctx.now)}. (nr ${reminder.number}; stoppen: /herinner stop ${reminder.number})`;
    }
    const at = withDefaultTime(ctx.resolveDate(args.when), settings.reminders.sendAt);
    const reminder = await createReminder(ctx.tx, { wijkId: ctx.wijk.id, creatorId: ctx.sender.id, target, text: args.what, at, now: ctx.now });
    return `⏰ Ik herinner ${targetLabel} ${formatMoment(at, ctx.now)} aan "${args.what}". (nr ${reminder.number}; stoppen: /herinner stop ${reminder.number})`;
  },
});
