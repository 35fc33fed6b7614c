import { afterEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { createApp } from "../../src/app.ts";
import { silentLogger } from "../../src/core/logger.ts";
import { connectAdapter } from "../../src/core/runtime.ts";
import type { OutboxTiming } from "../../src/core/outbox.ts";
import { createRecordingAdapter } from "../helpers/recording-adapter.ts";
import { TELEGRAM_SEND_POLICY } from "../../adapters/telegram/send.ts";
import { consoleId } from "../../src/services/seed-demo-wijk.ts";

const BURST = 500;
const GROUP = "-1001234567890";

/** Virtual time for the outbox: a sleep moves it forward at once, so an hour of pacing takes no real time. */
function virtualTiming(): OutboxTiming {
  let now = Date.UTC(2026, 0, 5, 8, 0);
  return {
    now: () => now,
    async sleep(ms) {
      now += ms;
    },
  };
}

describe("a burst of 500 messages in one group", () => {
  let h: Harness;
  afterEach(async () => h?.close());

  it("is processed in order and answered in order, never faster than the platform allows", async () => {
    h = await createHarness();
    await h.db.chat.create({ data: { wijkId: h.wijkId, platform: "telegram", externalId: GROUP, kind: "kartrekkers", title: "kartrekkers" } });
    const marieke = await h.db.person.findFirstOrThrow({ where: { wijkId: h.wijkId, displayName: "Marieke" } });
    await h.db.identity.create({ data: { wijkId: h.wijkId, personId: marieke.id, platform: "telegram", externalId: consoleId("Marieke") } });
    const timing = virtualTiming();
    const app = createApp({ db: h.db, clock: h.clock, logger: silentLogger, outboxTiming: timing });
    // Telegram at its edge: its real send policy (group: one message a second, 20 a minute), updates handed
    // to the core one after another as grammY does, every send recorded with the outbox's (virtual) time.
    const telegram = createRecordingAdapter({ name: "telegram", sendPolicy: TELEGRAM_SEND_POLICY, clock: { now: () => new Date(timing.now()) } });
    await connectAdapter(app.bot, telegram, app.outbox);

    const started = Date.now();
    for (let i = 1; i <= BURST; i++) {
      h.clock.advance(1000);
      await telegram.receive(h.message("Marieke", `/actie bereik watertappunt ${i}`, { platform: "telegram", chat: GROUP, messageId: `burst-${i}` }));
    }
    await app.outbox.idle();
    const realMs = Date.now() - started;

    // The database reflects the order: the last value wins and the history runs 1 … 500.
    const action = await h.db.action.findFirstOrThrow({ where: { wijkId: h.wijkId, shortName: "watertappunt" } });
    expect(action.reachReached).toBe(BURST);
    const history = await h.db.historyEntry.findMany({ where: { actionId: action.id, field: "reachReached" }, orderBy: [{ createdAt: "asc" }] });
    expect(history.map((e) => Number(e.toValue))).toEqual(Array.from({ length: BURST }, (_, i) => i + 1));

    // One reply per message, in the order of the messages, all to the group.
    expect(telegram.sent).toHaveLength(BURST);
    expect(telegram.sent.every((s) => s.chatId === GROUP)).toBe(true);
    const answered = telegram.sent.map((s) => Number(/([\d.]+) bereikt/.exec(s.text)?.[1]?.replace(/\./g, "") ?? NaN));
    expect(answered).toEqual(Array.from({ length: BURST }, (_, i) => i + 1));

    // Paced within Telegram's group limits: ≥ 1 s apart and no 60-s window with more than 20.
    const times = telegram.sent.map((s) => s.atMs);
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(1000);
    for (let i = 20; i < times.length; i++) expect(times[i] - times[i - 20]).toBeGreaterThanOrEqual(60_000);
    // …and not slower than needed: 1,000 replies at 20 a minute take about 50 minutes of platform time.
    expect(times.at(-1)! - times[0]).toBeLessThan(51 * 60_000);
    expect(realMs).toBeLessThan(120_000);
  }, 150_000);
});
