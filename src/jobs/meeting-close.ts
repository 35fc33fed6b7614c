import { closeMeeting } from "../services/close-meeting.ts";
import { meetingEnd } from "../scheduler/meeting-moments.ts";
import { meetingOfDelivery, meetingsWithMomentIn } from "../scheduler/meeting-lookup.ts";
import type { ScheduledJob } from "../scheduler/types.ts";
import { renderMeetingClosed } from "../render/meeting-closed.ts";
import { DEFAULT_LANGUAGE, dutch } from "../i18n/index.ts";

/**
 * When a meeting is over (start + duration) and nobody typed /vergadering afsluiten:
 * close it, move open items to the next meeting, feed the decisions back to the
 * kartrekkers group.
 */
export const meetingCloseJob: ScheduledJob = {
  id: "meeting-close",
  async schedule(ctx, window) {
    const meetings = await meetingsWithMomentIn(ctx, window, (m) => meetingEnd(m, ctx.settings));
    return meetings.map(({ meeting: m, at }) => ({
      key: `meeting-close:${m.id}:${m.startsAt.toISOString()}`,
      dueAt: at,
      recipient: { chatKind: "kartrekkers" as const },
      data: { meetingId: m.id },
    }));
  },
  async handler(ctx, delivery) {
    const meeting = await meetingOfDelivery(ctx, delivery, { evenIfStarted: true });
    if (!meeting) return null;
    const result = await ctx.db.$transaction((tx) => closeMeeting(tx, { meeting, fixedItems: ctx.settings.meetings.fixedItems, now: ctx.now }));
    // Dutch, as every group message.
    return result.report && renderMeetingClosed(result.report, dutch, DEFAULT_LANGUAGE, ctx.now);
  },
};
