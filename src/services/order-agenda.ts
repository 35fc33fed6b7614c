import type { Tx } from "../db.ts";
import { AppError } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";
import { listAgendaItems } from "./list-agenda-items.ts";
import { renumberAgendaItems } from "./renumber-agenda-items.ts";

/**
 * /agenda volgorde 3 1 2: the named items first, in that order, the rest after them as
 * they were. Each number may appear once.
 */
export async function orderAgenda(tx: Tx, input: { meetingId: string; order: readonly number[] }) {
  const items = await listAgendaItems(tx, input.meetingId);
  const seen = new Set<number>();
  for (const n of input.order) {
    if (n < 1 || n > items.length) throw new AppError("INVALID", localText("meeting.orderRange", { n, max: items.length }));
    if (seen.has(n)) throw new AppError("INVALID", localText("meeting.orderTwice", { n }));
    seen.add(n);
  }
  const first = input.order.map((n) => items[n - 1]);
  const rest = items.filter((_, i) => !seen.has(i + 1));
  const ordered = [...first, ...rest];
  await renumberAgendaItems(tx, ordered);
  return ordered;
}
