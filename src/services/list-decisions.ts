import type { Tx } from "../db.ts";

export interface DecisionListItem {
  text: string;
  /** When the stuurgroep met (the decision's meeting), else when it was written down. */
  at: Date;
  agendaItem: string | null;
}

/** The wijk's latest decisions, newest first (never another wijk's). */
export async function listDecisions(tx: Tx, input: { wijkId: string; take: number }): Promise<DecisionListItem[]> {
  const rows = await tx.decision.findMany({
    where: { wijkId: input.wijkId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.take,
    include: { meeting: { select: { startsAt: true } }, agendaItem: { select: { text: true } } },
  });
  return rows.map((d) => ({ text: d.text, at: d.meeting?.startsAt ?? d.createdAt, agendaItem: d.agendaItem?.text ?? null }));
}
