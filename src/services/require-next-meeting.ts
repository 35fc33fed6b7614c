import type { Tx } from "../db.ts";
import type { Meeting } from "../generated/sqlite/client.ts";
import { AppError } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";
import { findNextMeeting } from "./find-next-meeting.ts";

/** The next meeting, or a friendly error that says how to plan one. */
export async function requireNextMeeting(tx: Tx, input: { wijkId: string; now: Date }): Promise<Meeting> {
  const meeting = await findNextMeeting(tx, input);
  if (!meeting) throw new AppError("NOT_FOUND", localText("meeting.none"));
  return meeting;
}
