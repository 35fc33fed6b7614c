import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { recordOutbox } from "../helpers/recording-adapter.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  recordOutbox(h.app, { clock: h.clock });
  await h.app.scheduler.init(h.clock.now());
});
afterEach(async () => h.close());

describe("/agendapunt", () => {
  it("keeps items proposed before any meeting is planned, and puts them on the next one", async () => {
    expect(await h.say("Fatima", "/agendapunt Plek watertappunt kiezen besluit actie watertappunt")).toEqual([
      '📌 "Plek watertappunt kiezen" (besluit, actie Watertappunt in de wijk) staat op de agenda van de volgende vergadering (die is nog niet gepland). De coördinator bepaalt de volgorde.',
    ]);
    expect(await h.say("Marieke", "/vergadering nieuw 12 februari 19:30")).toEqual([expect.stringContaining("1 agendapunt staat al klaar.")]);
    const [agenda] = await h.say("Sanne", "/agenda");
    expect(agenda).toBe(
      "🗓️ *Agenda stuurgroep do 12 feb 19:30*\n" +
        "1. Voortgang per pijler (informatie)\n" +
        "2. Plek watertappunt kiezen (besluit, voorstel) — Fatima\n" +
        '   Actie Watertappunt in de wijk: bezig; laatste update ma 5 jan: "Handtekeningenactie onder jongeren gestart; kinderraad denkt mee over de plek."\n' +
        "Voorstellen: /agendapunt <tekst> [besluit|bespreking|informatie] [actie <naam>]",
    );
  });
});
