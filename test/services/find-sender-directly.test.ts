import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { sqlOf } from "../../src/db/sql.ts";
import type { Db } from "../../src/db.ts";
import { createWijk } from "../../src/services/create-wijk.ts";
import { consoleId } from "../../src/services/seed-demo-wijk.ts";
import { findSenderDirectly } from "../../src/services/find-sender-directly.ts";

const demo = useDemoWijk();

/** The Prisma read the understanding step made before (and still makes without a driver). */
const prismaSender = async (db: Db, wijkId: string, senderIds: string[]) =>
  (
    await db.identity.findFirst({
      where: { platform: "console", externalId: { in: senderIds }, wijkId },
      select: { person: { select: { id: true, role: true, pillarId: true, displayName: true, language: true } } },
    })
  )?.person ?? null;

describe("findSenderDirectly (who sent a free-text message, in their wijk)", () => {
  it("finds the person behind the sender's id, with what the reader needs of them", async () => {
    const { db, wijkId, person } = demo();
    const fatima = await person("Fatima");
    const found = await findSenderDirectly(sqlOf(db)!, { wijkId, platform: "console", senderIds: [consoleId("Fatima")] });
    expect(found).toEqual({ id: fatima.id, role: fatima.role, pillarId: fatima.pillarId, displayName: "Fatima", language: fatima.language });
    expect(found).toEqual(await prismaSender(db, wijkId, [consoleId("Fatima")]));
  });

  it("gives null for an unknown id, another platform, another wijk, or no id at all", async () => {
    const { db, wijkId } = demo();
    const sql = sqlOf(db)!;
    const { wijk: other } = await createWijk(db, { name: "Paddepoel", pillars: [{ name: "Veilig" }] });
    expect(await findSenderDirectly(sql, { wijkId, platform: "console", senderIds: ["nobody"] })).toBeNull();
    expect(await findSenderDirectly(sql, { wijkId, platform: "telegram", senderIds: [consoleId("Fatima")] })).toBeNull();
    expect(await findSenderDirectly(sql, { wijkId: other.id, platform: "console", senderIds: [consoleId("Fatima")] })).toBeNull();
    expect(await findSenderDirectly(sql, { wijkId, platform: "console", senderIds: [] })).toBeNull();
  });

  it("finds someone by either of two ids (WhatsApp's phone and LID), and takes the identity Prisma's read takes first when they are two people", async () => {
    const { db, wijkId, person } = demo();
    const sql = sqlOf(db)!;
    const sanne = await person("Sanne");
    await db.identity.create({ data: { wijkId, personId: sanne.id, platform: "console", externalId: "sanne-alt" } });
    expect((await findSenderDirectly(sql, { wijkId, platform: "console", senderIds: ["nobody", "sanne-alt"] }))?.id).toBe(sanne.id);
    const both = [consoleId("Lisa"), consoleId("Sanne")];
    const first = await prismaSender(db, wijkId, both);
    expect(await findSenderDirectly(sql, { wijkId, platform: "console", senderIds: both })).toEqual(first);
  });

  it("still finds someone who left (the reader answers them in their language; whether they may act is decided later)", async () => {
    const { db, wijkId, person, now } = demo();
    const peter = await person("Peter");
    await db.person.update({ where: { id: peter.id }, data: { leftAt: now, language: "en" } });
    expect(await findSenderDirectly(sqlOf(db)!, { wijkId, platform: "console", senderIds: [consoleId("Peter")] })).toMatchObject({ id: peter.id, language: "en" });
  });
});
