import type { Tx } from "../db.ts";

/** Past decisions shown on the web page, newest first. */
export const DECISIONS_SHOWN = 50;

export interface MeetingOverview {
  next: {
    startsAt: Date;
    place: string | null;
    items: { text: string; kind: string; status: string; actionId: string | null; actionTitle: string | null }[];
  } | null;
  decisions: { text: string; at: Date; meetingAt: Date | null }[];
}

/** The next meeting with its agenda, and the decisions taken so far (newest first). */
export async function getMeetingOverview(tx: Tx, input: { wijkId: string; now: Date }): Promise<MeetingOverview> {
  const [next, decisions] = await Promise.all([
    tx.meeting.findFirst({
      where: { wijkId: input.wijkId, closedAt: null, startsAt: { gte: input.now } },
      orderBy: { startsAt: "asc" },
      include: {
        agendaItems: {
          orderBy: [{ position: "asc" }, { createdAt: "asc" }],
          include: { action: { select: { title: true, deletedAt: true } } },
        },
      },
    }),
    tx.decision.findMany({
      where: { wijkId: input.wijkId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: DECISIONS_SHOWN,
      include: { meeting: { select: { startsAt: true } } },
    }),
  ]);
  return {
    next: next
      ? {
          startsAt: next.startsAt,
          place: next.place,
          items: next.agendaItems.map((item) => ({
            text: item.text,
            kind: item.kind,
            status: item.status,
            actionId: item.action && !item.action.deletedAt ? item.actionId : null,
            actionTitle: item.action && !item.action.deletedAt ? item.action.title : null,
          })),
        }
      : null,
    decisions: decisions.map((d) => ({ text: d.text, at: d.createdAt, meetingAt: d.meeting?.startsAt ?? null })),
  };
}
