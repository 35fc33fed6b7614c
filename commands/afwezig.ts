import { z } from "zod";
import { defineCommand, type CommandContext } from "../src/core/command.ts";
import { readCivilDay, resolveDate } from "../src/parse/dates.ts";
import { localParts } from "../src/time/amsterdam.ts";
import { readSchoolRegion } from "../src/scheduler/settings.ts";
import { setAbsence } from "../src/services/set-absence.ts";
import { endAbsence } from "../src/services/end-absence.ts";
import { listAbsences } from "../src/services/list-absences.ts";
import { listPeople } from "../src/services/list-people.ts";
import { AppError } from "../src/core/errors.ts";
import { absenceLabel, absenceDay } from "../src/render/absence.ts";
import type { Reply } from "../src/core/command.ts";
import type { PersonRow } from "../src/db/rows.ts";

const UNTIL = /(?:^|\s+)(?:t\/m|tm|tot en met|tot|until|till|to)\s+/i;
const STAND_IN = /\s+(?:vervanger|vervangen door|waarneming|stand-in|standin|stand in)\s*:?\s+/i;
const BACK = /^(?:(.*?)\s+)?(?:weg|terug|back|klaar)$/i;

export default defineCommand({
  name: "afwezig",
  aliases: ["afwezigheid", "away", "absent", "absence"],
  summary: "meld je afwezig tot en met een dag, met een vervanger die je herinneringen krijgt (de coördinator kan het ook voor een ander)",
  summaryEn: "report yourself away until a day, with a stand-in who gets your reminders (the coordinator can do it for someone else)",
  usage: "/afwezig t/m <dag> [vervanger @persoon] | /afwezig weg | /afwezig @persoon t/m <dag> [vervanger @persoon] (coördinator) | /afwezig",
  examples: [
    "/afwezig t/m 15 maart vervanger @Tom",
    "/afwezig t/m vrijdag",
    "/afwezig weg",
    "/afwezig @Ahmed t/m 15 maart vervanger @Lisa",
    "/afwezig @Ahmed weg",
    "/afwezig",
  ],
  mutates: true,
  parse(rest) {
    const text = rest.trim();
    if (!text) return { action: "list" };
    const back = text.match(BACK);
    if (back) return { action: "back", who: back[1]?.trim() ?? "" };
    // ("/afwezig t/m 6 februari, geen vervanger": no stand-in, said.)
    const [main, standIn] = text.replace(/[\s,;]+(?:(?:en\s+)?(?:geen|zonder)\s+(?:vervanger|vervanging|waarneming|stand-?in)|no stand-?in|without (?:a )?stand-?in)[\s.!]*$/i, "").split(STAND_IN);
    const until = main.match(UNTIL);
    // "/afwezig 15 maart": a bare day is the last day too.
    if (!until || until.index === undefined) return { action: "set", who: "", until: main.trim(), standIn: standIn?.trim() };
    return { action: "set", who: main.slice(0, until.index).trim(), until: main.slice(until.index + until[0].length).trim(), standIn: standIn?.trim() };
  },
  schema: z.discriminatedUnion("action", [
    z.object({ action: z.literal("list") }),
    z.object({ action: z.literal("back"), who: z.string().max(80) }),
    z.object({
      action: z.literal("set"),
      who: z.string().max(80),
      until: z.string().trim().min(1, "absence.until").max(60, "absence.until"),
      standIn: z.string().trim().min(1, "absence.until").max(80).optional(),
    }),
  ]),
  async run(ctx, args) {
    if (args.action === "list") {
      const absences = await listAbsences(ctx.tx, { wijkId: ctx.wijk.id, now: ctx.now });
      if (!absences.length) return ctx.t("absence.none");
      return `${ctx.t("absence.listTitle")}\n${absences.map((a) => `- ${a.personName}: ${absenceLabel(a, ctx.now, ctx.lang)}`).join("\n")}`;
    }
    const person = await whoIsAway(ctx, args.who);
    const self = person.id === ctx.sender.id;
    if (args.action === "back") {
      await endAbsence(ctx.tx, { meta: ctx.meta, person, now: ctx.now });
      return self ? ctx.t("absence.backSelf") : ctx.t("absence.backOther", { name: person.displayName });
    }
    const lastDay = readCivilDay(args.until, ctx.now, { region: readSchoolRegion(ctx.wijk.settings) }) ?? civil(resolveOrExplain(ctx, args.until));
    const standIn = args.standIn ? await ctx.findPerson(args.standIn) : null;
    const absence = await setAbsence(ctx.tx, { meta: ctx.meta, person, standIn, lastDay, now: ctx.now });
    const day = absenceDay(absence.lastDay, ctx.now, ctx.lang);
    const lines = [
      self ? ctx.t("absence.setSelf", { day }) : ctx.t("absence.setOther", { name: person.displayName, day }),
      standIn ? ctx.t("absence.setStandIn", { standIn: standIn.displayName }) : ctx.t("absence.setHold"),
      ctx.t("absence.setEarly"),
    ];
    const replies: Reply[] = [{ text: lines.join("\n") }];
    if (standIn && standIn.id !== ctx.sender.id) {
      const mine = (await listPeople(ctx.tx, ctx.wijk.id)).find((p) => p.id === person.id)?.openActions ?? [];
      const actions = mine.length ? mine.map((a) => a.title).join("; ") : ctx.t("absence.noActions");
      // Told in the stand-in's own chat (DM, else a mention in the group), in Dutch like other notices to a person.
      replies.push({ to: { personId: standIn.id }, text: ctx.t("absence.toStandIn", { name: person.displayName, day, actions }) });
    }
    return replies;
  },
});

/** Yourself, or (the coördinator) someone else by @mention or name. */
async function whoIsAway(ctx: CommandContext, who: string): Promise<PersonRow> {
  if (!who) return ctx.sender;
  const person = await ctx.findPerson(who);
  if (person.id !== ctx.sender.id) ctx.requireRole(["coordinator"], "absence.what");
  return person;
}

/** A phrase readCivilDay could not pin to one day: unreadable gets the absence's own example, a question is asked as usual. */
function resolveOrExplain(ctx: CommandContext, phrase: string): Date {
  if (resolveDate(phrase, ctx.now).kind === "unreadable") throw new AppError("INVALID", ctx.t("absence.badDate", { phrase }));
  return ctx.resolveDate(phrase);
}

function civil(date: Date) {
  const p = localParts(date);
  return { year: p.year, month: p.month, day: p.day };
}
