import type { Db, Tx } from "../db.ts";
import { MID_YEAR } from "./check-in-items.ts";
import { ownerOf, type RoundItem, type RoundVerdict } from "./check-in-round-items.ts";

/**
 * A check-in round as its use cases read it (/checkin, the agenda, the weekly digest): one
 * entry per owner asked, with their answers so far.
 */

export interface CheckInRoundState {
  round: string;
  meetingId: string | null;
  closesAt: Date | null;
  sentAt: Date;
  /** Per owner asked (an absent owner whose stand-in was asked for them, too): answered when every action has an answer, or their check-in is done. */
  people: {
    name: string;
    answered: boolean;
    items: { title: string; actionId: string; pillarId: string | null; verdict: RoundVerdict | null }[];
  }[];
}

/** A round's rows with names and pillars, or null when there is none. `where` picks the round. */
export async function loadRound(db: Tx | Db, where: { wijkId: string; round?: string; meetingId?: string }): Promise<CheckInRoundState | null> {
  const rows = await db.checkIn.findMany({ where: { ...where, round: where.round ?? { not: MID_YEAR } }, orderBy: { sentAt: "asc" } });
  if (!rows.length) return null;
  const items = rows.map((r) => ({ row: r, items: JSON.parse(r.items) as RoundItem[], answers: JSON.parse(r.answers) as Record<string, RoundVerdict> }));
  const [people, actions] = await Promise.all([
    db.person.findMany({ where: { id: { in: items.flatMap((r) => [r.row.personId, ...r.items.map((i) => ownerOf(i, r.row.personId))]) } }, select: { id: true, displayName: true } }),
    db.action.findMany({ where: { id: { in: items.flatMap((r) => r.items.map((i) => i.actionId)) } }, select: { id: true, pillarId: true } }),
  ]);
  const names = new Map(people.map((p) => [p.id, p.displayName]));
  const pillars = new Map(actions.map((a) => [a.id, a.pillarId]));
  const first = rows[0];
  // One entry per owner: a stand-in's check-in splits into their own actions and those of each owner they stood in for.
  const owners: CheckInRoundState["people"] = [];
  for (const { row, items: list, answers } of items) {
    const byOwner = new Map<string, RoundItem[]>();
    for (const i of list) byOwner.set(ownerOf(i, row.personId), [...(byOwner.get(ownerOf(i, row.personId)) ?? []), i]);
    for (const [ownerId, own] of byOwner) {
      const asked = own.map((i) => ({ title: i.title, actionId: i.actionId, pillarId: pillars.get(i.actionId) ?? null, verdict: answers[String(i.n)] ?? null }));
      owners.push({ name: names.get(ownerId) ?? "?", answered: Boolean(row.answeredAt) || asked.every((i) => i.verdict), items: asked });
    }
  }
  return { round: first.round, meetingId: first.meetingId, closesAt: first.closesAt, sentAt: first.sentAt, people: owners };
}

/** A round with its meeting's start (for the title). */
export interface TitledCheckInRound {
  state: CheckInRoundState;
  meetingStartsAt: Date | null;
}

/** The latest round of a wijk: the one running, or the last one. */
export async function latestRound(db: Tx | Db, wijkId: string): Promise<CheckInRoundState | null> {
  const latest = await db.checkIn.findFirst({ where: { wijkId, round: { not: MID_YEAR } }, orderBy: { sentAt: "desc" }, select: { round: true } });
  return latest ? loadRound(db, { wijkId, round: latest.round }) : null;
}
