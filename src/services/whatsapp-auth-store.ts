import type { Tx } from "../db.ts";

/**
 * The key-value store behind the WhatsApp session (Baileys credentials and signal
 * keys), on the AuthKV table: a restart reuses the linked device without a new login.
 * Values are opaque strings (the adapter serialises Buffers with BufferJSON).
 */
export interface AuthKeyValueStore {
  get(id: string): Promise<string | null>;
  set(id: string, value: string): Promise<void>;
  del(id: string): Promise<void>;
  /** Removes every key that starts with prefix (a logged-out session is useless). */
  clear(prefix: string): Promise<void>;
}

export function createAuthKeyValueStore(db: Tx): AuthKeyValueStore {
  return {
    async get(id) {
      const row = await db.authKV.findUnique({ where: { id }, select: { value: true } });
      return row?.value ?? null;
    },
    async set(id, value) {
      await db.authKV.upsert({ where: { id }, create: { id, value }, update: { value } });
    },
    async del(id) {
      await db.authKV.deleteMany({ where: { id } });
    },
    async clear(prefix) {
      await db.authKV.deleteMany({ where: { id: { startsWith: prefix } } });
    },
  };
}
