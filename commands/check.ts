import { z } from "zod";
import { defineCommand, type Reply } from "../src/core/command.ts";
import { answerCheckIn, CHECK_IN_ANSWER } from "../src/services/mid-year-check-in.ts";

export default defineCommand({
  name: "check",
  aliases: ["checkin", "check-in", "tussenstand"],
  summary: "beantwoordt de tussentijdse check per actie: op koers, loopt achter of stoppen (in een privébericht mag de / weg)",
  summaryEn: "answers the mid-year check per action: on track, behind or stop (in a private chat the / may be left out)",
  usage: "/check <nummer> <op koers | loopt achter | stoppen>, …",
  examples: ["/check 1 op koers, 2 loopt achter", "/check alles op koers"],
  bareAnswer: CHECK_IN_ANSWER,
  mutates: true,
  parse: (rest) => ({ answers: rest.trim() }),
  schema: z.object({ answers: z.string().min(1, "checkin.answerShape").max(500, "checkin.answerShape") }),
  async run(ctx, args) {
    const result = await answerCheckIn(ctx.tx, ctx.meta, { person: ctx.sender, text: args.answers, t: ctx.t, now: ctx.now });
    const noted = result.noted.map((a) => `${a.n}. ${a.title}: ${ctx.t(`verdict.${a.verdict}`)}`).join("; ");
    const lines = [ctx.t("checkin.noted", { list: noted })];
    lines.push(result.missing.length ? ctx.t("checkin.missing", { numbers: result.missing.join(", ") }) : ctx.t("checkin.complete"));
    const replies: Reply[] = [{ text: lines.join("\n") }];
    for (const s of result.summaries) replies.push({ text: s.text, to: { personId: s.personId } });
    return replies;
  },
});
