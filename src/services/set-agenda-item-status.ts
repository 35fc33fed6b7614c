import type { Tx } from "../db.ts";
import { getAgendaItemByNumber } from "./get-agenda-item-by-number.ts";

/** Accept an item onto the agenda, or mark it dealt with (behandeld). */
export async function setAgendaItemStatus(tx: Tx, input: { meetingId: string; number: number; status: "geaccepteerd" | "behandeld" }) {
  const item = await getAgendaItemByNumber(tx, input.meetingId, input.number);
  return tx.agendaItem.update({ where: { id: item.id }, data: { status: input.status } });
}
