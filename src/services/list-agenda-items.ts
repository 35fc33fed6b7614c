import type { Tx } from "../db.ts";
import type { AgendaItem } from "../generated/sqlite/client.ts";

/** Items on an agenda, in the order they are numbered (1, 2, 3 …). */
export const AGENDA_ORDER = [{ position: "asc" as const }, { createdAt: "asc" as const }];

/** The agenda items of a meeting, numbered in order (without items that were moved away). */
export async function listAgendaItems(tx: Tx, meetingId: string): Promise<AgendaItem[]> {
  return tx.agendaItem.findMany({ where: { meetingId }, orderBy: AGENDA_ORDER });
}
