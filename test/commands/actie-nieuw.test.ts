import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actionByTitle, createHarness, snapshotCounts, type Harness } from "../helpers/harness.ts";
import { localParts } from "../../src/time/amsterdam.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // Monday 5 January 2026, 09:00
});
afterEach(async () => h.close());

const action = (title: string) => actionByTitle(h.db, title);

describe("/actie nieuw", () => {
  it("creates an action owned by the sender, with pillar and deadline", async () => {
    const [reply] = await h.say("Lisa", "/actie nieuw Voorleesochtend in de bieb pijler kansrijk deadline 15 maart");
    expect(reply).toBe("🆕 Voorleesochtend in de bieb (Kansrijk) staat op gepland. Eigenaar: Lisa. Deadline: zo 15 mrt.");
    const a = await action("Voorleesochtend in de bieb");
    expect(a.status).toBe("gepland");
    expect(a.pillar?.name).toBe("Kansrijk");
    expect(a.owners.map((o) => o.person.displayName)).toEqual(["Lisa"]);
    expect(localParts(a.deadline!)).toMatchObject({ year: 2026, month: 3, day: 15, hour: 0 });
  });

  it("takes another owner with eigenaar @persoon", async () => {
    await h.say("Marieke", "/actie nieuw Ouderavond mediawijsheid eigenaar @Ahmed");
    expect((await action("Ouderavond mediawijsheid")).owners.map((o) => o.person.displayName)).toEqual(["Ahmed"]);
  });

  it("takes the intended reach and the planned budget with beoogd and begroot", async () => {
    await h.say("Daan", "/actie nieuw Robotica-club pijler kansrijk beoogd 40 begroot € 1.250,50");
    const a = await action("Robotica-club");
    expect(a.reachIntended).toBe(40);
    expect(a.budgetPlannedCents).toBe(125050);
    expect(a.reachReached).toBeNull();
  });

  it("refuses an amount it cannot read, and creates nothing", async () => {
    const before = await snapshotCounts(h.db);
    const [reply] = await h.say("Daan", "/actie nieuw Robotica-club begroot veel");
    expect(reply).toContain("Dat bedrag begrijp ik niet");
    expect(await snapshotCounts(h.db)).toEqual(before);
  });

  it("suggests a pillar when none was given", async () => {
    const [reply] = await h.say("Lisa", "/actie toevoegen Zomerschool");
    expect(reply).toContain("Tip: geef een pijler");
  });

  it.each([
    ["/actie nieuw", "Geef de actie een titel van minstens 3 tekens."],
    ["/actie nieuw ab", "Geef de actie een titel van minstens 3 tekens."],
    ["/actie nieuw Iets pijler Onbekend", 'Ik ken geen pijler "Onbekend". De pijlers zijn: Kansrijk, Vreedzaam, Gezond.'],
    ["/actie nieuw Iets deadline blabla", 'Ik begrijp de datum "blabla" niet.'],
    ["/actie nieuw Iets eigenaar @Niemand", 'Ik ken niemand die "Niemand" heet'],
    ["/actie nieuw Watertappunt in de wijk", 'Er bestaat al een actie "Watertappunt in de wijk"'],
  ])("%s is refused and stores nothing", async (text, expected) => {
    const before = await snapshotCounts(h.db);
    const [reply] = await h.say("Lisa", text);
    expect(reply).toContain(expected);
    expect(await snapshotCounts(h.db)).toEqual(before);
  });

  it("shows the right form after a malformed command", async () => {
    const [reply] = await h.say("Lisa", "/actie nieuw");
    expect(reply).toContain("Zo werkt het: /actie nieuw <titel> [pijler <naam>] [deadline <datum>] [eigenaar @persoon]");
  });
});
