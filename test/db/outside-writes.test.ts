import { describe, expect, it } from "vitest";
import { onPostgres, useTestDb } from "../helpers/harness.ts";
import { sqlOf } from "../../src/db/sql.ts";

const db = useTestDb();

/**
 * Opens a command's interactive transaction, makes `write` while it is open (giving it every
 * chance to run then), and lets the command fail: its own change must be rolled back, the
 * outside write must stay.
 */
async function writeWhileACommandRollsBack(write: () => Promise<unknown>): Promise<void> {
  const wijk = await db().wijk.create({ data: { name: "Proefwijk", overviewToken: "t1" } });
  let inside!: () => void;
  const opened = new Promise<void>((resolve) => (inside = resolve));
  let finish!: () => void;
  const held = new Promise<void>((resolve) => (finish = resolve));
  const command = db()
    .$transaction(async (tx) => {
      await tx.wijk.update({ where: { id: wijk.id }, data: { name: "in de transactie" } });
      inside();
      await held;
      throw new Error("de opdracht gaat mis");
    })
    .catch(() => "rolled back");
  await opened;
  const outside = write();
  await new Promise((r) => setTimeout(r, 50));
  finish();
  expect(await command).toBe("rolled back");
  await outside;
  expect((await db().wijk.findUniqueOrThrow({ where: { id: wijk.id } })).name).toBe("Proefwijk");
  expect(await db().wijk.count({ where: { name: "Buiten" } })).toBe(1);
}

/**
 * One SQLite connection serves the whole process. A write made outside a transaction while
 * another part of the process has an interactive transaction open (the scheduler marking a
 * message sent while a command runs) must not become part of that transaction: when the
 * command rolls back, the write stays.
 */
describe.runIf(!onPostgres)("SQLite: a write outside a transaction while another one is open", () => {
  it("survives the other transaction's rollback", async () => {
    await writeWhileACommandRollsBack(() => db().wijk.create({ data: { name: "Buiten", overviewToken: "t2" } }));
  });

  it("survives the other transaction's rollback, also when written through the driver (src/db/sql.ts)", async () => {
    await writeWhileACommandRollsBack(() =>
      sqlOf(db())!.run(`INSERT INTO "Wijk" ("id", "name", "overviewToken", "settings", "actionNamesVersion", "createdAt") VALUES (?, ?, ?, ?, ?, ?)`, ["w2", "Buiten", "t2", "{}", "", new Date()]),
    );
  });
});
