import type { Tx } from "../db.ts";

export interface PillarYearSummary {
  pillarName: string | null;
  done: number;
  running: number;
  stopped: number;
  reachIntended: number;
  reachReached: number;
}

/** End of year, per pillar: finished, running (planned, in progress, parked), stopped, and reach reached vs intended. */
export async function summarizePlanYear(tx: Tx, input: { wijkId: string; year: number }): Promise<PillarYearSummary[]> {
  const actions = await tx.action.findMany({
    where: { wijkId: input.wijkId, deletedAt: null, planYear: input.year },
    select: { status: true, reachIntended: true, reachReached: true, pillar: { select: { name: true, position: true } } },
  });
  const byPillar = new Map<string, PillarYearSummary & { position: number }>();
  for (const a of actions) {
    const key = a.pillar?.name ?? "";
    const row = byPillar.get(key) ?? {
      pillarName: a.pillar?.name ?? null,
      position: a.pillar?.position ?? Number.MAX_SAFE_INTEGER,
      done: 0,
      running: 0,
      stopped: 0,
      reachIntended: 0,
      reachReached: 0,
    };
    if (a.status === "klaar") row.done++;
    else if (a.status === "gestopt") row.stopped++;
    else row.running++;
    row.reachIntended += a.reachIntended ?? 0;
    row.reachReached += a.reachReached ?? 0;
    byPillar.set(key, row);
  }
  return [...byPillar.values()].sort((a, b) => a.position - b.position).map(({ position: _position, ...row }) => row);
}
