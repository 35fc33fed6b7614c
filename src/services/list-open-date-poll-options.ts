import type { Tx } from "../db.ts";

/**
 * The options of the wijk's open date poll, numbered 1, 2, 3 … as its card shows them, with when each starts — what a vote
 * said by its day ("ik kan alleen op donderdag de 9e") is read against. Empty when no poll is open.
 */
export async function listOpenDatePollOptions(tx: Tx, input: { wijkId: string; personId?: string }): Promise<{ number: number; startsAt: Date; mine?: boolean }[]> {
  const poll = await tx.datePoll.findFirst({
    where: { wijkId: input.wijkId, closedAt: null },
    select: { options: { orderBy: { position: "asc" }, select: { position: true, startsAt: true, ...(input.personId ? { votes: { where: { personId: input.personId }, select: { personId: true } } } : {}) } } },
  });
  // (With a person: whether they already voted for it — "de 21e lukt me ook" adds to what they said.)
  return poll?.options.map((o) => ({ number: o.position, startsAt: o.startsAt, ...(input.personId ? { mine: ((o as { votes?: unknown[] }).votes ?? []).length > 0 } : {}) })) ?? [];
}
