import type { Tx } from "../db.ts";
import type { ChangeMeta } from "./change-action.ts";

export const AGENDA_FIELD = "agenda";

/** One agenda item as it stood before a change: enough to put it back. */
export interface AgendaItemState {
  id: string;
  meetingId: string | null;
  position: number;
  status: string;
}

/** The items of one meeting as they stand now (the "before" of an agenda change). */
export async function snapshotAgenda(tx: Tx, meetingId: string): Promise<AgendaItemState[]> {
  const items = await tx.agendaItem.findMany({ where: { meetingId }, orderBy: { position: "asc" } });
  return items.map((i) => ({ id: i.id, meetingId: i.meetingId, position: i.position, status: i.status }));
}

/**
 * Records an agenda change (a proposal, reorder, accept, defer, dealt with) in the history, as /besluit does, so
 * /ongedaan can put the items back as they were. No action is involved; the old state is the row's
 * old value.
 */
export async function recordAgendaChange(tx: Tx, meta: ChangeMeta, before: readonly AgendaItemState[], created: readonly string[] = []): Promise<void> {
  await tx.historyEntry.create({
    data: {
      wijkId: meta.wijkId, personId: meta.personId, batchId: meta.batchId, field: AGENDA_FIELD,
      // (An item proposed by the change is named too: taking the change back takes it off again.)
      fromValue: JSON.stringify(before), toValue: created.length ? JSON.stringify({ created }) : null,
      platform: meta.platform, chatId: meta.chatId, messageId: meta.messageId, createdAt: meta.at,
    },
  });
}
