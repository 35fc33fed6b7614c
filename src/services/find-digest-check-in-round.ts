import type { Db, Tx } from "../db.ts";
import { roundMeetingStart } from "../check-in/check-in-round-items.ts";
import { latestRound, type TitledCheckInRound } from "../check-in/round-state.ts";

const DAY_MS = 24 * 60 * 60_000;

/** The round running at `end`, or one that closed in the week before; null when there is none. */
export async function findDigestCheckInRound(db: Tx | Db, input: { wijkId: string; end: Date }): Promise<TitledCheckInRound | null> {
  const { end } = input;
  const state = await latestRound(db, input.wijkId);
  if (!state || state.sentAt > end) return null;
  if (state.closesAt && state.closesAt.getTime() < end.getTime() - 7 * DAY_MS) return null;
  return { state, meetingStartsAt: await roundMeetingStart(db, state) };
}
