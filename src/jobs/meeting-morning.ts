import { formatMoment } from "../render/format.ts";
import { agendaItems } from "../services/meetings.ts";
import { inWindow, meetingsAround, morningMoment } from "../services/plan-meeting-messages.ts";
import type { ScheduledJob } from "../scheduler/types.ts";

/** On the meeting morning: a short reminder to the stuurgroep group. */
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
    const count = (await agendaItems(ctx.db, meeting.id)).length;
    const time = formatMoment(meeting.startsAt, ctx.now).split(" ").pop();
    return `☕ Vandaag om ${time} vergadert de stuurgroep${meeting.place ? ` (${meeting.place})` : ""}. ${count} ${count === 1 ? "agendapunt" : "agendapunten"}: typ /agenda. Besluiten noteren: /besluit <tekst> [agendapunt <nr>]`;
  },
};
