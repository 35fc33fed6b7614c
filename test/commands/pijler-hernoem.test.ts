import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, snapshotCounts, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.close());

const pillarNames = async () => (await h.db.pillar.findMany({ where: { wijkId: h.wijkId }, orderBy: { position: "asc" } })).map((p) => p.name);

describe("/pijler hernoem", () => {
  it("renames a pillar and its actions stay with it", async () => {
    expect(await h.say("Marieke", "/pijler hernoem Gezond naar Gezondheid")).toEqual(["✏️ Pijler *Gezond* heet nu *Gezondheid*."]);
    expect(await pillarNames()).toEqual(["Kansrijk", "Vreedzaam", "Gezondheid"]);
    const action = await h.db.action.findFirstOrThrow({ where: { title: "Watertappunt in de wijk" }, include: { pillar: true } });
    expect(action.pillar?.name).toBe("Gezondheid");
  });

  it("names the pillars when the old name is unknown, and changes nothing", async () => {
    const before = await snapshotCounts(h.db);
    expect(await h.say("Marieke", "/pijler hernoem Onbekend naar Wonen")).toEqual(['Ik vind geen pijler "Onbekend". Pijlers: Kansrijk, Vreedzaam, Gezond.']);
    expect(await snapshotCounts(h.db)).toEqual(before);
    expect(await pillarNames()).toEqual(["Kansrijk", "Vreedzaam", "Gezond"]);
  });
});
