import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, snapshotCounts, type Harness } from "../helpers/harness.ts";
import { localParts } from "../../src/parse/dates.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // Monday 5 January 2026, 09:00
});
afterEach(async () => h.close());

const action = (title: string) =>
  h.db.action.findFirstOrThrow({ where: { title }, include: { owners: { include: { person: true } }, partners: { include: { organisation: true } }, pillar: true, notes: true } });

describe("/actie nieuw", () => {
  it("creates an action owned by the sender, with pillar and deadline", async () => {
    const [reply] = await h.say("Lisa", "/actie nieuw Voorleesochtend in de bieb pijler kansrijk deadline 15 maart");
    expect(reply).toBe("🆕 Voorleesochtend in de bieb (Kansrijk) staat op gepland. Eigenaar: Lisa. Deadline: zo 15 mrt.");
    const a = await action("Voorleesochtend in de bieb");
    expect(a.status).toBe("gepland");
    expect(a.pillar?.name).toBe("Kansrijk");
    expect(a.owners.map((o) => o.person.displayName)).toEqual(["Lisa"]);
    expect(localParts(a.deadline!)).toMatchObject({ year: 2026, month: 3, day: 15, hour: 0 });
  });

  it("takes another owner with eigenaar @persoon", async () => {
    await h.say("Marieke", "/actie nieuw Ouderavond mediawijsheid eigenaar @Ahmed");
    expect((await action("Ouderavond mediawijsheid")).owners.map((o) => o.person.displayName)).toEqual(["Ahmed"]);
  });

  it("suggests a pillar when none was given", async () => {
    const [reply] = await h.say("Lisa", "/actie toevoegen Zomerschool");
    expect(reply).toContain("Tip: geef een pijler");
  });

  it.each([
    ["/actie nieuw", "Geef de actie een titel van minstens 3 tekens."],
    ["/actie nieuw ab", "Geef de actie een titel van minstens 3 tekens."],
    ["/actie nieuw Iets pijler Onbekend", 'Ik ken geen pijler "Onbekend". De pijlers zijn: Kansrijk, Vreedzaam, Gezond.'],
    ["/actie nieuw Iets deadline blabla", 'Ik begrijp de datum "blabla" niet.'],
    ["/actie nieuw Iets eigenaar @Niemand", 'Ik ken niemand die "Niemand" heet'],
    ["/actie nieuw Watertappunt in de wijk", 'Er bestaat al een actie "Watertappunt in de wijk"'],
  ])("%s is refused and stores nothing", async (text, expected) => {
    const before = await snapshotCounts(h.db);
    const [reply] = await h.say("Lisa", text);
    expect(reply).toContain(expected);
    expect(await snapshotCounts(h.db)).toEqual(before);
  });

  it("shows the right form after a malformed command", async () => {
    const [reply] = await h.say("Lisa", "/actie nieuw");
    expect(reply).toContain("Zo werkt het: /actie nieuw <titel> [pijler <naam>] [deadline <datum>] [eigenaar @persoon]");
  });
});

describe("ambiguous names and dates are asked back, answered by number", () => {
  it("lists the candidates numbered and completes the command with the chosen one", async () => {
    await h.say("Marieke", "/actie nieuw Ouderavond mediawijsheid pijler vreedzaam eigenaar @Ahmed");
    const [question] = await h.say("Marieke", "/actie bezig ouder");
    expect(question).toBe(
      'Welke actie bedoel je met "ouder"?\n1. Ouderavond mediawijsheid (Vreedzaam)\n2. Ouderbetrokkenheid (Vreedzaam)\nAntwoord met het nummer.',
    );
    expect(await h.say("Marieke", "1")).toEqual(["🔧 Ouderavond mediawijsheid (Vreedzaam) staat op bezig. Eigenaar: Ahmed."]);
    expect((await action("Ouderbetrokkenheid")).status).toBe("gepland");
  });

  it("can be answered by name instead of number", async () => {
    await h.say("Marieke", "/actie nieuw Ouderavond mediawijsheid pijler vreedzaam eigenaar @Ahmed");
    await h.say("Marieke", "/actie bezig ouder");
    expect(await h.say("Marieke", "ouderavond")).toEqual(["🔧 Ouderavond mediawijsheid (Vreedzaam) staat op bezig. Eigenaar: Ahmed."]);
  });

  it("picks the sender's own open action when several fit equally", async () => {
    await h.say("Marieke", "/actie nieuw Ouderavond mediawijsheid pijler vreedzaam");
    expect(await h.say("Marieke", "/actie bezig ouder")).toEqual(["🔧 Ouderavond mediawijsheid (Vreedzaam) staat op bezig. Eigenaar: Marieke."]);
    expect((await action("Ouderbetrokkenheid")).status).toBe("gepland");
  });

  it("only the person who asked can answer, and only within 10 minutes", async () => {
    await h.say("Marieke", "/actie nieuw Ouderavond mediawijsheid eigenaar @Ahmed");
    await h.say("Marieke", "/actie info ouder");
    expect(await h.say("Ahmed", "1")).toEqual([]);
    h.clock.advance(11 * 60_000);
    expect(await h.say("Marieke", "1")).toEqual(["Die vraag is verlopen (na 10 minuten). Typ het commando opnieuw."]);
  });

  it("a number outside the list gets the valid range", async () => {
    await h.say("Marieke", "/actie nieuw Ouderavond mediawijsheid eigenaar @Ahmed");
    await h.say("Marieke", "/actie info ouder");
    expect(await h.say("Marieke", "7")).toEqual(["Kies een nummer van 1 tot en met 2."]);
  });

  it("an ambiguous date becomes a numbered question too", async () => {
    const [question] = await h.say("Fatima", "/actie deadline watertappunt volgende vrijdag");
    expect(question).toContain("Bedoel je vrijdag 9 januari of vrijdag 16 januari?");
    await h.say("Fatima", "2");
    expect(localParts((await action("Watertappunt in de wijk")).deadline!)).toMatchObject({ month: 1, day: 16 });
  });
});

describe("changing an action", () => {
  it("/actie update notes progress", async () => {
    expect(await h.say("Fatima", "/actie update watertappunt 120 handtekeningen opgehaald")).toEqual([
      '📝 Voortgang bij Watertappunt in de wijk (Gezond) genoteerd: "120 handtekeningen opgehaald"',
    ]);
    expect((await action("Watertappunt in de wijk")).notes.map((n) => n.text)).toContain("120 handtekeningen opgehaald");
  });

  it("/actie deadline moves the deadline", async () => {
    expect(await h.say("Fatima", "/actie deadline watertappunt eind april")).toEqual([
      "📅 Deadline van Watertappunt in de wijk (Gezond) is nu do 30 apr. Eigenaar: Fatima.",
    ]);
  });

  it("/actie eigenaar replaces the owners", async () => {
    expect(await h.say("Fatima", "/actie eigenaar watertappunt @Joke @Ahmed")).toEqual([
      "👤 Watertappunt in de wijk (Gezond) heeft nu als eigenaar: Joke en Ahmed.",
    ]);
  });

  it("/actie bereik records reached and intended reach", async () => {
    await h.say("Fatima", "/actie bereik watertappunt 250");
    expect(await h.say("Fatima", "/actie bereik watertappunt beoogd 400")).toEqual([
      "🎯 Bereik van Watertappunt in de wijk (Gezond): 250 bereikt, 400 beoogd.",
    ]);
  });

  it("/actie budget understands Dutch amounts", async () => {
    await h.say("Fatima", "/actie budget watertappunt begroot 2.500");
    expect(await h.say("Fatima", "/actie budget watertappunt besteed € 1.250,50")).toEqual([
      "💶 Watertappunt in de wijk (Gezond): begroot € 2.500, besteed € 1.250,50.",
    ]);
    expect((await action("Watertappunt in de wijk")).budgetSpentCents).toBe(125050);
  });

  it("/actie doelgroep accepts the four age groups only", async () => {
    expect(await h.say("Fatima", "/actie doelgroep watertappunt 12+")).toEqual(["👧 Doelgroep van Watertappunt in de wijk (Gezond): 12+ jaar."]);
    const [refused] = await h.say("Fatima", "/actie doelgroep watertappunt 18-25");
    expect(refused).toContain("Kies als doelgroep 0-4, 4-12, 12+ of algemeen");
  });

  it("/actie partner adds an organisation (created when new)", async () => {
    expect(await h.say("Fatima", "/actie partner watertappunt Waterbedrijf Groningen")).toEqual([
      "🤝 Waterbedrijf Groningen is partner bij Watertappunt in de wijk (Gezond).",
    ]);
    expect((await action("Watertappunt in de wijk")).partners.map((p) => p.organisation.name).sort()).toEqual(["GGD Groningen", "Waterbedrijf Groningen"]);
  });

  it("/actie pijler moves an action to another pillar", async () => {
    expect(await h.say("Marieke", "/actie pijler watertappunt kansrijk")).toEqual(["📌 Watertappunt in de wijk valt nu onder pijler Kansrijk."]);
  });

  it("/actie hernoem renames", async () => {
    expect(await h.say("Fatima", "/actie hernoem watertappunt naar Watertappunt bij het winkelcentrum")).toEqual([
      '✏️ "Watertappunt in de wijk" heet nu "Watertappunt bij het winkelcentrum".',
    ]);
  });

  it("/actie info shows details and the last 5 history entries", async () => {
    await h.say("Fatima", "/actie update watertappunt kinderraad heeft plek gekozen");
    await h.say("Fatima", "/actie klaar watertappunt");
    const [info] = await h.say("Fatima", "/actie info watertappunt");
    expect(info).toContain("*Watertappunt in de wijk*");
    expect(info).toContain("Status: ✅ klaar");
    expect(info).toContain("Eigenaar: Fatima");
    expect(info).toContain("Partners: GGD Groningen");
    expect(info).toContain("Bereik: 120 bereikt van 300 beoogd");
    expect(info).toContain("Laatste update (ma 5 jan, Fatima): kinderraad heeft plek gekozen");
    expect(info).toContain("- ma 5 jan Fatima: status: bezig → klaar");
    expect(info).toContain('- ma 5 jan Fatima: voortgang: "kinderraad heeft plek gekozen"');
  });
});

describe("/actie verwijder", () => {
  it("is for the coördinator only", async () => {
    const [reply] = await h.say("Fatima", "/actie verwijder watertappunt");
    expect(reply).toBe("Alleen de coördinator kan acties verwijderen.");
  });

  it("asks for confirmation, then removes it from every list but keeps the history", async () => {
    const [question] = await h.say("Marieke", "/actie verwijder watertappunt");
    expect(question).toContain("Weet je zeker dat je Watertappunt in de wijk (Gezond) wilt verwijderen?");
    expect((await action("Watertappunt in de wijk")).deletedAt).toBeNull();
    expect(await h.say("Marieke", "ja")).toEqual(["🗑️ Watertappunt in de wijk (Gezond) is verwijderd. De geschiedenis blijft bewaard; /ongedaan zet hem terug."]);
    const [list] = await h.say("Marieke", "/acties");
    expect(list).not.toContain("Watertappunt");
    expect(await h.db.historyEntry.count({ where: { action: { title: "Watertappunt in de wijk" } } })).toBeGreaterThan(0);
  });

  it("'nee' changes nothing", async () => {
    await h.say("Marieke", "/actie verwijder watertappunt");
    expect(await h.say("Marieke", "nee")).toEqual(["Oké, ik heb niets veranderd."]);
    expect((await action("Watertappunt in de wijk")).deletedAt).toBeNull();
  });
});

describe("lists and overview", () => {
  it("/acties mijn lists the sender's open actions", async () => {
    const [reply] = await h.say("Sanne", "/acties mijn");
    expect(reply).toBe("*Jouw open acties* (1)\n1. 🔧 Integraal pedagogisch wijkplan jonge kind — Sanne, Lisa · za 14 feb");
  });

  it("/acties te laat lists overdue actions", async () => {
    const [reply] = await h.say("Sanne", "/acties te laat");
    expect(reply).toContain("Financiële educatie in projectplan Campus 2025 — Peter · vr 2 jan ⚠️ te laat");
    expect(reply).not.toContain("Watertappunt");
  });

  it("/acties <pijler> filters by pillar", async () => {
    const [reply] = await h.say("Sanne", "/acties gezond");
    expect(reply).toContain("*Acties van Gezond* (3)");
    expect(reply).not.toContain("Wijkwebsite");
  });

  it("/overzicht is the board in one message: per pillar bezig, gepland, klaar", async () => {
    const [board] = await h.send("Sanne", "/overzicht");
    expect(board.text).toContain("*Overzicht Lewenborg XL* (ma 5 jan)");
    expect(board.text).toMatch(/\*Gezond\*\nBezig:\n- Watertappunt in de wijk — Fatima · vr 30 jan\nGepland:\n- Verhoogde betrokkenheid CB en GGD — Joke · wo 4 feb\nKlaar \(1\): Gezonde School vignet voor alle scholen/);
    expect(board.text).toContain("⚠️ te laat");
    expect(board.board?.pillars.map((p) => p.name)).toEqual(["Kansrijk", "Vreedzaam", "Gezond"]);
  });
});

describe("people", () => {
  it("/wie shows people with organisation, role and open actions", async () => {
    const [reply] = await h.say("Lisa", "/wie");
    expect(reply).toContain("- *Marieke* — coördinator, Gemeente Groningen");
    expect(reply).toContain("- *Fatima* — kartrekker Gezond, GGD Groningen\n   Watertappunt in de wijk (vr 30 jan)");
  });

  it("/wie <pijler|organisatie|naam> narrows it down", async () => {
    expect((await h.say("Lisa", "/wie gezond"))[0]).toContain("*Wie werkt aan Gezond*");
    expect((await h.say("Lisa", "/wie GGD"))[0]).toMatch(/Joke[\s\S]*Fatima|Fatima[\s\S]*Joke/);
    expect((await h.say("Lisa", "/wie youssef"))[0]).toContain("Youssef");
  });

  it("/ik sets how you are shown", async () => {
    expect(await h.say("Lisa", "/ik Lisa de Boer, OBS De Zonnewijzer")).toEqual(["👋 Je wordt nu getoond als *Lisa de Boer* (OBS De Zonnewijzer)."]);
    expect((await h.say("Lisa", "/ik"))[0]).toContain("Je staat bekend als *Lisa de Boer* (OBS De Zonnewijzer), kartrekker.");
  });

  it("/rol by the coördinator, refused for others", async () => {
    expect(await h.say("Marieke", "/rol @Lisa aanjager Kansrijk")).toEqual(["🧭 Lisa is nu aanjager van Kansrijk."]);
    expect(await h.say("Lisa", "/rol @Peter voorzitter")).toEqual(["Alleen de coördinator kan rollen toekennen."]);
    expect((await h.say("Marieke", "/rol @Peter aanjager"))[0]).toContain("Een aanjager hoort bij een pijler.");
  });
});

describe("/help is generated from the command files", () => {
  it("lists every command", async () => {
    const [reply] = await h.say("Lisa", "/help");
    for (const usage of ["/actie nieuw <titel>", "/actie klaar <naam>", "/acties [mijn | open | te laat | <pijler>]", "/overzicht", "/koppel <code>", "/ongedaan"]) {
      expect(reply).toContain(usage);
    }
  });
  it("explains one command with examples", async () => {
    const [reply] = await h.say("Lisa", "/help actie deadline");
    expect(reply).toContain("*/actie deadline <naam> <datum>*");
    expect(reply).toContain("- /actie deadline watertappunt 15 maart");
  });
});
