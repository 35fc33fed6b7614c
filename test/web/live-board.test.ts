import { afterEach, describe, expect, it } from "vitest";
import { PassThrough } from "node:stream";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { createConsoleAdapter } from "../../adapters/console/index.ts";
import { connectAdapter } from "../../src/core/runtime.ts";
import type { Adapter, MessageHandler, OutgoingMessage, SentMessage } from "../../src/core/types.ts";
import { telegramDriver } from "../adapters/drivers/telegram-driver.ts";

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
    const plain = new RecordingAdapter("plain");
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

/** An adapter for a platform without edit: records what it was asked to send and pin. */
class RecordingAdapter implements Adapter {
  sent: OutgoingMessage[] = [];
  refs: SentMessage[] = [];
  pinned: SentMessage[] = [];
  constructor(readonly name: string) {}
  async start(_onMessage: MessageHandler) {}
  async send(message: OutgoingMessage) {
    this.sent.push(message);
    const ref = { platform: this.name, chatId: message.chatId, messageId: `m${this.sent.length}` };
    this.refs.push(ref);
    return ref;
  }
  async pin(sent: SentMessage) {
    this.pinned.push(sent);
  }
  async stop() {}
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 5000) {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
