import { describe, expect, it } from "vitest";
import { useTestDb } from "../helpers/harness.ts";
import { seedDemoWijk } from "../../src/services/seed-demo-wijk.ts";
import { TRANSCRIPT_START } from "../../src/transcript.ts";
import { isUniqueViolationInDriver, newCuid, sqlOf } from "../../src/db/sql.ts";
import { findChatBindingDirectly } from "../../src/services/find-chat-binding-directly.ts";
import { loadActionDirectly } from "../../src/services/load-action-directly.ts";
import { consoleId } from "../../src/services/seed-demo-wijk.ts";

const db = useTestDb();

describe("hand-written SQL through the driver (src/db/sql.ts)", () => {
  it("reads rows exactly as Prisma returns them: dates, booleans, numbers, nulls", async () => {
    const { wijkId } = await seedDemoWijk(db(), TRANSCRIPT_START);
    const sql = sqlOf(db())!;
    for (const [table, rows] of [
      ["Wijk", await db().wijk.findMany({ orderBy: { id: "asc" } })],
      ["Chat", await db().chat.findMany({ orderBy: { id: "asc" } })],
      ["Person", await db().person.findMany({ orderBy: { id: "asc" } })],
      ["Action", await db().action.findMany({ orderBy: { id: "asc" } })],
    ] as const) {
      expect(await sql.all(`SELECT * FROM "${table}" ORDER BY "id" ASC`)).toEqual(rows);
    }
    expect((await db().person.findMany({ where: { digestSubscribed: true } })).length).toBeGreaterThan(0);
    // The binding and the action as the message path reads them.
    const binding = await findChatBindingDirectly(sql, { platform: "console", chatId: "kartrekkers", senderIds: [consoleId("Sanne")] });
    const chat = await db().chat.findFirstOrThrow({ where: { platform: "console", externalId: "kartrekkers" }, include: { wijk: true } });
    const { wijk, ...chatRow } = chat;
    expect(binding).toEqual({ chat: chatRow, wijk, knownSender: await db().person.findFirstOrThrow({ where: { displayName: "Sanne" } }) });
    expect(await findChatBindingDirectly(sql, { platform: "console", chatId: "kartrekkers", senderIds: ["unknown"] })).toEqual({ chat: chatRow, wijk });
    expect(await findChatBindingDirectly(sql, { platform: "console", chatId: "nowhere", senderIds: [] })).toBeNull();
    // A sender known under two ids (WhatsApp's phone and LID): both must be known, and the first identity's person is the sender.
    const sanne = await db().person.findFirstOrThrow({ where: { displayName: "Sanne" } });
    const lisa = await db().person.findFirstOrThrow({ where: { displayName: "Lisa" } });
    await db().identity.create({ data: { wijkId, personId: sanne.id, platform: "console", externalId: "sanne-alt" } });
    expect((await findChatBindingDirectly(sql, { platform: "console", chatId: "kartrekkers", senderIds: [consoleId("Sanne"), "sanne-alt"] }))?.knownSender).toEqual(sanne);
    expect((await findChatBindingDirectly(sql, { platform: "console", chatId: "kartrekkers", senderIds: [consoleId("Sanne"), "nobody"] }))?.knownSender).toBeUndefined();
    // Two ids that belong to two people: the person of the identity Prisma's own read lists first.
    const prismaFirst = await db().identity.findFirstOrThrow({ where: { wijkId, platform: "console", externalId: { in: [consoleId("Lisa"), consoleId("Sanne")] } }, include: { person: true } });
    expect([sanne.id, lisa.id]).toContain(prismaFirst.personId);
    expect((await findChatBindingDirectly(sql, { platform: "console", chatId: "kartrekkers", senderIds: [consoleId("Lisa"), consoleId("Sanne")] }))?.knownSender).toEqual(prismaFirst.person);
    const action = await db().action.findFirstOrThrow({ where: { title: "Integraal pedagogisch wijkplan jonge kind" }, include: { pillar: true, owners: { include: { person: true } } } });
    const { pillar, owners, ...row } = action;
    expect(await loadActionDirectly(sql, wijkId, action.id)).toEqual({
      action: row,
      people: { pillarName: pillar!.name, owners: owners.map((o) => ({ personId: o.personId, displayName: o.person.displayName })) },
    });
    expect(await loadActionDirectly(sql, "another-wijk", action.id)).toBeNull();
  });

  it("writes a batch all or nothing", async () => {
    const sql = sqlOf(db())!;
    const at = new Date("2026-01-05T08:00:00.123Z");
    const insert = (id: string) => ({ sql: `INSERT INTO "ProcessedMessage" ("platform", "chatId", "messageId", "processedAt") VALUES (?, ?, ?, ?)`, params: ["p", "c", id, at] });
    expect(await sql.batch([insert("1"), insert("2")])).toBe(true);
    expect((await db().processedMessage.findMany({ orderBy: { messageId: "asc" } })).map((r) => [r.messageId, r.processedAt])).toEqual([
      ["1", at],
      ["2", at],
    ]);
    // A key taken: the whole batch is undone, and the error says so.
    const error = await sql.batch([insert("3"), insert("1")]).catch((e: unknown) => e);
    expect(isUniqueViolationInDriver(error)).toBe(true);
    // A condition that does not hold: nothing written, false.
    expect(await sql.batch([insert("4"), { sql: `DELETE FROM "ProcessedMessage" WHERE "messageId" = ?`, params: ["none"], expectChanges: 1 }])).toBe(false);
    expect(await db().processedMessage.count()).toBe(2);
    // Prisma goes on working on the same connection afterwards, in and outside transactions.
    await db().$transaction(async (tx) => tx.processedMessage.create({ data: { platform: "p", chatId: "c", messageId: "5", processedAt: at } }));
    expect(await db().processedMessage.count()).toBe(3);
  });

  it("writes a batch all or nothing and says how many rows each statement changed", async () => {
    const sql = sqlOf(db())!;
    const at = new Date("2026-01-05T08:00:00.123Z");
    const insert = (id: string) => ({ sql: `INSERT INTO "ProcessedMessage" ("platform", "chatId", "messageId", "processedAt") VALUES (?, ?, ?, ?)`, params: ["p", "c", id, at] });
    expect(await sql.batchChanges([insert("1"), insert("2"), { sql: `DELETE FROM "ProcessedMessage" WHERE "messageId" IN (?, ?, ?)`, params: ["1", "2", "none"] }])).toEqual([1, 1, 2]);
    expect(await sql.batchChanges([insert("3")])).toEqual([1]);
    // A key taken: the whole batch is undone.
    const error = await sql.batchChanges([insert("4"), insert("3")]).catch((e: unknown) => e);
    expect(isUniqueViolationInDriver(error)).toBe(true);
    expect((await db().processedMessage.findMany()).map((r) => r.messageId)).toEqual(["3"]);
  });

  it("has no driver for a client it did not make, nor for a transaction", async () => {
    expect(sqlOf(new Proxy(db(), {}))).toBeUndefined();
    await db().$transaction(async (tx) => expect(sqlOf(tx)).toBeUndefined());
  });

  it("makes cuids like Prisma's: 25 characters, sorted by time", () => {
    const ids = [newCuid(1_000), newCuid(1_000), newCuid(2_000)];
    for (const id of ids) expect(id).toMatch(/^c[0-9a-z]{24}$/);
    expect(ids[0] < ids[2] && ids[1] < ids[2]).toBe(true);
    expect(new Set(ids).size).toBe(3);
  });
});
