import type { Tx } from "../db.ts";

/** Positions 1..n in the given order, so numbers stay compact after a change. */
export async function renumberAgendaItems(tx: Tx, ordered: readonly { id: string; position: number }[]): Promise<void> {
  for (const [i, item] of ordered.entries()) {
    if (item.position !== i + 1) await tx.agendaItem.update({ where: { id: item.id }, data: { position: i + 1 } });
  }
}
