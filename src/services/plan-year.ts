import type { Tx } from "../db.ts";
import { OPEN_STATUSES } from "../domain.ts";
import { changeAction, type ChangeMeta } from "./change-action.ts";
import type { WijkRow } from "./rows.ts";

/** Sets the wijk's plan year; new actions belong to it. */
export async function setPlanYear(tx: Tx, input: { wijk: WijkRow; year: number }): Promise<{ changed: boolean }> {
  if (input.wijk.planYear === input.year) return { changed: false };
  await tx.wijk.update({ where: { id: input.wijk.id }, data: { planYear: input.year } });
  return { changed: true };
}

/**
 * Carries every open action of earlier years (or without a year) into `year` and makes
 * it the plan year: one command at the turn of the year. Each action gets its own history
 * batch, so the move shows in its history.
 */
export async function carryOpenActions(tx: Tx, meta: ChangeMeta, input: { wijk: WijkRow; year: number }): Promise<{ count: number; from: number | null }> {
  const from = input.wijk.planYear;
  const actions = await tx.action.findMany({
    where: { wijkId: input.wijk.id, deletedAt: null, status: { in: [...OPEN_STATUSES] }, OR: [{ planYear: { lt: input.year } }, { planYear: null }] },
    select: { id: true },
  });
  for (const [i, action] of actions.entries()) {
    await changeAction(tx, { ...meta, batchId: `${meta.batchId}:${i}` }, action.id, { planYear: String(input.year) });
  }
  await setPlanYear(tx, input);
  return { count: actions.length, from };
}

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
