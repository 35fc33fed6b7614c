import type { Tx } from "../db.ts";
import { AppError } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";
import type { ChangeMeta } from "./change-action.ts";
import { AGENDA_FIELD, type AgendaItemState } from "./record-agenda-change.ts";

/** What /ongedaan put back of an agenda change: the meeting whose agenda it was (to show it again). */
export interface UndoneAgenda {
  meetingId: string | null;
}

/** Whether a history row is an agenda change (no action; undone by undoAgendaChange). */
export function isAgendaChange(field: string): boolean {
  return field === AGENDA_FIELD;
}

/**
 * Reverts one agenda change from the history: every item of the meeting gets back the meeting,
 * position and status it had before. The row is marked undone and the undo is a new batch.
 */
export async function undoAgendaChange(tx: Tx, meta: ChangeMeta, row: { batchId: string; fromValue: string | null; toValue?: string | null }, undoBatchId: string): Promise<UndoneAgenda> {
  const before = row.fromValue ? (JSON.parse(row.fromValue) as AgendaItemState[]) : [];
  // An item the change proposed goes off the agenda again — unless the stuurgroep has already taken it up or decided on it.
  const created = row.toValue ? ((JSON.parse(row.toValue) as { created?: string[] }).created ?? []) : [];
  let meetingId = before[0]?.meetingId ?? null;
  for (const id of created) {
    const item = await tx.agendaItem.findUnique({ where: { id }, include: { _count: { select: { decisions: true } } } });
    if (!item) continue;
    if (item.status !== "voorgesteld" || item._count.decisions > 0) throw new AppError("INVALID", localText("agenda.undoTooLate", { text: item.text }));
    meetingId ??= item.meetingId;
    await tx.agendaItem.delete({ where: { id } });
  }
  for (const item of before) {
    await tx.agendaItem.updateMany({ where: { id: item.id }, data: { meetingId: item.meetingId, position: item.position, status: item.status } });
  }
  await tx.historyEntry.updateMany({ where: { batchId: row.batchId }, data: { undoneAt: meta.at } });
  await tx.historyEntry.create({
    data: { wijkId: meta.wijkId, personId: meta.personId, batchId: undoBatchId, field: AGENDA_FIELD, fromValue: null, toValue: row.fromValue, platform: meta.platform, chatId: meta.chatId, messageId: meta.messageId, createdAt: meta.at },
  });
  return { meetingId };
}
