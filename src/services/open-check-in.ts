import type { Tx } from "../db.ts";
import { normalizeLanguage } from "../i18n/index.ts";
import { checkInList, MID_YEAR, type CheckInItem, type CheckInList } from "../check-in/check-in-items.ts";
import { findOwnersWithOpenActions } from "./find-owners-with-open-actions.ts";

/**
 * Opens one person's check for the year and returns what it asks, as data
 * (src/render/check-in.ts writes it in their language). A
 * check opened earlier with the same `sentAt` is sent again unchanged (a retried
 * delivery); one opened otherwise (by /jaarplan check) or for someone without open
 * actions gives null: nothing to send.
 */
export async function openCheckIn(tx: Tx, input: { wijkId: string; personId: string; year: number; sentAt: Date; now: Date }): Promise<CheckInList | null> {
  const existing = await tx.checkIn.findUnique({ where: { wijkId_personId_year_round: { wijkId: input.wijkId, personId: input.personId, year: input.year, round: MID_YEAR } } });
  const person = await tx.person.findUnique({ where: { id: input.personId } });
  if (!person || person.leftAt) return null;
  const lang = normalizeLanguage(person.language);
  if (existing) {
    if (existing.sentAt.getTime() !== input.sentAt.getTime() || existing.answeredAt || existing.answers !== "{}") return null;
    return checkInList(lang, input.year, JSON.parse(existing.items) as CheckInItem[]);
  }
  const own = (await findOwnersWithOpenActions(tx, { wijkId: input.wijkId, year: input.year })).get(input.personId)?.actions ?? [];
  if (!own.length) return null;
  const items: CheckInItem[] = own.map((a, i) => ({ n: i + 1, actionId: a.id, title: a.title }));
  await tx.checkIn.create({ data: { wijkId: input.wijkId, personId: input.personId, year: input.year, items: JSON.stringify(items), sentAt: input.sentAt } });
  return checkInList(lang, input.year, items, new Map(own.map((a) => [a.id, a.deadline])));
}
