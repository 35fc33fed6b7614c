import type { Tx } from "../db.ts";
import { OPEN_STATUSES } from "../domain.ts";
import { readScheduleSettings } from "../scheduler/settings.ts";
import { meetingEnd } from "../scheduler/meeting-moments.ts";

/** Past meetings stay in the feed this long, so last month's meeting does not vanish. */
const PAST_MEETINGS_DAYS = 180;

/** What the wijk's calendar feed holds, as data (src/render/ics-feed.ts writes the iCalendar text). */
export interface IcsFeed {
  wijkName: string;
  /** Every open action with a deadline, soonest first. */
  deadlines: { actionId: string; title: string; deadline: Date; status: string; lastActivityAt: Date; pillarName: string | null }[];
  /** The meetings from PAST_MEETINGS_DAYS ago on, in order, each with its end and its agenda in order. */
  meetings: { meetingId: string; startsAt: Date; endsAt: Date; place: string | null; agenda: string[] }[];
}

/**
 * The wijk's deadlines and meetings for its calendar feed. A meeting has no end time in the
 * data: it lasts the wijk's meetings.durationMinutes (default 120), the same span after which
 * the scheduler counts it as over.
 */
export async function getIcsFeed(tx: Tx, input: { wijkId: string; now: Date }): Promise<IcsFeed> {
  const since = new Date(input.now.getTime() - PAST_MEETINGS_DAYS * 24 * 3600_000);
  const [wijk, actions, meetings] = await Promise.all([
    tx.wijk.findUniqueOrThrow({ where: { id: input.wijkId }, select: { name: true, settings: true } }),
    tx.action.findMany({
      where: { wijkId: input.wijkId, deletedAt: null, status: { in: [...OPEN_STATUSES] }, deadline: { not: null } },
      select: { id: true, title: true, deadline: true, status: true, lastActivityAt: true, pillar: { select: { name: true } } },
      orderBy: { deadline: "asc" },
    }),
    tx.meeting.findMany({
      where: { wijkId: input.wijkId, startsAt: { gte: since } },
      select: { id: true, startsAt: true, place: true, agendaItems: { select: { text: true, position: true }, orderBy: { position: "asc" } } },
      orderBy: { startsAt: "asc" },
    }),
  ]);
  const settings = readScheduleSettings(wijk.settings);
  return {
    wijkName: wijk.name,
    deadlines: actions.map((a) => ({ actionId: a.id, title: a.title, deadline: a.deadline!, status: a.status, lastActivityAt: a.lastActivityAt, pillarName: a.pillar?.name ?? null })),
    meetings: meetings.map((m) => ({ meetingId: m.id, startsAt: m.startsAt, endsAt: meetingEnd(m, settings), place: m.place, agenda: m.agendaItems.map((item) => item.text) })),
  };
}
