import type { Tx } from "../db.ts";
import type { Meeting } from "../generated/sqlite/client.ts";
import { listAgendaItems } from "./list-agenda-items.ts";
import { findMeetingAfter } from "./find-meeting-after.ts";
import { renumberAgendaItems } from "./renumber-agenda-items.ts";

/** What the kartrekkers group hears of a closed meeting, as data (src/render/meeting-closed.ts writes it). */
export interface MeetingClosedReport {
  meetingStartsAt: Date;
  /** The decisions not yet fed back, in the order they were taken, with the agenda item each was taken at. */
  decisions: { text: string; itemText: string | null }[];
  /** The agenda items not dealt with, moved on. */
  carried: string[];
  /** The meeting they moved to; null when none is planned (they wait for the next one). */
  nextMeetingStartsAt: Date | null;
}

/**
 * Closes a meeting once (a conditional update, so the scheduler and /vergadering
 * afsluiten cannot both do it): items not dealt with move to the next meeting, and the
 * decisions not yet fed back are returned for the kartrekkers group (Dutch, as
 * every group message; null
 * when there is nothing to tell or it was already closed).
 */
export async function closeMeeting(
  tx: Tx,
  input: { meeting: Meeting; fixedItems: readonly string[]; now: Date },
): Promise<{ closed: boolean; report: MeetingClosedReport | null; carried: number }> {
  const { meeting, now } = input;
  const claimed = await tx.meeting.updateMany({ where: { id: meeting.id, closedAt: null }, data: { closedAt: now } });
  if (claimed.count !== 1) return { closed: false, report: null, carried: 0 };

  const items = await listAgendaItems(tx, meeting.id);
  const fixed = new Set(input.fixedItems);
  const open = items.filter((i) => i.status !== "behandeld" && !(i.proposerId === null && fixed.has(i.text)));
  const next = await findMeetingAfter(tx, meeting);
  if (open.length) {
    const nextItems = next ? await listAgendaItems(tx, next.id) : [];
    for (const item of open) await tx.agendaItem.update({ where: { id: item.id }, data: { meetingId: next?.id ?? null, status: "uitgesteld" } });
    if (next) await renumberAgendaItems(tx, [...nextItems, ...open]);
  }

  const decisions = await tx.decision.findMany({ where: { meetingId: meeting.id, pushedAt: null }, orderBy: { createdAt: "asc" }, include: { agendaItem: true } });
  await tx.decision.updateMany({ where: { id: { in: decisions.map((d) => d.id) } }, data: { pushedAt: now } });
  if (!decisions.length && !open.length) return { closed: true, report: null, carried: 0 };
  const report: MeetingClosedReport = {
    meetingStartsAt: meeting.startsAt,
    decisions: decisions.map((d) => ({ text: d.text, itemText: d.agendaItem?.text ?? null })),
    carried: open.map((i) => i.text),
    nextMeetingStartsAt: next?.startsAt ?? null,
  };
  return { closed: true, report, carried: open.length };
}
