import { randomUUID } from "node:crypto";
import type { Tx } from "../db.ts";
import { ActionNameIndex } from "./match-actions.ts";

export interface IndexedAction {
  id: string;
  title: string;
  shortName: string | null;
  pillarName: string | null;
}

interface CachedIndex {
  version: string;
  index: ActionNameIndex<IndexedAction>;
}

/** Wijken whose name index is kept in memory (least recently used beyond this are dropped). */
const MAX_CACHED_WIJKEN = 64;
const cache = new Map<string, CachedIndex>();

/**
 * Call whenever an action of the wijk is created, removed or restored, renamed or moved
 * to another pillar. A random value (not a counter): a version written by a transaction
 * that rolled back can never come back and match a different state.
 */
export async function markActionNamesChanged(tx: Tx, wijkId: string): Promise<void> {
  await tx.wijk.update({ where: { id: wijkId }, data: { actionNamesVersion: randomUUID() } });
}

/**
 * The forgiving name index of a wijk's (not deleted) actions, kept in memory between
 * commands: rebuilding it for 10,000 actions costs far more than a command may. Each use
 * reads the wijk's name version (one row by primary key), so it stays right when another
 * process changed names. Whoever writes actions without createAction/changeAction (bulk
 * inserts) must call markActionNamesChanged.
 */
export async function getActionIndex(tx: Tx, wijkId: string, knownVersion?: string): Promise<ActionNameIndex<IndexedAction>> {
  // A caller that has just read the wijk row passes its name version along: one read fewer.
  const version = knownVersion ?? (await tx.wijk.findUniqueOrThrow({ where: { id: wijkId }, select: { actionNamesVersion: true } })).actionNamesVersion;
  const cached = cache.get(wijkId);
  if (cached && cached.version === version) {
    cache.delete(wijkId);
    cache.set(wijkId, cached);
    return cached.index;
  }
  const rows = await tx.action.findMany({
    where: { wijkId, deletedAt: null },
    select: { id: true, title: true, shortName: true, pillar: { select: { name: true } } },
    orderBy: [{ title: "asc" }, { id: "asc" }],
  });
  const index = new ActionNameIndex(rows.map((r) => ({ id: r.id, title: r.title, shortName: r.shortName, pillarName: r.pillar?.name ?? null })));
  cache.set(wijkId, { version, index });
  if (cache.size > MAX_CACHED_WIJKEN) cache.delete(cache.keys().next().value as string);
  return index;
}
