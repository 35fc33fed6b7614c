import type { Tx } from "../db.ts";
import { getAgendaItemByNumber } from "./get-agenda-item-by-number.ts";
import { listAgendaItems } from "./list-agenda-items.ts";
import { findMeetingAfter } from "./find-meeting-after.ts";
import { renumberAgendaItems } from "./renumber-agenda-items.ts";
import type { Meeting } from "../generated/sqlite/client.ts";

/** Defer an item to the meeting after this one (or to the next meeting planned). */
export async function deferAgendaItem(tx: Tx, input: { meeting: Meeting; number: number }) {
  const item = await getAgendaItemByNumber(tx, input.meeting.id, input.number);
  const next = await findMeetingAfter(tx, input.meeting);
  const last = next ? await tx.agendaItem.findFirst({ where: { meetingId: next.id }, orderBy: { position: "desc" } }) : null;
  const moved = await tx.agendaItem.update({
    where: { id: item.id },
    data: { status: "uitgesteld", meetingId: next?.id ?? null, position: (last?.position ?? 0) + 1 },
  });
  await renumberAgendaItems(tx, await listAgendaItems(tx, input.meeting.id));
  return { item: moved, next };
}
