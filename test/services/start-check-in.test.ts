import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { startCheckIn } from "../../src/services/start-check-in.ts";
import { openCheckIn } from "../../src/services/open-check-in.ts";
import { findCheckInRecipients } from "../../src/services/find-check-in-recipients.ts";
import { MID_YEAR } from "../../src/check-in/check-in-items.ts";

const demo = useDemoWijk();
const wijk = () => demo().db.wijk.findUniqueOrThrow({ where: { id: demo().wijkId } });

describe("openCheckIn: one person's check", () => {
  it("stores the person's open actions as a numbered list and returns what to send, with their deadlines, as data", async () => {
    const { db, wijkId, person, now } = demo();
    const youssef = await person("Youssef");
    const check = await openCheckIn(db, { wijkId, personId: youssef.id, year: 2026, sentAt: now, now });
    expect(check).toMatchObject({ lang: "nl", year: 2026 });
    expect(check?.items.map((i) => `${i.n} ${i.title}`)).toEqual(["1 Eén wijkwebsite", "2 Ouderbetrokkenheid"]);
    expect(check?.items.every((i) => i.deadline instanceof Date)).toBe(true);
    const row = await db.checkIn.findFirstOrThrow({ where: { personId: youssef.id } });
    expect(row).toMatchObject({ year: 2026, round: MID_YEAR, answers: "{}", answeredAt: null });
    expect(JSON.parse(row.items).map((i: { n: number; title: string }) => `${i.n} ${i.title}`)).toEqual(["1 Eén wijkwebsite", "2 Ouderbetrokkenheid"]);
  });

  it("sends the same list again for a retried delivery (same sentAt, without the deadlines), nothing for another", async () => {
    const { db, wijkId, person, now } = demo();
    const fatima = await person("Fatima");
    const first = await openCheckIn(db, { wijkId, personId: fatima.id, year: 2026, sentAt: now, now });
    expect(first?.items.map((i) => i.title)).toContain("Watertappunt in de wijk");
    const again = await openCheckIn(db, { wijkId, personId: fatima.id, year: 2026, sentAt: now, now });
    expect(again?.items).toEqual(first?.items.map((i) => ({ ...i, deadline: null })));
    expect(await openCheckIn(db, { wijkId, personId: fatima.id, year: 2026, sentAt: new Date(now.getTime() + 1000), now })).toBeNull();
    expect(await db.checkIn.count({ where: { personId: fatima.id } })).toBe(1);
  });

  it("gives nothing for someone without open actions or who left", async () => {
    const { db, wijkId, person, now } = demo();
    expect(await openCheckIn(db, { wijkId, personId: (await person("Marieke")).id, year: 2026, sentAt: now, now })).toBeNull();
    const peter = await db.person.update({ where: { id: (await person("Peter")).id }, data: { leftAt: now } });
    expect(await openCheckIn(db, { wijkId, personId: peter.id, year: 2026, sentAt: now, now })).toBeNull();
    expect(await db.checkIn.count()).toBe(0);
  });
});

describe("startCheckIn (/jaarplan check)", () => {
  it("sends the check to every owner of open actions, once a year", async () => {
    const { db, now } = demo();
    const checks = await startCheckIn(db, { wijk: await wijk(), now });
    expect(checks).toHaveLength(7);
    expect(checks.every((c) => c.check.year === 2026 && c.check.items.length > 0)).toBe(true);
    expect(await db.checkIn.count()).toBe(7);
    expect(await startCheckIn(db, { wijk: await wijk(), now: new Date(now.getTime() + 3600_000) })).toEqual([]);
    expect(await db.checkIn.count()).toBe(7);
  });
});

describe("findCheckInRecipients (the scheduled check)", () => {
  it("names the owners who have not had this year's check, for the wijk's plan year", async () => {
    const { db, wijkId, person, now } = demo();
    const before = await findCheckInRecipients(db, { wijk: await wijk(), now });
    expect(before.year).toBe(2026);
    expect(before.personIds).toHaveLength(7);
    const fatima = await person("Fatima");
    await openCheckIn(db, { wijkId, personId: fatima.id, year: 2026, sentAt: now, now });
    const after = await findCheckInRecipients(db, { wijk: await wijk(), now });
    expect(after.personIds).toHaveLength(6);
    expect(after.personIds).not.toContain(fatima.id);
  });
});
