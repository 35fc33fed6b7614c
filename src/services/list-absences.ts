import type { Tx } from "../db.ts";
import { loadAbsences } from "../rules/absence-routing.ts";

/** One running absence as /wie, the board, the web overview and the digest show it. */
export interface AbsenceListing {
  personId: string;
  personName: string;
  /** Local midnight of the last day away. */
  lastDay: Date;
  standInName: string | null;
}

/** Who is away at `now` (endedAt and the last day considered), by name; the latest absence per person. */
export async function listAbsences(tx: Tx, input: { wijkId: string; now: Date }): Promise<AbsenceListing[]> {
  const absences = await loadAbsences(tx, input.wijkId, input.now);
  if (!absences.length) return [];
  const ids = [...new Set(absences.flatMap((a) => [a.personId, a.standInId ?? ""]).filter(Boolean))];
  const names = new Map((await tx.person.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } })).map((p) => [p.id, p.displayName]));
  const latest = new Map<string, (typeof absences)[number]>();
  for (const a of absences) latest.set(a.personId, a);
  return [...latest.values()]
    .map((a) => ({ personId: a.personId, personName: names.get(a.personId) ?? "?", lastDay: a.lastDay, standInName: a.standInId ? (names.get(a.standInId) ?? null) : null }))
    .sort((a, b) => a.personName.localeCompare(b.personName, "nl"));
}
