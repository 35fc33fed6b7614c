import type { Tx } from "../db.ts";
import { loadDatePoll, type DatePollWithVotes } from "./load-date-poll.ts";

/**
 * The poll a vote or question is about: the one a card or platform poll names (`ref`), else
 * the wijk's open one, else its most recent (so a late vote hears it is closed). Null when the
 * wijk never had one.
 */
export async function findDatePoll(tx: Tx, input: { wijkId: string; ref?: string }): Promise<DatePollWithVotes | null> {
  if (input.ref) {
    const poll = await loadDatePoll(tx, { ref: input.ref });
    return poll && poll.wijkId === input.wijkId ? poll : null;
  }
  const latest = await tx.datePoll.findFirst({ where: { wijkId: input.wijkId }, orderBy: [{ closedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }], select: { id: true } });
  return latest ? loadDatePoll(tx, { id: latest.id }) : null;
}
