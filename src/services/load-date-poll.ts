import type { Tx } from "../db.ts";

/**
 * The stuurgroep's date polls (/datumprikker), as the use cases around them read one: at most
 * one open poll per wijk, its options numbered 1, 2, 3 … as shown to the voters, each with
 * its votes and voters' names.
 */
const WITH_VOTES = {
  options: { orderBy: { position: "asc" as const }, include: { votes: { include: { person: { select: { id: true, displayName: true } } }, orderBy: { createdAt: "asc" as const } } } },
  chat: true,
} as const;

export type DatePollWithVotes = NonNullable<Awaited<ReturnType<typeof loadDatePoll>>>;

/** One poll with its options in order, their votes and the chat it went up in. */
export function loadDatePoll(tx: Tx, where: { id: string } | { ref: string } | { platformPollId: string }) {
  return tx.datePoll.findUnique({ where, include: WITH_VOTES });
}
