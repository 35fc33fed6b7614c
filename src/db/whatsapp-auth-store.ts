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

/**
 * Forgets WhatsApp accounts in the session's LID directory: Baileys keeps phone number ↔
 * LID pairs as "<session>:lid-mapping-<phone>" and "<session>:lid-mapping-<lid>_reverse"
 * (see adapters/whatsapp/auth-state.ts). The pair is learned again if the account writes
 * again; the session itself (credentials, signal keys) stays.
 */
export async function removeWhatsAppLidMappings(db: Tx, jids: string[]): Promise<void> {
  const users = [...new Set(jids.map((jid) => jid.split("@")[0].split(":")[0]).filter(Boolean))];
  if (!users.length) return;
  await db.authKV.deleteMany({
    where: { OR: users.flatMap((user) => [{ id: { endsWith: `:lid-mapping-${user}` } }, { id: { endsWith: `:lid-mapping-${user}_reverse` } }]) },
  });
}
