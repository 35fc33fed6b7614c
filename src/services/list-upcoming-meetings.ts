import type { Tx } from "../db.ts";
import type { Meeting } from "../generated/sqlite/client.ts";
import { STALE_MEETING_MS } from "./find-next-meeting.ts";

/** /vergaderingen: the meetings still to come, and one not closed yet that started less than a day ago. */
export async function listUpcomingMeetings(tx: Tx, input: { wijkId: string; now: Date }): Promise<Meeting[]> {
  return tx.meeting.findMany({
    where: { wijkId: input.wijkId, OR: [{ closedAt: null, startsAt: { gt: new Date(input.now.getTime() - STALE_MEETING_MS) } }, { startsAt: { gt: input.now } }] },
    orderBy: { startsAt: "asc" },
  });
}
