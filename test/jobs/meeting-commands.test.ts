import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { at, recordSends, type Recorded } from "../scheduler/helpers.ts";

let h: Harness;
let sent: Recorded[];
beforeEach(async () => {
  h = await createHarness();
  sent = recordSends(h.app, h.clock);
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

describe("/agendapunt and the coördinator's agenda commands", () => {
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

  it("orders, accepts and defers; bad numbers change nothing", async () => {
    await h.say("Marieke", "/vergadering nieuw 12 februari 19:30");
    await h.say("Marieke", "/vergadering nieuw 12 maart 19:30");
    await h.say("Lisa", "/agendapunt Zomerschool");
    await h.say("Ahmed", "/agendapunt Sportdag informatie");
    expect(await h.say("Lisa", "/agenda volgorde 3 1 2")).toEqual(["Alleen de coördinator of voorzitter stuurgroep kan de agenda ordenen."]);
    expect(await h.say("Marieke", "/agenda volgorde 3 3")).toEqual([expect.stringContaining("Nummer 3 staat er twee keer in")]);
    expect(await h.say("Marieke", "/agenda volgorde 4 1")).toEqual(["Agendapunt 4 bestaat niet; kies uit 1 tot en met 3."]);
    expect(await h.say("Marieke", "/agenda volgorde drie")).toEqual([expect.stringContaining("Gebruik alleen nummers")]);
    await h.say("Marieke", "/agenda volgorde 3 1 2");
    const [agenda] = await h.say("Marieke", "/agenda");
    expect(agenda.split("\n").slice(1, 4)).toEqual(["1. Sportdag (informatie, voorstel) — Ahmed", "2. Voortgang per pijler (informatie)", "3. Zomerschool (bespreking, voorstel) — Lisa"]);
    expect(await h.say("Marieke", "/agenda accepteer 1")).toEqual(['👍 1. "Sportdag" is geaccepteerd.\nTyp /agenda voor de hele agenda.']);
    expect(await h.say("Marieke", "/agenda uitstellen 3")).toEqual(['⏭️ "Zomerschool" schuift door naar de vergadering van do 12 mrt.\nTyp /agenda voor de hele agenda.']);
    const [after] = await h.say("Marieke", "/agenda");
    expect(after).not.toContain("Zomerschool");
  });
});

describe("/besluit and closing a meeting", () => {
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
