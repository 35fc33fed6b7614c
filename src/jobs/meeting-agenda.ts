import { buildAgenda } from "../services/build-agenda.ts";
import { inWindow, leadMoment, meetingsAround } from "../services/plan-meeting-messages.ts";
import type { PlannedDelivery, ScheduledJob } from "../scheduler/types.ts";

/** N days before a meeting (default 5): the agenda, as it stands then, to the stuurgroep and kartrekkers groups. */
export const meetingAgendaJob: ScheduledJob = {
  id: "meeting-agenda",
  async schedule(ctx, window) {
    const meetings = await meetingsAround(ctx.db, ctx.wijk.id, window);
    const planned: PlannedDelivery[] = [];
    for (const m of meetings) {
      const at = leadMoment(m, ctx.settings.meetings.agendaDaysBefore, ctx.settings);
      if (!inWindow(at, window)) continue;
      for (const chatKind of ["stuurgroep", "kartrekkers"] as const) {
        planned.push({ key: `meeting-agenda:${m.id}:${m.startsAt.toISOString()}:${chatKind}`, dueAt: at, recipient: { chatKind }, data: { meetingId: m.id } });
      }
    }
    return planned;
  },
  async handler(ctx, delivery) {
    const meeting = await ctx.db.meeting.findUnique({ where: { id: String(delivery.data.meetingId) } });
    if (!meeting || meeting.closedAt || meeting.startsAt <= ctx.now) return null;
    return buildAgenda(ctx.db, { meeting, now: ctx.now, withPillars: true });
  },
};
