import type { Db, Tx } from "../db.ts";
import { roundMeetingStart } from "../check-in/check-in-round-items.ts";
import { latestRound, type TitledCheckInRound } from "../check-in/round-state.ts";

/** /checkin: the latest round of a wijk (the one running, or the last one) with its meeting's start. */
export async function getLatestCheckInRound(db: Tx | Db, input: { wijkId: string }): Promise<TitledCheckInRound | null> {
  const state = await latestRound(db, input.wijkId);
  return state && { state, meetingStartsAt: await roundMeetingStart(db, state) };
}
