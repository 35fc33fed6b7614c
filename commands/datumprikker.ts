import { z } from "zod";
import { defineCommand, type CommandContext } from "../src/core/command.ts";
import { AppError } from "../src/core/errors.ts";
import { createDatePoll } from "../src/services/create-date-poll.ts";
import { listDatePollNonVoters } from "../src/services/list-date-poll-non-voters.ts";
import { findDatePoll } from "../src/services/find-date-poll.ts";
import { findMeeting } from "../src/services/find-meeting.ts";
import { datePollCard, datePollStateText, datePollText } from "../src/render/date-poll.ts";
import { formatMoment } from "../src/render/format.ts";
import { resolveDate } from "../src/parse/dates.ts";
import { hasTimeOfDay, splitLeadingDate } from "../src/scheduler/phrases.ts";
import { readSchoolRegion } from "../src/scheduler/settings.ts";

export default defineCommand({
  name: "datumprikker",
  aliases: ["datumprikken", "prikker", "date poll", "datepoll"],
  summary: "zet een datumprikker voor de stuurgroep (coördinator of voorzitter), of toont de stand",
  summaryEn: "puts up a date poll for the steering group (coordinator or chair), or shows the votes",
  usage: "/datumprikker [<datum tijd>, <datum tijd>, … [plek]]",
  examples: ["/datumprikker 12 feb 19:30, 19 feb 19:30, 26 feb 16:00 wijkcentrum De Kiosk", "/datumprikker"],
  mutates: true,
  parse: (rest) => ({ options: rest.trim() }),
  schema: z.object({ options: z.string().max(400, "core.tooLong") }),
  async run(ctx, args) {
    if (!args.options) return showState(ctx);
    ctx.requireRole(["coordinator", "voorzitter"], "datePoll.createWhat");
    if (ctx.chat?.kind !== "stuurgroep") throw new AppError("INVALID", ctx.t("datePoll.where"));
    const { moments, place } = readMoments(ctx, args.options);
    const created = await createDatePoll(ctx.tx, { wijkId: ctx.wijk.id, chatId: ctx.chat.id, moments, place, now: ctx.now });
    const poll = (await findDatePoll(ctx.tx, { wijkId: ctx.wijk.id, ref: created.ref }))!;
    const view = { poll, nonVoters: await listDatePollNonVoters(ctx.tx, poll), t: ctx.t, lang: ctx.lang, now: ctx.now };
    return { text: datePollText(view), poll: datePollCard(view) };
  },
});

async function showState(ctx: CommandContext): Promise<string> {
  const poll = await findDatePoll(ctx.tx, { wijkId: ctx.wijk.id });
  if (!poll) return ctx.t("datePoll.none");
  if (poll.closedAt) {
    const meeting = poll.meetingId ? await findMeeting(ctx.tx, poll.meetingId) : null;
    return meeting ? ctx.t("datePoll.closedState", { moment: formatMoment(meeting.startsAt, ctx.now, ctx.lang) }) : ctx.t("datePoll.none");
  }
  return datePollStateText({ poll, nonVoters: await listDatePollNonVoters(ctx.tx, poll), t: ctx.t, lang: ctx.lang, now: ctx.now });
}

/**
 * "12 feb 19:30, 19 feb 19:30, 26 feb 16:00 wijkcentrum" → the moments in order, and the place
 * after the last one. Each option is read by the Dutch date parser on the injected clock; the
 * first one that is not a future moment with a time gets a short answer naming it.
 */
function readMoments(ctx: CommandContext, text: string): { moments: Date[]; place: string } {
  const parts = text.split(/[,;]/).map((p) => p.trim()).filter(Boolean);
  const region = readSchoolRegion(ctx.wijk.settings);
  let place = "";
  const moments = parts.map((part, i) => {
    const number = i + 1;
    const split = splitLeadingDate(part);
    if (!split || (split.rest && i < parts.length - 1)) throw new AppError("INVALID", ctx.t("datePoll.optionUnreadable", { number, phrase: part }));
    if (i === parts.length - 1) place = split.rest;
    const resolved = resolveDate(split.date, ctx.now, { region });
    if (resolved.kind === "unreadable") throw new AppError("INVALID", ctx.t("datePoll.optionUnreadable", { number, phrase: split.date }));
    if (resolved.kind === "question") throw new AppError("INVALID", ctx.t("datePoll.optionQuestion", { number, question: resolved.ask(ctx.lang) }));
    if (resolved.date.getTime() <= ctx.now.getTime()) throw new AppError("INVALID", ctx.t("datePoll.optionPast", { number, phrase: split.date }));
    if (!hasTimeOfDay(resolved.date)) throw new AppError("INVALID", ctx.t("datePoll.optionNoTime", { number, phrase: split.date }));
    return resolved.date;
  });
  return { moments, place };
}
