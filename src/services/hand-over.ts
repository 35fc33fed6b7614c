import type { Tx } from "../db.ts";
import { changeAction, type ChangeMeta } from "./change-action.ts";
import { decodeIdSet, encodeIdSet, readFields } from "../db/action-fields.ts";

/** Statuses whose work still belongs to someone: handed over, and orphaned when the owner leaves. */
export const HANDOVER_STATUSES = ["gepland", "bezig", "geparkeerd"] as const;
/** Agenda items not yet dealt with. */
const OPEN_AGENDA_STATUSES = ["voorgesteld", "geaccepteerd", "uitgesteld"];

export interface HandoverPlan {
  actions: { id: string; title: string }[];
  reminderIds: string[];
  agendaItemIds: string[];
}

/** What moves from one person to another (optionally only within one pillar): shown before asking "ja". */
export async function planHandover(tx: Tx, input: { wijkId: string; fromId: string; pillarId: string | null }): Promise<HandoverPlan> {
  const inPillar = input.pillarId ? { pillarId: input.pillarId } : {};
  const [actions, reminders, agendaItems] = await Promise.all([
    tx.action.findMany({
      where: { wijkId: input.wijkId, deletedAt: null, status: { in: [...HANDOVER_STATUSES] }, owners: { some: { personId: input.fromId } }, ...inPillar },
      select: { id: true, title: true },
      orderBy: [{ deadline: "asc" }, { title: "asc" }],
    }),
    tx.reminder.findMany({
      where: { wijkId: input.wijkId, targetPersonId: input.fromId, cancelledAt: null, ...(input.pillarId ? { action: inPillar } : {}) },
      select: { id: true },
    }),
    tx.agendaItem.findMany({
      where: { wijkId: input.wijkId, proposerId: input.fromId, status: { in: OPEN_AGENDA_STATUSES }, ...(input.pillarId ? { action: inPillar } : {}) },
      select: { id: true },
    }),
  ]);
  return { actions, reminderIds: reminders.map((r) => r.id), agendaItemIds: agendaItems.map((a) => a.id) };
}

/**
 * Moves the plan in the caller's transaction. Owners change through changeAction, one
 * history batch per action, so /ongedaan takes back one action at a time and the history
 * of each action says who handed it over.
 */
export async function executeHandover(tx: Tx, meta: ChangeMeta, input: { fromId: string; toId: string; plan: HandoverPlan }): Promise<void> {
  for (const [i, action] of input.plan.actions.entries()) {
    const { owners } = await readFields(tx, action.id, ["owners"]);
    const next = [...new Set([...decodeIdSet(owners).filter((id) => id !== input.fromId), input.toId])];
    await changeAction(tx, { ...meta, batchId: `${meta.batchId}:${i}` }, action.id, { owners: encodeIdSet(next) });
  }
  if (input.plan.reminderIds.length) {
    await tx.reminder.updateMany({ where: { id: { in: input.plan.reminderIds } }, data: { targetPersonId: input.toId } });
  }
  if (input.plan.agendaItemIds.length) {
    await tx.agendaItem.updateMany({ where: { id: { in: input.plan.agendaItemIds } }, data: { proposerId: input.toId } });
  }
}
