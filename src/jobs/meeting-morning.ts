import { formatMoment } from "../render/format.ts";
import { listAgendaItems } from "../services/list-agenda-items.ts";
import { morningMoment } from "../scheduler/meeting-moments.ts";
import { meetingOfDelivery, meetingsWithMomentIn } from "../scheduler/meeting-lookup.ts";
import type { ScheduledJob } from "../scheduler/types.ts";
import { dutch as t } from "../i18n/index.ts";

/** On the meeting morning: a short reminder to the stuurgroep group (a group message, so Dutch). */
export const meetingMorningJob: ScheduledJob = {
  id: "meeting-morning",
  async schedule(ctx, window) {
    const meetings = await meetingsWithMomentIn(ctx, window, (m) => morningMoment(m, ctx.settings));
    return meetings.map(({ meeting: m, at }) => ({
      key: `meeting-morning:${m.id}:${m.startsAt.toISOString()}`,
      dueAt: at,
      recipient: { chatKind: "stuurgroep" as const },
      data: { meetingId: m.id },
    }));
  },
  async handler(ctx, delivery) {
    const meeting = await meetingOfDelivery(ctx, delivery);
    if (!meeting) return null;
    const count = (await listAgendaItems(ctx.db, meeting.id)).length;
    const time = formatMoment(meeting.startsAt, ctx.now).split(" ").pop();
    const items = t("meetingMorning.items", { count });
    return t("meetingMorning.text", { time: time ?? "", place: meeting.place ? t("meetingMorning.place", { place: meeting.place }) : "", items });
  },
};
