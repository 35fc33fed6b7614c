import type { Tx } from "../db.ts";
import type { Meeting } from "../generated/sqlite/client.ts";
import { OPEN_STATUSES } from "../domain.ts";
import { listAgendaItems } from "./list-agenda-items.ts";
import { findMeetingCheckInRound } from "./find-meeting-check-in-round.ts";
import { type CheckInRoundState } from "../check-in/round-state.ts";

/** A progress note as the agenda quotes it: when, and the text as written. */
export interface AgendaNote {
  at: Date;
  text: string;
}

export interface AgendaItemEntry {
  text: string;
  kind: string;
  status: string;
  /** Null when nobody proposed it; `name` null when the proposer is no longer found. */
  proposer: { name: string | null } | null;
  /** The action the item is about, with its latest progress note. */
  action: { title: string; status: string; lastNote: AgendaNote | null } | null;
}

/** Per pillar: how many actions are busy, planned and done, the open ones past their deadline, the latest note. */
export interface AgendaPillar {
  id: string;
  name: string;
  counts: { bezig: number; gepland: number; klaar: number };
  overdue: string[];
  latest: (AgendaNote & { actionTitle: string }) | null;
}

export interface Agenda {
  meeting: Pick<Meeting, "startsAt" | "place">;
  /** In the agenda's order. */
  items: AgendaItemEntry[];
  /** Only when asked `withPillars`: a paragraph per pillar and the check-in round before the meeting. */
  pillars: AgendaPillar[] | null;
  checkInRound: CheckInRoundState | null;
}

/**
 * The agenda of a meeting as sent ahead: items in order with who proposed them and, for
 * items about an action, its status and last update; with `withPillars` also how each
 * pillar stands and the check-in round asked before the meeting.
 */
export async function getAgenda(tx: Tx, input: { meeting: Meeting; now: Date; withPillars: boolean }): Promise<Agenda> {
  const { meeting, now } = input;
  const items = await listAgendaItems(tx, meeting.id);
  const people = new Map(
    (await tx.person.findMany({ where: { id: { in: items.map((i) => i.proposerId ?? "") } }, select: { id: true, displayName: true } })).map((p) => [p.id, p.displayName]),
  );
  const actions = new Map(
    (
      await tx.action.findMany({
        where: { id: { in: items.map((i) => i.actionId ?? "") } },
        include: { notes: { where: { removedAt: null }, orderBy: { createdAt: "desc" }, take: 1 } },
      })
    ).map((a) => [a.id, a]),
  );
  const entries = items.map((item): AgendaItemEntry => {
    const action = item.actionId ? actions.get(item.actionId) : undefined;
    const note = action?.notes[0];
    return {
      text: item.text,
      kind: item.kind,
      status: item.status,
      proposer: item.proposerId ? { name: people.get(item.proposerId) ?? null } : null,
      action: action ? { title: action.title, status: action.status, lastNote: note ? { at: note.createdAt, text: note.text } : null } : null,
    };
  });
  const agenda: Agenda = { meeting, items: entries, pillars: null, checkInRound: null };
  if (!input.withPillars) return agenda;
  agenda.checkInRound = await findMeetingCheckInRound(tx, { wijkId: meeting.wijkId, meetingId: meeting.id });
  agenda.pillars = await getAgendaPillars(tx, meeting.wijkId, now);
  return agenda;
}

async function getAgendaPillars(tx: Tx, wijkId: string, now: Date): Promise<AgendaPillar[]> {
  const pillars = await tx.pillar.findMany({
    where: { wijkId },
    orderBy: { position: "asc" },
    include: {
      actions: {
        where: { deletedAt: null },
        include: { notes: { where: { removedAt: null }, orderBy: { createdAt: "desc" }, take: 1 } },
      },
    },
  });
  return pillars.map((p) => {
    const count = (status: string) => p.actions.filter((a) => a.status === status).length;
    const latest = p.actions
      .flatMap((a) => a.notes.map((n) => ({ note: n, title: a.title })))
      .sort((a, b) => b.note.createdAt.getTime() - a.note.createdAt.getTime())[0];
    return {
      id: p.id,
      name: p.name,
      counts: { bezig: count("bezig"), gepland: count("gepland"), klaar: count("klaar") },
      overdue: p.actions.filter((a) => (OPEN_STATUSES as readonly string[]).includes(a.status) && a.deadline && a.deadline < now).map((a) => a.title),
      latest: latest ? { actionTitle: latest.title, at: latest.note.createdAt, text: latest.note.text } : null,
    };
  });
}
