import type { Tx } from "../db.ts";
import type { AgendaItem, Meeting } from "../generated/sqlite/client.ts";
import { AppError } from "./errors.ts";
import { localText } from "../i18n/index.ts";

/** An unclosed meeting that started longer ago than this no longer counts as "the next one". */
const STALE_MEETING_MS = 24 * 60 * 60_000;

/** Items on an agenda, in the order they are numbered (1, 2, 3 …). */
export const AGENDA_ORDER = [{ position: "asc" as const }, { createdAt: "asc" as const }];

/** The meeting /agenda and /agendapunt are about: the first one not closed yet (also while it runs). */
export async function findNextMeeting(tx: Tx, input: { wijkId: string; now: Date }): Promise<Meeting | null> {
  return tx.meeting.findFirst({
    where: { wijkId: input.wijkId, closedAt: null, startsAt: { gt: new Date(input.now.getTime() - STALE_MEETING_MS) } },
    orderBy: { startsAt: "asc" },
  });
}

/** The first unclosed meeting after the given one, where open items move to. */
export async function findMeetingAfter(tx: Tx, meeting: Pick<Meeting, "id" | "wijkId" | "startsAt">): Promise<Meeting | null> {
  return tx.meeting.findFirst({
    where: { wijkId: meeting.wijkId, closedAt: null, startsAt: { gt: meeting.startsAt }, NOT: { id: meeting.id } },
    orderBy: { startsAt: "asc" },
  });
}

export async function listUpcomingMeetings(tx: Tx, input: { wijkId: string; now: Date }): Promise<Meeting[]> {
  return tx.meeting.findMany({
    where: { wijkId: input.wijkId, OR: [{ closedAt: null, startsAt: { gt: new Date(input.now.getTime() - STALE_MEETING_MS) } }, { startsAt: { gt: input.now } }] },
    orderBy: { startsAt: "asc" },
  });
}

/** The agenda items of a meeting, numbered in order (without items that were moved away). */
export async function agendaItems(tx: Tx, meetingId: string): Promise<AgendaItem[]> {
  return tx.agendaItem.findMany({ where: { meetingId }, orderBy: AGENDA_ORDER });
}

/** The next meeting, or a friendly error that says how to plan one. */
export async function requireNextMeeting(tx: Tx, input: { wijkId: string; now: Date }): Promise<Meeting> {
  const meeting = await findNextMeeting(tx, input);
  if (!meeting) throw new AppError("NOT_FOUND", localText("meeting.none"));
  return meeting;
}

/** Item number n (1-based) of the meeting's agenda. */
export async function agendaItemByNumber(tx: Tx, meetingId: string, number: number): Promise<AgendaItem> {
  const items = await agendaItems(tx, meetingId);
  const item = items[number - 1];
  if (!item) throw new AppError("NOT_FOUND", localText(items.length === 1 ? "meeting.noItemOne" : "meeting.noItemMany", { number, count: items.length }));
  return item;
}

/** Positions 1..n in the given order, so numbers stay compact after a change. */
export async function renumber(tx: Tx, ordered: readonly { id: string; position: number }[]): Promise<void> {
  for (const [i, item] of ordered.entries()) {
    if (item.position !== i + 1) await tx.agendaItem.update({ where: { id: item.id }, data: { position: i + 1 } });
  }
}
