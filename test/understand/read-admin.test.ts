import { describe, expect, it } from "vitest";
import { readAdmin } from "../../src/understand/read-admin.ts";
import type { Understanding, UnderstandWorld } from "../../src/understand/index.ts";
import { isQuestion } from "../../src/understand/question.ts";
import { ActionNameIndex } from "../../src/action-names/match-actions.ts";
import { locateActions } from "../../src/action-names/locate-action.ts";
import { rankCandidates, type CandidateFacts, type RankPerson } from "../../src/action-names/rank-actions.ts";
import type { IndexedAction } from "../../src/action-names/action-index.ts";
import { CommandRouter } from "../../src/core/router.ts";
import { commands } from "../../commands/index.ts";
import { fold } from "../../src/parse/text.ts";

const NOW = new Date("2026-01-05T08:00:00Z");

/** A small wijk: its actions with the facts ranking needs. */
const ACTIONS: (IndexedAction & CandidateFacts)[] = [
  { id: "water", title: "Watertappunt in de wijk", shortName: "watertappunt", pillarName: "Gezond", status: "bezig", ownerIds: ["fatima"], pillarId: "gezond" },
  { id: "moestuin", title: "Buurtmoestuin", shortName: null, pillarName: "Gezond", status: "bezig", ownerIds: ["fatima"], pillarId: "gezond" },
  { id: "website", title: "Eén wijkwebsite", shortName: "wijkwebsite", pillarName: "Vreedzaam", status: "gepland", ownerIds: ["youssef"], pillarId: "vreedzaam" },
  { id: "geld", title: "Geldlessen groep 8", shortName: null, pillarName: "Kansrijk", status: "bezig", ownerIds: ["peter"], pillarId: "kansrijk" },
  { id: "ontbijt", title: "Schoolontbijt", shortName: null, pillarName: "Gezond", status: "klaar", ownerIds: ["anouk"], pillarId: "gezond" },
  { id: "huiswerk", title: "Huiswerkbegeleiding buurthuis", shortName: null, pillarName: "Kansrijk", status: "bezig", ownerIds: ["lisa"], pillarId: "kansrijk" },
  { id: "zomerkamp", title: "Zomerkamp", shortName: null, pillarName: "Vreedzaam", status: "gepland", ownerIds: ["ahmed"], pillarId: "vreedzaam" },
  { id: "veilig", title: "Veilig naar school", shortName: null, pillarName: "Vreedzaam", status: "bezig", ownerIds: ["bram"], pillarId: "vreedzaam" },
  { id: "voorlees", title: "Voorleesochtend bibliotheek", shortName: null, pillarName: "Kansrijk", status: "gepland", ownerIds: ["sanne"], pillarId: "kansrijk" },
  { id: "speeltuin", title: "Speeltuin Kastanjelaan opknappen", shortName: null, pillarName: "Kansrijk", status: "gepland", ownerIds: ["peter"], pillarId: "kansrijk" },
];

const COORDINATOR: RankPerson = { id: "marieke", role: "coordinator", pillarId: null };
const router = new CommandRouter(commands);

function world(sender?: string): UnderstandWorld {
  const index = new ActionNameIndex<IndexedAction>(ACTIONS.map(({ id, title, shortName, pillarName }) => ({ id, title, shortName, pillarName })));
  const facts = new Map<string, CandidateFacts>(ACTIONS.map(({ id, status, ownerIds, pillarId }) => [id, { status, ownerIds, pillarId }]));
  const w: UnderstandWorld = {
    now: NOW,
    region: "noord",
    isDirect: false,
    router,
    index,
    rank: async (candidates) => rankCandidates(candidates, facts, COORDINATOR),
    people: ["Marieke", "Fatima", "Peter", "Daan", "Esther", "Sanne de Vries", "Lisa", "Bram", "Henk"].map((displayName) => ({ displayName })),
    ...(sender ? { sender: { displayName: sender } } : {}),
    details: async () => ({ ownerNames: [], reachReached: null, spentCents: null, plannedCents: null }),
    pillars: ["Kansrijk", "Vreedzaam", "Gezond"],
    organisations: ["GGD Groningen", "Woningcorporatie Lefier", "Kids2b kinderopvang", "Gemeente Groningen"],
  };
  return w;
}

/** What understand() hands readAdmin: the folded text, the actions named, whether it is asked. */
async function read(text: string, sender?: string): Promise<Understanding | undefined> {
  const w = world(sender);
  const f = fold(text);
  const question = isQuestion(text) && !(/^(kan|kun|kunnen|mag|wil|wilt|zou|can|could|would|will)\b/.test(f) && !text.includes("?"));
  return readAdmin(text, f, locateActions(w.index, text), w, question);
}

const runs = (text: string, command: string, pickActionId?: string) => ({ text, command, pickActionId });

describe("readAdmin", () => {
  describe("runs the command a plain sentence stands for", () => {
    it.each([
      // pillar
      runs("zet gezond als pijler bij de geldlessen", "/actie pijler Geldlessen groep 8 Gezond", "geld"),
      runs("geldlessen hoort bij kansrijk", "/actie pijler Geldlessen groep 8 Kansrijk", "geld"),
      runs("verplaats de moestuin naar pijler Vreedzaam", "/actie pijler Buurtmoestuin Vreedzaam", "moestuin"),
      runs("buurtmoestuin valt onder kansrijk", "/actie pijler Buurtmoestuin Kansrijk", "moestuin"),
      // age group
      runs("huiswerkbegeleiding is eigenlijk voor 12+", "/actie doelgroep Huiswerkbegeleiding buurthuis 12+", "huiswerk"),
      runs("doelgroep van zomerkamp is 4-12", "/actie doelgroep Zomerkamp 4-12", "zomerkamp"),
      runs("voorleesochtend is voor peuters", "/actie doelgroep Voorleesochtend bibliotheek 0-4", "voorlees"),
      runs("zomerkamp is voor iedereen", "/actie doelgroep Zomerkamp algemeen", "zomerkamp"),
      // rename
      runs("hernoem wijkwebsite naar Lewenborg.nl", "/actie hernoem Eén wijkwebsite naar Lewenborg.nl", "website"),
      runs("noem de wijkwebsite voortaan Lewenborg.nl", "/actie hernoem Eén wijkwebsite naar Lewenborg.nl", "website"),
      runs("wijkwebsite heet nu Lewenborg.nl", "/actie hernoem Eén wijkwebsite naar Lewenborg.nl", "website"),
      runs("de naam van zomerkamp wordt Zomerkamp 2026", "/actie hernoem Zomerkamp naar Zomerkamp 2026", "zomerkamp"),
      runs("rename the wijkwebsite to Lewenborg.nl", "/actie hernoem Eén wijkwebsite naar Lewenborg.nl", "website"),
      // a title with " naar " in it: the command's own split must not cut it
      runs("hernoem veilig naar school naar Veilig op weg", "/actie hernoem Veilig naar Veilig op weg", "veilig"),
      // delete
      runs("verwijder het schoolontbijt, dubbel ingevoerd", "/actie verwijder Schoolontbijt", "ontbijt"),
      runs("gooi het schoolontbijt weg", "/actie verwijder Schoolontbijt", "ontbijt"),
      runs("schoolontbijt mag weg", "/actie verwijder Schoolontbijt", "ontbijt"),
      runs("we moeten het schoolontbijt verwijderen", "/actie verwijder Schoolontbijt", "ontbijt"),
      // a "niet" in the reason after the comma does not undo the delete
      runs("verwijder de actie schoolontbijt, die komt niet meer terug", "/actie verwijder Schoolontbijt", "ontbijt"),
      // handover
      runs("draag alles van Peter over aan Daan", "/overdracht @Peter @Daan"),
      runs("Esther's acties naar Sanne", "/overdracht @Esther @Sanne de Vries"),
      runs("Daan neemt alles van Peter over", "/overdracht @Peter @Daan"),
      runs("alles van Peter gaat naar Lisa, alleen Kansrijk", "/overdracht @Peter @Lisa Kansrijk"),
      runs("hand everything of Peter's to Daan", "/overdracht @Peter @Daan"),
      // roles
      runs("Daan wordt aanjager van Kansrijk", "/rol @Daan aanjager Kansrijk"),
      runs("maak Bram kartrekker", "/rol @Bram kartrekker"),
      runs("Henk wordt voorzitter", "/rol @Henk voorzitter"),
      runs("nieuwe aanjager van Gezond is Lisa", "/rol @Lisa aanjager Gezond"),
      runs("Daan becomes pillar lead of Kansrijk", "/rol @Daan aanjager Kansrijk"),
      runs("Daan wordt per 1 maart aanjager van Kansrijk", "/rol @Daan aanjager Kansrijk"),
      runs("Daan gaat aanjager van Kansrijk worden", "/rol @Daan aanjager Kansrijk"),
      // leaving
      runs("Bram werkt hier niet meer", "/vertrek @Bram"),
      runs("Peter gaat met pensioen, meld hem maar af", "/vertrek @Peter"),
      runs("haal Esther uit de groep", "/vertrek @Esther"),
      runs("Esther vertrekt per 1 maart bij Lefier", "/vertrek @Esther"),
      // meetings
      runs("plan een stuurgroep op 9 april 15:00 in het MFC", "/vergadering nieuw 9 april 2026 15:00 MFC"),
      runs("schedule a meeting on 9 April at 3pm at the MFC", "/vergadering nieuw 9 april 2026 15:00 MFC"),
      runs("nieuwe vergadering 16 april 19:30 MFC Lewenborg", "/vergadering nieuw 16 april 2026 19:30 MFC Lewenborg"),
      runs("kun je een vergadering inplannen op 9 april om 19:30 in de Kiosk", "/vergadering nieuw 9 april 2026 19:30 Kiosk"),
      runs("vergadering is afgelopen, sluit maar af", "/vergadering afsluiten"),
      runs("sluit de vergadering af", "/vergadering afsluiten"),
      runs("we zijn klaar met de vergadering", "/vergadering afsluiten"),
      runs("the meeting is over, close it", "/vergadering afsluiten"),
      // language
      runs("please talk English to me", "/taal en"),
      runs("weer Nederlands graag", "/taal nl"),
      runs("switch to Dutch please", "/taal nl"),
      // weekly digest
      runs("ik wil het weekoverzicht ook elke week krijgen", "/weekoverzicht aan"),
      runs("geen weekoverzicht meer", "/weekoverzicht uit"),
      runs("ik wil het weekoverzicht niet meer ontvangen", "/weekoverzicht uit"),
      // holidays
      runs("geen herinneringen in de meivakantie van 25 april t/m 3 mei", "/vakantie 25 april t/m 3 mei"),
      runs("de kerstvakantie is van 19 december tot en met 4 januari", "/vakantie 19 december t/m 4 januari"),
      runs("zomervakantie 18 juli - 30 augustus, dan geen herinneringen", "/vakantie 18 juli t/m 30 augustus"),
      // own name
      runs("ik ben Fatima el Amrani van de GGD", "/ik Fatima el Amrani, GGD Groningen"),
      runs("noem mij Fatima", "/ik Fatima"),
      runs("ik ben Peter van Dam", "/ik Peter van Dam"),
      runs("mijn naam is Jan de Vries, Stichting Humanitas", "/ik Jan de Vries, Stichting Humanitas"),
      runs("I'm Anouk from the GGD", "/ik Anouk, GGD Groningen"),
      runs("ik ben Esther bij Lefier", "/ik Esther, Woningcorporatie Lefier"),
    ])("$text", async ({ text, command, pickActionId }) => {
      const u = await read(text);
      expect(u).toEqual({ kind: "run", text: command, ...(pickActionId ? { pickActionId } : {}) });
    });
  });

  describe("a question never changes anything: it is asked first", () => {
    it.each([
      ["kun je voortaan Engels met me praten?", "/taal en"],
      ["Esther is vertrokken bij Lefier, kun je haar afmelden?", "/vertrek @Esther"],
      ["kun je de wijkwebsite hernoemen naar Lewenborg.nl?", "/actie hernoem Eén wijkwebsite naar Lewenborg.nl"],
      ["kun je Daan aanjager van Kansrijk maken?", "/rol @Daan aanjager Kansrijk"],
      ["wordt Daan aanjager van Kansrijk?", "/rol @Daan aanjager Kansrijk"],
      ["kun je het schoolontbijt verwijderen?", "/actie verwijder Schoolontbijt"],
      ["kun je een stuurgroep plannen op 9 april 15:00?", "/vergadering nieuw 9 april 2026 15:00"],
    ])("%s", async (text, command) => {
      expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
    });

    it("a polite request without a question mark runs", async () => {
      expect(await read("kun je het schoolontbijt verwijderen")).toEqual({ kind: "run", text: "/actie verwijder Schoolontbijt", pickActionId: "ontbijt" });
    });
  });

  describe("the sender", () => {
    it("leaves the wijk themselves", async () => {
      expect(await read("ik stop met het wijkteam", "Lisa")).toEqual({ kind: "run", text: "/vertrek @Lisa" });
    });

    it("without a known sender, 'ik stop' is not read", async () => {
      expect(await read("ik stop met het wijkteam")).toBeUndefined();
    });

    it("hands over their own actions", async () => {
      expect(await read("ik draag al mijn acties over aan Daan", "Peter")).toEqual({ kind: "run", text: "/overdracht @Peter @Daan" });
    });
  });

  it("two age groups for one action: asks which (or algemeen)", async () => {
    const u = await read("zomerkamp is voor 12+ en 4-12");
    expect(u).toMatchObject({ kind: "choose" });
    if (u?.kind !== "choose") return;
    expect(u.options.map((o) => o.text)).toEqual(["/actie doelgroep Zomerkamp 12+", "/actie doelgroep Zomerkamp 4-12", "/actie doelgroep Zomerkamp algemeen"]);
    expect(u.options.every((o) => o.pickActionId === "zomerkamp")).toBe(true);
  });

  it("an impossible meeting date goes to the command as typed, which asks", async () => {
    expect(await read("plan een stuurgroep op 31 april 19:30")).toEqual({ kind: "run", text: "/vergadering nieuw 31 april 19:30" });
  });

  it("a pillar that is not the wijk's is never guessed", async () => {
    expect(await read("geldlessen hoort bij pijler Financiën")).toBeUndefined();
  });

  it("a person who is not in the wijk is never guessed", async () => {
    expect(await read("draag alles van Peter over aan Karin")).toBeUndefined();
    expect(await read("Karin wordt aanjager van Gezond")).toBeUndefined();
  });

  it("reads being away as an absence (asked first): 'ik ben op vakantie t/m 14 augustus', 'Ik ben er morgen niet'", async () => {
    expect(await read("ik ben op vakantie t/m 14 augustus")).toMatchObject({ kind: "confirm", text: "/afwezig t/m 14 augustus" });
  });

  it("away from a later day ('van 1 t/m 14 augustus') is not recorded now (it would pause everything from today): a reminder for that day is offered", async () => {
    expect(await read("ik ben op vakantie van 1 t/m 14 augustus")).toMatchObject({ kind: "confirm", text: "/herinner mij afwezigheid melden (t/m 14 augustus) 1 augustus 9:00" });
    expect(await read("Ik ben er morgen niet")).toMatchObject({ kind: "confirm", text: "/afwezig t/m morgen" });
  });

  describe("leaves what is not its own to the other readers", () => {
    it.each([
      // owners, deadlines, status, notes
      "de speeltuin gaat naar Lisa",
      "ik draag de moestuin over aan Lisa",
      "Daan is de nieuwe trekker van de geldlessen",
      "Daan wordt eigenaar van de geldlessen",
      "verplaats de moestuin naar 1 april",
      "ik ben klaar met de moestuin",
      "zomerkamp voor jongeren is begonnen",
      "huiswerkbegeleiding voor 12+ gaat van start",
      "35 jongeren bij het zomerkamp",
      "de kinderen noemen het watertappunt de kraan",
      "watertappunt gaat naar het plein bij de Zonnewijzer",
      // new actions, agenda items, decisions, reminders
      "nieuwe actie Kookles voor ouders, pijler gezond, doelgroep 12+",
      "maak een actie aan: Schuldhulp spreekuur in het MFC. Pijler kansrijk",
      "zet de speeltuin op de agenda van de stuurgroep",
      "besluit: vanaf nu elke 6 weken stuurgroep",
      "herinner me in de meivakantie aan de planning",
      // queries
      "wie is aanjager van gezond?",
      "wanneer is de volgende vergadering",
      "weekoverzicht aub",
      "wanneer komt het weekoverzicht",
      // chatter and near misses
      "Esther is weg vandaag",
      "Peter vertrekt morgen naar Spanje",
      "Peter left the meeting early",
      "meld me af voor de vergadering",
      "ik heb een nieuwe baan, Sanne neemt het over",
      "ik ben Fatima, ik doe de moestuin",
      "kun je de uitnodiging in het Engels schrijven",
      "de flyer moet ook in het Engels",
      "de vergadering van 22 januari gaat niet door",
      "verzet de vergadering naar 29 januari",
      "na de vergadering bel ik je",
      "de vergadering is over twee weken",
      "Daan gaat met de aanjager praten",
      "haal de bakken weg bij de moestuin",
      "speeltuin mag weg van de lijst van Peter",
      "de oude bankjes bij de speeltuin mogen weg",
      "ik zou de speeltuin niet verwijderen",
      "Daan wordt door de aanjager gebeld",
      "de taal van de flyer is Engels",
      "de zaal voor de vergadering is klaar",
      "zet de speeltuin op de stuurgroep van 12 maart",
      "overleg met de school was goed, klaar met de planning",
      "we plannen de geldlessen op 20 maart",
      "de stuurgroep wil het plan voor de speeltuin zien",
    ])("%s", async (text) => {
      expect(await read(text)).toBeUndefined();
    });
  });
});

describe("readAdmin: the report, a date poll, and a role said of 'hij'", () => {
  it("'maak het jaarrapport voor 2025', 'ik wil het rapport van dit jaar' run /rapport", async () => {
    expect(await read("maak het jaarrapport voor 2025")).toMatchObject({ kind: "run", text: "/rapport 2025" });
    expect(await read("ik wil het rapport van dit jaar")).toMatchObject({ kind: "run", text: "/rapport" });
  });

  it("'kun je een datumprikker maken: 10 maart, 12 maart of 17 maart om 19:30' is the poll with that time for each (asked first)", async () => {
    expect(await read("kun je een datumprikker maken voor de volgende stuurgroep: 10 maart, 12 maart of 17 maart om 19:30")).toMatchObject({ kind: "confirm", text: "/datumprikker 10 maart 19:30, 12 maart 19:30, 17 maart 19:30" });
  });

  it("'Daan is nieuw, hij wordt kartrekker bij kansrijk' gives Daan the role", async () => {
    expect(await read("Daan is nieuw, hij wordt kartrekker bij kansrijk")).toMatchObject({ text: "/rol @Daan kartrekker Kansrijk" });
  });
});

describe("readAdmin: stand-ins and someone else away, in more words (twenty-eighth session)", () => {
  it.each([
    ["Bram is ziek t/m vrijdag, Daan neemt z'n zaken waar", "/afwezig @Bram t/m vrijdag vervanger @Daan"],
    ["esther is tm 23 januari met vakantie, lisa neemt voor haar waar", "/afwezig @Esther t/m 23 januari vervanger @Lisa"],
    ["Bram is vanaf nu tot en met 20 februari op cursus, Esther vangt zijn zaken op", "/afwezig @Bram t/m 20 februari vervanger @Esther"],
  ])("'%s' is the absence with its stand-in (shown first)", async (text, command) => {
    expect(await read(text, "Marieke")).toMatchObject({ kind: "confirm", text: command });
  });

  it("'ik ben weg tot en met 2 augustus, Fatima doet mijn dingen': the sender away, Fatima standing in", async () => {
    expect(await read("ik ben weg tot en met 2 augustus, Fatima doet mijn dingen", "Lisa")).toMatchObject({ text: "/afwezig t/m 2 augustus vervanger @Fatima" });
  });

  it("'even ter info voor iedereen: Peter is vanaf vandaag met ouderschapsverlof tot en met 15 februari' is Peter's absence", async () => {
    expect(await read("even ter info voor iedereen: Peter is vanaf vandaag met ouderschapsverlof tot en met 15 februari, Lisa neemt zijn acties zolang waar", "Marieke")).toMatchObject({ text: "/afwezig @Peter t/m 15 februari vervanger @Lisa" });
  });
});

describe("readAdmin: the coördinator's admin in more words (twenty-eighth session)", () => {
  it.each([
    ["ben ziek in ieder geval t/m woensdag. Esther let zolang op mijn acties", "/afwezig t/m woensdag vervanger @Esther", "Fatima"],
    ["peter is de rest van maart met verlof daan is zolang zijn vervanger", "/afwezig @Peter t/m 31 maart vervanger @Daan", "Marieke"],
    ["Ik ga morgen op vakantie en ben maandag 26 januari weer terug. Lisa is zolang mijn vervanger.", "/afwezig t/m 25 januari vervanger @Lisa", "Marieke"],
  ])("'%s' is %s (shown first)", async (text, command, sender) => {
    expect(await read(text, sender)).toMatchObject({ kind: "confirm", text: command });
  });

  it.each([
    ["Esther gaat Sanne helpen met het aanjagen van Kansrijk, zet haar er ook als aanjager bij", "/rol @Esther aanjager Kansrijk"],
    ["zou jij Daan naast mij ook aanjager van kansrijk willen maken? dan kunnen we het werk verdelen", "/rol @Daan aanjager Kansrijk"],
  ])("'%s' is %s (shown first)", async (text, command) => {
    expect(await read(text, "Marieke")).toMatchObject({ kind: "confirm", text: command });
  });

  it("'Lisa neemt het aanjagen van Gezond van haar over. Fatima blijft wel kartrekker': both roles, shown first", async () => {
    expect(await read("Fatima heeft minder uren, dus Lisa neemt het aanjagen van Gezond van haar over. Fatima blijft wel kartrekker binnen Gezond", "Marieke")).toMatchObject({ kind: "confirm", text: "/rol @Lisa aanjager Gezond", then: [{ text: "/rol @Fatima kartrekker Gezond" }] });
  });

  it("'Peter neemt het voorzitterschap over van Henk': Peter chairs, Henk stays a member", async () => {
    expect(await read("Peter neemt het voorzitterschap over van Henk", "Marieke")).toMatchObject({ kind: "confirm", text: "/rol @Peter voorzitter", then: [{ text: "/rol @Henk stuurgroep" }] });
  });

  it.each([
    ["Kansrijk heet vanaf dit jaar 'Kansrijk opgroeien', zo staat het ook in het nieuwe wijkplan", "/pijler hernoem Kansrijk naar Kansrijk opgroeien"],
    ["vreedzaam -> Vreedzaam en Veilig", "/pijler hernoem Vreedzaam naar Vreedzaam en Veilig"],
    ["we nemen er een pijler bij: Meedoen", "/pijler nieuw Meedoen"],
  ])("'%s' is %s (shown first)", async (text, command) => {
    expect(await read(text, "Marieke")).toMatchObject({ kind: "confirm", text: command });
  });

  it("'gezond is klaar voor vandaag' renames no pillar", async () => {
    expect(String(JSON.stringify(await read("gezond is klaar voor vandaag", "Marieke")))).not.toContain("/pijler");
  });

  it.each([
    ["Peter is langdurig ziek. zet al zijn acties maar op mijn naam", "Lisa", "/overdracht @Peter @Lisa"],
    ["Peter gaat na de zomer weg bij WIJ. Zet zijn Kansrijk-acties alvast allemaal op Daan", "Sanne de Vries", "/overdracht @Peter @Daan Kansrijk"],
  ])("'%s' (by %s) hands everything over", async (text, sender, command) => {
    expect(JSON.stringify(await read(text, sender))).toContain(command);
  });

  it("'Could you switch to English for me? Reading Dutch … takes a while': the language switched to, not the one mentioned", async () => {
    expect(await read("Could you switch to English for me? Reading Dutch on my phone still takes me a while.", "Fatima")).toMatchObject({ text: "/taal en" });
    expect(await read("Actually, let's keep it Dutch, I need the practice", "Fatima")).toMatchObject({ text: "/taal nl" });
    expect(await read("is my language set to English now?", "Fatima")).toEqual({ kind: "run", text: "/taal" });
  });
});

describe("readAdmin: someone set away or back by the coördinator, in words (twenty-ninth session)", () => {
  it.each([
    ["Bram belde net, hij is ziek. Zet hem afwezig t/m vrijdag en laat Peter zolang zijn herinneringen krijgen", "/afwezig @Bram t/m vrijdag vervanger @Peter"],
    ["kun je daan afwezig zetten tot en met vrijdag 13 november bram is vervanger dank je", "/afwezig @Daan t/m vrijdag 13 november vervanger @Bram"],
    ["Lisa is vandaag weer begonnen, haal haar afwezigheid eraf", "/afwezig @Lisa weg"],
  ])("'%s' is %s (shown first)", async (text, command) => {
    expect(await read(text, "Marieke")).toMatchObject({ kind: "confirm", text: command });
  });

  it("'zet Peter afwezig t/m 16 januari, en Lisa ook t/m die dag': both, to the same day", async () => {
    expect(await read("zet Peter afwezig t/m 16 januari, en Lisa ook t/m die dag", "Marieke")).toMatchObject({ kind: "confirm", text: "/afwezig @Peter t/m 16 januari", then: [{ text: "/afwezig @Lisa t/m 16 januari" }] });
  });

  it.each([
    ["cursus ging niet door dus ik ben er gewoon weer", "/afwezig weg"],
    ["ik ben t/m vrijdag op studiereis, Peter is mijn vervanger", "/afwezig t/m vrijdag vervanger @Peter"],
    ["vandaag en morgen thuis met een ziek kind, geen vervanger nodig", "/afwezig t/m morgen"],
  ])("the sender: '%s' is %s (shown first)", async (text, command) => {
    expect(await read(text, "Lisa")).toMatchObject({ kind: "confirm", text: command });
  });

  it("'Vreedzaam gaat voortaan Vreedzaam en veilig heten' renames the pillar, never an action with the word in its title", async () => {
    expect(await read("Vreedzaam gaat voortaan Vreedzaam en veilig heten", "Marieke")).toMatchObject({ kind: "confirm", text: "/pijler hernoem Vreedzaam naar Vreedzaam en veilig" });
  });
});

describe("readAdmin: roles in more words, two at once (twenty-ninth session)", () => {
  it.each([
    ["Vanaf vandaag is Daan aanjager van Kansrijk; Sanne gaat naar de stuurgroep", "/rol @Daan aanjager Kansrijk", "/rol @Sanne de Vries stuurgroep"],
    ["Zet Esther als aanjager bij Gezond, Fatima blijft als kartrekker bij Gezond", "/rol @Esther aanjager Gezond", "/rol @Fatima kartrekker Gezond"],
  ])("'%s' is %s and %s (shown first, both)", async (text, first, second) => {
    expect(await read(text, "Marieke")).toMatchObject({ kind: "confirm", text: first, then: [{ text: second }] });
  });

  it.each([
    ["Esther gaat namens Lefier in de stuurgroep zitten", "/rol @Esther stuurgroep"],
    ["Bram mag voortaan in de stuurgroep, namens de politie", "/rol @Bram stuurgroep"],
    ["ik draag het aanjagerschap van Kansrijk over aan Daan", "/rol @Daan aanjager Kansrijk"],
  ])("'%s' is %s (shown first)", async (text, command) => {
    expect(await read(text, "Marieke")).toMatchObject({ kind: "confirm", text: command });
  });

  it("'Henk gaat vanavond naar de stuurgroep' is going to the meeting, no role", async () => {
    expect(JSON.stringify((await read("Henk gaat vanavond naar de stuurgroep", "Marieke")) ?? null)).not.toContain("/rol");
  });
});

describe("readAdmin: the language and a handover in English, in more words (twenty-ninth session)", () => {
  it("'could you talk to me in English from now on? my Dutch is not great yet': English, though Dutch is named too", async () => {
    expect(await read("could you talk to me in English from now on? my Dutch is not great yet", "Esther")).toMatchObject({ text: "/taal en" });
  });

  it("'mag weer in het Nederlands hoor, ik wil oefenen' is Dutch again", async () => {
    expect(await read("mag weer in het Nederlands hoor, ik wil oefenen", "Esther")).toMatchObject({ text: "/taal nl" });
  });

  it("'please hand over everything Lisa owns to Daan' is the handover from Lisa to Daan", async () => {
    expect(await read("please hand over everything Lisa owns to Daan", "Marieke")).toMatchObject({ text: "/overdracht @Lisa @Daan" });
  });
});

describe("readAdmin: leaving, the digest and another pillar, in more words (twenty-ninth session)", () => {
  it("'ik heb een nieuwe baan en ben hier klaar, meld mij maar af' is leaving (asked first by the command)", async () => {
    expect(await read("ik heb een nieuwe baan en ben hier klaar, meld mij maar af", "Esther")).toMatchObject({ text: "/vertrek @Esther" });
  });

  it("'meld mij maar af voor het weekoverzicht' is the digest off, never leaving", async () => {
    expect(await read("meld mij maar af voor het weekoverzicht", "Esther")).toMatchObject({ text: "/weekoverzicht uit" });
  });

  it("'Esther hoort voortaan bij Gezond in plaats van Kansrijk' is Esther a kartrekker of Gezond (shown first)", async () => {
    expect(await read("Esther hoort voortaan bij Gezond in plaats van Kansrijk", "Marieke")).toMatchObject({ kind: "confirm", text: "/rol @Esther kartrekker Gezond" });
  });
});

describe("readAdmin: two people swapping pillars, and someone else named beside a role (thirtieth session)", () => {
  it("'Sanne en Lisa ruilen van pijler: Sanne wordt aanjager van Gezond en Lisa van Kansrijk' is both roles (shown first)", async () => {
    expect(await read("Sanne en Lisa ruilen van pijler: Sanne wordt aanjager van Gezond en Lisa van Kansrijk", "Marieke")).toMatchObject({ kind: "confirm", text: "/rol @Sanne de Vries aanjager Gezond", then: [{ text: "/rol @Lisa aanjager Kansrijk" }] });
  });

  it("a role with another person named whose part is not read is shown first, never run", async () => {
    expect(await read("Daan wordt aanjager van Kansrijk en Bram gaat iets anders doen", "Marieke")).toMatchObject({ kind: "confirm", text: "/rol @Daan aanjager Kansrijk" });
  });
});

describe("readAdmin: away and back in more words (thirtieth session)", () => {
  it.each([
    ["ik ben t/m 1 februari in het buitenland. Bram neemt waar.", "Henk", "/afwezig t/m 1 februari vervanger @Bram"],
    ["I'll be away until 30 January, Daan can cover for me", "Esther", "/afwezig t/m 30 January vervanger @Daan"],
    ["Peter is geopereerd aan zn knie en t/m 15 februari uit de running. Lisa vangt zijn acties op", "Marieke", "/afwezig @Peter t/m 15 februari vervanger @Lisa"],
    ["Peter is eerder hersteld dan gedacht, hij is vanaf vandaag weer aan de slag", "Marieke", "/afwezig @Peter weg"],
  ])("'%s' (from %s) is %s, shown first", async (text, sender, command) => {
    expect(await read(text, sender)).toMatchObject({ kind: "confirm", text: command });
  });
});

describe("readAdmin: leaving in more words (thirtieth session)", () => {
  it.each([
    ["Peter werkt sinds vrijdag niet meer bij WIJ. Kun je hem afmelden?", "Marieke", "/vertrek @Peter"],
    ["Ik stop per vandaag met het wijkplan. @wijkbot meld me maar af. Bedankt allemaal!", "Peter", "/vertrek @Peter"],
  ])("'%s' (from %s) is %s", async (text, sender, command) => {
    expect(await read(text, sender)).toMatchObject({ text: command });
  });

  it("'bram stopt bij de politie, zn acties gaan naar daan' hands Bram's actions to Daan", async () => {
    expect(await read("bram stopt bij de politie, zn acties gaan naar daan", "Marieke")).toMatchObject({ text: "/overdracht @Bram @Daan" });
  });
});

describe("readAdmin: the language let go of, and asked about (thirtieth session)", () => {
  it("'ach laat maar, toch liever Nederlands' is Dutch", async () => {
    expect(await read("ach laat maar, toch liever Nederlands", "Daan")).toMatchObject({ text: "/taal nl" });
  });

  it("'what's my language setting now?' shows the setting", async () => {
    expect(await read("what's my language setting now?", "Daan")).toEqual({ kind: "run", text: "/taal" });
  });
});

describe("readAdmin: a chair handing over, and an aanjager going back to the stuurgroep (thirtieth session)", () => {
  it("'Henk stopt als voorzitter maar blijft lid; Bram neemt de voorzittershamer over' is Bram chair, Henk in the stuurgroep", async () => {
    const u = await read("Henk stopt als voorzitter maar blijft lid; Bram neemt de voorzittershamer over", "Marieke");
    expect(JSON.stringify(u)).toContain("/rol @Henk stuurgroep");
    expect(JSON.stringify(u)).toContain("/rol @Bram voorzitter");
  });

  it("'Esther wordt aanjager van Gezond. Lisa stopt daarmee en blijft alleen in de stuurgroep als lid' is both (shown first)", async () => {
    expect(await read("Esther wordt aanjager van Gezond. Lisa stopt daarmee en blijft alleen in de stuurgroep als lid", "Marieke")).toMatchObject({ kind: "confirm", text: "/rol @Esther aanjager Gezond", then: [{ text: "/rol @Lisa stuurgroep" }] });
  });
});

describe("readAdmin: an aanjager back to kartrekker, said as staying (thirtieth session)", () => {
  it("'Daan is geen aanjager meer, hij blijft wel gewoon kartrekker bij Kansrijk' is Daan kartrekker of Kansrijk (shown first)", async () => {
    expect(await read("Daan is geen aanjager meer, hij blijft wel gewoon kartrekker bij Kansrijk", "Marieke")).toMatchObject({ kind: "confirm", text: "/rol @Daan kartrekker Kansrijk" });
  });
});

describe("readAdmin: roles and absences in more words (thirty-first session)", () => {
  it.each([
    ["Peter is vanaf vandaag ook aanjager Vreedzaam, samen met Bram", "/rol @Peter aanjager Vreedzaam"],
    ["please make Lisa a steering group member", "/rol @Lisa stuurgroep"],
    ["bram stopt als aanjager vreedzaam maar blijft kartrekker in die pijler", "/rol @Bram kartrekker Vreedzaam"],
  ])("'%s' is %s", async (text, command) => {
    expect(JSON.stringify(await read(text))).toContain(command);
  });

  it("two sentences, a role in each: both, shown first", async () => {
    expect(await read("Lisa wordt de nieuwe aanjager van Gezond. Fatima gaat terug naar kartrekker bij Gezond")).toMatchObject({ kind: "confirm", text: "/rol @Lisa aanjager Gezond", then: [{ text: "/rol @Fatima kartrekker Gezond" }] });
  });

  it.each([
    ["Peter is met ouderschapsverlof tot en met 27 maart, Lisa neemt zolang zijn herinneringen over", "/afwezig @Peter t/m 27 maart vervanger @Lisa"],
    ["Peter is met verlof t/m 27 maart, Lisa krijgt zijn herinneringen", "/afwezig @Peter t/m 27 maart vervanger @Lisa"],
  ])("'%s' is shown first as %s", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });
});

describe("readAdmin: setup said in more words (thirty-sixth session)", () => {
  it.each([
    ["pijler Gezond moet voortaan Gezondheid heten, zoals in het nieuwe plan", "/pijler hernoem Gezond naar Gezondheid", "Marieke"],
    ["zet mijn naam op Bram Hoekstra aub", "/ik Bram Hoekstra", "Bram"],
    ["ik werk sinds deze maand bij Kids2b kinderopvang ipv de ggd, kun je dat aanpassen", "/ik Fatima, Kids2b kinderopvang", "Fatima"],
    ["please set me as away until friday 23 jan, Esther covers for me", "/afwezig t/m friday 23 jan vervanger @Esther", "Lisa"],
    ["ik ben tm vrijdag op schoolkamp, esther vervangt mij", "/afwezig t/m vrijdag vervanger @Esther", "Daan"],
  ])("'%s' → %s", async (text, command, sender) => {
    expect(await read(text, sender)).toMatchObject({ text: command });
  });

  it("'zet mij ook op het weekoverzicht': the weekly digest on", async () => {
    expect(await read("zet mij ook op het weekoverzicht", "Henk")).toMatchObject({ text: "/weekoverzicht aan" });
  });

  it("'Lisa takes over from me, I'm on paternity leave from feb' is no absence", async () => {
    expect(await read("Lisa takes over the moestuin from me, I'm on paternity leave from feb", "Peter")).not.toMatchObject({ text: expect.stringMatching(/^\/afwezig/) });
  });
});

describe("readAdmin: away, dictated without stops (thirty-sixth session)", () => {
  it.each([
    ["ik ben vanaf vandaag afwezig tot en met vrijdag 20 februari operatie aan mijn knie lisa neemt het over", "/afwezig t/m vrijdag 20 februari vervanger @Lisa", "Peter"],
    ["ik ben de hele kerstvakantie weg tot en met zondag 4 januari herinneringen graag naar lisa", "/afwezig t/m zondag 4 januari vervanger @Lisa", "Peter"],
    ["ik ben vanaf nu tot en met dinsdag 13 januari vrij esther is mijn vervanger", "/afwezig t/m dinsdag 13 januari vervanger @Esther", "Fatima"],
  ])("'%s' → %s", async (text, command, sender) => {
    expect(await read(text, sender)).toMatchObject({ text: command });
  });
});

describe("readAdmin: away in fewer words, and until when asked (thirty-seventh session)", () => {
  it.each([
    ["lisa deze week op cursus, ma t/m vr. geen vervanger nodig", "/afwezig @Lisa t/m vr", "Marieke"],
    ["fatima afwezig t/m 30 april, vervanger esther", "/afwezig @Fatima t/m 30 april vervanger @Esther", "Marieke"],
    ["Fatima is on sick leave until friday 23 january, Esther covers for her", "/afwezig @Fatima t/m friday 23 january vervanger @Esther", "Marieke"],
    ["ik ben tm 8 februari op wintersport, lisa neemt mijn zaken waar", "/afwezig t/m 8 februari vervanger @Lisa", "Henk"],
    ["Ik heb volgende week vakantie tot en met zondag 1 maart. Kan Daan mijn vervanger zijn?", "/afwezig t/m zondag 1 maart vervanger @Daan", "Esther"],
  ])("'%s' → %s", async (text, command, sender) => {
    expect(await read(text, sender)).toMatchObject({ text: command });
  });

  it.each(["Fatima is op vakantie", "lisa gaat met zwangerschapsverlof", "Peter is langdurig ziek. geen vervanger voorlopig"])("'%s': until which day? asked, the answer read with the question", async (text) => {
    const asked = await read(text, "Marieke");
    expect(asked).toMatchObject({ kind: "read-as", question: { key: "understand.ask.otherAwayUntil" } });
    expect(asked && asked.kind === "read-as" ? asked.prefix : "").toMatch(/^\S+ is afwezig t\/m$/);
  });
});

describe("readAdmin: roles, a pillar's new name and one's own organisation in chat words (thirty-seventh session)", () => {
  it.each([
    ["Esther mag ook aanjager worden van kansrijk, samen met mij", "/rol @Esther aanjager Kansrijk", "Sanne de Vries"],
    ["zet fatima op aanjager", "/rol @Fatima aanjager", "Marieke"],
    ["graag pijler Vreedzaam hernoemen, wordt Vreedzame wijk (zoals in het nieuwe plan)", "/pijler hernoem Vreedzaam naar Vreedzame wijk", "Marieke"],
    ["ik werk sinds deze week bij Kids2b kinderopvang, niet meer op de zonnewijzer. kun je dat aanpassen?", "/ik Lisa, Kids2b kinderopvang", "Lisa"],
  ])("'%s' → %s, shown first", async (text, command, sender) => {
    expect(await read(text, sender)).toMatchObject({ kind: "confirm", text: command });
  });

  it("'maak henk weer gewoon stuurgroeplid, ingrid is vanaf vandaag voorzitter': both roles, shown first", async () => {
    const u = await read("maak henk weer gewoon stuurgroeplid, bram is vanaf vandaag voorzitter", "Marieke");
    expect(u).toMatchObject({ kind: "confirm" });
    const all = u?.kind === "confirm" ? [u.text, ...(u.then ?? []).map((c) => c.text)] : [];
    expect(all.sort()).toEqual(["/rol @Bram voorzitter", "/rol @Henk stuurgroep"]);
  });
});
