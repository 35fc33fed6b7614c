import type { Tx } from "../db.ts";
import { OPEN_STATUSES } from "../domain.ts";
import { addDays, localParts, toInstant } from "../time/amsterdam.ts";
import { listAbsences, type AbsenceListing } from "./list-absences.ts";
import { findDigestCheckInRound } from "./find-digest-check-in-round.ts";
import { type TitledCheckInRound } from "../check-in/round-state.ts";

const DAY_MS = 24 * 60 * 60_000;
export const DIGEST_WINDOW_DAYS = 7;
export const DUE_SOON_DAYS = 14;
export const QUIET_OWNER_DAYS = 28;

/** An open action with a deadline; `owners` are the names of its owners (none: the renderer says so). */
export interface DigestDeadline {
  title: string;
  deadline: Date;
  owners: string[];
}

export interface WeeklyDigest {
  wijkName: string;
  /** The window: its first moment and the last day it covers (the day before `end`). */
  from: Date;
  to: Date;
  /** Per pillar in the wijk's order, then the actions without a pillar (`name` null); titles. */
  pillars: { name: string | null; done: string[]; started: string[]; updated: string[]; overdue: DigestDeadline[]; dueSoon: DigestDeadline[] }[];
  checkInRound: TitledCheckInRound | null;
  /** Agenda items proposed in the window, oldest first; `proposerName` null when that person is gone. */
  newItems: { text: string; proposerName: string | null }[];
  /** Owners of open actions without an update for QUIET_OWNER_DAYS, with those actions. */
  quietOwners: { name: string; actions: { title: string; lastActivityAt: Date }[] }[];
  /** Who is away (/afwezig) as the digest goes out. */
  absences: AbsenceListing[];
}

/**
 * The coördinator's weekoverzicht for the 7 days up to `end`: per pillar what was
 * finished, started and updated, what is overdue and what is due within 14 days; new
 * agenda items; owners with open actions but no update for 4 weeks.
 */
export async function getWeeklyDigest(tx: Tx, input: { wijkId: string; end: Date }): Promise<WeeklyDigest> {
  const { wijkId, end } = input;
  const today = localParts(end);
  // The same wall-clock time 7 calendar days back, so a week with a clock change neither repeats nor skips an hour.
  const start = toInstant(addDays(today, -DIGEST_WINDOW_DAYS), today.hour, today.minute);
  const startOfToday = toInstant(today);
  const soonLimit = toInstant(addDays(today, DUE_SOON_DAYS + 1));
  const [wijk, pillars, actions, changes, notes, items] = await Promise.all([
    tx.wijk.findUniqueOrThrow({ where: { id: wijkId } }),
    tx.pillar.findMany({ where: { wijkId }, orderBy: { position: "asc" } }),
    tx.action.findMany({
      where: { wijkId, deletedAt: null },
      include: { owners: { include: { person: { select: { id: true, displayName: true, leftAt: true } } } } },
    }),
    tx.historyEntry.findMany({ where: { wijkId, field: "status", undoneAt: null, createdAt: { gt: start, lte: end } } }),
    tx.progressNote.findMany({ where: { action: { wijkId }, removedAt: null, createdAt: { gt: start, lte: end } }, select: { actionId: true } }),
    tx.agendaItem.findMany({ where: { wijkId, createdAt: { gt: start, lte: end }, proposerId: { not: null } }, orderBy: { createdAt: "asc" } }),
  ]);
  const byId = new Map(actions.map((a) => [a.id, a]));
  const statusTo = (to: string) => new Set(changes.filter((c) => c.toValue === to && c.actionId && byId.get(c.actionId)?.status === to).map((c) => c.actionId!));
  const finished = statusTo("klaar");
  const started = statusTo("bezig");
  const updated = new Set(notes.map((n) => n.actionId));
  const open = actions.filter((a) => (OPEN_STATUSES as readonly string[]).includes(a.status));
  const withDeadline = (a: (typeof actions)[number]): DigestDeadline => ({ title: a.title, deadline: a.deadline!, owners: a.owners.map((o) => o.person.displayName) });

  const groups = [...pillars.map((p) => ({ id: p.id as string | null, name: p.name as string | null })), { id: null, name: null }];
  const digestPillars = groups.map((group) => {
    const inGroup = (ids: Iterable<string>) => [...ids].map((id) => byId.get(id)!).filter((a) => a && a.pillarId === group.id).map((a) => a.title);
    const mine = open.filter((a) => a.pillarId === group.id && a.deadline);
    return {
      name: group.name,
      done: inGroup(finished),
      started: inGroup(started),
      updated: inGroup(updated),
      overdue: mine.filter((a) => a.deadline! < startOfToday).sort(byDeadline).map(withDeadline),
      dueSoon: mine.filter((a) => a.deadline! >= startOfToday && a.deadline! < soonLimit).sort(byDeadline).map(withDeadline),
    };
  });

  const checkInRound = await findDigestCheckInRound(tx, { wijkId, end });
  const proposers = items.length
    ? new Map((await tx.person.findMany({ where: { id: { in: items.map((i) => i.proposerId!) } }, select: { id: true, displayName: true } })).map((p) => [p.id, p.displayName]))
    : new Map<string, string>();

  const quietSince = new Date(end.getTime() - QUIET_OWNER_DAYS * DAY_MS);
  const quiet = new Map<string, WeeklyDigest["quietOwners"][number]>();
  for (const a of open) {
    if (a.lastActivityAt > quietSince) continue;
    for (const o of a.owners) {
      if (o.person.leftAt) continue;
      const entry = quiet.get(o.person.id) ?? { name: o.person.displayName, actions: [] };
      entry.actions.push({ title: a.title, lastActivityAt: a.lastActivityAt });
      quiet.set(o.person.id, entry);
    }
  }
  return {
    wijkName: wijk.name,
    from: start,
    to: toInstant(addDays(today, -1)),
    pillars: digestPillars,
    checkInRound,
    newItems: items.map((i) => ({ text: i.text, proposerName: proposers.get(i.proposerId!) ?? null })),
    quietOwners: [...quiet.values()],
    absences: await listAbsences(tx, { wijkId, now: end }),
  };
}

function byDeadline(a: { deadline: Date | null }, b: { deadline: Date | null }): number {
  return (a.deadline?.getTime() ?? 0) - (b.deadline?.getTime() ?? 0);
}
