import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Curve, makeCacheableSignalKeyStore } from "@whiskeysockets/baileys";
import pino from "pino";
import { useDbAuthState } from "../../adapters/whatsapp/auth-state.ts";
import { createWhatsAppAdapter } from "../../adapters/whatsapp/index.ts";
import { createDb, type Db } from "../../src/db.ts";
import { createAuthKeyValueStore } from "../../src/db/whatsapp-auth-store.ts";
import { createTestDatabase } from "../helpers/harness.ts";
import { BOT_LID, SimulatedWhatsApp, waitUntil } from "./whatsapp-simulated.ts";

describe("the WhatsApp session lives in the database (AuthKV), not in files", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Db;

  beforeEach(async () => {
    database = await createTestDatabase();
    db = await createDb(database.url);
  });
  afterEach(async () => {
    await db.$disconnect();
    await database.dispose();
  });

  it("credentials and signal keys (with their Buffers) read back identical after a restart", async () => {
    const before = await useDbAuthState(createAuthKeyValueStore(db), "default");
    before.state.creds.me = { id: "31600000001:7@s.whatsapp.net", lid: BOT_LID, name: "wijkbot" };
    before.state.creds.registered = true;
    await before.saveCreds();
    const preKey = Curve.generateKeyPair();
    const session = Buffer.from("signal session bytes");
    await before.state.keys.set({ "pre-key": { "7": preKey }, session: { "31600000002.0": session } });

    // A new process: its own Prisma client on the same database.
    const restarted = await createDb(database.url);
    try {
      const after = await useDbAuthState(createAuthKeyValueStore(restarted), "default");
      expect(after.state.creds).toEqual(before.state.creds);
      expect(Buffer.isBuffer(after.state.creds.noiseKey.private)).toBe(true);
      const keys = makeCacheableSignalKeyStore(after.state.keys, pino({ level: "silent" }));
      const found = await keys.get("pre-key", ["7", "8"]);
      expect(found["7"]).toEqual(preKey);
      expect(Buffer.isBuffer(found["7"].public)).toBe(true);
      expect(found["8"]).toBeUndefined();
      expect(Buffer.from((await after.state.keys.get("session", ["31600000002.0"]))["31600000002.0"])).toEqual(session);
    } finally {
      await restarted.$disconnect();
    }
    expect(await db.authKV.count({ where: { id: { startsWith: "default:" } } })).toBe(3);
  });

  it("a key set to null is deleted; another session name does not see this one's rows", async () => {
    const store = createAuthKeyValueStore(db);
    const auth = await useDbAuthState(store, "default");
    await auth.state.keys.set({ "pre-key": { "1": Curve.generateKeyPair() } });
    await auth.state.keys.set({ "pre-key": { "1": null } });
    expect(await auth.state.keys.get("pre-key", ["1"])).toEqual({});
    await auth.saveCreds();
    const other = await useDbAuthState(store, "tweede");
    expect(other.state.creds.registered).toBe(false);
    expect(other.state.creds.noiseKey).not.toEqual(auth.state.creds.noiseKey);
  });

  it("the adapter saves what Baileys updates, and after a restart connects without a new login", async () => {
    const login: string[] = [];
    const loginOutput = { write: (text: string) => login.push(text) } as unknown as NodeJS.WritableStream;
    const first = new SimulatedWhatsApp();
    const adapter = createWhatsAppAdapter({ authStore: createAuthKeyValueStore(db), makeSocket: first.makeSocket, loginOutput, env: {} });
    await adapter.start(async () => undefined);
    await waitUntil(() => first.sockets.length > 0);
    // The first time there is no login yet: WhatsApp offers a QR code.
    first.current.ev.emit("connection.update", { qr: "2@simulated-qr-reference" });
    expect(adapter.status()).toMatchObject({ ok: false, state: "awaiting-login" });
    expect(login.join("")).toContain("Scan deze QR-code");
    // The phone scanned it: Baileys fills in the credentials and says so.
    const creds = first.current.config.auth!.creds;
    Object.assign(creds, { me: { id: "31600000001:7@s.whatsapp.net", lid: BOT_LID }, registered: true });
    first.current.ev.emit("creds.update", { me: creds.me, registered: true });
    first.open();
    expect(adapter.status()).toMatchObject({ ok: true, state: "connected" });
    await waitUntil(async () => Boolean(await db.authKV.findUnique({ where: { id: "default:creds" } })));
    await adapter.stop();

    const restarted = await createDb(database.url);
    try {
      const second = new SimulatedWhatsApp();
      const again = createWhatsAppAdapter({ authStore: createAuthKeyValueStore(restarted), makeSocket: second.makeSocket, loginOutput, env: {} });
      login.length = 0;
      await again.start(async () => undefined);
      await waitUntil(() => second.sockets.length > 0);
      const reloaded = second.current.config.auth!.creds;
      expect(reloaded.registered).toBe(true);
      expect(reloaded.me?.id).toBe("31600000001:7@s.whatsapp.net");
      expect(reloaded.noiseKey).toEqual(creds.noiseKey);
      // Registered credentials: a QR reference from WhatsApp is not shown to anyone.
      second.current.ev.emit("connection.update", { qr: "2@should-not-show" });
      second.open();
      expect(login).toEqual([]);
      expect(again.status().state).toBe("connected");
      await again.stop();
    } finally {
      await restarted.$disconnect();
    }
  });
});
