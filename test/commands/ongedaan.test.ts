import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.close());

const status = async () => (await h.db.action.findFirstOrThrow({ where: { title: "Watertappunt in de wijk" } })).status;

describe("/ongedaan undoes the sender's last change, keeping history", () => {
  it("puts a status back", async () => {
    await h.say("Fatima", "/actie klaar watertappunt");
    expect(await h.say("Fatima", "/ongedaan")).toEqual(["↩️ Teruggedraaid bij Watertappunt in de wijk (Gezond): status: klaar → bezig."]);
    expect(await status()).toBe("bezig");
    const rows = await h.db.historyEntry.findMany({ where: { field: "status" }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.fromValue, r.toValue, Boolean(r.undoneAt)])).toEqual([
      ["bezig", "klaar", true],
      ["klaar", "bezig", false],
    ]);
  });

  it("goes one change further back each time, and only the sender's own changes", async () => {
    await h.say("Fatima", "/actie deadline watertappunt eind april");
    await h.say("Fatima", "/actie klaar watertappunt");
    await h.say("Marieke", "/actie bezig wijkwebsite");
    await h.say("Fatima", "/ongedaan");
    await h.say("Fatima", "/ongedaan");
    const a = await h.db.action.findFirstOrThrow({ where: { title: "Watertappunt in de wijk" } });
    expect(a.status).toBe("bezig");
    expect(a.deadline?.toISOString()).toBe("2026-01-29T23:00:00.000Z");
    expect((await h.db.action.findFirstOrThrow({ where: { title: "Eén wijkwebsite" } })).status).toBe("bezig");
  });

  it("removes a progress note and brings back a deleted action", async () => {
    await h.say("Fatima", "/actie update watertappunt kinderraad gekozen");
    await h.say("Fatima", "/ongedaan");
    expect(await h.db.progressNote.count({ where: { text: "kinderraad gekozen", removedAt: null } })).toBe(0);
    await h.say("Marieke", "/actie verwijder watertappunt");
    await h.say("Marieke", "ja");
    expect((await h.say("Marieke", "/ongedaan"))[0]).toContain("teruggezet");
    expect((await h.say("Marieke", "/acties gezond"))[0]).toContain("Watertappunt in de wijk");
  });

  it("undoes the creation of an action", async () => {
    await h.say("Lisa", "/actie nieuw Speelochtend pijler kansrijk");
    expect((await h.say("Lisa", "/ongedaan"))[0]).toContain("aanmaken teruggedraaid");
    expect((await h.say("Lisa", "/acties kansrijk"))[0]).not.toContain("Speelochtend");
  });

  it("says so when there is nothing to undo", async () => {
    expect(await h.say("Lisa", "/ongedaan")).toEqual(["Er is niets om ongedaan te maken: je hebt nog niets gewijzigd."]);
  });
});

describe("/ongedaan after /herinner", () => {
  it("cancels the reminder just set (for everyone it named), and says which", async () => {
    await h.say("Sanne", "/herinner @Lisa @Peter verslag rondsturen morgen 14:00");
    expect(await h.say("Sanne", "/ongedaan")).toEqual(['↩️ Herinnering 1 ("verslag rondsturen") ongedaan gemaakt: die komt niet.\n↩️ Herinnering 2 ("verslag rondsturen") ongedaan gemaakt: die komt niet.']);
    expect(await h.db.reminder.count({ where: { cancelledAt: null } })).toBe(0);
    expect(await h.say("Sanne", "/herinneringen alle")).not.toContain("verslag rondsturen");
  });

  it("a reminder stopped meanwhile stays stopped; the next /ongedaan goes one change further back", async () => {
    await h.say("Fatima", "/actie klaar watertappunt");
    await h.say("Fatima", "/herinner mij offerte morgen");
    await h.say("Fatima", "/herinner stop 1");
    await h.say("Fatima", "/ongedaan");
    expect(await status()).toBe("klaar");
    expect(await h.say("Fatima", "/ongedaan")).toEqual(["↩️ Teruggedraaid bij Watertappunt in de wijk (Gezond): status: klaar → bezig."]);
  });
});


describe("/ongedaan after /besluit", () => {
  beforeEach(async () => {
    const { recordOutbox } = await import("../helpers/recording-adapter.ts");
    recordOutbox(h.app, { clock: h.clock });
    await h.app.scheduler.init(h.clock.now());
    await h.say("Marieke", "/vergadering nieuw 12 februari 19:30");
    await h.say("Fatima", "/agendapunt Plek watertappunt kiezen besluit");
    const { at } = await import("../scheduler/helpers.ts");
    await h.app.scheduler.advanceTo(h.clock, at("2026-02-12 20:00"));
  });

  it("takes the decision back and gives its agenda item the status it had", async () => {
    const item = async () => (await h.db.agendaItem.findFirstOrThrow({ where: { text: "Plek watertappunt kiezen" } })).status;
    const before = await item();
    const agenda = (await h.say("Henk", "/agenda", { chat: "stuurgroep" })).join("\n");
    const number = agenda.match(/(\d+)\. Plek watertappunt kiezen/)![1];
    await h.say("Henk", `/besluit Watertappunt komt bij de school agendapunt ${number}`, { chat: "stuurgroep" });
    expect(await item()).toBe("behandeld");
    expect(await h.say("Henk", "/ongedaan", { chat: "stuurgroep" })).toEqual(["↩️ Besluit “Watertappunt komt bij de school” is teruggedraaid."]);
    expect(await h.db.decision.count()).toBe(0);
    expect(await item()).toBe(before);
    // A second /ongedaan does not bring it back: there is nothing more of Henk's to undo.
    expect(await h.say("Henk", "/ongedaan", { chat: "stuurgroep" })).toEqual(["Er is niets om ongedaan te maken: je hebt nog niets gewijzigd."]);
  });

  it("only the sender's own decision: someone else's /ongedaan leaves it", async () => {
    await h.say("Henk", "/besluit Sportdag gaat door", { chat: "stuurgroep" });
    expect(await h.say("Ingrid", "/ongedaan", { chat: "stuurgroep" })).toEqual(["Er is niets om ongedaan te maken: je hebt nog niets gewijzigd."]);
    expect(await h.db.decision.count()).toBe(1);
  });
});

describe("/ongedaan after an agenda change", () => {
  beforeEach(async () => {
    await h.say("Marieke", "/vergadering nieuw 12 februari 19:30");
    await h.say("Marieke", "/vergadering nieuw 12 maart 19:30");
    await h.say("Fatima", "/agendapunt Plek watertappunt kiezen besluit");
    await h.say("Peter", "/agendapunt Speeltuin toelichten informatie");
    await h.say("Marieke", "/agenda accepteer 1 2");
  });

  const agenda = async () => (await h.db.agendaItem.findMany({ orderBy: [{ meetingId: "asc" }, { position: "asc" }] })).map((i) => `${i.meetingId}:${i.position}:${i.text}:${i.status}`);

  it("puts a new order back as it was, and says so with the agenda", async () => {
    const before = await agenda();
    await h.say("Marieke", "/agenda volgorde 2 1");
    expect(await agenda()).not.toEqual(before);
    const reply = (await h.say("Marieke", "/ongedaan")).join("\n");
    expect(reply).toContain("De agenda staat weer zoals hij was");
    expect(await agenda()).toEqual(before);
  });

  it("brings a deferred item back to this meeting, at its place and with its status", async () => {
    const before = await agenda();
    await h.say("Marieke", "/agenda uitstellen 1");
    expect(await agenda()).not.toEqual(before);
    await h.say("Marieke", "/ongedaan");
    expect(await agenda()).toEqual(before);
  });

  it("takes back an accept; the proposer's /ongedaan no longer takes an accepted item off", async () => {
    const before = await agenda();
    await h.say("Marieke", "/agenda accepteer 3");
    const accepted = await agenda();
    expect(await h.say("Peter", "/ongedaan")).toEqual([expect.stringContaining('"Speeltuin toelichten" is al opgenomen')]);
    expect(await agenda()).toEqual(accepted);
    await h.say("Marieke", "/ongedaan");
    expect(await agenda()).toEqual(before);
  });

  it("takes back a proposal: the item is off the agenda again, the others keep their numbers", async () => {
    const before = await agenda();
    await h.say("Peter", "/agendapunt Begroting bespreken bespreking");
    expect(await agenda()).toHaveLength(before.length + 1);
    const reply = await h.say("Peter", "/ongedaan");
    expect(reply[0]).toContain("De agenda staat weer zoals hij was");
    expect(reply[0]).not.toContain("Begroting bespreken");
    expect(await agenda()).toEqual(before);
  });
});

describe("/ongedaan after /rol", () => {
  const roleOf = async (name: string) => {
    const p = await h.db.person.findFirstOrThrow({ where: { displayName: name }, include: { pillar: true } });
    return `${p.role} ${p.pillar?.name ?? "-"}`;
  };

  it("puts the person back to exactly the role and pillar they had, and says so", async () => {
    await h.say("Marieke", "/rol @Lisa aanjager Gezond");
    expect(await roleOf("Lisa")).toBe("aanjager Gezond");
    expect(await h.say("Marieke", "/ongedaan")).toEqual(["↩️ Ongedaan: Lisa is weer kartrekker van Kansrijk."]);
    expect(await roleOf("Lisa")).toBe("kartrekker Kansrijk");
  });

  it("gives back a role that had no pillar", async () => {
    await h.say("Marieke", "/rol @Henk aanjager Vreedzaam");
    expect(await h.say("Marieke", "/ongedaan")).toEqual(["↩️ Ongedaan: Henk is weer voorzitter stuurgroep."]);
    expect(await roleOf("Henk")).toBe("voorzitter -");
  });

  it("goes one change further back each time, and changes nothing else", async () => {
    const everyone = async () => (await h.db.person.findMany({ orderBy: { displayName: "asc" } })).map((p) => `${p.displayName}:${p.role}:${p.pillarId}`);
    const before = await everyone();
    await h.say("Marieke", "/actie klaar kindteams");
    await h.say("Marieke", "/rol @Peter aanjager Kansrijk");
    await h.say("Marieke", "/rol @Peter stuurgroep");
    expect(await h.say("Marieke", "/ongedaan")).toEqual(["↩️ Ongedaan: Peter is weer aanjager van Kansrijk."]);
    expect(await h.say("Marieke", "/ongedaan")).toEqual(["↩️ Ongedaan: Peter is weer kartrekker van Kansrijk."]);
    expect(await everyone()).toEqual(before);
    expect((await h.db.action.findFirstOrThrow({ where: { shortName: "kindteams" } })).status).toBe("klaar");
  });

  it("only the coördinator who set it undoes it: someone else's /ongedaan leaves it", async () => {
    await h.say("Marieke", "/rol @Lisa stuurgroep");
    expect(await h.say("Lisa", "/ongedaan")).toEqual(["Er is niets om ongedaan te maken: je hebt nog niets gewijzigd."]);
    expect(await roleOf("Lisa")).toBe("stuurgroep -");
  });

  it("answers in English for someone who reads English", async () => {
    await h.say("Marieke", "/taal en");
    await h.say("Marieke", "/rol @Lisa aanjager Gezond");
    expect(await h.say("Marieke", "/ongedaan")).toEqual(["↩️ Undone: Lisa is action lead of Kansrijk again."]);
  });
});

describe("/ongedaan after /vakantie", () => {
  const periods = async () => (await h.db.holiday.findMany({ orderBy: { startDate: "asc" } })).map((p) => `${p.id}:${p.startDate.toISOString()}:${p.endDate.toISOString()}`);

  it("removes a holiday just added, and says which", async () => {
    await h.say("Marieke", "/vakantie 2026-02-14 t/m 2026-02-22");
    const before = await periods();
    await h.say("Marieke", "/vakantie 2026-07-18 t/m 2026-08-30");
    expect(await h.say("Marieke", "/ongedaan")).toEqual(["↩️ Vakantie za 18 jul t/m zo 30 aug ongedaan gemaakt: herinneringen lopen dan gewoon."]);
    expect(await periods()).toEqual(before);
  });

  it("brings a removed holiday back as it was", async () => {
    await h.say("Marieke", "/vakantie 2026-07-18 t/m 2026-08-30");
    const before = await periods();
    await h.say("Marieke", "/vakantie weg 1");
    expect(await periods()).toEqual([]);
    expect(await h.say("Marieke", "/ongedaan")).toEqual(["↩️ Ongedaan: vakantie za 18 jul t/m zo 30 aug staat er weer; dan stuur ik geen deadline-herinneringen."]);
    expect(await periods()).toEqual(before);
    expect(await h.say("Sanne", "/vakantie")).toEqual(["*Vakanties (geen deadline-herinneringen)*\n1. za 18 jul t/m zo 30 aug"]);
  });

  it("goes one change further back the second time: the removal, then the adding", async () => {
    await h.say("Marieke", "/vakantie 2026-07-18 t/m 2026-08-30");
    await h.say("Marieke", "/vakantie weg 1");
    await h.say("Marieke", "/ongedaan");
    expect(await periods()).toHaveLength(1);
    expect(await h.say("Marieke", "/ongedaan")).toEqual([expect.stringContaining("ongedaan gemaakt")]);
    expect(await periods()).toEqual([]);
    expect(await h.say("Marieke", "/ongedaan")).toEqual(["Er is niets om ongedaan te maken: je hebt nog niets gewijzigd."]);
  });
});
