import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, snapshotCounts, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.close());

const planYear = async () => (await h.db.wijk.findUniqueOrThrow({ where: { id: h.wijkId } })).planYear;

describe("/jaarplan", () => {
  it("shows the plan year, and the coördinator sets the next one", async () => {
    expect(await h.say("Lisa", "/jaarplan")).toEqual([
      "📅 Planjaar van Lewenborg XL: 2026. 8 open, 2 klaar, 0 gestopt.\nOverzicht: /jaarplan overzicht — open acties meenemen naar volgend jaar: /jaarplan 2027 meenemen",
    ]);
    expect(await h.say("Marieke", "/jaarplan 2027")).toEqual(["📅 Het planjaar van Lewenborg XL is nu 2027. Nieuwe acties horen bij 2027."]);
    expect(await planYear()).toBe(2027);
  });

  it("refuses a year out of range, words it cannot read, and anyone but the coördinator", async () => {
    const before = await snapshotCounts(h.db);
    expect(await h.say("Marieke", "/jaarplan 1999")).toEqual([
      "Kies een jaar tussen 2000 en 2100.\nZo werkt het: /jaarplan [jaar [meenemen] | overzicht [jaar] | check]\nBijvoorbeeld: /jaarplan 2026",
    ]);
    expect((await h.say("Marieke", "/jaarplan blabla"))[0]).toContain("Noem een jaar, bijvoorbeeld: /jaarplan 2026");
    expect(await h.say("Lisa", "/jaarplan 2028")).toEqual(["Alleen de coördinator kan het jaarplan instellen."]);
    expect(await snapshotCounts(h.db)).toEqual(before);
    expect(await planYear()).toBe(2026);
  });
});
