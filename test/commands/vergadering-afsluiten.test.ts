import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { at } from "../scheduler/helpers.ts";
import { recordOutbox, type Recorded } from "../helpers/recording-adapter.ts";

let h: Harness;
let sent: Recorded[];
beforeEach(async () => {
  h = await createHarness();
  sent = recordOutbox(h.app, { clock: h.clock });
  await h.app.scheduler.init(h.clock.now());
});
afterEach(async () => h.close());

describe("/vergadering afsluiten", () => {
  beforeEach(async () => {
    await h.say("Marieke", "/vergadering nieuw 12 februari 19:30");
    await h.say("Marieke", "/vergadering nieuw 12 maart 19:30");
    await h.say("Fatima", "/agendapunt Plek watertappunt kiezen besluit");
    await h.say("Ahmed", "/agendapunt Sportdag informatie");
  });

  it("feeds decisions back to the kartrekkers group on /vergadering afsluiten and carries open items over", async () => {
    await h.app.scheduler.advanceTo(h.clock, at("2026-02-12 20:15"));
    await h.say("Henk", "/besluit Watertappunt bij het winkelcentrum agendapunt 2", { chat: "stuurgroep" });
    const out = await h.send("Henk", "/vergadering afsluiten", { chat: "stuurgroep" });
    expect(out.map((m) => `${m.chatId}: ${m.text}`)).toEqual([
      "stuurgroep: ✅ Vergadering afgesloten. 1 punt gaat door naar de volgende keer. De besluiten staan nu in de kartrekkersgroep.",
      "kartrekkers: 🏛️ *Uit de stuurgroep van do 12 feb*\n\nBesluiten:\n1. Watertappunt bij het winkelcentrum (bij: Plek watertappunt kiezen)\n\n" +
        "Niet behandeld, door naar de vergadering van do 12 mrt:\n- Sportdag",
    ]);
    // The scheduled close afterwards finds nothing left to do.
    await h.app.scheduler.advanceTo(h.clock, at("2026-02-13 12:00"));
    expect(sent.filter((m) => m.text.includes("Uit de stuurgroep"))).toEqual([]);
    // A decision typed after closing goes out right away.
    const late = await h.send("Marieke", "/besluit Sportdag krijgt 500 euro");
    expect(late.map((m) => m.chatId)).toEqual(["kartrekkers", "kartrekkers"]);
    expect(late[1].text).toBe("🏛️ *Nog een besluit van de stuurgroep van do 12 feb*\nSportdag krijgt 500 euro");
    const [march] = await h.say("Marieke", "/agenda");
    expect(march).toContain("Sportdag (informatie, doorgeschoven) — Ahmed");
  });
});
