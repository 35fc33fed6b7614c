import { BufferJSON, initAuthCreds, proto } from "@whiskeysockets/baileys";
import type { AuthenticationCreds, AuthenticationState, SignalDataSet, SignalDataTypeMap } from "@whiskeysockets/baileys";

/**
 * Where the adapter keeps its session: a plain key-value store handed in by the
 * composition root (the database, in production). The adapter never sees Prisma.
 */
export interface WhatsAppAuthStore {
  get(id: string): Promise<string | null>;
  set(id: string, value: string): Promise<void>;
  del(id: string): Promise<void>;
  /** Removes every key starting with prefix; used when WhatsApp logged the device out. */
  clear?(prefix: string): Promise<void>;
}

export interface DbAuthState {
  state: AuthenticationState;
  saveCreds(): Promise<void>;
  /** Forgets the whole session (after a logout the next start shows a new QR code). */
  clear(): Promise<void>;
}

/**
 * Baileys' AuthenticationState on a key-value store — instead of the file-based auth helper,
 * which its own docs call unfit for production. Keys are "<session>:creds" and
 * "<session>:<type>-<id>"; Buffers survive the JSON round trip through BufferJSON.
 */
export async function useDbAuthState(store: WhatsAppAuthStore, session: string): Promise<DbAuthState> {
  const prefix = `${session}:`;
  const read = async (id: string): Promise<unknown> => {
    const raw = await store.get(prefix + id);
    return raw ? JSON.parse(raw, BufferJSON.reviver) : null;
  };
  const write = (id: string, value: unknown) => store.set(prefix + id, JSON.stringify(value, BufferJSON.replacer));
  const creds = ((await read("creds")) as AuthenticationCreds | null) ?? initAuthCreds();

  return {
    state: {
      creds,
      keys: {
        async get<T extends keyof SignalDataTypeMap>(type: T, ids: string[]) {
          const found: { [id: string]: SignalDataTypeMap[T] } = {};
          for (const id of ids) {
            let value = await read(`${type}-${id}`);
            // The protobuf class has methods the signal layer calls; JSON gives a plain object.
            if (type === "app-state-sync-key" && value) value = proto.Message.AppStateSyncKeyData.fromObject(value as object);
            if (value) found[id] = value as SignalDataTypeMap[T];
          }
          return found;
        },
        async set(data: SignalDataSet) {
          for (const type of Object.keys(data) as (keyof SignalDataSet)[]) {
            const entries = data[type] ?? {};
            for (const [id, value] of Object.entries(entries)) {
              if (value) await write(`${type}-${id}`, value);
              else await store.del(`${prefix}${type}-${id}`);
            }
          }
        },
      },
    },
    saveCreds: () => write("creds", creds),
    async clear() {
      if (store.clear) await store.clear(prefix);
      else await store.del(`${prefix}creds`);
    },
  };
}
