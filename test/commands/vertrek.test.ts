import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, snapshotCounts, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.close());

const leftAt = async (name: string) => (await h.db.person.findFirstOrThrow({ where: { displayName: name } })).leftAt;

describe("/vertrek", () => {
  it("marks someone as left after ja, and lists the actions that need a new owner", async () => {
    expect(await h.say("Marieke", "/vertrek @Peter")).toEqual([
      "Peter afmelden als vertrokken? Peter krijgt dan geen berichten meer. Open acties van Peter: 1.\nAntwoord met *ja* om door te gaan of *nee* om te stoppen.",
    ]);
    expect(await leftAt("Peter")).toBeNull();
    expect(await h.say("Marieke", "ja")).toEqual([
      "👋 Peter staat nu als vertrokken en krijgt geen berichten meer.\nDeze acties hebben nu geen eigenaar meer:\n" +
        "1. Financiële educatie in projectplan Campus 2025 (Kansrijk)\n" +
        "Geef ze een nieuwe eigenaar: /actie eigenaar <actie> @persoon, of alles tegelijk: /overdracht @Peter @persoon",
    ]);
    expect(await leftAt("Peter")).toEqual(h.clock.now());
    expect(await h.say("Marieke", "/vertrek @Peter")).toEqual(["Peter stond al als vertrokken."]);
  });

  it("is refused without a name, or for someone else unless you are the coördinator, and changes nothing", async () => {
    const before = await snapshotCounts(h.db);
    expect(await h.say("Marieke", "/vertrek")).toEqual(["Noem de persoon die vertrekt, bijvoorbeeld: /vertrek @Peter.\nZo werkt het: /vertrek @persoon\nBijvoorbeeld: /vertrek @Peter"]);
    expect(await h.say("Lisa", "/vertrek @Sanne")).toEqual(["Alleen de coördinator kan iemand als vertrokken markeren."]);
    expect(await snapshotCounts(h.db)).toEqual(before);
    expect(await leftAt("Sanne")).toBeNull();
  });
});
