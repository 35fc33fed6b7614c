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

const agendaTexts = async () => (await h.db.agendaItem.findMany({ orderBy: [{ position: "asc" }] })).map((i) => i.text);

describe("/vergadering nieuw", () => {
  it("is for the coördinator or voorzitter, needs a time, and starts with the fixed items", async () => {
    expect(await h.say("Sanne", "/vergadering nieuw 12 februari 19:30")).toEqual(["Alleen de coördinator of voorzitter stuurgroep kan een vergadering plannen."]);
    expect(await h.say("Henk", "/vergadering nieuw 12 februari", { chat: "stuurgroep" })).toEqual([
      "Hoe laat begint de vergadering? Bijvoorbeeld: /vergadering nieuw 12 februari 19:30",
    ]);
    expect(await h.db.meeting.count()).toBe(0);
    expect(await h.say("Henk", "/vergadering nieuw 12 februari 19:30 De Kiosk", { chat: "stuurgroep" })).toEqual([
      "🗓️ Stuurgroep gepland: do 12 feb 19:30, De Kiosk.\n" +
        "maandag 2 februari vraag ik de kartrekkers om agendapunten; maandag 9 februari stuur ik de agenda rond.\n" +
        "Agendapunt voorstellen: /agendapunt <tekst>",
    ]);
    expect(await agendaTexts()).toEqual(["Voortgang per pijler"]);
  });

  it("uses the wijk's own fixed items from its settings", async () => {
    await h.db.wijk.update({ where: { id: h.wijkId }, data: { settings: JSON.stringify({ meetings: { fixedItems: ["Opening", "Rondvraag"] } }) } });
    await h.say("Marieke", "/vergadering nieuw 12 februari 19:30");
    expect(await agendaTexts()).toEqual(["Opening", "Rondvraag"]);
  });
});
