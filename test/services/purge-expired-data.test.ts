import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { DEFAULT_RETENTION_DAYS, MIN_RETENTION_DAYS, purgeExpiredData, retentionDaysFrom } from "../../src/services/purge-expired-data.ts";

const demo = useDemoWijk();
const DAY_MS = 24 * 3600_000;

describe("retentionDaysFrom (RETENTION_DAYS)", () => {
  it("reads a whole number of days, never below the minimum; anything else is the default", () => {
    expect(retentionDaysFrom({ RETENTION_DAYS: "60" })).toBe(60);
    expect(retentionDaysFrom({ RETENTION_DAYS: "3" })).toBe(MIN_RETENTION_DAYS);
    expect(retentionDaysFrom({ RETENTION_DAYS: "twee weken" })).toBe(DEFAULT_RETENTION_DAYS);
    expect(retentionDaysFrom({})).toBe(DEFAULT_RETENTION_DAYS);
  });
});

describe("purgeExpiredData", () => {
  it("deletes bookkeeping older than the retention and keeps what is newer or still needed", async () => {
    const { db, wijkId, now } = demo();
    const daysAgo = (n: number) => new Date(now.getTime() - n * DAY_MS);
    await db.processedMessage.createMany({
      data: [
        { platform: "console", chatId: "kartrekkers", messageId: "old", processedAt: daysAgo(31) },
        { platform: "console", chatId: "kartrekkers", messageId: "new", processedAt: daysAgo(29) },
      ],
    });
    await db.pendingPrompt.createMany({
      data: [
        { platform: "console", chatId: "dm:fatima", senderId: "fatima", payload: "{}", expiresAt: new Date(now.getTime() - 1000) },
        { platform: "console", chatId: "dm:joke", senderId: "joke", payload: "{}", expiresAt: new Date(now.getTime() + 60_000) },
      ],
    });
    await db.joinCode.createMany({
      data: [
        { code: "USEDLONG", wijkId, kind: "kartrekkers", usedAt: daysAgo(40), expiresAt: daysAgo(35), createdAt: daysAgo(41) },
        { code: "STILLOK2", wijkId, kind: "kartrekkers", expiresAt: new Date(now.getTime() + DAY_MS), createdAt: daysAgo(6) },
      ],
    });
    await db.delivery.createMany({
      data: [
        { key: "sent-old", wijkId, kind: "deadline", dueAt: daysAgo(40), sentAt: daysAgo(40), status: "sent" },
        { key: "sent-new", wijkId, kind: "deadline", dueAt: daysAgo(2), sentAt: daysAgo(2), status: "sent" },
        { key: "dead-old", wijkId, kind: "deadline", dueAt: daysAgo(40), status: "dead" },
        { key: "pending-old", wijkId, kind: "deadline", dueAt: daysAgo(40), status: "pending" },
      ],
    });

    const counts = await purgeExpiredData(db, { now, retentionDays: 30 });

    expect(counts).toEqual({ processedMessages: 1, pendingPrompts: 1, joinCodes: 1, identityLinkCodes: 0, deliveries: 1 });
    expect((await db.processedMessage.findMany()).map((m) => m.messageId)).toEqual(["new"]);
    expect((await db.pendingPrompt.findMany()).map((p) => p.senderId)).toEqual(["joke"]);
    expect((await db.joinCode.findMany()).map((c) => c.code)).toEqual(["STILLOK2"]);
    expect((await db.delivery.findMany({ orderBy: { key: "asc" } })).map((d) => d.key)).toEqual(["dead-old", "pending-old", "sent-new"]);
  });

  it("never keeps less than the minimum, whatever it is asked", async () => {
    const { db, now } = demo();
    await db.processedMessage.create({ data: { platform: "console", chatId: "kartrekkers", messageId: "m", processedAt: new Date(now.getTime() - 5 * DAY_MS) } });
    expect((await purgeExpiredData(db, { now, retentionDays: 1 })).processedMessages).toBe(0);
    expect(await db.processedMessage.count()).toBe(1);
  });
});
