import type { Db, Tx } from "../db.ts";
import { normalizeLanguage } from "../i18n/index.ts";
import { localParts } from "../time/amsterdam.ts";
import { findOwnersWithOpenActions } from "./find-owners-with-open-actions.ts";
import { roundListItems, roundMeetingStart, type CheckInRoundList, type RoundItem, type RoundRef, type StandInFor } from "../check-in/check-in-round-items.ts";

/**
 * Opens one person's check-in of a round and returns what it asks, as data
 * (src/render/check-in-round.ts writes the invitation in their language). A stand-in
 * also gets the open actions of each owner in `standInFor` (away now, with them as stand-in),
 * after their own and under "🤝 Voor Ahmed (afwezig t/m 29 mrt); jij bent vervanger.": one
 * list, one row, answered the same way. A row made earlier for the same delivery (same
 * sentAt, nothing answered) is sent again unchanged (a retried delivery); otherwise an
 * existing row, or nothing to ask, gives null.
 */
export async function openCheckInRound(
  tx: Tx,
  input: RoundRef & { wijkId: string; personId: string; sentAt: Date; now: Date; standInFor?: StandInFor[] },
): Promise<CheckInRoundList | null> {
  const person = await tx.person.findUnique({ where: { id: input.personId } });
  if (!person || person.leftAt || input.closesAt <= input.now) return null;
  const year = localParts(input.sentAt).year;
  const round = { lang: normalizeLanguage(person.language), round: input.round, meetingStartsAt: await roundMeetingStart(tx, input) };
  const existing = await tx.checkIn.findUnique({ where: { wijkId_personId_year_round: { wijkId: input.wijkId, personId: input.personId, year, round: input.round } } });
  if (existing) {
    if (existing.sentAt.getTime() !== input.sentAt.getTime() || existing.answeredAt || existing.answers !== "{}") return null;
    const items = JSON.parse(existing.items) as RoundItem[];
    return { ...round, items: await roundListItems(tx, items, input.now) };
  }
  const owners = await findOwnersWithOpenActions(tx, { wijkId: input.wijkId });
  const own = owners.get(input.personId)?.actions ?? [];
  const items: RoundItem[] = own.map((a, i) => ({ n: i + 1, actionId: a.id, title: a.title }));
  const deadlines = new Map(own.map((a) => [a.id, a.deadline]));
  for (const absent of input.standInFor ?? []) {
    for (const a of owners.get(absent.personId)?.actions ?? []) {
      // An action they share is asked once, as the stand-in's own.
      if (items.some((i) => i.actionId === a.id)) continue;
      items.push({ n: items.length + 1, actionId: a.id, title: a.title, for: absent.personId, until: absent.lastDay.toISOString() });
      deadlines.set(a.id, a.deadline);
    }
  }
  if (!items.length) return null;
  await tx.checkIn.create({
    data: { wijkId: input.wijkId, personId: input.personId, year, round: input.round, meetingId: input.meetingId, closesAt: input.closesAt, items: JSON.stringify(items), sentAt: input.sentAt },
  });
  return { ...round, items: await roundListItems(tx, items, input.now, deadlines) };
}
