import { describeDay } from "../parse/dates.ts";
import { describeMeeting } from "../render/agenda.ts";
import { leadMoment } from "../scheduler/meeting-moments.ts";
import { meetingOfDelivery, meetingsWithMomentIn } from "../scheduler/meeting-lookup.ts";
import type { ScheduledJob } from "../scheduler/types.ts";
import { dutch as t } from "../i18n/index.ts";

/** N days before a meeting (default 10): the kartrekkers group is asked for agenda items (a group message, so Dutch). */
export const meetingCallForItemsJob: ScheduledJob = {
  id: "meeting-call",
  async schedule(ctx, window) {
    const meetings = await meetingsWithMomentIn(ctx, window, (m) => leadMoment(m, ctx.settings.meetings.callForItemsDaysBefore, ctx.settings));
    return meetings.map(({ meeting: m, at }) => ({
      key: `meeting-call:${m.id}:${m.startsAt.toISOString()}`,
      dueAt: at,
      recipient: { chatKind: "kartrekkers" as const },
      data: { meetingId: m.id },
    }));
  },
  async handler(ctx, delivery) {
    const meeting = await meetingOfDelivery(ctx, delivery);
    if (!meeting) return null;
    const deadline = leadMoment(meeting, ctx.settings.meetings.agendaDaysBefore, ctx.settings);
    const before = deadline && deadline > ctx.now ? t("meetingCall.before", { day: describeDay(deadline) }) : "";
    return t("meetingCall.text", { meeting: describeMeeting(meeting, ctx.now), before });
  },
};
