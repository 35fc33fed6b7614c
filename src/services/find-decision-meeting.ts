import type { Tx } from "../db.ts";
import type { Meeting } from "../generated/sqlite/client.ts";

/** Decisions may be typed up to this long after a meeting started (minutes often come later). */
const DECISION_WINDOW_MS = 7 * 24 * 60 * 60_000;
/** …and from this long before it (a meeting that starts a bit late). */
const DECISION_EARLY_MS = 12 * 60 * 60_000;

/** The meeting a decision typed now belongs to: the one that is on or just was (the latest to start in the window). */
export async function findDecisionMeeting(tx: Tx, input: { wijkId: string; now: Date }): Promise<Meeting | null> {
  return tx.meeting.findFirst({
    where: {
      wijkId: input.wijkId,
      startsAt: { lte: new Date(input.now.getTime() + DECISION_EARLY_MS), gt: new Date(input.now.getTime() - DECISION_WINDOW_MS) },
    },
    orderBy: { startsAt: "desc" },
  });
}
