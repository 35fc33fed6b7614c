import type { Tx } from "../db.ts";
import { sqlOf } from "../db/sql.ts";
import { textList } from "../db-lists.ts";
import { addDays, localParts, toInstant, type CivilDate } from "../time/amsterdam.ts";

/** One absence as routing needs it (a row of Absence). */
export interface AbsenceSpan {
  id: string;
  personId: string;
  standInId: string | null;
  startsAt: Date;
  /** Local midnight of the last day away. */
  lastDay: Date;
  endedAt: Date | null;
}

/**
 * Where a message meant for one person goes at one moment:
 * - `deliver`: they are not away, send it to them (`personId` is theirs);
 * - `stand-in`: they are away and `personId` is their stand-in, who gets it instead (say on
 *   whose behalf: `absentPersonId`, away until the end of `lastDay`);
 * - `hold`: they are away without a stand-in who can take it (none named, or the stand-in
 *   is away too or has left): send nothing now; `backAt` is when they are back.
 */
export type AbsenceRoute =
  | { kind: "deliver"; personId: string }
  | { kind: "stand-in"; personId: string; absentPersonId: string; absenceId: string; lastDay: Date }
  | { kind: "hold"; absentPersonId: string; absenceId: string; backAt: Date };

/** The first moment someone is back: local midnight after the last day (DST-exact), or earlier when ended early. */
export function backAt(absence: Pick<AbsenceSpan, "lastDay" | "endedAt">): Date {
  const p = localParts(absence.lastDay);
  const after = toInstant(addDays({ year: p.year, month: p.month, day: p.day }, 1));
  return absence.endedAt && absence.endedAt < after ? absence.endedAt : after;
}

/** Whether `absence` covers the moment `at` (from startsAt up to, not including, backAt). */
export function covers(absence: AbsenceSpan, at: Date): boolean {
  return absence.startsAt <= at && at < backAt(absence);
}

/** The last day of an absence as a calendar day. */
export function lastDayOf(absence: Pick<AbsenceSpan, "lastDay">): CivilDate {
  const p = localParts(absence.lastDay);
  return { year: p.year, month: p.month, day: p.day };
}

/**
 * The absences of a wijk that overlap [from, to] (both moments), oldest first. `to`
 * defaults to `from`: the absences of that one moment.
 */
export async function loadAbsences(tx: Tx, wijkId: string, from: Date, to: Date = from): Promise<AbsenceSpan[]> {
  return absencesOf(tx, [wijkId], from, to);
}

/** loadAbsences of several wijken in one query, each with its wijkId. */
async function absencesOf(tx: Tx, wijkIds: readonly string[], from: Date, to: Date): Promise<(AbsenceSpan & { wijkId: string })[]> {
  // lastDay is local midnight, so an absence ending on from's day has lastDay up to a day before `from`.
  const lastDayFrom = new Date(from.getTime() - 2 * 86_400_000);
  // Through the driver where there is one (the scheduler's tick: no Prisma compile), else Prisma.
  const driver = sqlOf(tx);
  const rows = driver
    ? await driver.all<AbsenceSpan & { wijkId: string }>(
        `SELECT "id", "wijkId", "personId", "standInId", "startsAt", "lastDay", "endedAt" FROM "Absence"
        WHERE "wijkId" IN ${textList(driver)} AND "startsAt" <= ? AND "lastDay" >= ? ORDER BY "startsAt" ASC`,
        [JSON.stringify(wijkIds), to, lastDayFrom],
      )
    : await tx.absence.findMany({
        where: { wijkId: { in: [...wijkIds] }, startsAt: { lte: to }, lastDay: { gte: lastDayFrom } },
        orderBy: { startsAt: "asc" },
        select: { id: true, wijkId: true, personId: true, standInId: true, startsAt: true, lastDay: true, endedAt: true },
      });
  return rows.filter((a) => backAt(a) > from && a.startsAt <= to);
}

/**
 * The routing of many messages at once (a scheduled job): loads the absences and the people
 * who left for a window once, then answers per person and moment without a query.
 */
export async function absenceRouter(tx: Tx, wijkId: string, window: { from: Date; to: Date }): Promise<(personId: string, at: Date) => AbsenceRoute> {
  return (await absenceRouters(tx, [wijkId], window))(wijkId);
}

/** absenceRouter of several wijken (a scheduled job over every wijk) with two queries in all: the router of each wijk. */
export async function absenceRouters(
  tx: Tx,
  wijkIds: readonly string[],
  window: { from: Date; to: Date },
): Promise<(wijkId: string) => (personId: string, at: Date) => AbsenceRoute> {
  const absences = await absencesOf(tx, wijkIds, window.from, window.to);
  const nobodyAway = (personId: string): AbsenceRoute => ({ kind: "deliver", personId });
  if (!absences.length) return () => nobodyAway;
  const standIns = [...new Set(absences.map((a) => a.standInId).filter((id): id is string => Boolean(id)))];
  const left = new Set(
    (await tx.person.findMany({ where: { id: { in: standIns }, OR: [{ leftAt: { not: null } }, { erasedAt: { not: null } }] }, select: { id: true } })).map((p) => p.id),
  );
  const byWijk = new Map<string, AbsenceSpan[]>();
  for (const a of absences) byWijk.set(a.wijkId, [...(byWijk.get(a.wijkId) ?? []), a]);
  return (wijkId) => {
    const mine = byWijk.get(wijkId);
    return mine ? (personId, at) => route(mine, left, personId, at) : nobodyAway;
  };
}

/**
 * Where a message meant for `personId` in wijk `wijkId` goes at moment `at` (see
 * AbsenceRoute). One call, a few small queries: for a job that sends to many people, use
 * absenceRouter. Typical use in a job's schedule:
 *
 *   const r = await routeForAbsence(db, wijkId, ownerId, dueAt);
 *   if (r.kind === "hold") continue;            // nothing now; they get what is due on return
 *   recipient = { personId: r.personId };        // the person, or their stand-in
 *   if (r.kind === "stand-in") say it is on behalf of r.absentPersonId (away t/m r.lastDay)
 *
 * A stand-in who is away too (or has left the wijk) does not pass it on: the message is held.
 */
export async function routeForAbsence(tx: Tx, wijkId: string, personId: string, at: Date): Promise<AbsenceRoute> {
  const router = await absenceRouter(tx, wijkId, { from: at, to: at });
  return router(personId, at);
}

function route(absences: AbsenceSpan[], left: Set<string>, personId: string, at: Date): AbsenceRoute {
  const absence = current(absences, personId, at);
  if (!absence) return { kind: "deliver", personId };
  const standIn = absence.standInId;
  if (standIn && !left.has(standIn) && !current(absences, standIn, at)) {
    return { kind: "stand-in", personId: standIn, absentPersonId: personId, absenceId: absence.id, lastDay: absence.lastDay };
  }
  return { kind: "hold", absentPersonId: personId, absenceId: absence.id, backAt: backAt(absence) };
}

/** The person's absence at `at`: the latest one that covers it. */
function current(absences: AbsenceSpan[], personId: string, at: Date): AbsenceSpan | undefined {
  let found: AbsenceSpan | undefined;
  for (const a of absences) if (a.personId === personId && covers(a, at)) found = a;
  return found;
}
