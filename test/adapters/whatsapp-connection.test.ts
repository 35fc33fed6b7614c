import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PassThrough } from "node:stream";
import { DisconnectReason } from "@whiskeysockets/baileys";
import { createWhatsAppAdapter, type WhatsAppAdapter } from "../../adapters/whatsapp/index.ts";
import { createConsoleAdapter } from "../../adapters/console/index.ts";
import { connectAdapter } from "../../src/core/runtime.ts";
import { silentLogger } from "../../src/core/logger.ts";
import { createDb, type Db } from "../../src/db.ts";
import { createLease } from "../../src/db/lease.ts";
import { createAuthKeyValueStore } from "../../src/db/whatsapp-auth-store.ts";
import { createWhatsAppSupport } from "../../src/whatsapp-support.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { dutch, localize, translator } from "../../src/i18n/index.ts";
import { GROUP, ManualTimers, SimulatedWhatsApp, waitUntil } from "./whatsapp-simulated.ts";

const noLoginOutput = { write: () => true } as unknown as NodeJS.WritableStream;

describe("the WhatsApp connection", () => {
  let h: Harness;
  const adapters: WhatsAppAdapter[] = [];
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => {
    for (const adapter of adapters.splice(0)) await adapter.stop();
    await h.close();
  });

  function makeAdapter(sim: SimulatedWhatsApp, timers: ManualTimers, extra: Partial<Parameters<typeof createWhatsAppAdapter>[0]> = {}) {
    const adapter = createWhatsAppAdapter({ authStore: createAuthKeyValueStore(h.db), makeSocket: sim.makeSocket, timers, loginOutput: noLoginOutput, env: {}, ...extra });
    adapters.push(adapter);
    return adapter;
  }

  it("reconnects after a dropped line with growing waits, and starts over after a good connection", async () => {
    const timers = new ManualTimers();
    const sim = new SimulatedWhatsApp(timers);
    const adapter = makeAdapter(sim, timers);
    await adapter.start(async () => undefined);
    await waitUntil(() => sim.sockets.length === 1);
    sim.open();
    expect(adapter.status()).toEqual({ ok: true, state: "connected" });

    sim.close(DisconnectReason.connectionLost);
    await waitUntil(() => adapter.status().state === "reconnecting");
    expect(adapter.status()).toMatchObject({ ok: false, state: "reconnecting" });
    await timers.advance(1_999);
    expect(sim.sockets).toHaveLength(1);
    await timers.advance(1);
    expect(sim.sockets).toHaveLength(2);

    sim.close(DisconnectReason.connectionClosed);
    await waitUntil(() => timers.pending > 0);
    await timers.advance(3_999);
    expect(sim.sockets).toHaveLength(2);
    await timers.advance(1);
    expect(sim.sockets).toHaveLength(3);

    sim.open();
    sim.close(DisconnectReason.timedOut);
    await waitUntil(() => timers.pending > 0);
    await timers.advance(2_000);
    expect(sim.sockets).toHaveLength(4);
    expect(timers.sleeps).toEqual([2_000, 4_000, 2_000]);

    // After the QR scan WhatsApp asks for a restart: that one is at once, no waiting.
    sim.close(DisconnectReason.restartRequired);
    await timers.advance(0);
    expect(sim.sockets).toHaveLength(5);
    expect(timers.sleeps).toHaveLength(3);
  });

  it("with WHATSAPP_PAIRING_NUMBER it asks once for a pairing code and shows it, not a QR code", async () => {
    const timers = new ManualTimers();
    const sim = new SimulatedWhatsApp(timers);
    const shown: string[] = [];
    const loginOutput = { write: (text: string) => shown.push(text) } as unknown as NodeJS.WritableStream;
    const adapter = makeAdapter(sim, timers, { env: { WHATSAPP_PAIRING_NUMBER: "+31 6 1234 5678" }, loginOutput });
    await adapter.start(async () => undefined);
    await waitUntil(() => sim.sockets.length === 1);
    sim.current.ev.emit("connection.update", { qr: "2@first" });
    sim.current.ev.emit("connection.update", { qr: "2@second" });
    await waitUntil(() => shown.length > 0);
    expect(sim.current.pairingRequests).toEqual(["31612345678"]);
    expect(shown.join("")).toContain("WhatsApp-koppelcode: ABCD1234");
    expect(shown.join("")).not.toContain("QR");
    expect(adapter.status()).toMatchObject({ ok: false, state: "awaiting-login" });
  });

  it("logged out by WhatsApp: status not ok, session forgotten, coördinator told on another platform", async () => {
    // The wijk also has a WhatsApp group; the console is the other platform that still works.
    await h.db.chat.create({ data: { wijkId: h.wijkId, platform: "whatsapp", externalId: GROUP, kind: "kartrekkers" } });
    const printed: string[] = [];
    const output = new PassThrough();
    output.on("data", (chunk) => printed.push(String(chunk)));
    h.app.outbox.register(createConsoleAdapter({ input: new PassThrough(), output, now: () => h.clock.now(), defaultSender: "Marieke" }));
    const support = createWhatsAppSupport({
      db: h.db,
      clock: h.clock,
      logger: silentLogger,
      send: (message) => h.app.outbox.send(message),
      platforms: () => h.app.outbox.platforms(),
    });
    const timers = new ManualTimers();
    const sim = new SimulatedWhatsApp(timers);
    const adapter = makeAdapter(sim, timers, { authStore: support.authStore, onLoggedOut: support.onLoggedOut });
    await connectAdapter(h.app.bot, adapter, h.app.outbox);
    await waitUntil(() => sim.sockets.length === 1);
    sim.current.ev.emit("creds.update", {});
    sim.open();
    await waitUntil(async () => (await h.db.authKV.count()) > 0);

    sim.close(DisconnectReason.loggedOut);
    await waitUntil(() => printed.length > 0);
    expect(adapter.status()).toMatchObject({ ok: false, state: "logged-out" });
    expect(localize(dutch, adapter.status().detail!)).toContain("opnieuw");
    expect(localize(translator("en"), adapter.status().detail!)).toContain("link it again");
    const announcement = printed.join("");
    expect(announcement).toContain("bot → kartrekkers");
    expect(announcement).toContain("@Marieke ⚠️ *WhatsApp is ontkoppeld.*");
    expect(announcement).toContain("Lewenborg XL");
    expect(await h.db.authKV.count()).toBe(0);
    // It does not keep knocking with dead credentials, and wrote nothing on WhatsApp itself.
    await timers.advance(10 * 60_000);
    expect(sim.sockets).toHaveLength(1);
    expect(sim.sent).toHaveLength(0);
  });

  describe("one connection per number, held through a lease", () => {
    let otherDb: Db;
    const T0 = Date.parse("2026-11-23T10:00:00Z");
    beforeEach(async () => {
      otherDb = await createDb(h.url);
    });
    afterEach(async () => {
      await otherDb.$disconnect();
    });

    /** One "process": its own database client, clock, simulated WhatsApp and adapter. */
    function processWith(db: Db, holder: string) {
      const timers = new ManualTimers();
      const sim = new SimulatedWhatsApp(timers);
      const adapter = makeAdapter(sim, timers, {
        authStore: createAuthKeyValueStore(db),
        leaseFor: (session) => createLease(db, { name: `whatsapp:${session}`, ttlMs: 40_000, holder, now: () => new Date(T0 + timers.now()) }),
      });
      return { timers, sim, adapter };
    }

    /** Lets a process's clock run in steps, each time until its loop sleeps again. */
    async function run(p: ReturnType<typeof processWith>, ms: number, stepMs = 5_000) {
      for (let passed = 0; passed < ms; passed += stepMs) {
        await p.timers.advance(stepMs);
        await waitUntil(() => p.timers.pending > 0);
      }
    }

    it("the second process waits on standby and takes over within a minute when the first stops answering", async () => {
      const a = processWith(h.db, "A");
      const b = processWith(otherDb, "B");
      await a.adapter.start(async () => undefined);
      await waitUntil(() => a.sim.sockets.length === 1);
      a.sim.open();
      await b.adapter.start(async () => undefined);
      await waitUntil(() => b.adapter.status().state === "standby");
      expect(b.adapter.status().ok).toBe(true);

      // A keeps renewing while its clock runs: B stays on standby.
      await run(a, 30_000);
      await run(b, 30_000);
      expect(b.sim.sockets).toHaveLength(0);

      // A hangs (its clock stands still, no renewals): B takes over once the lease ran out.
      await run(b, 40_000);
      await waitUntil(() => b.sim.sockets.length === 1);
      b.sim.open();
      expect(b.adapter.status().state).toBe("connected");

      // A wakes up, fails to renew, and closes its socket instead of fighting over the number.
      await a.timers.advance(10_000);
      await waitUntil(() => a.sim.current.ended);
      await waitUntil(() => a.adapter.status().state === "standby");
    });

    it("a process that stops releases the lease, so the other connects at its next try", async () => {
      const a = processWith(h.db, "A");
      const b = processWith(otherDb, "B");
      await a.adapter.start(async () => undefined);
      await waitUntil(() => a.sim.sockets.length === 1);
      await b.adapter.start(async () => undefined);
      await waitUntil(() => b.adapter.status().state === "standby");
      await a.adapter.stop();
      expect(a.sim.current.ended).toBe(true);
      await b.timers.advance(10_000);
      await waitUntil(() => b.sim.sockets.length === 1);
    });
  });
});
