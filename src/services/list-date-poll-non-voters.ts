import type { Tx } from "../db.ts";
import type { DatePollWithVotes } from "./load-date-poll.ts";

/** Who is asked to vote: the stuurgroep as the seeds describe it (voorzitter, leden, coördinator). */
export const DATE_POLL_VOTERS = ["voorzitter", "stuurgroep", "coordinator"] as const;

/** The stuurgroep members who have not voted (yet) in this poll, by name. */
export async function listDatePollNonVoters(tx: Tx, poll: DatePollWithVotes): Promise<{ id: string; displayName: string }[]> {
  const voted = new Set(poll.options.flatMap((o) => o.votes.map((v) => v.personId)));
  const members = await tx.person.findMany({
    where: { wijkId: poll.wijkId, role: { in: [...DATE_POLL_VOTERS] }, leftAt: null, erasedAt: null },
    orderBy: [{ displayName: "asc" }],
    select: { id: true, displayName: true },
  });
  return members.filter((m) => !voted.has(m.id));
}
