import { describe, expect, it } from "vitest";
import { useTestDb } from "../helpers/harness.ts";
import { seedDemoWijk } from "../../src/services/seed-demo-wijk.ts";
import { TRANSCRIPT_START } from "../../src/transcript.ts";
import { sqlOf } from "../../src/db/sql.ts";
import { changeActionInOneBatch } from "../../src/services/change-action-in-one-batch.ts";

const db = useTestDb();

describe("changeActionInOneBatch", () => {
  async function setUp() {
    const { wijkId } = await seedDemoWijk(db(), TRANSCRIPT_START);
    const action = await db().action.findFirstOrThrow({ where: { title: "Watertappunt in de wijk" } });
    const fatima = await db().person.findFirstOrThrow({ where: { displayName: "Fatima" } });
    const at = new Date("2026-01-06T10:00:00Z");
    const meta = { wijkId, personId: fatima.id, batchId: "batch-1", platform: "console", chatId: "kartrekkers", messageId: "m1", at };
    return { action, meta, at, processed: { platform: "console", chatId: "kartrekkers", messageId: "m1", at } };
  }

  it("writes the change, a history row per field and the processed message together", async () => {
    const { action, meta, at, processed } = await setUp();
    const changes = await changeActionInOneBatch(sqlOf(db())!, { meta, loaded: action, values: { status: "klaar", ageGroup: "4-12" }, processed });
    expect(changes).toEqual([{ field: "status", from: "bezig", to: "klaar" }]);
    const after = await db().action.findUniqueOrThrow({ where: { id: action.id } });
    expect(after).toMatchObject({ status: "klaar", lastActivityAt: at });
    expect(after.updatedAt.getTime()).toBeGreaterThan(action.updatedAt.getTime() - 1);
    expect(await db().historyEntry.findMany({ where: { batchId: "batch-1" } })).toEqual([
      expect.objectContaining({ actionId: action.id, field: "status", fromValue: "bezig", toValue: "klaar", messageId: "m1", createdAt: at, undoneAt: null }),
    ]);
    expect(await db().processedMessage.count({ where: { messageId: "m1" } })).toBe(1);
  });

  it("writes nothing when the action changed since it was read, or for an unchanged value", async () => {
    const { action, meta, processed } = await setUp();
    const sql = sqlOf(db())!;
    expect(await changeActionInOneBatch(sql, { meta, loaded: action, values: { status: "bezig" }, processed })).toEqual([]);
    await db().action.update({ where: { id: action.id }, data: { reachReached: 130 } });
    expect(await changeActionInOneBatch(sql, { meta, loaded: action, values: { status: "klaar" }, processed })).toBeUndefined();
    expect((await db().action.findUniqueOrThrow({ where: { id: action.id } })).status).toBe("bezig");
    expect(await db().historyEntry.count({ where: { batchId: "batch-1" } })).toBe(0);
    expect(await db().processedMessage.count()).toBe(0);
  });

  it("leaves a name change (the index reads it) to changeAction", async () => {
    const { action, meta, processed } = await setUp();
    expect(await changeActionInOneBatch(sqlOf(db())!, { meta, loaded: action, values: { title: "Anders" }, processed })).toBeUndefined();
  });
});
