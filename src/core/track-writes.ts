import type { Tx } from "../db.ts";

const WRITE_METHODS = new Set(["create", "createMany", "createManyAndReturn", "update", "updateMany", "updateManyAndReturn", "upsert", "delete", "deleteMany"]);

/**
 * Wraps a transaction client so it counts write operations. The core records a message
 * as processed (and tells listeners about a change) only when its command wrote something.
 */
export function trackWrites(tx: Tx): { tx: Tx; writes: () => number } {
  let count = 0;
  const delegates = new Map<PropertyKey, unknown>();
  const proxy = new Proxy(tx as object, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop === "$executeRaw" || prop === "$executeRawUnsafe") {
        return (...args: unknown[]) => {
          count++;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      if (typeof prop !== "string" || prop.startsWith("$") || value === null || typeof value !== "object") return value;
      if (!delegates.has(prop)) {
        delegates.set(
          prop,
          new Proxy(value as object, {
            get(delegate, method, r) {
              const fn = Reflect.get(delegate, method, r);
              if (typeof method === "string" && WRITE_METHODS.has(method) && typeof fn === "function") {
                return (...args: unknown[]) => {
                  count++;
                  return (fn as (...a: unknown[]) => unknown).apply(delegate, args);
                };
              }
              return fn;
            },
          }),
        );
      }
      return delegates.get(prop);
    },
  });
  return { tx: proxy as Tx, writes: () => count };
}
