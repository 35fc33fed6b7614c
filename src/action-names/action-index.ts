import { randomUUID } from "node:crypto";
import type { Tx } from "../db.ts";
import { ActionNameIndex } from "./match-actions.ts";

export interface IndexedAction {
  id: string;
  title: string;
  shortName: string | null;
  pillarName: string | null;
}

/** Wijken whose name index is kept in memory (least recently used beyond this are dropped). */
const MAX_CACHED_WIJKEN = 64;

/**
 * Call whenever an action of the wijk is created, removed or restored, renamed or moved
 * to another pillar. A random value (not a counter): a version written by a transaction
 * that rolled back can never come back and match a different state.
 */
export async function markActionNamesChanged(tx: Tx, wijkId: string): Promise<void> {
  await tx.wijk.update({ where: { id: wijkId }, data: { actionNamesVersion: randomUUID() } });
}

/**
 * The forgiving name indexes of wijken's (not deleted) actions, kept in memory between
 * commands: rebuilding one for 10,000 actions costs far more than a command may. One cache
 * lives on the app (BotDeps), so two apps in one process never share it. Each use is checked
 * against the wijk's name version (one row by primary key, or the version a caller has just
 * read in the same message), so it stays right when another process changed names. Whoever
 * writes actions without createAction/changeAction (bulk inserts) must call
 * markActionNamesChanged.
 */
export class ActionIndexCache {
  readonly #indexes = new Map<string, { version: string; index: ActionNameIndex<IndexedAction> }>();

  async get(tx: Tx, wijkId: string, knownVersion?: string): Promise<ActionNameIndex<IndexedAction>> {
    return (await this.read(tx, wijkId, knownVersion)).index;
  }

  /** The index and the name version it was checked against. */
  async read(tx: Tx, wijkId: string, knownVersion?: string): Promise<{ index: ActionNameIndex<IndexedAction>; version: string }> {
    const version = knownVersion ?? (await tx.wijk.findUniqueOrThrow({ where: { id: wijkId }, select: { actionNamesVersion: true } })).actionNamesVersion;
    const cached = this.#indexes.get(wijkId);
    if (cached && cached.version === version) {
      this.#indexes.delete(wijkId);
      this.#indexes.set(wijkId, cached);
      return cached;
    }
    const rows = await tx.action.findMany({
      where: { wijkId, deletedAt: null },
      select: { id: true, title: true, shortName: true, pillar: { select: { name: true } } },
      orderBy: [{ title: "asc" }, { id: "asc" }],
    });
    const index = new ActionNameIndex(rows.map((r) => ({ id: r.id, title: r.title, shortName: r.shortName, pillarName: r.pillar?.name ?? null })));
    this.#indexes.set(wijkId, { version, index });
    if (this.#indexes.size > MAX_CACHED_WIJKEN) this.#indexes.delete(this.#indexes.keys().next().value as string);
    return { index, version };
  }
}
