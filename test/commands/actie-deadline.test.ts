import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actionByTitle, createHarness, type Harness } from "../helpers/harness.ts";
import { isoDayOf } from "../../src/time/amsterdam.ts";

const localDay = (d: Date) => isoDayOf(d);

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // Monday 5 January 2026, 09:00
});
afterEach(async () => h.close());

const action = (title: string) => actionByTitle(h.db, title);

describe("changing an action", () => {
  it("/actie deadline moves the deadline", async () => {
    expect(await h.say("Fatima", "/actie deadline watertappunt eind april")).toEqual([
      "📅 Deadline van Watertappunt in de wijk (Gezond) is nu do 30 apr. Eigenaar: Fatima.",
    ]);
  });
});

describe("/actie deadline without a date", () => {
  it("asks for the date of the action named, and the next message gives it", async () => {
    expect(await h.say("Fatima", "/actie deadline watertappunt", { chat: "dm" })).toEqual([
      "📅 Welke nieuwe datum voor Watertappunt in de wijk (Gezond)? Typ de datum (bijvoorbeeld vrijdag, 15 maart of over 2 weken).",
    ]);
    expect(await h.say("Fatima", "eind februari", { chat: "dm" })).toEqual(["📅 Deadline van Watertappunt in de wijk (Gezond) is nu za 28 feb. Eigenaar: Fatima."]);
  });

  it("an impossible date in answer asks which day was meant; nothing changes until then", async () => {
    await h.say("Fatima", "/actie deadline watertappunt", { chat: "dm" });
    const before = (await h.db.action.findFirstOrThrow({ where: { title: "Watertappunt in de wijk" } })).deadline;
    expect((await h.say("Fatima", "31 juni", { chat: "dm" }))[0]).toMatch(/^31 juni bestaat niet\. Bedoel je dinsdag 30 juni of woensdag 1 juli\?/);
    expect((await h.db.action.findFirstOrThrow({ where: { title: "Watertappunt in de wijk" } })).deadline).toEqual(before);
  });

  it("without a date and without an action by that name it says what a date looks like", async () => {
    expect((await h.say("Fatima", "/actie deadline watertappunt blabla"))[0]).toMatch(/^Ik zie geen datum die ik begrijp/);
  });

  it("someone who may not change the action gets the refusal, not the question", async () => {
    expect((await h.say("Peter", "/actie deadline watertappunt"))[0]).toMatch(/^Alleen Fatima/);
  });
});

describe("/actie deadline with a shift that lands on a day that has passed", () => {
  it("asks, offers the same shift from today, and changes nothing until 'ja'", async () => {
    await h.say("Fatima", "/actie deadline watertappunt 13 februari");
    h.clock.set(new Date("2026-10-22T17:10:00Z"));
    const [question] = await h.say("Fatima", "/actie deadline watertappunt een week later");
    expect(question).toMatch(/^📅 Een week later dan de deadline van Watertappunt in de wijk \(Gezond\) \(.+\) is .+: die dag is al voorbij\. Bedoel je do 29 okt \(gerekend vanaf vandaag\)\?/);
    expect(localDay((await action("Watertappunt in de wijk")).deadline!)).toBe("2026-02-13");
    expect(await h.say("Fatima", "ja")).toEqual(["📅 Deadline van Watertappunt in de wijk (Gezond) is nu do 29 okt. Eigenaar: Fatima."]);
  });
});
