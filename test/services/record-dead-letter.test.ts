import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { chatHash, DEAD_LETTER_RETENTION_MS, recordDeadLetter } from "../../src/services/record-dead-letter.ts";
import { listDeadLetters } from "../../src/services/list-dead-letters.ts";
import { countOpenDeliveries, DELIVERY_OVERDUE_MS } from "../../src/services/count-open-deliveries.ts";

const demo = useDemoWijk();
const MINUTE_MS = 60_000;

describe("recordDeadLetter (a message the outbox gave up on)", () => {
  it("stores it under the wijk of its group chat, with the chat id hashed and the reason short", async () => {
    const { db, wijkId, now } = demo();
    await recordDeadLetter(db, { platform: "console", chatId: "kartrekkers", what: "send", attempts: 5, error: { name: "HttpError", status: 403 } }, now);
    const [letter] = await db.deadLetter.findMany();
    expect(letter).toMatchObject({ wijkId, platform: "console", chatHash: chatHash("console", "kartrekkers"), what: "send", reason: "HttpError 403", attempts: 5 });
    expect(letter.chatHash).not.toContain("kartrekkers");
  });

  it("finds the wijk of a direct message through the person's identity", async () => {
    const { db, wijkId, now } = demo();
    await recordDeadLetter(db, { platform: "console", chatId: "dm:fatima", what: "send", attempts: 1, error: {} }, now);
    expect(await db.deadLetter.findFirstOrThrow()).toMatchObject({ wijkId, reason: null });
  });

  it("removes dead letters older than the retention", async () => {
    const { db, now } = demo();
    const gaveUp = { platform: "console", chatId: "kartrekkers", what: "send" as const, attempts: 1, error: {} };
    await recordDeadLetter(db, gaveUp, new Date(now.getTime() - DEAD_LETTER_RETENTION_MS - MINUTE_MS));
    await recordDeadLetter(db, gaveUp, now);
    expect(await db.deadLetter.count()).toBe(1);
  });
});

describe("listDeadLetters (/status)", () => {
  it("counts the wijk's dead letters since a moment and shows the newest, with the chat's name", async () => {
    const { db, wijkId, now } = demo();
    for (const [minutes, chatId] of [[30, "kartrekkers"], [20, "stuurgroep"], [10, "kartrekkers"]] as const) {
      await recordDeadLetter(db, { platform: "console", chatId, what: "send", attempts: 3, error: { name: "Timeout" } }, new Date(now.getTime() - minutes * MINUTE_MS));
    }
    const { total, recent } = await listDeadLetters(db, { wijkId, since: new Date(now.getTime() - 25 * MINUTE_MS), limit: 1 });
    expect(total).toBe(2);
    expect(recent).toEqual([{ at: new Date(now.getTime() - 10 * MINUTE_MS), platform: "console", chat: "kartrekkers", what: "send", reason: "Timeout", attempts: 3 }]);
  });
});

describe("countOpenDeliveries (/status)", () => {
  it("counts pending deliveries, the overdue among them, and recent dead ones with their most attempts", async () => {
    const { db, wijkId, now } = demo();
    const ago = (ms: number) => new Date(now.getTime() - ms);
    await db.delivery.createMany({
      data: [
        { key: "due-soon", wijkId, kind: "deadline", dueAt: new Date(now.getTime() + MINUTE_MS), status: "pending" },
        { key: "late", wijkId, kind: "deadline", dueAt: ago(DELIVERY_OVERDUE_MS + MINUTE_MS), status: "pending" },
        { key: "dead-1", wijkId, kind: "deadline", dueAt: ago(MINUTE_MS), status: "dead", attempts: 4 },
        { key: "dead-2", wijkId, kind: "deadline", dueAt: ago(2 * MINUTE_MS), status: "dead", attempts: 7 },
        { key: "sent", wijkId, kind: "deadline", dueAt: ago(MINUTE_MS), status: "sent" },
      ],
    });
    expect(await countOpenDeliveries(db, { wijkId, now })).toEqual({ pending: 2, overdue: 1, dead: 2, maxAttempts: 7 });
  });
});
