import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { openCheckIn } from "../../src/services/open-check-in.ts";
import { answerCheckIn } from "../../src/services/answer-check-in.ts";
import { listCheckIns } from "../../src/services/list-check-ins.ts";
import { prepareCheckInReminder } from "../../src/services/prepare-check-in-reminder.ts";

const demo = useDemoWijk();

/** Youssef's check: 1 Eén wijkwebsite, 2 Ouderbetrokkenheid. */
async function youssefsCheck() {
  const { db, wijkId, person, now } = demo();
  const youssef = await person("Youssef");
  await openCheckIn(db, { wijkId, personId: youssef.id, year: 2026, sentAt: now, now });
  return youssef;
}

function answer(text: string, person: Awaited<ReturnType<typeof youssefsCheck>>) {
  const { db, wijkId, now } = demo();
  return db.$transaction((tx) => answerCheckIn(tx, { wijkId, personId: person.id, batchId: "b1", at: now }, { person, text, now }));
}

describe("answerCheckIn", () => {
  it("notes part of the answers and says which numbers are still missing", async () => {
    const youssef = await youssefsCheck();
    const result = await answer("2 loopt achter", youssef);
    expect(result.noted).toEqual([{ n: 2, title: "Ouderbetrokkenheid", verdict: "loopt-achter" }]);
    expect(result.missing).toEqual([1]);
    expect(result.summaries).toEqual([]);
    expect((await demo().db.checkIn.findFirstOrThrow({ where: { personId: youssef.id } })).answeredAt).toBeNull();
  });

  it("once every action has an answer, closes the check and gives the coördinator a summary", async () => {
    const { db, person } = demo();
    const youssef = await youssefsCheck();
    await answer("2 loopt achter", youssef);
    const result = await answer("1 op koers", youssef);
    expect(result.missing).toEqual([]);
    expect(result.summaries.map((s) => s.personId)).toEqual([(await person("Marieke")).id]);
    expect(result.summaries[0]).toMatchObject({
      lang: "nl",
      name: "Youssef",
      items: [
        { title: "Eén wijkwebsite", verdict: "op-koers" },
        { title: "Ouderbetrokkenheid", verdict: "loopt-achter" },
      ],
    });
    expect((await db.checkIn.findFirstOrThrow({ where: { personId: youssef.id } })).answeredAt).not.toBeNull();
  });

  it("'stoppen' stops the action, with history", async () => {
    const { db, action } = demo();
    const youssef = await youssefsCheck();
    await answer("1 stoppen", youssef);
    const website = await action("wijkwebsite");
    expect(website.status).toBe("gestopt");
    expect(await db.historyEntry.count({ where: { actionId: website.id, field: "status" } })).toBe(1);
  });

  it("refuses an answer it cannot place, and one for a number not on the list", async () => {
    const youssef = await youssefsCheck();
    await expect(answer("gaat wel", youssef)).rejects.toMatchObject({ code: "INVALID" });
    await expect(answer("3 op koers", youssef)).rejects.toMatchObject({ code: "INVALID" });
  });

  it("NOT_FOUND for someone without an open check", async () => {
    const fatima = await demo().person("Fatima");
    await expect(answer("1 op koers", fatima)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("listCheckIns (web overview, year summary)", () => {
  it("lists the year's checks with each action's verdict so far", async () => {
    const { db, wijkId } = demo();
    const youssef = await youssefsCheck();
    await answer("1 op koers", youssef);
    const [check, ...rest] = await listCheckIns(db, { wijkId, year: 2026 });
    expect(rest).toEqual([]);
    expect(check.personName).toBe("Youssef");
    expect(check.items.map((i) => [i.title, i.verdict])).toEqual([
      ["Eén wijkwebsite", "op-koers"],
      ["Ouderbetrokkenheid", null],
    ]);
    expect(await listCheckIns(db, { wijkId, year: 2025 })).toEqual([]);
  });
});

describe("prepareCheckInReminder", () => {
  it("lists only the unanswered actions and notes that it reminded", async () => {
    const { db, now } = demo();
    const youssef = await youssefsCheck();
    await answer("1 op koers", youssef);
    const check = await db.checkIn.findFirstOrThrow({ where: { personId: youssef.id } });
    const reminder = await prepareCheckInReminder(db, { checkInId: check.id, now });
    expect(reminder).toEqual({ lang: "nl", year: 2026, items: [{ n: 2, title: "Ouderbetrokkenheid", deadline: null }] });
    expect((await db.checkIn.findUniqueOrThrow({ where: { id: check.id } })).remindedAt).toEqual(now);
  });

  it("gives nothing once the check was answered", async () => {
    const { db, now } = demo();
    const youssef = await youssefsCheck();
    await answer("alles op koers", youssef);
    const check = await db.checkIn.findFirstOrThrow({ where: { personId: youssef.id } });
    expect(await prepareCheckInReminder(db, { checkInId: check.id, now })).toBeNull();
  });
});
