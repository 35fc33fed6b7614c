import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, snapshotCounts, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.close());

describe("/agenda", () => {
  it("shows the next meeting's agenda; the coördinator also sees how to manage it", async () => {
    await h.say("Marieke", "/vergadering nieuw 12 februari 19:30");
    await h.say("Lisa", "/agendapunt Zomerschool");
    const agenda = "🗓️ *Agenda stuurgroep do 12 feb 19:30*\n1. Voortgang per pijler (informatie)\n2. Zomerschool (bespreking, voorstel) — Lisa\n";
    expect(await h.say("Lisa", "/agenda")).toEqual([`${agenda}Voorstellen: /agendapunt <tekst> [besluit|bespreking|informatie] [actie <naam>]`]);
    expect(await h.say("Marieke", "/agenda")).toEqual([
      `${agenda}Volgorde: /agenda volgorde 3 1 2 · accepteren: /agenda accepteer <nr> · uitstellen: /agenda uitstellen <nr>`,
    ]);
    expect(await h.db.agendaItem.count()).toBe(2);
  });

  it("says that no meeting is planned yet, and stores nothing", async () => {
    const before = await snapshotCounts(h.db);
    expect(await h.say("Lisa", "/agenda")).toEqual([
      "Er is nog geen vergadering gepland. De coördinator of voorzitter plant er een met /vergadering nieuw <datum tijd> [plek].",
    ]);
    expect(await snapshotCounts(h.db)).toEqual(before);
  });
});
