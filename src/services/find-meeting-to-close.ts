import type { Tx } from "../db.ts";
import type { Meeting } from "../generated/sqlite/client.ts";

/** A meeting can be closed from shortly before its start (one that starts a bit early). */
const CLOSE_EARLY_MS = 2 * 60 * 60_000;

/** The meeting /vergadering afsluiten closes: the latest open one that has started (or starts within two hours). */
export async function findMeetingToClose(tx: Tx, input: { wijkId: string; now: Date }): Promise<Meeting | null> {
  return tx.meeting.findFirst({
    where: { wijkId: input.wijkId, closedAt: null, startsAt: { lte: new Date(input.now.getTime() + CLOSE_EARLY_MS) } },
    orderBy: { startsAt: "desc" },
  });
}
