import type { Tx } from "../db.ts";
import type { AgendaItem } from "../generated/sqlite/client.ts";
import { AppError } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";
import { listAgendaItems } from "./list-agenda-items.ts";

/** Item number n (1-based) of the meeting's agenda; a friendly error naming how many there are otherwise. */
export async function getAgendaItemByNumber(tx: Tx, meetingId: string, number: number): Promise<AgendaItem> {
  const items = await listAgendaItems(tx, meetingId);
  const item = items[number - 1];
  if (!item) throw new AppError("NOT_FOUND", localText("meeting.noItem", { number, count: items.length }));
  return item;
}
