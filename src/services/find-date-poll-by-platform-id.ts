import type { Tx } from "../db.ts";
import { loadDatePoll, type DatePollWithVotes } from "./load-date-poll.ts";

/** The poll a platform's own poll belongs to (a Telegram poll_answer names only its poll id). */
export async function findDatePollByPlatformId(tx: Tx, platformPollId: string): Promise<DatePollWithVotes | null> {
  return loadDatePoll(tx, { platformPollId });
}
