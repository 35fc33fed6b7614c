import type { Tx } from "../db.ts";

/**
 * The options of the wijk's open date poll, numbered 1, 2, 3 … as its card shows them, with when each starts — what a vote
 * said by its day ("ik kan alleen op donderdag de 9e") is read against. Empty when no poll is open.
 */
export async function listOpenDatePollOptions(tx: Tx, input: { wijkId: string }): Promise<{ number: number; startsAt: Date }[]> {
  const poll = await tx.datePoll.findFirst({
    where: { wijkId: input.wijkId, closedAt: null },
    select: { options: { orderBy: { position: "asc" }, select: { position: true, startsAt: true } } },
  });
  return poll?.options.map((o) => ({ number: o.position, startsAt: o.startsAt })) ?? [];
}
