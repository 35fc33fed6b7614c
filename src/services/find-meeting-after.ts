import type { Tx } from "../db.ts";
import type { Meeting } from "../generated/sqlite/client.ts";

/** The first unclosed meeting after the given one, where open items move to. */
export async function findMeetingAfter(tx: Tx, meeting: Pick<Meeting, "id" | "wijkId" | "startsAt">): Promise<Meeting | null> {
  return tx.meeting.findFirst({
    where: { wijkId: meeting.wijkId, closedAt: null, startsAt: { gt: meeting.startsAt }, NOT: { id: meeting.id } },
    orderBy: { startsAt: "asc" },
  });
}
