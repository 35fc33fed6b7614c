import { getAgenda } from "../services/get-agenda.ts";
import { renderAgenda } from "../render/agenda.ts";
import { dutch } from "../i18n/index.ts";
import { leadMoment } from "../scheduler/meeting-moments.ts";
import { meetingOfDelivery, meetingsWithMomentIn } from "../scheduler/meeting-lookup.ts";
import type { PlannedDelivery, ScheduledJob } from "../scheduler/types.ts";

/** N days before a meeting (default 5): the agenda, as it stands then, to the stuurgroep and kartrekkers groups. */
export const meetingAgendaJob: ScheduledJob = {
  id: "meeting-agenda",
  async schedule(ctx, window) {
    const planned: PlannedDelivery[] = [];
    for (const { meeting: m, at } of await meetingsWithMomentIn(ctx, window, (m) => leadMoment(m, ctx.settings.meetings.agendaDaysBefore, ctx.settings))) {
      for (const chatKind of ["stuurgroep", "kartrekkers"] as const) {
        planned.push({ key: `meeting-agenda:${m.id}:${m.startsAt.toISOString()}:${chatKind}`, dueAt: at, recipient: { chatKind }, data: { meetingId: m.id } });
      }
    }
    return planned;
  },
  async handler(ctx, delivery) {
    const meeting = await meetingOfDelivery(ctx, delivery);
    if (!meeting) return null;
    // The agenda goes to the groups: in Dutch.
    return renderAgenda(await getAgenda(ctx.db, { meeting, now: ctx.now, withPillars: true }), dutch, "nl", ctx.now);
  },
};
