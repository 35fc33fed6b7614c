import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import check from "./check.ts";
import { AppError } from "../src/core/errors.ts";
import { getLatestCheckInRound } from "../src/services/get-latest-check-in-round.ts";
import { renderCheckInRoundState } from "../src/render/check-in-round.ts";
import { readScheduleSettings } from "../src/scheduler/settings.ts";

export default defineCommand({
  name: "checkin",
  aliases: ["check-in", "check in", "checkin stand"],
  summary: "de stand van de check-in voor de stuurgroep: hoeveel er geantwoord hebben en wie nog niet (coördinator en voorzitter)",
  summaryEn: "the state of the check-in before the steering group: how many answered and who has not (coordinator and chair)",
  usage: "/checkin",
  examples: ["/checkin"],
  // "/checkin 1 3" is an answer: it changes what /check changes.
  mutates: true,
  parse: (rest) => ({ answers: rest.trim() }),
  schema: z.object({ answers: z.string().max(500, "checkin.answerShape") }),
  async run(ctx, args) {
    if (args.answers) return check.run(ctx, { answers: args.answers });
    if (ctx.sender.role !== "coordinator" && ctx.sender.role !== "voorzitter") throw new AppError("FORBIDDEN", ctx.t("round.forbidden"));
    const round = await getLatestCheckInRound(ctx.tx, { wijkId: ctx.wijk.id });
    if (!round) {
      const { daysBeforeMeeting, monthlyDay } = readScheduleSettings(ctx.wijk.settings).checkInRound;
      return monthlyDay ? ctx.t("round.noRoundMonthly", { day: monthlyDay }) : ctx.t("round.noRound", { days: daysBeforeMeeting });
    }
    return renderCheckInRoundState(round, ctx.t, ctx.lang, ctx.now);
  },
});
