import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, snapshotCounts, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.close());

describe("/vergaderingen", () => {
  it("lists the planned meetings with their number of agenda items", async () => {
    await h.say("Marieke", "/vergadering nieuw 12 februari 19:30");
    await h.say("Lisa", "/agendapunt Zomerschool");
    expect(await h.say("Sanne", "/vergaderingen")).toEqual(["*Stuurgroepvergaderingen*\n- do 12 feb 19:30 — 2 agendapunten\nAgenda van de eerstvolgende: /agenda"]);
    expect(await h.db.meeting.count()).toBe(1);
  });

  it("says how to plan one when none is planned, and stores nothing", async () => {
    const before = await snapshotCounts(h.db);
    expect(await h.say("Sanne", "/vergaderingen")).toEqual(["Er zijn geen vergaderingen gepland. Plannen: /vergadering nieuw <datum tijd> [plek]"]);
    expect(await snapshotCounts(h.db)).toEqual(before);
  });
});
