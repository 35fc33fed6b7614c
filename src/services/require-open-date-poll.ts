import type { Tx } from "../db.ts";
import { AppError } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";
import { findDatePoll } from "./find-date-poll.ts";
import type { DatePollWithVotes } from "./load-date-poll.ts";

/** The wijk's open poll; a short answer when there is none (or only a closed one). */
export async function requireOpenDatePoll(tx: Tx, input: { wijkId: string; ref?: string }): Promise<DatePollWithVotes> {
  const poll = await findDatePoll(tx, input);
  if (!poll) throw new AppError("NOT_FOUND", localText(input.ref ? "datePoll.gone" : "datePoll.none"));
  if (poll.closedAt) throw new AppError("CONFLICT", localText("datePoll.closed"));
  return poll;
}
