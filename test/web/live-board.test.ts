import { afterEach, describe, expect, it } from "vitest";
import { PassThrough } from "node:stream";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { createConsoleAdapter } from "../../adapters/console/index.ts";
import { connectAdapter } from "../../src/core/runtime.ts";
import { createRecordingAdapter } from "../helpers/recording-adapter.ts";
import { telegramDriver } from "../adapters/drivers/telegram-driver.ts";
import { trackHandled } from "../adapters/drivers/support.ts";
import { pinsIn, SimulatedWhatsApp, waitUntil } from "../adapters/whatsapp-simulated.ts";
import { createWhatsAppAdapter, type WhatsAppAdapter } from "../../adapters/whatsapp/index.ts";
import { createAuthKeyValueStore } from "../../src/db/whatsapp-auth-store.ts";
import { createJoinCode } from "../../src/services/create-join-code.ts";
import { proto } from "@whiskeysockets/baileys";

let h: Harness | undefined;
afterEach(async () => {
  h?.app.liveBoard.stop();
  await h?.close();
  h = undefined;
});

async function settle(harness: Harness) {
  await harness.app.liveBoard.idle();
  await harness.app.outbox.idle();
}

describe("the live board message", () => {
  it("is posted once by /overzicht vastzetten and edited (not re-posted) after /actie klaar, through the console adapter", async () => {
    h = await createHarness();
    const input = new PassThrough();
    let output = "";
    const sink = new PassThrough();
    sink.on("data", (chunk) => (output += String(chunk)));
    const adapter = createConsoleAdapter({ input, output: sink, now: () => h!.clock.now(), defaultSender: "Marieke", strict: true });
    await connectAdapter(h.app.bot, adapter, h.app.outbox);

    input.write("Marieke: /overzicht vastzetten\n");
    await waitFor(async () => Boolean((await h!.db.chat.findFirstOrThrow({ where: { externalId: "kartrekkers" } })).boardMessageId));
    await settle(h);
    input.end("Fatima: /actie klaar watertappunt\n");
    await adapter.done;
    await settle(h);

    const posts = output.split(/(?=\[\d{4}-\d\d-\d\d \d\d:\d\d\] bot )/);
    const boards = posts.filter((p) => p.includes("*Overzicht Lewenborg XL*"));
    expect(boards).toHaveLength(2);
    expect(boards[0]).toMatch(/^\[2026-01-05 09:00\] bot → kartrekkers:\n/);
    expect(boards[0]).toContain("- Watertappunt in de wijk — Fatima");
    expect(boards[1]).toMatch(/^\[2026-01-05 09:00\] bot ✎ kartrekkers \(bericht bijgewerkt\):\n/);
    expect(boards[1]).toContain("Klaar (2): Gezonde School vignet voor alle scholen; Watertappunt in de wijk");
    expect(boards[1]).toContain("Het hele overzicht: http://localhost:3978/w/");
    expect(output).toContain("📌 Ik zet het overzicht hier vast.");
    expect(output).toContain("✅ Watertappunt in de wijk (Gezond) staat op klaar.");
  });

  it("is refused in a private chat and for a kartrekker", async () => {
    h = await createHarness();
    const [refused] = await h.say("Fatima", "/overzicht vastzetten");
    expect(refused).toMatch(/^Alleen de coördinator .*aanjager kan het overzicht vastzetten\.$/);
    expect((await h.db.chat.findFirstOrThrow({ where: { externalId: "kartrekkers" } })).boardPinnedAt).toBeNull();
    await h.say("Marieke", "/help");
    expect(await h.say("Marieke", "/overzicht vastzetten", { chat: "dm" })).toEqual([
      "Het overzicht vastzetten kan alleen in een groep. Typ /overzicht vastzetten in de groep van je wijk.",
    ]);
  });

  it("is posted anew at most once an hour on a platform that cannot edit, and pinned where it can", async () => {
    h = await createHarness();
    const plain = createRecordingAdapter({ name: "plain", canPin: true }); // a platform without edit
    await connectAdapter(h.app.bot, plain, h.app.outbox);
    await h.db.chat.create({ data: { wijkId: h.wijkId, platform: "plain", externalId: "groep-1", kind: "kartrekkers" } });
    const send = (name: string, text: string) => h!.send(name, text, { platform: "plain", chat: "groep-1" }).then((out) => Promise.all(out.map((m) => h!.app.outbox.send(m))));
    const consoleId = async (name: string) => (await h!.db.person.findFirstOrThrow({ where: { displayName: name } })).id;
    for (const name of ["Marieke", "Fatima", "Joke"]) {
      await h.db.identity.create({ data: { wijkId: h.wijkId, personId: await consoleId(name), platform: "plain", externalId: name.toLowerCase() } });
    }

    await send("Marieke", "/overzicht vastzetten");
    await settle(h);
    const boards = () => plain.sent.filter((m) => m.text.startsWith("*Overzicht"));
    expect(boards()).toHaveLength(1);
    expect(plain.pinned).toEqual([plain.refs[plain.sent.indexOf(boards()[0])]]);

    await send("Fatima", "/actie klaar watertappunt");
    await send("Joke", "/actie bezig betrokkenheid cb");
    await settle(h);
    expect(boards()).toHaveLength(1);

    h.clock.advance(61 * 60_000);
    await send("Fatima", "/actie update watertappunt kraan geplaatst");
    await settle(h);
    expect(boards()).toHaveLength(2);
    expect(boards()[1].text).toContain("Klaar (2)");
  });

  it("is edited with Telegram's editMessageText (emulator) after /actie klaar", async () => {
    const telegram = telegramDriver();
    h = await telegram.start();
    try {
      await telegram.bindChat();
      await h.db.person.updateMany({ where: { displayName: "Kim" }, data: { role: "coordinator" } });
      await telegram.sendText("Kim", "/overzicht vastzetten");
      await settle(h);
      const server = telegram.server();
      const boardMessages = () => server.storage.botMessages.filter((m) => String(m.message.text).includes("Overzicht Lewenborg XL"));
      expect(boardMessages()).toHaveLength(1);
      const messageId = boardMessages()[0].messageId;
      expect(String(boardMessages()[0].message.text)).not.toContain("Klaar (2)");

      await telegram.sendText("Kim", "/actie klaar watertappunt");
      await settle(h);
      expect(boardMessages()).toHaveLength(1);
      expect(boardMessages()[0].messageId).toBe(messageId);
      expect(String(boardMessages()[0].message.text)).toContain("Klaar (2)");
      const chat = await h.db.chat.findFirstOrThrow({ where: { platform: "telegram" } });
      expect(chat.boardMessageId).toBe(String(messageId));
    } finally {
      h.app.liveBoard.stop();
      await telegram.stop();
      h = undefined;
    }
  });
});

describe("the live board on WhatsApp (simulated Baileys socket, the app's clock as WhatsApp's time)", () => {
  const MINUTE = 60_000;
  const DAY = 24 * 60 * MINUTE;
  const ANNEKE = { lid: "104512345678901@lid", pn: "31612345678@s.whatsapp.net", name: "Anneke" };
  let sim: SimulatedWhatsApp;
  let adapter: WhatsAppAdapter | undefined;
  let handled = 0;
  let tracker: ReturnType<typeof trackHandled>;
  afterEach(async () => {
    await adapter?.stop();
    adapter = undefined;
  });

  /** Anneke (coördinator) writes in the bound group; resolves when the reply and the board's work are done. */
  async function say(text: string) {
    sim.groupText(text, ANNEKE);
    await tracker.waitFor(++handled);
    await settle(h!);
  }
  const text = (m: proto.IWebMessageInfo) => m.message?.extendedTextMessage?.text ?? m.message?.conversation ?? "";
  const boards = () => sim.sent.filter((s) => text(s.message).startsWith("*Overzicht")).map((s) => ({ id: s.message.key!.id!, text: text(s.message), at: s.at }));
  const edits = () => sim.sent.filter((s) => s.message.message?.protocolMessage?.type === proto.Message.ProtocolMessage.Type.MESSAGE_EDIT);
  const chatRow = () => h!.db.chat.findFirstOrThrow({ where: { platform: "whatsapp" } });

  async function start() {
    h = await createHarness();
    const timers = { now: () => h!.clock.now().getTime(), sleep: async () => undefined };
    sim = new SimulatedWhatsApp(timers);
    adapter = createWhatsAppAdapter({
      authStore: createAuthKeyValueStore(h.db),
      isChatAllowed: async (chatId) => Boolean(await h!.db.chat.findFirst({ where: { platform: "whatsapp", externalId: chatId } })),
      makeSocket: sim.makeSocket,
      timers,
      pacing: { perChatMs: 0, numberWideMs: 0, perGroupPerMinute: 1000 },
      env: {},
    });
    handled = 0;
    tracker = trackHandled(adapter, h.app.outbox);
    await connectAdapter(h.app.bot, adapter, h.app.outbox);
    await waitUntil(() => sim.sockets.length > 0);
    sim.open();
    const code = await createJoinCode(h.db, { wijkId: h.wijkId, kind: "kartrekkers", now: h.clock.now() });
    await say(`/koppel ${code.code}`);
    await h.db.person.updateMany({ where: { displayName: "Anneke" }, data: { role: "coordinator" } });
  }

  it("is edited for 15 minutes, then posted anew at most once an hour — also when WhatsApp refuses an edit — pinned for 7 days, the old board unpinned", async () => {
    await start();
    const t0 = h!.clock.now().getTime();
    await say("/overzicht vastzetten");
    const [first] = boards();
    expect(boards()).toHaveLength(1);
    expect(pinsIn(sim.sent)).toEqual([{ id: first.id, pinned: true, seconds: 7 * 24 * 3600, at: t0 }]);
    expect((await chatRow()).boardPinnedUntil?.getTime()).toBe(t0 + 7 * DAY);

    // Within WhatsApp's 15 minutes: the board is edited in place.
    h!.clock.advance(5 * MINUTE);
    await say("/actie klaar watertappunt");
    expect(edits().map((e) => e.message.message!.protocolMessage!.key!.id)).toEqual([first.id]);
    expect(boards()).toHaveLength(1);

    // After it: no edit is tried, and no fresh board before the hour is up.
    h!.clock.advance(20 * MINUTE);
    await say("/actie bezig betrokkenheid cb");
    h!.clock.advance(30 * MINUTE);
    await h!.app.liveBoard.upkeep();
    expect(edits()).toHaveLength(1);
    expect(sim.refusedEdits).toEqual([]);
    expect(boards()).toHaveLength(1);

    // An hour after the last post: one fresh board with both changes, pinned; the old one unpinned.
    h!.clock.advance(6 * MINUTE);
    await h!.app.liveBoard.upkeep();
    const [, second] = boards();
    expect(boards()).toHaveLength(2);
    expect(second.at).toBe(t0 + 61 * MINUTE);
    expect(second.text).toContain("Klaar (2)");
    expect(second.text).toContain("Verhoogde betrokkenheid CB en GGD");
    expect(pinsIn(sim.sent).slice(1)).toEqual([
      { id: first.id, pinned: false, seconds: 0, at: second.at },
      { id: second.id, pinned: true, seconds: 7 * 24 * 3600, at: second.at },
    ]);

    // WhatsApp refuses an edit inside the window (the message was deleted): a fresh board, but only after the hour.
    sim.refuseEdits = true;
    h!.clock.advance(5 * MINUTE);
    await say("/actie bezig wijkwebsite");
    expect(sim.refusedEdits).toEqual([second.id]);
    expect(boards()).toHaveLength(2);
    h!.clock.advance(50 * MINUTE);
    await h!.app.liveBoard.upkeep();
    expect(boards()).toHaveLength(2);
    h!.clock.advance(6 * MINUTE);
    await h!.app.liveBoard.upkeep();
    expect(boards()).toHaveLength(3);
    expect(boards()[2].at).toBe(second.at + 61 * MINUTE);
    expect(pinsIn(sim.sent).at(-1)).toMatchObject({ id: boards()[2].id, pinned: true });
    expect((await chatRow()).boardMessageId).toBe(boards()[2].id);
  });

  it("has its pin renewed a day before WhatsApp drops it (pins last 7 days here, 30 at most)", async () => {
    await start();
    await say("/overzicht vastzetten");
    const [board] = boards();
    const pinnedAt = h!.clock.now().getTime();

    h!.clock.advance(5 * DAY);
    await h!.app.liveBoard.upkeep();
    expect(pinsIn(sim.sent)).toHaveLength(1);

    h!.clock.advance(DAY + MINUTE);
    await h!.app.liveBoard.upkeep();
    await h!.app.liveBoard.upkeep();
    const renewedAt = pinnedAt + 6 * DAY + MINUTE;
    expect(pinsIn(sim.sent)).toEqual([
      { id: board.id, pinned: true, seconds: 7 * 24 * 3600, at: pinnedAt },
      { id: board.id, pinned: true, seconds: 7 * 24 * 3600, at: renewedAt },
    ]);
    expect((await chatRow()).boardPinnedUntil?.getTime()).toBe(renewedAt + 7 * DAY);
    // The same message stays the board: no fresh post for a pin.
    expect(boards()).toHaveLength(1);
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 5000) {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
