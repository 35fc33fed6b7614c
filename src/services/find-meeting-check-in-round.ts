import type { Db, Tx } from "../db.ts";
import { loadRound, type CheckInRoundState } from "../check-in/round-state.ts";

/** The round asked before this meeting (for the agenda's "Voortgang per pijler"), or null when there was none. */
export async function findMeetingCheckInRound(db: Tx | Db, input: { wijkId: string; meetingId: string }): Promise<CheckInRoundState | null> {
  return loadRound(db, { wijkId: input.wijkId, meetingId: input.meetingId });
}
