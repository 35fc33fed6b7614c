import { z } from "zod";
import { defineCommand, type Reply } from "../src/core/command.ts";
import { answerCheckIn } from "../src/services/answer-check-in.ts";
import { renderCheckInAnswer, renderCheckInSummary } from "../src/render/check-in.ts";
import { renderCheckInRoundAnswer } from "../src/render/check-in-round.ts";
import { translator } from "../src/i18n/index.ts";
import { CHECK_IN_ANSWER } from "../src/parse/check-in-answers.ts";
import { answerCheckInRound } from "../src/services/answer-check-in-round.ts";
import { CHECK_IN_ROUND_ANSWER } from "../src/parse/round-answers.ts";
import { findCheckInToAnswer } from "../src/services/find-check-in-to-answer.ts";

export default defineCommand({
  name: "check",
  aliases: ["tussenstand"],
  summary: "beantwoordt je check-in per actie: 1 op koers · 2 loopt achter · 3 klaar · 4 hulp nodig (de tussentijdse check: op koers, loopt achter of stoppen); in een privébericht mag de / weg",
  summaryEn: "answers your check-in per action: 1 on track · 2 behind · 3 done · 4 need help (the mid-year check: on track, behind or stop); in a private chat the / may be left out",
  usage: "/check <cijfer per actie> [toelichting], …",
  examples: ["/check 1 3", "/check 2 wacht op offerte, 1", "/check 1 op koers, 2 loopt achter", "/check alles op koers"],
  bareAnswer: new RegExp(`${CHECK_IN_ANSWER.source}|${CHECK_IN_ROUND_ANSWER.source}`, "isu"),
  mutates: true,
  parse: (rest) => ({ answers: rest.trim() }),
  schema: z.object({ answers: z.string().min(1, "checkin.answerShape").max(500, "checkin.answerShape") }),
  async run(ctx, args) {
    const round = await findCheckInToAnswer(ctx.tx, ctx.sender.id);
    if (round) {
      const result = await answerCheckInRound(ctx.tx, ctx.meta, { person: ctx.sender, checkInId: round.id, text: args.answers, t: ctx.t, lang: ctx.lang, now: ctx.now });
      const reply = renderCheckInRoundAnswer(result, ctx.t, ctx.lang, ctx.now);
      return { text: reply.text, ...(reply.choices ? { choices: reply.choices } : {}) };
    }
    const result = await answerCheckIn(ctx.tx, ctx.meta, { person: ctx.sender, text: args.answers, now: ctx.now });
    const replies: Reply[] = [{ text: renderCheckInAnswer(result, ctx.t) }];
    for (const s of result.summaries) replies.push({ text: renderCheckInSummary(s, translator(s.lang)), to: { personId: s.personId } });
    return replies;
  },
});
