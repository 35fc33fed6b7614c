import type { Tx } from "../db.ts";
import type { Meeting } from "../generated/sqlite/client.ts";

/** One meeting by its id (e.g. the one a date poll planned); null when it is gone. */
export async function findMeeting(tx: Tx, meetingId: string): Promise<Meeting | null> {
  return tx.meeting.findUnique({ where: { id: meetingId } });
}
