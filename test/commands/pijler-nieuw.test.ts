import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, snapshotCounts, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.close());

const pillarNames = async () => (await h.db.pillar.findMany({ where: { wijkId: h.wijkId }, orderBy: { position: "asc" } })).map((p) => p.name);

describe("/pijler nieuw", () => {
  it("adds a pillar to the wijk, once", async () => {
    expect(await h.say("Marieke", "/pijler nieuw Veiligheid")).toEqual(["🏛️ Pijler *Veiligheid* is toegevoegd aan Lewenborg XL."]);
    expect(await h.say("Marieke", "/pijler nieuw Veiligheid")).toEqual(["Pijler *Veiligheid* bestaat al; er is niets veranderd."]);
    expect(await pillarNames()).toEqual(["Kansrijk", "Vreedzaam", "Gezond", "Veiligheid"]);
  });

  it("is for the coördinator only, and stores nothing for anyone else", async () => {
    const before = await snapshotCounts(h.db);
    expect(await h.say("Lisa", "/pijler nieuw Wonen")).toEqual(["Alleen de coördinator kan pijlers beheren."]);
    expect(await snapshotCounts(h.db)).toEqual(before);
  });
});
