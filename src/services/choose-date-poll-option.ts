import type { Tx } from "../db.ts";
import { AppError } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";
import { requireOpenDatePoll } from "./require-open-date-poll.ts";
import { createMeeting } from "./create-meeting.ts";

/**
 * Closes the open date poll on one of its options and plans the meeting at that moment,
 * exactly as /vergadering nieuw does (so the agenda cycle follows).
 */
export async function chooseDatePollOption(tx: Tx, input: { wijkId: string; position: number; fixedItems: readonly string[]; now: Date }) {
  const poll = await requireOpenDatePoll(tx, { wijkId: input.wijkId });
  const option = poll.options.find((o) => o.position === input.position);
  if (!option) throw new AppError("INVALID", localText("datePoll.chooseRange", { number: input.position, count: poll.options.length }));
  if (option.startsAt.getTime() <= input.now.getTime()) throw new AppError("INVALID", localText("datePoll.chosenPast"));
  const planned = await createMeeting(tx, { wijkId: input.wijkId, startsAt: option.startsAt, place: poll.place ?? "", fixedItems: input.fixedItems, now: input.now });
  await tx.datePoll.update({ where: { id: poll.id }, data: { closedAt: input.now, meetingId: planned.meeting.id } });
  return { ...planned, poll, option };
}
