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

describe("openCheckInRound", () => {
  it("gives a stand-in's list as data: their own actions with deadlines, then the absent owner's with their name and last day; a retried delivery the same list without deadlines", async () => {
    const { db, wijkId, person, now } = demo();
    const [joke, fatima] = [await person("Joke"), await person("Fatima")];
    const lastDay = new Date(now.getTime() + 3 * DAY_MS);
    const input = { wijkId, personId: fatima.id, round: ROUND, meetingId: null, closesAt: new Date(now.getTime() + 7 * DAY_MS), sentAt: now, now, standInFor: [{ personId: joke.id, lastDay }] };
    const list = await openCheckInRound(db, input);
    expect(list).toMatchObject({ lang: "nl", round: ROUND, meetingStartsAt: null });
    const own = list!.items.filter((i) => !i.for);
    const forJoke = list!.items.filter((i) => i.for);
    expect(own.map((i) => i.title)).toContain("Watertappunt in de wijk");
    expect(own.every((i) => i.deadline instanceof Date)).toBe(true);
    expect(forJoke.map((i) => i.title)).toContain("Verhoogde betrokkenheid CB en GGD");
    expect(forJoke.every((i) => i.for?.personId === joke.id && i.for.name === "Joke" && i.for.lastDay.getTime() === lastDay.getTime())).toBe(true);
    expect(list!.items.map((i) => i.n)).toEqual(list!.items.map((_, k) => k + 1));

    const again = await openCheckInRound(db, input);
    expect(again!.items).toEqual(list!.items.map((i) => ({ ...i, deadline: null })));
  });
});

describe("prepareCheckInRoundReminder", () => {
  it("lists what is still open and notes that it reminded; nothing once the round has closed", async () => {
    const { db, person, now } = demo();
    await openFor("Youssef");
    const row = await db.checkIn.findFirstOrThrow({ where: { personId: (await person("Youssef")).id } });
    const reminder = await prepareCheckInRoundReminder(db, { checkInId: row.id, now });
    expect(reminder).toMatchObject({ lang: "nl", round: ROUND, meetingStartsAt: null });
    expect(reminder?.items.map((i) => i.title)).toEqual(expect.arrayContaining(["Eén wijkwebsite", "Ouderbetrokkenheid"]));
    expect((await db.checkIn.findUniqueOrThrow({ where: { id: row.id } })).remindedAt).toEqual(now);
    expect(await prepareCheckInRoundReminder(db, { checkInId: row.id, now: new Date(now.getTime() + 8 * DAY_MS) })).toBeNull();
  });
});
