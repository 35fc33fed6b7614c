import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { findCheckInToAnswer } from "../../src/services/find-check-in-to-answer.ts";

const demo = useDemoWijk();
const HOUR_MS = 60 * 60 * 1000;

/** A check-in of Youssef's sent `hoursAgo` before the seed's moment; round "" is the mid-year check. */
async function checkIn(round: string, hoursAgo: number, answered = false) {
  const { db, wijkId, person, now } = demo();
  const sentAt = new Date(now.getTime() - hoursAgo * HOUR_MS);
  return db.checkIn.create({
    data: { wijkId, personId: (await person("Youssef")).id, year: 2026, round, items: "[]", sentAt, answeredAt: answered ? now : null },
  });
}

async function find() {
  const { db, person } = demo();
  return (await findCheckInToAnswer(db, (await person("Youssef")).id))?.id ?? null;
}

describe("findCheckInToAnswer", () => {
  it("finds nothing for someone who never got a check-in", async () => {
    expect(await find()).toBeNull();
  });

  it("gives the latest unanswered round, even when an older one is unanswered too", async () => {
    await checkIn("month:2025-12", 48);
    const latest = await checkIn("month:2026-01", 2);
    expect(await find()).toBe(latest.id);
  });

  it("gives an unanswered round before a later answered one", async () => {
    const open = await checkIn("month:2025-12", 48);
    await checkIn("month:2026-01", 2, true);
    expect(await find()).toBe(open.id);
  });

  it("gives the latest round when every one is answered, so a late answer hears it is already answered", async () => {
    await checkIn("month:2025-12", 48, true);
    const latest = await checkIn("month:2026-01", 2, true);
    expect(await find()).toBe(latest.id);
  });

  it("leaves the mid-year check to its own command when it is the latest unanswered one", async () => {
    await checkIn("month:2025-12", 48);
    await checkIn("", 2);
    expect(await find()).toBeNull();
  });

  it("leaves out an answered mid-year check when it is the latest of all", async () => {
    await checkIn("month:2025-12", 48, true);
    await checkIn("", 2, true);
    expect(await find()).toBeNull();
  });

  it("does not give another person's check-in", async () => {
    const { db, person } = demo();
    await checkIn("month:2026-01", 2);
    expect(await findCheckInToAnswer(db, (await person("Ahmed")).id)).toBeNull();
  });
});
