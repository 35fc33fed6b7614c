import type { Db, Tx } from "../db.ts";
import type { CheckInItem } from "./check-in-items.ts";
import { absenceRouter } from "../rules/absence-routing.ts";

/**
 * The check-in round before each stuurgroep meeting (or monthly): the mid-year check's
 * mechanism (CheckIn rows, one numbered DM, one reminder, /check answers) with four
 * answers per action. A round is named by CheckIn.round: "meeting:<id>" or "month:YYYY-MM".
 * What the round's use cases share: verdicts, items, and a round's list and title as data
 * (src/render/check-in-round.ts writes them).
 */
export const ROUND_VERDICTS = ["op-koers", "loopt-achter", "klaar", "hulp-nodig"] as const;

export type RoundVerdict = (typeof ROUND_VERDICTS)[number];

/**
 * One numbered action of a round's check-in. A stand-in's check-in also lists the actions of
 * the owner they stand in for (after their own): `for` is that owner, away until the end of
 * `until` (the absence's lastDay); the stand-in's answers count for that owner.
 */
export interface RoundItem extends CheckInItem {
  for?: string;
  until?: string;
}

/** The owner an item's answer counts for: the absent owner of a stand-in's item, else the row's person. */
export function ownerOf(item: RoundItem, rowPersonId: string): string {
  return item.for ?? rowPersonId;
}

/** Someone a stand-in is asked for: the absent owner and their last day away. */
export interface StandInFor {
  personId: string;
  lastDay: Date;
}

export interface RoundRef {
  round: string;
  meetingId: string | null;
  closesAt: Date;
}

/** What a round's title needs: "Check-in voor de stuurgroep van do 19 feb 19:30" or "Check-in van februari". */
export interface RoundTitle {
  round: string;
  /** When the round's meeting starts; null for a monthly round or a meeting no longer there. */
  meetingStartsAt: Date | null;
}

/** One numbered line of a round's list, as data. */
export interface RoundListItem {
  n: number;
  title: string;
  /** Shown after the title when set (the first invitation shows it, a resent one and the reminder do not). */
  deadline: Date | null;
  /** On a stand-in's list: the absent owner the action belongs to (name null: no longer there) and their last day away. */
  for?: { personId: string; name: string | null; lastDay: Date };
}

/** A person's check-in of a round, as data: the language they read, the round and their numbered actions. */
export interface CheckInRoundList extends RoundTitle {
  lang: string;
  items: RoundListItem[];
}

/**
 * The stored items as list lines: the absent owners' names looked up (one query), the
 * deadlines from `deadlines` (none when it is not given).
 */
export async function roundListItems(db: Tx | Db, items: readonly RoundItem[], now: Date, deadlines?: Map<string, Date | null>): Promise<RoundListItem[]> {
  const absent = [...new Set(items.flatMap((i) => (i.for ? [i.for] : [])))];
  const people = absent.length ? await db.person.findMany({ where: { id: { in: absent } }, select: { id: true, displayName: true } }) : [];
  const names = new Map(people.map((p) => [p.id, p.displayName]));
  return items.map((i) => ({
    n: i.n,
    title: i.title,
    deadline: deadlines?.get(i.actionId) ?? null,
    ...(i.for ? { for: { personId: i.for, name: names.get(i.for) ?? null, lastDay: new Date(i.until ?? now) } } : {}),
  }));
}

/**
 * Of a stand-in's items for absent owners, the owners they still stand in for at `now` (the
 * owner away, with them as stand-in who is not away); the stand-in's own items need nothing.
 */
export async function stillStandingIn(db: Tx | Db, input: { wijkId: string; standInId: string; items: readonly RoundItem[]; now: Date }): Promise<Set<string>> {
  const absent = [...new Set(input.items.flatMap((i) => (i.for ? [i.for] : [])))];
  if (!absent.length) return new Set();
  const route = await absenceRouter(db, input.wijkId, { from: input.now, to: input.now });
  return new Set(
    absent.filter((id) => {
      const r = route(id, input.now);
      return r.kind === "stand-in" && r.personId === input.standInId;
    }),
  );
}

/** When the round's meeting starts; null for a monthly round or a meeting no longer there. */
export async function roundMeetingStart(db: Tx | Db, ref: Pick<RoundRef, "meetingId">): Promise<Date | null> {
  const meeting = ref.meetingId ? await db.meeting.findUnique({ where: { id: ref.meetingId }, select: { startsAt: true } }) : null;
  return meeting?.startsAt ?? null;
}
