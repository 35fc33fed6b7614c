import type { Tx } from "../db.ts";
import type { Meeting } from "../generated/sqlite/client.ts";

/** An unclosed meeting that started longer ago than this no longer counts as "the next one". */
export const STALE_MEETING_MS = 24 * 60 * 60_000;

/** The meeting /agenda and /agendapunt are about: the first one not closed yet (also while it runs). */
export async function findNextMeeting(tx: Tx, input: { wijkId: string; now: Date }): Promise<Meeting | null> {
  return tx.meeting.findFirst({
    where: { wijkId: input.wijkId, closedAt: null, startsAt: { gt: new Date(input.now.getTime() - STALE_MEETING_MS) } },
    orderBy: { startsAt: "asc" },
  });
}
