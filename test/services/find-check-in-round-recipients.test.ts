import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { findCheckInRoundRecipients } from "../../src/services/find-check-in-round-recipients.ts";
import { openCheckInRound } from "../../src/services/open-check-in-round.ts";
import { prepareCheckInRoundReminder } from "../../src/services/prepare-check-in-round-reminder.ts";

const demo = useDemoWijk();
const DAY_MS = 24 * 3600_000;
const ROUND = "month:2026-01";

async function openFor(name: string) {
  const { db, wijkId, person, now } = demo();
  return openCheckInRound(db, { wijkId, personId: (await person(name)).id, round: ROUND, meetingId: null, closesAt: new Date(now.getTime() + 7 * DAY_MS), sentAt: now, now });
}

describe("findCheckInRoundRecipients", () => {
  it("names every owner of open actions who has not had this round", async () => {
    const { db, wijkId, person } = demo();
    expect(await findCheckInRoundRecipients(db, { wijkId, round: ROUND })).toHaveLength(7);
    await openFor("Fatima");
    const left = await findCheckInRoundRecipients(db, { wijkId, round: ROUND });
    expect(left).toHaveLength(6);
    expect(left).not.toContain((await person("Fatima")).id);
    expect(await findCheckInRoundRecipients(db, { wijkId, round: "month:2026-02" })).toHaveLength(7);
  });

  it("counts an owner as asked when their stand-in got their actions", async () => {
    const { db, wijkId, person, now } = demo();
    const [joke, fatima] = [await person("Joke"), await person("Fatima")];
    await openCheckInRound(db, {
      wijkId, personId: fatima.id, round: ROUND, meetingId: null, closesAt: new Date(now.getTime() + 7 * DAY_MS), sentAt: now, now,
      standInFor: [{ personId: joke.id, lastDay: new Date(now.getTime() + 3 * DAY_MS) }],
    });
    expect(await findCheckInRoundRecipients(db, { wijkId, round: ROUND })).not.toContain(joke.id);
  });
});

describe("prepareCheckInRoundReminder", () => {
  it("lists what is still open and notes that it reminded; nothing once the round has closed", async () => {
    const { db, person, now } = demo();
    await openFor("Youssef");
    const row = await db.checkIn.findFirstOrThrow({ where: { personId: (await person("Youssef")).id } });
    const text = await prepareCheckInRoundReminder(db, { checkInId: row.id, now });
    expect(text).toContain("Eén wijkwebsite");
    expect(text).toContain("Ouderbetrokkenheid");
    expect((await db.checkIn.findUniqueOrThrow({ where: { id: row.id } })).remindedAt).toEqual(now);
    expect(await prepareCheckInRoundReminder(db, { checkInId: row.id, now: new Date(now.getTime() + 8 * DAY_MS) })).toBeNull();
  });
});
