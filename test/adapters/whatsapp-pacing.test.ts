import { afterEach, describe, expect, it } from "vitest";
import { createWhatsAppAdapter, DEFAULT_CHAT_GAP_MS, type WhatsAppAdapter } from "../../adapters/whatsapp/index.ts";
import { Outbox } from "../../src/core/outbox.ts";
import { silentLogger } from "../../src/core/logger.ts";
import { GROUP, ManualTimers, SimulatedWhatsApp, waitUntil } from "./whatsapp-simulated.ts";

const DM = "104512345678901@lid";
const memoryStore = () => {
  const rows = new Map<string, string>();
  return { get: async (id: string) => rows.get(id) ?? null, set: async (id: string, v: string) => void rows.set(id, v), del: async (id: string) => void rows.delete(id) };
};

describe("WhatsApp never bursts: one paced queue per chat, through the one send path", () => {
  let adapter: WhatsAppAdapter;
  afterEach(async () => adapter?.stop());

  async function connected(env: NodeJS.ProcessEnv = {}) {
    const timers = new ManualTimers();
    const sim = new SimulatedWhatsApp(timers);
    adapter = createWhatsAppAdapter({ authStore: memoryStore(), isChatAllowed: async () => true, makeSocket: sim.makeSocket, timers, env });
    const outbox = new Outbox(silentLogger, timers);
    outbox.register(adapter);
    await adapter.start(async () => undefined);
    await waitUntil(() => sim.sockets.length > 0);
    sim.open();
    return { timers, sim, outbox };
  }

  it("messages into one group are 3 s apart; another chat goes in between, 1 s after the previous send", async () => {
    const { timers, sim, outbox } = await connected();
    const sends = [1, 2, 3].map((n) => outbox.send({ platform: "whatsapp", chatId: GROUP, text: `Herinnering ${n}` }));
    sends.push(outbox.send({ platform: "whatsapp", chatId: DM, text: "Persoonlijk" }));
    for (let t = 0; t < 10_000; t += 250) await timers.advance(250);
    await Promise.all(sends);
    expect(sim.sent.map((s) => [s.jid, s.message.message?.extendedTextMessage?.text, s.at])).toEqual([
      [GROUP, "Herinnering 1", 0],
      [DM, "Persoonlijk", 1_000],
      [GROUP, "Herinnering 2", DEFAULT_CHAT_GAP_MS],
      [GROUP, "Herinnering 3", 2 * DEFAULT_CHAT_GAP_MS],
    ]);
  });

  it("a group gets at most 10 messages a minute; the 11th waits for the minute to pass", async () => {
    const { timers, sim, outbox } = await connected();
    const sends = Array.from({ length: 11 }, (_, i) => outbox.send({ platform: "whatsapp", chatId: GROUP, text: `Bericht ${i + 1}` }));
    for (let t = 0; t < 70_000; t += 1_000) await timers.advance(1_000);
    await Promise.all(sends);
    const times = sim.sent.map((s) => s.at);
    expect(times.slice(0, 10)).toEqual(Array.from({ length: 10 }, (_, i) => i * DEFAULT_CHAT_GAP_MS));
    expect(times[10]).toBe(60_000);
  });

  it("WHATSAPP_MESSAGE_GAP_SECONDS sets the gap", async () => {
    const { timers, sim, outbox } = await connected({ WHATSAPP_MESSAGE_GAP_SECONDS: "5" });
    const sends = [1, 2].map((n) => outbox.send({ platform: "whatsapp", chatId: DM, text: `Bericht ${n}` }));
    for (let t = 0; t < 6_000; t += 500) await timers.advance(500);
    await Promise.all(sends);
    expect(sim.sent.map((s) => s.at)).toEqual([0, 5_000]);
  });

  it("while the line is down, a message waits and is retried (not lost) until WhatsApp is back", async () => {
    const { timers, sim, outbox } = await connected();
    sim.close(408);
    await waitUntil(() => adapter.status().state === "reconnecting");
    const sending = outbox.send({ platform: "whatsapp", chatId: GROUP, text: "Komt later aan" });
    await timers.advance(2_000);
    await waitUntil(() => sim.sockets.length === 2);
    sim.open();
    for (let t = 0; t < 10_000; t += 500) await timers.advance(500);
    expect(await sending).toMatchObject({ chatId: GROUP });
    expect(sim.textsTo(GROUP)).toEqual(["Komt later aan"]);
  });
});
