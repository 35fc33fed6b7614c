import type { Tx } from "../db.ts";

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
