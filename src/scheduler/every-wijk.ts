import { absenceRouters, type AbsenceRoute } from "../rules/absence-routing.ts";
import type { JobContext } from "./types.ts";

/**
 * The wijken of one planning (or one dispatch), shared by their job contexts, so that a read
 * every wijk makes is done once for all of them: one query per tick instead of one per wijk
 * (ten wijken, a dozen jobs: ~130 Prisma calls became ~25). Lives as long as the contexts.
 */
export class EveryWijk {
  readonly #reads = new Map<string, Promise<unknown>>();

  constructor(readonly ids: readonly string[]) {}

  /** `read`'s result, run at the first ask for `key`; later asks with that key share it. A failed read is not kept. */
  once<T>(key: string, read: () => Promise<T>): Promise<T> {
    let found = this.#reads.get(key) as Promise<T> | undefined;
    if (!found) {
      found = read();
      this.#reads.set(key, found);
      found.catch(() => this.#reads.delete(key));
    }
    return found;
  }
}

/**
 * This wijk's rows of a read made once for every wijk of the context (`load` gets all their
 * ids and returns rows carrying their wijkId), in the order `load` returned them. `key` names
 * the read and whatever it depends on besides the wijk (a window, a moment).
 */
export async function rowsOfWijk<T extends { wijkId: string }>(ctx: JobContext, key: string, load: (wijkIds: readonly string[]) => Promise<T[]>): Promise<T[]> {
  const byWijk = await ctx.everyWijk.once(key, async () => {
    const grouped = new Map<string, T[]>();
    for (const row of await load(ctx.everyWijk.ids)) {
      const rows = grouped.get(row.wijkId);
      if (rows) rows.push(row);
      else grouped.set(row.wijkId, [row]);
    }
    return grouped;
  });
  return byWijk.get(ctx.wijk.id) ?? [];
}

/** A window as part of a read's key. */
export function windowKey(window: { from: Date; to: Date }): string {
  return `${window.from.toISOString()}/${window.to.toISOString()}`;
}

/** This wijk's absenceRouter for `window`, the absences read once for every wijk and job of the context. */
export async function absenceRouterOf(ctx: JobContext, window: { from: Date; to: Date }): Promise<(personId: string, at: Date) => AbsenceRoute> {
  const routers = await ctx.everyWijk.once(`absences ${windowKey(window)}`, () => absenceRouters(ctx.db, ctx.everyWijk.ids, window));
  return routers(ctx.wijk.id);
}
