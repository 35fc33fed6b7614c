import type { Tx } from "../db.ts";
import { AppError } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";
import { requireOpenDatePoll } from "./require-open-date-poll.ts";
import type { DatePollWithVotes } from "./load-date-poll.ts";

/**
 * One person's votes in the open date poll, replacing what they chose before (Telegram and
 * Teams send the whole choice each time; "1 3" typed again means the same). No numbers
 * withdraws the vote. A number the poll does not have changes nothing.
 */
export async function voteDatePoll(tx: Tx, input: { wijkId: string; ref?: string; personId: string; positions: readonly number[]; now: Date }): Promise<DatePollWithVotes> {
  const poll = await requireOpenDatePoll(tx, { wijkId: input.wijkId, ref: input.ref });
  const count = poll.options.length;
  const missing = input.positions.find((n) => !poll.options.some((o) => o.position === n));
  if (missing !== undefined) throw new AppError("INVALID", localText("datePoll.noSuchOption", { number: missing, count }));
  const chosen = poll.options.filter((o) => input.positions.includes(o.position));
  await tx.datePollVote.deleteMany({ where: { pollId: poll.id, personId: input.personId } });
  for (const option of chosen) {
    await tx.datePollVote.create({ data: { pollId: poll.id, optionId: option.id, personId: input.personId, createdAt: input.now } });
  }
  return (await requireOpenDatePoll(tx, { wijkId: input.wijkId, ref: poll.ref }));
}
