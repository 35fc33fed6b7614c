import { formatMoment } from "../render/format.ts";
import { listAgendaItems } from "../services/list-agenda-items.ts";
import { inWindow, meetingsAround, morningMoment } from "../services/plan-meeting-messages.ts";
import type { ScheduledJob } from "../scheduler/types.ts";
import { dutch as t } from "../i18n/index.ts";

/** On the meeting morning: a short reminder to the stuurgroep group (a group message, so Dutch). */
export const meetingMorningJob: ScheduledJob = {
  id: "meeting-morning",
  async schedule(ctx, window) {
    const meetings = await meetingsAround(ctx.db, ctx.wijk.id, window);
    return meetings.flatMap((m) => {
      const at = morningMoment(m, ctx.settings);
      return inWindow(at, window)
        ? [{ key: `meeting-morning:${m.id}:${m.startsAt.toISOString()}`, dueAt: at, recipient: { chatKind: "stuurgroep" as const }, data: { meetingId: m.id } }]
        : [];
    });
  },
  async handler(ctx, delivery) {
    const meeting = await ctx.db.meeting.findUnique({ where: { id: String(delivery.data.meetingId) } });
    if (!meeting || meeting.closedAt || meeting.startsAt <= ctx.now) return null;
    const count = (await listAgendaItems(ctx.db, meeting.id)).length;
    const time = formatMoment(meeting.startsAt, ctx.now).split(" ").pop();
    const items = t("meetingMorning.items", { count });
    return t("meetingMorning.text", { time: time ?? "", place: meeting.place ? t("meetingMorning.place", { place: meeting.place }) : "", items });
  },
};
