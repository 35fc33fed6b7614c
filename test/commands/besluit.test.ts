import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { at } from "../scheduler/helpers.ts";
import { recordOutbox } from "../helpers/recording-adapter.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  recordOutbox(h.app, { clock: h.clock });
  await h.app.scheduler.init(h.clock.now());
});
afterEach(async () => h.close());

describe("/besluit", () => {
  beforeEach(async () => {
    await h.say("Marieke", "/vergadering nieuw 12 februari 19:30");
    await h.say("Marieke", "/vergadering nieuw 12 maart 19:30");
    await h.say("Fatima", "/agendapunt Plek watertappunt kiezen besluit");
    await h.say("Ahmed", "/agendapunt Sportdag informatie");
  });

  it("records decisions only for the stuurgroep, during or after a meeting", async () => {
    expect(await h.say("Henk", "/besluit Sportdag gaat door", { chat: "stuurgroep" })).toEqual([
      "Er is geen vergadering bezig of net geweest. Besluiten noteer je tijdens of na een vergadering van de stuurgroep.",
    ]);
    await h.app.scheduler.advanceTo(h.clock, at("2026-02-12 20:00"));
    expect(await h.say("Ahmed", "/besluit Sportdag gaat door")).toEqual(["Alleen de coördinator of voorzitter stuurgroep of stuurgroeplid kan besluiten noteren."]);
    expect(await h.say("Henk", "/besluit Watertappunt bij het winkelcentrum agendapunt 9", { chat: "stuurgroep" })).toEqual([
      "Agendapunt 9 bestaat niet; de agenda heeft 3 punten. Typ /agenda om ze te zien.",
    ]);
    expect(await h.db.decision.count()).toBe(0);
  });

  it("reads only a trailing 'agendapunt <nr>' as the item: the word inside the decision stays in its text", async () => {
    await h.app.scheduler.advanceTo(h.clock, at("2026-02-12 20:00"));
    await h.say("Henk", "/besluit Ouderbetrokkenheid wordt een vast agendapunt elke vergadering", { chat: "stuurgroep" });
    await h.say("Henk", "/besluit Watertappunt bij het winkelcentrum agendapunt 1", { chat: "stuurgroep" });
    const decisions = await h.db.decision.findMany({ select: { text: true, agendaItemId: true } });
    expect(decisions.map((d) => [d.text, d.agendaItemId !== null]).sort()).toEqual([
      ["Ouderbetrokkenheid wordt een vast agendapunt elke vergadering", false],
      ["Watertappunt bij het winkelcentrum", true],
    ]);
    expect(await h.say("Henk", "/besluit Sportdag gaat door agendapunt twee", { chat: "stuurgroep" })).toEqual([expect.stringContaining("agendapunt")]);
  });

  it("takes the words that lead up to the trailing number with it: '…, bij agendapunt 1', '… (punt 1)'", async () => {
    await h.app.scheduler.advanceTo(h.clock, at("2026-02-12 20:00"));
    await h.say("Henk", "/besluit de wijkwebsite gaat pas na de zomervakantie live, bij agendapunt 1", { chat: "stuurgroep" });
    await h.say("Henk", "/besluit Sportdag gaat door (punt 1)", { chat: "stuurgroep" });
    const decisions = await h.db.decision.findMany({ select: { text: true, agendaItemId: true } });
    expect(decisions.map((d) => [d.text, d.agendaItemId !== null]).sort()).toEqual([
      ["Sportdag gaat door", true],
      ["de wijkwebsite gaat pas na de zomervakantie live", true],
    ]);
  });
});
