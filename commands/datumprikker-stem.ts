import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { voteDatePoll } from "../src/services/vote-date-poll.ts";
import { listDatePollNonVoters } from "../src/services/list-date-poll-non-voters.ts";
import { datePollCard, datePollStateLines } from "../src/render/date-poll.ts";
import { formatMoment, joinNames } from "../src/render/format.ts";

/** What a typed vote may look like: "1 3", "1, 2 en 3", "2 of 3"; "geen" withdraws. */
const VOTE_WORDS = /^(?:\d{1,2}|en|of|and|or|en\/of|and\/or|[,&+]|\s)+$/i;
const NONE_WORDS = /^(?:geen|niets|none|nothing)$/i;
/** A bare "1, 3" or "1 en 3" addressed to the bot in a group: a vote (the poll says "stuur 1, 2 en/of 3"). */
export const DATE_POLL_VOTE = /^\s*\d{1,2}(?:\s*(?:,|en\/of|and\/or|en|of|and|or|&|\+)?\s*\d{1,2})*\s*[.!]?\s*$/i;

export default defineCommand({
  name: "datumprikker stem",
  aliases: ["datumprikker stemmen", "date poll vote"],
  summary: "stemt in de datumprikker met de nummers die je kunnen",
  summaryEn: "votes in the date poll with the numbers that suit you",
  usage: "/datumprikker stem <nr> [nr …] | geen",
  examples: ["/datumprikker stem 1 3", "/datumprikker stem geen"],
  mutates: true,
  groupAnswer: DATE_POLL_VOTE,
  parse(rest) {
    const text = rest.trim().replace(/[.!]$/, "");
    if (NONE_WORDS.test(text)) return { positions: [] };
    if (!text || !VOTE_WORDS.test(text)) return { positions: undefined };
    return { positions: [...new Set((text.match(/\d{1,2}/g) ?? []).map(Number))] };
  },
  schema: z.object({ positions: z.array(z.number().int(), "datePoll.votesShape") }),
  async run(ctx, args) {
    const poll = await voteDatePoll(ctx.tx, { wijkId: ctx.wijk.id, ref: ctx.message.pollRef, personId: ctx.sender.id, positions: args.positions, now: ctx.now });
    const view = { poll, nonVoters: await listDatePollNonVoters(ctx.tx, poll), t: ctx.t, lang: ctx.lang, now: ctx.now };
    // The platform's own poll shows the vote already: nothing to say in the group.
    if (ctx.message.pollVote) return [];
    const chosen = poll.options.filter((o) => args.positions.includes(o.position)).map((o) => formatMoment(o.startsAt, ctx.now, ctx.lang));
    const said = chosen.length
      ? ctx.t("datePoll.voted", { name: ctx.sender.displayName, moments: joinNames(chosen, ctx.lang) })
      : ctx.t("datePoll.withdrawn", { name: ctx.sender.displayName });
    return { text: [said, ...datePollStateLines(view)].join("\n"), ...(ctx.message.pollRef ? { poll: datePollCard(view) } : {}) };
  },
});
