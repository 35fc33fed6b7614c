import { describe, expect, it } from "vitest";
import { Outbox } from "../../src/core/outbox.ts";
import { silentLogger } from "../../src/core/logger.ts";
import { ManualClock } from "../../src/core/clock.ts";
import type { OutgoingMessage, SendPolicy } from "../../src/core/types.ts";
import { createRecordingAdapter, type RecordingAdapterOptions } from "../helpers/recording-adapter.ts";
import { VirtualTime } from "../faults/virtual-time.ts";

/** A platform pacing one message a second per chat; what reaches it is recorded with virtual time. */
function setup(policy: Partial<SendPolicy> = {}, fail?: RecordingAdapterOptions["fail"]) {
  const time = new VirtualTime(new ManualClock(new Date("2026-01-05T09:00:00Z")));
  const adapter = createRecordingAdapter({ name: "telegram", clock: time.clock, sendPolicy: { pace: () => ({ minIntervalMs: 1000 }), ...policy }, fail });
  const outbox = new Outbox(silentLogger, time);
  outbox.register(adapter);
  const start = time.now();
  return { time, outbox, adapter, sent: adapter.sent, texts: () => adapter.sent.map((s) => s.text), secondsAfterStart: () => adapter.sent.map((s) => (s.atMs - start) / 1000) };
}

const reply = (text: string, extra: Partial<OutgoingMessage> = {}): OutgoingMessage => ({ platform: "telegram", chatId: "-100", text, ...extra });

describe("replies waiting for the same chat go out as one message (issue 12, defect 3)", () => {
  it("merges the plain replies waiting at a send's turn, in order, and settles each with that one message", async () => {
    const { time, outbox, texts, secondsAfterStart } = setup();
    const first = outbox.reply(reply("een"));
    await time.settle();
    // These three wait for the platform's second: they go together, one message instead of three seconds.
    const rest = ["twee", "drie", "vier"].map((text) => outbox.reply(reply(text)));
    await time.runUntil(time.now() + 10_000);
    expect(texts()).toEqual(["een", "twee\n\ndrie\n\nvier"]);
    expect(secondsAfterStart()).toEqual([0, 1]);
    expect(await first).toMatchObject({ messageId: "1" });
    expect(await Promise.all(rest)).toEqual(Array(3).fill({ platform: "telegram", chatId: "-100", messageId: "2" }));
  });

  it("keeps order around what cannot be merged: buttons, board cards and scheduled messages go alone", async () => {
    const { time, outbox, texts } = setup();
    void outbox.reply(reply("een"));
    await time.settle();
    void outbox.reply(reply("twee"));
    void outbox.reply(reply("welke?", { choices: [{ label: "A", answer: "1" }] }));
    void outbox.reply(reply("drie"));
    void outbox.send(reply("herinnering"), { beforeAttempt: () => true });
    void outbox.reply(reply("vier"));
    void outbox.reply(reply("vijf"));
    await time.runUntil(time.now() + 20_000);
    expect(texts()).toEqual(["een", "twee", "welke?", "drie", "herinnering", "vier\n\nvijf"]);
  });

  it("stays within the platform's length and never mixes chats", async () => {
    const { time, outbox, sent } = setup({ maxTextChars: 25 });
    void outbox.reply(reply("0000000000"));
    await time.settle();
    for (const text of ["aaaaaaaaaa", "bbbbbbbbbb", "cccccccccc", "dddddddddd", "eeeeeeeeee"]) void outbox.reply(reply(text));
    void outbox.reply({ ...reply("ander"), chatId: "-200" });
    await time.runUntil(time.now() + 20_000);
    expect(sent.filter((s) => s.chatId === "-100").map((s) => s.text)).toEqual([
      "0000000000",
      "aaaaaaaaaa\n\nbbbbbbbbbb",
      "cccccccccc\n\ndddddddddd",
      "eeeeeeeeee",
    ]);
    expect(sent.filter((s) => s.chatId === "-200").map((s) => s.text)).toEqual(["ander"]);
    expect(Math.max(...sent.map((s) => s.text.length))).toBeLessThanOrEqual(25);
  });

  it("leaves plain send() alone (proactive messages keep their own pace) and merges nothing on an unpaced platform", async () => {
    const paced = setup();
    for (const text of ["een", "twee", "drie"]) void paced.outbox.send(reply(text));
    await paced.time.runUntil(paced.time.now() + 10_000);
    expect(paced.texts()).toEqual(["een", "twee", "drie"]);

    const unpaced = setup({ pace: undefined });
    for (const text of ["een", "twee", "drie"]) void unpaced.outbox.reply(reply(text));
    await unpaced.time.runUntil(unpaced.time.now() + 10_000);
    expect(unpaced.texts()).toEqual(["een", "twee", "drie"]);
  });

  it("a merged message that fails is retried as one and, given up, settles every reply in it as not sent", async () => {
    const badGateway = Object.assign(new Error("Bad Gateway"), { status: 502 });
    const { time, outbox, sent, adapter } = setup({ retries: 1, backoffMs: 1000 }, (attempt) => (attempt >= 2 ? badGateway : undefined));
    void outbox.reply(reply("een"));
    await time.settle();
    const merged = ["twee", "drie"].map((text) => outbox.reply(reply(text)));
    await time.runUntil(time.now() + 30_000);
    expect(await Promise.all(merged)).toEqual([undefined, undefined]);
    expect(adapter.attempts.map((m) => m.text)).toEqual(["een", "twee\n\ndrie", "twee\n\ndrie"]);
    expect(sent.map((s) => s.text)).toEqual(["een"]);
  });
});
