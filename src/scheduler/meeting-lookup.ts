import type { Meeting } from "../generated/sqlite/client.ts";
import { inWindow, meetingsAround } from "./meeting-moments.ts";
import { rowsOfWijk, windowKey } from "./every-wijk.ts";
import type { DueDelivery, JobContext } from "./types.ts";

/**
 * The wijk's open meetings that have their message in the planning window: `momentOf`
 * says when a meeting's message goes out (undefined: not at all), oldest meeting first.
 * The meetings are read once for every wijk and meeting job of the planning.
 */
export async function meetingsWithMomentIn(
  ctx: JobContext,
  window: { from: Date; to: Date },
  momentOf: (meeting: Meeting) => Date | undefined,
): Promise<{ meeting: Meeting; at: Date }[]> {
  const found: { meeting: Meeting; at: Date }[] = [];
  for (const meeting of await rowsOfWijk(ctx, `meetings ${windowKey(window)}`, (wijkIds) => meetingsAround(ctx.db, wijkIds, window))) {
    const at = momentOf(meeting);
    if (inWindow(at, window)) found.push({ meeting, at });
  }
  return found;
}

/**
 * The meeting a due delivery is about (data.meetingId) while its message still makes sense:
 * not closed and — unless `evenIfStarted` — not started yet at the tick. Null otherwise
 * (the message is then dropped).
 */
export async function meetingOfDelivery(ctx: JobContext, delivery: DueDelivery, options: { evenIfStarted?: boolean } = {}): Promise<Meeting | null> {
  const meeting = await ctx.db.meeting.findUnique({ where: { id: String(delivery.data.meetingId) } });
  if (!meeting || meeting.closedAt) return null;
  if (!options.evenIfStarted && meeting.startsAt <= ctx.now) return null;
  return meeting;
}
