import { describe, expect, it } from "vitest";
import { understand, type Understanding, type UnderstandWorld } from "../../src/understand/index.ts";
import { ActionNameIndex } from "../../src/action-names/match-actions.ts";
import { rankCandidates, type CandidateFacts, type RankPerson } from "../../src/action-names/rank-actions.ts";
import type { IndexedAction } from "../../src/action-names/action-index.ts";
import { CommandRouter } from "../../src/core/router.ts";
import { commands } from "../../commands/index.ts";
import { dutch, localize, type LocalText } from "../../src/i18n/index.ts";

const NOW = new Date("2026-01-05T08:00:00Z");

/** A small wijk: its actions with the facts ranking needs (status, owners, pillar). */
const ACTIONS: (IndexedAction & CandidateFacts)[] = [
  { id: "water", title: "Watertappunt in de wijk", shortName: "watertappunt", pillarName: "Gezond", status: "bezig", ownerIds: ["fatima"], pillarId: "gezond" },
  { id: "moestuin", title: "Buurtmoestuin", shortName: null, pillarName: "Gezond", status: "bezig", ownerIds: ["fatima"], pillarId: "gezond" },
  { id: "cb", title: "Verhoogde betrokkenheid CB en GGD", shortName: "betrokkenheid cb", pillarName: "Gezond", status: "gepland", ownerIds: ["joke"], pillarId: "gezond" },
  { id: "vignet-oud", title: "Gezonde School vignet voor alle scholen", shortName: "gezonde school", pillarName: "Gezond", status: "klaar", ownerIds: ["joke"], pillarId: "gezond" },
  { id: "vignet", title: "Gezonde School vignet", shortName: null, pillarName: "Gezond", status: "bezig", ownerIds: ["fatima"], pillarId: "gezond" },
  { id: "speeltuin", title: "Speeltuin Kastanjelaan opknappen", shortName: null, pillarName: "Kansrijk", status: "gepland", ownerIds: ["peter"], pillarId: "kansrijk" },
  { id: "website", title: "Eén wijkwebsite", shortName: "wijkwebsite", pillarName: "Vreedzaam", status: "gepland", ownerIds: ["youssef"], pillarId: "vreedzaam" },
  { id: "roken", title: "Stoppen met roken", shortName: null, pillarName: "Gezond", status: "bezig", ownerIds: ["joke"], pillarId: "gezond" },
  { id: "huiswerk-noord", title: "Huiswerkklas Noord", shortName: null, pillarName: "Kansrijk", status: "gepland", ownerIds: ["peter"], pillarId: "kansrijk" },
  { id: "huiswerk-zuid", title: "Huiswerkklas Zuid", shortName: null, pillarName: "Kansrijk", status: "gepland", ownerIds: ["lisa"], pillarId: "kansrijk" },
];

/** Fatima, a kartrekker of Gezond, writes. */
const FATIMA: RankPerson = { id: "fatima", role: "kartrekker", pillarId: "gezond" };

const router = new CommandRouter(commands);

function world(): UnderstandWorld {
  const index = new ActionNameIndex<IndexedAction>(ACTIONS.map(({ id, title, shortName, pillarName }) => ({ id, title, shortName, pillarName })));
  const facts = new Map<string, CandidateFacts>(ACTIONS.map(({ id, status, ownerIds, pillarId }) => [id, { status, ownerIds, pillarId }]));
  const w = {
    now: NOW,
    region: "noord" as const,
    isDirect: false,
    router,
    index,
    rank: async (candidates: Parameters<UnderstandWorld["rank"]>[0]) => rankCandidates(candidates, facts, FATIMA),
    people: ["Marieke", "Fatima", "Joke", "Peter", "Ahmed", "Youssef", "Lisa"].map((displayName) => ({ displayName })),
    sender: { displayName: "Fatima" },
    /** What a change needs to know of an action now: its owners' names; nothing spent or planned yet. */
    details: async (actionId: string) => ({
      ownerNames: (facts.get(actionId)?.ownerIds ?? []).map((id) => id.charAt(0).toUpperCase() + id.slice(1)),
      reachReached: null,
      spentCents: null,
      plannedCents: null,
      status: facts.get(actionId)?.status,
    }),
    pillars: ["Kansrijk", "Vreedzaam", "Gezond"],
    organisations: ["GGD Groningen", "Kids2b kinderopvang", "Gemeente Groningen"],
  };
  return w;
}

const read = (text: string) => understand(text, world());

/**
 * A new action whose name ends in who it is for ("… voor groep 5 en 6") is asked with both readings, the age group first; the one
 * that keeps the name is returned as the confirm it would be without that question.
 */
function nameKept(u: Understanding): unknown {
  if (u.kind !== "choose" || u.question.key !== "understand.newAgeOrName") return u;
  expect(u.options[0].text).toMatch(/ doelgroep (0-4|4-12|12\+)$/);
  return { kind: "confirm", text: u.options[1].text };
}

/** Commands that only show something. */
const READ_ONLY = /^\/(actie info|acties|help|wie|vergaderingen|agenda|overzicht|herinneringen)\b/;

/** True when running this would change something without asking first. */
function changesWithoutAsking(u: Understanding): boolean {
  return u.kind === "run" && !READ_ONLY.test(u.text);
}

/** True when running (or confirming) this would set a status. */
function setsStatus(u: Understanding): boolean {
  return (u.kind === "run" || u.kind === "confirm") && /^\/actie (klaar|bezig|stop|parkeer)\b/.test(u.text);
}

describe("understand", () => {
  describe("questions", () => {
    it.each([
      ["is de moestuin af?", "/actie info Buurtmoestuin"],
      ["is de moestuin klaar", "/actie info Buurtmoestuin"],
      ["hoe staat het met de moestuin?", "/actie info Buurtmoestuin"],
      ["wat is er met de website", "/actie info Eén wijkwebsite"],
      ["wie doet de speeltuin?", "/actie info Speeltuin Kastanjelaan opknappen"],
      ["is de moestuin al klaar? dan kunnen we oogsten", "/actie info Buurtmoestuin"],
    ])("answer a question about an action with its details: %j", async (text, command) => {
      const u = await read(text);
      expect(u).toMatchObject({ kind: "run", text: command });
    });

    it("pick the action the question was about", async () => {
      expect(await read("is de moestuin af?")).toEqual({ kind: "run", text: "/actie info Buurtmoestuin", pickActionId: "moestuin" });
    });

    it.each([
      ["wat is er te laat?", "/acties te laat"],
      ["wat moet ik nog doen?", "/acties mijn"],
      ["welke acties zijn er?", "/acties"],
      ["hoeveel acties zijn er?", "/acties"],
      ["hoe zet ik een deadline?", "/help actie deadline"],
      ["wie is wie", "/wie"],
      ["wie is Fatima?", "/wie Fatima"],
      ["wat doet Fatima?", "/wie Fatima"],
      ["wanneer is de volgende vergadering?", "/vergaderingen"],
      ["wat is de agenda?", "/agenda"],
      ["welke herinneringen heb ik?", "/herinneringen"],
      ["hoe staan we ervoor?", "/overzicht"],
    ])("answer a general question with the command that shows it: %j → %j", async (text, command) => {
      expect(await read(text)).toEqual({ kind: "run", text: command });
    });

    it.each([
      "is de moestuin af?",
      "is de moestuin klaar",
      "wat is er te laat?",
      "hoe zet ik een deadline?",
      "hoe zet ik iets op klaar?",
      "wie doet de speeltuin?",
      "staat het watertappunt al op bezig?",
      "is de speeltuin gestopt?",
      "moet de moestuin voor 1 maart klaar zijn?",
      "wat hebben we aan de moestuin uitgegeven?",
      "hoeveel kinderen hebben we bereikt met de moestuin?",
    ])("never change anything without asking: %j", async (text) => {
      const u = await read(text);
      expect(changesWithoutAsking(u), JSON.stringify(u)).toBe(false);
    });

    it("ask which action when a question fits two equally well", async () => {
      const u = await read("is de huiswerkklas klaar?");
      expect(u).toMatchObject({
        kind: "choose",
        options: [
          { label: "Huiswerkklas Noord (Kansrijk)", text: "/actie info Huiswerkklas Noord", pickActionId: "huiswerk-noord" },
          { label: "Huiswerkklas Zuid (Kansrijk)", text: "/actie info Huiswerkklas Zuid", pickActionId: "huiswerk-zuid" },
        ],
      });
    });

    it("quote the words that were typed in 'which action do you mean with …?', not the name of one of the options", async () => {
      const u = await read("is de huiswerkklas klaar?");
      expect(u).toHaveProperty("question", { key: "action.choose", vars: { query: "huiswerkklas" } });
    });

    it("answer 'wat staat er op de agenda' with the agenda, not with the generic menu", async () => {
      expect(await read("wat staat er op de agenda?")).toEqual({ kind: "run", text: "/agenda" });
      expect(await read("welke punten staan er al op de agenda?")).toEqual({ kind: "run", text: "/agenda" });
    });
  });

  describe("changes asked as a question", () => {
    it("are asked back first ('Bedoel je …? ja/nee') with the command and the action", async () => {
      const u = await read("kun je de moestuin op klaar zetten?");
      expect(u).toMatchObject({ kind: "confirm", text: "/actie klaar Buurtmoestuin", pickActionId: "moestuin" });
      expect(u).toHaveProperty("question.key", "understand.confirm");
    });

    it("ask before moving a deadline: 'kan de speeltuin een week later?'", async () => {
      expect(await read("kan de speeltuin een week later?")).toMatchObject({
        kind: "confirm",
        text: "/actie deadline Speeltuin Kastanjelaan opknappen: 1 week later",
        pickActionId: "speeltuin",
      });
    });

    it("run a request with kan/kun that has no question mark", async () => {
      expect(await read("kan de speeltuin een week later")).toEqual({
        kind: "run",
        text: "/actie deadline Speeltuin Kastanjelaan opknappen: 1 week later",
        pickActionId: "speeltuin",
      });
    });

    it("ask before undoing when undo is asked", async () => {
      expect(await read("maak dat ongedaan?")).toMatchObject({ kind: "confirm", text: "/ongedaan" });
    });
  });

  describe("statements", () => {
    it.each([
      ["moestuin is klaar", "/actie klaar Buurtmoestuin", "moestuin"],
      ["de moestuin is af", "/actie klaar Buurtmoestuin", "moestuin"],
      ["moestuin klaar", "/actie klaar Buurtmoestuin", "moestuin"],
      ["zet de moestuin op bezig", "/actie bezig Buurtmoestuin", "moestuin"],
      ["watertappunt is gestart", "/actie bezig Watertappunt in de wijk", "water"],
      ["de moestuin is geparkeerd", "/actie parkeer Buurtmoestuin", "moestuin"],
      ["de moestuin gaat niet door", "/actie stop Buurtmoestuin", "moestuin"],
      ["cb is klaar", "/actie klaar Verhoogde betrokkenheid CB en GGD", "cb"],
      ["stoppen met roken is klaar", "/actie klaar Stoppen met roken", "roken"],
      ["verzet de moestuin naar 1 maart", "/actie deadline Buurtmoestuin: 1 maart", "moestuin"],
      ["35 kinderen bereikt bij de moestuin", "/actie bereik Buurtmoestuin: 35", "moestuin"],
      ["€250 uitgegeven aan de moestuin", "/actie budget Buurtmoestuin: besteed 250", "moestuin"],
    ])("run the command they stand for: %j → %j", async (text, command, id) => {
      expect(await read(text)).toEqual({ kind: "run", text: command, pickActionId: id });
    });

    it.each([
      ["Ahmed neemt de speeltuin over", "/actie eigenaar Speeltuin Kastanjelaan opknappen: @Ahmed", "speeltuin"],
      ["GGD doet mee aan de moestuin", "/actie partner Buurtmoestuin: GGD Groningen", "moestuin"],
    ])("show a new owner or partner first, as the command it stands for: %j → %j", async (text, command, id) => {
      expect(await read(text)).toMatchObject({ kind: "confirm", text: command, pickActionId: id });
    });

    it("choose the open action over a finished one with exactly that short name", async () => {
      expect(await read("gezonde school is klaar")).toEqual({ kind: "run", text: "/actie klaar Gezonde School vignet", pickActionId: "vignet" });
    });

    it("ask which action when two fit equally well", async () => {
      const u = await read("huiswerkklas is klaar");
      expect(u).toMatchObject({
        kind: "choose",
        options: [
          { text: "/actie klaar Huiswerkklas Noord", pickActionId: "huiswerk-noord" },
          { text: "/actie klaar Huiswerkklas Zuid", pickActionId: "huiswerk-zuid" },
        ],
      });
    });

    it("ask which action when a change names none", async () => {
      expect(await read("is klaar")).toEqual({ kind: "need-action", question: { key: "understand.whichAction" }, command: "actie klaar" });
      expect(await read("klaar")).toMatchObject({ kind: "need-action", command: "actie klaar" });
    });

    it.each([
      ["acties mijn", "/acties mijn"],
      ["actie klaar moestuin", "/actie klaar moestuin"],
    ])("run a command typed without its slash as typed: %j", async (text, command) => {
      expect(await read(text)).toEqual({ kind: "run", text: command });
    });

    it("read a new action with its pillar, owner and deadline", async () => {
      // A new action is always shown as the exact command and asked first.
      expect(await read("nieuwe actie: Zwemles, pijler Gezond, deadline 1 juni, eigenaar @Fatima")).toMatchObject({
        kind: "confirm",
        text: "/actie nieuw Zwemles pijler Gezond deadline 1 juni eigenaar @Fatima",
      });
    });

    it("read an agenda item, linked to the action it names", async () => {
      expect(await read("zet de begroting van de speeltuin op de agenda")).toMatchObject({ kind: "confirm", text: "/agendapunt Begroting van de speeltuin actie Speeltuin Kastanjelaan opknappen" });
    });

    it("read an undo", async () => {
      expect(await read("maak ongedaan")).toEqual({ kind: "run", text: "/ongedaan" });
    });
  });

  describe("notes", () => {
    it("keep every word after a status, emoji included", async () => {
      expect(await read("buurtmoestuin is klaar, de kinderen hebben geoogst 🥕")).toEqual({
        kind: "run",
        text: "/actie klaar Buurtmoestuin: de kinderen hebben geoogst 🥕",
        pickActionId: "moestuin",
      });
    });

    it("keep a reason given with a status", async () => {
      expect(await read("moestuin is gestopt want geen vrijwilligers")).toEqual({
        kind: "run",
        text: "/actie stop Buurtmoestuin: geen vrijwilligers",
        pickActionId: "moestuin",
      });
    });

    it("run an explicit update with everything after the colon", async () => {
      expect(await read("update moestuin: de bakken staan er, zaaien in maart")).toEqual({
        kind: "run",
        text: "/actie update Buurtmoestuin: de bakken staan er, zaaien in maart",
        pickActionId: "moestuin",
      });
    });

    it("ask before taking a report about an action as a note, keeping the whole sentence", async () => {
      expect(await read("de kinderen hebben geoogst in de moestuin vandaag, echt top")).toMatchObject({
        kind: "confirm",
        text: "/actie update Buurtmoestuin: de kinderen hebben geoogst in de moestuin vandaag, echt top",
        pickActionId: "moestuin",
      });
    });
  });

  describe("reminders", () => {
    it.each([
      ["herinner me maandag aan de subsidieaanvraag", "/herinner mij de subsidieaanvraag maandag"],
      ["herinner me vrijdag om 10 uur aan de subsidie", "/herinner mij de subsidie vrijdag om 10:00"],
      ["herinner mij op 3 februari aan de subsidieaanvraag", "/herinner mij de subsidieaanvraag 3 februari"],
      ["herinner me over 2 uur aan de subsidie", "/herinner mij de subsidie over 2 uur"],
    ])("take the moment out of the sentence wherever it stands: %j", async (text, command) => {
      expect(await read(text)).toEqual({ kind: "run", text: command });
    });

    it.each([
      ["herinner @Joke maandag aan de cijfers", "/herinner @Joke de cijfers maandag"],
      ["herinner de groep morgen aan het overleg", "/herinner groep het overleg morgen"],
    ])("a reminder for someone else or the group is shown first (it reaches them): %j", async (text, command) => {
      expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
    });

    it.each([
      // Repeats until stopped.
      ["herinner me aan de aanwezigheidslijst elke werkdag om 8:30", "/herinner mij de aanwezigheidslijst elke werkdag om 8:30"],
      // Not in the usual order "herinner me <wanneer> aan <wat>": which words are the reminder is shown first.
      ["stuur me maandag een herinnering over de subsidieaanvraag", "/herinner mij de subsidieaanvraag maandag"],
    ])("show first what it would set when the reminder repeats or is said in another order: %j", async (text, command) => {
      expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
    });

    it("ask when, keeping what and for whom, when no moment is given (the moment typed next completes it)", async () => {
      expect(await read("herinner me aan de subsidie")).toEqual({
        kind: "need-action",
        question: { key: "understand.reminderWhen", vars: { what: "de subsidie", target: "mij" } },
        command: "herinner mij de subsidie",
      });
    });

    it("ask what, when only a moment is given", async () => {
      expect(await read("herinner me morgen")).toEqual({ kind: "say", text: { key: "understand.reminderWhat" } });
    });

    it("read a recurring moment in the middle of the sentence without losing what to remind of", async () => {
      const u = await read("herinner me elke werkdag om 8:30 aan de aanwezigheidslijst");
      expect(u).toMatchObject({ kind: "confirm" });
      expect(u.kind === "confirm" && u.text).toMatch(/^\/herinner mij .*aanwezigheidslijst/);
      expect(u.kind === "confirm" && u.text).toMatch(/elke werkdag om 8:30/);
    });

    it("read 'herinneren' (kun je me … herinneren aan …) as a reminder", async () => {
      expect(await read("kun je me maandag herinneren aan de subsidieaanvraag")).toMatchObject({
        kind: "run",
        text: expect.stringMatching(/^\/herinner mij (de )?subsidieaanvraag maandag$/),
      });
    });
  });

  describe("negations", () => {
    it.each([
      "moestuin is nog niet klaar",
      "moestuin nog niet klaar",
      "moestuin is bijna af",
      "moestuin nog lang niet af",
      "de moestuin is half klaar",
      "moestuin is nog steeds niet klaar",
      "watertappunt is niet gestart",
    ])("are never a status change, at most a note asked first: %j", async (text) => {
      const u = await read(text);
      expect(setsStatus(u), JSON.stringify(u)).toBe(false);
      expect(changesWithoutAsking(u), JSON.stringify(u)).toBe(false);
      if (u.kind === "confirm") expect(u.text).toMatch(/^\/actie update Buurtmoestuin|^\/actie update Watertappunt in de wijk/);
    });

    it.each([
      "het watertappunt loopt nog niet",
      "we zijn nog niet begonnen met de moestuin",
      "de moestuin is nog niet opgestart",
      "de moestuin is niet gelukt",
      "moestuin is nog niet opgeleverd",
      "moestuin is niet geannuleerd",
      "de moestuin is vrijwel klaar",
    ])("never set a status, whichever status word is negated: %j", async (text) => {
      const u = await read(text);
      expect(setsStatus(u), JSON.stringify(u)).toBe(false);
    });
  });

  describe("small talk and nonsense", () => {
    it("thanks back for thanks", async () => {
      for (const text of ["dank je", "bedankt!", "top 👍"]) expect(await read(text), text).toEqual({ kind: "say", text: { key: "understand.thanks" } });
    });

    it("greets back for a greeting", async () => {
      for (const text of ["hoi", "goedemorgen allemaal"]) expect(await read(text), text).toEqual({ kind: "say", text: { key: "understand.hello" } });
    });

    it("gives the generic answer with three suggested commands for nonsense", async () => {
      const u = await read("blablabla fiets");
      if (u.kind !== "say") throw new Error(`expected the generic answer, got ${JSON.stringify(u)}`);
      expect(u.text.key).toBe("understand.generic");
      const suggestions = String(u.text.vars?.suggestions).split("\n");
      expect(suggestions).toHaveLength(3);
      for (const line of suggestions) expect(line).toMatch(/^- \/\S/);
    });

    it("answers an empty message as empty", async () => {
      expect(await read("   ")).toEqual({ kind: "say", text: { key: "free.empty" } });
    });
  });
});

describe("understand: what the third blind round taught", () => {
  it("a greeting and name signed under a change are not a note: 'moestuin is klaar. mvg Fatima'", async () => {
    expect(await read("moestuin is klaar. mvg Fatima")).toMatchObject({ kind: "run", text: "/actie klaar Buurtmoestuin" });
  });

  it("'kan het watertappunt al op klaar of mist er nog iets' asks whether, and changes nothing", async () => {
    const u = await read("kan het watertappunt al op klaar of mist er nog iets");
    expect(u).toMatchObject({ kind: "run", text: "/actie info Watertappunt in de wijk" });
  });

  it("stopping a reminder by its description shows the numbered list instead of setting a new one", async () => {
    expect(await read("die herinnering van vrijdag kan weg, al gebeld")).toEqual({ kind: "run", text: "/herinneringen" });
  });

  it("a partner that shares one word with a known organisation is not that organisation", async () => {
    const u = await read("humankind kinderopvang is partner bij de moestuin");
    expect(u).toMatchObject({ text: "/actie partner Buurtmoestuin: Humankind kinderopvang" });
  });

  it.each([
    ["moestuin: 140 van de 160 kinderen bereikt", "/actie bereik Buurtmoestuin: 140 van 160"],
    ["moestuin beoogd bereik 55 i.p.v. 40", "/actie bereik Buurtmoestuin: beoogd 55"],
  ])("reach: %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ text: command });
  });

  it("two actions, each with its own status, are both shown first (ja makes them one after the other)", async () => {
    const u = await read("moestuin is klaar en het watertappunt mag naar bezig");
    expect(u).toMatchObject({ kind: "confirm", text: "/actie klaar Buurtmoestuin", then: [{ text: "/actie bezig Watertappunt in de wijk" }] });
    expect(changesWithoutAsking(u)).toBe(false);
  });

  it("the participle of the title's verb is done: 'de speeltuin is opgeknapt'", async () => {
    expect(await read("de speeltuin is opgeknapt")).toMatchObject({ text: "/actie klaar Speeltuin Kastanjelaan opknappen" });
    expect(setsStatus(await read("de speeltuin is nog niet opgeknapt"))).toBe(false);
  });

  it("money paid out without the word 'besteed': an advance, or 'nog 40 euro erbij voor …'", async () => {
    expect(await read("moestuin aanbetaling zaden gedaan: € 120")).toMatchObject({ text: "/actie budget Buurtmoestuin: besteed 120" });
  });
});

describe("understand: what the second and third held-out rounds taught (read after they moved to tune)", () => {
  it("'€35 kwijt aan tape' is 35 euro, not 35 thousand: the k of kwijt is no thousand", async () => {
    const w = { ...world(), details: async () => ({ ownerNames: ["Fatima"], reachReached: null, spentCents: 40000, plannedCents: 250000 }) };
    expect(await understand("watertappunt weer €35 kwijt aan tape en verf", w)).toMatchObject({ text: "/actie budget Watertappunt in de wijk: besteed 435" });
    expect(await read("watertappunt €2k uitgegeven")).toMatchObject({ text: "/actie budget Watertappunt in de wijk: besteed 2k" });
  });

  it("an emoji after the status ends it like a full stop: the words after it are the note", async () => {
    expect(await read("speeltuin kastanjelaan is gestart 🚧 de aannemer is vandaag begonnen met slopen")).toMatchObject({
      text: "/actie bezig Speeltuin Kastanjelaan opknappen: de aannemer is vandaag begonnen met slopen",
    });
  });

  it("what it is not, then what it is: 'is niet klaar, die loopt nog gewoon' is bezig", async () => {
    expect(await read("nee het watertappunt is niet klaar, die loopt nog gewoon")).toMatchObject({ text: "/actie bezig Watertappunt in de wijk" });
  });

  it("'is vanaf vandaag open' is started, with what follows as its note", async () => {
    expect(await read("moestuin is vanaf vandaag open elke woensdag voor alle kinderen uit de buurt")).toMatchObject({
      text: "/actie bezig Buurtmoestuin: elke woensdag voor alle kinderen uit de buurt",
    });
  });

  it("a name woven into the sentence after a preposition keeps the whole sentence as the note (asked first)", async () => {
    // (A count of one occasion may still be the reach: offered after the note — thirty-seventh session.)
    expect(noteFirst(await read("bij de moestuin kwamen vanochtend twee nieuwe gezinnen helpen"))).toBe("/actie update Buurtmoestuin: bij de moestuin kwamen vanochtend twee nieuwe gezinnen helpen");
  });

  it("an English name that matches no action as it is is read as its Dutch word: the playground, the vegetable garden", async () => {
    expect(await read("the playground has been stopped, no permit")).toMatchObject({ text: "/actie stop Speeltuin Kastanjelaan opknappen: no permit" });
    expect(await read("please park the vegetable garden until after the summer")).toMatchObject({ text: "/actie parkeer Buurtmoestuin: until after the summer" });
  });

  it("'X moet 6 maart af' moves the deadline (asked first)", async () => {
    expect(await read("wijkwebsite moet 6 maart af")).toMatchObject({ kind: "confirm", text: "/actie deadline Eén wijkwebsite: 6 maart" });
  });

  it("an age group said against another: 'is eigenlijk 12+ en niet 4-12'", async () => {
    expect(await read("speeltuin is eigenlijk 12+ en niet 4-12")).toMatchObject({ text: "/actie doelgroep Speeltuin Kastanjelaan opknappen 12+" });
    expect(await read("de moestuin is eigenlijk voor ouders van kinderen 0-4")).toMatchObject({ text: "/actie doelgroep Buurtmoestuin 0-4" });
  });
});

/** The stuurgroep chat, with the next meeting's agenda as /agenda numbers it. */
const AGENDA = [
  { number: 1, text: "Voortgang per pijler", status: "geaccepteerd" },
  { number: 2, text: "Begroting 2026 vaststellen", status: "geaccepteerd" },
  { number: 3, text: "Plek watertappunt kiezen", status: "voorgesteld" },
];
const stuurgroep = (): UnderstandWorld => ({ ...world(), chatKind: "stuurgroep", agendaItems: async () => AGENDA });

describe("understand: the agenda's order in the stuurgroep chat", () => {
  it.each([
    ["eerst de begroting, dan de voortgang, dan het watertappunt", "/agenda volgorde 2 1 3"],
    ["watertappunt als eerste bespreken, daarna pas de voortgang en de begroting", "/agenda volgorde 3 1 2"],
    ["zet het watertappunt voor de begroting", "/agenda volgorde 1 3 2"],
    ["de voortgang als laatste", "/agenda volgorde 2 3 1"],
  ])("%j is asked as %j", async (text, command) => {
    expect(await understand(text, stuurgroep())).toMatchObject({ kind: "confirm", text: command });
  });

  it("the order as it already is, or one item without a place, is no new order", async () => {
    expect(await understand("eerst de voortgang, dan de begroting", stuurgroep())).not.toMatchObject({ text: expect.stringMatching(/^\/agenda volgorde/) });
    expect(await understand("de begroting bespreken we", stuurgroep())).not.toMatchObject({ text: expect.stringMatching(/^\/agenda volgorde/) });
  });
});

describe("understand: what the fifth round's tuning part taught", () => {
  it("'vrijdag over een week' is the Friday after the coming one", async () => {
    expect(await read("wijkwebsite deadline vrijdag over een week")).toMatchObject({ text: "/actie deadline Eén wijkwebsite: vrijdag over een week" });
  });

  it("a replaced owner ('eigenaar wordt Lisa ipv Peter') is not kept as an owner", async () => {
    expect(await read("speeltuin: eigenaar wordt Lisa ipv Peter")).toMatchObject({ kind: "confirm", text: "/actie eigenaar Speeltuin Kastanjelaan opknappen: @Lisa" });
  });

  it("the action asked about is the one in the question, not one named later", async () => {
    expect(await read("is de moestuin al klaar? ik wil weten of het watertappunt ook zo ver is")).toMatchObject({ text: "/actie info Buurtmoestuin" });
  });

  it("'beoogd bereik <naam> naar 200': the number after the words, with the name between", async () => {
    expect(await read("beoogd bereik watertappunt naar 200")).toMatchObject({ text: "/actie bereik Watertappunt in de wijk: beoogd 200" });
  });

  it("'ff een herinnering zetten: donderdag 12:00 bus bevestigen' is about the bus, not about 'een zetten'", async () => {
    const u = await read("ff een herinnering zetten: donderdag 12:00 bus bevestigen voor de moestuin");
    expect(u).toMatchObject({ text: expect.stringMatching(/^\/herinner mij bus bevestigen voor de moestuin donderdag 12:00$/) });
  });

  it("a reminder stopped by its number or its words is asked first as /herinner stop N", async () => {
    const w = { ...world(), reminders: async () => [{ number: 1, text: "weekoverzicht doorlezen" }, { number: 2, text: "oversteek checken" }] };
    expect(await understand("herinnering 1 mag weg", w)).toMatchObject({ kind: "confirm", text: "/herinner stop 1" });
    expect(await understand("die herinnering van de oversteek mag eraf", w)).toMatchObject({ kind: "confirm", text: "/herinner stop 2" });
  });

  it.each([
    ["watertappunt staat er!! vanochtend geplaatst bij het winkelcentrum", "/actie klaar Watertappunt in de wijk: vanochtend geplaatst bij het winkelcentrum"],
    ["wijkwebsite is live 🎉🎉", "/actie klaar Eén wijkwebsite"],
  ])("done said another way: %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ text: command });
  });

  it("'die laatste notitie mag weg, klopte niet' asks to undo", async () => {
    expect(await read("die laatste notitie mag weg, klopte niet")).toMatchObject({ kind: "confirm", text: "/ongedaan" });
  });

  it("a decision with what was decided after the colon, and a bare 'besluit' asks what", async () => {
    expect(await read("besluit stuurgroep van gisteravond: moestuin blijft geparkeerd tot september")).toMatchObject({ kind: "confirm", text: "/besluit moestuin blijft geparkeerd tot september" });
    expect(await read("besluit bij agendapunt 3: het watertappunt komt bij de school")).toMatchObject({ kind: "confirm", text: "/besluit het watertappunt komt bij de school agendapunt 3" });
    expect(await read("besluit")).toMatchObject({ kind: "say" });
  });

  it("a finished action named in full is meant, even when an open one shares its first words", async () => {
    expect(await read("gezonde school vignet voor alle scholen: bereik 7 scholen")).toMatchObject({ text: "/actie bereik Gezonde School vignet voor alle scholen: 7" });
    // …but its short name alone is the open one (issue 11's example).
    expect(await read("gezonde school is klaar")).toMatchObject({ text: "/actie klaar Gezonde School vignet" });
  });
});

describe("understand: reminders for several people, and reminders that wait", () => {
  it("'herinner Peter en Lisa vrijdag aan de wijkschouw' is one command for both (asked first)", async () => {
    expect(await read("herinner Peter en Lisa vrijdag aan de wijkschouw")).toMatchObject({ kind: "confirm", text: "/herinner @Peter @Lisa de wijkschouw vrijdag" });
  });

  it("'stuur me geen herinneringen over X tot volgende week' snoozes X until next Monday (asked first)", async () => {
    expect(await read("stuur me geen herinneringen over de wijkwebsite tot volgende week")).toMatchObject({ kind: "confirm", text: "/snooze Eén wijkwebsite maandag volgende week" });
  });

  it("'nieuwe actie' without a name asks for it, and the answer is read as the new action", async () => {
    expect(await read("@wijkbot nieuwe actie")).toMatchObject({ kind: "read-as", prefix: "nieuwe actie:" });
  });
});


describe("understand: partners and notes after a colon", () => {
  it("'X: samen met de scholen de route gelopen' is news about X, not a partner", async () => {
    expect(await read("wijkwebsite: donderdag samen met de scholen de teksten geschreven, 3 pagina's af")).toMatchObject({ text: expect.stringMatching(/^\/actie update Eén wijkwebsite: donderdag samen met de scholen/) });
  });

  it("'X: Veilig Verkeer Nederland doet mee' is a partner (asked first), and the name after 'partner:' wins", async () => {
    expect(await read("wijkwebsite: Veilig Verkeer Nederland doet mee")).toMatchObject({ kind: "confirm", text: "/actie partner Eén wijkwebsite: Veilig Verkeer Nederland" });
    expect(await read("de bieb doet mee met de moestuin als partner: Biblionet Groningen")).toMatchObject({ kind: "confirm", text: "/actie partner Buurtmoestuin: Biblionet Groningen" });
  });
});

describe("understand: numbers that are easy to misread are shown first", () => {
  it("a reach said as the reach runs; a count read from other words is asked", async () => {
    expect(await read("35 kinderen bereikt bij de moestuin")).toMatchObject({ kind: "run", text: "/actie bereik Buurtmoestuin: 35" });
    expect(await read("bij de moestuin hebben 35 kinderen meegedaan")).toMatchObject({ kind: "confirm" });
  });

  it("money said as spent or planned runs; 'kwijt' or 'gekost' is asked", async () => {
    expect(await read("€250 uitgegeven aan de moestuin")).toMatchObject({ kind: "run", text: "/actie budget Buurtmoestuin: besteed 250" });
    expect(await read("moestuin €40 kwijt aan zaden")).toMatchObject({ kind: "confirm", text: "/actie budget Buurtmoestuin: besteed 40" });
  });
});

describe("understand: undo said in more ways", () => {
  it.each(["annuleer dat", "zet maar terug zoals het was", "nee dat was niet goed, terugzetten", "wijziging intrekken", "take that back", "cancel that"])("%j undoes the last change", async (text) => {
    expect(await read(text)).toMatchObject({ text: "/ongedaan" });
  });

  it.each(["dat was niet de bedoeling", "sorry verkeerde knop", "ik heb per ongeluk de moestuin op klaar gezet", "moestuin per ongeluk afgevinkt, terug naar bezig", "haal die laatste wijziging weg"])(
    "%j — a change made by mistake — asks to undo it, and never makes the change it describes",
    async (text) => {
      expect(await read(text)).toMatchObject({ kind: "confirm", text: "/ongedaan" });
    },
  );

  it("'de fiets terugzetten in de schuur' and 'annuleer de moestuin' are not an undo", async () => {
    expect(await read("de fiets terugzetten in de schuur")).not.toMatchObject({ text: "/ongedaan" });
    expect(await read("annuleer de moestuin")).toMatchObject({ text: "/actie stop Buurtmoestuin" });
  });
});

describe("understand: a status said but not meant now is never set at once", () => {
  it.each([
    "ik denk dat de moestuin klaar is",
    "de moestuin kan volgens mij wel op klaar",
    "de bakken voor de moestuin zijn klaar",
    "ik stop met de moestuin",
  ])("%j is shown first", async (text) => {
    expect(changesWithoutAsking(await read(text))).toBe(false);
  });

  it.each([
    "als de moestuin klaar is gaan we oogsten",
    "moestuin zo goed als klaar",
    "moestuin klaar maken voor de winter",
    "moestuin is pas klaar in april",
    "moestuin loopt uit",
    "haal Peter van de speeltuin af",
  ])("%j sets no status", async (text) => {
    expect(setsStatus(await read(text))).toBe(false);
  });

  it("'Joke doet de moestuin samen met Fatima': a person is no partner organisation", async () => {
    expect(await read("Joke doet de moestuin samen met Fatima")).not.toMatchObject({ text: expect.stringMatching(/^\/actie partner/) });
  });
});

describe("understand: 'niet vergeten' with a moment is a reminder for oneself", () => {
  it.each([
    ["niet vergeten: vrijdag offerte sturen", "/herinner mij offerte sturen vrijdag"],
    ["vergeet niet om maandag Peter te bellen", "/herinner mij Peter te bellen maandag"],
  ])("%j is asked as %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });
});

describe("understand: two of something in one message are shown first", () => {
  it("two actions named, one changed: asked", async () => {
    expect(changesWithoutAsking(await read("de moestuin en het watertappunt een week later"))).toBe(false);
    expect(changesWithoutAsking(await read("moestuin is klaar en het watertappunt ook"))).toBe(false);
  });

  it("two dates for one deadline: asked", async () => {
    expect(await read("moestuin deadline 1 april of 8 april")).toMatchObject({ kind: "confirm" });
    expect(await read("moestuin deadline naar 1 april")).toMatchObject({ kind: "run", text: "/actie deadline Buurtmoestuin: 1 april" });
  });
});

describe("understand: questions about everything or about the week", () => {
  it.each([
    ["wat is de status van alle acties", "/acties"],
    ["wat is er deze week gebeurd", "/weekoverzicht"],
    ["welke deadlines komen eraan", "/weekoverzicht"],
  ])("%j → %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "run", text: command });
  });
});

describe("understand: what the fourth round taught (read after it moved to tune)", () => {
  it.each([
    ["hoe zet ik een actie op geparkeerd", "/help actie parkeer"],
    ["hoe kan ik de moestuin op bezig zetten", "/help actie bezig"],
    ["hoe zet ik iets op gestopt", "/help actie stop"],
  ])("a how-to question with a status word gets that status command's help: %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "run", text: command });
  });

  it("a new action's pillar said as 'valt onder …', joined to a partner with 'en'", async () => {
    expect(await read("nieuwe actie: Zwemles voor nieuwkomers, valt onder kansrijk en Kids2b doet mee als partner")).toMatchObject({
      kind: "confirm",
      text: "/actie nieuw Zwemles voor nieuwkomers pijler Kansrijk partner Kids2b kinderopvang",
    });
  });

  it("a name woven after an article ('met de kinderen de moestuin ingezaaid') keeps the whole sentence as the note", async () => {
    expect(await read("gisteren met de kinderen de moestuin ingezaaid, tomaten en bonen erin")).toMatchObject({
      text: "/actie update Buurtmoestuin: gisteren met de kinderen de moestuin ingezaaid, tomaten en bonen erin",
    });
  });

  it("'X naar <datum>, …' is the deadline, shown first with the rest as its note", async () => {
    expect(await read("speeltuin naar vr 13 maart, aannemer kan eerder niet")).toMatchObject({
      kind: "confirm",
      text: "/actie deadline Speeltuin Kastanjelaan opknappen: vr 13 maart",
      note: "aannemer kan eerder niet",
    });
  });

  it.each([
    ["Lisa neemt de website over van Youssef", "/actie eigenaar Eén wijkwebsite: @Lisa"],
    ["ik stop bij het watertappunt, Joke doet het verder", "/actie eigenaar Watertappunt in de wijk: @Joke"],
  ])("who hands an action over is not kept as its owner: %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it("'kan iemand anders X overnemen?' asks who", async () => {
    expect(await read("kan iemand anders de speeltuin overnemen?")).toMatchObject({ kind: "need-action", command: "actie eigenaar Speeltuin Kastanjelaan opknappen:" });
  });

  it("the intended reach said with 'omhoog/omlaag naar'", async () => {
    expect(await read("moestuin beoogd bereik omhoog naar 80")).toMatchObject({ text: "/actie bereik Buurtmoestuin: beoogd 80" });
  });

  it.each([
    ["bereik is nu 40 kinderen", "actie bereik", " 40"],
    ["35 euro uitgegeven aan verf", "actie budget", " besteed 35"],
  ])("a number without an action asks which action, and keeps the number for after its name: %j", async (text, command, then) => {
    expect(await read(text)).toMatchObject({ kind: "need-action", command, then });
  });

  it("'X: <organisatie> is partner geworden' stores the organisation, not the words after it", async () => {
    expect(await read("watertappunt: Gemeente Groningen is partner geworden")).toMatchObject({ kind: "confirm", text: "/actie partner Watertappunt in de wijk: Gemeente Groningen" });
  });

  it("money 'nog eens … voor de posters' is spent money, shown first", async () => {
    expect(await read("watertappunt nog eens 45 euro voor de posters")).toMatchObject({ kind: "confirm", text: "/actie budget Watertappunt in de wijk: besteed 45" });
  });

  it("'hoe staat het met dat project van de bieb?' without an action asks which one", async () => {
    expect(await read("hoe staat het met dat project van de bieb?")).toMatchObject({ kind: "need-action", command: "actie info" });
  });

  it("'heeft Joke het cb al op bezig gezet?' is about the action, not about Joke", async () => {
    expect(await read("heeft Joke het cb al op bezig gezet?")).toMatchObject({ kind: "run", text: "/actie info Verhoogde betrokkenheid CB en GGD" });
  });

  it.each([
    ["pijler Vreedzaam heet voortaan Veilig opgroeien", "/pijler hernoem Vreedzaam naar Veilig opgroeien"],
    ["hernoem de pijler Gezond naar Gezond opgroeien", "/pijler hernoem Gezond naar Gezond opgroeien"],
  ])("a pillar renamed is the pillar, never an action with the word in its title: %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it("'agendapunt bespreking: …' takes the kind from before the colon", async () => {
    expect(await read("agendapunt bespreking: de speeltuin loopt uit")).toMatchObject({ kind: "confirm", text: "/agendapunt Speeltuin loopt uit bespreking actie Speeltuin Kastanjelaan opknappen" });
  });

  it("every open agenda item handled at once is shown first", async () => {
    const items = [
      { number: 1, text: "Voortgang per pijler", status: "behandeld" },
      { number: 2, text: "Begroting 2026 vaststellen", status: "geaccepteerd" },
      { number: 3, text: "Plek watertappunt kiezen", status: "voorgesteld" },
    ];
    const stuurgroep = { ...world(), chatKind: "stuurgroep", agendaItems: async () => items } as UnderstandWorld;
    expect(await understand("alle punten zijn besproken, dank allemaal", stuurgroep)).toMatchObject({ kind: "confirm", text: "/agenda behandeld 2 3" });
  });

  it("a reminder named by the day it goes off ('die van donderdag …') is asked to stop", async () => {
    const reminders = [
      { number: 1, text: "verslag lezen", next: new Date("2026-01-06T08:00:00Z") },
      { number: 2, text: "zaal bellen", next: new Date("2026-01-08T08:00:00Z") },
    ];
    const mine = { ...world(), reminders: async () => reminders } as UnderstandWorld;
    expect(await understand("die herinnering van donderdag mag weg, is al geregeld", mine)).toMatchObject({ kind: "confirm", text: "/herinner stop 2" });
    expect(await understand("die van dinsdag kan weg", mine)).toMatchObject({ kind: "confirm", text: "/herinner stop 1" });
    // A day no reminder is on: nothing chosen.
    expect(await understand("die van vrijdag kan weg", mine)).not.toMatchObject({ text: expect.stringMatching(/^\/herinner stop/) });
  });
});

describe("understand: what the seventh (tuning) round taught", () => {
  it.each([
    ["website kan zaterdag niet af, wordt eind februari", "/actie deadline Eén wijkwebsite: eind februari"],
    ["roken mag tot het eind van het schooljaar doorlopen", "/actie deadline Stoppen met roken: tot het eind van het schooljaar"],
  ])("a new deadline after a status that is denied, or 'mag doorlopen tot': %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it.each([
    ["moestuin bereik nu 64 handtekeningen", "/actie bereik Buurtmoestuin: 64"],
    ["watertappunt heeft tot nu toe 230 kinderen bereikt van de 400 die we willen", "/actie bereik Watertappunt in de wijk: 230 van 400"],
  ])("the reach said with words between: %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "run", text: command });
  });

  it.each([
    ["voor de website willen we 1500 bezoekers halen, zet dat als beoogd bereik", "/actie bereik Eén wijkwebsite: beoogd 1500"],
    ["watertappunt: deze maand kwamen er 14 bewoners, totaal nu 31", "/actie bereik Watertappunt in de wijk: 31"],
  ])("an intended reach or a total is shown first: %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it("someone leaving an action while the speaker goes on is an owner change", async () => {
    expect(await read("huiswerkklas noord: Peter gaat eraf, ik doe het verder alleen")).toMatchObject({ kind: "confirm", text: "/actie eigenaar Huiswerkklas Noord: @Fatima" });
  });

  it.each([
    ["cb gaat even in de wachtstand", "/actie parkeer Verhoogde betrokkenheid CB en GGD"],
    ["de speeltuin pakken we weer op, er is weer budget", "/actie bezig Speeltuin Kastanjelaan opknappen: er is weer budget"],
    ["watertappunt staat! vanochtend geplaatst", "/actie klaar Watertappunt in de wijk: vanochtend geplaatst"],
  ])("more ways to say a status: %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "run", text: command });
  });

  it.each([
    ["welke acties zijn over hun deadline heen", "/acties te laat"],
    ["geef me het totaaloverzicht per pijler", "/overzicht"],
    ["zet de moestuin terug zoals hij stond, verkeerde datum", "/ongedaan"],
    ["herinner me morgenochtend half 9 aan de sleutel", "/herinner mij de sleutel morgen half 9"],
  ])("%j → %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "run", text: command });
  });

  it.each([
    ["nieuwe actie voor vreedzaam: Straatvoetbal op het plein, doelgroep 12 plus", "/actie nieuw Straatvoetbal op het plein pijler Vreedzaam doelgroep 12+"],
    ["maak een actie Taalmaatjes aan, eigenaar Peter, kansrijk, moet klaar voor de zomervakantie", "/actie nieuw Taalmaatjes eigenaar @Peter pijler Kansrijk deadline voor de zomervakantie"],
    ["zou je een nieuwe actie willen aanmaken: Peuterochtend, kansrijk", "/actie nieuw Peuterochtend pijler Kansrijk"],
    ["nieuwe actie sportinstuif in de sporthal voor jongeren 12 plus pijler vreedzaam", "/actie nieuw sportinstuif in de sporthal pijler Vreedzaam doelgroep 12+"],
    ["add a new action: Breastfeeding café, pillar Gezond, target group 0-4", "/actie nieuw Breastfeeding café pijler Gezond doelgroep 0-4"],
    ["ik wil een nieuwe actie toevoegen namelijk waterflesjes voor groep 3 pijler gezond", "/actie nieuw waterflesjes voor groep 3 pijler Gezond"],
  ])("a new action's parts said in more ways: %j", async (text, command) => {
    expect(nameKept(await read(text))).toMatchObject({ kind: "confirm", text: command });
  });

  it("an English part of the day left in a reminder's text is shown first (the command would read it as the time)", async () => {
    expect(await read("remind me tomorrow at 10 to call the speaker for the parents evening")).toMatchObject({ kind: "confirm" });
  });

  it("'dat moest 12 maart zijn' is not about the moestuin", async () => {
    expect(JSON.stringify(await read("dat moest 12 maart zijn"))).not.toContain("Buurtmoestuin");
  });
});

describe("understand: a few more from the seventh round's tune part", () => {
  it("'dat bedrag hoorde niet bij X, haal maar weg' asks to undo", async () => {
    expect(await read("dat bedrag hoorde niet bij de huiskamer, haal maar weg")).toMatchObject({ kind: "confirm", text: "/ongedaan" });
  });

  it("an agenda item whose subject follows 'op de agenda over …'", async () => {
    expect(await read("kan er een informatiepunt op de agenda over de cijfers van de jeugdmonitor")).toMatchObject({ kind: "confirm", text: "/agendapunt Cijfers van de jeugdmonitor informatie" });
  });

  it("'en' before an age group that ends a part joins two parts; inside a title it stays", async () => {
    expect(await read("nieuwe actie: Peuterochtend op het plein, kansrijk, eigenaar Lisa en 0-4")).toMatchObject({ text: "/actie nieuw Peuterochtend op het plein pijler Kansrijk eigenaar @Lisa doelgroep 0-4" });
    expect(await read("nieuwe actie: Bewegen en Gezond eten, kansrijk")).toMatchObject({ text: "/actie nieuw Bewegen en Gezond eten pijler Kansrijk" });
  });
});

describe("understand: an agenda item named in the stuurgroep, asked as a request", () => {
  it.each([
    ["kan de begroting naar de vergadering van maart?", "/agenda uitstellen 2"],
    ["het watertappunt graag opnemen op de agenda", "/agenda accepteer 3"],
  ])("%j is asked as %j", async (text, command) => {
    expect(await understand(text, stuurgroep())).toMatchObject({ kind: "confirm", text: command });
  });
});

describe("understand: an agenda item asked for the next meeting in more words", () => {
  it.each([
    ["kunnen we de jeugdmonitor volgende keer bespreken?", "/agendapunt Jeugdmonitor bespreking"],
    ["punt voor de volgende vergadering: de nieuwe subsidieregeling", "/agendapunt Nieuwe subsidieregeling"],
    ["graag agendapunt: resultaten jeugdmonitor 2025 bespreken", "/agendapunt Resultaten jeugdmonitor 2025 bespreken bespreking"],
  ])("%j is asked as %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it("'wat gaan we volgende keer bespreken?' shows the agenda; what was discussed is not the agenda", async () => {
    expect(await read("wat gaan we volgende keer bespreken?")).toMatchObject({ kind: "run", text: "/agenda" });
    expect(await read("wat hebben we besproken over de jeugdmonitor?")).not.toMatchObject({ text: "/agenda" });
  });
});

describe("understand: money spent when some was spent already", () => {
  /** The watertappunt has €400 spent. */
  const spent = (): UnderstandWorld => ({ ...world(), details: async () => ({ ownerNames: ["Fatima"], reachReached: null, spentCents: 40_000, plannedCents: 250_000 }) });

  it("'35 euro aan bekertjes uitgegeven' asks whether €35 is the total or comes on top, with both as numbered answers", async () => {
    const u = await understand("watertappunt: 35 euro aan bekertjes uitgegeven", spent());
    expect(u).toMatchObject({ kind: "choose", options: [{ text: "/actie budget Watertappunt in de wijk: besteed 35" }, { text: "/actie budget Watertappunt in de wijk: besteed 435" }] });
  });

  it.each([
    ["watertappunt: in totaal 435 euro uitgegeven", "/actie budget Watertappunt in de wijk: besteed 435"],
    ["watertappunt: weer 35 euro uitgegeven", "/actie budget Watertappunt in de wijk: besteed 435"],
  ])("%j says which: %j (a total is not read as a count of people too)", async (text, command) => {
    expect(await understand(text, spent())).toMatchObject({ text: command });
  });

  it("nothing spent yet: the amount is the total, as before", async () => {
    expect(await read("watertappunt: 35 euro aan bekertjes uitgegeven")).toMatchObject({ text: "/actie budget Watertappunt in de wijk: besteed 35" });
  });
});

describe("understand: which actions are finished, open, or whose in a pillar", () => {
  it.each([
    ["welke acties zijn er al klaar?", "/acties klaar"],
    ["which actions are done?", "/acties klaar"],
    ["hoeveel acties lopen er nog?", "/acties open"],
    ["welke acties zijn nog niet klaar?", "/acties open"],
    ["wie doet wat bij vreedzaam?", "/wie Vreedzaam"],
  ])("%j → %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "run", text: command });
  });
});

describe("understand: what the eighth (tuning) round taught", () => {
  it.each([
    ["goedemiddag allemaal! even een update: de moestuin is afgerond voor dit schooljaar", "/actie klaar Buurtmoestuin"],
    ["moi, de wijkwebsite is kloar", "/actie klaar Eén wijkwebsite"],
    ["wat loopt er allemaal achter?", "/acties te laat"],
  ])("%j → %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "run", text: command });
  });

  it("'update: watertappunt loopt goed, …' stays a note (a weak status word after an announcement is news, not a status)", async () => {
    expect(await read("update: watertappunt loopt goed, 3 nieuwe kinderen")).toMatchObject({ text: "/actie update Watertappunt in de wijk: loopt goed, 3 nieuwe kinderen" });
  });

  it("'wijkwebsite: we hopen op 500 bezoekers' is the intended reach, shown first", async () => {
    expect(await read("wijkwebsite: we hopen op 500 bezoekers")).toMatchObject({ kind: "confirm", text: "/actie bereik Eén wijkwebsite: beoogd 500" });
  });

  it("'zet het project maar op klaar' names no action: which one?", async () => {
    expect(await read("zet het project maar op klaar")).toMatchObject({ kind: "need-action", command: "actie klaar" });
  });

  it.each(["Peter ook eigenaar", "WIJ Groningen als partner erbij"])("%j asks which action, and reads the answer together with it", async (text) => {
    expect(await read(text)).toMatchObject({ kind: "read-as", prefix: "", suffix: text });
  });

  it("'die actie mag weg' asks which action to remove", async () => {
    expect(await read("die actie mag weg")).toMatchObject({ kind: "need-action", command: "actie verwijder" });
  });
});

describe("understand: an organisation that helps is a partner; people who help are news", () => {
  it("'GGD Groningen helpt mee met de moestuin' is shown as a partner", async () => {
    expect(await read("GGD Groningen helpt mee met de moestuin")).toMatchObject({ kind: "confirm", text: "/actie partner Buurtmoestuin: GGD Groningen" });
  });

  it("'de kinderen helpen mee met de moestuin' is no partner", async () => {
    expect(JSON.stringify(await read("de kinderen helpen mee met de moestuin"))).not.toContain("/actie partner");
  });

  it("'moestuin - de tuinman van Kids2b helpt mee' is news; the organisation is only offered as a second reading", async () => {
    expect(await read("moestuin - de tuinman van Kids2b helpt mee")).toMatchObject({
      kind: "choose",
      options: [{ text: "/actie partner Buurtmoestuin: Kids2b kinderopvang" }, { text: "/actie update Buurtmoestuin: de tuinman van Kids2b helpt mee" }],
    });
  });
});

describe("understand: owners taken off, and the speaker as owner", () => {
  it("'haal Joke weg als eigenaar van betrokkenheid cb' leaves nobody: who then?", async () => {
    expect(await read("haal Joke weg als eigenaar van betrokkenheid cb")).toMatchObject({ kind: "need-action", command: "actie eigenaar Verhoogde betrokkenheid CB en GGD:" });
  });

  it("someone who is no owner is said so, and nothing is proposed", async () => {
    expect(await read("haal Peter weg als eigenaar van de moestuin")).toMatchObject({ kind: "say", text: { key: "understand.notOwner" } });
  });

  it.each([
    ["ik ben vanaf nu ook eigenaar van de wijkwebsite", "@Fatima"],
    ["ik neem de speeltuin over van Peter", "@Fatima"],
  ])("%j makes the speaker an owner, shown first", async (text, owner) => {
    const u = await read(text);
    expect(u).toMatchObject({ kind: "confirm" });
    expect((u as { text: string }).text).toMatch(new RegExp(`^/actie eigenaar .*${owner}`));
  });
});

describe("understand: thanks in more than one word", () => {
  it.each(["top dank je", "ok thanks!", "super, bedankt wijkbot 👍", "dankjewel hoor", "toppie, fijn"])("%j is thanks", async (text) => {
    expect(await read(text)).toMatchObject({ kind: "say", text: { key: "understand.thanks" } });
  });

  it("'top, maar de moestuin is nog niet klaar' is not just thanks", async () => {
    expect(await read("top, maar de moestuin is nog niet klaar")).not.toMatchObject({ kind: "say", text: { key: "understand.thanks" } });
  });
});

describe("understand: a reminder for the team", () => {
  it.each([
    ["herinner het team donderdag aan de vergadering", "/herinner groep de vergadering donderdag"],
    ["herinner het hele team vrijdag 10:00 aan de enquete", "/herinner groep de enquete vrijdag 10:00"],
  ])("%j is asked as %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });
});

describe("understand: the decisions so far", () => {
  it.each(["welke besluiten hebben we genomen?", "wat heeft de stuurgroep besloten?"])("%j shows /besluitenlijst", async (text) => {
    expect(await read(text)).toMatchObject({ kind: "run", text: "/besluitenlijst" });
  });
});

describe("understand: a status after a colon with 'ermee', and an event that took place", () => {
  it.each([
    ["moestuin: we zijn ermee gestopt, geen ruimte meer", "/actie stop Buurtmoestuin: geen ruimte meer"],
    ["wijkwebsite is doorgegaan, was top", "/actie klaar Eén wijkwebsite: was top"],
  ])("%j → %j (the rest is the note)", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "run", text: command });
  });

  it("'we zijn doorgegaan met de moestuin' (went on with it) sets no status", async () => {
    expect(setsStatus(await read("we zijn doorgegaan met de moestuin ondanks de regen"))).toBe(false);
  });
});

describe("understand: the week's planning, and everyone in the wijk", () => {
  it.each([
    ["wat staat er deze week op de planning?", "/weekoverzicht"],
    ["wie zitten er allemaal in de wijk?", "/wie"],
    ["wie doen er mee?", "/wie"],
  ])("%j → %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "run", text: command });
  });
});

describe("understand: something obtained that came in", () => {
  it("'vignet is binnen!! …' asks to set the vignet on klaar, keeping the rest as its note", async () => {
    const got = await read("gezonde school vignet is binnen!! de zonnewijzer heeft m officieel 🎉");
    expect(got).toMatchObject({ kind: "confirm", text: "/actie klaar Gezonde School vignet: de zonnewijzer heeft m officieel 🎉" });
  });

  it("'offerte is binnen' for the moestuin is news, not the moestuin done", async () => {
    expect(setsStatus(await read("moestuin: offerte is binnen"))).toBe(false);
  });
});

describe("understand: what the ninth blind round taught", () => {
  it("'de gemeente trekt 2500 euro uit' for an action is its budget", async () => {
    expect(await read("watertappunt: de gemeente trekt 2500 euro uit")).toMatchObject({ text: "/actie budget Watertappunt in de wijk: begroot 2500" });
  });

  it("'… loopt goed' is news, not a status", async () => {
    expect(setsStatus(await read("vanochtend met de kinderen gekeken, watertappunt loopt goed"))).toBe(false);
  });

  it("'informatiepunt voor de stuurgroep: …' is an agenda item for information", async () => {
    expect(await read("informatiepunt voor de stuurgroep: terugblik op de ouderavond")).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/agendapunt Terugblik op de ouderavond informatie/) });
  });

  it("'hoe meld ik dat een actie af is?' shows the help of /actie klaar", async () => {
    expect(await read("hoe meld ik dat een actie af is?")).toMatchObject({ kind: "run", text: "/help actie klaar" });
  });

  it("'met Lisa als eigenaar' in a new action makes Lisa its owner", async () => {
    expect(await read("nieuwe actie: Peuterochtend in de bieb, met Lisa als eigenaar")).toMatchObject({ kind: "confirm", text: "/actie nieuw Peuterochtend in de bieb eigenaar @Lisa" });
  });

  it("'we starten met X, kun je dat als nieuwe actie zetten? vreedzaam' takes the title said before", async () => {
    expect(await read("we starten met Kickboksen voor meiden, kun je dat als nieuwe actie zetten? vreedzaam, beoogd 15 meiden")).toMatchObject({
      kind: "confirm",
      text: "/actie nieuw Kickboksen voor meiden pijler Vreedzaam beoogd 15",
    });
  });

  it("'X is toch nog niet klaar, …' asks to set it back to bezig, with the rest as note", async () => {
    expect(await read("moestuin is toch nog niet klaar, er komt nog een tweede oogst")).toMatchObject({ kind: "confirm", text: "/actie bezig Buurtmoestuin: er komt nog een tweede oogst" });
  });

  it("'samen met Lisa doen, zet haar er ook bij' adds Lisa as owner, asked first and without a note", async () => {
    expect(await read("speeltuin samen met Lisa doen, zet haar er ook bij")).toMatchObject({ kind: "confirm", text: "/actie eigenaar Speeltuin Kastanjelaan opknappen: @Peter @Lisa" });
  });

  it.each([
    ["herinner me morgenmiddag om 3 uur aan de bank", "run", "/herinner mij de bank morgen om 15:00"],
    ["herinner me morgen om 3 uur 's middags aan de bank", "run", "/herinner mij de bank morgen om 15:00"],
    ["herinner me morgen om 3 uur aan de bank", "confirm", "/herinner mij de bank morgen om 15:00"],
    ["herinner me morgenochtend om 6 uur aan de krant", "run", "/herinner mij de krant morgen om 6:00 's ochtends"],
  ])("%j: a small hour is in the afternoon unless the morning is said", async (text, kind, command) => {
    expect(await read(text)).toMatchObject({ kind, text: command });
  });
});

describe("understand: how-to questions get the help of the command that does it", () => {
  it.each([
    ["hoe verander ik de pijler van een actie", "/help actie pijler"],
    ["hoe wijzig ik de doelgroep", "/help actie doelgroep"],
    ["hoe verwijder ik een actie", "/help actie verwijder"],
    ["hoe stop ik een herinnering", "/help herinner stop"],
    ["hoe kan ik zien wat er te laat is", "/help acties"],
    ["hoe zie ik wie wat doet", "/help wie"],
    ["hoe kan ik alles naar excel halen", "/help overzicht"],
    ["hoe zie ik de agenda van de stuurgroep", "/help agenda"],
    ["hoe voeg ik een nieuwe collega toe", "/help rol"],
    ["hoe maak ik een nieuwe actie", "/help actie nieuw"],
  ])("%j → %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "run", text: command });
  });
});

describe("understand: what the tenth blind round taught", () => {
  it.each([
    ["geef me het weekoverzicht", "/weekoverzicht"],
    ["is er al een besluit over de begroting?", "/besluitenlijst"],
    ["stuur me alles wat je over mij bewaart", "/mijngegevens"],
  ])("%j → %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "run", text: command });
  });

  it("'X wordt van Ahmed, Youssef zit vol' gives the action to Ahmed (asked first)", async () => {
    expect(await read("wijkwebsite wordt van Ahmed, Youssef zit vol")).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/actie eigenaar Eén wijkwebsite: @Ahmed$/) });
  });

  it.each([
    ["kan er een agendapunt bij over de samenwerking met de kinderopvang", /^\/agendapunt Samenwerking met de kinderopvang/],
    ["ik wil de wijkwebsite op de agenda als informatiepunt", /^\/agendapunt (De )?[Ww]ijkwebsite informatie/],
    ["graag op de agenda: de plek van het watertappunt, bespreken", /^\/agendapunt Plek van het watertappunt bespreking/],
  ])("%j is an agenda item without the words around it", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: expect.stringMatching(command) });
  });

  it("'ik wil een nieuwe actie starten: X' takes X as the title", async () => {
    expect(await read("ik wil een nieuwe actie starten: Voorleesouders in de onderbouw")).toMatchObject({ kind: "confirm", text: "/actie nieuw Voorleesouders in de onderbouw" });
  });

  it("'…, samen met Lisa' in a new action makes the sender and Lisa its owners", async () => {
    expect(await read("nieuwe actie: VVE-thuisprogramma uitbreiden, kansrijk, 0-4, samen met Lisa")).toMatchObject({
      kind: "confirm",
      text: "/actie nieuw VVE-thuisprogramma uitbreiden pijler Kansrijk doelgroep 0-4 eigenaar @Fatima @Lisa",
    });
  });

  it("'moestuin moet af op vrijdag de 13e' is its deadline", async () => {
    expect(await read("moestuin moet af op vrijdag de 13e")).toMatchObject({ text: "/actie deadline Buurtmoestuin: vrijdag de 13e" });
  });
});

describe("understand: removals no command does, agreements, and plans", () => {
  it.each(["haal punt 3 van de agenda", "het agendapunt over de wijkwebsite mag eraf"])("%j says an item cannot be taken off, and what can be done", async (text) => {
    expect(await read(text)).toMatchObject({ kind: "say", text: { key: "understand.agendaRemove" } });
  });

  it("'watertappunt partner eraf: GGD Groningen' says a partner cannot be removed (it used to offer adding it)", async () => {
    expect(await read("watertappunt partner eraf: GGD Groningen")).toMatchObject({ kind: "say", text: { key: "understand.partnerRemove" } });
  });

  it("'noteer even dat we akkoord zijn met X' is a decision", async () => {
    expect(await read("noteer even dat we akkoord zijn met de plek van het watertappunt")).toMatchObject({ kind: "confirm", text: "/besluit akkoord met de plek van het watertappunt" });
  });

  it("'we gaan een taalcafé opzetten, kun je dat toevoegen? kansrijk' is a new action", async () => {
    expect(await read("we gaan een taalcafe voor ouders opzetten, kun je dat toevoegen? kansrijk")).toMatchObject({ kind: "confirm", text: "/actie nieuw taalcafe voor ouders pijler Kansrijk" });
  });

  it("a weekday in a new action's title without 'deadline' stays in the title", async () => {
    expect(await read("er komt een nieuwe actie bij: straatvoetbal op woensdag, vreedzaam")).toMatchObject({ kind: "confirm", text: "/actie nieuw straatvoetbal op woensdag pijler Vreedzaam" });
  });
});

describe("understand: totals, what must be done, and a pillar's people", () => {
  it.each(["hoeveel geld is er al uitgegeven", "hoeveel kinderen zijn er bereikt?"])("%j points to the report (no change proposed)", async (text) => {
    expect(await read(text)).toMatchObject({ kind: "say", text: { key: "understand.totals" } });
  });

  it.each(["hoeveel kinderen hebben we dit jaar bereikt?", "how many kids have we reached in total, per pillar?"])("%j shows the year's reach per pillar", async (text) => {
    expect(await read(text)).toEqual({ kind: "run", text: "/jaarplan overzicht" });
  });

  it("'hoeveel is er over alle acties samen begroot en uitgegeven?' shows the report with the money", async () => {
    expect(await read("hoeveel is er over alle acties samen begroot en uitgegeven?")).toEqual({ kind: "run", text: "/rapport" });
  });

  it("'hoeveel kinderen heeft het watertappunt bereikt?' shows that action (it proposed noting the question)", async () => {
    expect(await read("hoeveel kinderen heeft het watertappunt bereikt?")).toMatchObject({ kind: "run", text: "/actie info Watertappunt in de wijk" });
  });

  it("'wat moet er deze maand af?' lists the open actions", async () => {
    expect(await read("wat moet er deze maand af?")).toMatchObject({ kind: "run", text: "/acties open" });
  });

  it("'wie doet er allemaal mee bij vreedzaam' is the pillar's people, not an action with the word in its title", async () => {
    expect(await read("wie doet er allemaal mee bij vreedzaam")).toMatchObject({ kind: "run", text: "/wie Vreedzaam" });
  });
});

describe("understand: what the eleventh blind round taught", () => {
  it("dictated punctuation ('… klaar punt alle drie …') is read as the marks, so the note has no 'punt'", async () => {
    expect(await read("watertappunt is klaar punt alle drie de scholen hebben getekend")).toMatchObject({ text: "/actie klaar Watertappunt in de wijk: alle drie de scholen hebben getekend" });
  });

  it("a goodbye after the news ('… fijne avond!') is not part of the note", async () => {
    const got = await read("goed nieuws van de moestuin: de bakken zijn gevuld. fijne avond!");
    expect(JSON.stringify(got)).not.toContain("fijne avond");
  });

  it("'mijn naam is eigenlijk Fatima Bakker' leaves 'eigenlijk' out of the name", async () => {
    expect(await read("mijn naam is eigenlijk Fatima Bakker")).not.toMatchObject({ text: expect.stringContaining("eigenlijk") });
  });

  it.each([
    ["hoe geef ik al mijn acties in één keer aan een collega", "/help overdracht"],
    ["wat weet jij allemaal over mij?", "/mijngegevens"],
  ])("%j → %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "run", text: command });
  });

  it("'begroting wijkwebsite wordt 9500' is the planned budget", async () => {
    expect(await read("begroting wijkwebsite wordt 9500")).toMatchObject({ text: "/actie budget Eén wijkwebsite: begroot 9500" });
  });

  it("a reminder's reason after a comma ('…, anders verrotten de zaailingen') is not its text", async () => {
    expect(await read("kan je me elke werkdag om 8 uur herinneren aan de kas luchten, anders verrotten de zaailingen")).toMatchObject({ text: expect.stringMatching(/^\/herinner mij de kas luchten elke werkdag/) });
  });

  it("'moet voor 1 november klaar zijn' in a new action is its deadline", async () => {
    expect(await read("ik wil een nieuwe actie beginnen: fietsverlichting controleren, moet voor 1 november klaar zijn")).toMatchObject({ text: "/actie nieuw fietsverlichting controleren deadline voor 1 november" });
  });
});

describe("understand: a question answered by the request after it", () => {
  it("'techniekdag … toch? zet hem maar op 17 april' sets that action's deadline (asked first)", async () => {
    expect(await read("watertappunt heeft nog geen nieuwe datum toch? zet hem maar op 17 april")).toMatchObject({ kind: "confirm", text: "/actie deadline Watertappunt in de wijk: 17 april" });
  });

  it("'watertappunt is klaar toch? zet maar op klaar' is the status change", async () => {
    expect(await read("watertappunt is klaar toch? zet maar op klaar")).toMatchObject({ text: "/actie klaar Watertappunt in de wijk" });
  });

  it("'wijkwebsite moet een andere deadline krijgen' asks for the date", async () => {
    expect(await read("wijkwebsite moet een andere deadline krijgen")).toMatchObject({ kind: "need-action", command: "actie deadline Eén wijkwebsite:" });
  });
});

describe("understand: what the ninth session's tune failures taught", () => {
  it("a reason that starts before the last clause keeps both: '… naar 20 maart ivm de vorst, de grond is te hard'", async () => {
    expect(await read("moestuin deadline schuift naar 20 maart ivm de vorst, de grond is te hard om te zaaien")).toMatchObject({ kind: "confirm", text: "/actie deadline Buurtmoestuin: 20 maart", note: "de vorst, de grond is te hard om te zaaien" });
  });

  it("two organisations named as partners are two partners, shown first and done one after the other", async () => {
    expect(await read("watertappunt: Gasunie en Noorderpoort doen mee als partner")).toMatchObject({
      kind: "confirm",
      text: "/actie partner Watertappunt in de wijk: Gasunie",
      then: [{ text: "/actie partner Watertappunt in de wijk: Noorderpoort" }],
    });
  });

  it("'Stichting Groen en Doen' is one organisation", async () => {
    expect(await read("partner bij moestuin: Stichting Groen en Doen")).toMatchObject({ kind: "confirm", text: "/actie partner Buurtmoestuin: Stichting Groen en Doen" });
  });

  it("'herinner mij en Ahmed dinsdag …' reminds the sender and Ahmed (asked first)", async () => {
    expect(await read("herinner mij en Ahmed dinsdag aan de oversteekcontrole")).toMatchObject({ kind: "confirm", text: "/herinner @Fatima @Ahmed de oversteekcontrole dinsdag" });
  });

  it("'Joke hoeft niet meer bij X, ik doe het alleen' makes the speaker the only owner", async () => {
    expect(await read("Joke hoeft niet meer bij betrokkenheid cb, ik doe het alleen")).toMatchObject({ text: "/actie eigenaar Verhoogde betrokkenheid CB en GGD: @Fatima" });
  });

  it("'Lisa wordt eigenaar van X, ik blijf er wel bij als back-up' keeps the speaker, without a note", async () => {
    const got = await read("onze nieuwe collega Lisa wordt eigenaar van het watertappunt, ik blijf er wel bij als back-up");
    expect(got).toMatchObject({ text: "/actie eigenaar Watertappunt in de wijk: @Lisa @Fatima" });
    expect(got).not.toHaveProperty("note");
  });

  it("'het beoogde bereik van X mag omhoog naar 60' is the intended reach", async () => {
    expect(await read("het beoogde bereik van de moestuin mag omhoog naar 60")).toMatchObject({ text: "/actie bereik Buurtmoestuin: beoogd 60" });
  });

  it("', daar moet een besluit over komen' says the item's kind and is not part of its title", async () => {
    expect(await read("agendapunt voor de stuurgroep: geld voor nieuwe speeltoestellen, daar moet een besluit over komen")).toMatchObject({ kind: "confirm", text: "/agendapunt Geld voor nieuwe speeltoestellen besluit" });
  });

  it("'voor de stuurgroep wil ik een besluit over …' is an agenda item of kind besluit", async () => {
    expect(await read("voor de stuurgroep wil ik een besluit over extra geld voor de speeltuin")).toMatchObject({ kind: "confirm", text: "/agendapunt Extra geld voor de speeltuin besluit actie Speeltuin Kastanjelaan opknappen" });
  });

  it("'kun je een X als actie toevoegen? Vreedzaam, 12+' takes X as the title", async () => {
    expect(await read("kun je een voetbaltoernooi voor de jeugd als actie toevoegen? Vreedzaam, 12+")).toMatchObject({ kind: "confirm", text: "/actie nieuw Voetbaltoernooi voor de jeugd pijler Vreedzaam doelgroep 12+" });
    expect(await read("kun je dat als actie toevoegen?")).toMatchObject({ kind: "read-as" });
  });

  it("'ik hoef niet meer herinnerd te worden aan het weekoverzicht' offers to stop that reminder", async () => {
    const w = { ...world(), reminders: async () => [{ number: 1, text: "weekoverzicht doorlezen" }, { number: 2, text: "offerte bellen" }] };
    expect(await understand("ik hoef niet meer elke maandag herinnerd te worden aan het weekoverzicht", w)).toMatchObject({ kind: "confirm", text: "/herinner stop 1" });
    expect(await understand("zet mijn herinnering over het weekoverzicht maar uit", w)).toMatchObject({ kind: "confirm", text: "/herinner stop 1" });
  });
});

describe("understand: how-to questions in the words people use", () => {
  it.each([
    ["hoe zet ik iets op de agenda van de stuurgroep", "/help agendapunt"],
    ["hoe vraag ik de agenda op", "/help agenda"],
    ["hoe kan ik een actie afsluiten", "/help actie klaar"],
    ["hoe werkt de check-in", "/help checkin"],
    ["hoe stel ik een herinnering uit", "/help snooze"],
    ["hoe laat ik weten dat ik ziek ben", "/help afwezig"],
    ["hoe kan ik zien wat ik allemaal moet doen", "/help acties"],
    ["hoe kan ik een actie aan iemand anders geven", "/help actie eigenaar"],
    ["hoe kan ik de vergaderingen zien", "/help vergaderingen"],
    ["hoe zie ik mijn herinneringen", "/help herinneringen"],
    ["hoe haal ik een herinnering weg", "/help herinner stop"],
    ["hoe kan ik zien wat de stuurgroep besloten heeft", "/help besluitenlijst"],
    ["hoe prik ik een datum met de groep", "/help datumprikker"],
    ["hoe kan ik een stuurgroepvergadering plannen", "/help vergadering nieuw"],
    ["hoe werkt het als ik iets af heb", "/help actie klaar"],
    ["hoe zeg ik dat iets niet doorgaat", "/help actie stop"],
    ["hoe kan ik een actie tijdelijk stilzetten", "/help actie parkeer"],
    ["hoe geef ik aan dat we begonnen zijn", "/help actie bezig"],
    ["hoe geef ik door dat ik er volgende week niet ben", "/help afwezig"],
    ["hoe noteer ik dat er 20 kinderen waren", "/help actie bereik"],
    ["hoe kan ik alles van mij verwijderen", "/help vergeetmij"],
    ["hoe zie ik wat jullie van mij opslaan", "/help mijngegevens"],
    ["how can I see all actions", "/help acties"],
  ])("%j → %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "run", text: command });
  });
});

describe("understand: what round 12's tune half taught", () => {
  /** The stuurgroep chat, with the next meeting's agenda. */
  const stuurgroep = (): UnderstandWorld => ({
    ...world(),
    chatKind: "stuurgroep",
    agendaItems: async () => [
      { number: 1, text: "Voortgang per pijler", status: "geaccepteerd" },
      { number: 2, text: "Begroting 2026 vaststellen", status: "geaccepteerd" },
      { number: 3, text: "Plek watertappunt kiezen", status: "voorgesteld" },
    ],
  });

  it("'X stopgezet: reden' stops X with the reason; an unknown word before the colon is not eaten as part of the name", async () => {
    expect(await read("moestuin stopgezet: te weinig vrijwilligers")).toMatchObject({ text: "/actie stop Buurtmoestuin: te weinig vrijwilligers" });
    expect(await read("moestuin afgeschaald: te weinig vrijwilligers")).toMatchObject({ kind: "confirm", text: "/actie update Buurtmoestuin: afgeschaald: te weinig vrijwilligers" });
  });

  it("'zet X maar in de parkeerstand' parks it", async () => {
    expect(await read("zet de wijkwebsite maar in de parkeerstand")).toMatchObject({ text: "/actie parkeer Eén wijkwebsite" });
  });

  it("an agenda item by number to the top, two items named as handled, and 'punt 3 mag door naar maart'", async () => {
    expect(await understand("zet punt 3 maar bovenaan", stuurgroep())).toMatchObject({ kind: "confirm", text: "/agenda volgorde 3 1 2" });
    expect(await understand("voortgang per pijler en de begroting zijn allebei besproken", stuurgroep())).toMatchObject({ kind: "confirm", text: "/agenda behandeld 1 2" });
    expect(await understand("punt 3 mag door naar maart", stuurgroep())).toMatchObject({ kind: "run", text: "/agenda uitstellen 3" });
  });

  it("money: 'N aan X en nog eens M aan Y' is the total spent; 'moet 6500 zijn ipv 8000' is the new budget", async () => {
    expect(await read("voor de speeltuin 300 euro uitgegeven aan hesjes en nog eens 120 aan stickers")).toMatchObject({ text: "/actie budget Speeltuin Kastanjelaan opknappen: besteed 420" });
    expect(await read("begroting wijkwebsite moet 6500 zijn ipv 8000")).toMatchObject({ text: "/actie budget Eén wijkwebsite: begroot 6500" });
  });

  it("decisions as a meeting says them (asked first)", async () => {
    const sg = stuurgroep();
    for (const [text, command] of [
      ["nog een besluit: Henk en Ingrid gaan in gesprek met de wethouder", "/besluit Henk en Ingrid gaan in gesprek met de wethouder"],
      ["afgesproken dat de wijkwebsite pas na de zomer live gaat", "/besluit de wijkwebsite pas na de zomer live gaat"],
      ["we gaan door met het zomerkamp, leg dat vast", "/besluit we gaan door met het zomerkamp"],
      ["kun je als besluit vastleggen dat de moestuin 500 euro extra krijgt", "/besluit de moestuin 500 euro extra krijgt"],
      ["punt 3 is besloten: plek watertappunt wordt het schoolplein", "/besluit plek watertappunt wordt het schoolplein agendapunt 3"],
      // (Who agreed stays in the decision, as it was said.)
      ["we zijn akkoord met de begroting 2026", "/besluit we zijn akkoord met de begroting 2026"],
      ["de begroting 2026 is vastgesteld", "/besluit de begroting 2026 is vastgesteld"],
      ["unaniem besloten: geen nieuwe acties meer dit jaar", "/besluit geen nieuwe acties meer dit jaar"],
      ["we hebben vanavond unaniem besloten dat de zomerschool doorgaat", "/besluit de zomerschool doorgaat"],
      ["er is gisteren besloten om de speeltuin uit te stellen", "/besluit de speeltuin uit te stellen"],
    ]) expect(await understand(text, sg), text).toMatchObject({ kind: "confirm", text: command });
    // Outside the stuurgroep chat, "we zijn akkoord met …" is not taken as a decision.
    expect(await read("we zijn akkoord met de begroting 2026")).not.toMatchObject({ text: expect.stringMatching(/^\/besluit/) });
  });

  it("'wat hebben we besloten over de wijkwebsite?' shows the decisions, though an action is named", async () => {
    expect(await understand("wat hebben we besloten over de wijkwebsite?", stuurgroep())).toMatchObject({ kind: "run", text: "/besluitenlijst" });
  });

  it("owners and partners said in other ways", async () => {
    expect(await read("het watertappunt is overgegaan van Fatima op Lisa")).toMatchObject({ text: "/actie eigenaar Watertappunt in de wijk: @Lisa" });
    expect(await read("speeltuin: partner Kids2b kinderopvang toevoegen")).toMatchObject({ text: "/actie partner Speeltuin Kastanjelaan opknappen: Kids2b kinderopvang" });
    expect(await read("partner toevoegen aan de speeltuin verkeersouders zonnewijzer")).toMatchObject({ text: "/actie partner Speeltuin Kastanjelaan opknappen: verkeersouders zonnewijzer" });
    expect(await read("GGD Groningen moet ook als partner bij de wijkwebsite")).toMatchObject({ text: "/actie partner Eén wijkwebsite: GGD Groningen" });
    expect(await read("Gasunie sponsort de speeltuin")).toMatchObject({ text: "/actie partner Speeltuin Kastanjelaan opknappen: Gasunie" });
  });

  it("what wijkbot cannot do is said plainly, with the nearest thing it can do offered as one question", async () => {
    expect(await read("kun je een mail sturen naar de wethouder over het watertappunt?")).toMatchObject({ kind: "need-action", question: { key: "understand.cannotMail" }, command: "herinner mij mail sturen naar de wethouder over het watertappunt" });
    expect(await read("kun je de gymzaal reserveren voor de techniekdag")).toMatchObject({ kind: "need-action", question: { key: "understand.cannotArrange" }, command: "herinner mij gymzaal reserveren voor de techniekdag" });
    expect(await read("print het overzicht voor me, voor de bewonersavond")).toMatchObject({ kind: "confirm", question: { key: "understand.cannotPrint" }, text: "/overzicht" });
    expect(await read("wat vind jij, moeten we het zomerkamp doorzetten?")).toMatchObject({ kind: "confirm", question: { key: "understand.noOpinion" }, text: "/agendapunt Moeten we het zomerkamp doorzetten? bespreking" });
    expect(await read("kun je mijn wachtwoord resetten")).toMatchObject({ kind: "say", text: { key: "understand.noPassword" } });
  });

  it("a reminder to mail someone is still a reminder", async () => {
    expect(await read("kun je me morgen herinneren om de wethouder te mailen")).toMatchObject({ text: expect.stringMatching(/^\/herinner mij/) });
  });
});

describe("understand: new actions, reach and owners said in passing", () => {
  it("'we gaan starten met X, gezond, 0-4, ik trek hem' is a new action (asked first), not a note on an action that shares a word", async () => {
    expect(await read("we gaan starten met een beweegspreekuur voor peuters, gezond, 0-4, ik trek hem")).toMatchObject({ kind: "confirm", text: "/actie nieuw beweegspreekuur voor peuters pijler Gezond doelgroep 0-4" });
  });

  it("'…, Sanne en ik' in a new action are its owners", async () => {
    expect(await read("maak een actie aan: leesmaatjes, kansrijk, 4-12, Lisa en ik")).toMatchObject({ text: "/actie nieuw leesmaatjes pijler Kansrijk doelgroep 4-12 eigenaar @Lisa @Fatima" });
  });

  it("reach: 'zitten nu 18 kinderen', the count said as reached wins over another count, 'het doel voor X is 30'", async () => {
    expect(await read("bij de moestuin zitten nu 18 kinderen")).toMatchObject({ text: "/actie bereik Buurtmoestuin: 18" });
    expect(await read("moestuin: 3 scholen doen mee, 250 kinderen bereikt")).toMatchObject({ text: "/actie bereik Buurtmoestuin: 250" });
    expect(await read("het doel voor de moestuin is 30 kinderen")).toMatchObject({ text: "/actie bereik Buurtmoestuin: beoogd 30" });
  });
});

describe("understand: questions that name a pillar, everything, or a field", () => {
  it("'hoe staan we ervoor met gezond?' is the pillar's actions", async () => {
    expect(await read("hoe staan we ervoor met gezond?")).toMatchObject({ kind: "run", text: "/acties Gezond" });
  });

  it("'geef me een overzicht van alles' is the overview, not an action with 'alle' in its name", async () => {
    expect(await read("geef me een overzicht van alles")).toMatchObject({ kind: "run", text: "/overzicht" });
  });

  it("'wat is de deadline van de wijkwebsite' (no question mark) shows the action; with a new date it is a change", async () => {
    expect(await read("wat is de deadline van de wijkwebsite")).toMatchObject({ kind: "run", text: expect.stringMatching(/^\/actie info/) });
    expect(await read("wat is de nieuwe deadline van de wijkwebsite, 1 april")).toMatchObject({ kind: "confirm", text: "/actie deadline Eén wijkwebsite: 1 april" });
  });
});

describe("understand: items for the meeting said without the word agenda", () => {
  it.each([
    ["graag bespreken volgende keer: te weinig vrijwilligers bij de moestuin", /^\/agendapunt Te weinig vrijwilligers bij de moestuin bespreking/],
    ["voor donderdag wil ik iets inbrengen over de speeltuin, ter info", /^\/agendapunt Speeltuin informatie/],
    ["ik wil graag het watertappunt toelichten in de stuurgroep", /^\/agendapunt Watertappunt informatie/],
    ["zou het fijn vinden als we het over de GGD samenwerking hebben in de stuurgroep", /^\/agendapunt GGD samenwerking/],
    ["kan er een punt bij over de website, we hebben geld nodig", /^\/agendapunt Website/],
  ])("%j is an agenda item (asked first)", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: expect.stringMatching(command) });
  });

  it("a common word ('scholen') does not link an item to an action", async () => {
    expect(await read("punt voor de volgende vergadering: verkeersveiligheid rond de scholen")).toMatchObject({ kind: "confirm", text: "/agendapunt Verkeersveiligheid rond de scholen" });
  });
});

describe("understand: English for moving a deadline and naming a pillar", () => {
  it("'can you move the garden deadline one week' is a week later", async () => {
    expect(await read("can you move the garden deadline one week")).toMatchObject({ text: "/actie deadline Buurtmoestuin: 1 week later" });
  });

  it("'new action: baby massage class, healthy, 0-4' takes 'healthy' for the pillar Gezond", async () => {
    expect(await read("new action: baby massage class, healthy, 0-4")).toMatchObject({ text: "/actie nieuw baby massage class pijler Gezond doelgroep 0-4" });
  });
});

describe("understand: chatty messages — greetings, announcements and subordinate word order", () => {
  it("a greeting, 'even een updateje van mijn kant:' and 'fijne dag allemaal' are not part of the note", async () => {
    expect(noteFirst(await read("goedemorgen! even een updateje van mijn kant: bij de moestuin hebben we zaterdag met 12 kinderen de bakken gevuld, ging super. fijne dag allemaal"))).toBe(
      "/actie update Buurtmoestuin: bij de moestuin hebben we zaterdag met 12 kinderen de bakken gevuld, ging super",
    );
  });

  it("'even kwijt: …' is not part of the note", async () => {
    expect(await read("even kwijt: de GGD heeft nieuwe zaden gegeven voor de moestuin")).toMatchObject({ text: "/actie update Buurtmoestuin: de GGD heeft nieuwe zaden gegeven voor de moestuin" });
  });

  it("'ik wilde even zeggen dat …' leaves the preamble out of the note", async () => {
    expect(noteFirst(await read("goedemiddag, ik wilde even zeggen dat de moestuin heel goed is gegaan, 14 kinderen waren er"))).toBe("/actie update Buurtmoestuin: de moestuin heel goed is gegaan, 14 kinderen waren er");
  });

  it("'… dat het zomerkamp niet doorgaat omdat …' (subordinate word order) stops it with the reason; 'gaat eindelijk van start' starts it", async () => {
    expect(await read("ik moet helaas melden dat de speeltuin dit jaar niet doorgaat omdat er geen geld is")).toMatchObject({ text: "/actie stop Speeltuin Kastanjelaan opknappen: er geen geld is" });
    expect(await read("dag! de wijkwebsite gaat eindelijk van start, eerste ontwerp komt 20 januari")).toMatchObject({ text: "/actie bezig Eén wijkwebsite: eerste ontwerp komt 20 januari" });
  });
});

describe("understand: being away, back, and forgetting me", () => {
  it.each([
    ["ik ben volgende week met vakantie, Lisa neemt het over", { kind: "confirm", text: "/afwezig t/m zondag volgende week vervanger @Lisa" }],
    ["ik ben tot en met 20 januari ziek", { kind: "confirm", text: "/afwezig t/m 20 januari" }],
    ["ik ga van 10 tot 20 februari op vakantie, vervanger Peter", { kind: "confirm", text: "/herinner mij afwezigheid melden (t/m 20 februari, vervanger Peter) 10 februari 9:00" }],
    ["ik ga tot 20 februari op vakantie, vervanger Peter", { kind: "confirm", text: "/afwezig t/m 20 februari vervanger @Peter" }],
    ["ik ben er weer", { kind: "confirm", text: "/afwezig weg" }],
    ["ik ben ziek", { kind: "need-action", command: "afwezig t/m" }],
  ])("%j", async (text, expected) => {
    expect(await read(text)).toMatchObject(expected);
  });

  it("away for an hour is no absence", async () => {
    expect(await read("ik ben even weg, ben over een uur terug")).not.toMatchObject({ text: expect.stringMatching(/^\/afwezig/) });
  });

  it("'verwijder al mijn gegevens' is /vergeetmij (which asks before it removes anything)", async () => {
    expect(await read("verwijder al mijn gegevens")).toMatchObject({ kind: "run", text: "/vergeetmij" });
  });
});

describe("understand: partners said in other ways", () => {
  it("'noteer Stichting Sport als partner van het watertappunt' is the partner, not a note about it", async () => {
    expect(await read("noteer Stichting Sport als partner van het watertappunt")).toMatchObject({ kind: "confirm", text: "/actie partner Watertappunt in de wijk: Stichting Sport" });
  });

  it("'noteer: Stichting Sport komt als partner kijken bij het watertappunt' stays a note", async () => {
    expect(await read("noteer: Stichting Sport komt als partner kijken bij het watertappunt")).toMatchObject({ text: "/actie update Watertappunt in de wijk: Stichting Sport komt als partner kijken" });
  });

  it("'stichting Present en de Voedselbank' are two partners; 'Stichting Groen en Doen' is one", async () => {
    expect(await read("partner erbij voor de moestuin: stichting Present en de Voedselbank")).toMatchObject({
      text: "/actie partner Buurtmoestuin: stichting Present",
      then: [{ text: "/actie partner Buurtmoestuin: Voedselbank" }],
    });
    expect(await read("partner bij de moestuin: Stichting Groen en Doen")).toMatchObject({ text: "/actie partner Buurtmoestuin: Stichting Groen en Doen" });
  });

  it("'samenwerking met Sportbedrijf Groningen bij het watertappunt is rond' is that partner, not the action finished", async () => {
    expect(await read("samenwerking met Sportbedrijf Groningen bij het watertappunt is rond")).toMatchObject({ kind: "confirm", text: "/actie partner Watertappunt in de wijk: Sportbedrijf Groningen" });
  });

  it("'bij de buurtmoestuin is de partner nu de Hortus': the Hortus, not the words before the verb", async () => {
    expect(await read("bij de buurtmoestuin is de partner nu de Hortus")).toMatchObject({ kind: "confirm", text: "/actie partner Buurtmoestuin: Hortus" });
  });
});

describe("understand: how-to questions about accounts, language and what is due", () => {
  it.each([
    ["hoe koppel ik whatsapp aan mijn telegram", "/help ik koppel"],
    ["hoe koppel ik mijn telefoon aan de bot", "/help ik koppel"],
    ["hoe koppel ik deze groep aan de wijk", "/help koppel"],
    ["kan ik de bot ook in het engels gebruiken?", "/help taal"],
    ["can I use this in English", "/help taal"],
    ["hoe kan ik zien wat er deze maand af moet?", "/help acties"],
  ])("%j → %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "run", text: command });
  });
});

describe("understand: a status that is expected or still to come is not the status now", () => {
  it.each([
    "de speeltuin zou eigenlijk klaar moeten zijn",
    "volgende week is de speeltuin klaar",
    "de moestuin is straks klaar",
    "de wijkwebsite zal in april klaar zijn",
    "de speeltuin is bijna klaar",
    "de speeltuin gaat niet door als er geen vrijwilligers komen",
  ])("%j changes no status", async (text) => {
    expect(JSON.stringify(await read(text))).not.toMatch(/"\/actie (klaar|bezig|stop|parkeer) /);
  });

  it("'de speeltuin is bijna klaar' is offered as a note", async () => {
    expect(await read("de speeltuin is bijna klaar")).toMatchObject({ kind: "confirm", text: "/actie update Speeltuin Kastanjelaan opknappen: is bijna klaar" });
  });

  it("'de speeltuin moet eind maart klaar zijn' is its deadline (asked first)", async () => {
    expect(await read("de speeltuin moet eind maart klaar zijn")).toMatchObject({ kind: "confirm", text: "/actie deadline Speeltuin Kastanjelaan opknappen: eind maart" });
  });

  it.each([
    ["de speeltuin moet op klaar", "/actie klaar Speeltuin Kastanjelaan opknappen"],
    ["speeltuin is klaar, volgende week de opening", "/actie klaar Speeltuin Kastanjelaan opknappen: volgende week de opening"],
    ["de moestuin was vorige week al klaar", "/actie klaar Buurtmoestuin"],
  ])("%j is still the status now", async (text, command) => {
    expect(await read(text)).toMatchObject({ text: command });
  });
});

describe("understand: a change weighed, not decided, is asked first", () => {
  it.each(["we overwegen de speeltuin te parkeren", "ik twijfel of we met de moestuin moeten stoppen"])("%j", async (text) => {
    expect(await read(text)).toMatchObject({ kind: "confirm" });
  });
});

describe("understand: money left over is neither the budget nor what was spent", () => {
  it("'moestuin: nog 300 euro over van het budget' sets no budget; it is offered as a note", async () => {
    expect(await read("moestuin: nog 300 euro over van het budget")).toMatchObject({ kind: "confirm", text: "/actie update Buurtmoestuin: nog 300 euro over van het budget" });
  });

  it("'moestuin: 120 euro uitgegeven, nog 300 over' is the 120 spent (with the rest as a note), asked first", async () => {
    expect(await read("moestuin: 120 euro uitgegeven, nog 300 over")).toMatchObject({ kind: "confirm", text: "/actie budget Buurtmoestuin: besteed 120", note: "nog 300 over" });
  });
});

describe("understand: the stuurgroep's agenda in other words", () => {
  it("'kunnen we de speeltuin bespreken volgende keer' proposes an item about it (asked first)", async () => {
    expect(await understand("kunnen we de speeltuin bespreken volgende keer", stuurgroep())).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/agendapunt Speeltuin bespreking actie Speeltuin Kastanjelaan opknappen$/) });
  });

  it("'ter besluitvorming' makes it an item for a decision", async () => {
    expect(await understand("ik wil de wijkwebsite agenderen ter besluitvorming", stuurgroep())).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/agendapunt Wijkwebsite besluit actie /) });
  });

  it("'welke punten staan er nog open voor donderdag' shows the agenda", async () => {
    expect(await understand("welke punten staan er nog open voor donderdag", stuurgroep())).toMatchObject({ kind: "run", text: "/agenda" });
  });
});

describe("understand: questions about people, organisations, a pillar and recent changes", () => {
  it.each([
    ["wat staat er allemaal op naam van Peter", "/wie Peter"],
    ["kun je me een lijst sturen van alle acties die bij de GGD liggen", "/wie GGD Groningen"],
    ["hoe ver zijn we met vreedzaam", "/acties Vreedzaam"],
    ["wat is er gisteren veranderd", "/weekoverzicht"],
    ["wat zijn de laatste wijzigingen?", "/weekoverzicht"],
  ])("%j → %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "run", text: command });
  });
});

describe("understand: new actions said in other ways (asked first)", () => {
  it.each([
    ["we willen een robotica-club starten voor groep 6 tot 8, valt onder kansrijk", "/actie nieuw robotica-club voor groep 6 tot 8 pijler Kansrijk"],
    ["zet de lentemarkt er even bij als actie, deadline 20 april", "/actie nieuw lentemarkt deadline 20 april"],
    ["graag een actie voor de buurtbarbecue in juni, Peter trekt hem", "/actie nieuw buurtbarbecue in juni eigenaar @Peter"],
  ])("%j → %j", async (text, command) => {
    expect(nameKept(await read(text))).toMatchObject({ kind: "confirm", text: command });
  });

  it("'we willen de moestuin weer starten, na de winter' is about the existing action, not a new one", async () => {
    expect(JSON.stringify(await read("we willen de moestuin weer starten, na de winter"))).not.toContain("/actie nieuw");
  });
});

describe("understand: the wijk's holidays", () => {
  it("'zet de kerstvakantie erin als vakantie' is the next kerstvakantie of the wijk's region (asked first)", async () => {
    expect(await read("zet de kerstvakantie erin als vakantie")).toMatchObject({ kind: "confirm", text: "/vakantie 2026-12-19 t/m 2027-01-03" });
  });

  it("'voeg de zomerstop toe als vakantie, 4 juli t/m 16 augustus' is a holiday with those dates", async () => {
    expect(await read("voeg de zomerstop toe als vakantie, 4 juli t/m 16 augustus")).toMatchObject({ text: "/vakantie 4 juli t/m 16 augustus" });
  });

  it("'welke vakanties staan erin?' lists them", async () => {
    expect(await read("welke vakanties staan erin?")).toMatchObject({ kind: "run", text: "/vakantie" });
  });
});

describe("understand: a compliment is thanked for", () => {
  it.each(["wijkbot is echt handig zeg", "je bent top", "dit werkt goed", "goed bezig wijkbot"])("%j", async (text) => {
    expect(await read(text)).toMatchObject({ kind: "say", text: { key: "understand.thanks" } });
  });

  it("'is de speeltuin goed' is still a question about the action", async () => {
    expect(await read("is de speeltuin goed")).not.toMatchObject({ kind: "say" });
  });
});

describe("understand: status words heard in the wild", () => {
  it.each([
    ["de moestuin weer openzetten, we doen het nog een keer", "/actie bezig Buurtmoestuin"],
    ["de cb actie kan van de lijst af, is niet meer nodig", "/actie stop Verhoogde betrokkenheid CB en GGD"],
    ["de CB-actie pauzeren tot de nieuwe verpleegkundige er is", "/actie parkeer Verhoogde betrokkenheid CB en GGD"],
    ["cb kan van de lijst, alles gedaan", "/actie klaar Verhoogde betrokkenheid CB en GGD"],
  ])("%j → %j", async (text, command) => {
    expect((await read(text)) as { text?: string }).toMatchObject({ text: expect.stringMatching(new RegExp(`^${command.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(:|$)`)) });
  });
});

describe("understand: a note keeps its first words; dictated numbers count", () => {
  it.each([
    ["moestuin: een bewoner kwam met een idee", "/actie update Buurtmoestuin: een bewoner kwam met een idee"],
    ["moestuin: dat was een leuke middag", "/actie update Buurtmoestuin: dat was een leuke middag"],
    ["moestuin update: een bewoner kwam met zaden", "/actie update Buurtmoestuin: een bewoner kwam met zaden"],
  ])("%j keeps every word of the note", async (text, command) => {
    expect(await read(text)).toMatchObject({ text: command });
  });

  it.each([
    ["moestuin vijfhonderd euro besteed", "/actie budget Buurtmoestuin: besteed 500"],
    ["moestuin begroting tweeduizend vijfhonderd euro", "/actie budget Buurtmoestuin: begroot 2500"],
    ["bij de moestuin hebben we vijfentwintig kinderen bereikt", "/actie bereik Buurtmoestuin: 25"],
  ])("%j reads the spoken number", async (text, command) => {
    expect(await read(text)).toMatchObject({ text: command });
  });
});

describe("understand: meetings planned and moved", () => {
  it("'nieuwe vergadering op 12 maart om half acht in het MFC' is 19:30, shown first", async () => {
    expect(await understand("nieuwe vergadering op 12 maart om half acht in het MFC", stuurgroep())).toMatchObject({ kind: "confirm", text: "/vergadering nieuw 12 maart 2026 19:30 MFC" });
  });

  it("'… 's ochtends om 9 uur' stays in the morning", async () => {
    expect(await understand("plan een vergadering op 12 maart 's ochtends om 9 uur", stuurgroep())).toMatchObject({ text: "/vergadering nieuw 12 maart 2026 9:00" });
  });

  it("'kunnen we de vergadering van donderdag verzetten naar dinsdag?' says how (no command moves a meeting)", async () => {
    expect(await understand("kunnen we de vergadering van donderdag verzetten naar dinsdag?", stuurgroep())).toMatchObject({ kind: "say", text: { key: "understand.meetingMove" } });
  });
});

describe("understand: one deadline for two actions", () => {
  it("'zet de deadlines van moestuin en watertappunt op 1 mei' proposes both (asked first, done one after the other)", async () => {
    expect(await read("zet de deadlines van moestuin en watertappunt op 1 mei")).toMatchObject({
      kind: "confirm",
      text: "/actie deadline Buurtmoestuin: 1 mei",
      then: [{ text: "/actie deadline Watertappunt in de wijk: 1 mei" }],
    });
  });

  it("'deadline moestuin naar 1 april, watertappunt blijft' changes only the moestuin", async () => {
    expect(await read("deadline moestuin naar 1 april, watertappunt blijft")).not.toHaveProperty("then");
  });
});

describe("understand: questions in more word orders change nothing", () => {
  it("'zullen we het zomerkamp parkeren' is asked first", async () => {
    expect(await read("zullen we de speeltuin parkeren")).toMatchObject({ kind: "confirm", text: "/actie parkeer Speeltuin Kastanjelaan opknappen" });
  });

  it.each(["heb jij de deadline van de speeltuin veranderd", "heeft iemand de moestuin al op klaar gezet"])("%j shows the action", async (text) => {
    expect(await read(text)).toMatchObject({ kind: "run", text: expect.stringMatching(/^\/actie info /) });
  });

  it("'zet de deadline van de speeltuin op augustus' asks which day: the first or the last of August", async () => {
    expect(await read("zet de deadline van de speeltuin op augustus")).toMatchObject({ text: "/actie deadline Speeltuin Kastanjelaan opknappen: augustus" });
  });
});

describe("understand: the coördinator's errands in words", () => {
  it.each([
    ["maak een koppelcode voor de nieuwe groep", "/help koppel"],
    ["geef me de link naar het overzicht", "/overzicht"],
    ["hoeveel mensen hebben de check-in al ingevuld", "/checkin"],
    ["hoe nodig ik de nieuwe wijkverpleegkundige uit voor de groep", "/help rol"],
  ])("%j → %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "run", text: command });
  });

  it.each([
    ["stuur de check-in nu rond", "/jaarplan check"],
    ["maak een nieuwe link voor het overzicht", "/overzicht nieuwe-link"],
  ])("%j is asked first: %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });
});

describe("understand: English names for the spreekuur and the website", () => {
  it("'the walk-in clinic had 12 parents today' is about the inloopspreekuur (a note, asked first)", async () => {
    const w = { ...world() };
    w.index = new ActionNameIndex<IndexedAction>([...ACTIONS, { id: "spreekuur", title: "Inloopspreekuur JGZ in het buurthuis", shortName: null, pillarName: "Gezond", status: "gepland", ownerIds: ["fatima"], pillarId: "gezond" }].map(({ id, title, shortName, pillarName }) => ({ id, title, shortName, pillarName })));
    expect(noteFirst(await understand("the walk-in clinic had 12 parents today", w))).toMatch(/^\/actie update Inloopspreekuur JGZ in het buurthuis: /);
  });

  it("'the website is live' finishes the wijkwebsite", async () => {
    expect(await read("the website is live")).toMatchObject({ text: "/actie klaar Eén wijkwebsite" });
  });
});

describe("understand: reach said in other ways", () => {
  it("'er zijn weer 15 kinderen bij gekomen bij de moestuin' is the reach (asked first)", async () => {
    expect(await read("er zijn weer 15 kinderen bij gekomen bij de moestuin")).toMatchObject({ kind: "confirm", text: "/actie bereik Buurtmoestuin: 15" });
  });

  it("'bereik moestuin klopt niet, moet 300 zijn' sets 300", async () => {
    expect(await read("bereik moestuin klopt niet, moet 300 zijn")).toMatchObject({ text: "/actie bereik Buurtmoestuin: 300" });
  });
});

describe("understand: a part done is not the action done", () => {
  it.each(["de speeltuin is klaar met de eerste fase", "de geldlessen zijn klaar voor groep 7, groep 8 volgt nog"])("%j sets no status", async (text) => {
    expect(JSON.stringify(await read(text))).not.toMatch(/"\/actie klaar /);
  });

  it("'klaar met de speeltuin!' is still done", async () => {
    expect(await read("klaar met de speeltuin!")).toMatchObject({ text: "/actie klaar Speeltuin Kastanjelaan opknappen" });
  });
});

describe("understand: about oneself", () => {
  it.each([
    ["wat is mijn rol eigenlijk", "/wie Fatima"],
    ["welke gegevens heb je van mij", "/mijngegevens"],
    ["wat doet wijkbot eigenlijk", "/help"],
  ])("%j → %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "run", text: command });
  });

  it("'ik werk nu bij Kids2b' sets the sender's organisation (asked first)", async () => {
    expect(await read("ik werk nu bij Kids2b")).toMatchObject({ kind: "confirm", text: "/ik Fatima, Kids2b kinderopvang" });
  });
});

describe("understand: typos in the name and the status", () => {
  it.each([
    ["watertapunt is klar", "/actie klaar Watertappunt in de wijk"],
    ["moestuin klaarrr 🎉🎉", "/actie klaar Buurtmoestuin"],
    ["de moestiun is af", "/actie klaar Buurtmoestuin"],
  ])("%j → %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ text: command });
  });
});

describe("understand: a thing made or obtained is done (asked first)", () => {
  it.each([
    ["watertappunt geplaatst", "/actie klaar Watertappunt in de wijk"],
    ["de moestuin is aangelegd", "/actie klaar Buurtmoestuin"],
    ["vignet binnen!!", "/actie klaar Gezonde School vignet"],
  ])("%j → %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it("'de bakken van de moestuin zijn geplaatst' is a note, not the moestuin done", async () => {
    expect(await read("de bakken van de moestuin zijn geplaatst")).toMatchObject({ text: expect.stringMatching(/^\/actie update Buurtmoestuin: /) });
  });
});

describe("understand: someone else reminded, named before the verb", () => {
  it("'kun je Lisa morgen herinneren aan de offerte' is Lisa's reminder (asked first), not the sender's about 'Lisa de offerte'", async () => {
    expect(await read("kun je Lisa morgen herinneren aan de offerte")).toMatchObject({ kind: "confirm", text: "/herinner @Lisa de offerte morgen" });
  });
});

describe("understand: starting again, now or later", () => {
  it("'kindteams weer oppakken per februari' is for later: no status now (offered as a note)", async () => {
    expect(await read("speeltuin weer oppakken per februari")).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/actie update Speeltuin Kastanjelaan opknappen: /) });
  });

  it("'de speeltuin gaat weer door' is bezig", async () => {
    expect(await read("de speeltuin gaat weer door")).toMatchObject({ text: "/actie bezig Speeltuin Kastanjelaan opknappen" });
  });
});

describe("understand: the day an event is held is its deadline (asked first)", () => {
  it.each(["speeltuin datum is 14 mei", "de speeltuin is op 14 mei", "speeltuin staat gepland voor 14 mei"])("%j", async (text) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/actie deadline Speeltuin Kastanjelaan opknappen: (voor )?14 mei$/) });
  });
});

describe("understand: what round 14's tune half taught", () => {
  it("'Peter vroeg of ik de speeltuin op klaar wil zetten maar dat klopt niet, …' sets nothing (a question someone asked)", async () => {
    expect(JSON.stringify(await read("Peter vroeg of ik de speeltuin op klaar wil zetten maar dat klopt niet, die is pas in april klaar"))).not.toMatch(/"\/actie klaar /);
  });

  it("'… dat de speeltuin af is, wil je hem op klaar zetten' is klaar without the request as a note", async () => {
    expect(await read("Peter laat weten dat de speeltuin af is, wil je hem op klaar zetten")).toMatchObject({ text: "/actie klaar Speeltuin Kastanjelaan opknappen" });
  });

  it("'gaat definitief niet door' stops it", async () => {
    expect(await read("de speeltuin gaat definitief niet door")).toMatchObject({ text: "/actie stop Speeltuin Kastanjelaan opknappen" });
  });
});

describe("understand: more from round 14's tune half", () => {
  it.each([
    ["new action: Coding club, pillar Kansrijk, age 4-12", "/actie nieuw Coding club pijler Kansrijk doelgroep 4-12"],
    ["kun je een actie aanmaken: Voorleesmarathon, deadline 24 april? die doe ik", "/actie nieuw Voorleesmarathon deadline 24 april"],
    ["zet een herinnering voor Peter: geldlessen bijwerken, over twee weken", "/herinner @Peter geldlessen bijwerken over twee weken"],
  ])("%j → %j (asked first)", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it.each([
    ["wat doet pijler vreedzaam allemaal", "/acties Vreedzaam"],
    ["stuur mij het weekoverzicht voortaan ook elke week", "/weekoverzicht aan"],
  ])("%j → %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "run", text: command });
  });

  it("'voeg de voorjaarsvakantie toe: 14 t/m 22 februari' is the holiday", async () => {
    expect(await read("voeg de voorjaarsvakantie toe: 14 t/m 22 februari")).toMatchObject({ text: "/vakantie 14 februari t/m 22 februari" });
  });
});

describe("understand: a status said of a part of the action, or of one date, is not the action's", () => {
  it.each([
    "inschrijving moestuin is gestopt, vol!",
    "de offerte voor de speeltuin is klaar",
    "de bakken van de moestuin zijn klaar, nu nog de aarde",
    "ik ben klaar met de planning van de moestuin",
    "moestuin is klaar voor de start",
    "watertappunt gaat niet door op 12 feb, wordt verplaatst",
    "moestuin gaat vandaag niet door",
    "de moestuin ligt stil in de kerstvakantie",
  ])("%j sets no status", async (text) => {
    expect(setsStatus(await read(text))).toBe(false);
  });

  it("'inschrijving moestuin is gestopt, vol!' offers the whole sentence as a note (asked first)", async () => {
    expect(await read("inschrijving moestuin is gestopt, vol!")).toMatchObject({ kind: "confirm", text: "/actie update Buurtmoestuin: inschrijving moestuin is gestopt, vol!" });
  });

  it("'voorbereiding moestuin is gestart' is still bezig: a part under way means the action is", async () => {
    expect(await read("voorbereiding moestuin is gestart")).toMatchObject({ text: "/actie bezig Buurtmoestuin" });
  });

  it("'watertappunt gaat niet door op 12 feb, wordt verplaatst' asks for the new date, never sets 12 feb", async () => {
    const u = await read("watertappunt gaat niet door op 12 feb, wordt verplaatst");
    expect(JSON.stringify(u)).not.toMatch(/12 feb/);
    expect(u).toMatchObject({ kind: "need-action", command: "actie deadline Watertappunt in de wijk:" });
  });

  it("'moestuin is af- gelast' (dictated) stops it; never klaar", async () => {
    expect(await read("moestuin is af- gelast")).toMatchObject({ text: "/actie stop Buurtmoestuin" });
  });

  it("'moestuin klaar voor dit jaar' is still klaar", async () => {
    expect(await read("moestuin klaar voor dit jaar")).toMatchObject({ text: "/actie klaar Buurtmoestuin" });
  });
});

describe("understand: 'af' of another verb, and 'er klaar mee', are not done", () => {
  it.each([
    "we spraken af dat de speeltuin in april open gaat",
    "3 ouders zeiden af voor de moestuin",
    "de moestuin hangt af van het weer",
    "we sluiten de moestuin af met een oogstfeest",
    "ik ben er helemaal klaar mee, die moestuin kost me te veel tijd",
  ])("%j sets no status", async (text) => {
    expect(setsStatus(await read(text))).toBe(false);
  });

  it("'de moestuin is af' is still done", async () => {
    expect(await read("de moestuin is af")).toMatchObject({ text: "/actie klaar Buurtmoestuin" });
  });
});

describe("understand: someone who stopped with a part in an action has not left the team", () => {
  it("'Peter is gestopt als vrijwilliger bij de moestuin' is no /vertrek", async () => {
    expect(JSON.stringify(await read("Peter is gestopt als vrijwilliger bij de moestuin"))).not.toMatch(/vertrek/);
  });

  it("'Peter is gestopt bij WIJ, hij heeft een nieuwe baan' still is (asked first)", async () => {
    expect(JSON.stringify(await read("Peter is gestopt bij WIJ, hij heeft een nieuwe baan"))).toMatch(/\/vertrek @Peter/);
  });
});

describe("understand: agreements, agenda items and co-owners in more words", () => {
  it.each([
    ["stuurgroep is akkoord met de geldlessen voor groep 7", "/besluit stuurgroep is akkoord met de geldlessen voor groep 7"],
    ["leg vast: geen nieuwe acties meer dit jaar", "/besluit geen nieuwe acties meer dit jaar"],
    ["agenda volgende keer: jaarplan 2027 bespreken", "/agendapunt Jaarplan 2027 bespreken bespreking"],
    ["kan het budget van de speeltuin besproken worden in de stuurgroep", "/agendapunt Budget van de speeltuin bespreking actie Speeltuin Kastanjelaan opknappen"],
  ])("in the stuurgroep: %j → %j (asked first)", async (text, command) => {
    expect(await understand(text, { ...world(), chatKind: "stuurgroep" })).toMatchObject({ kind: "confirm", text: command });
  });

  it("'ik doe de moestuin samen met Joke' adds Joke as owner, the speaker stays", async () => {
    expect(await read("ik doe de moestuin samen met Joke")).toMatchObject({ text: expect.stringMatching(/^\/actie eigenaar Buurtmoestuin: (@Fatima @Joke|@Joke @Fatima)$/) });
  });

  it("'bij de moestuin zijn er nu 3 nieuwe vrijwilligers': volunteers are no reach", async () => {
    expect(JSON.stringify(await read("bij de moestuin zijn er nu 3 nieuwe vrijwilligers"))).not.toMatch(/actie bereik/);
  });
});

describe("understand: how the holidays work", () => {
  it.each(["hoe werkt het met vakanties", "hoe werkt dat met de schoolvakanties?"])("%j → /help vakantie", async (text) => {
    expect(await read(text)).toMatchObject({ kind: "run", text: "/help vakantie" });
  });

  it("'hoe meld ik dat ik op vakantie ben' is still /help afwezig", async () => {
    expect(await read("hoe meld ik dat ik op vakantie ben")).toMatchObject({ kind: "run", text: "/help afwezig" });
  });
});

describe("understand: a subject of its own between the name and the status", () => {
  it.each([
    "watertappunt handtekeningen zijn klaar, nu naar de wethouder",
    "speeltuin de offerte is klaar",
    "moestuin de bakken zijn af",
    "watertappunt koffieochtend van vandaag ging niet door, te weinig aanmeldingen",
  ])("%j sets no status", async (text) => {
    expect(setsStatus(await read(text))).toBe(false);
  });

  it.each([
    ["moestuin is nu helaas definitief gestopt", "/actie stop Buurtmoestuin"],
    ["speeltuin kastanjelaan is klaar", "/actie klaar Speeltuin Kastanjelaan opknappen"],
    ["moestuin van Fatima is klaar", "/actie klaar Buurtmoestuin"],
    ["de moestuin die is nu klaar", "/actie klaar Buurtmoestuin"],
  ])("%j → %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ text: command });
  });
});

describe("understand: a subject of its own right before 'is'", () => {
  it("'wijkwebsite webbouwer is gestopt met zijn bedrijf, we zoeken een nieuwe' does not stop the website", async () => {
    expect(setsStatus(await read("wijkwebsite webbouwer is gestopt met zijn bedrijf, we zoeken een nieuwe"))).toBe(false);
  });
});

describe("understand: the twelfth session's own probes", () => {
  it("'de moestuin kan op klaar, en de gezonde school ook' sets both, the open vignet (not the finished one of Joke)", async () => {
    const u = await read("de moestuin kan op klaar, en de gezonde school ook");
    expect(u).toMatchObject({ kind: "confirm", text: "/actie klaar Buurtmoestuin", then: [{ text: "/actie klaar Gezonde School vignet" }] });
  });

  it.each(["watertappunt afgerond bij groep 8a, 8b volgt nog", "watertappunt klaar op de eerste school, de rest komt later"])("%j: done for some, the rest to come — no status", async (text) => {
    expect(setsStatus(await read(text))).toBe(false);
  });

  it("'watertappunt: klaar is kees! kraan doet het' is klaar with the rest as its note", async () => {
    expect(await read("watertappunt: klaar is kees! kraan doet het")).toMatchObject({ text: "/actie klaar Watertappunt in de wijk: kraan doet het" });
  });

  it.each([
    ["betrokkenheid cb kunnen we afvinken", "/actie klaar Verhoogde betrokkenheid CB en GGD"],
    ["de speeltuin weer van de plank halen", "/actie bezig Speeltuin Kastanjelaan opknappen"],
    ["speeltuin weer uit de ijskast halen", "/actie bezig Speeltuin Kastanjelaan opknappen"],
  ])("%j → %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ text: command });
  });

  it("'zet Joke ook op het watertappunt' adds Joke as owner (shown first)", async () => {
    expect(await read("zet Joke ook op het watertappunt")).toMatchObject({ kind: "confirm", text: "/actie eigenaar Watertappunt in de wijk: @Fatima @Joke" });
  });

  it("'ik doe de moestuin niet meer, Joke neemt het over' makes Joke the owner (the comma ends 'niet meer')", async () => {
    expect(await read("ik doe de moestuin niet meer, Joke neemt het over")).toMatchObject({ kind: "confirm", text: "/actie eigenaar Buurtmoestuin: @Joke" });
  });

  it("'moestuin is niet meer van mij, Joke doet het alleen' makes Joke the only owner", async () => {
    expect(await read("moestuin is niet meer van mij, Joke doet het alleen")).toMatchObject({ text: "/actie eigenaar Buurtmoestuin: @Joke" });
  });

  it("'watertappunt: 3 scholen doen mee' is news, not a partner called '3 scholen'", async () => {
    expect(JSON.stringify(await read("watertappunt: 3 scholen doen mee"))).not.toMatch(/actie partner/);
  });

  it("'watertappunt eindstand: 190 kinderen' offers the reach", async () => {
    expect(await read("watertappunt eindstand: 190 kinderen")).toMatchObject({ kind: "confirm", text: "/actie bereik Watertappunt in de wijk: 190" });
  });
});

describe("understand: the twelfth session's eighth probe set", () => {
  it("'de kraan bij de school is klaar, daarmee is het watertappunt afgerond': klaar, the first clause as its note", async () => {
    expect(await read("de kraan bij de school is klaar, daarmee is het watertappunt afgerond")).toMatchObject({ text: "/actie klaar Watertappunt in de wijk: de kraan bij de school is klaar" });
  });

  it("'kan de speeltuin naar 20 maart?' is a deadline request, asked first (not the action's details)", async () => {
    expect(await read("kan de speeltuin naar 20 maart?")).toMatchObject({ kind: "confirm", text: "/actie deadline Speeltuin Kastanjelaan opknappen: 20 maart" });
  });

  it("'agendapunt voor 22 januari: evaluatie moestuin' — the meeting said before the colon is not the item", async () => {
    expect(await read("agendapunt voor 22 januari: evaluatie moestuin")).toMatchObject({ text: "/agendapunt Evaluatie moestuin actie Buurtmoestuin" });
  });

  it("'add to the agenda: budget 2027' is an agenda item", async () => {
    expect(await read("add to the agenda: budget 2027")).toMatchObject({ text: "/agendapunt Budget 2027" });
  });

  it("'klopt, moestuin mag op bezig' agrees and asks nothing: bezig", async () => {
    expect(await read("klopt, moestuin mag op bezig")).toMatchObject({ kind: "run", text: "/actie bezig Buurtmoestuin" });
  });

  it("'is er al iets besloten over de moestuin?' shows the decisions", async () => {
    expect(await read("is er al iets besloten over de moestuin?")).toMatchObject({ kind: "run", text: "/besluitenlijst" });
  });

  it("'what's on my list?' shows the sender's actions", async () => {
    expect(await read("what's on my list?")).toMatchObject({ kind: "run", text: "/acties mijn" });
  });

  it("'de moestuin is per vandaag gestopt, geen vrijwilligers meer' stops it with the reason (per vandaag is no single day off)", async () => {
    expect(await read("de moestuin is per vandaag gestopt, geen vrijwilligers meer")).toMatchObject({ text: "/actie stop Buurtmoestuin: geen vrijwilligers meer" });
  });

  it("'Joke gaat me helpen met de moestuin, zet haar er maar bij' adds Joke, no note", async () => {
    const u = await read("Joke gaat me helpen met de moestuin, zet haar er maar bij");
    expect(u).toMatchObject({ kind: "confirm", text: "/actie eigenaar Buurtmoestuin: @Fatima @Joke" });
    expect(u).not.toHaveProperty("note");
  });
});

describe("understand: the twelfth session's ninth probe set", () => {
  it("'goedemorgen! even snel: het watertappunt is gisteren geopend door de wethouder, dus die mag op klaar' keeps the news, not the greeting", async () => {
    expect(await read("goedemorgen! even snel: het watertappunt is gisteren geopend door de wethouder, dus die mag op klaar")).toMatchObject({
      text: "/actie klaar Watertappunt in de wijk: het watertappunt is gisteren geopend door de wethouder",
    });
  });

  it("'ik zit in de auto dus kort, moestuin kan op bezig we hebben de bakken' keeps what follows the status", async () => {
    expect(await read("ik zit in de auto dus kort, moestuin kan op bezig we hebben de bakken")).toMatchObject({ text: "/actie bezig Buurtmoestuin: we hebben de bakken" });
  });

  it("'groep 8 is klaar met de eindtoets' (done with something else) sets no status", async () => {
    expect(setsStatus(await read("de speeltuin is klaar met de eindtoets"))).toBe(false);
  });

  it("'wijkwebsite: stopgezet door de stuurgroep' stops it, by whom as its note", async () => {
    expect(await read("wijkwebsite: stopgezet door de stuurgroep")).toMatchObject({ text: "/actie stop Eén wijkwebsite: door de stuurgroep" });
  });

  it("'gezonde school vignet hebben we binnen!' is done (shown first)", async () => {
    expect(await read("gezonde school vignet hebben we binnen!")).toMatchObject({ kind: "confirm", text: "/actie klaar Gezonde School vignet" });
  });

  it("'moestuin: we zijn er klaar voor, 5 juli gaan we' is no deadline", async () => {
    expect(JSON.stringify(await read("moestuin: we zijn er klaar voor, 5 juli gaan we"))).not.toMatch(/actie deadline/);
  });

  it("'zet bij het watertappunt dat de wethouder komt' notes what follows 'dat'", async () => {
    expect(await read("zet bij het watertappunt dat de wethouder komt")).toMatchObject({ text: "/actie update Watertappunt in de wijk: de wethouder komt" });
  });

  it("'de moestuin staat toch nog op bezig of heeft iemand hem op klaar gezet' asks, changes nothing", async () => {
    expect(await read("de moestuin staat toch nog op bezig of heeft iemand hem op klaar gezet")).toMatchObject({ kind: "run", text: "/actie info Buurtmoestuin" });
  });

  it("'moestuin: zaden gekocht voor 64 euro' offers it as spent", async () => {
    expect(await read("moestuin: zaden gekocht voor 64 euro")).toMatchObject({ kind: "confirm", text: "/actie budget Buurtmoestuin: besteed 64" });
  });

  it("'de moestuin is geweest maar ik wil hem nog niet op klaar' does not set klaar", async () => {
    expect(setsStatus(await read("de moestuin is geweest maar ik wil hem nog niet op klaar want de evaluatie moet nog"))).toBe(false);
  });
});

describe("understand: the twelfth session's tenth probe set (partners, decisions, agenda, settings)", () => {
  it("'moestuin: we werken nu samen met de bibliotheek' offers the library as partner", async () => {
    expect(await read("moestuin: we werken nu samen met de bibliotheek")).toMatchObject({ kind: "confirm", text: "/actie partner Buurtmoestuin: bibliotheek" });
  });

  it("'voor de moestuin hebben we nu ook Vitens aan boord' offers Vitens as partner", async () => {
    expect(await read("voor de moestuin hebben we nu ook Vitens aan boord")).toMatchObject({ kind: "confirm", text: "/actie partner Buurtmoestuin: Vitens" });
  });

  it("'de speeltuin wordt gesponsord door Gasunie' offers Gasunie as partner", async () => {
    expect(await read("de speeltuin wordt gesponsord door Gasunie")).toMatchObject({ kind: "confirm", text: "/actie partner Speeltuin Kastanjelaan opknappen: Gasunie" });
  });

  it.each([
    ["genoteerd als besluit: de huiskamer start in maart", "/besluit de huiskamer start in maart"],
    ["afgesproken: Youssef zoekt een nieuwe bouwer voor de website", "/besluit Youssef zoekt een nieuwe bouwer voor de website"],
    ["wil je nog een besluit van gisteren vastleggen: de moestuin blijft geparkeerd tot de zomer", "/besluit de moestuin blijft geparkeerd tot de zomer"],
  ])("%j is a decision (not a status change)", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it("'kan de moestuin volgende keer op de agenda, ter informatie': 'volgende keer' is when, not the item", async () => {
    expect(await read("kan de moestuin volgende keer op de agenda, ter informatie")).toMatchObject({ text: "/agendapunt Moestuin informatie actie Buurtmoestuin" });
  });

  it("'agendapunt toevoegen: rondvraag'", async () => {
    expect(await read("agendapunt toevoegen: rondvraag")).toMatchObject({ text: "/agendapunt Rondvraag" });
  });

  it("'stuur het weekoverzicht voortaan niet meer' switches it off (does not send it)", async () => {
    expect(await read("stuur het weekoverzicht voortaan niet meer")).toMatchObject({ text: "/weekoverzicht uit" });
  });

  it("'kun je in het engels antwoorden?' offers English", async () => {
    expect(await read("kun je in het engels antwoorden?")).toMatchObject({ kind: "confirm", text: "/taal en" });
  });

  it("'ik ben van 2 t/m 13 februari afwezig, Joke vervangt me' records nothing now and offers a reminder on the first day", async () => {
    expect(await read("ik ben van 2 t/m 13 februari afwezig, Joke vervangt me")).toMatchObject({
      kind: "confirm",
      text: "/herinner mij afwezigheid melden (t/m 13 februari, vervanger Joke) 2 februari 9:00",
    });
  });
});

describe("understand: the twelfth session's eleventh probe set", () => {
  it("'kun je me overmorgen om half 4 een seintje geven voor de offerte' is a reminder", async () => {
    expect(await read("kun je me overmorgen om half 4 een seintje geven voor de offerte")).toMatchObject({ kind: "confirm", text: "/herinner mij de offerte overmorgen om half 4" });
  });

  it("'overzicht van alle acties van vreedzaam' lists the pillar (not the whole board)", async () => {
    expect(await read("overzicht van alle acties van vreedzaam")).toMatchObject({ kind: "run", text: "/acties Vreedzaam" });
  });

  it("'overzicht van de wijk' is still the board", async () => {
    expect(await read("overzicht van de wijk")).toMatchObject({ kind: "run", text: expect.stringMatching(/^\/overzicht\b/) });
  });

  it("'welke deadlines heb ik deze maand' shows the sender's actions", async () => {
    expect(await read("welke deadlines heb ik deze maand")).toMatchObject({ kind: "run", text: "/acties mijn" });
  });

  it("'watertappunt bereik bijstellen naar 400' is the intended reach", async () => {
    expect(await read("watertappunt bereik bijstellen naar 400")).toMatchObject({ text: "/actie bereik Watertappunt in de wijk: beoogd 400" });
  });

  it("'moet de speeltuin niet op bezig? we zijn toch al begonnen' offers bezig (asked)", async () => {
    expect(await read("moet de speeltuin niet op bezig? we zijn toch al begonnen")).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/actie bezig Speeltuin Kastanjelaan opknappen/) });
  });

  it("'the playground deadline moved to april 10' moves it", async () => {
    expect(await read("the playground deadline moved to april 10")).toMatchObject({ text: "/actie deadline Speeltuin Kastanjelaan opknappen: april 10" });
  });
});

describe("understand: a deadline for an action not named", () => {
  it("'deadline naar 20 maart' asks which action and keeps the date for the answer", async () => {
    expect(await read("deadline naar 20 maart")).toMatchObject({ kind: "need-action", command: "actie deadline", then: ": 20 maart" });
  });
});

describe("understand: the twelfth session's thirteenth probe set (traps)", () => {
  it("'speeltuin was eerst 22 januari maar is nu 5 februari' moves it to the date it is now", async () => {
    expect(await read("speeltuin was eerst 22 januari maar is nu 5 februari")).toMatchObject({ text: "/actie deadline Speeltuin Kastanjelaan opknappen: 5 februari" });
  });

  it("'bereik is nu 20 leerlingen' is no deadline", async () => {
    expect(JSON.stringify(await read("bereik is nu 20 leerlingen"))).not.toMatch(/deadline/);
  });

  it("'Joke is ziek, ik doe het watertappunt even' adds the sender as owner (shown first)", async () => {
    expect(await read("Joke is ziek, ik doe het watertappunt even")).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/actie eigenaar Watertappunt in de wijk: .*@Fatima/) });
  });
});

describe("understand: the twelfth session's fourteenth probe set (English, addressing)", () => {
  it("'add Joke as owner of the garden' adds Joke next to the owner", async () => {
    expect(await read("add Joke as owner of the moestuin")).toMatchObject({ kind: "confirm", text: "/actie eigenaar Buurtmoestuin: @Fatima @Joke" });
  });

  it("'wijkbot is echt handig trouwens' is thanked, not the generic answer", async () => {
    expect(await read("wijkbot is echt handig trouwens")).toMatchObject({ kind: "say", text: { key: "understand.thanks" } });
  });
});

describe("understand: the action's own short name, said as it is", () => {
  it("'kindteams gaat definitief niet door omdat KIEM stopt met voorschoolse teams' stops Kindteams with the reason", async () => {
    const w = world();
    const index = new ActionNameIndex<IndexedAction>([{ id: "kiem", title: "Kindteams (KIEM) ook voorschools", shortName: "kindteams", pillarName: "Kansrijk" }]);
    const u = await understand("kindteams gaat definitief niet door omdat KIEM stopt met voorschoolse teams", { ...w, index, rank: async (c) => rankCandidates(c, new Map([["kiem", { status: "geparkeerd", ownerIds: ["fatima"], pillarId: "kansrijk" }]]), FATIMA) });
    expect(u).toMatchObject({ text: "/actie stop Kindteams (KIEM) ook voorschools: KIEM stopt met voorschoolse teams" });
  });

  it("'conclusie van vanavond: de begroting is vastgesteld, agendapunt 2' is a decision at item 2", async () => {
    expect(await read("conclusie van vanavond: de begroting is vastgesteld, agendapunt 2")).toMatchObject({ kind: "confirm", text: "/besluit de begroting is vastgesteld agendapunt 2" });
  });

  it("'zomerkamp draag ik over aan Youssef, ik ga per 1 maart weg bij de sportvereniging' is a handover, not an absence", async () => {
    expect(JSON.stringify(await read("de moestuin draag ik over aan Joke, ik ga per 1 maart weg bij de GGD"))).not.toMatch(/afwezig/);
  });
});

describe("understand: the twelfth session's fifteenth probe set (deadlines)", () => {
  it("'speeltuin 23/4' — the name and a date alone — offers the deadline", async () => {
    expect(await read("speeltuin 23/4")).toMatchObject({ kind: "confirm", text: "/actie deadline Speeltuin Kastanjelaan opknappen: 23/4" });
  });

  it("'speeltuin oplevering 30 mei' offers the deadline", async () => {
    expect(await read("speeltuin oplevering 30 mei")).toMatchObject({ text: "/actie deadline Speeltuin Kastanjelaan opknappen: 30 mei" });
  });

  it("'speeltuin wordt donderdag 12 feb om 19:30' — a deadline is a day, without the hour", async () => {
    expect(await read("speeltuin wordt donderdag 12 feb om 19:30")).toMatchObject({ text: "/actie deadline Speeltuin Kastanjelaan opknappen: donderdag 12 feb" });
  });
});

describe("understand: the twelfth session's sixteenth probe set (short forms)", () => {
  it("'watertappunt ✅ kraan, tegels volgende week' ticks off a part: no status", async () => {
    expect(setsStatus(await read("watertappunt ✅ kraan, tegels volgende week"))).toBe(false);
  });

  it("'✅ moestuin' is still done", async () => {
    expect(await read("✅ moestuin")).toMatchObject({ text: "/actie klaar Buurtmoestuin" });
  });

  it("'watertappunt: 12 gezinnen bereikt en we willen er 50' is reached of intended", async () => {
    expect(await read("watertappunt: 12 gezinnen bereikt en we willen er 50")).toMatchObject({ text: "/actie bereik Watertappunt in de wijk: 12 van 50" });
  });
});

describe("understand: from round 15's tune half", () => {
  it("'watertappunt: GGD Groningen werkt mee' offers the partner", async () => {
    expect(await read("watertappunt: Jeugdgezondheidszorg Groningen werkt mee")).toMatchObject({ kind: "confirm", text: "/actie partner Watertappunt in de wijk: Jeugdgezondheidszorg Groningen" });
  });

  it("'watertappunt: ongeveer 30 meer dan vorige maand, schat ik' — a guess is asked first", async () => {
    expect(await read("watertappunt: ongeveer 30 meer dan vorige maand, schat ik")).toMatchObject({ kind: "confirm" });
  });

  it("'de speeltuin krijgt een week extra' is a week later", async () => {
    expect(await read("de speeltuin krijgt een week extra")).toMatchObject({ text: "/actie deadline Speeltuin Kastanjelaan opknappen: 1 week later" });
  });
});

describe("understand: from round 5, moved to tune", () => {
  it("'moestuin weer oppakken, we gaan er mee bezig' is bezig without a note that says it again", async () => {
    expect(await read("speeltuin weer oppakken, we gaan er mee bezig")).toMatchObject({ text: "/actie bezig Speeltuin Kastanjelaan opknappen" });
  });

  it("'moestuin: zaden en potgrond 64,50' offers it as spent", async () => {
    expect(await read("moestuin: zaden en potgrond 64,50")).toMatchObject({ kind: "confirm", text: "/actie budget Buurtmoestuin: besteed 64,50" });
  });
});

describe("understand: more from round 5's cases, now in tune", () => {
  it("'agendapunt: nieuwe locatie speeltuin (besluit)' — the kind in brackets is no part of the item", async () => {
    expect(await read("agendapunt: nieuwe locatie speeltuin (besluit)")).toMatchObject({ text: expect.stringMatching(/^\/agendapunt Nieuwe locatie speeltuin besluit/) });
  });

  it("'moestuin een weekje later, 9 februari' — the day said is the deadline", async () => {
    expect(await read("moestuin een weekje later, 9 februari")).toMatchObject({ text: "/actie deadline Buurtmoestuin: 9 februari" });
  });

  it("'moestuin een week later' is still a week later", async () => {
    expect(await read("kan de moestuin een week later")).toMatchObject({ text: "/actie deadline Buurtmoestuin: 1 week later" });
  });

  it("'speeltuin: Joke doet mee als eigenaar' adds Joke", async () => {
    expect(await read("speeltuin: Joke doet mee als eigenaar")).toMatchObject({ text: "/actie eigenaar Speeltuin Kastanjelaan opknappen: @Peter @Joke" });
  });

  it("'zou je bij de moestuin willen noteren dat de school helpt? Dankjewel!' is that note", async () => {
    expect(await read("Hoi wijkbot, zou je bij de moestuin willen noteren dat de school helpt? Dankjewel!")).toMatchObject({ text: "/actie update Buurtmoestuin: de school helpt" });
  });

  it("'moestuin kan dicht, is afgerond' is done", async () => {
    expect(await read("moestuin kan dicht, is afgerond")).toMatchObject({ text: "/actie klaar Buurtmoestuin" });
  });
});

describe("understand: a number right before 'bereikt'", () => {
  it("'watertappunt 85 bereikt' is the reach", async () => {
    expect(await read("watertappunt 85 bereikt")).toMatchObject({ text: "/actie bereik Watertappunt in de wijk: 85" });
  });
});

describe("understand: the thirteenth session's probe sets 19–20", () => {
  it.each([
    ["ik ben nieuw hier, hoe laat ik weten wat ik gedaan heb?", "/help actie update"],
    ["wat moet ik typen om iets af te vinken", "/help actie klaar"],
  ])("'%s' is answered with %s", async (text, help) => {
    expect(await read(text)).toEqual({ kind: "run", text: help });
  });

  it("'ik wil een actie starten: fietslessen voor moeders, vreedzaam' is a new action", async () => {
    expect(await read("ik wil een actie starten: fietslessen voor moeders, vreedzaam")).toMatchObject({ text: expect.stringMatching(/^\/actie nieuw Fietslessen voor moeders pijler Vreedzaam/i) });
  });

  it("'voorlezen bij de bieb: 9 kinderen, leuke ochtend' is a note on the Voorleesochtend bibliotheek", async () => {
    const w = { ...world() };
    w.index = new ActionNameIndex<IndexedAction>([...ACTIONS, { id: "voorlees", title: "Voorleesochtend bibliotheek", shortName: null, pillarName: "Kansrijk" }].map(({ id, title, shortName, pillarName }) => ({ id, title, shortName, pillarName })));
    expect(await understand("voorlezen bij de bieb: 9 kinderen, leuke ochtend", w)).toMatchObject({ text: "/actie update Voorleesochtend bibliotheek: 9 kinderen, leuke ochtend" });
  });
});

describe("understand: the thirteenth session's probe set 21 (traps)", () => {
  it.each([
    "wijkwebsite staat live maar er moeten nog teksten op",
    "watertappunt deel 1 klaar, deel 2 volgende week",
  ])("'%s' is done with work still to come: never klaar at once", async (text) => {
    expect(await read(text)).not.toMatchObject({ kind: "run", text: expect.stringMatching(/^\/actie klaar/) });
  });

  it("'de gemeente wil uiterlijk 1 maart een plan voor het watertappunt' is the date of a part: shown first", async () => {
    expect(await read("de gemeente wil uiterlijk 1 maart een plan voor het watertappunt")).not.toMatchObject({ kind: "run" });
  });

  it("'zet de deadline van de moestuin op 1 mei' is still run at once", async () => {
    expect(await read("zet de deadline van de moestuin op 1 mei")).toMatchObject({ kind: "run", text: "/actie deadline Buurtmoestuin: 1 mei" });
  });

  it("'de kindteams zijn opgeheven door de gemeente' stops it with by whom as the note", async () => {
    const w = world();
    const index = new ActionNameIndex<IndexedAction>([{ id: "kiem", title: "Kindteams (KIEM) ook voorschools", shortName: "kindteams", pillarName: "Kansrijk" }]);
    const u = await understand("de kindteams zijn opgeheven door de gemeente", { ...w, index, rank: async (c) => rankCandidates(c, new Map([["kiem", { status: "geparkeerd", ownerIds: ["fatima"], pillarId: "kansrijk" }]]), FATIMA) });
    expect(u).toMatchObject({ text: "/actie stop Kindteams (KIEM) ook voorschools: door de gemeente" });
  });
});

describe("understand: the thirteenth session's probe set 22 (traps)", () => {
  it.each([
    "de wijkwebsite is gestopt met de oude opzet, we beginnen opnieuw",
    "the website team stopped working on the design",
  ])("'%s' stops a part, not the action: never stopped at once", async (text) => {
    expect(await read(text)).not.toMatchObject({ kind: "run", text: expect.stringMatching(/^\/actie stop/) });
  });

  it("'de speeltuin is begonnen met de planning' is still under way (a part begun)", async () => {
    expect(await read("de speeltuin is begonnen met de planning")).toMatchObject({ text: expect.stringMatching(/^\/actie bezig Speeltuin Kastanjelaan opknappen/) });
  });

  it("'ik moet morgen de offerte nabellen' offers a reminder for tomorrow", async () => {
    expect(await read("ik moet morgen de offerte nabellen")).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/herinner mij .*offerte nabellen/) });
  });
});

describe("understand: the thirteenth session's probe set 23", () => {
  it("'wijkwebsite kan van de lijst, gaat niet meer gebeuren dit jaar' is stopped, never klaar", async () => {
    expect(await read("wijkwebsite kan van de lijst, gaat niet meer gebeuren dit jaar")).toMatchObject({ text: expect.stringMatching(/^\/actie stop Eén wijkwebsite/) });
  });

  it("'website update: new texts online' leaves the announcing word out of the note", async () => {
    expect(await read("wijkwebsite update: nieuwe teksten staan online")).toMatchObject({ text: "/actie update Eén wijkwebsite: nieuwe teksten staan online" });
  });

  it("'Noorderpoort levert docenten voor de speeltuin' offers Noorderpoort as partner", async () => {
    expect(await read("Noorderpoort levert docenten voor de speeltuin")).toMatchObject({ kind: "confirm", text: "/actie partner Speeltuin Kastanjelaan opknappen: Noorderpoort" });
  });

  it("'moestuin uitgaven tot nu toe: 312,40' is what was spent", async () => {
    expect(await read("moestuin uitgaven tot nu toe: 312,40")).toMatchObject({ text: "/actie budget Buurtmoestuin: besteed 312,40" });
  });
});

describe("understand: the thirteenth session's probe set 24", () => {
  it("'veilig naar school graag verlengen tot de zomervakantie' moves the deadline", async () => {
    expect(await read("speeltuin graag verlengen tot 1 juli")).toMatchObject({ text: "/actie deadline Speeltuin Kastanjelaan opknappen: tot 1 juli" });
  });

  it("'tech day is cancelled, no funding' names the Techniekdag ('day' the end of the compound)", async () => {
    const w = { ...world() };
    w.index = new ActionNameIndex<IndexedAction>([...ACTIONS, { id: "techniek", title: "Techniekdag groep 7 en 8", shortName: null, pillarName: "Kansrijk" }].map(({ id, title, shortName, pillarName }) => ({ id, title, shortName, pillarName })));
    expect(await understand("tech day is cancelled, no funding", w)).toMatchObject({ text: "/actie stop Techniekdag groep 7 en 8: no funding" });
  });
});

describe("understand: from round 16's tune half", () => {
  it("'bij X nog noteren: …' keeps only what follows the colon", async () => {
    expect(await read("bij de moestuin nog noteren: evaluatie met de school in maart")).toMatchObject({ text: "/actie update Buurtmoestuin: evaluatie met de school in maart" });
  });

  it("'speeltuin is van de baan' stops it", async () => {
    expect(await read("speeltuin is van de baan")).toMatchObject({ text: "/actie stop Speeltuin Kastanjelaan opknappen" });
  });

  it("'begroting speeltuin 4000' is the budget", async () => {
    expect(await read("begroting speeltuin 4000")).toMatchObject({ text: "/actie budget Speeltuin Kastanjelaan opknappen: begroot 4000" });
  });

  it("'wijkwebsite → eind april' reads the arrow as 'naar'", async () => {
    expect(await read("wijkwebsite → eind april")).toMatchObject({ text: expect.stringMatching(/^\/actie deadline Eén wijkwebsite: (naar )?eind april/) });
  });

  it("'vastleggen graag: de begroting is vastgesteld' is that decision", async () => {
    expect(await read("vastleggen graag: de begroting is vastgesteld")).toMatchObject({ kind: "confirm", text: "/besluit de begroting is vastgesteld" });
  });

  it.each([
    ["Kunt u mij uitleggen op welke wijze ik een besluit vastleg?", "/help besluit"],
    ["hoe draag ik acties over aan iemand anders", "/help overdracht"],
  ])("'%s' gets %s", async (text, help) => {
    expect(await read(text)).toEqual({ kind: "run", text: help });
  });

  it("'de speeltuin hoort bij 12+' sets the age group", async () => {
    expect(await read("de speeltuin hoort bij 12+")).toMatchObject({ text: expect.stringMatching(/^\/actie doelgroep Speeltuin Kastanjelaan opknappen:? 12\+/) });
  });

  it("'agendapunt twee en drie zijn beide behandeld' reads the numbers said as words", async () => {
    expect(await read("agendapunt twee en drie zijn beide behandeld")).toMatchObject({ text: "/agenda behandeld 2 3" });
  });

  it("'bij de moestuin doet nu ook het Noorderpoort mee' offers Noorderpoort as partner", async () => {
    expect(await read("bij de moestuin doet nu ook het Noorderpoort mee")).toMatchObject({ kind: "confirm", text: "/actie partner Buurtmoestuin: Noorderpoort" });
  });

  it("'herinner me woensdag 14 januari om 10.00 uur aan de stukken' takes 10:00", async () => {
    expect(await read("herinner me woensdag 14 januari om 10.00 uur aan de stukken")).toMatchObject({ text: expect.stringMatching(/10:00/) });
    expect(await read("herinner me woensdag 14 januari om 10.00 uur aan de stukken")).not.toMatchObject({ text: expect.stringMatching(/10\.00:00/) });
  });
});

describe("understand: the rest of round 16's tune half (fourteenth session)", () => {
  it("'moi, wil je me overmorgen om 9 uur even porren voor de offerte' keeps only what it is about", async () => {
    expect(await read("moi, wil je me overmorgen om 9 uur even porren voor de offerte van de speeltuin")).toMatchObject({ text: "/herinner mij de offerte van de speeltuin overmorgen om 9:00" });
  });

  it("'Lisa vroeg of je haar morgen wil herinneren aan …' reminds Lisa, asked first", async () => {
    expect(await read("Lisa vroeg of je haar morgen wil herinneren aan de sleuteloverdracht")).toMatchObject({ kind: "confirm", text: "/herinner @Lisa de sleuteloverdracht morgen" });
  });

  it("'agendapunt: jongeren laten meepraten in de stuurgroep' keeps every word after the colon", async () => {
    expect(await read("agendapunt: jongeren zelf laten meepraten in de stuurgroep??")).toMatchObject({ kind: "confirm", text: "/agendapunt Jongeren zelf laten meepraten in de stuurgroep" });
  });

  it("'agenda stuurgroep: overlast bij het winkelcentrum, ter bespreking' is a new item, not the agenda shown", async () => {
    expect(await read("agenda stuurgroep: overlast hangjongeren winkelcentrum, ter bespreking")).toMatchObject({ kind: "confirm", text: "/agendapunt Overlast hangjongeren winkelcentrum bespreking" });
  });

  it("'250 uitgegeven, en vorige maand was het al 140' is 390 spent in total, without a note", async () => {
    expect(await read("moestuin 250 euro uitgegeven aan zaden, en vorige maand was het al 140")).toMatchObject({ text: "/actie budget Buurtmoestuin: besteed 390" });
  });

  it.each([
    ["Wij zijn unaniem akkoord gegaan met het jaarplan 2026, graag zo vastleggen.", "/besluit Wij zijn unaniem akkoord gegaan met het jaarplan 2026"],
    ["Genoteerd mag worden dat de stuurgroep de aanpak blijft steunen.", "/besluit de stuurgroep de aanpak blijft steunen"],
  ])("in the stuurgroep, %j is a decision, asked first", async (text, command) => {
    expect(await understand(text, stuurgroep())).toMatchObject({ kind: "confirm", text: command });
  });

  it("'X, graag noteren' from a kartrekker about an action is no decision", async () => {
    expect(await read("moestuin: 30 kinderen geweest, graag noteren")).not.toMatchObject({ text: expect.stringMatching(/^\/besluit/) });
  });

  it.each([
    ["nieuwe actie voor de kartrekkers: Sociale kaart jeugd actualiseren, pijler Kansrijk, eigenaar Lisa", "/actie nieuw Sociale kaart jeugd actualiseren pijler Kansrijk eigenaar @Lisa"],
    ["Zou u een nieuwe actie willen aanmaken met de titel 'Ouderpanel Zonnewijzer', onder de pijler Vreedzaam, met Youssef als eigenaar?", "/actie nieuw Ouderpanel Zonnewijzer pijler Vreedzaam eigenaar @Youssef"],
  ])("%j: the title, pillar and owner", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it("'misschien moeten we ook iets met een repaircafé doen' offers it as a new action, asked first", async () => {
    expect(await read("misschien moeten we ook iets met een repaircafé doen, weet niet of dat bij ons past")).toMatchObject({ kind: "confirm", text: "/actie nieuw Repaircafé" });
  });

  it("'zet mij ook op X als trekker' adds the speaker as owner, asked first", async () => {
    expect(await read("zet mij ook op de speeltuin als trekker")).toMatchObject({ kind: "confirm", text: "/actie eigenaar Speeltuin Kastanjelaan opknappen: @Peter @Fatima" });
  });

  it("'X: consultatiebureau Lewenborg als partner toevoegen' keeps the whole name", async () => {
    expect(await read("betrokkenheid cb: consultatiebureau Lewenborg als partner toevoegen aub")).toMatchObject({ kind: "confirm", text: "/actie partner Verhoogde betrokkenheid CB en GGD: Consultatiebureau Lewenborg" });
  });

  it("'moestuin + bureau halt' offers Bureau Halt as partner", async () => {
    expect(await read("moestuin + bureau halt")).toMatchObject({ kind: "confirm", text: "/actie partner Buurtmoestuin: Bureau Halt" });
  });

  it("'er hebben zich al 48 kinderen aangemeld' is news, not the reach", async () => {
    const u = await read("speeltuin: er hebben zich al 48 kinderen aangemeld");
    expect(u).not.toMatchObject({ text: expect.stringMatching(/^\/actie bereik/) });
    expect(u).toMatchObject({ text: "/actie update Speeltuin Kastanjelaan opknappen: er hebben zich al 48 kinderen aangemeld" });
  });
});

describe("understand: what rounds 17a and 17b's tune halves taught", () => {
  it.each([
    ["had ik de moestuin nou al op bezig gezet of niet"],
    ["moestuin deadline 15 januari klopt dat"],
  ])("%j is a question: nothing is changed at once", async (text) => {
    expect(changesWithoutAsking(await read(text))).toBe(false);
  });

  it("'speeltuin deadline afgelopen vrijdag' names a past day: asked, never moved to next week", async () => {
    // (The command gets the whole phrase and asks about the past day, as it does for every past date.)
    expect(await read("speeltuin deadline afgelopen vrijdag")).toMatchObject({ text: "/actie deadline Speeltuin Kastanjelaan opknappen: afgelopen vrijdag" });
  });

  it.each([
    ["Goedemorgen. Hierbij deel ik u mede dat de moestuin inmiddels daadwerkelijk van start is gegaan. Met vriendelijke groet, Fatima", "/actie bezig Buurtmoestuin"],
    ["Verzoek om de einddatum van de speeltuin te wijzigen naar 27 maart. Bij voorbaat dank.", "/actie deadline Speeltuin Kastanjelaan opknappen: 27 maart"],
  ])("courtesy around a message is left out: %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ text: command });
  });

  it("'herinner me morgen ff om 10 uur aan de zaal' keeps the filler out of the moment", async () => {
    expect(await read("herinner me morgen ff om 10 uur aan de zaal boeken")).toMatchObject({ text: "/herinner mij de zaal boeken morgen om 10:00" });
  });

  it("'Gelieve mij op 6 januari om 9:00 te herinneren aan het overleg' reminds on that moment about the overleg", async () => {
    expect(await read("Gelieve mij op 6 januari om 9:00 te herinneren aan het bewonersoverleg.")).toMatchObject({ text: "/herinner mij het bewonersoverleg 6 januari om 9:00" });
  });

  it.each([
    ["moestuin €89,95 aan zaadjes en gieters", "/actie budget Buurtmoestuin: besteed 89,95"],
    ["zet het begrote bedrag van de wijkwebsite op 6500", "/actie budget Eén wijkwebsite: begroot 6500"],
  ])("money: %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it("'budget is 1800 for this year, spent 420 so far' is both amounts, shown first", async () => {
    expect(await read("moestuin budget is 1800 for this year, spent 420 so far")).toMatchObject({ kind: "confirm", text: "/actie budget Buurtmoestuin: begroot 1800", then: [{ text: "/actie budget Buurtmoestuin: besteed 420" }] });
  });

  it("'stand van zaken zomerkamp: 8.000 begroot, …' is the budget, shown first — not a note at once", async () => {
    const u = await read("stand van zaken moestuin: 8.000 begroot, de facturen volgen nog");
    expect(u).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/actie budget Buurtmoestuin: begroot 8\.000/) });
  });

  it.each([
    ["huiswerkklas noord 18 van de 30", "/actie bereik Huiswerkklas Noord: 18 van 30"],
    ["moestuin doel: alle 6 basisscholen bereiken", "/actie bereik Buurtmoestuin: beoogd 6"],
  ])("reach: %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it("'Het beoogde bereik van X bedraagt 80 huishoudens' sets the intended reach", async () => {
    expect(await read("Het beoogde bereik van de moestuin bedraagt 80 huishoudens.")).toMatchObject({ text: "/actie bereik Buurtmoestuin: beoogd 80" });
  });

  it.each([
    ["Could you add Stichting Present as a partner to the moestuin?", "/actie partner Buurtmoestuin: Stichting Present"],
    ["Veilig Verkeer Nederland is aangehaakt bij de speeltuin", "/actie partner Speeltuin Kastanjelaan opknappen: Veilig Verkeer Nederland"],
    ["moestuin: Bureau Jeugd en Media verzorgt de avond samen met ons", "/actie partner Buurtmoestuin: Bureau Jeugd en Media"],
  ])("partner: %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it("'X gaat van Fatima naar Lisa' makes Lisa the only owner", async () => {
    expect(await read("moestuin gaat van Fatima naar Lisa idd 👍")).toMatchObject({ kind: "confirm", text: "/actie eigenaar Buurtmoestuin: @Lisa" });
  });

  it("'X gaat naar Lisa, ik ga met verlof' is the owner change (the leave a note), not an absence", async () => {
    expect(await read("moestuin gaat naar Lisa, ik ga met verlof")).toMatchObject({ text: "/actie eigenaar Buurtmoestuin: @Lisa" });
  });

  it.each([
    ["Graag ontvang ik een overzicht van alle acties binnen de pijler Kansrijk.", "/acties Kansrijk"],
    ["can u show me the open actions", "/acties open"],
  ])("%j shows %s", async (text, command) => {
    expect(await read(text)).toEqual({ kind: "run", text: command });
  });

  it("'X doelgroep wordt 12+, de brugklassers komen ook' keeps why as a note, both shown first", async () => {
    expect(await read("speeltuin doelgroep wordt 12+, de brugklassers komen ook")).toMatchObject({ kind: "confirm", text: "/actie doelgroep Speeltuin Kastanjelaan opknappen 12+", then: [{ text: "/actie update Speeltuin Kastanjelaan opknappen: de brugklassers komen ook" }] });
  });

  it("'X blijft geparkeerd, nog steeds geen nieuws' is news kept as a note, not a status", async () => {
    expect(await read("moestuin blijft geparkeerd, nog steeds geen nieuws van de gemeente")).toMatchObject({ text: "/actie update Buurtmoestuin: blijft geparkeerd, nog steeds geen nieuws van de gemeente" });
  });

  it("'wss is X ff gestopt …, mss later weer' is a guess: asked, never changed at once", async () => {
    expect(changesWithoutAsking(await read("wss is de wijkwebsite ff gestopt want de bouwer reageert niet meer, mss later weer"))).toBe(false);
  });
});

describe("understand: more from rounds 17a and 17b's tune halves", () => {
  it.each([
    ["zomerkamp: 12k begroot, 2k aanbetaling gedaan aan de boerderij", "/actie budget Zomerkamp: begroot 12k", "/actie budget Zomerkamp: besteed 2k"],
    ["zomerkamp begroting 4500, waarvan 600 al aanbetaald aan de camping", "/actie budget Zomerkamp: begroot 4500", "/actie budget Zomerkamp: besteed 600"],
  ])("a budget and a down payment in one message are both, shown first: %j", async (text, first, second) => {
    const w = { ...world() };
    w.index = new ActionNameIndex<IndexedAction>([...ACTIONS, { id: "kamp", title: "Zomerkamp", shortName: null, pillarName: "Vreedzaam" }].map(({ id, title, shortName, pillarName }) => ({ id, title, shortName, pillarName })));
    expect(await understand(text, w)).toMatchObject({ kind: "confirm", text: first, then: [{ text: second }] });
  });

  it.each([
    ["speeltuin kost toch 17.500 ipv 15k, begroting graag aanpassen", "/actie budget Speeltuin Kastanjelaan opknappen: begroot 17.500"],
    ["moestuin: de eerste factuur is binnen, 3.250 euro, die is betaald", "/actie budget Buurtmoestuin: besteed 3.250"],
    ["moestuin. hesjes afgerekend 240,-", "/actie budget Buurtmoestuin: besteed 240"],
  ])("money with no note that only says it again: %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
    expect(await read(text)).not.toHaveProperty("then");
  });

  it("'deadline moestuin en speeltuin allebei naar 20 maart' moves both, shown first", async () => {
    expect(await read("deadline moestuin en speeltuin allebei naar 20 maart")).toMatchObject({
      kind: "confirm",
      text: "/actie deadline Buurtmoestuin: 20 maart",
      then: [{ text: "/actie deadline Speeltuin Kastanjelaan opknappen: 20 maart" }],
    });
  });

  it.each([
    ["speeltuin deadline 2 wkn later", "/actie deadline Speeltuin Kastanjelaan opknappen: 2 weken later"],
    ["speeltuin can move to the end of the school year, zeg maar 3 juli", "/actie deadline Speeltuin Kastanjelaan opknappen: 3 juli"],
  ])("deadline: %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ text: command });
  });

  it.each([
    ["new action pls: Taalmaatjes voor ouders, kansrijk, 0-4, I'll do it samen met Lisa", "/actie nieuw Taalmaatjes voor ouders pijler Kansrijk doelgroep 0-4 eigenaar @Fatima @Lisa"],
    ["add new actie: Ouderkoffie bij de schoolpoort, kansrijk, 4-12, deadline 27 maart", "/actie nieuw Ouderkoffie bij de schoolpoort pijler Kansrijk doelgroep 4-12 deadline 27 maart"],
    ["nije aksje: Gezonde traktaties op de peuterspeelzaal, gezond 0-4, Joke trekt m", "/actie nieuw Gezonde traktaties op de peuterspeelzaal doelgroep 0-4 pijler Gezond eigenaar @Joke"],
  ])("new action: %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it("a numbered list of two new actions is both, shown first", async () => {
    const u = await read("Twee nieuwe acties uit het overleg:\n1. Jongerenrubriek in de wijkkrant (vreedzaam, eigenaar Youssef)\n2. Gezond trakteren op de kinderopvang (gezond, 0-4)\nKun je die aanmaken?");
    expect(u).toMatchObject({ kind: "confirm", text: "/actie nieuw Jongerenrubriek in de wijkkrant pijler Vreedzaam eigenaar @Youssef", then: [{ text: "/actie nieuw Gezond trakteren op de kinderopvang pijler Gezond doelgroep 0-4" }] });
  });

  it.each([
    ["de stuurgroep gaat akkoord met uitbreiding van de huiswerkbegeleiding naar 2 middagen", "/besluit de stuurgroep gaat akkoord met uitbreiding van de huiswerkbegeleiding naar 2 middagen"],
    ["genoteerd graag: begroting 2026 is vastgesteld op 42.000 euro, punt 2", "/besluit begroting 2026 is vastgesteld op 42.000 euro agendapunt 2"],
    ["besluit ouderavond mediawijsheid: gaat door in april in de aula", "/besluit ouderavond mediawijsheid: gaat door in april in de aula"],
    ["besluit stuurgroep van gisteravond: moestuin blijft geparkeerd", "/besluit moestuin blijft geparkeerd"],
  ])("in the stuurgroep, %j", async (text, command) => {
    expect(await understand(text, stuurgroep())).toMatchObject({ kind: "confirm", text: command });
  });

  it.each([
    ["Welk commando dien ik te gebruiken voor het wijzigen van een deadline?", "/help actie deadline"],
    ["how do I change the name of an action?", "/help actie hernoem"],
    ["hoe zet ik de vakanties erin zodat er dan geen herinneringen komen", "/help vakantie"],
    ["hoe maak ik het stukje voor de wijkkrant?", "/help maandbericht"],
  ])("how-to %j gets %s", async (text, help) => {
    expect(await read(text)).toEqual({ kind: "run", text: help });
  });

  it.each([
    ["Goedemorgen wijkbot, Welke acties staan er op dit moment op mijn naam? Groet, Fatima", "/acties mijn"],
    ["wat heb ik allemaal nog openstaan", "/acties mijn"],
    ["wat is er dit jaar al afgerond?", "/acties klaar"],
  ])("%j shows %s", async (text, command) => {
    expect(await read(text)).toEqual({ kind: "run", text: command });
  });

  it("'Wil je mij vrijdag om 10 uur herinneren aan het bestellen van de folders?' is a reminder, not 'I cannot order'", async () => {
    expect(await read("Wil je mij vrijdag om 10 uur herinneren aan het bestellen van de folders?")).toMatchObject({ text: "/herinner mij het bestellen van de folders vrijdag om 10:00" });
  });

  it("'moestuin mag naar Lisa, ik heb er geen tijd meer voor' makes Lisa the owner", async () => {
    expect(await read("moestuin mag naar Lisa, ik heb er geen tijd meer voor")).toMatchObject({ text: "/actie eigenaar Buurtmoestuin: @Lisa" });
  });

  it("'roken: Joke eraf, alleen ik blijf eigenaar' leaves the speaker as the one owner", async () => {
    const w = { ...world() };
    w.details = async () => ({ ownerNames: ["Joke", "Fatima"], reachReached: null, spentCents: null, plannedCents: null });
    expect(await understand("roken: Joke eraf, alleen ik blijf eigenaar", w)).toMatchObject({ kind: "confirm", text: "/actie eigenaar Stoppen met roken: @Fatima" });
  });

  it("'techniekdag: bussen geregeld voor groep 7 en 8, …' keeps every word after the colon, though the title's words come later", async () => {
    const w = { ...world() };
    w.index = new ActionNameIndex<IndexedAction>([...ACTIONS, { id: "techniek", title: "Techniekdag groep 7 en 8", shortName: null, pillarName: "Kansrijk" }].map(({ id, title, shortName, pillarName }) => ({ id, title, shortName, pillarName })));
    expect(await understand("techniekdag: bussen geregeld voor groep 7 en 8, nog 3 ouders nodig", w)).toMatchObject({ text: "/actie update Techniekdag groep 7 en 8: bussen geregeld voor groep 7 en 8, nog 3 ouders nodig" });
  });

  it("'ok so X we hebben …' leaves 'ok so' out of the note", async () => {
    expect(await read("ok so moestuin we hebben gisteren met de ouders gezeten")).toMatchObject({ text: "/actie update Buurtmoestuin: we hebben gisteren met de ouders gezeten" });
  });
});

describe("understand: older tune cases, read again in the fourteenth session", () => {
  it("'X gaat naar Lisa, hij/zij …' keeps the second clause as a note, though it repeats the title's words", async () => {
    expect(await read("huiswerkklas noord gaat naar Lisa, zij staat zelf voor de klas in noord")).toMatchObject({ kind: "confirm", text: "/actie eigenaar Huiswerkklas Noord: @Lisa", note: "zij staat zelf voor de klas in noord" });
  });

  it("'… wordt een week later want de hovenier kan pas later' keeps why, though it says 'later' again", async () => {
    expect(await read("de speeltuin wordt een week later want de hovenier kan pas later")).toMatchObject({ kind: "confirm", text: "/actie deadline Speeltuin Kastanjelaan opknappen: 1 week later", note: "de hovenier kan pas later" });
  });

  it("'watertappunt staat op 210 handtekeningen' is the reach, shown first", async () => {
    expect(await read("watertappunt staat op 210 handtekeningen")).toMatchObject({ kind: "confirm", text: "/actie bereik Watertappunt in de wijk: 210" });
  });

  it("'contract met Lefier voor de moestuin is rond' offers Lefier as partner", async () => {
    expect(await read("contract met Lefier voor de moestuin is rond")).toMatchObject({ kind: "confirm", text: "/actie partner Buurtmoestuin: Lefier" });
  });

  it("'reden: X heeft …' keeps every word after the label, the name in it too", async () => {
    expect(await read("reden: de moestuin heeft weer een vrijwilliger")).toMatchObject({ text: "/actie update Buurtmoestuin: de moestuin heeft weer een vrijwilliger" });
  });
});

describe("understand: how-to questions about every command (a probe set of my own, fourteenth session)", () => {
  it.each([
    ["hoe importeer ik het jaarplan uit excel", "/help jaarplan"],
    ["hoe zet ik een herinnering even op pauze tot volgende week", "/help snooze"],
    ["hoe geef ik een pijler een andere naam", "/help pijler hernoem"],
    ["hoe zet ik een actie stil", "/help actie parkeer"],
    ["hoe geef ik mijn acties over als ik vertrek", "/help overdracht"],
    ["hoe stuur ik de tussentijdse check rond", "/help jaarplan"],
    ["hoe breng ik een punt in voor de stuurgroep", "/help agendapunt"],
    ["hoe zie ik alles van één actie", "/help actie info"],
    ["hoe geef ik een actie een andere titel", "/help actie hernoem"],
    ["hoe vraag ik de status op", "/help status"],
  ])("%j gets %s", async (text, help) => {
    expect(await read(text)).toEqual({ kind: "run", text: help });
  });

  it.each([
    ["waar vind ik het overzicht van alle acties op internet", "/overzicht"],
    ["waar kan ik de besluiten van vorige keer teruglezen", "/besluitenlijst"],
  ])("'where do I find …' gets the thing itself: %j → %s", async (text, command) => {
    expect(await read(text)).toEqual({ kind: "run", text: command });
  });
});

describe("understand: what rounds 18, 19a and 19b's tune parts taught", () => {
  it.each([
    ["vnaschool dl vrijdag", "/actie deadline Veilig naar school: vrijdag"],
    ["vnaschool: 3 verkeersbrigadiers extra, oversteek kastanjelaan bemand", "/actie update Veilig naar school: 3 verkeersbrigadiers extra, oversteek kastanjelaan bemand"],
  ])("a name written as one shortened word, and 'dl' for deadline: %j", async (text, command) => {
    const w = { ...world() };
    w.index = new ActionNameIndex<IndexedAction>([...ACTIONS, { id: "vns", title: "Veilig naar school", shortName: null, pillarName: "Vreedzaam" }].map(({ id, title, shortName, pillarName }) => ({ id, title, shortName, pillarName })));
    expect(await understand(text, w)).toMatchObject({ text: command });
  });

  it("numbers alone never outweigh a word of the name ('techniekdag … van 7 en 8')", async () => {
    const w = { ...world() };
    w.index = new ActionNameIndex<IndexedAction>([...ACTIONS, { id: "techniek", title: "Techniekdag groep 7 en 8", shortName: null, pillarName: "Kansrijk" }].map(({ id, title, shortName, pillarName }) => ({ id, title, shortName, pillarName })));
    expect(await understand("techniekdag is geweest! alle kids van 7 en 8 hebben een robotje gebouwd", w)).toMatchObject({ text: expect.stringMatching(/^\/actie klaar Techniekdag groep 7 en 8/) });
  });

  it("'moestuin deadline is eind februari toch' is a question: nothing changes", async () => {
    expect(changesWithoutAsking(await read("moestuin deadline is eind februari toch"))).toBe(false);
  });

  it.each([
    ["watertappunt: waterbedrijf groningen doet ook mee nu", "/actie partner Watertappunt in de wijk: Waterbedrijf groningen"],
    ["roken: voetbalclub VV Lewenborg sluit ook aan", "/actie partner Stoppen met roken: Voetbalclub VV Lewenborg"],
  ])("a partner after a colon, in lower case or with 'ook' in between: %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it("'noteer even: Lefier heeft besloten de moestuin te verlengen' keeps the whole sentence as the note", async () => {
    expect(await read("noteer even: Lefier heeft besloten de moestuin te verlengen tot de zomer")).toMatchObject({ text: "/actie update Buurtmoestuin: Lefier heeft besloten de moestuin te verlengen tot de zomer" });
  });

  it("'X overdragen aan Lisa, ik ga 3 mnd weg' is the owner change", async () => {
    expect(await read("moestuin overdragen aan Lisa, ik ga 3 mnd weg")).toMatchObject({ text: "/actie eigenaar Buurtmoestuin: @Lisa" });
  });
});

describe("readFollowUp: an action just shown is what a short message right after is about", () => {
  const shown = { payload: { kind: "change" as const, rerun: { text: "/actie info Buurtmoestuin" }, command: "actie info", actionId: "m", actionTitle: "Buurtmoestuin", alternatives: [] }, expired: false };
  const now = new Date("2026-01-05T08:00:00Z");
  it("'deadline mag 1 april worden' sets that action's deadline", async () => {
    const { readFollowUp } = await import("../../src/understand/follow-up.ts");
    expect(readFollowUp("deadline mag 1 april worden", shown as never, now, { named: [] })).toEqual({ kind: "rerun", rerun: { text: "/actie deadline Buurtmoestuin: 1 april", pickActionId: "m" } });
  });
  it.each(["partner erbij: Technasium Groningen", "klaar is hij, alles geoogst"])("%j is read with the action's name", async (text) => {
    const { readFollowUp } = await import("../../src/understand/follow-up.ts");
    expect(readFollowUp(text, shown as never, now, { named: [] })).toEqual({ kind: "read-as", text: `Buurtmoestuin ${text}` });
  });
  it.each(["nee, 3 februari", "wanneer is de stuurgroep?", "oeps verkeerde"])("%j is not: nothing was changed to correct", async (text) => {
    const { readFollowUp } = await import("../../src/understand/follow-up.ts");
    expect(readFollowUp(text, shown as never, now, { named: [] })).toEqual({ kind: "none" });
  });
});

describe("understand: agenda, decisions, how-to and absence from rounds 19a/19b's tune parts", () => {
  it.each([
    ["kun je voor de 22e iets over de wachtlijst schoolmaatschappelijk werk agenderen? bespreken", "/agendapunt Wachtlijst schoolmaatschappelijk werk bespreking"],
    ["zou je op de agenda willen zetten: ervaringen jongeren met de wijkwebsite (informatie)", "/agendapunt Ervaringen jongeren met de wijkwebsite informatie actie wijkwebsite"],
    ["graag agenderen: samenwerking WIJ en JGZ rond de 0-4, informerend", "/agendapunt Samenwerking WIJ en JGZ rond de 0-4 informatie"],
    ["wil graag de subsidieaanvraag voor de moestuin op de agenda, ze moeten er ja of nee tegen zeggen", "/agendapunt Subsidieaanvraag voor de moestuin besluit actie Buurtmoestuin"],
    ["kun je 'jaarplan 2026 tussenevaluatie' als besluitpunt opvoeren", "/agendapunt Jaarplan 2026 tussenevaluatie besluit"],
    ["wijkbot voeg toe aan de agenda: verantwoording aan de raad, besluitvormend", "/agendapunt Verantwoording aan de raad besluit"],
  ])("agenda item: %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it("'zet nummer 3 maar op uitgesteld' defers item 3", async () => {
    expect(await read("zet nummer 3 maar op uitgesteld")).toMatchObject({ text: "/agenda uitstellen 3" });
  });

  it.each([
    ["besluit bij 2: begroting vastgesteld op 48.000", "/besluit begroting vastgesteld op 48.000 agendapunt 2"],
    ["record decision: annual report goes to the council in april", "/besluit annual report goes to the council in april"],
    ["@wijkbot en nog een besluit: de speeltuin krijgt 500 euro extra", "/besluit de speeltuin krijgt 500 euro extra"],
  ])("decision: %j", async (text, command) => {
    expect(await understand(text, stuurgroep())).toMatchObject({ kind: "confirm", text: command });
  });

  it.each([
    ["hoe krijg ik de lijst met alle besluiten", "/help besluitenlijst"],
    ["hoe kies ik de datum uit de prikker als iedereen gestemd heeft", "/help datumprikker kies"],
    ["kreeg een code van de bot op telegram, wat moet ik ermee", "/help koppel"],
    ["hoe vertel ik jou mijn naam en organisatie", "/help ik"],
    ["wat doet checkin precies", "/help checkin"],
    ["kan ik de naam van de moestuin veranderen? hoe", "/help actie hernoem"],
    ["how do I move my action to another pillar", "/help actie pijler"],
    ["iemand vertrekt bij de GGD, hoe draag ik zijn acties over", "/help overdracht"],
    ["welke commando's zijn er", "/help"],
    ["hoe zie ik wie wie is in de wijk", "/help wie"],
    ["en hoe schuif ik een punt door naar de volgende keer", "/help agenda uitstellen"],
    ["is de taal ook in het Arabisch te zetten?", "/help taal"],
  ])("how-to %j gets %s", async (text, help) => {
    expect(await read(text)).toEqual({ kind: "run", text: help });
  });

  it.each([
    ["ik ben er niet t/m 23 januari, Lisa vangt op", /^\/afwezig t\/m 23 januari vervanger @Lisa/],
    ["ben op cursus tot en met vrijdag", /^\/afwezig t\/m vrijdag/],
  ])("absence: %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ text: expect.stringMatching(command) });
  });
});

describe("understand: the last of the fourteenth session", () => {
  it("'en wat hebben we besloten over de begroting?' is the same question without the 'en'", async () => {
    expect(await understand("en wat hebben we besloten over de begroting vorige keer?", stuurgroep())).toEqual({ kind: "run", text: "/besluitenlijst" });
  });

  it("'herinner me do 8u controle oversteek' reads 'do' as donderdag before a time", async () => {
    expect(await read("herinner me do 8u controle oversteek kastanjelaan")).toMatchObject({ text: "/herinner mij controle oversteek kastanjelaan donderdag 8:00" });
  });

  it.each([
    ["deadline speeltuin verlengen met twee weken", "/actie deadline Speeltuin Kastanjelaan opknappen: 2 weken later"],
    ["speeltuin mag tot eind van het schooljaar", "/actie deadline Speeltuin Kastanjelaan opknappen: tot eind van het schooljaar"],
  ])("deadline: %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ text: command });
  });

  it("'wat is van mij?' lists the sender's actions", async () => {
    expect(await read("wat is van mij?")).toEqual({ kind: "run", text: "/acties mijn" });
  });
});

describe("readFollowUp: a count added right after a change (fourteenth session)", () => {
  const change = { payload: { kind: "change" as const, rerun: { text: "/actie bezig Buurtmoestuin" }, command: "actie bezig", actionId: "m", actionTitle: "Buurtmoestuin", alternatives: [] }, expired: false };
  it("'en daarbij 8 kinderen bijgekomen' is read with the action's name", async () => {
    const { readFollowUp } = await import("../../src/understand/follow-up.ts");
    expect(readFollowUp("en daarbij 8 kinderen bijgekomen", change as never, new Date("2026-01-05T08:00:00Z"), { named: [] })).toEqual({ kind: "read-as", text: "Buurtmoestuin 8 kinderen bijgekomen" });
  });
  it("'bij nader inzien toch maar niet' offers to undo it", async () => {
    const { readFollowUp } = await import("../../src/understand/follow-up.ts");
    expect(readFollowUp("bij nader inzien toch maar niet", change as never, new Date("2026-01-05T08:00:00Z"), { named: [] })).toMatchObject({ kind: "ask", key: "followUp.undoAsk" });
  });
});

describe("understand: partners as typed (fifteenth session)", () => {
  it.each([
    ["watertappunt, in samenwerking met Veilig Verkeer Nederland afd Groningen", "Veilig Verkeer Nederland afd Groningen"],
    ["watertappunt partner toevoegen Groei & Bloei afdeling Groningen", "Groei & Bloei afdeling Groningen"],
    ["we're partnering with the Salvation Army for the watertappunt now", "Salvation Army"],
    ["watertappunt met de bieb erbij graag (Biblionet Groningen)", "Biblionet Groningen"],
    ["@wijkbot zet Kinderopvang Kids2b als partner bij het watertappunt", "Kids2b kinderopvang"],
    ["@wijkbot WIJ Groningen doet vanaf nu mee aan het watertappunt", "WIJ Groningen"],
  ])("%j adds the partner %j (asked first)", async (text, partner) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: `/actie partner Watertappunt in de wijk: ${partner}` });
  });

  it("what the partner does, said with it, is part of saying who it is: no note", async () => {
    const u = await read("watertappunt: Humanitas doet mee als partner, zij leveren de vrijwilligers");
    expect(u).toMatchObject({ kind: "confirm", text: "/actie partner Watertappunt in de wijk: Humanitas" });
    expect(u).not.toHaveProperty("note");
    expect(await read("watertappunt partner: Albert Heijn Lewenborg (leverde het water)")).toMatchObject({ text: "/actie partner Watertappunt in de wijk: Albert Heijn Lewenborg" });
  });

  it("'graag als partner noteren' is the partner, not a note", async () => {
    expect(await read("het watertappunt doen we samen met Verloskundigenpraktijk Lewenborg, graag als partner noteren")).toMatchObject({ kind: "confirm", text: "/actie partner Watertappunt in de wijk: Verloskundigenpraktijk Lewenborg" });
  });
});

describe("understand: decisions (fifteenth session)", () => {
  it.each([
    ["vastleggen als besluit: WIJ levert twee jongerenwerkers", "/besluit WIJ levert twee jongerenwerkers"],
    ["noteer als besluit bij punt 3: watertappunt komt bij het MFC", "/besluit watertappunt komt bij het MFC agendapunt 3"],
    ["nog een besluit van donderdag vergeten: kindteams blijft geparkeerd", "/besluit kindteams blijft geparkeerd"],
    ["vastgesteld bij agendapunt 2: 5% van de begroting blijft reserve", "/besluit 5% van de begroting blijft reserve agendapunt 2"],
    ["conclusie punt 1: elke pijler levert een jaarplan op 1 A4", "/besluit elke pijler levert een jaarplan op 1 A4 agendapunt 1"],
    ["besluit: de techniekdag mag 750 euro kosten, leg dat vast", "/besluit de techniekdag mag 750 euro kosten"],
    ["we've agreed that Lefier pays half of the costs", "/besluit Lefier pays half of the costs"],
    ["notulen vanavond: besloten dat de kartrekkers elke maand een stukje aanleveren", "/besluit de kartrekkers elke maand een stukje aanleveren"],
  ])("%j is asked as %j", async (text, command) => {
    expect(await understand(text, stuurgroep())).toMatchObject({ kind: "confirm", text: command });
  });

  it("in the stuurgroep 'akkoord op agendapunt 2, …' and 'we gaan voor …' are decisions", async () => {
    expect(await understand("akkoord op agendapunt 2, de begroting is vastgesteld op 51.200 euro. dank allen", stuurgroep())).toMatchObject({ text: "/besluit de begroting is vastgesteld op 51.200 euro agendapunt 2" });
    expect(await understand("we gaan voor de plek naast de bieb, agendapunt 3", stuurgroep())).toMatchObject({ text: "/besluit de plek naast de bieb agendapunt 3" });
  });

  it.each([
    ["Goed overleg allen! besluiten: 1) ouderavond in februari 2) kindteams blijft geparkeerd", ["/besluit ouderavond in februari", "/besluit kindteams blijft geparkeerd"]],
    ["afgesproken dat de wijkwebsite een knop krijgt en dat het zomerkamp 2 weken duurt", ["/besluit de wijkwebsite een knop krijgt", "/besluit het zomerkamp 2 weken duurt"]],
    ["afgesproken: zomerkamp alleen voor 12+. en we gaan voor de locatie in Zuidlaren", ["/besluit zomerkamp alleen voor 12+", "/besluit de locatie in Zuidlaren"]],
  ])("several decisions in %j are shown first and recorded one after the other", async (text, commands) => {
    const u = await understand(text, stuurgroep());
    expect(u).toMatchObject({ kind: "confirm", text: commands[0], then: commands.slice(1).map((c) => ({ text: c })) });
  });

  it("'de stuurgroep heeft besloten dat …, klopt dat?' shows the decisions and changes nothing", async () => {
    expect(await understand("de stuurgroep heeft besloten dat het watertappunt doorgaat toch? kun je dat checken", stuurgroep())).toEqual({ kind: "run", text: "/besluitenlijst" });
  });
});

describe("understand: other readings of the fifteenth session", () => {
  it("someone else 'is klaar met' an action may be leaving it: asked which, nothing changed", async () => {
    const u = await read("Peter is klaar met de speeltuin, hij heeft een andere baan");
    expect(u).toMatchObject({ kind: "say", text: { key: "understand.doneOrLeaving", vars: { person: "Peter", title: "Speeltuin Kastanjelaan opknappen" } } });
    // ("klaar met haar deel van …" is a part of it, read as before.)
    expect(await read("Peter is klaar met zijn deel van de speeltuin")).not.toMatchObject({ text: { key: "understand.doneOrLeaving" } });
  });

  it("'wordt pas 1 mei klaar' moves the deadline; it does not close the action", async () => {
    const u = await read("speeltuin wordt pas 1 mei klaar, lefier heeft vertraging");
    expect(setsStatus(u)).toBe(false);
    expect(u).toMatchObject({ text: expect.stringMatching(/^\/actie deadline Speeltuin Kastanjelaan opknappen: /) });
  });

  it("a wish is asked first: 'we willen de wijkwebsite weer openzetten, zou mooi zijn'", async () => {
    expect(changesWithoutAsking(await read("we willen de wijkwebsite eigenlijk weer openzetten, zou mooi zijn als dat kan"))).toBe(false);
  });

  it.each([
    ["wat kan ik allemaal met jou?", "/help"],
    ["what's this weekly digest thing?", "/help weekoverzicht"],
    ["wat moet ik doen als ik op vakantie ga?", "/help afwezig"],
    ["ik ga met zwangerschapsverlof vanaf februari, hoe regel ik dat", "/help afwezig"],
    ["ik wil de maandelijkse check-in nu doen", "/checkin"],
    ["hier is de code van telegram: 482913, koppel maar", "/ik koppel 482913"],
  ])("%j runs %j", async (text, command) => {
    expect(await read(text)).toEqual({ kind: "run", text: command });
  });
});

describe("readFollowUp: after a decision or a partner (fifteenth session)", () => {
  const now = new Date("2026-01-22T20:00:00Z");
  const decided = (text: string) => ({ payload: { kind: "change" as const, rerun: { text }, command: "besluit" }, expired: false });
  const partnered = { payload: { kind: "change" as const, rerun: { text: "/actie partner Schoolontbijt: Jumbo" }, command: "actie partner", actionId: "s", actionTitle: "Schoolontbijt", alternatives: [] }, expired: false };
  const asked = (text: string) => ({ payload: { kind: "confirm" as const, rerun: { text } }, expired: false });

  it.each([
    ["hoort bij punt 1 trouwens", "/besluit zomerkamp gaat door", "/besluit zomerkamp gaat door agendapunt 1"],
    ["moest 2500 zijn", "/besluit huiswerkbegeleiding krijgt 2000 euro extra", "/besluit huiswerkbegeleiding krijgt 2500 euro extra"],
    ["nee, in mei", "/besluit de ouderavond wordt herhaald in april", "/besluit de ouderavond wordt herhaald in mei"],
    ["oeps, moest het winkelcentrum zijn ipv de school", "/besluit watertappunt komt bij de school agendapunt 3", "/besluit watertappunt komt bij het winkelcentrum agendapunt 3"],
  ])("%j right after %j takes it back and records %j", async (text, before, after) => {
    const { readFollowUp } = await import("../../src/understand/follow-up.ts");
    expect(readFollowUp(text, decided(before) as never, now, { named: [] })).toEqual({ kind: "rerun", rerun: { text: after, undoFirst: true, correction: true } });
  });

  it("a partner corrected: 'oops, it was Lidl not Jumbo'", async () => {
    const { readFollowUp } = await import("../../src/understand/follow-up.ts");
    expect(readFollowUp("oops, it was Lidl not Jumbo", partnered as never, now, { named: [] })).toMatchObject({ kind: "rerun", rerun: { text: "/actie partner Schoolontbijt: Lidl", undoFirst: true } });
    expect(readFollowUp("top 👮 en de Fietsersbond ook graag", partnered as never, now, { named: [] })).toMatchObject({ kind: "rerun", rerun: { text: "/actie partner Schoolontbijt: Fietsersbond" } });
  });

  it("to a question: 'ja graag, punt 1', 'ja maar het is Biblionet Groningen', 'ja en de X ook'; 'top dank je' is no yes", async () => {
    const { readFollowUp } = await import("../../src/understand/follow-up.ts");
    expect(readFollowUp("ja graag, punt 1", asked("/besluit de moestuin krijgt twee bakken") as never, now)).toMatchObject({ kind: "rerun", rerun: { text: "/besluit de moestuin krijgt twee bakken agendapunt 1", confirmed: true } });
    expect(readFollowUp("ja maar het is Biblionet Groningen", asked("/actie partner Voorleesochtend: Biblionet") as never, now)).toMatchObject({ kind: "rerun", rerun: { text: "/actie partner Voorleesochtend: Biblionet Groningen" } });
    expect(readFollowUp("ja en de Huurdersvereniging Lefier ook", asked("/actie partner Huiskamer: Humanitas") as never, now)).toMatchObject({ kind: "rerun", rerun: { confirmed: true, then: [{ text: "/actie partner Huiskamer: Huurdersvereniging Lefier" }] } });
    expect(readFollowUp("top dank je", asked("/actie partner Huiskamer: Humanitas") as never, now)).not.toMatchObject({ kind: "rerun" });
  });
});

describe("understand: the weekly digest, the agenda item unnamed, how-to (fifteenth session)", () => {
  it.each([
    ["graag het weekoverzicht elke maandag ontvangen", "/weekoverzicht aan"],
    ["weekoverzicht hoeft niet meer voor mij, dank", "/weekoverzicht uit"],
    ["hoe vind ik wie er bij welke organisatie zit", "/help wie"],
    ["ik ben 2 weken weg, hoe zorg ik dat iemand mijn herinneringen krijgt", "/help afwezig"],
    ["hoe kan ik een herinnering voor een actie uitstellen tot volgende week", "/help snooze"],
    ["kan ik ook mijn gegevens laten verwijderen als ik stop?", "/help vergeetmij"],
  ])("%j runs %j", async (text, command) => {
    expect(await read(text)).toEqual({ kind: "run", text: command });
  });

  it("a reminder about the digest, or a question how to get it, is not the digest switched", async () => {
    expect(await read("stop de herinnering over het weekoverzicht")).not.toMatchObject({ text: expect.stringMatching(/^\/weekoverzicht/) });
    expect(await read("kan ik het weekoverzicht ook krijgen? hoe zet ik dat aan")).toEqual({ kind: "run", text: "/help weekoverzicht" });
  });

  it("'zet dat punt maar op uitgesteld' asks which item", async () => {
    expect(await understand("zet dat punt maar op uitgesteld", stuurgroep())).toEqual({ kind: "say", text: { key: "understand.whichItem" } });
  });

  it("a quoted message is context: only the line typed under it is read", async () => {
    expect(await understand("> kunnen we de begroting naar maart schuiven? (Ingrid)\nja, zet punt 2 op uitgesteld", stuurgroep())).toMatchObject({ text: "/agenda uitstellen 2" });
  });
});

describe("readFollowUp: after an owner change or an action shown (fifteenth session)", () => {
  const now = new Date("2026-01-05T08:00:00Z");
  const owned = { payload: { kind: "change" as const, rerun: { text: "/actie eigenaar Zomerkamp: @Bram", pickActionId: "z" }, command: "actie eigenaar", actionId: "z", actionTitle: "Zomerkamp", alternatives: [] }, expired: false };
  const shown = { payload: { kind: "change" as const, rerun: { text: "/actie info Techniekdag" }, command: "actie info", actionId: "t", actionTitle: "Techniekdag", alternatives: [] }, expired: false };
  it("'Ahmed blijft er wel bij' keeps Ahmed as an owner too", async () => {
    const { readFollowUp } = await import("../../src/understand/follow-up.ts");
    expect(readFollowUp("Ahmed blijft er wel bij", owned as never, now, { named: [] })).toEqual({ kind: "rerun", rerun: { text: "/actie eigenaar Zomerkamp: @Bram @Ahmed", pickActionId: "z" } });
  });
  it("right after an action was shown, a question pointing back at it shows it again; 'Lisa neemt die over' is about it", async () => {
    const { readFollowUp } = await import("../../src/understand/follow-up.ts");
    expect(readFollowUp("staat de gasunie daar al als partner bij?", shown as never, now, { named: [] })).toEqual({ kind: "rerun", rerun: { text: "/actie info Techniekdag", pickActionId: "t" } });
    expect(readFollowUp("ok Lisa neemt die over van Peter", shown as never, now, { named: [] })).toEqual({ kind: "read-as", text: "Techniekdag ok Lisa neemt die over van Peter" });
  });
});

describe("understand: a list of partners after 'partners:' (fifteenth session)", () => {
  it("each organisation of the list is its own partner, shown first and added one after the other", async () => {
    expect(await read("moestuin partners: IVN Groningen, Natuurmonumenten en de Groene Pluim")).toMatchObject({
      kind: "confirm",
      text: "/actie partner Buurtmoestuin: IVN Groningen",
      then: [{ text: "/actie partner Buurtmoestuin: Natuurmonumenten" }, { text: "/actie partner Buurtmoestuin: Groene Pluim" }],
    });
  });
});

describe("understand: what is said again or already done is no note or item (fifteenth session)", () => {
  it("'watertappunt: 180 handtekeningen nu, doel blijft 300' sets the reach; the target said again is no note", async () => {
    const u = await read("watertappunt: 180 handtekeningen nu, doel blijft 300");
    expect(u).toMatchObject({ text: "/actie bereik Watertappunt in de wijk: 180" });
    expect(u).not.toHaveProperty("note");
  });
  it("'… op de agenda van de stuurgroep gezet' reports what was done: news, not a new agenda item", async () => {
    expect(await read("betrokkenheid cb - eerste afstemming met het consultatiebureau op de agenda van de stuurgroep gezet")).not.toMatchObject({ text: expect.stringMatching(/^\/agendapunt/) });
  });
});

describe("understand: asking how, in the words of new members (sixteenth session)", () => {
  it.each([
    ["is er een manier om een actie tijdelijk stil te leggen? de huiskamer ligt misschien even stil", "/help actie parkeer"],
    ["ik snap niet hoe dat weekoverzicht aan moet, ik krijg nooit iets binnen op maandag", "/help weekoverzicht"],
    ["if I made a mistake and set the moestuin to done, how do I undo that?", "/help ongedaan"],
    ["help ik heb per ongeluk iets verkeerd gezet, hoe draai ik dat terug", "/help ongedaan"],
    ["wat is de bedoeling als de vergadering voorbij is? moet ik iets doen zodat de besluiten rondgaan?", "/help vergadering afsluiten"],
    ["wij willen Gezond anders noemen, hoe verander je de naam van een pijler?", "/help pijler hernoem"],
    ["wat moet ik typen om de naam van mijn geldlessen actie korter te maken?", "/help actie hernoem"],
    ["de wijkkrant vraagt om een stukje over vorige maand, hoe heet dat commando", "/help maandbericht"],
    ["ik wil een nieuwe actie aanmaken maar weet niet hoe dat moet met pijler en deadline erbij", "/help actie nieuw"],
    ["Hoe verander ik de volgorde van de agendapunten? De begroting altijd vooraan.", "/help agenda volgorde"],
    ["how do I say the techniekdag is for 4-12?", "/help actie doelgroep"],
    ["sorry beetje digibeet, is er ergens een lijst van alles wat ik tegen je kan zeggen?", "/help"],
    ["ik krijg steeds een herinnering over de speeltuin, kan ik die herinnering een paar dagen opschuiven? hoe", "/help snooze"],
  ])("%j runs %j", async (text, command) => {
    expect(await read(text)).toEqual({ kind: "run", text: command });
  });

  it("an agenda item that asks how is still an agenda item, not a how-to", async () => {
    expect(await read("agendapunt ter bespreking: hoe krijgen we meer vaders bij de ouderavond")).not.toMatchObject({ text: expect.stringMatching(/^\/help/) });
  });

  it.each([
    ["zijn er dit jaar al acties klaar? wil iets positiefs melden", "/acties klaar"],
    ["Wat is er vorige week allemaal gebeurd? Ik was er niet.", "/weekoverzicht"],
    ["wat staat er nog open bij iedereen?", "/acties open"],
    ["Mag ik het overzicht van alle pijlers even zien?", "/overzicht"],
  ])("the question %j runs %j", async (text, command) => {
    expect(await read(text)).toEqual({ kind: "run", text: command });
  });
});

describe("understand: wrong changes of round 21 (sixteenth session)", () => {
  it("a complaint that quotes what was typed before shows that change first", async () => {
    expect(changesWithoutAsking(await read("je snapt me nooit, ik typte toch duidelijk moestuin klaar"))).toBe(false);
    expect(await read("je snapt me nooit, ik typte toch duidelijk moestuin klaar")).toMatchObject({ kind: "confirm", text: "/actie klaar Buurtmoestuin" });
  });
  it("'je hebt de speeltuin op klaar gezet maar dat klopt niet, hij is nog bezig' sets bezig, not klaar", async () => {
    expect(await read("je hebt gisteren de speeltuin op klaar gezet maar dat klopt niet, hij is nog bezig")).toMatchObject({ kind: "run", text: "/actie bezig Speeltuin Kastanjelaan opknappen" });
  });
  it("'klaar met … voor vandaag' is one session done, not the action", async () => {
    expect(setsStatus(await read("ik ben klaar met de moestuin voor vandaag, 11 kids"))).toBe(false);
  });
});

describe("readFollowUp: round 21's corrections (sixteenth session)", () => {
  const now = new Date("2026-01-22T20:00:00Z");
  it("'moet zijn: bij de sporthal, niet winkelcentrum' puts the place in with its preposition", async () => {
    const { readFollowUp } = await import("../../src/understand/follow-up.ts");
    const decided = { payload: { kind: "change" as const, rerun: { text: "/besluit Watertappunt komt bij het winkelcentrum" }, command: "besluit" }, expired: false };
    expect(readFollowUp("moet zijn: bij de sporthal, niet winkelcentrum", decided as never, now, { named: [] })).toEqual({ kind: "rerun", rerun: { text: "/besluit Watertappunt komt bij de sporthal", undoFirst: true, correction: true } });
  });
  it("'en ik blijf ook eigenaar' after a new owner keeps the sender on", async () => {
    const { readFollowUp } = await import("../../src/understand/follow-up.ts");
    const owned = { payload: { kind: "change" as const, rerun: { text: "/actie eigenaar kindteams Lisa" }, command: "actie eigenaar", actionId: "k", actionTitle: "Kindteams", alternatives: [] }, expired: false };
    // (Sanne left herself out of the owners just set: the change is taken back first, so she may still make it.)
    expect(readFollowUp("en ik blijf ook eigenaar", owned as never, now, { named: [], me: "Sanne" })).toEqual({ kind: "rerun", rerun: { text: "/actie eigenaar kindteams @Lisa @Sanne", pickActionId: "k", undoFirst: true, correction: true } });
    expect(readFollowUp("ik blijf er ook op hoor, samen", owned as never, now, { named: [], me: "Sanne" })).toEqual({ kind: "rerun", rerun: { text: "/actie eigenaar kindteams @Lisa @Sanne", pickActionId: "k", undoFirst: true, correction: true } });
  });
});

describe("understand: reminder moments of round 21 (sixteenth session)", () => {
  it.each([
    ["herinner me over een uurtje aan zaadjes bestellen", "/herinner mij zaadjes bestellen over 1 uur"],
    ["herinner me vanavond om 8 aan de mail", "/herinner mij de mail vandaag 20:00"],
  ])("%j runs %j", async (text, command) => {
    expect(await read(text)).toEqual({ kind: "run", text: command });
  });
  it.each([
    ["herinner me elke vrijdagmiddag om 3 aan de weekafsluiting", "/herinner mij de weekafsluiting elke vrijdag 15:00"],
    ["om 7 uur vanavond: oudergesprek voorbereiden, herinner me", "/herinner mij oudergesprek voorbereiden vandaag 19:00"],
  ])("%j is shown first as %j (the hour after noon)", async (text, command) => {
    expect(await read(text)).toMatchObject({ text: command });
  });
});

describe("understand: the agenda in the words of round 21 (sixteenth session)", () => {
  const inStuurgroep = (text: string) => understand(text, stuurgroep());
  it.each([
    ["@wijkbot 1 en 2 zijn allebei besproken", "/agenda behandeld 1 2"],
    ["@wijkbot accepteer alle voorstellen maar, prima punten", "/agenda accepteer 3"],
    ["@wijkbot volgorde wordt drie, twee, een", "/agenda volgorde 3 2 1"],
    ["@wijkbot kan het watertappunt bovenaan? daarna de voortgang en als laatste de begroting", "/agenda volgorde 3 1 2"],
    ["@wijkbot het watertappunt schuiven we naar maart, te vol", "/agenda uitstellen 3"],
    ["@wijkbot dat voorstel over het watertappunt nemen we mee donderdag", "/agenda accepteer 3"],
    ["@wijkbot datumprikker: nummer 2 wordt het", "/datumprikker kies 2"],
    ["de kinderraad heeft gekozen, leg maar vast bij punt 3: het watertappunt komt bij het winkelcentrum", "/besluit het watertappunt komt bij het winkelcentrum agendapunt 3"],
  ])("%j is %j (shown first or run)", async (text, command) => {
    expect(await inStuurgroep(text)).toMatchObject({ text: command });
  });

  it("'geen van die data lukt mij' takes the vote back; 'vergadering van gisteren nog even afsluiten' closes it", async () => {
    expect(await inStuurgroep("geen van die data lukt mij helaas, zit dan in Zwolle")).toEqual({ kind: "run", text: "/datumprikker stem geen" });
    expect(await inStuurgroep("vergadering van gisteren nog even afsluiten graag, vergeten 🙈")).toMatchObject({ text: "/vergadering afsluiten" });
  });

  it("an agenda item keeps only its title: the kind before a colon, 'titel:', ', actie X' and 'hoort bij X' go elsewhere", async () => {
    expect(await read("agendapunt voor de stuurgroep graag, besluit nodig: uitbreiding moestuin naar zaterdag, actie moestuin")).toMatchObject({ text: "/agendapunt Uitbreiding moestuin naar zaterdag besluit actie Buurtmoestuin" });
    expect(await read("graag een agendapunt voor de stuurgroep: subsidie tuinbakken, ter bespreking. hoort bij de moestuin natuurlijk 🌱")).toMatchObject({ text: "/agendapunt Subsidie tuinbakken bespreking actie Buurtmoestuin" });
    expect(await read("kun je een besluit agenderen? titel: rol consultatiebureau in het wijkplan, actie betrokkenheid cb")).toMatchObject({ text: "/agendapunt Rol consultatiebureau in het wijkplan besluit actie betrokkenheid cb" });
    expect(await read("agendapunt terugblik moestuin, informatie, actie moestuin")).toMatchObject({ text: "/agendapunt Terugblik moestuin informatie actie Buurtmoestuin" });
  });

  it("'plan ook maar een stuurgroep in juni, donderdag 18 juni om 16:00': the month says when, not where", async () => {
    expect(await understand("plan ook maar een stuurgroep in juni, donderdag 18 juni om 16:00", stuurgroep())).toMatchObject({ text: "/vergadering nieuw 18 juni 2026 16:00" });
  });
});

describe("understand: round 21's other messages (sixteenth session)", () => {
  it.each([
    ["what data do you keep on me?", "/mijngegevens"],
    ["stuur me elke week dat overzicht", "/weekoverzicht aan"],
    ["ben je er nog?", "/help"],
    ["werkt dit ding nog", "/help"],
    ["?", "/help"],
    ["ik sta nergens bij toch? wat kan ik met deze bot", "/help"],
  ])("%j runs %j", async (text, command) => {
    expect(await read(text)).toEqual({ kind: "run", text: command });
  });
});

describe("readFollowUp: round 21's follow-ups (sixteenth session)", () => {
  const now = new Date("2026-01-05T08:00:00Z");
  const changed = (text: string, command: string, actionTitle: string) => ({ payload: { kind: "change" as const, rerun: { text }, command, actionId: "a", actionTitle, alternatives: [] }, expired: false });
  it("'typo, 540' right after a budget corrects the amount", async () => {
    const { readFollowUp } = await import("../../src/understand/follow-up.ts");
    expect(readFollowUp("typo, 540", changed("/actie budget watertappunt besteed 450", "actie budget", "Watertappunt in de wijk") as never, now, { named: [] })).toMatchObject({ kind: "rerun", rerun: { correction: true } });
  });
  it("'een week later toch' right after a deadline shifts it from the date just set", async () => {
    const { readFollowUp } = await import("../../src/understand/follow-up.ts");
    expect(readFollowUp("een week later toch", changed("/actie deadline ouderavond 22 januari", "actie deadline", "Ouderavond mediawijsheid") as never, now, { named: [] })).toEqual({ kind: "rerun", rerun: { text: "/actie deadline Ouderavond mediawijsheid: een week later", pickActionId: "a" } });
  });
  it("'nee niet lisa, daan' right after an owner typed without @ puts Daan in Lisa's place", async () => {
    const { readFollowUp } = await import("../../src/understand/follow-up.ts");
    expect(readFollowUp("nee niet lisa, daan", changed("/actie eigenaar voorlees Lisa", "actie eigenaar", "Voorleesochtend bibliotheek") as never, now, { named: [] })).toMatchObject({ kind: "rerun", rerun: { text: "/actie eigenaar voorlees @Daan", correction: true } });
  });
});

describe("understand: what someone said before is quoted only with 'typte', 'schreef' or 'zei toch' (sixteenth session)", () => {
  it("'ik zei tegen Fatima dat de moestuin klaar is' is not read as a quote of a command", async () => {
    expect(await read("ik zei toch al: moestuin klaar")).toMatchObject({ kind: "confirm", text: "/actie klaar Buurtmoestuin" });
    expect(await read("ik zei tegen Joke dat de moestuin bijna klaar is")).not.toMatchObject({ kind: "confirm", text: "/actie klaar Buurtmoestuin" });
  });
});

describe("understand: two requests in one message (sixteenth session)", () => {
  it("'moestuin: compost is geleverd. en herinner me morgen aan de zaadlijst' shows both, the note first", async () => {
    expect(await read("moestuin: compost is geleverd. en herinner me morgen aan de zaadlijst")).toMatchObject({
      kind: "confirm",
      text: "/actie update Buurtmoestuin: compost is geleverd",
      then: [{ text: expect.stringMatching(/^\/herinner mij .*zaadlijst/) }],
    });
  });
  it("a question and a reminder: only the reminder is read, never both as changes", async () => {
    const u = await read("is de moestuin al klaar? en herinner me maandag aan de zaadlijst");
    expect(u).not.toMatchObject({ then: [expect.anything()] });
  });
});

describe("understand: round 22's messages (seventeenth session)", () => {
  /** Fatima owns "Techniekdag groep 7 en 8"; Peter owns "Geldlessen groep 8". */
  function worldWithGroups(chatKind?: string): UnderstandWorld {
    const extra = [
      { id: "geld", title: "Geldlessen groep 8", shortName: null, pillarName: "Kansrijk", status: "bezig", ownerIds: ["peter"], pillarId: "kansrijk" },
      { id: "techniek", title: "Techniekdag groep 7 en 8", shortName: null, pillarName: "Kansrijk", status: "gepland", ownerIds: ["fatima"], pillarId: "kansrijk" },
    ];
    const all = [...ACTIONS, ...extra];
    const facts = new Map<string, CandidateFacts>(all.map(({ id, status, ownerIds, pillarId }) => [id, { status, ownerIds, pillarId }]));
    return {
      ...world(),
      index: new ActionNameIndex<IndexedAction>(all.map(({ id, title, shortName, pillarName }) => ({ id, title, shortName, pillarName }))),
      rank: async (candidates) => rankCandidates(candidates, facts, FATIMA),
      ...(chatKind ? { chatKind } : {}),
    };
  }

  it("'de geldlessen zijn klaar in mijn groep' never closes the sender's own Techniekdag groep 7 en 8 for the word 'groep'", async () => {
    const u = await understand("de geldlessen zijn klaar in mijn groep", worldWithGroups());
    expect(u).not.toMatchObject({ text: expect.stringContaining("Techniekdag") });
    expect(changesWithoutAsking(u)).toBe(false);
  });

  it("'geldlessen klaar en speeltuin deadline naar 1 april' shows both changes first", async () => {
    expect(await understand("geldlessen klaar en speeltuin deadline naar 1 april", worldWithGroups())).toMatchObject({
      kind: "confirm",
      text: "/actie klaar Geldlessen groep 8",
      then: [{ text: expect.stringMatching(/^\/actie deadline Speeltuin Kastanjelaan opknappen/) }],
    });
  });

  it("a reason that names another action is no second change: 'moestuin on hold, geen tijd ivm de speeltuin'", async () => {
    const u = await read("moestuin on hold, ik heb er geen tijd voor ivm de speeltuin");
    expect(u).not.toMatchObject({ then: [expect.anything()] });
  });

  it("'staat op papier klaar om te beginnen' is ready to start, not done", async () => {
    expect(setsStatus(await read("de moestuin staat op papier klaar om te beginnen met uitvoeren"))).toBe(false);
  });

  it("money offered or asked, not yet spent, is no budget: 'de gasunie biedt 750 euro aan voor de moestuin maar het is nog niet ontvangen'", async () => {
    const u = await read("de gasunie biedt 750 euro aan voor de moestuin maar we hebben het nog niet ontvangen");
    expect(u).not.toMatchObject({ text: expect.stringContaining("/actie budget") });
  });

  it("'how much budget is left for the speeltuin?' asks for the figures, not how to set a budget", async () => {
    expect(await read("how much budget is left for the speeltuin?")).toMatchObject({ text: "/actie info Speeltuin Kastanjelaan opknappen" });
  });

  it("chat shorthand is read for what it stands for: 'wnr is de volgende stuurgroep eig'", async () => {
    expect(await read("wnr is de volgende stuurgroep eig")).toMatchObject({ kind: "run", text: "/vergaderingen" });
  });

  it.each([
    ["1 en 3 kan ik", "/datumprikker stem 1 3"],
    ["zelf kan ik alleen 2 en 3", "/datumprikker stem 2 3"],
    ["only the first one works for me, sorry", "/datumprikker stem 1"],
  ])("in the stuurgroep %j is a vote in the date poll", async (text, command) => {
    expect(await understand(text, worldWithGroups("stuurgroep"))).toEqual({ kind: "run", text: command });
  });

  it.each(["punt 2 kan ik toelichten", "ik kan 2 kinderen meenemen", "ik kan 9 april en 16 april"])("%j is no vote", async (text) => {
    expect(await understand(text, worldWithGroups("stuurgroep"))).not.toMatchObject({ text: expect.stringContaining("/datumprikker stem") });
  });

  it("'datumprikker voor de juni vergadering: 2 juni 19:30, 9 juni 19:30' takes the dates after the colon", async () => {
    expect(await read("datumprikker voor de juni vergadering: 2 juni 19:30, 9 juni 19:30")).toMatchObject({ text: "/datumprikker 2 juni 19:30, 9 juni 19:30" });
  });
});

describe("understand: round 22's questions and items (seventeenth session)", () => {
  it.each([
    ["yo wat heb ik allemaal openstaan", "/acties mijn"],
    ["Ik vraag mij af welke persoonsgegevens de wijkbot van mij bewaart in het kader van de AVG.", "/mijngegevens"],
    ["ff vraagje: kan ik de moestuin verplaatsen naar een andere pijler? kansrijk past beter", "/help actie pijler"],
    ["please accept item 3", "/agenda accepteer 3"],
  ])("%j runs %s", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "run", text: command });
  });

  it("'ben volgende week ff weg, Peter neemt het over' is an absence with a stand-in, asked first", async () => {
    expect(await read("ben volgende week ff weg, Peter neemt het over")).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/afwezig t\/m .* vervanger @Peter$/) });
  });

  it("'ik ben ff weg, over een uur terug' is still no absence", async () => {
    expect(await read("ik ben ff weg, over een uur terug")).not.toMatchObject({ text: expect.stringContaining("/afwezig") });
  });

  it("'Hierbij wil ik melden dat de moestuin per vandaag van start is gegaan.' starts it", async () => {
    expect(await read("Hierbij wil ik melden dat de moestuin per vandaag van start is gegaan.")).toMatchObject({ text: expect.stringMatching(/^\/actie bezig Buurtmoestuin/) });
  });

  it.each([
    ["kan je op de agenda zetten dat we een besluit nodig hebben over de huiswerkbegeleiding na de zomer", "/agendapunt Huiswerkbegeleiding na de zomer besluit"],
    ["could we add an item about the speeltuin, ter bespreking", "/agendapunt Speeltuin bespreking"],
  ])("%j proposes %s", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: expect.stringContaining(command) });
  });

  it("'agendapunt: rol van de sportclubs, moet er een besluit over komen' keeps the item's title", async () => {
    expect(await read("agendapunt: rol van de sportclubs, moet er een besluit over komen")).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/agendapunt Rol van de sportclubs besluit/) });
  });
});

describe("understand: counts of round 22 (seventeenth session)", () => {
  /** The speeltuin has reached 40 so far. */
  function worldReached(): UnderstandWorld {
    return { ...world(), details: async () => ({ ownerNames: ["Peter"], reachReached: 40, spentCents: null, plannedCents: null }) };
  }
  it("'speeltuin 80 kinderen' (the name and a count) is the reach", async () => {
    expect(await read("speeltuin 80 kinderen")).toMatchObject({ text: "/actie bereik Speeltuin Kastanjelaan opknappen: 80" });
  });
  it("'speeltuin nog 6 bij en het beoogde blijft 150' adds 6 to the 40 reached", async () => {
    expect(await understand("speeltuin nog 6 bij en het beoogde blijft 150", worldReached())).toMatchObject({ text: expect.stringMatching(/^\/actie bereik Speeltuin Kastanjelaan opknappen: 46\b/) });
  });
  it("'moestuin: deze week 9 kinderen geweest' is one week's news, a note — not the reach", async () => {
    expect(await read("moestuin: deze week 9 kinderen geweest")).not.toMatchObject({ text: expect.stringContaining("/actie bereik") });
  });
});

describe("understand: round 22's statuses and new actions (seventeenth session)", () => {
  it("'de moestuin is klaar voor dit schooljaar, de vrijwilligers stoppen na de zomer' closes it (no deadline 'na de zomer')", async () => {
    expect(await read("de moestuin is klaar voor dit schooljaar, de vrijwilligers stoppen na de zomer")).toMatchObject({ text: expect.stringMatching(/^\/actie klaar Buurtmoestuin/) });
  });
  it("'nieuwe actie: …, Peter doet mee' makes the sender and Peter its owners", async () => {
    expect(await read("nieuwe actie: Straatvoetbal toernooi, vreedzaam, 12+, deadline eind juni, Peter doet mee")).toMatchObject({ kind: "confirm", text: expect.stringContaining("eigenaar @Fatima @Peter") });
  });
});

describe("understand: a meeting planned with its place (seventeenth session)", () => {
  it("'plan een extra stuurgroep in op 16 april 19:30 in het MFC Lewenborg' keeps the place (the 'in' of 'inplannen' is none)", async () => {
    expect(await read("plan een extra stuurgroep in op 16 april 19:30 in het MFC Lewenborg")).toMatchObject({ text: "/vergadering nieuw 16 april 2026 19:30 MFC Lewenborg" });
  });
});

describe("understand: 'is er iets te laat' (seventeenth session)", () => {
  it("'is er iets te laat bij gezond?' lists what is late — the pillar's name is no action", async () => {
    expect(await read("wijkbot is er iets te laat bij gezond?")).toEqual({ kind: "run", text: "/acties te laat" });
  });
});

describe("how-to questions find their command's help (eighteenth session)", () => {
  it.each([
    // Being away for a while.
    ["hoe laat ik de bot weten dat ik in april een maand niet beschikbaar ben?", "/help afwezig"],
    ["Graag zou ik willen weten op welke wijze ik mijn ouderschapsverlof kan doorgeven", "/help afwezig"],
    ["how do I tell you I'm off sick this week", "/help afwezig"],
    // Roles.
    ["hoe maak ik Youssef aanjager van Vreedzaam", "/help rol"],
    ["Kunt u mij uitleggen hoe ik een collega tot voorzitter benoem?", "/help rol"],
    // The date poll: voting, choosing.
    ["ik zie de prikker staan maar wat moet ik terugtypen", "/help datumprikker stem"],
    ["how do I vote for the dates that suit me", "/help datumprikker stem"],
    ["hoe kies ik de definitieve datum uit de prikker", "/help datumprikker kies"],
    // Handing over, leaving.
    ["hoe geef ik al mijn lopende acties in een keer door aan Lisa", "/help overdracht"],
    ["how do I hand over my actions to a colleague", "/help overdracht"],
    ["hoe meld ik af dat Ahmed uit dienst gaat", "/help vertrek"],
    // The interim check: answering it, its stand.
    ["hoe vul ik die tussentijdse check in, met cijfers?", "/help check"],
    ["hoe zie ik wie de check-in nog niet heeft ingevuld", "/help checkin"],
    // Me: how I am shown, what is kept, being forgotten.
    ["hoe pas ik aan onder welke naam ik zichtbaar ben? ik word getoond zonder organisatie", "/help ik"],
    ["Op welke wijze kan ik inzien welke persoonsgegevens de bot bewaart?", "/help mijngegevens"],
    ["hoe laat ik mijn account helemaal verwijderen", "/help vergeetmij"],
    // The plan year, the status of the connections.
    ["hoe zet ik de openstaande acties door naar het volgende jaar", "/help jaarplan"],
    ["hoe kan ik nagaan of mijn berichten wel zijn aangekomen", "/help status"],
    // Actions: deleting one, seeing some of them, snoozing a reminder.
    ["hoe gooi ik een actie weg die er dubbel in staat", "/help actie verwijder"],
    ["hoe zie ik alleen de acties van Kansrijk", "/help acties"],
    ["hoe stel ik de deadline-herinnering van de moestuin een weekje uit", "/help snooze"],
    ["hoe rond ik een actie af", "/help actie klaar"],
    ["hoe voeg ik een actie toe voor Gezond", "/help actie nieuw"],
    ["hoe zet ik een actie tijdelijk in de wacht", "/help actie parkeer"],
    // Holidays, language, the monthly piece, decisions, linking a group.
    ["hoe zorg ik dat er in de herfstvakantie geen herinneringen komen", "/help vakantie"],
    ["can I switch the bot to English? how", "/help taal"],
    ["hoe maak ik een stukje voor de nieuwsbrief over vorige maand", "/help maandbericht"],
    ["hoe kan ik teruglezen wat er besloten is", "/help besluitenlijst"],
    ["hoe koppel ik onze whatsappgroep aan de wijk", "/help koppel"],
    // Agenda items and meetings.
    ["hoe keur ik een voorgesteld agendapunt goed", "/help agenda accepteer"],
    ["hoe zet ik een agendapunt op besproken", "/help agenda behandeld"],
    ["how do I close the meeting when we're done", "/help vergadering afsluiten"],
    ["hoe zet ik het overzicht vast in de groep", "/help overzicht vastzetten"],
    // Dictated, no punctuation, and with typos.
    ["uhm ik wou vragen hoe dat werkt met afwezig melden als ik op cursus ben", "/help afwezig"],
    ["hoe zet ik een dedline", "/help actie deadline"],
    ["hoe meld ik me afwezg", "/help afwezig"],
    // English, and a verb split around its object.
    ["how do I reply to the date poll with the dates that work for me", "/help datumprikker stem"],
    ["how do I see who hasn't filled in the check-in yet", "/help checkin"],
    ["hoe geef ik mijn acties over voordat ik vertrek", "/help overdracht"],
  ])("%j runs %j", async (text, command) => {
    expect(await read(text)).toEqual({ kind: "run", text: command });
  });

  it.each([
    "ik ben volgende week afwezig",
    "ik ben tot vrijdag niet beschikbaar",
    "maak Lisa aanjager van Gezond",
    "lisa is de nieuwe aanjager van kansrijk",
    "ik wil weten hoe het met de moestuin gaat",
  ])("the statement %j is no how-to question", async (text) => {
    expect(await read(text)).not.toMatchObject({ text: expect.stringMatching(/^\/help/) });
  });
});

describe("understand: said around the question, typed wrong, said in a sentence (eighteenth session)", () => {
  it.each([
    ["ik vraag me af wanneer de volgende stuurgroep is", "/vergaderingen"],
    ["ik weet niet wie Peter is", "/wie Peter"],
    ["Graag verneem ik wie er in de pijler Gezond actief zijn.", "/wie Gezond"],
    ["ik vraag me af of de moestuin al klaar is", "/actie info Buurtmoestuin"],
    ["ik neem aan dat de moestuin nog bezig is", "/actie info Buurtmoestuin"],
  ])("a question inside a sentence about wanting to know is asked, and changes nothing: %j → %s", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "run", text: command });
  });

  it("a keyword typed with one letter missing is read as the word: 'moestuin deadlin naar 1 april'", async () => {
    expect(await read("moestuin deadlin naar 1 april")).toMatchObject({ kind: "run", text: "/actie deadline Buurtmoestuin: 1 april" });
  });

  it.each([
    ["what did we decide about the wijkwebsite?", "/besluitenlijst"],
    ["ik mis het overzicht van de besluiten", "/besluitenlijst"],
    ["wie is er deze week afwezig?", "/afwezig"],
    ["Wat hebben we eigenlijk al afgerond?", "/acties klaar"],
  ])("%j → %s", async (text, command) => {
    expect(await read(text)).toEqual({ kind: "run", text: command });
  });

  it("two organisations that 'doen allebei mee' are two partners, shown first", async () => {
    const u = await read("moestuin: Jeugdfonds Sport & Cultuur en Scouting Lewenborg doen allebei mee");
    expect(u).toMatchObject({ kind: "confirm", text: "/actie partner Buurtmoestuin: Jeugdfonds Sport & Cultuur", then: [{ text: "/actie partner Buurtmoestuin: Scouting Lewenborg" }] });
  });

  it("an organisation that sends people for an action takes part in it, shown first", async () => {
    expect(await read("Noorderpoort levert twee stagiairs voor de moestuin")).toMatchObject({ kind: "confirm", text: "/actie partner Buurtmoestuin: Noorderpoort" });
  });

  it("a status and an organisation joining are both shown first, not the joining as a reason", async () => {
    const u = await read("watertappunt is gestart, Scouting Lewenborg doet mee");
    expect(u).toMatchObject({ kind: "confirm", text: "/actie bezig Watertappunt in de wijk", then: [{ text: "/actie partner Watertappunt in de wijk: Scouting Lewenborg" }] });
  });

  it("handing an action to someone ('geef … maar aan Lisa') is an owner change with the reason, not a request to show it", async () => {
    expect(await read("geef de moestuin maar aan Lisa, ik heb geen tijd meer")).toMatchObject({ kind: "confirm", text: "/actie eigenaar Buurtmoestuin: @Lisa", note: "ik heb geen tijd meer" });
  });

  it("'kun je bij de moestuin zetten dat …' notes what follows 'dat', not the verb", async () => {
    expect(await read("kun je bij de moestuin zetten dat de bieb ons de zaal gratis geeft")).toMatchObject({ kind: "run", text: "/actie update Buurtmoestuin: de bieb ons de zaal gratis geeft" });
  });

  it("'X moet voortaan Y heten' renames the action", async () => {
    expect(await read("de moestuin moet voortaan Moestuin Lewenborg heten")).toMatchObject({ kind: "run", text: "/actie hernoem Buurtmoestuin naar Moestuin Lewenborg" });
  });

  it("a reminder without the filler and emoji said before it", async () => {
    expect(await read("yo 📣 herinner me vrijdag aan de flyers")).toEqual({ kind: "run", text: "/herinner mij de flyers vrijdag" });
  });

  it("a reminder for someone and the sender both, shown first", async () => {
    expect(await read("wil je Lisa en mij donderdag herinneren aan het overleg")).toMatchObject({ kind: "confirm", text: "/herinner @Lisa @Fatima het overleg donderdag" });
  });

  it.each([
    ["nieuwe actie, deadline 10 april, kansrijk, trekker ben ik: leesclub voor groep 5 en 6", "/actie nieuw leesclub voor groep 5 en 6 deadline 10 april pijler Kansrijk"],
    ["Mag ik u vragen een actie toe te voegen? Titel: Hielprikvoorlichting in het buurthuis. Pijler: Gezond. Streefdatum: 16 februari.", "/actie nieuw Hielprikvoorlichting in het buurthuis pijler Gezond deadline 16 februari"],
    ["Graag een nieuwe actie binnen de pijler Gezond: 'Voorlichting over slapen voor ouders van baby's', doelgroep 0-4", "/actie nieuw Voorlichting over slapen voor ouders van baby's pijler Gezond doelgroep 0-4"],
  ])("a new action in the words people use: %j", async (text, command) => {
    expect(nameKept(await read(text))).toMatchObject({ kind: "confirm", text: command });
  });
});

describe("understand: round 25's tune part (eighteenth session)", () => {
  it("'… loopt nog gewoon hoor, niks klaar' keeps no note 'niks klaar'", async () => {
    expect(await read("ja het watertappunt loopt nog gewoon hoor, niks klaar")).toEqual({ kind: "run", text: "/actie bezig Watertappunt in de wijk", pickActionId: "water" });
  });

  it("laughter and 'pls' at the end are not what a reminder is about", async () => {
    expect(await read("herinner me morgen om 10 aan de sleutel ophalen pls haha")).toEqual({ kind: "run", text: "/herinner mij de sleutel ophalen morgen om 10" });
  });

  it("a part stopped while the rest goes on is shown first, never set at once", async () => {
    expect(await read("het watertappunt is gestopt met de vrijdagmiddag, de rest loopt gewoon door")).toMatchObject({ kind: "confirm" });
  });

  it.each([
    ["new one please: fruit op school, gezond, 4-12, deadline 1 april", "/actie nieuw fruit op school pijler Gezond doelgroep 4-12 deadline 1 april"],
    ["nieuwe actie: voetbaltoernooi voor de 12+, vreedzaam", "/actie nieuw voetbaltoernooi doelgroep 12+ pijler Vreedzaam"],
  ])("a new action: %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it("'Welke acties zijn er al klaar? Ik wil het in de nieuwsbrief zetten' lists the finished actions", async () => {
    expect(await read("Welke acties zijn er al klaar? Ik wil het in de nieuwsbrief zetten")).toEqual({ kind: "run", text: "/acties klaar" });
  });

  it("'moestuin ik geef aan Lisa want ik heb te veel werk' hands over that action, not all the sender's work", async () => {
    expect(await read("moestuin ik geef aan Lisa want ik heb te veel werk")).toMatchObject({ kind: "confirm", text: "/actie eigenaar Buurtmoestuin: @Lisa", note: "ik heb te veel werk" });
  });
});

describe("understand: partners, reminders and decisions typed the short way (nineteenth session)", () => {
  it.each([
    ["partner watertappunt: Waterbedrijf Groningen", "/actie partner Watertappunt in de wijk: Waterbedrijf Groningen"],
    ["speeltuin, zet Woningcorporatie Lefier er als partner bij", "/actie partner Speeltuin Kastanjelaan opknappen: Woningcorporatie Lefier"],
    ["voeg partner Humanitas toe bij de moestuin", "/actie partner Buurtmoestuin: Humanitas"],
    ["de moestuin doen we vanaf nu samen met Studenten voor Studenten", "/actie partner Buurtmoestuin: Studenten voor Studenten"],
  ])("the partner is the name, not the action's name or the verb around it: %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it("'om 4 uur' in a reminder about a 'voorleesochtend' is still the afternoon", async () => {
    expect(await read("herinner me vrijdag om 4 uur: bieb mailen over de voorleesochtend")).toMatchObject({ kind: "confirm", text: "/herinner mij bieb mailen over de voorleesochtend vrijdag om 16:00" });
  });

  it("thanks and emoji after a reminder's question mark are not what it is about; 'per' is part of the moment", async () => {
    expect(await read("Wil je mij woensdag om 9 uur herinneren aan de verteltassen ophalen bij de bieb?! 🙏📚 Dankjewel!!")).toMatchObject({ text: "/herinner mij de verteltassen ophalen bij de bieb woensdag om 9:00" });
    expect(await read("Herinner Peter per 1 februari aan de declaratie (t.l.v. budget Kansrijk).")).toMatchObject({ kind: "confirm", text: "/herinner @Peter de declaratie (t.l.v. budget Kansrijk) 1 februari" });
  });

  it("the dot of an abbreviation ('t.l.v.', 'excl.') does not split a decision in two", async () => {
    expect(await read("besluit: vignet-subsidie per 1 maart € 750 excl. btw t.l.v. post Gezond")).toMatchObject({ kind: "confirm", text: "/besluit vignet-subsidie per 1 maart € 750 excl. btw t.l.v. post Gezond" });
    expect((await read("afgesproken: de moestuin krijgt een hek. En we gaan voor de plek bij de school")) as { then?: unknown[] }).toMatchObject({ then: [{ text: "/besluit de plek bij de school" }] });
  });
});

describe("understand: checks said as statements, and someone else away (nineteenth session)", () => {
  it.each(["de speeltuin is toch al klaar", "speeltuin gaat toch niet door he", "het watertappunt staat toch al op bezig"])(
    "%j checks what is so: the action is shown, nothing changed",
    async (text) => {
      const u = await read(text);
      expect(u.kind === "run" ? u.text : u.kind).toMatch(/^\/actie info /);
    },
  );

  it("'… gaat toch niet door, te weinig aanmeldingen' is news, not a check", async () => {
    expect(await read("speeltuin gaat toch niet door, te weinig aanmeldingen")).not.toMatchObject({ text: expect.stringMatching(/^\/actie info/) });
  });

  it("'Ahmed is met vakantie t/m 1 februari, Youssef neemt waar' is his absence with a stand-in, shown first", async () => {
    expect(await read("Ahmed is met vakantie t/m 1 februari, Youssef neemt waar")).toEqual({ kind: "confirm", question: expect.anything(), text: "/afwezig @Ahmed t/m 1 februari vervanger @Youssef" });
    expect(await read("Lisa is ziek tot en met vrijdag")).toMatchObject({ kind: "confirm", text: "/afwezig @Lisa t/m vrijdag" });
  });
});

describe("understand: round 26b's tune part (nineteenth session)", () => {
  it("'moestuin is gestopt het tuinman, wij gaan wel door' is shown first, never stopped at once", async () => {
    expect(await read("moestuin is gestopt het tuinman, wij gaan wel door hoor")).toMatchObject({ kind: "confirm" });
  });

  it("what someone else said ('Peter zegt dat …', 'volgens Lisa …') is shown first, never done at once", async () => {
    expect(await read("Peter zegt dat de speeltuin klaar is")).toMatchObject({ kind: "confirm", text: "/actie klaar Speeltuin Kastanjelaan opknappen" });
    expect(await read("volgens Lisa is de moestuin af")).toMatchObject({ kind: "confirm" });
  });

  it.each([
    ["besluit. watertappunt 2000 euro.", "/besluit watertappunt 2000 euro"],
    ["ook besluit: speeltuin krijgt 500 euro", "/besluit speeltuin krijgt 500 euro"],
  ])("a decision marked with a full stop or after 'ook': %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it("an agenda item's kind typed last without a comma is its kind, not part of its title", async () => {
    expect(await read("agendapunt speeltuin weer opstarten? besluit")).toMatchObject({ kind: "confirm", text: "/agendapunt Speeltuin weer opstarten besluit actie Speeltuin Kastanjelaan opknappen" });
  });

  it("'weer 50 handtekeningen erbij' adds to the reach", async () => {
    const reached = { ...world(), details: async () => ({ ownerNames: ["Fatima"], reachReached: 120, spentCents: null, plannedCents: null }) };
    expect(await understand("watertappunt weer 50 handtekening erbij", reached)).toMatchObject({ text: "/actie bereik Watertappunt in de wijk: 170" });
  });

  it("'Peter neemt de speeltuin over van mij, ik ga met verlof' is a hand-over, not an absence", async () => {
    expect(await read("Peter neemt de moestuin over van mij, ik ga met verlof")).not.toMatchObject({ text: expect.stringMatching(/^\/afwezig/) });
  });

  it("'welke acties ik heb allemaal?' (second-language word order) lists the sender's own", async () => {
    expect(await read("welke acties ik heb allemaal?")).toEqual({ kind: "run", text: "/acties mijn" });
  });
});

describe("understand: new actions typed the short way (nineteenth session)", () => {
  it.each([
    ["maak aan: valpreventie peuters, gezond, 0-4, joke en ik eigenaar", "/actie nieuw valpreventie peuters pijler Gezond doelgroep 0-4 eigenaar @Joke @Fatima"],
    ["nieuwe actie vóór 1 maart: buurtpreventie app opzetten, vreedzaam", "/actie nieuw buurtpreventie app opzetten pijler Vreedzaam deadline 1 maart"],
    ["voor 1 april wil ik een actie: beweegmaatjes voor peuters, gezond, doelgroep 0-4", "/actie nieuw beweegmaatjes voor peuters pijler Gezond doelgroep 0-4 deadline 1 april"],
    ["nieuw: burendag in de flat, kansrijk, voor iedereen, deadline 26 september haha", "/actie nieuw burendag in de flat pijler Kansrijk doelgroep algemeen deadline 26 september"],
    ["kan er een actie bij voor taalles voor ouders? weet nog niet welke pijler", "/actie nieuw taalles voor ouders"],
    ["nieuwe actie: leesclub groep 5/6, kansrijk, begroot 300 euro", "/actie nieuw leesclub groep 5/6 pijler Kansrijk begroot 300"],
  ])("%j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });
});

describe("understand: owners asked for and handed over in one breath (nineteenth session)", () => {
  it("'kan Lisa ook eigenaar worden van de speeltuin? ze doet de helft' is shown first as adding her", async () => {
    expect(await read("kan Lisa ook eigenaar worden van de speeltuin? ze doet de helft")).toMatchObject({ kind: "confirm", text: "/actie eigenaar Speeltuin Kastanjelaan opknappen: @Peter @Lisa" });
  });

  it("'speeltuin: Peter stopt als eigenaar, Ahmed neemt het over' is the hand-over to Ahmed", async () => {
    expect(await read("speeltuin: Peter stopt als eigenaar, Ahmed neemt het over")).toMatchObject({ kind: "confirm", text: "/actie eigenaar Speeltuin Kastanjelaan opknappen: @Ahmed" });
  });

  it("'moestuin: Lisa erbij. nee wacht, Lisa vervangt Fatima' ends with Lisa alone", async () => {
    expect(await read("moestuin: Lisa erbij. nee wacht, Lisa vervangt Fatima")).toMatchObject({ kind: "confirm", text: "/actie eigenaar Buurtmoestuin: @Lisa" });
  });
});

describe("understand: reminders said without 'herinner me' in front (nineteenth session)", () => {
  it("'elke eerste maandag van de maand om 9 uur: maandbericht maken' is a repeating reminder, shown first", async () => {
    expect(await read("elke eerste maandag van de maand om 9 uur: maandbericht voor de wijkkrant maken")).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/herinner mij maandbericht voor de wijkkrant maken elke eerste maandag van de maand/) });
  });

  it("'morgen na schooltijd, kwart over 3, herinneren: lijm bestellen' is a reminder at that moment", async () => {
    expect(await read("morgen na schooltijd, kwart over 3, herinneren: lijm en accuboren bestellen")).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/herinner mij lijm en accuboren bestellen /) });
  });

  it("'de herinnering voor het watertappunt mag een weekje later' snoozes that action's reminders a week", async () => {
    expect(await read("de herinnering voor het watertappunt mag een weekje later")).toMatchObject({ kind: "confirm", text: "/snooze Watertappunt in de wijk over een week" });
  });
});

describe("understand: an occasion that took place on a day said (nineteenth session)", () => {
  it("'de barbecue is afgelopen vrijdag geweest, helemaal klaar' is shown first as done", async () => {
    const w = world();
    const index = new ActionNameIndex<IndexedAction>([...ACTIONS, { id: "bbq", title: "Buurtbarbecue", shortName: null, pillarName: "Vreedzaam" }].map(({ id, title, shortName, pillarName }) => ({ id, title, shortName, pillarName })));
    expect(await understand("@wijkbot buurtbarbecue is afgelopen vrijdag geweest, helemaal klaar", { ...w, index })).toMatchObject({ kind: "confirm", text: "/actie klaar Buurtbarbecue" });
  });

  it("an action that is no occasion is not done by having 'been' ('de moestuin is vorige week geweest')", async () => {
    expect(await read("de moestuin is vorige week geweest")).not.toMatchObject({ text: "/actie klaar Buurtmoestuin" });
  });
});

describe("understand: the value said, not the words around it (nineteenth session)", () => {
  it("'moestuin deadline naar 30 april, ouders willen eerst na de voorjaarsvakantie beginnen' takes the date said with the deadline", async () => {
    expect(await read("moestuin deadline naar 30 april, ouders willen eerst na de voorjaarsvakantie beginnen")).toMatchObject({ text: expect.stringMatching(/^\/actie deadline Buurtmoestuin: 30 april/) });
  });

  it("'moestuin partner: buurtvereniging de Boog haha die doen de koffie' keeps the name only", async () => {
    expect(await read("moestuin partner: buurtvereniging de Boog haha die doen de koffie")).toMatchObject({ kind: "confirm", text: "/actie partner Buurtmoestuin: buurtvereniging de Boog" });
  });
});

describe("understand: the whole wijk's reminders (nineteenth session)", () => {
  it("'welke herinneringen staan er allemaal voor de groep?' lists all of them", async () => {
    expect(await read("welke herinneringen staan er allemaal voor de groep?")).toEqual({ kind: "run", text: "/herinneringen alle" });
    expect(await read("welke herinneringen heb ik?")).toEqual({ kind: "run", text: "/herinneringen" });
  });
});

describe("understand: the agenda asked for, the bot's abilities, a dictated item (nineteenth session)", () => {
  it.each(["what's on the agenda for the next steering group meeting?", "wanneer is de volgende stuurgroep en wat staat erop"])("%j shows the agenda", async (text) => {
    expect(await read(text)).toEqual({ kind: "run", text: "/agenda" });
  });

  it("'wat kan die bot allemaal?' is the help", async () => {
    expect(await read("wat kan die bot allemaal?")).toEqual({ kind: "run", text: "/help" });
  });

  it.each([
    ["zet op de agenda het jaar plan twee duizend zes en twintig", "/agendapunt Jaarplan 2026"],
    ["agendapunt: overlast hangjongeren winkelcentrum. bespreking. nou.", "/agendapunt Overlast hangjongeren winkelcentrum bespreking"],
  ])("%j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });
});

describe("understand: a count of one day is news, not the reach (nineteenth session)", () => {
  // (Since the thirty-seventh session the reach is offered too, after the note: the note stays first.)
  it.each(["moestuin: 12 kids came on saturday to paint the bakken", "moestuin zaterdag waren er 14 kinderen"])("%j is a note, offered", async (text) => {
    const u = await read(text);
    const offered = u?.kind === "choose" ? u.options.map((o) => o.text) : [u?.kind === "confirm" || u?.kind === "run" ? u.text : ""];
    expect(offered.some((t) => /^\/actie update Buurtmoestuin: /.test(t))).toBe(true);
  });
});

describe("understand: a change is run at once only when every word is kept (twentieth session)", () => {
  it("'de moestuin is helemaal klaar de laatste bakken zijn vandaag gevuld' keeps what follows the status as its note", async () => {
    expect(await read("wijkbot de moestuin is helemaal klaar de laatste bakken zijn vandaag gevuld")).toEqual({
      kind: "run",
      text: "/actie klaar Buurtmoestuin: de laatste bakken zijn vandaag gevuld",
      pickActionId: "moestuin",
    });
  });

  it("a status said with words the change would not keep is shown first", async () => {
    expect(await read("moestuin - de school heeft 40 zakjes zaad klaar voor ons")).not.toMatchObject({ kind: "run" });
    expect(await read("moestuin is klaar hoor, dankjewel")).toMatchObject({ kind: "run", text: "/actie klaar Buurtmoestuin" });
  });

  it("'klaargezet' (set out ready) is no status: 'moestuin: de school heeft 40 zakjes zaad klaargezet' is a note", async () => {
    expect(await read("moestuin: de school heeft 40 zakjes zaad klaargezet")).toMatchObject({ text: "/actie update Buurtmoestuin: de school heeft 40 zakjes zaad klaargezet" });
  });

  it("a status the action already has, said with more, is shown first ('roken staat al op bezig, dat weet ik, …')", async () => {
    expect(await read("stoppen met roken is bezig, dat weet ik, ik wil alleen het bereik controleren")).toMatchObject({ kind: "confirm" });
    expect(await read("speeltuin kastanjelaan is bezig, de aannemer is begonnen")).toMatchObject({ kind: "run", text: "/actie bezig Speeltuin Kastanjelaan opknappen: de aannemer is begonnen" });
  });

  it("'… staat al op klaar, dat weet ik, …' says back what the overview shows: shown first, never set", async () => {
    expect(await read("de moestuin staat al op klaar, dat weet ik, ik wil alleen het bereik controleren")).not.toMatchObject({ kind: "run" });
  });

  it("under way or done on a day still to come is not the status now ('de speeltuin wordt opgepakt na de zomer')", async () => {
    expect(await read("de speeltuin kastanjelaan wordt weer opgepakt na de zomervakantie")).not.toMatchObject({ kind: "run" });
    expect(await read("speeltuin kastanjelaan is begonnen, elke dinsdag 9-11 zijn we er")).toMatchObject({ kind: "run" });
  });
});

describe("understand: alternatives asked, reasons and sign-offs kept apart (twentieth session)", () => {
  it.each(["speeltuin kastanjelaan al af of nog steeds bezig", "moestuin klaar of niet"])("%j asks which: the details, nothing changed", async (text) => {
    expect(await read(text)).toMatchObject({ kind: "run", text: expect.stringMatching(/^\/actie info /) });
  });

  it("'moestuin parkeren we tot de school weer open is' keeps the until-clause without the speaker", async () => {
    expect(await read("moestuin parkeren we tot de school weer open is")).toMatchObject({ text: "/actie parkeer Buurtmoestuin: tot de school weer open is" });
  });

  it("'… dient op geparkeerd te worden gezet in afwachting van …' keeps only why", async () => {
    expect(await read("de buurtmoestuin dient op geparkeerd te worden gezet in afwachting van de nieuwe tuinman")).toMatchObject({ text: "/actie parkeer Buurtmoestuin: in afwachting van de nieuwe tuinman" });
  });

  it("'Hartelijke groet, Fatima' under an e-mail is no part of the note", async () => {
    expect(await read("Goedemorgen,\n\nVoor de moestuin: de zaden zijn besteld en komen volgende week.\n\nHartelijke groet,\nFatima")).toMatchObject({ text: "/actie update Buurtmoestuin: de zaden zijn besteld en komen volgende week." });
  });

  it("a deadline said with words it would not keep is shown first", async () => {
    expect(await read("de deadline van de moestuin moet naar eind februari de gemeente heeft meer tijd nodig")).toMatchObject({ kind: "confirm" });
  });
});

describe("understand: a note that says something else (twentieth session)", () => {
  it("'watertappunt: … . moestuin: …' is two notes, both shown first", async () => {
    expect(await read("watertappunt: kinderraad heeft gestemd voor het plein. moestuin: pompoenen geoogst")).toMatchObject({
      kind: "confirm",
      text: "/actie update Watertappunt in de wijk: kinderraad heeft gestemd voor het plein",
      then: [{ text: "/actie update Buurtmoestuin: pompoenen geoogst" }],
    });
  });

  it("'datum moestuin staat: donderdag 16 april' is the date, shown first", async () => {
    expect(await read("datum moestuin staat: donderdag 16 april")).toMatchObject({ kind: "confirm", text: "/actie deadline Buurtmoestuin: donderdag 16 april" });
  });

  it("'watertappunt herinneringen even uitstellen tot 12 januari' snoozes them", async () => {
    expect(await read("watertappunt herinneringen even uitstellen tot 12 januari")).toMatchObject({ kind: "confirm", text: "/snooze Watertappunt in de wijk 12 januari" });
  });

  it("'update: locatie vastgelegd' without a name asks which action and keeps the note for the answer", async () => {
    expect(await read("update: locatie in Drenthe vastgelegd")).toMatchObject({ kind: "need-action", command: "actie update", then: ": locatie in Drenthe vastgelegd" });
  });

  it.each([
    ["agendapunt 3 akkoord: het watertappunt komt bij het MFC", "/besluit het watertappunt komt bij het MFC agendapunt 3"],
    ["ok bij punt 3 graag: besluit uitgesteld, eerst advies kinderraad", "/besluit uitgesteld, eerst advies kinderraad agendapunt 3"],
  ])("%j is the decision on that item", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });
});

describe("understand: the name that announces, the owner swapped, the alternative after a tag (twentieth session)", () => {
  it("'moestuin is al klaar toch, of moet er nog iets gebeuren' asks: the details, nothing changed", async () => {
    expect(await read("moestuin is al klaar toch, of moet er nog iets gebeuren")).toMatchObject({ kind: "run", text: "/actie info Buurtmoestuin" });
  });

  it("'Speeltuin Kastanjelaan: Peter eruit, Lisa erin.' is the new owner, shown first", async () => {
    expect(await read("Speeltuin Kastanjelaan: Peter eruit, Lisa erin.")).toMatchObject({ kind: "confirm", text: "/actie eigenaar Speeltuin Kastanjelaan opknappen: @Lisa" });
  });

  it("'even een update over de moestuin bij de school: …' keeps only what follows the colon", async () => {
    expect(await read("even een update over de moestuin bij de school: de pompoenen zijn geoogst")).toMatchObject({ text: "/actie update Buurtmoestuin: de pompoenen zijn geoogst" });
  });

  it("'huiswerkklas noord update: …' takes the name before 'update:', not one the note's words also fit", async () => {
    expect(await read("huiswerkklas noord update: de kinderen van zuid kwamen ook")).toMatchObject({ text: "/actie update Huiswerkklas Noord: de kinderen van zuid kwamen ook" });
  });
});

describe("understand: notes that are not quite notes (twentieth session)", () => {
  it("'moestuin: ik wil graag een update geven maar weet niet wat ik moet schrijven' asks what to note", async () => {
    expect(await read("moestuin: ik wil graag een update geven maar weet niet wat ik moet schrijven")).toMatchObject({ kind: "need-action", command: "actie update Buurtmoestuin:" });
  });

  it("a link alone as a note is shown first", async () => {
    expect(await read("zet deze bij de moestuin: https://www.example.nl/zaaikalender")).toMatchObject({ kind: "confirm" });
  });

  it("'de moestuin is overgenomen door Lisa' is the new owner, shown first", async () => {
    expect(await read("de moestuin is overgenomen door Lisa")).toMatchObject({ kind: "confirm", text: "/actie eigenaar Buurtmoestuin: @Lisa" });
  });

  it("'moestuin verslag: …' keeps 'verslag' in the note", async () => {
    expect(await read("moestuin verslag: ouders waren positief over de oogst")).toMatchObject({ text: expect.stringMatching(/^\/actie update Buurtmoestuin: verslag/) });
  });
});

describe("understand: words of the wijk that dictation split (twenty-first session)", () => {
  it("'moes tuin is klaar' is the Buurtmoestuin", async () => {
    expect(await read("moes tuin is klaar")).toMatchObject({ kind: "run", text: "/actie klaar Buurtmoestuin" });
  });

  it("'herinner mij donder dag aan de stuur groep stukken' keeps the joined word in the reminder", async () => {
    expect(await read("herinner mij donder dag aan de stuur groep stukken")).toMatchObject({ text: expect.stringMatching(/^\/herinner mij (de )?stuurgroep stukken donderdag/) });
  });

  it("two words that are each a word of the wijk stay apart", async () => {
    expect(await read("watertappunt wijkwebsite")).not.toMatchObject({ text: expect.stringContaining("watertappuntwijkwebsite") });
  });
});

describe("understand: a note that may be more is offered with its other readings, numbered (twenty-first session)", () => {
  it("an organisation that pays for part of it: partner, or the note", async () => {
    const r = await read("bij de moestuin heeft de Rabobank de zaden betaald, heel fijn");
    // (Thirty-sixth session: with the partner and the note together as a third option between them.)
    expect(r).toMatchObject({ kind: "choose", options: [{ text: "/actie partner Buurtmoestuin: Rabobank" }, { text: "/actie partner Buurtmoestuin: Rabobank", then: [{ text: expect.stringMatching(/^\/actie update Buurtmoestuin: /) }] }, { text: expect.stringMatching(/^\/actie update Buurtmoestuin: /) }] });
  });

  it("someone who helps from now on: an extra owner, or the note", async () => {
    const r = await read("bij de moestuin helpt Lisa voortaan met de kinderen");
    expect(r).toMatchObject({ kind: "choose", options: [{ text: "/actie eigenaar Buurtmoestuin: @Fatima @Lisa" }, { text: expect.stringMatching(/^\/actie update Buurtmoestuin: /) }] });
  });

  it("a plain note with nothing else in it stays one ja/nee question", async () => {
    expect(await read("bij de moestuin kwamen vanochtend twee buren kijken naar de bakken")).toMatchObject({ kind: "confirm" });
  });
});

describe("understand: the stuurgroep in short words (twenty-first session)", () => {
  const inStuurgroep = (text: string, items = [{ number: 1, text: "Voortgang per pijler", status: "geaccepteerd" }, { number: 2, text: "Begroting 2026 vaststellen", status: "geaccepteerd" }]) =>
    understand(text, { ...world(), chatKind: "stuurgroep", agendaItems: async () => items });

  it.each(["dank allen, we sluiten af", "dat was het voor vanavond, stuur de besluiten maar rond"])("%j offers to close the meeting", async (text) => {
    expect(await inStuurgroep(text)).toMatchObject({ kind: "confirm", text: "/vergadering afsluiten" });
  });

  it("'akkoord met de begroting' when the begroting is on the agenda already is a decision, not accepting it again", async () => {
    expect(await inStuurgroep("akkoord met de begroting")).toMatchObject({ kind: "confirm", text: "/besluit akkoord met de begroting" });
  });

  it("'akkoord met de begroting' when it is only proposed accepts it on the agenda", async () => {
    expect(await inStuurgroep("akkoord met de begroting", [{ number: 2, text: "Begroting 2026 vaststellen", status: "voorgesteld" }])).toMatchObject({ kind: "confirm", text: "/agenda accepteer 2" });
  });
});

describe("understand: reminders and plans in more words (twenty-first session)", () => {
  it("'stuur me morgen om 8 uur een berichtje dat ik de sleutel moet halen' is a reminder", async () => {
    expect(await read("stuur me morgen om 8 uur een berichtje dat ik de sleutel moet halen")).toMatchObject({ text: expect.stringMatching(/^\/herinner mij .*sleutel.* morgen om 8:00$/) });
  });

  it("'stuur de groep woensdag een herinnering om de check-in in te vullen' is a reminder, not the check-in itself", async () => {
    expect(await read("stuur de groep woensdag een herinnering om de check-in in te vullen")).toMatchObject({ text: expect.stringMatching(/^\/herinner groep /) });
  });

  it("'we starten in maart met een babymassage cursus, kun je die toevoegen? pijler gezond' is a new action, shown first", async () => {
    expect(await read("we starten in maart met een babymassage cursus, kun je die toevoegen? pijler gezond")).toMatchObject({ kind: "confirm", text: "/actie nieuw babymassage cursus pijler Gezond" });
  });
});

describe("understand: a school holiday as the moment an action moves to (twenty-first session)", () => {
  it("'kunnen we de moestuin naar na de voorjaarsvakantie zetten' moves the deadline; it sets no wijk holiday", async () => {
    expect(await read("kunnen we de moestuin naar na de voorjaarsvakantie zetten")).toMatchObject({ text: expect.stringMatching(/^\/actie deadline Buurtmoestuin/) });
  });
});

describe("understand: a spoken filler before a note (twenty-first session)", () => {
  it("'moestuin eh de bakken zijn gevuld' does not keep 'eh' in the note", async () => {
    expect(await read("moestuin eh de bakken zijn gevuld")).toMatchObject({ text: "/actie update Buurtmoestuin: de bakken zijn gevuld" });
  });
});

describe("understand: owners, budgets and partners in everyday words (twenty-first session)", () => {
  it("'Peter geeft de speeltuin over aan Esther' makes Esther the owner (shown first)", async () => {
    const w = { ...world(), people: [...world().people, { displayName: "Esther" }] };
    expect(await understand("Peter geeft de speeltuin over aan Esther", w)).toMatchObject({ kind: "confirm", text: "/actie eigenaar Speeltuin Kastanjelaan opknappen: @Esther" });
  });

  it("'de speeltuin mag 3000 kosten' is its budget", async () => {
    expect(await read("de speeltuin mag 3000 kosten")).toMatchObject({ text: "/actie budget Speeltuin Kastanjelaan opknappen: begroot 3000" });
  });

  it("'zet stichting present als partner bij de moestuin' adds it, typed without capitals; 'zet ze er maar bij als partner' names nobody", async () => {
    expect(await read("zet stichting present als partner bij de moestuin")).toMatchObject({ kind: "confirm", text: "/actie partner Buurtmoestuin: stichting present" });
    expect(JSON.stringify(await read("de buurtvaders doen mee met de moestuin, zet ze er maar bij als partner"))).not.toContain(": ze");
  });
});

describe("understand: what round 29's tuning part taught (twenty-second session)", () => {
  it("a clause that only asks for the status again is not kept in the note", async () => {
    const u = await read("het watertappunt staat!! kraan is vanmiddag aangesloten door het waterbedrijf, zet m maar op klaar 💧");
    expect(u).toMatchObject({ text: "/actie klaar Watertappunt in de wijk: kraan is vanmiddag aangesloten door het waterbedrijf" });
  });

  it("'kan wat mij betreft op klaar': the speaker's aside does not hide the status", async () => {
    expect(await read("de moestuin kan wat mij betreft op klaar, de laatste bakken zijn gevuld")).toMatchObject({ text: "/actie klaar Buurtmoestuin: de laatste bakken zijn gevuld" });
  });

  it("'moet tijdelijk dicht' parks the action", async () => {
    expect(await read("speeltuin moet tijdelijk dicht, er is asbest gevonden")).toMatchObject({ text: "/actie parkeer Speeltuin Kastanjelaan opknappen: er is asbest gevonden" });
  });

  it("announcing words before the name ('voor de volledigheid:', 'even kort:') are not part of the note", async () => {
    expect(await read("voor de volledigheid: moestuin, we hebben drie nieuwe bakken gebouwd")).toMatchObject({ text: "/actie update Buurtmoestuin: we hebben drie nieuwe bakken gebouwd" });
    expect(JSON.stringify(await read("goedemorgen! even kort: de kinderraad heeft de plek voor het watertappunt gekozen"))).not.toContain("even kort");
  });

  it("'…, dat hoort bij de moestuin' names the action said at the end, whatever other words the news holds", async () => {
    const u = await read("samen met de buurtvaders staan er nu hekken rond de speelplek in de ochtend, dat hoort bij de moestuin");
    expect(JSON.stringify(u)).toContain("Buurtmoestuin");
    expect(JSON.stringify(u)).not.toContain("Speeltuin");
  });

  it("discussing something else is news, not the meeting's order", async () => {
    const u = await read("afspraak gemaakt met de wijkverpleging om elke maand casussen te bespreken, dat valt onder betrokkenheid cb");
    expect(JSON.stringify(u)).toContain("/actie update Verhoogde betrokkenheid CB en GGD");
  });

  it("a rate ('gemiddeld 15 bewoners per week') is news, not the reach", async () => {
    expect(await read("moestuin: er komen nu gemiddeld 15 bewoners per week")).toMatchObject({ text: "/actie update Buurtmoestuin: er komen nu gemiddeld 15 bewoners per week" });
  });

  it("'we zitten op 55' is where the count stands: the reach", async () => {
    expect(JSON.stringify(await read("moestuin: in december nog 15 gezinnen gesproken, dus we zitten op 55"))).toContain("/actie bereik Buurtmoestuin: 55");
  });

  it("'we verwachten zo'n 110 kinderen' is offered as the intended reach or as a note", async () => {
    const u = await read("moestuin: we verwachten zo'n 110 kinderen van drie scholen");
    expect(u).toMatchObject({ kind: "choose", options: [{ text: "/actie bereik Buurtmoestuin: beoogd 110" }, { text: expect.stringMatching(/^\/actie update Buurtmoestuin: /) }] });
  });

  it("what the money went to is part of the amount, not a note", async () => {
    expect(JSON.stringify(await read("voor de moestuin 1.340 euro uitgegeven aan zaden, aarde en gereedschap"))).not.toContain("noteren");
    expect(JSON.stringify(await read("nog eens 260 euro uitgegeven voor het watertappunt, voor de tegels eromheen"))).not.toContain("tegels");
  });

  it("whose action it is ('de speeltuin van Peter') is no new owner", async () => {
    expect(JSON.stringify(await read("de speeltuin van Peter gaat naar 3 april, de levering is vertraagd"))).toContain("/actie deadline Speeltuin Kastanjelaan opknappen");
  });

  it("a day of the action moved ('zaaidag verschoven naar 14 maart') is a note, with the deadline as its other reading", async () => {
    const u = await read("moestuin: zaaidag verschoven naar 14 maart ivm nachtvorst");
    expect(u).toMatchObject({ kind: "choose", options: [{ text: "/actie deadline Buurtmoestuin: 14 maart" }, { text: "/actie update Buurtmoestuin: zaaidag verschoven naar 14 maart ivm nachtvorst" }] });
  });

  it("two organisations that both take part are offered as two partners in one answer", async () => {
    const u = await read("voor de moestuin hebben Hanzehogeschool en Science LinX toegezegd, ze doen allebei mee als partner");
    expect(u).toMatchObject({ kind: "choose", options: [{ text: "/actie partner Buurtmoestuin: Hanzehogeschool", then: [{ text: "/actie partner Buurtmoestuin: Science LinX" }] }, {}] });
  });

  it("a name at the end of a sentence of its own, before a colon, keeps the whole sentence as the note", async () => {
    expect(JSON.stringify(await read("de bewoners hebben zelf een naam bedacht voor de moestuin: De Groene Hoek"))).toContain("de bewoners hebben zelf een naam bedacht voor de moestuin: De Groene Hoek");
  });

  it("a change to something not named ('kan je dat van gisteren even aanpassen') asks which and what", async () => {
    expect(await read("kan je dat van gisteren even aanpassen")).toMatchObject({ kind: "say", text: { key: "understand.changeWhat" } });
    expect(await read("kun je dat punt van vorige keer weer terugzetten")).toMatchObject({ kind: "say", text: { key: "understand.whichItem" } });
  });

  it("reminders asked in other words: 'wil ik herinnerd worden aan', 'wil ik een seintje over', '…, herinner je me?'", async () => {
    expect(await read("eind volgende maand wil ik herinnerd worden aan de tussenrapportage")).toMatchObject({ text: expect.stringMatching(/^\/herinner mij (?:de )?tussenrapportage .*volgende maand$/) });
    expect(await read("vrijdag om 3 uur wil ik een seintje over de zaadjes")).toMatchObject({ text: expect.stringMatching(/^\/herinner mij (?:de )?zaadjes .*15:00$/) });
    expect(await read("maandag de 19e flyers ophalen bij de drukker, herinner je me?")).toMatchObject({ text: expect.stringMatching(/^\/herinner mij flyers ophalen bij de drukker/) });
  });

  it("'we hebben het vignet binnen!' before the name: the thing to obtain came in — done, with the rest as its note", async () => {
    expect(await read("🎉 we hebben het vignet binnen! de Zonnewijzer mag zich nu Gezonde School noemen")).toMatchObject({ kind: "confirm", text: "/actie klaar Gezonde School vignet: de Zonnewijzer mag zich nu Gezonde School noemen" });
  });

  it("a spoken opener ('ja nou.') does not stay in the note", async () => {
    expect(await read("ja nou. de agent van de speeltuin is gestopt, ben nu alleen")).toMatchObject({ kind: "confirm", text: "/actie update Speeltuin Kastanjelaan opknappen: de agent van de speeltuin is gestopt, ben nu alleen" });
  });

  it("a reason said between the name and the new deadline is kept as its note", async () => {
    const u = await read("wijkwebsite duurt langer, de teksten van de organisaties zijn nog niet binnen. zet de deadline 3 weken later");
    expect(u).toMatchObject({ kind: "confirm", text: "/actie deadline Eén wijkwebsite: 3 weken later", note: "de teksten van de organisaties zijn nog niet binnen" });
  });

  it("a new action with its pillar said inside the request", async () => {
    const u = await read("we willen een beweegweek op de scholen organiseren, kun je dat als actie voor gezond zetten met Peter als eigenaar? deadline eind maart");
    expect(u).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/actie nieuw beweegweek op de scholen .*pijler Gezond/) });
  });
});

describe("understand: the stuurgroep in more words (twenty-second session)", () => {
  const inStuurgroep = (text: string, items = [{ number: 1, text: "Voortgang per pijler", status: "geaccepteerd" }, { number: 2, text: "Begroting 2026 vaststellen", status: "geaccepteerd" }, { number: 3, text: "Plek watertappunt", status: "voorgesteld" }]) =>
    understand(text, { ...world(), chatKind: "stuurgroep", agendaItems: async () => items });

  it("'kun je punt 3 accepteren?' is a request: shown first, not answered with the agenda", async () => {
    expect(await inStuurgroep("kun je punt 3 accepteren?")).toMatchObject({ kind: "confirm", text: "/agenda accepteer 3" });
  });

  it("'…, noteer dat maar als besluit bij punt 2' is a decision at that item", async () => {
    expect(await inStuurgroep("begroting 2026 is vastgesteld, noteer dat maar als besluit bij punt 2")).toMatchObject({ kind: "confirm", text: "/besluit begroting 2026 is vastgesteld agendapunt 2" });
  });

  it("'kan er een punt bij: evaluatie zomerkamp, ter info' is a new agenda item", async () => {
    expect(await inStuurgroep("kan er een punt bij: evaluatie zomerkamp vorig jaar, ter info")).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/agendapunt Evaluatie zomerkamp vorig jaar informatie/) });
  });

  it("'wanneer zien we elkaar weer?' asks for the next meeting", async () => {
    expect(await inStuurgroep("wanneer zien we elkaar weer?")).toMatchObject({ kind: "run", text: "/vergaderingen" });
  });
});

describe("understand: agenda items and decisions in more words (twenty-second session, own probes)", () => {
  const items = [{ number: 1, text: "Voortgang per pijler", status: "geaccepteerd" }, { number: 2, text: "Begroting 2026 vaststellen", status: "geaccepteerd" }, { number: 3, text: "Plek watertappunt kiezen", status: "voorgesteld" }];
  const inStuurgroep = (text: string) => understand(text, { ...world(), chatKind: "stuurgroep", agendaItems: async () => items });

  it.each([
    ["nieuw punt voor de 22e: jaarverslag 2025, ter informatie", /^\/agendapunt Jaarverslag 2025 informatie/],
    ["voeg een punt toe: samenwerking met de sportclubs, bespreking", /^\/agendapunt Samenwerking met de sportclubs bespreking/],
    ["agenda aanvullen met: evaluatie van het roken", /^\/agendapunt Evaluatie van het roken/],
  ])("%j adds the item named after the colon", async (text, command) => {
    expect(await inStuurgroep(text)).toMatchObject({ kind: "confirm", text: expect.stringMatching(command) });
  });

  it("'wil de speeltuin graag als besluitpunt op de volgende vergadering' is a decision item", async () => {
    expect(await read("wil de speeltuin graag als besluitpunt op de volgende vergadering")).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/agendapunt Speeltuin besluit/) });
  });

  it("'graag een informatiepunt in de stuurgroep over de moestuin' is an information item", async () => {
    expect(await read("graag een informatiepunt in de stuurgroep over de moestuin")).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/agendapunt Moestuin informatie/) });
  });

  it("'kunnen we het watertappunt volgende keer in de stuurgroep bespreken? …' names only the thing to discuss", async () => {
    expect(await read("kunnen we het watertappunt volgende keer in de stuurgroep bespreken? er is te weinig geld")).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/agendapunt Watertappunt bespreking/) });
  });

  it("a choice to make is a decision item", async () => {
    expect(await read("zet de wijkwebsite op de agenda, we moeten kiezen tussen twee bouwers")).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/agendapunt Wijkwebsite besluit/) });
  });

  it("'punt 3 mag op de agenda' accepts it; 'begroting kunnen we afvinken' marks it handled", async () => {
    expect(await inStuurgroep("punt 3 mag op de agenda")).toMatchObject({ text: "/agenda accepteer 3" });
    expect(await inStuurgroep("begroting kunnen we afvinken")).toMatchObject({ kind: "confirm", text: "/agenda behandeld 2" });
  });

  it("'…, dat bij punt 2 graag' records the decision at that item", async () => {
    expect(await inStuurgroep("de stuurgroep gaat akkoord met 3000 euro voor het zomerkamp, dat bij punt 2 graag")).toMatchObject({ kind: "confirm", text: "/besluit de stuurgroep gaat akkoord met 3000 euro voor het zomerkamp agendapunt 2" });
  });
});

describe("understand: counts said roughly, and short reasons (twenty-second session, own probes)", () => {
  it("'rond de 45' is about 45, not 'rond' (done); 'verwachten we' is the intended reach", async () => {
    const u = await read("voor de moestuin verwachten we rond de 45 kinderen");
    expect(JSON.stringify(u)).not.toContain("/actie klaar");
    expect(JSON.stringify(u)).toContain("/actie bereik Buurtmoestuin: beoogd 45");
  });

  it("a short reason between the name and the new deadline is kept too", async () => {
    expect(await read("wijkwebsite loopt vertraging op, de fotograaf is ziek. deadline 2 weken later graag")).toMatchObject({ kind: "confirm", note: "de fotograaf is ziek" });
  });
});

describe("understand: together with people is no partnership (twenty-second session, own probes)", () => {
  it("'samen met de verkeersouders …' does not make an organisation named elsewhere a partner", async () => {
    const u = await read("samen met de verkeersouders staan er nu hekken bij het GGD Groningen gebouw, dat hoort bij de moestuin");
    expect(JSON.stringify(u)).not.toContain("/actie partner");
  });

  it("'agendapunt 3 mag erop en zet hem meteen als eerste' is shown first, not done at once", async () => {
    const items = [{ number: 1, text: "Voortgang per pijler", status: "geaccepteerd" }, { number: 3, text: "Plek watertappunt kiezen", status: "voorgesteld" }];
    expect(await understand("agendapunt 3 mag erop en zet hem meteen als eerste", { ...world(), chatKind: "stuurgroep", agendaItems: async () => items })).toMatchObject({ kind: "confirm", text: "/agenda accepteer 3" });
  });
});

describe("understand: what round 30a's tuning part taught (twenty-second session)", () => {
  it("an organisation that confirms it will sponsor, said in English, is a partner (shown first)", async () => {
    expect(await read("moestuin: Stedin confirmed they'll sponsor the workshops")).toMatchObject({ kind: "confirm", text: "/actie partner Buurtmoestuin: Stedin" });
  });

  it("a payment of a part made ('aanbetaling … gedaan, 1500 overgemaakt') is money spent, not the action done", async () => {
    const u = await read("aanbetaling speeltuin gedaan, 1500 overgemaakt naar de aannemer");
    expect(JSON.stringify(u)).not.toContain("/actie klaar");
    expect(u).toMatchObject({ text: "/actie budget Speeltuin Kastanjelaan opknappen: besteed 1500" });
  });

  it("'uiteindelijk 7 scholen, niet 6' offers the reach 7", async () => {
    expect(JSON.stringify(await read("moestuin: uiteindelijk 7 scholen, niet 6"))).toContain("/actie bereik Buurtmoestuin: 7");
  });

  it("done with a count ('zit erop, 48 ouders binnen gehad') is offered as done with that reach, or done with a note", async () => {
    const u = await read("de moestuin zit erop, 48 ouders binnen gehad");
    expect(u).toMatchObject({ kind: "choose", options: [{ text: "/actie klaar Buurtmoestuin", then: [{ text: "/actie bereik Buurtmoestuin: 48" }] }, { text: "/actie klaar Buurtmoestuin", note: "48 ouders binnen gehad" }] });
  });

  it("money after a colon is never noted at once", async () => {
    expect(await read("moestuin: zaden en potgrond 64 euro en de gieters 38")).not.toMatchObject({ kind: "run" });
  });

  it("'gaat eindelijk lopen' sets it going", async () => {
    expect(await read("betrokkenheid cb gaat eindelijk lopen, eerste overleg was vanochtend")).toMatchObject({ text: expect.stringMatching(/^\/actie bezig Verhoogde betrokkenheid CB en GGD/) });
  });

  it("a new action's parts in other words: 'in de vreedzaam pijler', 'voor 12+', 'moet eind maart staan', 'zet m onder …', 'Peter en ik trekken m'", async () => {
    expect(await read("nieuwe actie gamen en praten voor 12+ in de vreedzaam pijler, moet eind maart staan")).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/actie nieuw gamen en praten (?=.*pijler Vreedzaam)(?=.*doelgroep 12\+)(?=.*deadline eind maart)/) });
    expect(await read("nieuwe actie straatvoetbaltoernooi, zet m onder vreedzaam, Peter en ik trekken m, 12+")).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/actie nieuw straatvoetbaltoernooi (?=.*pijler Vreedzaam)(?=.*eigenaar @Fatima @Peter)(?=.*doelgroep 12\+)/) });
    expect(await read("nieuwe actie schoolreis pijler kansrijk doelgroep 4 tot 12 deadline 12 juni")).toMatchObject({ kind: "confirm", text: expect.stringMatching(/doelgroep 4-12/) });
  });

  it("'de stuurgroep wil een actie Wijkfeest onder Vreedzaam, Marieke trekt die' is a new action", async () => {
    expect(await read("de stuurgroep wil een actie Wijkfeest onder Vreedzaam, Marieke trekt die, klaar voor de zomervakantie")).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/actie nieuw Wijkfeest (?=.*pijler Vreedzaam)(?=.*eigenaar @Marieke)(?=.*deadline)/) });
  });

  it("in the stuurgroep, 'De stuurgroep stemt in met …' and 'akkoord: …' are decisions", async () => {
    const inStuurgroep = (text: string) => understand(text, { ...world(), chatKind: "stuurgroep", agendaItems: async () => [] });
    expect(await inStuurgroep("De stuurgroep stemt in met de verlenging van het zomerkamp naar vijf dagen.")).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/besluit (?:De stuurgroep stemt )?in met de verlenging van het zomerkamp naar vijf dagen/) });
    expect(await inStuurgroep("akkoord: de wijkwebsite krijgt een knop per organisatie")).toMatchObject({ kind: "confirm", text: "/besluit de wijkwebsite krijgt een knop per organisatie" });
  });
});

describe("understand: what round 30b's tuning part taught (twenty-second session)", () => {
  it("'begroting … verhogen met 500' never sets the budget to 500", async () => {
    expect(JSON.stringify(await read("begroting speeltuin verhogen met 500"))).not.toContain("begroot 500");
  });

  it("'zet ik op de parkeerplaats' parks the action", async () => {
    expect(await read("betrokkenheid cb zet ik op de parkeerplaats ivm personeelstekort")).toMatchObject({ text: expect.stringMatching(/^\/actie parkeer Verhoogde betrokkenheid CB en GGD/) });
  });

  it("who writes, said first ('ik ben Esther, woonconsulent bij Lefier 👋'), is no part of the news", async () => {
    const u = await read("hoi! ik ben Fatima, verpleegkundige bij de GGD 👋 de moestuin is deze week echt van start gegaan");
    expect(u).toMatchObject({ text: "/actie bezig Buurtmoestuin" });
  });

  it("'heeft Gasunie al toegezegd als partner' names Gasunie, not an organisation said elsewhere", async () => {
    expect(await read("hoi, ik werk bij GGD Groningen. voor de moestuin heeft Gasunie al toegezegd als partner")).toMatchObject({ kind: "confirm", text: "/actie partner Buurtmoestuin: Gasunie" });
  });

  it("reminders asked as 'jij moet mij zeggen op … dat ik …' and '… wil jij mij dat zeggen?'", async () => {
    expect(await read("Wijkbot jij moet mij zeggen op vrijdag 16 januari dat ik zaad kopen")).toMatchObject({ text: expect.stringMatching(/^\/herinner mij zaad kopen .*16 januari/) });
    expect(await read("morgen 7 uur s avonds moet ik de sleutel terug brengen. wil jij mij dat zeggen?")).toMatchObject({ text: expect.stringMatching(/^\/herinner mij (?:de )?sleutel terug brengen morgen 19:00$/) });
  });

  it("'Dag voor vergadering. Herinneren. Stukken printen.': the day before the meeting, without articles", async () => {
    const w = { ...world(), nextMeeting: async () => new Date("2026-01-22T18:30:00Z") };
    expect(await understand("Dag voor vergadering. Herinneren. Stukken printen.", w)).toMatchObject({ text: expect.stringMatching(/^\/herinner mij .*stukken printen.*21 januari 2026/i) });
  });

  it("privacy asked formally, the whole picture per pillar, another platform, data removed", async () => {
    expect(await read("Privacy. Wat slaat u op over mij?")).toMatchObject({ text: "/mijngegevens" });
    expect(await read("geef me even het totaalplaatje per pijler")).toMatchObject({ text: "/overzicht" });
    expect(await read("ik heb ook telegram, kan ik daar dezelfde acties zien als hier?")).toMatchObject({ text: "/help ik koppel" });
    expect(await read("I want all my data removed when I leave in March, how does that work")).toMatchObject({ text: "/help vergeetmij" });
  });
});

describe("understand: a reminder not wanted any more, and someone standing in (twenty-second session)", () => {
  it("'die maandagse herinnering over het weekoverzicht wil ik niet meer krijgen' stops it (asked first)", async () => {
    const w = { ...world(), reminders: async () => [{ number: 1, text: "weekoverzicht doorlezen" }, { number: 2, text: "oversteek checken" }] };
    expect(await understand("die maandagse herinnering over het weekoverzicht wil ik niet meer krijgen", w)).toMatchObject({ kind: "confirm", text: "/herinner stop 1" });
  });

  it("'Lisa is t/m 23 januari op vakantie, Peter neemt haar acties waar' names the stand-in", async () => {
    expect(await read("Lisa is t/m 23 januari op vakantie, Peter neemt haar acties waar")).toMatchObject({ kind: "confirm", text: "/afwezig @Lisa t/m 23 januari vervanger @Peter" });
  });
});

describe("understand: partners in more words (twenty-third session, own probes)", () => {
  it("an organisation that is going to pay along, work together or take part is a partner, shown first", async () => {
    expect(await read("Jeugdfonds Groningen gaat de moestuin meefinancieren")).toMatchObject({ kind: "confirm", text: "/actie partner Buurtmoestuin: Jeugdfonds Groningen" });
    expect(await read("Leger des Heils wil meedoen met de speeltuin kastanjelaan")).toMatchObject({ kind: "confirm", text: "/actie partner Speeltuin Kastanjelaan opknappen: Leger des Heils" });
    expect(await read("de moestuin krijgt hulp van IVN Groningen")).toMatchObject({ kind: "confirm", text: "/actie partner Buurtmoestuin: IVN Groningen" });
  });

  it("two organisations between 'doen' and 'mee', or 'als partner binnen', are two partners", async () => {
    expect(await read("voor de moestuin doen Gasterra en het Alfa-college mee")).toMatchObject({ text: "/actie partner Buurtmoestuin: Gasterra", then: [{ text: "/actie partner Buurtmoestuin: Alfa-college" }] });
    expect(await read("voor de moestuin hebben we de Gasunie én het Alfa-college als partner binnen 🎉")).toMatchObject({ text: "/actie partner Buurtmoestuin: Gasunie", then: [{ text: "/actie partner Buurtmoestuin: Alfa-college" }] });
  });

  it("'Jeugdfonds Sport en Cultuur' may be one name or two: both are offered", async () => {
    const u = await read("Jeugdfonds Sport en Cultuur doet mee met de moestuin");
    expect(u).toMatchObject({ kind: "choose", options: [{ text: "/actie partner Buurtmoestuin: Jeugdfonds Sport en Cultuur" }, { text: "/actie partner Buurtmoestuin: Jeugdfonds Sport", then: [{ text: "/actie partner Buurtmoestuin: Cultuur" }] }] });
  });

  it("an exclamation before the news ('Wat fijn!!! 🎉') is no question", async () => {
    expect(await read("Wat fijn!!! 🎉 De Bibliotheek Groningen doet mee met de moestuin")).toMatchObject({ kind: "confirm", text: "/actie partner Buurtmoestuin: Bibliotheek Groningen" });
  });

  it("news that a partner stopped is offered as a note; only taking one off gets the answer that no command does that", async () => {
    const left = await read("het watertappunt: Waterbedrijf Groningen wil niet meer partner zijn, ze hebben geen geld");
    expect(left).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/actie update Watertappunt in de wijk: /) });
    expect(await read("haal Waterbedrijf Groningen weg als partner bij het watertappunt")).toMatchObject({ kind: "say" });
  });
});

describe("understand: a new thing in a rambling sentence (twenty-third session)", () => {
  it("'ik wil iets nieuws opstarten want …, een X, valt onder vreedzaam, voor de 12+' is a new action with its parts, asked first", async () => {
    const u = await read("ik wil iets nieuws opstarten want de jongens hangen maar wat rond, een straatvoetbaltoernooi in de meivakantie, valt onder vreedzaam denk ik, voor de 12+");
    expect(u).toMatchObject({ kind: "confirm" });
    expect(JSON.stringify(u)).toMatch(/\/actie nieuw Straatvoetbaltoernooi in de meivakantie/);
    expect(JSON.stringify(u)).not.toContain("/actie doelgroep");
  });

  it("a pillar's name alone never names the action whose title starts with it for an age group", async () => {
    expect(JSON.stringify(await read("dat valt onder vreedzaam, is voor 12+"))).not.toContain("/actie doelgroep");
  });
});

describe("understand: what round 32b's tuning part taught (twenty-third session)", () => {
  it("a count said to be the reach is the reach, shown first, without the words that say so as a note", async () => {
    expect(await read("moestuin: 31 parents showed up, that's our reach")).toMatchObject({ kind: "confirm", text: "/actie bereik Buurtmoestuin: 31" });
    expect(await read("bij de moestuin waren in totaal 23 kindjes, die mag je als bereik noteren")).toMatchObject({ kind: "confirm", text: "/actie bereik Buurtmoestuin: 23" });
  });

  it("when a stop holds ('dit jaar', 'per direct') belongs to the status; the clause after it is the reason", async () => {
    expect(await read("de moestuin gaat niet door dit jaar de gemeente heeft de subsidie ingetrokken")).toMatchObject({ text: "/actie stop Buurtmoestuin: de gemeente heeft de subsidie ingetrokken" });
    expect(await read("speeltuin kastanjelaan stopt per direct de bewoners willen de ruimte terug")).toMatchObject({ text: "/actie stop Speeltuin Kastanjelaan opknappen: de bewoners willen de ruimte terug" });
  });
});

describe("understand: what round 31's tuning part taught (twenty-third session)", () => {
  it("a reminder for the whole group in other words ('voor de hele groep:', 'zet even een herinnering voor iedereen hier:')", async () => {
    expect(JSON.stringify(await read("zet een herinnering voor de hele groep: elke eerste maandag van de maand om 9u acties bijwerken"))).toContain("/herinner groep");
    expect(JSON.stringify(await read("zet even een herinnering voor iedereen hier: woensdag 14 januari flyers uitdelen"))).toContain("/herinner groep");
  });

  it("'nr' typed for 'naar' inside a name", async () => {
    expect(JSON.stringify(await read("stoppen nr roken: de cursus is vol"))).toContain("Stoppen met roken");
  });

  it("an arrow before a clause of its own is a colon; before a value it is 'naar'", async () => {
    expect(await read("moestuin → de bakken liggen bij de kinderopvang ter review")).toMatchObject({ text: "/actie update Buurtmoestuin: de bakken liggen bij de kinderopvang ter review" });
    expect(JSON.stringify(await read("wijkwebsite → eind april"))).toContain("/actie deadline");
  });

  it("a count and, in a sentence of its own, a status to set: both, shown first", async () => {
    expect(await read("moestuin was een succes, 23 kindjes bereikt. mag op klaar")).toMatchObject({ kind: "confirm", text: "/actie klaar Buurtmoestuin", then: [{ text: "/actie bereik Buurtmoestuin: 23" }] });
  });

  it("'zet de volgorde maar terug' and 'zo was het niet bedoeld' take back the last change", async () => {
    expect(await read("oeps, zet de volgorde maar terug")).toMatchObject({ kind: "run", text: "/ongedaan" });
    expect(await read("zo was het niet bedoeld")).toMatchObject({ text: "/ongedaan" });
  });
});

describe("understand: decisions and absences in more words (twenty-third session)", () => {
  it("'voor de notulen, besluit: …' and 'conclusie van vanavond …' without a colon are decisions", async () => {
    expect(await read("voor de notulen, besluit: watertappunt komt bij het winkelcentrum")).toMatchObject({ text: "/besluit watertappunt komt bij het winkelcentrum" });
    expect(await read("conclusie van vanavond de huiskamer krijgt 1800 euro uit het wijkbudget")).toMatchObject({ text: "/besluit de huiskamer krijgt 1800 euro uit het wijkbudget" });
  });
});

describe("understand: what round 32a's tuning part taught (twenty-third session)", () => {
  it("a status asked for in so many words wins over a status word in the news after it (never 'klaar' from 'is geweest')", async () => {
    expect(JSON.stringify(await read("zet m maar op bezig, eerste overleg met de moestuinclub is geweest"))).not.toContain("/actie klaar");
  });

  it("an organisation that gives something away ('schenkt', 'doneert') is a partner, shown first", async () => {
    expect(await read("moestuin: Intratuin Groningen schenkt de beplanting")).toMatchObject({ kind: "confirm", text: "/actie partner Buurtmoestuin: Intratuin Groningen" });
  });
});

describe("understand: more of round 31's tuning part (twenty-third session)", () => {
  it("'… wil ik een seintje: …' and 'maandag eerste werk: …, herinner je me even' are reminders", async () => {
    expect(JSON.stringify(await read("donderdag om 14u wil ik een seintje: bewonersbrief nakijken"))).toMatch(/\/herinner mij bewonersbrief nakijken donderdag (om )?14/);
    expect(JSON.stringify(await read("maandag eerste werk: offerte doorsturen naar lefier. herinner je me even"))).toMatch(/\/herinner mij offerte doorsturen naar lefier maandag/);
  });

  it("'kan ik X hernoemen naar Y?' is the rename, shown first", async () => {
    expect(await read("kan ik de wijkwebsite hernoemen naar Wijkportaal?")).toMatchObject({ kind: "confirm", text: "/actie hernoem Eén wijkwebsite naar Wijkportaal" });
  });

  it("'I'd rather chat in English' sets the language", async () => {
    expect(JSON.stringify(await read("Hi! I'm Esther, I'd rather chat in English if that's ok"))).toContain("/taal en");
  });

  it("'waar zie ik wat de andere pijlers doen' is answered with the help for the overview", async () => {
    expect(await read("waar zie ik wat de andere pijlers allemaal doen")).toMatchObject({ kind: "run", text: "/help overzicht" });
  });

  it("'dit jaar' before a comma stays out of the reason too", async () => {
    expect(await read("de moestuin gaat niet door dit jaar, de grond is verkocht")).toMatchObject({ text: "/actie stop Buurtmoestuin: de grond is verkocht" });
  });
});

describe("understand: agenda items asked for in more words (twenty-third session, own probes)", () => {
  const item = async (text: string) => JSON.stringify(await read(text));

  it("the meeting said in many ways, then what the item is about", async () => {
    expect(await item("agendapuntje voor de 22e: terugblik op de moestuin, ter info")).toContain("/agendapunt Terugblik op de moestuin informatie");
    expect(await item("ik wil in de stuurgroep een besluit over de kosten van de speeltuin")).toMatch(/\/agendapunt Kosten van de speeltuin besluit/i);
    expect(await item("voor de stuurgroep graag bespreken: meer uren voor de peuterspeelzaal")).toMatch(/\/agendapunt Meer uren voor de peuterspeelzaal bespreking/i);
    expect(await item("stel voor om in de stuurgroep te beslissen over een rookvrij schoolplein")).toMatch(/\/agendapunt (Een )?rookvrij schoolplein besluit/i);
    expect(await item("mag ik een punt aandragen voor de stuurgroep: huiswerkklas ook op vrijdag")).toMatch(/\/agendapunt Huiswerkklas ook op vrijdag/i);
    expect(await item("kan er voor de volgende keer een punt bij over parkeren bij de scholen, ter bespreking")).toMatch(/\/agendapunt Parkeren bij de scholen bespreking/i);
  });

  it("why it is brought in, or a second sentence, is not part of the title", async () => {
    expect(await item("kan er iets op de agenda vd stuurgroep over vervoer naar de moestuin? groep 3 moet nu lopen. graag bespreken")).toMatch(/\/agendapunt Vervoer naar de moestuin bespreking/i);
    expect(await item("graag een agendapunt: de rol van WIJ bij de wijkwebsite, wil ik met jullie bespreken")).toMatch(/\/agendapunt (De )?rol van WIJ bij de wijkwebsite bespreking/i);
    expect(await item("mag ik een punt aandragen voor de stuurgroep: moestuin elke maand in plaats van per kwartaal. daar moeten zij over beslissen")).toMatch(/elke maand in plaats van per kwartaal besluit/i);
  });

  it("a new item asked for is never read as moving one of the agenda", async () => {
    expect(await item("kan er voor de volgende keer een punt bij over de samenwerking met de sportverenigingen")).not.toContain("/agenda uitstellen");
  });
});

describe("understand: round 33b's tuning part (twenty-third session)", () => {
  it("a clause after an emoji that only asks for the status again is not kept in the note", async () => {
    expect(await read("moestuin is klaar!!! de laatste bakken zijn gevuld 💧💧 zet maar op klaar")).toMatchObject({ text: "/actie klaar Buurtmoestuin: de laatste bakken zijn gevuld 💧💧" });
  });
});

describe("understand: round 33a's tuning part (twenty-third session)", () => {
  it("'sinds vanochtend' after the status belongs to it; the clause after it (or after an emoji) is the note", async () => {
    expect(await read("moestuin draait sinds vanochtend 🌱 eerste 4 kinderen geweest")).toMatchObject({ text: "/actie bezig Buurtmoestuin: eerste 4 kinderen geweest" });
    expect(await read("de moestuin gaat niet door dit jaar de grond is verkocht")).toMatchObject({ text: "/actie stop Buurtmoestuin: de grond is verkocht" });
  });
});

describe("understand: a first message that says who writes before what it is for (twenty-third session)", () => {
  it("the greeting and who writes, each a sentence of its own, are not part of the news or the question", async () => {
    expect(JSON.stringify(await read("hoi wijkbot! Marieke gaf me dit nummer. De bakken van de moestuin zijn gisteren gevuld 🌱"))).not.toContain("nummer");
    expect(await read("Hi, I just got this number from Marieke. What are my open actions?")).toMatchObject({ kind: "run", text: "/acties mijn" });
    expect(await read("hoi! eerste keer dat ik je hier app 🙂 wat staat er allemaal nog open bij mij?")).toMatchObject({ kind: "run", text: "/acties mijn" });
  });

  it("a reminder after who writes is about what follows, not about the introduction", async () => {
    const u = JSON.stringify(await read("Goedenavond. Ik ben Henk, voorzitter. Zet voor mij een herinnering maandag om de stukken door te lezen"));
    expect(u).toContain("/herinner mij");
    expect(u).not.toContain("Henk, voorzitter");
  });
});

describe("understand: absences, roles and the weekly digest in more words (twenty-third session)", () => {
  it("away until a day with a stand-in said in other words", async () => {
    expect(await read("ik ben er t/m vrijdag niet, Lisa neemt de huiswerkklas zuid waar")).toMatchObject({ kind: "confirm", text: "/afwezig t/m vrijdag vervanger @Lisa" });
    expect(JSON.stringify(await read("ben ziek thuis, waarschijnlijk t/m 19 januari. Lisa kan mijn dingen overnemen"))).toContain("/afwezig t/m 19 januari vervanger @Lisa");
    expect(JSON.stringify(await read("ik ben vanaf vandaag t/m vrijdag 16 jan ziek thuis, kan Peter mijn zaken waarnemen?"))).toContain("vervanger @Peter");
  });

  it("'maak mij aanjager van kansrijk' names the speaker", async () => {
    expect(JSON.stringify(await read("maak mij aanjager van kansrijk"))).toContain("/rol @Fatima aanjager Kansrijk");
  });

  it("the weekly digest asked for as a wish", async () => {
    expect(await read("ik wil ook elke week dat overzicht op maandag")).toMatchObject({ kind: "run", text: "/weekoverzicht aan" });
  });
});

describe("understand: the stuurgroep's meeting in more words (twenty-third session)", () => {
  it("'besluit 1) … 2) …' without a colon is a list of decisions; 'besluti:' is 'besluit:'", async () => {
    expect(await read("besluit 1) kindteams blijft geparkeerd 2) ouderbetrokkenheid krijgt 500 euro extra")).toMatchObject({ text: "/besluit kindteams blijft geparkeerd", then: [{ text: "/besluit ouderbetrokkenheid krijgt 500 euro extra" }] });
    expect(await read("besluti: huiswerkklas krijgt een extra vrijwilliger")).toMatchObject({ text: "/besluit huiswerkklas krijgt een extra vrijwilliger" });
  });
});

describe("understand: two agenda items change places (twenty-third session)", () => {
  it("'draai 2 en 3 om' in the stuurgroep swaps them, shown first", async () => {
    const u = await understand("@wijkbot draai 2 en 3 om", stuurgroep());
    expect(u).toMatchObject({ kind: "confirm", text: "/agenda volgorde 1 3 2" });
  });

  it("'noteer: X. agendapunt 3' in the stuurgroep is a decision at that item", async () => {
    expect(await understand("@wijkbot noteer: watertappunt komt bij het MFC. agendapunt 3", stuurgroep())).toMatchObject({ kind: "confirm", text: "/besluit watertappunt komt bij het MFC agendapunt 3" });
  });
});

describe("understand: round 34's tuning part (twenty-third session)", () => {
  it("'we ronden af, dank jullie wel' in the stuurgroep closes the meeting, shown first", async () => {
    expect(await understand("@wijkbot we ronden af, dank jullie wel allemaal", stuurgroep())).toMatchObject({ kind: "confirm", text: "/vergadering afsluiten" });
  });

  it("a decision asked to be recorded keeps only what was agreed", async () => {
    expect(await understand("@wijkbot we hebben afgesproken dat het zomerkamp maximaal 45 deelnemers krijgt, leg dat vast", stuurgroep())).toMatchObject({ text: "/besluit het zomerkamp maximaal 45 deelnemers krijgt" });
    expect(await understand("conclusie begroting 2026 akkoord met 2 onthoudingen, wijkbot", stuurgroep())).toMatchObject({ text: "/besluit begroting 2026 akkoord met 2 onthoudingen" });
  });

  it("'which actions am I on right now?' is the sender's own", async () => {
    expect(await read("which actions am I on right now?")).toMatchObject({ kind: "run", text: "/acties mijn" });
  });
});

describe("understand: notes to self and take-backs (twenty-third session)", () => {
  it("'niet vergeten maandagochtend …' is a reminder", async () => {
    expect(JSON.stringify(await read("niet vergeten maandagochtend de zaadjes ophalen bij de bieb"))).toContain("/herinner mij");
  });

  it("'niet vergeten' inside news is no reminder", async () => {
    expect(JSON.stringify(await read("moestuin: de kinderen mogen hun laarzen niet vergeten, het is modderig"))).not.toContain("/herinner");
  });

  it("'haal die notitie weer weg, hoorde bij iets anders' takes the last change back, shown first", async () => {
    expect(await read("haal die notitie weer weg, hoorde bij iets anders")).toMatchObject({ kind: "confirm", text: "/ongedaan" });
  });
});

describe("understand: what rounds 35–40's tuning parts taught (twenty-fourth session)", () => {
  it("a hand-over names the new owner in the clause that hands it over; the other clause is why, kept as the note", async () => {
    expect(await read("Fatima heeft het te druk, het watertappunt gaat naar Joke")).toMatchObject({ kind: "confirm", text: "/actie eigenaar Watertappunt in de wijk: @Joke", note: "Fatima heeft het te druk" });
    expect(await read("ik ga per 1 mei weg bij de GGD, Joke neemt de moestuin over")).toMatchObject({ kind: "confirm", text: "/actie eigenaar Buurtmoestuin: @Joke" });
  });

  it("a deadline that 'gaat naar 27 maart' is a date, not a new owner", async () => {
    expect(await read("deadline watertappunt gaat naar 27 maart, Joke heeft een blessure")).toMatchObject({ text: expect.stringMatching(/^\/actie deadline Watertappunt in de wijk/) });
  });

  it("work that started on a planned action is offered as bezig with the note", async () => {
    expect(await read("speeltuin kastanjelaan: aannemer is vanochtend begonnen met de ondergrond")).toMatchObject({ kind: "confirm", text: "/actie bezig Speeltuin Kastanjelaan opknappen: aannemer is vanochtend begonnen met de ondergrond" });
  });

  it("a new action asked for by its name is the new action — never a pillar change of another one", async () => {
    const u = await read("@wijkbot iets nieuws: ik wil graag een actie Energiespreekuur in de flat starten. Begroot 1500 euro. Hoort bij kansrijk");
    expect(u).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/actie nieuw Energiespreekuur in de flat/) });
    expect(JSON.stringify(u)).not.toContain("/actie pijler");
  });

  it("what the bot cannot do (forwarding a flyer, making copies, adding someone to an app) is said, with a reminder offered", async () => {
    expect(await read("kun je de flyer van de moestuin doorsturen naar iedereen?")).toMatchObject({ kind: "need-action", question: { key: "understand.cannotShare" } });
    expect(await read("voeg Joke even toe aan de stuurgroep app")).toMatchObject({ kind: "need-action", question: { key: "understand.cannotShare" } });
  });

  it("'<moment> een seintje voor X graag' is a reminder for oneself", async () => {
    expect(JSON.stringify(await read("elke eerste woensdag vd maand om 10 uur een seintje voor de bewonerskoffie graag"))).toMatch(/\/herinner mij [^"]*bewonerskoffie[^"]*elke eerste woensdag/);
  });

  it("the budget planned and spent in one message are both offered", async () => {
    expect(JSON.stringify(await read("watertappunt: begroot 3000, besteed tot nu toe 1275"))).toMatch(/begroot 3000[^"]*"[^]*besteed 1275/);
  });

  it("words dictated after a count are kept as the note; what the money went to is not", async () => {
    expect(await read("met het watertappunt hebben we inmiddels 31 kinderen bereikt de tweede kraan is vandaag geplaatst")).toMatchObject({ kind: "confirm", text: "/actie bereik Watertappunt in de wijk: 31", note: "de tweede kraan is vandaag geplaatst" });
    expect(await read("watertappunt 89,50 kwijt aan zaden en potgrond")).not.toHaveProperty("note");
  });

  it("'we zitten inmiddels op 70 kinderen' is the reach", async () => {
    expect(JSON.stringify(await read("watertappunt: we zitten inmiddels op 70 kinderen"))).toContain("/actie bereik Watertappunt in de wijk");
  });

  it("'wie is eigenlijk mijn aanjager?' and 'waar moet ik beginnen?' get the personal start", async () => {
    expect(await read("wie is eigenlijk mijn aanjager?")).toEqual({ kind: "run", text: "/ik" });
    expect(await read("hoi! ik ben nieuw in dit clubje, waar moet ik beginnen?")).toEqual({ kind: "run", text: "/ik" });
  });
});

describe("understand: what rounds 41–42's tuning parts taught (twenty-fourth session)", () => {
  it("the greeting before and the closing after the message are no part of a note", async () => {
    const u = await read("@wijkbot watertappunt is klaar, alle kranen werken. Thanks everyone for the help!");
    expect(JSON.stringify(u)).not.toContain("Thanks");
    expect(JSON.stringify(await read("Goedemorgen, het watertappunt schuift twee weken op. Met vriendelijke groet, Joke"))).not.toContain("groet");
  });

  it("a note that ends by asking for a status offers that status, with the news before it", async () => {
    expect(await read("even een update: watertappunt, de kranen zijn aangesloten dus die kan op klaar")).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/actie klaar Watertappunt in de wijk/) });
  });

  it("someone else's mistake, 'zet hem terug op bezig', is that status; one's own mistake asks to undo", async () => {
    expect(await read("peter heeft de moestuin per ongeluk op klaar gezet, zet hem terug op bezig")).toMatchObject({ text: expect.stringMatching(/^\/actie bezig Buurtmoestuin/) });
    expect(await read("moestuin per ongeluk afgevinkt, terug naar bezig")).toMatchObject({ kind: "confirm", text: "/ongedaan" });
  });

  it("one aanjager stepping down and another taking over are both shown first", async () => {
    expect(await read("joke stopt als aanjager, lisa wordt de nieuwe aanjager van gezond")).toMatchObject({ kind: "confirm", text: "/rol @Joke kartrekker", then: [{ text: "/rol @Lisa aanjager Gezond" }] });
  });

  it("short forms: 'mn acties?', 'wat staat er op rood', 'herinner me vr zaad bestellen'", async () => {
    expect(await read("mn acties?")).toEqual({ kind: "run", text: "/acties mijn" });
    expect(await read("wat staat er allemaal op rood")).toEqual({ kind: "run", text: "/acties te laat" });
    expect(JSON.stringify(await read("herinner me vr zaad bestellen"))).toContain("zaad bestellen vrijdag");
  });
});

describe("understand: how-to questions (twenty-fifth session)", () => {
  it("how to record how many pupils or residents came: the help of /actie bereik", async () => {
    expect(await read("hoe geef ik door hoeveel leerlingen er meededen")).toEqual({ kind: "run", text: "/help actie bereik" });
    expect(await read("hoe noteer ik hoeveel bewoners er bij de huiskamer zijn geweest")).toEqual({ kind: "run", text: "/help actie bereik" });
  });

  it("one action to a colleague is its owner; proposing an item is /agendapunt; what the others in my pillar do is /acties", async () => {
    expect(await read("hoe draag ik een actie over aan een collega?")).toEqual({ kind: "run", text: "/help actie eigenaar" });
    expect(await read("hoe regel ik dat iemand anders mijn actie overneemt")).toEqual({ kind: "run", text: "/help actie eigenaar" });
    expect(await read("hoe draag ik al mijn acties over aan mijn opvolger?")).toEqual({ kind: "run", text: "/help overdracht" });
    expect(await read("hoe stel ik een punt voor voor de volgende vergadering")).toEqual({ kind: "run", text: "/help agendapunt" });
    expect(await read("hoe kan ik zien waar de anderen in mijn pijler mee bezig zijn?")).toEqual({ kind: "run", text: "/help acties" });
  });

  it("'kan ik eigenlijk een actie verwijderen als die dubbel staat?' asks whether it can be done: the help that says how", async () => {
    expect(await read("kan ik eigenlijk een actie verwijderen als die dubbel in het overzicht staat?")).toEqual({ kind: "run", text: "/help actie verwijder" });
  });
});

describe("understand: questions about the data (twenty-fifth session)", () => {
  it("a pillar said as 'pijler X' and asked to be shown is that pillar's actions, even when a title shares its word", async () => {
    expect(await read("graag een totaalbeeld van pijler Gezond, waar moeten we doorpakken?")).toEqual({ kind: "run", text: "/acties Gezond" });
    expect(await read("overzichtje van pijler gezond graag")).toEqual({ kind: "run", text: "/acties Gezond" });
  });

  it("'hoe staat het er per pijler voor?' is the whole overview", async () => {
    expect(await read("hoe staat het er per pijler voor?")).toEqual({ kind: "run", text: "/overzicht" });
  });

  it("'welke acties heeft ahmed eigenlijk allemaal lopen' is Ahmed's, not all open ones", async () => {
    expect(await read("welke acties heeft ahmed eigenlijk allemaal lopen")).toEqual({ kind: "run", text: "/wie Ahmed" });
  });

  it("'stuur me het weekoverzicht even, heb hem gemist' is the digest ('gemist' says nothing about deadlines)", async () => {
    expect(await read("stuur me het weekoverzicht even, heb hem vanochtend gemist")).toEqual({ kind: "run", text: "/weekoverzicht" });
  });

  it("'wat moet ik voor de wijkwebsite nog doen?' is about that action, not all of mine", async () => {
    expect(await read("wat moet ik voor de wijkwebsite nog doen? deadline is volgens mij bijna")).toMatchObject({ kind: "run", text: "/actie info Eén wijkwebsite" });
  });

  it("'ik ben Youssef, aanjager vreedzaam. wie doen er allemaal mee in mijn pijler?' is the pillar's people", async () => {
    expect(await read("ik ben Youssef, aanjager vreedzaam. wie doen er allemaal mee in mijn pijler?")).toEqual({ kind: "run", text: "/wie Vreedzaam" });
  });
});

describe("understand: notes around a status (twenty-fifth session)", () => {
  it("words before the name that run on into its clause are no note ('… om tafel gezeten en de wijkwebsite gaat echt door, dus op bezig')", async () => {
    const u = await read("hoi, even snel want ik moet zo weer de klas in. we hebben gisteren om tafel gezeten en de wijkwebsite gaat echt door, dus je mag hem op bezig zetten. groet Youssef");
    expect(u).toMatchObject({ text: expect.stringMatching(/^\/actie bezig Eén wijkwebsite/) });
    expect(JSON.stringify(u)).not.toContain("klas");
  });

  it("'is geweest vanavond was goed bezocht', dictated: when belongs to the status, the rest is the note", async () => {
    expect(JSON.stringify(await read("buurtmoestuin is geweest vanavond was goed bezocht de wijkagent was er ook"))).toContain("was goed bezocht de wijkagent was er ook");
    expect(JSON.stringify(await read("buurtmoestuin is geweest vanavond was goed bezocht de wijkagent was er ook"))).not.toContain("vanavond was");
  });
});

describe("understand: small talk around what a message is for (twenty-fifth session)", () => {
  it("how the writer is doing, before it, is no part of it", async () => {
    const u = await read("Hoi wijkbot. Drukke week hier, rapporten en oudergesprekken, je kent het wel. Maar even iets anders: de wijkwebsite zetten we voorlopig stil, dus parkeren, want de bouwer is ziek.");
    expect(u).toMatchObject({ text: expect.stringMatching(/^\/actie parkeer Eén wijkwebsite/) });
    expect(JSON.stringify(u)).not.toMatch(/Drukke|iets anders/);
  });

  it("the story before 'lang verhaal kort:' and 'ik zet het straks ook in de groep' after it are no part of it", async () => {
    const u = await read("goedemorgen, ik sta net bij de school en heb even met de ouders gepraat. lang verhaal kort: de wijkwebsite kan gestopt worden, de gemeente bouwt er zelf een. ik zet het straks ook nog in de groep");
    expect(u).toMatchObject({ text: expect.stringMatching(/^\/actie stop Eén wijkwebsite/) });
    expect(JSON.stringify(u)).not.toMatch(/gepraat|in de groep/);
  });

  it("a sentence of small talk that names an action is kept", async () => {
    expect(JSON.stringify(await read("drukke week bij de buurtmoestuin, je kent het wel. de wijkwebsite is klaar"))).toContain("drukke week bij de buurtmoestuin");
  });

  it("'want anders vergeet ik het weer' is why a reminder is wanted, not what it is about", async () => {
    expect(JSON.stringify(await read("herinner me dinsdag om 10 uur aan gemeente bellen over de hekken want anders vergeet ik het weer"))).not.toContain("vergeet");
    expect(JSON.stringify(await read("remind me on friday to call Lefier otherwise I'll forget"))).not.toContain("forget");
  });
});

describe("understand: settings and absences said in a sentence (twenty-fifth session)", () => {
  it("'Graag al mijn gegevens wissen (AVG).' is /vergeetmij (which asks first); asked whether it can be done, its help", async () => {
    expect(await read("Graag al mijn gegevens wissen (AVG).")).toEqual({ kind: "run", text: "/vergeetmij" });
    expect(await read("kan ik mijn gegevens laten wissen?")).toEqual({ kind: "run", text: "/help vergeetmij" });
  });

  it("'mijn naam staat verkeerd, het is X, organisatie' sets the name", async () => {
    expect(await read("mijn naam staat verkeerd, het is Youssef El Amrani, Jongerenwerk Lewenborg")).toEqual({ kind: "run", text: "/ik Youssef El Amrani, Jongerenwerk Lewenborg" });
  });

  it("someone else away 'de komende twee weken' is away until the day before the same weekday two weeks on", async () => {
    expect(await read("Youssef is de komende twee weken met vaderschapsverlof, Ahmed neemt zijn dingen waar")).toMatchObject({ kind: "confirm", text: "/afwezig @Youssef t/m 18 januari vervanger @Ahmed" });
  });

  it("the language asked for, not the one set by mistake", async () => {
    expect(await read("kun je mij weer in het nederlands antwoorden? had per ongeluk engels aangezet")).toMatchObject({ kind: "confirm", text: "/taal nl" });
  });

  it("a status said before and denied ('… klaar was maar dat klopt niet, hij is nog bezig') is not set; the one meant is shown first", async () => {
    expect(await read("gisteren schreef ik dat de moestuin klaar was maar dat klopt niet, hij is nog bezig")).toMatchObject({ kind: "confirm", text: "/actie bezig Buurtmoestuin" });
  });

  it("thanks before the news is no part of it; 'ligt weer stil' parks", async () => {
    expect(await read("dank voor het overzicht! trouwens de wijkwebsite ligt weer stil, geen personeel")).toEqual({ kind: "run", text: "/actie parkeer Eén wijkwebsite: geen personeel", pickActionId: "website" });
  });
});

describe("understand: English and simple Dutch (twenty-fifth session)", () => {
  it("'we now reach 21 kids' is the reach", async () => {
    expect(await read("buurtmoestuin: we now reach 21 kids")).toEqual({ kind: "run", text: "/actie bereik Buurtmoestuin: 21", pickActionId: "moestuin" });
  });

  it("'delete die update please', 'sorry my mistake, put the order back': taking the last change back", async () => {
    expect(await read("delete die update please, was voor een andere flat")).toMatchObject({ kind: "confirm", text: "/ongedaan" });
    expect(await read("sorry my mistake, put the order back")).toEqual({ kind: "run", text: "/ongedaan" });
  });

  it("'wij zijn begin met voorbereiden' is started", async () => {
    expect(await read("wijkwebsite wij zijn begin met voorbereiden")).toMatchObject({ text: "/actie bezig Eén wijkwebsite" });
  });

  it("'how can I change the end date' is the deadline's help; 'postpone item 2 to March' an agenda item, not a snooze", async () => {
    expect(await read("hi! how can I change the end date of my action? the one for the spreekuur")).toEqual({ kind: "run", text: "/help actie deadline" });
    expect(await read("postpone item 2 to March")).toEqual({ kind: "run", text: "/agenda uitstellen 2" });
  });
});

describe("understand: time in words and school holidays (twenty-fifth session)", () => {
  it("a time said before the day and its part of the day, and English clock words", async () => {
    expect(await read("niet vergeten: kwart voor 8 morgenochtend lokalen techniekdag reserveren")).toMatchObject({ text: "/herinner mij lokalen techniekdag reserveren morgen kwart voor 8" });
    expect(await read("remind me on friday at quarter past 4 to call the GGD about the spreekuur")).toEqual({ kind: "run", text: "/herinner mij call the GGD about the spreekuur friday 4:15" });
  });

  it("away the whole summer holiday, or until after the Christmas holiday: to its last day", async () => {
    expect(await read("ik ben de hele zomervakantie weg, Joke vangt de moestuin op")).toMatchObject({ text: "/afwezig t/m 16 augustus vervanger @Joke" });
    expect(await read("Ahmed is er tot na de kerstvakantie niet, Youssef neemt waar")).toMatchObject({ text: "/afwezig @Ahmed t/m 3 januari 2027 vervanger @Youssef" });
  });

  it("a holiday put in so that no deadline reminders come is /vakantie, not a reminder", async () => {
    expect(await read("zet de zomervakantie erin zodat er geen deadline-herinneringen komen")).toMatchObject({ text: "/vakantie 2026-07-04 t/m 2026-08-16" });
  });

  it("'moet af zijn aan het eind van het schooljaar' is the new action's deadline, not part of its title", async () => {
    expect(await read("we gaan een Musical van de bovenbouw organiseren, kansrijk, moet af zijn aan het eind van het schooljaar")).toMatchObject({ text: "/actie nieuw Musical van de bovenbouw pijler Kansrijk deadline het eind van het schooljaar" });
  });

  it("'hoe staat pijler gezond ervoor na de zomer' is the pillar's actions", async () => {
    expect(await read("hoe staat pijler gezond ervoor na de zomer")).toEqual({ kind: "run", text: "/acties Gezond" });
  });
});

describe("understand: the parts of a new action said in other words (twenty-fifth session)", () => {
  const shown = async (text: string) => ((await read(text)) as { text: string }).text;

  it("owners: 'Joke doet mee als eigenaar', 'Lisa en ik samen eigenaar', 'eigenaar ikzelf'", async () => {
    expect(await shown("nieuwe actie: borstvoedingsgroep in het buurthuis, gezond, 0-4, Joke doet mee als eigenaar")).toBe("/actie nieuw borstvoedingsgroep in het buurthuis pijler Gezond doelgroep 0-4 eigenaar @Fatima @Joke");
    expect(await shown("@wijkbot kun je een nieuwe actie maken: Voorleeskoffer voor thuis, pijler kansrijk, doelgroep 0-4, Lisa en ik samen eigenaar")).toBe("/actie nieuw Voorleeskoffer voor thuis pijler Kansrijk doelgroep 0-4 eigenaar @Lisa @Fatima");
    expect(await shown("nieuwe actie peuter instapgroep bij kids2b pijler kansrijk doelgroep nul tot vier eigenaar ikzelf deadline 1 juni")).toBe("/actie nieuw peuter instapgroep bij kids2b deadline 1 juni eigenaar @Fatima doelgroep 0-4 pijler Kansrijk");
  });

  it("no deadline yet, everyone as the age group, a wish for when it is done, the pillar said with a doubt, what it is 'about'", async () => {
    expect(await shown("laten we het een actie maken: Inloopavond jongeren buurthuis, vreedzaam, 12+. deadline weet ik nog niet")).toBe("/actie nieuw Inloopavond jongeren buurthuis pijler Vreedzaam doelgroep 12+");
    expect(await shown("goedemorgen! ik wil graag een nieuwe actie aanmaken: Burenbrunch in de flat, voor iedereen (algemeen), deadline 20 maart. dank je")).toBe("/actie nieuw Burenbrunch in de flat doelgroep algemeen deadline 20 maart");
    expect(await shown("@wijkbot we willen in het voorjaar een ouder-kind leesclub starten, kansrijk, graag voor de meivakantie af")).toBe("/actie nieuw ouder-kind leesclub pijler Kansrijk deadline voor de meivakantie");
    expect(await shown("Ik wil graag een nieuwe actie toevoegen. Het gaat om een klussendag met jongeren in de flats. Het valt denk ik onder Vreedzaam, doelgroep 12+, en ik wil het voor de zomervakantie gedaan hebben.")).toBe("/actie nieuw klussendag met jongeren in de flats pijler Vreedzaam doelgroep 12+ deadline voor de zomervakantie");
  });
});

describe("understand: a status asked back (twenty-fifth session)", () => {
  it("'… staat ineens op klaar maar we zijn nog volop bezig, kun je m terugzetten op bezig' is bezig, shown first", async () => {
    expect(await read("de wijkwebsite staat ineens op klaar maar we zijn nog volop bezig, kun je m terugzetten op bezig")).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/actie bezig Eén wijkwebsite/) });
  });
});

describe("understand: reminders in the morning and every week (twenty-fifth session)", () => {
  it("'morgenvroeg om half 7', 'vrijdagochtend om 8': in the morning, said so", async () => {
    expect(await read("herinner me morgenvroeg om half 7 aan de sleutels van de sporthal ophalen")).toEqual({ kind: "run", text: "/herinner mij de sleutels van de sporthal ophalen morgen om half 7 's ochtends" });
    expect(await read("herinner me vrijdagochtend om 8 aan de flyers")).toEqual({ kind: "run", text: "/herinner mij de flyers vrijdag om 8" });
    expect(await read("elke maandagochtend om 8 uur een herinnering: planning kinderopvang checken")).toMatchObject({ text: "/herinner mij planning kinderopvang checken elke maandag om 8:00" });
  });

  it("'elke vrijdag om 15:00 wil ik een seintje: …': the time's colon is no separator, the wish no part of the moment", async () => {
    expect(await read("elke vrijdag om 15:00 wil ik een seintje: weekbericht voor de wijkkrant")).toMatchObject({ kind: "confirm", text: "/herinner mij weekbericht voor de wijkkrant elke vrijdag om 15:00" });
  });
});

describe("understand: budgets said in other words (twenty-fifth session)", () => {
  it("money received for an action is its budget", async () => {
    expect(await read("de wijkwebsite krijgt 750 euro van de gemeente voor hesjes en borden")).toMatchObject({ kind: "confirm", text: "/actie budget Eén wijkwebsite: begroot 750" });
    expect(await read("voor de wijkwebsite hebben we van school 900 euro gekregen om te besteden.")).toMatchObject({ text: "/actie budget Eén wijkwebsite: begroot 900" });
  });

  it("the one amount in a message about the budget, wherever it stands — never a year", async () => {
    expect(JSON.stringify(await read("speeltuin: offerte is 18.500, dat wordt de begroting"))).toContain("/actie budget Speeltuin Kastanjelaan opknappen: begroot 18.500");
    expect(JSON.stringify(await read("zet de begroting van de speeltuin op 18.000, net besloten"))).toContain("/actie budget Speeltuin Kastanjelaan opknappen: begroot 18.000");
    expect(JSON.stringify(await read("speeltuin begroting: nog even wachten op 2027"))).not.toContain("/actie budget");
  });
});

describe("understand: owners and people leaving (twenty-fifth session)", () => {
  it("people of the wijk 'samen met' are no partner organisation", async () => {
    expect(JSON.stringify(await read("Peter doet de wijkwebsite voortaan samen met Ahmed en mij"))).not.toContain("/actie partner");
    expect(JSON.stringify(await read("de wijkwebsite doen we samen met Kids2b"))).toContain("/actie partner Eén wijkwebsite: Kids2b kinderopvang");
  });

  it("'zet haar er ook op' after a new owner is said restates it: no note", async () => {
    expect(await read("Lisa helpt me voortaan met de buurtmoestuin, zet haar er ook op")).toMatchObject({ kind: "confirm", text: "/actie eigenaar Buurtmoestuin: @Fatima @Lisa" });
  });

  it("'Peter vertrekt, hij heeft vandaag zijn laatste dag' is leaving; 'vertrekt morgen naar Spanje' a trip", async () => {
    expect(await read("Peter vertrekt, hij heeft vandaag zijn laatste dag")).toEqual({ kind: "run", text: "/vertrek @Peter" });
    expect(JSON.stringify(await read("Peter vertrekt morgen naar Spanje"))).not.toContain('"text":"/vertrek');
  });
});

describe("understand: deadlines said with the date given up (twenty-fifth session)", () => {
  it("'wordt eind maart ipv begin maart': the new date, not the one it replaces; 'weekjes' are weeks", async () => {
    expect(JSON.stringify(await read("wijkwebsite: oplevering wordt eind maart ipv begin maart, bouwer wacht op de teksten"))).toContain("/actie deadline Eén wijkwebsite: eind maart");
    expect(JSON.stringify(await read("kan de wijkwebsite 2 weekjes later? de bouwer is ziek"))).toContain("/actie deadline Eén wijkwebsite: 2 weken later");
  });
});

describe("understand: a deadline moved without the action named (twenty-fifth session)", () => {
  it("asks which action, and keeps the move for the answer", async () => {
    expect(await read("kan de deadline een maand later?")).toEqual({ kind: "need-action", question: { key: "understand.whichAction" }, command: "actie deadline", then: " 1 maand later" });
    expect(await read("wanneer is de deadline?")).not.toMatchObject({ kind: "need-action" });
  });
});

describe("understand: more small talk (twenty-fifth session)", () => {
  it("'Hoi even bijpraten. Roosters waren een drama …', 'Ter aanvulling op mijn eerdere bericht:' are no part of the note", async () => {
    expect(JSON.stringify(await read("Hoi even bijpraten. Roosters waren een drama de afgelopen weken. Goed nieuws wel: bij de buurtmoestuin hebben we nu eindelijk twee vaste vrijwilligers van de hogeschool, scheelt enorm."))).toContain('"note":"bij de buurtmoestuin hebben we nu eindelijk');
    expect(JSON.stringify(await read("Goedemiddag. Ter aanvulling op mijn eerdere bericht: bij de wijkwebsite is afgesproken dat de teksten van de jongeren komen."))).toContain('"note":"bij de wijkwebsite is afgesproken');
  });
});

describe("understand: round 44b's WRONG (twenty-fifth session)", () => {
  it("a deadline said in its own sentence after status news is no part of the note: both, shown first", async () => {
    expect(await read("de wijkwebsite is eindelijk gestart! de bouwer heeft het ontwerp af. deadline mag naar eind juni")).toMatchObject({
      kind: "confirm",
      text: "/actie bezig Eén wijkwebsite: de bouwer heeft het ontwerp af",
      then: [{ text: "/actie deadline Eén wijkwebsite: eind juni" }],
    });
  });

  it("'please set it to in progress' at the end asks for the status it sets: no part of the note", async () => {
    expect(await read("hi, the wijkwebsite started today, 11 parents showed up. please set it to in progress")).toEqual({ kind: "run", text: "/actie bezig Eén wijkwebsite: 11 parents showed up", pickActionId: "website" });
  });
});

describe("understand: round 45a's tuning part (twenty-fifth session)", () => {
  it("a number's dot ends no clause of a note ('Begroot was 15.000 dus …')", async () => {
    expect(JSON.stringify(await read("voor de speeltuin hebben we inmiddels 4.350 euro uitgegeven aan de klimtoestellen. Begroot was 15.000 dus we zitten ruim binnen."))).not.toContain('"000');
  });

  it("'sorry, my Dutch is a bit rusty.' is small talk before the request", async () => {
    expect(JSON.stringify(await read("hi! sorry, my Dutch is a bit rusty. could you remind me on friday at 10 to order the new folders?"))).not.toContain("rusty");
  });

  it("'een bespreekpunt aandragen: X' proposes X; 'zoals net besproken krijgt X uitstel' proposes nothing", async () => {
    expect(JSON.stringify(await read("Ik wil voor de stuurgroep van de 22e een bespreekpunt aandragen: de wijkwebsite loopt vast op de privacyregels."))).toContain("/agendapunt Wijkwebsite loopt vast op de privacyregels bespreking");
    expect(JSON.stringify(await read("zoals net in de stuurgroep besproken krijgt de wijkwebsite uitstel tot en met 1 juni"))).not.toContain("/agendapunt");
  });
});

describe("understand: a goodbye after English news (twenty-fifth session)", () => {
  it("'… first coffee morning was great. see you next week' keeps the goodbye out of the note", async () => {
    const u = await read("hi wijkbot, sorry I still write in English, my Dutch is not good enough for typing fast. the wijkwebsite has started, first meeting with the builder was great. see you next week");
    expect(JSON.stringify(u)).toContain("first meeting with the builder was great");
    expect(JSON.stringify(u)).not.toContain("see you");
  });
});

describe("understand: round 46a's WRONG (twenty-sixth session)", () => {
  it("the season's wishes at the end are no part of a note", async () => {
    expect(await read("@wijkbot moestuin is klaar, alles is geoogst. gelukkig nieuwjaar alvast allemaal 🎆")).toEqual({ kind: "run", text: "/actie klaar Buurtmoestuin: alles is geoogst", pickActionId: "moestuin" });
    expect(JSON.stringify(await read("watertappunt is klaar, de kraan doet het. Fijne feestdagen!"))).not.toContain("feestdagen");
  });

  it("'X: news, dus die is af' sets the status, the news before it its note", async () => {
    expect(await read("moestuin: de laatste bakken zijn gevuld, dus die is af")).toEqual({ kind: "run", text: "/actie klaar Buurtmoestuin: de laatste bakken zijn gevuld", pickActionId: "moestuin" });
    // (A status denied is still only news.)
    expect(await read("moestuin: de bakken zijn leeg, dat is niet klaar")).toMatchObject({ text: "/actie update Buurtmoestuin: de bakken zijn leeg, dat is niet klaar" });
  });

  it("news after a name and a colon, then another action's status: both, shown first", async () => {
    expect(await read("@wijkbot moestuin: vanaf deze week staan er weer hekken omheen. en de wijkwebsite kan nu echt op klaar")).toMatchObject({
      kind: "confirm",
      text: "/actie update Buurtmoestuin: vanaf deze week staan er weer hekken omheen",
      then: [{ text: "/actie klaar Eén wijkwebsite" }],
    });
  });

  it("three changes in one message: each of them, shown first", async () => {
    expect(await read("@wijkbot wijkwebsite is live!!! 🎉 watertappunt parkeren we tot Ahmed terug is van verlof. en de speeltuin verzetten we naar 11 februari")).toMatchObject({
      kind: "confirm",
      text: "/actie klaar Eén wijkwebsite",
      then: [{ text: "/actie parkeer Watertappunt in de wijk: tot Ahmed terug is van verlof" }, { text: "/actie deadline Speeltuin Kastanjelaan opknappen: 11 februari" }],
    });
  });

  it("one word of a name after 'laatste', 'elke' or 'een' is a thing of its kind, not a second action", async () => {
    const u = JSON.stringify(await read("de wijkwebsite kan op klaar, de laatste school is gisteren gedaan"));
    expect(u).not.toContain("Gezonde School");
  });

  it("an age group with why: the why is the note, also when it names the same age group again", async () => {
    expect(await read("doelgroep huiswerkklas noord mag op 0-4, er komen vooral moeders met peuters")).toMatchObject({
      kind: "confirm",
      text: "/actie doelgroep Huiswerkklas Noord 0-4",
      then: [{ text: "/actie update Huiswerkklas Noord: er komen vooral moeders met peuters" }],
    });
  });

  it("a meeting's place after a comma, named by what it is", async () => {
    expect(await read("zet een extra vergadering op 23 april om 16:00, wijkcentrum De Kiosk")).toEqual({ kind: "run", text: "/vergadering nieuw 23 april 2026 16:00 wijkcentrum De Kiosk" });
  });
});

describe("understand: away, holidays, meetings and votes said around 'herinneringen' (twenty-sixth session)", () => {
  it("away with one's reminders handed over, or back again: the absence, not a list of reminders", async () => {
    expect(await read("ben morgen en overmorgen ziek thuis denk ik. ahmed mag mijn herinneringen hebben")).toMatchObject({ kind: "confirm", text: "/afwezig t/m overmorgen vervanger @Ahmed" });
    expect(await read("ik ben toch al terug hoor, stuur mijn herinneringen maar weer")).toMatchObject({ kind: "confirm", text: "/afwezig weg" });
    expect(await read("welke herinneringen heb ik nog?")).toEqual({ kind: "run", text: "/herinneringen" });
  });

  it("the wijk's holiday to put in, with why ('dan krijgt niemand herinneringen'): that holiday's dates, not a reminder", async () => {
    expect(await read("wijkbot zet de kerstvakantie er ff in aub, dan krijgt niemand herinneringen tussen kerst en oud en nieuw")).toMatchObject({ kind: "confirm", text: "/vakantie 2026-12-19 t/m 2027-01-03" });
    expect(await read("zet de voorjaarsvakantie er ook in, dan gaan de herinneringen even op pauze")).toMatchObject({ kind: "confirm", text: "/vakantie 2026-02-21 t/m 2026-03-01" });
  });

  it("the next meeting announced after a colon, with its day and hour: planned, shown first", async () => {
    expect(await read("@wijkbot volgende stuurgroep na de voorjaarsvakantie: donderdag 12 maart 19:30 MFC Lewenborg")).toMatchObject({ kind: "confirm", text: "/vergadering nieuw 12 maart 2026 19:30 MFC Lewenborg" });
    // (Without an hour it is no plan.)
    expect((await read("volgende stuurgroep: donderdag 12 maart")).kind).toBe("say");
  });

  it("a vote by the day of an open poll's option: in the stuurgroep run, elsewhere shown first; a day the poll lacks is no vote", async () => {
    const options = [new Date("2026-04-07T17:30:00Z"), new Date("2026-04-09T17:30:00Z"), new Date("2026-04-13T14:00:00Z")].map((startsAt, i) => ({ number: i + 1, startsAt }));
    const withPoll = (chatKind?: string) => ({ ...world(), ...(chatKind ? { chatKind } : {}), pollOptions: async () => options });
    expect(await understand("@wijkbot ik kan alleen op donderdag de 9e", withPoll("stuurgroep"))).toEqual({ kind: "run", text: "/datumprikker stem 2" });
    expect(await understand("I can make 9 april and 13 april", withPoll())).toMatchObject({ kind: "confirm", text: "/datumprikker stem 2 3" });
    expect(JSON.stringify(await understand("ik kan alleen op 10 april", withPoll("stuurgroep")))).not.toContain("/datumprikker stem");
    expect(await understand("@wijkbot 2 of 3 voor mij", withPoll("stuurgroep"))).toEqual({ kind: "run", text: "/datumprikker stem 2 3" });
  });
});

describe("understand: round 46's tuning part (twenty-sixth session)", () => {
  it("the verb of a reminder misspelt ('herineren', 'herrinner') is read as typed right", async () => {
    expect(await read("kan je mij herineren dinsdag zaadjes kopen voor moestuin")).toMatchObject({ text: "/herinner mij zaadjes kopen voor moestuin dinsdag" });
    expect(await read("herrinner me morgen aan de offerte")).toMatchObject({ text: "/herinner mij de offerte morgen" });
  });

  it("'doe maar weer nederlands' sets the language", async () => {
    expect(await read("doe maar weer nederlands, gaat prima")).toEqual({ kind: "run", text: "/taal nl" });
  });

  it("away with 'zet X als vervanger', and 't/m de herfstvakantie' to that holiday's last day", async () => {
    expect(await read("Ahmed is t/m 1 juni met verlof, zet Youssef als vervanger")).toMatchObject({ kind: "confirm", text: "/afwezig @Ahmed t/m 1 juni vervanger @Youssef" });
    expect(await read("ik ben weg t/m de herfstvakantie, lisa is mijn vervanger")).toMatchObject({ kind: "confirm", text: "/afwezig t/m 18 oktober vervanger @Lisa" });
  });

  it("'zet ff een actie neer: …' makes one; an action of two days ('op 28 en 29 december') is due on the last", async () => {
    expect(await read("wijkbot zet ff een actie neer: wintertoernooi zaalvoetbal op 28 en 29 december, voor 12+, pijler vreedzaam")).toMatchObject({ kind: "confirm", text: "/actie nieuw wintertoernooi zaalvoetbal deadline op 29 december doelgroep 12+ pijler Vreedzaam" });
  });
});

describe("understand: the stuurgroep's work, round 47a's tuning part (twenty-sixth session)", () => {
  const meeting = { agendaItems: async () => [
    { number: 1, text: "Voortgang per pijler", status: "geaccepteerd" },
    { number: 2, text: "Begroting 2026 vaststellen", status: "geaccepteerd" },
    { number: 3, text: "Plek watertappunt kiezen", status: "voorgesteld" },
  ] };

  it("a meeting planned on a day without an hour: which hour, and the answer is read with the day", async () => {
    expect(await read("@wijkbot plan de stuurgroep op 9 april")).toMatchObject({ kind: "read-as", question: { key: "meeting.whatTime" }, prefix: "plan de stuurgroep op 9 april 2026 om" });
  });

  it("'ik wil graag iets op de agenda zetten': what — and the answer is read as the item", async () => {
    expect(await read("ik wil graag iets op de agenda zetten voor donderdag de 22e")).toMatchObject({ kind: "read-as", question: { key: "understand.agendaWhat" }, prefix: "agendapunt:" });
  });

  it("'vergadering gesloten' closes the meeting", async () => {
    expect(JSON.stringify(await understand("@wijkbot vergadering gesloten, dank allen 🙏", { ...world(), chatKind: "stuurgroep" }))).toContain("/vergadering afsluiten");
  });

  it("an item that 'schuift door naar de volgende keer', said in a direct chat: deferred, shown first", async () => {
    expect(await understand("begroting schuift door naar de volgende keer", { ...world(), isDirect: true, ...meeting })).toMatchObject({ kind: "confirm", text: "/agenda uitstellen 2" });
  });

  it("'alles behandeld behalve het watertappunt': every open item but that one, shown first", async () => {
    expect(await understand("wijkbot alles behandeld behalve het watertappunt", { ...world(), chatKind: "stuurgroep", ...meeting })).toMatchObject({ kind: "confirm", text: "/agenda behandeld 1 2" });
  });

  it("'doe maar 9 april dan' with a poll open: that option chosen, shown first; a day the poll lacks is no choice", async () => {
    const options = [new Date("2026-04-07T17:30:00Z"), new Date("2026-04-09T17:30:00Z")].map((startsAt, i) => ({ number: i + 1, startsAt }));
    const withPoll = { ...world(), chatKind: "stuurgroep", pollOptions: async () => options };
    expect(await understand("@wijkbot doe maar 9 april dan", withPoll)).toMatchObject({ kind: "confirm", text: "/datumprikker kies 2" });
    expect(JSON.stringify(await understand("@wijkbot doe maar 10 april dan", withPoll))).not.toContain("/datumprikker kies");
  });
});

describe("understand: the coördinator's and the stuurgroep's requests (twenty-sixth session)", () => {
  const stuurgroep = () => ({ ...world(), chatKind: "stuurgroep" });

  it("'plan de volgende op …' in the stuurgroep plans the next meeting; a place with a capital article keeps it", async () => {
    expect(await understand("@wijkbot plan de volgende op donderdag 16 april 19:30, in De Kiosk", stuurgroep())).toEqual({ kind: "run", text: "/vergadering nieuw 16 april 2026 19:30 De Kiosk" });
  });

  it("someone else back, or away with 'ter info:' before: their absence, shown first", async () => {
    expect(await read("ahmed is weer terug van vakantie")).toMatchObject({ kind: "confirm", text: "/afwezig @Ahmed weg" });
    expect(await read("@wijkbot ter info: Ahmed is ziek t/m vrijdag 17 april, Youssef vangt zijn acties op")).toMatchObject({ kind: "confirm", text: "/afwezig @Ahmed t/m vrijdag 17 april vervanger @Youssef" });
  });

  it("'maak Ahmed ook aanjager van Vreedzaam' gives the role", async () => {
    expect(JSON.stringify(await read("@wijkbot maak Ahmed ook aanjager van Vreedzaam"))).toContain("/rol @Ahmed aanjager Vreedzaam");
  });

  it("asked to be shown: 'kun je de besluiten van 22 januari nog eens laten zien', 'zet de agenda even hier neer'", async () => {
    expect(await read("@wijkbot kun je de besluiten van 22 januari nog eens laten zien")).toEqual({ kind: "run", text: "/besluitenlijst" });
    expect(await read("@wijkbot zet de agenda voor donderdag even hier neer")).toEqual({ kind: "run", text: "/agenda" });
  });
});

describe("understand: round 48a's WRONG (twenty-sixth session)", () => {
  it("'you can mark it done' after the news is leave to set the status, no part of the note", async () => {
    expect(await read("wijkwebsite is live!! 🎉 you can mark it done")).toEqual({ kind: "run", text: "/actie klaar Eén wijkwebsite", pickActionId: "website" });
  });
});

describe("understand: decisions said around other words (twenty-sixth session)", () => {
  const stuurgroep = () => ({ ...world(), chatKind: "stuurgroep" });

  it("'vergeten te noteren: we hebben gisteren ook besloten dat …', 'nog even voor het verslag …', 'even vastleggen wat we net hebben afgesproken: …', 'en leg ook vast dat …': the decision, shown first", async () => {
    expect(await understand("@wijkbot vergeten te noteren: we hebben gisteren ook besloten dat de huiskamer pas in april start", stuurgroep())).toMatchObject({ kind: "confirm", text: "/besluit de huiskamer pas in april start" });
    expect(await understand("@wijkbot nog even voor het verslag we hebben afgesproken dat de ouderavond in maart een vervolg krijgt", stuurgroep())).toMatchObject({ kind: "confirm", text: "/besluit de ouderavond in maart een vervolg krijgt" });
    expect(await understand("@wijkbot even vastleggen wat we net hebben afgesproken: de wijkwebsite krijgt er 2000 euro bij", stuurgroep())).toMatchObject({ kind: "confirm", text: "/besluit de wijkwebsite krijgt er 2000 euro bij" });
    expect(await understand("@wijkbot en leg ook vast dat Lisa de verhuizing naar de bieb regelt", stuurgroep())).toMatchObject({ kind: "confirm", text: "/besluit Lisa de verhuizing naar de bieb regelt" });
  });

  it("'… ik ben vergeten het te noteren maar we hebben afgesproken dat …' about the meeting: the agreement at the end", async () => {
    expect(await understand("goedemorgen! nog even over gisteravond, ik ben vergeten het te noteren maar we hebben afgesproken dat de huiskamer na de zomer een tweede ochtend krijgt", stuurgroep())).toMatchObject({ kind: "confirm", text: "/besluit de huiskamer na de zomer een tweede ochtend krijgt" });
  });
});

describe("understand: the date said with 'deadline' (twenty-sixth session)", () => {
  it("'… wil het na de zomer uitbreiden. oja de deadline mag naar 30 juni': the date in the clause of 'deadline', not an earlier one", async () => {
    const u = JSON.stringify(await read("speeltuin: Lefier wil het na de zomer uitbreiden naar de tweede flat. oja de deadline mag naar 30 juni"));
    expect(u).toContain("/actie deadline Speeltuin Kastanjelaan opknappen: 30 juni");
    expect(u).not.toContain("deadline Speeltuin Kastanjelaan opknappen: het na de zomer");
  });
});

describe("understand: one more owner of a new action (twenty-sixth session)", () => {
  it("'eigenaar Fatima, ik doe ook mee', 'eigenaar ik, Lisa ook', 'owners me and Ahmed', 'ik ben trekker en lisa ook'", async () => {
    expect(JSON.stringify(await read("nieuwe actie voor gezond: Rookvrije speelplekken. eigenaar Peter, ik doe ook mee. doelgroep 4-12"))).toContain("eigenaar @Peter @Fatima");
    expect(JSON.stringify(await read("Maak een nieuwe actie aan: Evaluatie wijkplan 2026. Eigenaar ik, Lisa ook. Deadline 29 januari."))).toContain("eigenaar @Fatima @Lisa");
    expect(JSON.stringify(await read("new action pls: mentorproject jongeren, vreedzaam, 12+, owners me and Ahmed"))).toContain("eigenaar @Fatima @Ahmed");
    expect(JSON.stringify(await read("nieuwe actie: peuterspeelochtend in de huiskamer, kansrijk 0-4, ik ben trekker en lisa ook"))).toContain("eigenaar @Fatima @Lisa");
  });
});

describe("understand: the stuurgroep's work, round 49a's tuning part (twenty-seventh session)", () => {
  const meeting = { agendaItems: async () => [
    { number: 1, text: "Voortgang per pijler", status: "geaccepteerd" },
    { number: 2, text: "Begroting 2026 vaststellen", status: "geaccepteerd" },
    { number: 3, text: "Plek watertappunt kiezen", status: "voorgesteld" },
    { number: 4, text: "Rookvrije speelplekken", status: "voorgesteld" },
  ] };
  const stuurgroep = () => ({ ...world(), chatKind: "stuurgroep", ...meeting });

  it("an item dealt with, said as 'gehad', misspelt or in English: handled", async () => {
    expect(await understand("@wijkbot punt 1 gehad 👍", stuurgroep())).toEqual({ kind: "run", text: "/agenda behandeld 1" });
    expect(await understand("wijkbot 2 en 3 zijn afgehandelt", stuurgroep())).toMatchObject({ kind: "confirm", text: "/agenda behandeld 2 3" });
    expect(await understand("@wijkbot item 3 done", stuurgroep())).toEqual({ kind: "run", text: "/agenda behandeld 3" });
  });

  it("'bij punt 3 besloten: …': the decision on that item, shown first", async () => {
    expect(await understand("@wijkbot bij punt 3 besloten: het watertappunt komt naast de ingang van het winkelcentrum", stuurgroep())).toMatchObject({ kind: "confirm", text: "/besluit het watertappunt komt naast de ingang van het winkelcentrum agendapunt 3" });
  });

  it("an item named by its words among little words ('… schuiven we door naar de volgende vergadering daar hebben we geen tijd voor'): 'voor' names no item", async () => {
    expect(await understand("wijkbot het punt over rookvrije speelplekken schuiven we door naar de volgende vergadering daar hebben we donderdag geen tijd voor", stuurgroep())).toMatchObject({ kind: "confirm", text: "/agenda uitstellen 4" });
  });

  it("the place of a meeting said after its date wins over a place-like phrase in an earlier sentence", async () => {
    expect(JSON.stringify(await understand("@wijkbot we houden het gewoon op de vaste donderdagavond, dat is het makkelijkst. Plan de volgende stuurgroep op donderdag 23 april om 19:30 in MFC Lewenborg.", stuurgroep()))).toContain("/vergadering nieuw 23 april 2026 19:30 MFC Lewenborg");
  });

  it("questions about the meeting, a decision or an item: the meetings, the decisions, the agenda", async () => {
    expect(await understand("@wijkbot ik twijfel. Gaat de vergadering van donderdag gewoon door in het MFC, of staat er iets anders in de planning?", stuurgroep())).toEqual({ kind: "run", text: "/vergaderingen" });
    expect(await read("ik neem aan dat de stuurgroep in maart weer in het MFC is?")).toEqual({ kind: "run", text: "/vergaderingen" });
    expect(await understand("@wijkbot hadden we nou besloten dat het zomerkamp doorgaat of was dat nog niet rond?", stuurgroep())).toEqual({ kind: "run", text: "/besluitenlijst" });
    expect(await understand("wijkbot is punt 2 nou een besluitpunt of alleen ter info?", stuurgroep())).toEqual({ kind: "run", text: "/agenda" });
  });

  it("taking back what was just made: 'haal dat agendapunt maar weer weg, …', 'Haal dat besluit over … weer weg. …', 'toch de oude volgorde graag', '… moest helemaal niet weg. kun je hem terughalen?'", async () => {
    for (const text of [
      "@wijkbot haal dat agendapunt maar weer weg, Marieke had het al op de lijst",
      "Haal dat besluit over de geldlessen alsjeblieft weer weg. Ik had het te vroeg genoteerd, de wethouder moet er eerst nog mee instemmen.",
      "wijkbot toch de oude volgorde graag",
      "shit, techniekdag moest helemaal niet weg. kun je hem terughalen?",
    ]) expect(await understand(text, stuurgroep()), text).toMatchObject({ kind: "confirm", text: "/ongedaan" });
  });
});

describe("understand: round 49b's and 50a's WRONG (twenty-seventh session)", () => {
  it("a note keeps 'vd' as typed ('… beleidsnota vd gemeente')", async () => {
    expect(JSON.stringify(await read("watertappunt even parkeren, we wachten op de nieuwe beleidsnota vd gemeente"))).toContain("we wachten op de nieuwe beleidsnota vd gemeente");
  });

  it("'beoogd bereik dit jaar is 60 kinderen': the intended reach, not the reached", async () => {
    expect(JSON.stringify(await read("@wijkbot beoogd bereik buurtmoestuin dit jaar is 60 kinderen"))).toContain("/actie bereik Buurtmoestuin: beoogd 60");
  });
});

describe("understand: agenda items and date polls asked for in other words (twenty-seventh session)", () => {
  const stuurgroep = () => ({ ...world(), chatKind: "stuurgroep" });

  it("an agenda item: misspelt, after 'graag een punt:', right after 'een agendapunt', or 'een punt over … op de agenda'", async () => {
    expect(await understand("wijkbot agndapunt: zomerkamp kosten, besluit", stuurgroep())).toMatchObject({ kind: "confirm", text: "/agendapunt Zomerkamp kosten besluit" });
    expect(await understand("@wijkbot voor 12 maart graag een punt: evaluatie eerste halfjaar wijkplan, ter bespreking", stuurgroep())).toMatchObject({ kind: "confirm", text: "/agendapunt Evaluatie eerste halfjaar wijkplan bespreking" });
    expect(await understand("wijkbot graag voor de volgende stuurgroep een agendapunt wachtlijsten bij het jongerenwerk daar moeten we een besluit over nemen", stuurgroep())).toMatchObject({ kind: "confirm", text: "/agendapunt Wachtlijsten bij het jongerenwerk besluit" });
    expect(JSON.stringify(await read("Hoi, zet je voor de stuurgroep van de 22e een punt over de huiskamer van Lefier op de agenda? Ik wil alleen even vertellen hoe het ervoor staat, ter informatie dus."))).toContain("/agendapunt Huiskamer van Lefier informatie");
  });

  it("'For discussion, no decision needed yet': a discussion item, no decision", async () => {
    expect(JSON.stringify(await read("Hi, could you add an agenda item for the March meeting: youth council input on the new park. For discussion, no decision needed yet."))).toContain("/agendapunt Youth council input on the new park bespreking");
  });

  it("'dat ene punt kan wel naar de volgende keer': which item?", async () => {
    expect(await understand("@wijkbot dat ene punt kan wel naar de volgende keer", stuurgroep())).toMatchObject({ kind: "say", text: { key: "understand.whichItem" } });
  });

  it("the vote taken back ('mijn stem voor de prikker mag eruit'), and a poll asked for with its options after a question", async () => {
    expect(await read("mijn stem voor de prikker mag eruit, de 14e kan ik toch niet meer")).toMatchObject({ kind: "confirm", text: "/datumprikker stem geen" });
    expect(await understand("@wijkbot kun je een datumprikker zetten voor de volgende stuurgroep? Ik heb met de agenda's van Henk gepuzzeld en kom op drie opties: dinsdag 14 april 19:30, donderdag 16 april 19:30 en maandag 20 april 15:00. Allemaal in MFC Lewenborg.", stuurgroep())).toMatchObject({ kind: "confirm", text: "/datumprikker dinsdag 14 april 19:30, donderdag 16 april 19:30, maandag 20 april 15:00 MFC Lewenborg" });
  });

  it("closing the meeting asked in a long message is the closing, not the list of meetings", async () => {
    expect(await understand("@wijkbot we zijn klaar voor vanavond. Wil je de vergadering afsluiten en de besluiten naar de kartrekkers sturen? Wat we niet besproken hebben gaat mee naar de volgende keer.", stuurgroep())).toMatchObject({ kind: "confirm", text: "/vergadering afsluiten" });
  });
});

describe("understand: two fields of one action, and what is no note (round 51a's WRONG, twenty-seventh session)", () => {
  it("the second change said without the name after 'en': both, shown first", async () => {
    expect(await read("@wijkbot moestuin gestart 🙌 en de deadline mag naar eind juni")).toMatchObject({ kind: "confirm", text: "/actie bezig Buurtmoestuin", then: [{ text: "/actie deadline Buurtmoestuin: eind juni" }] });
    expect(JSON.stringify(await read("@wijkbot watertappunt begroot 1250 en Stichting Present doet ook mee als partner"))).toContain("/actie partner Watertappunt in de wijk: Stichting Present");
  });

  it("news in its own sentence between the status and the deadline is still read as before (note kept)", async () => {
    expect(await read("de wijkwebsite is eindelijk gestart! de bouwer heeft het ontwerp af. deadline eind juni")).toMatchObject({ kind: "confirm", text: "/actie bezig Eén wijkwebsite: de bouwer heeft het ontwerp af" });
  });

  it("since when, and the rest of the action's own name, is no note; nor is passing the news on", async () => {
    expect(await read("@wijkbot speeltuin kastanjelaan draait vanaf vandaag")).toMatchObject({ text: "/actie bezig Speeltuin Kastanjelaan opknappen" });
    expect(JSON.stringify(await read("@wijkbot de moestuin van Fatima is gestart, ze vroeg of ik het even wilde doorgeven"))).not.toContain("doorgeven");
  });
});

describe("understand: the coördinator's admin work, round 50b's tuning part (twenty-seventh session)", () => {
  it("asked to be shown, with a year or a clause after: the report of that year, the weekly digest", async () => {
    expect(await read("@wijkbot laat het jaarrapport 2026 hier even zien")).toEqual({ kind: "run", text: "/rapport 2026" });
    expect(await read("@wijkbot zet het weekoverzicht van nu even hier neer, dan kunnen we het vanavond doornemen")).toEqual({ kind: "run", text: "/weekoverzicht" });
  });

  it("'pijler nw: …' is a new pillar", async () => {
    expect(JSON.stringify(await read("pijler nw: Talentontwikkeling"))).toContain("/pijler nieuw Talentontwikkeling");
  });

  it("back again, misspelt or said as taking the absence away", async () => {
    expect(await read("ben er wer")).toMatchObject({ kind: "confirm", text: "/afwezig weg" });
    expect(await read("@wijkbot ben een paar dagen eerder terug dan gepland, dus haal mijn afwezigheid maar weg")).toMatchObject({ kind: "confirm", text: "/afwezig weg" });
  });

  it("away until the day before the one back on, with who gets the reminders", async () => {
    expect(await read("Hoi! Ik ga een paar weken op reis, vanavond vlieg ik al. Ben er weer op maandag 2 februari, tot die tijd mag Lisa mijn herinneringen krijgen.")).toMatchObject({ kind: "confirm", text: "/afwezig t/m 2026-02-01 vervanger @Lisa" });
  });

  it("someone else away, with the request asked politely at the end", async () => {
    expect(await read("@wijkbot Peter is met verlof tot en met volgende week vrijdag. Lisa neemt zijn acties waar. Zou je dat willen invoeren?")).toMatchObject({ kind: "confirm", text: "/afwezig @Peter t/m volgende week vrijdag vervanger @Lisa" });
  });
});

describe("understand: roles asked for in other words (twenty-seventh session)", () => {
  it("'kun je mij aanjager maken van vreedzaam? …' (about someone else after), 'bram aanjgr vreedzaam', 'kun je Lisa aanjager maken van kansrijk'", async () => {
    const w = { ...world(), pillars: ["Kansrijk", "Vreedzaam", "Gezond"], people: [...world().people, { displayName: "Bram" }] };
    expect(JSON.stringify(await understand("hoi wijkbot, vraagje. kun je mij aanjager maken van vreedzaam? heb het met youssef besproken en hij vindt het prima", w))).toContain("/rol @Fatima aanjager Vreedzaam");
    expect(JSON.stringify(await understand("bram aanjgr vreedzaam", w))).toContain("/rol @Bram aanjager Vreedzaam");
    expect(JSON.stringify(await understand("kun je Lisa aanjager maken van kansrijk", w))).toContain("/rol @Lisa aanjager Kansrijk");
  });
});

describe("understand: round 51a's WRONG, a count of signatures (twenty-seventh session)", () => {
  it("'watertappunt: weer 45 jongeren getekend' adds to the reach (shown first), no plain note", async () => {
    const w = { ...world(), details: async () => ({ ownerNames: ["Fatima"], reachReached: 120, spentCents: null, plannedCents: null, status: "bezig" }) };
    expect(JSON.stringify(await understand("@wijkbot watertappunt: weer 45 jongeren getekend 💧", w))).toContain("/actie bereik Watertappunt in de wijk: 165");
  });
});

describe("understand: round 51a's tuning part, numbers and partners in reports (twenty-seventh session)", () => {
  it("'tot nu toe 23 bewoners bereikt, we wilden er 30': reached of intended", async () => {
    expect(JSON.stringify(await read("@wijkbot watertappunt: tot nu toe 23 bewoners bereikt, we wilden er 30"))).toContain("/actie bereik Watertappunt in de wijk: 23 van 30");
  });

  it("'new partner for the website: Noorderpoort College': the organisation after the colon", async () => {
    expect(JSON.stringify(await read("@wijkbot new partner for the website: Noorderpoort College"))).toContain("/actie partner Eén wijkwebsite: Noorderpoort College");
  });
});

describe("understand: languages and holidays asked about or shortened (twenty-seventh session)", () => {
  it("'which languages do you speak?' shows the language setting; 'heb ik de meivakantie al ingevoerd of niet?' the holidays", async () => {
    expect(await read("@wijkbot which languages do you speak?")).toEqual({ kind: "run", text: "/taal" });
    expect(await read("heb ik de meivakantie nou al ingevoerd of niet?")).toEqual({ kind: "run", text: "/vakantie" });
  });

  it("'zomervak noord 10 juli tm 22 aug erin': the summer holiday, shortened", async () => {
    expect(JSON.stringify(await read("zomervak noord 10 juli tm 22 aug erin"))).toContain("/vakantie");
  });
});

describe("understand: round 49b's tuning part, the holiday's quiet reminders (twenty-seventh session)", () => {
  it("'zet de deadline herinneringen maar stil tijdens de zomervakantie': the wijk's summer holiday", async () => {
    expect(await read("wijkbot zet de deadline herinneringen maar stil tijdens de zomervakantie dan leest toch niemand ze")).toMatchObject({ kind: "confirm", text: "/vakantie 2026-07-04 t/m 2026-08-16" });
  });
});

describe("understand: the agenda's order by number and by DM (twenty-eighth session)", () => {
  const dm = (): UnderstandWorld => ({ ...world(), isDirect: true, chatKind: "dm", agendaItems: async () => AGENDA });

  it.each([
    ["zet punt 3 voor de begroting aub, Joke moet vroeg weg", "/agenda volgorde 1 3 2"],
    ["punt 3 na punt 1 graag", "/agenda volgorde 1 3 2"],
    ["draai punt 2 en 3 om aub", "/agenda volgorde 1 3 2"],
    ["zet de voortgang per pijler achteraan", "/agenda volgorde 2 3 1"],
  ])("by DM, '%s' is %s (shown first)", async (text, command) => {
    expect(await understand(text, dm())).toMatchObject({ kind: "confirm", text: command });
  });

  it("'begrooting eerst graag': an item's word with one typo still names it", async () => {
    expect(await understand("wijkbot begrooting eerst graag", stuurgroep())).toMatchObject({ kind: "confirm", text: "/agenda volgorde 2 1 3" });
  });

  it("'accepteer alle voorstellen die er nu liggen' by DM accepts every proposed item (shown first)", async () => {
    expect(await understand("accepteer alle voorstellen die er nu liggen", dm())).toMatchObject({ kind: "confirm", text: "/agenda accepteer 3" });
  });

  it("'zet de moestuin bovenaan' names no agenda item: no order", async () => {
    expect(JSON.stringify(await understand("zet de moestuin bovenaan", dm()))).not.toContain("/agenda volgorde");
  });
});

describe("understand: new actions with their parts said as sentences (twenty-eighth session)", () => {
  it.each([
    ["nieuwe actie voor Joke en Peter samen: buurtbudget kinderen laten besteden, kansrijk, 4-12, deadline 30 juni", "/actie nieuw buurtbudget kinderen laten besteden eigenaar @Joke @Peter pijler Kansrijk doelgroep 4-12 deadline 30 juni"],
    ["nieuwe actie Kansrijk: ouder-kindochtend in de bieb, eigenaar Lisa, deadline 20 maart", "/actie nieuw ouder-kindochtend in de bieb pijler Kansrijk eigenaar @Lisa deadline 20 maart"],
    ["kan er een nieuwe actie bij voor Ahmed: Straatvoetbaltoernooi op het Kastanjeplein, vreedzaam, 12+, met Kids2b kinderopvang", "/actie nieuw Straatvoetbaltoernooi op het Kastanjeplein eigenaar @Ahmed pijler Vreedzaam doelgroep 12+ partner Kids2b kinderopvang"],
    ["kunnen we een actie 'Ouderpanel jeugdbeleid' aanmaken onder vreedzaam? Youssef mag trekker zijn", "/actie nieuw Ouderpanel jeugdbeleid pijler Vreedzaam eigenaar @Youssef"],
    ["nieuwe actie beweegroute langs de scholen pijler gezond eigenaar lisa en joke samen deadline eind mei", "/actie nieuw beweegroute langs de scholen pijler Gezond eigenaar @Lisa @Joke deadline eind mei"],
    ["kun je een nieuwe actie aanmaken zwemles voor kinderen zonder diploma bij de pijler kansrijk voor de leeftijd 4 tot 12 jaar en de deadline is eind december", "/actie nieuw zwemles voor kinderen zonder diploma pijler Kansrijk doelgroep 4-12 deadline eind december"],
    ["kun je een actie aanmaken: beweegprogramma peuters. pijler gezond, 0-4 jaar, ik ben eigenaar. we willen 40 peuters bereiken en het moet eind juni klaar zijn", "/actie nieuw beweegprogramma peuters pijler Gezond doelgroep 0-4 beoogd 40 deadline eind juni"],
    ["nieuwe actie vve thuis pijler kansrijk doelgroep nul tot vier eigenaar lisa en ik deadline 1 december partner kids2b kinderopvang beoogd 25 gezinnen", "/actie nieuw vve thuis pijler Kansrijk doelgroep 0-4 eigenaar @Lisa @Fatima deadline 1 december partner Kids2b kinderopvang beoogd 25"],
  ])("'%s'", async (text, command) => {
    const reading = await read(text);
    expect(reading?.kind).toBe("confirm");
    const said = (reading as { text: string }).text;
    // The parts in any order: the same title and the same parts.
    const parts = (c: string) => c.replace(/^\/actie nieuw /, "").split(/ (?=pijler |eigenaar |doelgroep |deadline |partner |beoogd )/).sort();
    expect(parts(said)).toEqual(parts(command));
  });

  it.each([
    ["nieuwe actie Taalcafe voor ouders, pijler Kansrijk, Peter trekt hem, deadline 1 december. Peter laat je even weten wanneer de ruimte rond is", "Taalcafe voor ouders"],
    ["nieuwe actie voor Lisa: Babymassage in het buurthuis, pijler gezond, doelgroep 0-4, deadline 31 maart. ze heeft zelf geen tijd om het in te voeren", "Babymassage in het buurthuis"],
    ["nieuwe actie: schuldhulp inloop in de flat, kansrijk, doelgroep algemeen, deadline eind april. Lefier doet misschien ook mee maar dat moet ik nog navragen", "schuldhulp inloop in de flat"],
  ])("'%s': a sentence to the reader after the parts is no part of the name", async (text, title) => {
    expect((await read(text)) as { text: string }).toMatchObject({ text: expect.stringMatching(new RegExp(`^/actie nieuw ${title} (pijler|eigenaar)`)) });
  });

  it("'Albert Heijn Lewenborg is partner (zij leveren het fruit)': the partner without what it brings", async () => {
    expect(JSON.stringify(await read("nieuwe actie graag: gratis fruit op het schoolplein, pijler Gezond, voor 4-12, Albert Heijn Lewenborg is partner (zij leveren het fruit), deadline 26 juni"))).toContain("partner Albert Heijn Lewenborg deadline 26 juni");
  });
});

describe("understand: a status asked for in a clause of its own (twenty-eighth session)", () => {
  it.each([
    ["de koffieochtenden in de flat draaien nu elke woensdag, zet de speeltuin maar op bezig", "/actie bezig Speeltuin Kastanjelaan opknappen: de koffieochtenden in de flat draaien nu elke woensdag"],
    ["@wijkbot buurtmoestuin ligt even op de plank, parkeren graag", "/actie parkeer Buurtmoestuin"],
    ["@wijkbot eerste speeltuin-overleg gehad vanochtend, 9 gezinnen geholpen. ik zet de speeltuin op bezig", "/actie bezig Speeltuin Kastanjelaan opknappen: eerste speeltuin-overleg gehad vanochtend, 9 gezinnen geholpen"],
  ])("'%s' is %s (shown first)", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it("'… is gisteravond geweest, zet maar op klaar. bereik 37 ouders': done, and the reach, both shown first", async () => {
    expect(await read("@wijkbot wijkwebsite is gisteravond geweest, zet maar op klaar. bereik 37 ouders")).toMatchObject({ kind: "confirm", text: "/actie klaar Eén wijkwebsite", then: [{ text: "/actie bereik Eén wijkwebsite: 37" }] });
  });

  it("'moestuin is nog niet klaar, zet maar op klaar' says no and yes: not this reading", async () => {
    expect(JSON.stringify(await read("moestuin is nog niet klaar, mag op bezig"))).not.toContain("/actie klaar");
  });
});

describe("understand: round 52–53's WRONG on arrival (twenty-eighth session)", () => {
  it("'doelgroep 4-12 en partner X' after the name: both fields, never the age group alone", async () => {
    const reading = JSON.stringify(await read("moestuin doelgroep 4-12 en partner Kids2b kinderopvang"));
    expect(reading).toContain("/actie doelgroep Buurtmoestuin 4-12");
    expect(reading).toContain("/actie partner Buurtmoestuin: Kids2b kinderopvang");
  });

  it("'… gaat niet door op de 15e, wordt donderdag 29 januari' moves the deadline; it does not stop the action", async () => {
    const reading = await read("watertappunt gaat niet door op de 15e, wordt donderdag 29 januari");
    expect(JSON.stringify(reading)).not.toContain("/actie stop");
    expect(reading).toMatchObject({ kind: "confirm", text: "/actie deadline Watertappunt in de wijk: donderdag 29 januari" });
  });

  it("'punt 3 besproken. besluit: …' is the item dealt with and the decision on it, both shown first", async () => {
    expect(await understand("punt 3 besproken. besluit: het watertappunt komt bij de school", stuurgroep())).toMatchObject({
      kind: "confirm",
      text: "/agenda behandeld 3",
      then: [{ text: "/besluit het watertappunt komt bij de school agendapunt 3" }],
    });
  });

  it("by DM, 'Zet het watertappunt direct na de voortgang, vóór de begroting' puts the item between the two (shown first)", async () => {
    expect(await understand("Zet het watertappunt direct na de voortgang, vóór de begroting.", { ...world(), isDirect: true, chatKind: "dm", agendaItems: async () => AGENDA })).toMatchObject({ kind: "confirm", text: "/agenda volgorde 1 3 2" });
  });
});

describe("understand: the board shown and pinned in other words (twenty-eighth session)", () => {
  it("'laat het bord even zien voor we beginnen' shows the overview; 'kun je het overzicht hier vastpinnen' pins it", async () => {
    expect(await read("wijkbot laat het bord even zien voor we beginnen")).toEqual({ kind: "run", text: "/overzicht" });
    expect(await read("wijkbot kun je het overzicht hier vastpinnen")).toEqual({ kind: "run", text: "/overzicht vastzetten" });
  });

  it("'hoe pin ik het overzicht vast?' is how-to, not the pin", async () => {
    expect(JSON.stringify(await read("hoe pin ik het overzicht vast?"))).not.toContain('"text":"/overzicht vastzetten"');
  });
});

describe("understand: the date poll by days, and decisions as a list (twenty-eighth session)", () => {
  /** A poll of three evenings: di 14 april, do 16 april, di 21 april (2026). */
  const poll = (): UnderstandWorld => ({
    ...world(),
    now: new Date("2026-03-20T15:00:00Z"),
    chatKind: "stuurgroep",
    pollOptions: async () => [
      { number: 1, startsAt: new Date("2026-04-14T17:30:00Z") },
      { number: 2, startsAt: new Date("2026-04-16T17:30:00Z") },
      { number: 3, startsAt: new Date("2026-04-21T14:00:00Z") },
    ],
  });

  it.each([
    ["zelf kan ik alleen de 14e en de 21e", "/datumprikker stem 1 3"],
    ["ik kan 14 en 21 april", "/datumprikker stem 1 3"],
  ])("'%s' is %s", async (text, command) => {
    expect(await understand(text, poll())).toMatchObject({ text: command });
  });

  it("'ik kan toch niet op de 14e, alleen op de 16e': the day of the clause that says no is no vote (shown first)", async () => {
    expect(await understand("ik kan toch niet op de 14e, alleen op de 16e", poll())).toMatchObject({ kind: "confirm", text: "/datumprikker stem 2" });
  });

  it("'bij mij kan alleen de donderdag' is the one Thursday; 'dinsdag kan ik' with two Tuesdays asks which", async () => {
    expect(await understand("bij mij kan alleen de donderdag", poll())).toMatchObject({ text: "/datumprikker stem 2" });
    const asked = await understand("dinsdag kan ik", poll());
    expect(asked?.kind).toBe("say");
    expect(JSON.stringify(asked)).toContain("understand.whichDay");
  });

  it("'wie heeft er nog niet gestemd?' shows the poll", async () => {
    expect(await understand("wie heeft er nog niet gestemd?", poll())).toEqual({ kind: "run", text: "/datumprikker" });
  });

  it("numbered and bulleted decisions lose their numbers and dashes", async () => {
    expect(await understand("wijkbot besluiten:\n1. techniekdag in juni gaat door\n2. huiskamer krijgt een vaste ruimte", stuurgroep())).toMatchObject({ text: "/besluit techniekdag in juni gaat door", then: [{ text: "/besluit huiskamer krijgt een vaste ruimte" }] });
    expect(await read("Voor het verslag nog twee besluiten die ik mis in de lijst:\n- speeltuin wordt na de zomer opgeknapt\n- ouderavond krijgt een vervolg")).toMatchObject({ text: "/besluit speeltuin wordt na de zomer opgeknapt", then: [{ text: "/besluit ouderavond krijgt een vervolg" }] });
  });

  it("agenda items lose who they are for and a clause about their kind", async () => {
    expect(await understand("wijkbot agendapunt voor de volgende stuurgroep schoolpleinen openstellen na schooltijd daar wil ik een besluit over", stuurgroep())).toMatchObject({ text: "/agendapunt Schoolpleinen openstellen na schooltijd besluit" });
    expect(await read("can you add an item for the next steering group meeting: vaccination coverage among toddlers. For discussion.")).toMatchObject({ text: "/agendapunt Vaccination coverage among toddlers bespreking" });
  });
});

describe("understand: thanks said with more, a question before why, and new actions' parts in other words (twenty-eighth session)", () => {
  it.each(["Dankjewel, super handig zo!", "dank je, precies wat ik zocht", "thanks, that's all for today 🙏"])("'%s' is thanks", async (text) => {
    expect(await read(text)).toEqual({ kind: "say", text: { key: "understand.thanks" } });
  });

  it("'dank je, en de moestuin is klaar' is not only thanks", async () => {
    expect(JSON.stringify(await read("dank je, en de moestuin is klaar"))).not.toContain("understand.thanks");
  });

  it("'Welke acties zijn nog open? Voor de zomer wil ik weten wat er blijft liggen.' is the list, not an action named in the why", async () => {
    expect(await read("Welke acties zijn nog open? Voor de zomer wil ik weten wat er blijft liggen.")).toMatchObject({ kind: "run", text: expect.stringMatching(/^\/acties/) });
  });

  it.each([
    ["Actie erbij graag: Schuldhulpspreekuur in buurthuis De Dissel. Pijler Kansrijk. Trekkers: Joke en ik. Deadline 1 april.", "eigenaar @Joke @Fatima"],
    ["kan er een actie bij: Gezonde traktaties. Eigenaar wordt Joke, pijler Gezond", "eigenaar @Joke"],
    ["Kun je een actie aanmaken: Buurtschoonmaak met kinderen. Valt onder Kansrijk, datum zaterdag 30 mei.", "deadline zaterdag 30 mei"],
    ["Nieuwe actie: Boekstartcoach. Pijler Kansrijk, partner Kids2b kinderopvang (die leveren de coach), deadline 1 juni.", "partner Kids2b kinderopvang deadline"],
  ])("'%s' has %s", async (text, part) => {
    const reading = (await read(text)) as { text: string };
    expect(reading.text).toContain(part);
    expect(reading.text).not.toMatch(/Trekkers|Eigenaar wordt|datum zaterdag|\(die/);
  });
});

describe("understand: two undone at once, and an owner who is not the sender (twenty-eighth session)", () => {
  it("'draai die twee laatste maar terug' undoes twice, shown first", async () => {
    expect(await read("draai die twee laatste maar terug, ik had de verkeerde actie te pakken")).toMatchObject({ kind: "confirm", text: "/ongedaan", then: [{ text: "/ongedaan" }] });
  });

  it("'zet Peter maar als eigenaar van de speeltuin, niet mij' keeps no note", async () => {
    expect(JSON.stringify(await read("zet Peter maar als eigenaar van de speeltuin, niet mij"))).not.toContain("niet mij");
  });
});

describe("understand: someone's role asked about, the year's monitor (twenty-eighth session)", () => {
  it("'is Lisa nog steeds aanjager van kansrijk of is dat veranderd?', 'heb ik Peter al aanjager gemaakt?': who they are", async () => {
    expect(await read("is Lisa nog steeds aanjager van kansrijk of is dat veranderd?")).toEqual({ kind: "run", text: "/wie Lisa" });
    expect(await read("heb ik Peter al aanjager gemaakt of nog niet?")).toEqual({ kind: "run", text: "/wie Peter" });
  });

  it("'mag ik de monitor van dit jaar als pdf' is the report", async () => {
    expect(await read("mag ik de monitor van dit jaar als pdf")).toEqual({ kind: "run", text: "/rapport" });
  });
});

describe("understand: a status asked in its own clause, without what only says it again (twenty-ninth session)", () => {
  it.each([
    ["@wijkbot buurtmoestuin gehad, kan van gepland naar klaar", "/actie klaar Buurtmoestuin"],
    ["watertappunt was gisteren, mag op klaar", "/actie klaar Watertappunt in de wijk"],
    ["wijkwebsite vandaag open gegaan, zet op bezig", "/actie bezig Eén wijkwebsite"],
    ["@wijkbot Peter meldde net dat de speeltuin klaar is, zet hem maar op klaar", "/actie klaar Speeltuin Kastanjelaan opknappen"],
    ["@wijkbot de moestuin staat ineens op klaar maar we zijn nog volop bezig, kun je m terugzetten op bezig", "/actie bezig Buurtmoestuin"],
    ["de wijkwebsite kan weer van de parkeerplaats af, zet maar op bezig", "/actie bezig Eén wijkwebsite"],
  ])("'%s' is %s, with no note (shown first)", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it("the news in a clause of its own is still kept: 'het watertappunt van Fatima staat, zet hem maar op klaar, kraan is gisteren aangesloten'", async () => {
    expect(await read("het watertappunt van Fatima staat, zet hem maar op klaar, kraan is gisteren aangesloten")).toMatchObject({ kind: "confirm", text: "/actie klaar Watertappunt in de wijk: kraan is gisteren aangesloten" });
    expect(await read("de koffieochtenden draaien nu elke woensdag, zet de wijkwebsite maar op bezig")).toMatchObject({ kind: "confirm", text: "/actie bezig Eén wijkwebsite: de koffieochtenden draaien nu elke woensdag" });
  });
});

describe("understand: an agenda item for the meeting after the next, and a decision after why it comes now (twenty-ninth session)", () => {
  const JAN = new Date("2026-01-22T18:30:00Z");
  const MAR = new Date("2026-03-12T18:30:00Z");
  const meetings = (): UnderstandWorld => ({ ...stuurgroep(), upcomingMeetings: async () => [JAN, MAR] });

  it.each([
    ["voeg aan de agenda van 12 maart toe: jaarplan tussentijdse check, bespreking", "/agendapunt Jaarplan tussentijdse check bespreking"],
    ["zet maar op de agenda voor maart: jaarplan 2027 voorbereiden", "/agendapunt Jaarplan 2027 voorbereiden"],
  ])("'%s' is proposed and moved on to 12 March (shown first, both)", async (text, command) => {
    const u = await understand(text, meetings());
    expect(u).toMatchObject({ kind: "confirm", text: command, then: [{ text: `/agenda uitstellen ${AGENDA.length + 1}` }] });
    expect(localize(dutch, (u as { question: LocalText }).question)).toContain("door naar de vergadering van do 12 mrt");
  });

  it("'… op de agenda van de 22e: …' is the next meeting: only proposed", async () => {
    const u = await understand("zet op de agenda van de 22e: evaluatie kerstontbijt, ter info", meetings());
    expect(u).toMatchObject({ kind: "confirm", text: "/agendapunt Evaluatie kerstontbijt informatie" });
    expect(u).not.toHaveProperty("then");
  });

  it("'voor de stuurgroep van maart: evaluatie wijkwebsite, ter info' is an agenda item, not a note on the action", async () => {
    expect(await understand("voor de stuurgroep van maart: evaluatie wijkwebsite, ter info", meetings())).toMatchObject({ kind: "confirm", text: "/agendapunt Evaluatie wijkwebsite informatie actie wijkwebsite" });
  });

  it("'gisteren vergeten, nog een besluit: budget zomerkamp wordt 6000 euro' is the decision, never a budget", async () => {
    expect(await understand("gisteren vergeten, nog een besluit: budget speeltuin wordt 6000 euro", stuurgroep())).toMatchObject({ kind: "confirm", text: "/besluit budget speeltuin wordt 6000 euro" });
  });
});

describe("understand: done, with how many came (twenty-ninth session)", () => {
  it.each([
    ["wijkwebsite zit erop, we hadden er 40", "40"],
    ["buurtmoestuin is klaar, er waren 35 kinderen", "35"],
  ])("'%s' is klaar and a reach of %s (shown first, both)", async (text, count) => {
    const u = await read(text);
    expect(u).toMatchObject({ kind: "confirm", then: [{ text: expect.stringMatching(new RegExp(`^/actie bereik .+: ${count}$`)) }] });
    expect((u as { text: string }).text).toMatch(/^\/actie klaar /);
  });
});

describe("understand: the stuurgroep's items, decisions and poll in more words (twenty-ninth session)", () => {
  const poll = (): UnderstandWorld => ({
    ...world(),
    now: new Date("2026-03-30T07:10:00Z"),
    chatKind: "stuurgroep",
    pollOptions: async () => [
      { number: 1, startsAt: new Date("2026-04-14T17:30:00Z") },
      { number: 2, startsAt: new Date("2026-04-16T17:30:00Z") },
      { number: 3, startsAt: new Date("2026-04-21T14:00:00Z") },
    ],
  });

  it("'zet er twee punten bij: jaarplan 2026 ter besluit, en evaluatie wijkwebsite ter info' proposes both, each with its kind", async () => {
    expect(await understand("zet er twee punten bij: jaarplan 2026 ter besluit, en evaluatie wijkwebsite ter info", stuurgroep())).toMatchObject({ kind: "confirm", text: "/agendapunt Jaarplan 2026 besluit", then: [{ text: "/agendapunt Evaluatie wijkwebsite informatie actie wijkwebsite" }] });
    expect(await understand("agenda aanvullen met: uitvoeringsplan 2027 vaststellen (besluit) en subsidie watertappunt (bespreking)", stuurgroep())).toMatchObject({ kind: "confirm", text: "/agendapunt Uitvoeringsplan 2027 vaststellen besluit", then: [{ text: "/agendapunt Subsidie watertappunt bespreking actie watertappunt" }] });
  });

  it.each([
    ["punt 2: besloten, begroting akkoord met 2 stemmen tegen", "/besluit begroting akkoord met 2 stemmen tegen agendapunt 2"],
    ["Goedemorgen, ter aanvulling op het verslag graag het volgende besluit vastleggen: WIJ levert een extra jongerenwerker", "/besluit WIJ levert een extra jongerenwerker"],
    ["Decision: the budget for 2026 is approved, agenda item 2", "/besluit the budget for 2026 is approved agendapunt 2"],
  ])("'%s' is %s (shown first)", async (text, command) => {
    expect(await understand(text, stuurgroep())).toMatchObject({ kind: "confirm", text: command });
  });

  it("'punt 3 besloten: … . en punt 2 schuift door naar maart' is the decision and item 2 moved on", async () => {
    expect(await understand("punt 3 besloten: watertappunt naast de speeltuin. en punt 2 schuift door naar maart", stuurgroep())).toMatchObject({ kind: "confirm", text: "/besluit watertappunt naast de speeltuin agendapunt 3", then: [{ text: "/agenda uitstellen 2" }] });
  });

  it("'we nemen de 16e, kies die maar' chooses that day of the poll (shown first)", async () => {
    expect(await understand("we nemen de 16e, kies die maar", poll())).toMatchObject({ kind: "confirm", text: "/datumprikker kies 2" });
  });
});

describe("understand: an owner added, with why said about the one who stays (twenty-ninth session)", () => {
  it("'zet Joke er bij de moestuin bij als eigenaar, Fatima is met verlof': Joke added, the reason kept as the note (shown first)", async () => {
    expect(await read("zet Joke er bij de moestuin bij als eigenaar, Fatima is met verlof")).toMatchObject({ kind: "confirm", text: "/actie eigenaar Buurtmoestuin: @Fatima @Joke", note: "Fatima is met verlof" });
  });
});

describe("understand: an organisation's work and the exports, asked (twenty-ninth session)", () => {
  it("'welke acties heeft de GGD allemaal lopen?' is the GGD's people and their actions", async () => {
    expect(await read("welke acties heeft de GGD allemaal lopen?")).toEqual({ kind: "run", text: "/wie GGD Groningen" });
  });

  it.each(["waar kan ik een excel export van alle acties downloaden?", "waar kan ik het projectenboek als excel downloaden?"])("'%s' is the web overview, where the exports are", async (text) => {
    expect(await read(text)).toEqual({ kind: "run", text: "/overzicht" });
  });
});

describe("understand: asked about an item or one's own list, and a reminder misspelt (twenty-ninth session)", () => {
  it.each(["is het punt over de begroting al geaccepteerd voor donderdag?", "staat mijn punt over de wijkwebsite al op de agenda?"])("'%s' is the agenda, never a new item", async (text) => {
    expect(await understand(text, stuurgroep())).toEqual({ kind: "run", text: "/agenda" });
  });

  it("'what's still on my plate?' is my open actions", async () => {
    expect(await read("what's still on my plate?")).toEqual({ kind: "run", text: "/acties mijn" });
  });

  it("'hoe kan ik een punt voor de agenda van de stuurgroep insturen' is the help of /agendapunt", async () => {
    expect(await read("hoe kan ik een punt voor de agenda van de stuurgroep insturen")).toEqual({ kind: "run", text: "/help agendapunt" });
  });

  it("'herinenr me na de meivakantie aan …' is a reminder, the verb misspelt", async () => {
    expect(JSON.stringify(await read("herinenr me na de meivakantie aan het plannen van het volgende spreekuur"))).toContain("/herinner mij");
  });
});

describe("understand: the weekly overview and a pillar's people, asked in English (twenty-ninth session)", () => {
  it("'send me the weekly overview please' is the digest now, never switching it on", async () => {
    expect(await read("send me the weekly overview please")).toEqual({ kind: "run", text: "/weekoverzicht" });
  });

  it("'I'm new here - who leads the Kansrijk pillar and who else is in it?' is the pillar's people", async () => {
    expect(await read("I'm new here - who leads the Kansrijk pillar and who else is in it?")).toEqual({ kind: "run", text: "/wie Kansrijk" });
  });
});

describe("understand: where the writer is, said before the news (twenty-ninth session)", () => {
  it("'oke even inspreken want ik zit in de auto dus bij de moestuin …' keeps only the news as the note", async () => {
    const u = await read("oke even inspreken want ik zit in de auto dus bij de moestuin hebben we gisteren met de school om tafel gezeten en die willen allemaal meedoen");
    expect(JSON.stringify(u)).toContain("bij de moestuin hebben we gisteren met de school om tafel gezeten");
    expect(JSON.stringify(u)).not.toContain("in de auto");
  });
});

describe("understand: a new action asked for in so many words (twenty-ninth session)", () => {
  it.each(["ik wil er een actie bij zetten", "we moeten echt iets met die jongeren bij het winkelcentrum, kun je daar een actie van maken?"])("'%s' asks what the new action is called", async (text) => {
    expect(await read(text)).toMatchObject({ kind: "read-as", prefix: "nieuwe actie:" });
  });

  it("'maak er maar een actie van: Voorleestas voor thuis, doelgroep 0-4' is that new action (shown first)", async () => {
    expect(await read("Lisa heeft een leuk idee. maak er maar een actie van: Voorleestas voor thuis, doelgroep 0-4")).toMatchObject({ kind: "confirm", text: "/actie nieuw Voorleestas voor thuis doelgroep 0-4" });
  });
});

describe("understand: a reminder for 'deze groep' (twenty-ninth session)", () => {
  it("'zet voor deze groep elke maandag om 9 uur een herinnering: updates delen' is the group's reminder", async () => {
    expect(JSON.stringify(await read("zet voor deze groep elke maandag om 9 uur een herinnering: updates delen in de app"))).toContain("/herinner groep updates delen in de app");
  });
});

describe("understand: a reminder for the group said after the word for it, an hour in a word (twenty-ninth session)", () => {
  it.each([
    ["zet elke vrijdag om 15:00 een herinnering voor de groep: updates in de bot zetten", "/herinner groep updates in de bot zetten elke vrijdag om 15:00"],
    ["zet een herinnering voor deze groep elke eerste maandag van de maand om negen uur stukken lezen", "/herinner groep stukken lezen elke eerste maandag van de maand om 9:00"],
  ])("'%s' is %s", async (text, command) => {
    expect(JSON.stringify(await read(text))).toContain(command);
  });
});

describe("understand: what someone must do, then asked to remind them (twenty-ninth session)", () => {
  it("'Peter moet morgen om 9 de notulen rondsturen, wil je hem dat herinneren' is Peter's reminder (shown first)", async () => {
    expect(await read("Peter moet morgen om 9 de notulen rondsturen, wil je hem dat herinneren")).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/herinner @Peter de notulen rondsturen morgen om 9/) });
  });
});

describe("understand: decisions recorded in so many words (twenty-ninth session)", () => {
  it.each([
    ["Geachte leden, hierbij leg ik vast dat het budget voor de huiswerkklas met 1.500 euro wordt verhoogd.", "/besluit het budget voor de huiswerkklas met 1.500 euro wordt verhoogd"],
    ["besluit genomen in de mail: de begroting 2027 is vastgesteld", "/besluit de begroting 2027 is vastgesteld"],
    ["we besluiten: het watertappunt komt naast de ingang van de Jumbo, dat is punt 3", "/besluit het watertappunt komt naast de ingang van de Jumbo agendapunt 3"],
    ["iedereen heeft gereageerd, dus bij dezen: besloten dat we subsidie aanvragen bij het Jeugdfonds. Dank voor het snelle schakelen!", "/besluit we subsidie aanvragen bij het Jeugdfonds"],
  ])("'%s' is %s (shown first)", async (text, command) => {
    expect(await understand(text, stuurgroep())).toMatchObject({ kind: "confirm", text: command });
  });
});

describe("understand: an amount with a clause that asks to record it or says it again (twenty-ninth session)", () => {
  it.each([
    ["zet de begroting van de speeltuin op 18.000, net besloten", "/actie budget Speeltuin Kastanjelaan opknappen: begroot 18.000"],
    ["speeltuin: offerte is 18.500, dat wordt de begroting", "/actie budget Speeltuin Kastanjelaan opknappen: begroot 18.500"],
    ["bij de speeltuin de kosten tot nu toe: 3200 euro, allemaal voor het ontwerp", "/actie budget Speeltuin Kastanjelaan opknappen: besteed 3200"],
  ])("'%s' is %s, with no note", async (text, command) => {
    const u = await read(text);
    expect(u).toMatchObject({ kind: "confirm", text: command });
    expect(u).not.toHaveProperty("note");
  });
});

describe("understand: what was just set, taken back in other words (thirtieth session)", () => {
  it.each([
    "draai dat laatste terug, Esther wil toch geen aanjager worden",
    "draai de rol van Bram terug, hij wilde toch niet in de stuurgroep",
    "schrap dat besluit maar, we komen er volgende keer op terug",
    "oei verkeerde week, haal die vakantie maar weer weg",
    "nee wacht, ben toch nog niet terug, te vroeg gedrukt",
    "Excuses, dat besluit heb ik te vroeg genoteerd, de discussie is nog niet afgerond. Wilt u het weer verwijderen?",
  ])("'%s' asks first whether to undo", async (text) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: "/ongedaan" });
  });

  it.each(["draai de deadline van de moestuin terug naar 1 maart", "haal de kinderen van school weg"])("'%s' is no undo", async (text) => {
    expect(await read(text)).not.toMatchObject({ text: "/ongedaan" });
  });
});

describe("understand: who has an action, asked with a person's name (thirtieth session)", () => {
  it.each([
    ["heeft Lisa de huiswerkklas zuid nog of is die al overgezet?", "/actie info Huiswerkklas Zuid"],
    ["is de speeltuin nog van Peter of heeft Lisa hem overgenomen?", "/actie info Speeltuin Kastanjelaan opknappen"],
    ["klopt het dat Youssef de wijkwebsite heeft geparkeerd?", "/actie info Eén wijkwebsite"],
    ["wie heeft de buurtmoestuin nu eigenlijk, ik of joke?", "/actie info Buurtmoestuin"],
  ])("'%s' shows %s", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "run", text: command });
  });

  it("'is Ahmed nu met verlof? wie moet ik dan hebben voor het zomerkamp?' is not read as a question about the action's owner", async () => {
    expect(await read("is Ahmed nu met verlof? wie moet ik dan hebben voor het zomerkamp?")).not.toMatchObject({ text: "/actie info Zomerkamp" });
  });
});

describe("understand: fewer messages asked for, in a complaint (thirtieth session)", () => {
  it.each(["ik krijg te veel herinneringen, kan dat minder", "wijkbot je stuurt te veel berichten in de stuur groep app", "nou ja, dat overzicht van jou is te lang. ik lees het niet."])("'%s' asks which: the weekly overview off, or one's reminders", async (text) => {
    expect(await read(text)).toMatchObject({ kind: "choose", options: [{ text: "/weekoverzicht uit" }, { text: "/herinneringen" }] });
  });

  it("'hoe zet ik de herinneringen uit, het zijn er te veel' is a how-to question, answered as one", async () => {
    expect(await read("hoe zet ik de herinneringen uit, het zijn er te veel")).not.toMatchObject({ kind: "choose" });
  });
});

describe("understand: a new action asked for, and a reach in English, without a name (thirtieth session)", () => {
  it.each(["ik wil iets nieuws opzetten met de jongeren bij het winkelcentrum", "we moeten echt iets met die hangjongeren bij het winkelcentrum, kan daar een actie voor komen?"])("'%s' asks what the new action is called", async (text) => {
    expect(await read(text)).toMatchObject({ kind: "read-as", prefix: "nieuwe actie:" });
  });

  it("'put the reach on 85 please' asks which action, the count waiting for its name", async () => {
    expect(await read("put the reach on 85 please")).toMatchObject({ kind: "need-action", command: "actie bereik", then: " 85" });
  });
});

describe("understand: how-to questions whose topic hides behind a date or a word for leaving (thirtieth session)", () => {
  it.each([
    ["hoe zet ik een herinnering voor na de herfstvakantie?", "/help herinner"],
    ["hoe ik zeg dat ik weg ben en iemand anders doet mijn acties", "/help afwezig"],
    ["hoe meld ik me af als ik met vakantie ben", "/help afwezig"],
    ["how can I change the date of my action", "/help actie deadline"],
    ["hoe zorg ik dat er geen herinneringen komen in de kerstvakantie", "/help vakantie"],
  ])("'%s' is answered with %s", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "run", text: command });
  });
});

describe("understand: the weekly overview asked for, for oneself (thirtieth session)", () => {
  it("'Ik ontvang graag ook elke week het weekoverzicht, net als Marieke.' switches it on", async () => {
    expect(await read("Ik ontvang graag ook elke week het weekoverzicht, net als Marieke.")).toEqual({ kind: "run", text: "/weekoverzicht aan" });
  });

  it("'ik krijg het weekoverzicht niet' does not", async () => {
    expect(await read("ik krijg het weekoverzicht niet")).not.toMatchObject({ text: "/weekoverzicht aan" });
  });
});

describe("understand: a day of the poll added to one's vote, and counts added to the reach (thirtieth session)", () => {
  it("'de 13e lukt me trouwens ook' adds to the option already voted for", async () => {
    const options = [new Date("2026-04-07T17:30:00Z"), new Date("2026-04-09T17:30:00Z"), new Date("2026-04-13T14:00:00Z")].map((startsAt, i) => ({ number: i + 1, startsAt, mine: i === 1 }));
    const withPoll = { ...world(), chatKind: "stuurgroep", pollOptions: async () => options };
    expect(await understand("@wijkbot de 13e lukt me trouwens ook", withPoll)).toEqual({ kind: "run", text: "/datumprikker stem 2 3" });
    expect(await understand("@wijkbot alleen de 13e lukt me", withPoll)).toEqual({ kind: "run", text: "/datumprikker stem 3" });
  });

  it("'moestuin: 15 kinderen vergeten mee te tellen, tel die er nog even bij' adds them to what was reached, with no note", async () => {
    const counted = { ...world(), details: async () => ({ ownerNames: ["Fatima"], reachReached: 180, spentCents: null, plannedCents: null, status: "bezig" }) };
    const u = await understand("moestuin: 15 kinderen vergeten mee te tellen, tel die er nog even bij", counted);
    expect(u).toMatchObject({ text: "/actie bereik Buurtmoestuin: 195" });
    expect(u).not.toHaveProperty("note");
  });
});

describe("understand: round 59's and 58b's tuning parts (thirtieth session)", () => {
  it("'het beoogde aantal van de moestuin mag van 40 naar 50' sets 50 intended", async () => {
    expect(await read("het beoogde aantal van de moestuin mag van 40 naar 50")).toMatchObject({ text: "/actie bereik Buurtmoestuin: beoogd 50" });
  });

  it.each([
    ["als ik per ongeluk iets verkeerds heb ingevoerd hoe krijg ik dat weer terug", "/help ongedaan"],
    ["Hoe kan ik dat overzicht van de week ook elke maandag krijgen?", "/help weekoverzicht"],
  ])("'%s' is answered with %s", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "run", text: command });
  });
});

describe("understand: the action of whom it is said to be (thirtieth session)", () => {
  it("'het vignet van Fatima is binnen!! zet maar op klaar' is Fatima's vignet, of the two", async () => {
    expect(await read("het vignet van Fatima is binnen!! zet maar op klaar")).toMatchObject({ text: "/actie klaar Gezonde School vignet" });
  });

  it("'het vignet van Joke is binnen' is Joke's", async () => {
    expect(JSON.stringify(await read("het vignet van Joke is binnen, zet maar op klaar"))).toContain("Gezonde School vignet voor alle scholen");
  });
});

describe("understand: the plan year and the agenda asked about in other words (thirtieth session)", () => {
  it.each([
    ["@wijkbot in welk planjaar zitten we nu eigenlijk?", "/jaarplan"],
    ["@wijkbot komt de begroting 2026 volgende keer aan bod?", "/agenda"],
    ["wordt mijn punt over de huiskamer donderdag besproken?", "/agenda"],
  ])("'%s' is %s", async (text, command) => {
    expect(await read(text)).toEqual({ kind: "run", text: command });
  });
});

describe("understand: what one can do with the bot, and leaving the plan, asked (thirtieth session)", () => {
  it.each([
    ["wat kan ik allemaal met acties doen via jou?", "/help actie"],
    ["wat kan ik eigenlijk allemaal met jou doen?", "/help"],
    ["Hoe meld ik me af als ik stop met het wijkplan?", "/help vertrek"],
  ])("'%s' is %s", async (text, command) => {
    expect(await read(text)).toEqual({ kind: "run", text: command });
  });
});

describe("understand: one's own actions asked about in short words (thirtieth session)", () => {
  it.each([
    ["en alleen de mijne?", "/acties mijn"],
    ["wat loopt er achtr", "/acties te laat"],
    ["@wijkbot kan ik een overview krijgen van alles wat klaar is?", "/acties klaar"],
  ])("'%s' is %s", async (text, command) => {
    expect(await read(text)).toEqual({ kind: "run", text: command });
  });

  it("'hoe staat mijn actie ervoor?' shows the sender's one action, or asks which of theirs", async () => {
    const one = { ...world(), ownActions: async () => [{ id: "moestuin", title: "Buurtmoestuin", pillarName: "Gezond" }] };
    expect(await understand("hoe staat mijn actie ervoor?", one)).toEqual({ kind: "run", text: "/actie info Buurtmoestuin", pickActionId: "moestuin" });
    const two = { ...world(), ownActions: async () => [{ id: "moestuin", title: "Buurtmoestuin", pillarName: "Gezond" }, { id: "water", title: "Watertappunt in de wijk", pillarName: "Gezond" }] };
    expect(await understand("hoe staat mijn actie ervoor?", two)).toMatchObject({ kind: "need-action", command: "actie info", options: [{ text: "/actie info Buurtmoestuin" }, { text: "/actie info Watertappunt in de wijk" }] });
  });
});

describe("understand: someone else asked to take over an action not named (thirtieth session)", () => {
  it.each(["@wijkbot kan iemand anders die van mij overnemen?", "kan iemand anders mijn actie overnemen? ik ga vanaf mei minder uren werken"])("'%s' asks which action and to whom, read as the answer", async (text) => {
    expect(await read(text)).toEqual({ kind: "read-as", question: { key: "understand.whoTakesOver" }, prefix: "" });
  });
});

describe("understand: two partners in one message (thirty-first session)", () => {
  it.each([
    ["de moestuin krijgt hulp van Noorderpoort en van de Hanzehogeschool", "Noorderpoort", "Hanzehogeschool"],
    ["@wijkbot het consultatiebureau en Kids2b kinderopvang zijn allebei partner bij de moestuin", "onsultatiebureau", "Kids2b kinderopvang"],
    ["kun je Kids2b kinderopvang als partner toevoegen aan de moestuin? en CB Lewenborg ook", "Kids2b kinderopvang", "CB Lewenborg"],
  ])("'%s' shows both partners first, each its own", async (text, first, second) => {
    const reading = await read(text);
    expect(reading.kind).toBe("confirm");
    const said = JSON.stringify(reading);
    expect(said).toMatch(new RegExp(`/actie partner Buurtmoestuin: \\w?${first}"`));
    expect(said).toContain(`/actie partner Buurtmoestuin: ${second}"`);
  });

  it("one organisation whose name says 'en' stays one when nothing says there are two", async () => {
    expect(JSON.stringify(await read("de moestuin krijgt hulp van Stichting Groen en Doen"))).not.toContain("Buurtmoestuin: Doen");
  });
});

describe("understand: 'kinderen', 'leerlingen', 'deelnemers' typed with a letter wrong (thirty-first session)", () => {
  it.each([["moestuin 15 kindren bereikt", "moestuin 15 kinderen bereikt"], ["moestuin 30 leerligen bereikt", "moestuin 30 leerlingen bereikt"]])("'%s' reads as '%s'", async (typo, right) => {
    expect(await read(typo)).toEqual(await read(right));
  });
});

describe("understand: agenda items in the stuurgroep chat (thirty-first session)", () => {
  it.each([
    ["@wijkbot de begroting schuift naar maart", "/agenda uitstellen 2"],
    ["@wijkbot de voortgang per pijler is behandeld en de begroting schuift door naar maart", "/agenda behandeld 1"],
    ["@wijkbot het punt over de plek van het watertappunt nemen we op, en de begroting schuift door naar maart want de cijfers zijn nog niet binnen", "/agenda accepteer 3"],
    ["@wijkbot de begroting schuift door naar maart en het watertappunt ook", "/agenda uitstellen 2 3"],
    ["@wijkbot de voortgang per pijler en de begroting zijn afgerond, die mogen van de lijst", "/agenda behandeld 1 2"],
  ])("'%s' is shown first as %s", async (text, command) => {
    expect(await understand(text, stuurgroep())).toMatchObject({ kind: "confirm", text: command });
  });

  it("two items with their own verbs: the one moved away last", async () => {
    expect(await understand("@wijkbot de begroting schuift door naar maart en de voortgang per pijler is behandeld", stuurgroep())).toMatchObject({ text: "/agenda behandeld 1", then: [{ text: "/agenda uitstellen 2" }] });
  });

  it.each([
    ["agendapunt voorstel: huiswerkbegeleiding ook op woensdag", "/agendapunt Huiswerkbegeleiding ook op woensdag"],
    ["wil graag een agendapunt indienen ter besluitvorming: uitbreiding van de moestuin naar de school", "/agendapunt Uitbreiding van de moestuin naar de school besluit"],
  ])("'%s' proposes %s", async (text, command) => {
    expect(JSON.stringify(await read(text))).toContain(command);
  });
});

describe("understand: reminders for people named before the verb or after 'stuur' (thirty-first session)", () => {
  it.each([
    ["@wijkbot wil je Peter en Lisa maandag 19 januari herinneren aan het aanleveren van hun stukje voor de wijkkrant?", "/herinner @Peter @Lisa het aanleveren van hun stukje voor de wijkkrant maandag 19 januari"],
    ["stuur Lisa en Ahmed donderdag een herinnering over de ouderbrief", "/herinner @Lisa @Ahmed de ouderbrief donderdag"],
    ["stuur Lisa donderdag een seintje over de ouderbrief", "/herinner @Lisa de ouderbrief donderdag"],
    ["ahmed vroeg of je hem elke maandag om 8 uur wil herinneren aan de trainingsplanning", "/herinner @Ahmed de trainingsplanning elke maandag om 8:00"],
    ["herinner Peter morgen aan de financiele educatie, die staat al over de deadline", "/herinner @Peter de financiele educatie morgen"],
  ])("'%s' is shown first as %s", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });
});

describe("understand: two owner changes after a sentence that says why (thirty-first session)", () => {
  it("'peter stopt per oktober. de moestuin gaat naar Lisa en de speeltuin neemt Ahmed over' shows both changes first", async () => {
    const reading = await read("peter stopt per oktober. de buurtmoestuin gaat naar Lisa en de speeltuin kastanjelaan neemt Ahmed over");
    expect(reading).toMatchObject({ kind: "confirm", text: "/actie eigenaar Buurtmoestuin: @Lisa", then: [{ text: "/actie eigenaar Speeltuin Kastanjelaan opknappen: @Ahmed" }] });
  });
});

describe("understand: a new action with its parts typed loosely (thirty-first session)", () => {
  it.each([
    ["nieuwe aktie: zomerbootcamp in t park, vreedzam, 12+, eigenaar ik, deadline 21 aug", "/actie nieuw zomerbootcamp in t park pijler Vreedzaam doelgroep 12+ eigenaar @Fatima deadline 21 aug"],
    ["nieuwe aktie: moestuinbakken op het dakterras, pijler gezond, eigenar ik, deadlien eind april", "/actie nieuw moestuinbakken op het dakterras pijler Gezond eigenaar @Fatima deadline eind april"],
    ["nieuwe actie trouwens: schaakclub na schooltijd, pijler kansrijk, deadline 1 oktober", "/actie nieuw schaakclub na schooltijd pijler Kansrijk deadline 1 oktober"],
    ["nieuwe actie Gezonde traktaties op school, pijler Gezond. Lisa wordt mede-eigenaar", "/actie nieuw Gezonde traktaties op school pijler Gezond eigenaar @Fatima @Lisa"],
  ])("'%s' is shown first as %s", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it("a new action said in the stuurgroep chat after 'zoals besproken' is no agenda item dealt with", async () => {
    expect(await understand("Zoals zojuist besproken wil de stuurgroep een nieuwe actie: Jaarverslag voor de gemeenteraad, pijler Kansrijk, deadline 1 april", stuurgroep())).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/actie nieuw Jaarverslag voor de gemeenteraad pijler Kansrijk/) });
  });
});

describe("understand: decisions said with their item or the request around them (thirty-first session)", () => {
  const meeting = (): UnderstandWorld => ({ ...stuurgroep(), decisionItems: async () => [...AGENDA, { number: 4, text: "Uitbreiding huiswerkbegeleiding naar vrijdagmiddag", status: "geaccepteerd" }] });

  it.each([
    ["besluit over de huiswerkbegeleiding: uitbreiding naar vrijdagmiddag akkoord", "/besluit uitbreiding naar vrijdagmiddag akkoord agendapunt 4"],
    ["besluit over de begroting: vastgesteld zoals voorgesteld", "/besluit vastgesteld zoals voorgesteld agendapunt 2"],
  ])("'%s' is recorded at the item it names: %s", async (text, command) => {
    expect(await understand(text, meeting())).toMatchObject({ kind: "confirm", text: command });
  });

  it("what the decision is about keeps its words when it names no item of the meeting", async () => {
    expect(await understand("besluit over het zomerkamp: 2 weken", meeting())).toMatchObject({ kind: "confirm", text: "/besluit het zomerkamp: 2 weken" });
  });

  it.each([
    ["besluit voor vanavond alvast noteren: knutselmiddag krijgt 300 euro uit het wijkbudget", "/besluit knutselmiddag krijgt 300 euro uit het wijkbudget"],
    ["we hebben afgesproken dat de huiswerkbegeleiding ook in de zomer doorloopt, noteer je dat", "/besluit de huiswerkbegeleiding ook in de zomer doorloopt"],
    ["en ook afgesproken: Marieke vraagt de subsidie aan bij het jeugdfonds, leg dat vast", "/besluit Marieke vraagt de subsidie aan bij het jeugdfonds"],
  ])("'%s' records only what was decided: %s", async (text, command) => {
    expect(await understand(text, stuurgroep())).toMatchObject({ kind: "confirm", text: command });
  });
});

describe("understand: round 60b's wrong changes, mended (thirty-first session)", () => {
  it("'speeltuin: Lefier Bouw doet vanaf nu mee' is a partner, shown first", async () => {
    expect(await read("speeltuin kastanjelaan: Lefier Bouw doet vanaf nu mee")).toMatchObject({ kind: "confirm", text: "/actie partner Speeltuin Kastanjelaan opknappen: Lefier Bouw" });
  });

  it("'moestuin zit erop ✔️ 23 kinderen bereikt': done and the reach, both shown first", async () => {
    expect(await read("de buurtmoestuin zit erop ✔️ 23 kinderen bereikt")).toMatchObject({ kind: "confirm", text: "/actie klaar Buurtmoestuin", then: [{ text: "/actie bereik Buurtmoestuin: 23" }] });
  });

  it("'moestuin: we're aiming for 50 children now instead of 40' is the intended reach", async () => {
    expect(await read("moestuin: we're aiming for 50 children now instead of 40")).toMatchObject({ kind: "confirm", text: "/actie bereik Buurtmoestuin: beoogd 50" });
  });

  it("'moestuin: we hebben tot het eind van het schooljaar nodig' offers the deadline, never only a note", async () => {
    expect(JSON.stringify(await read("moestuin: we hebben tot het eind van het schooljaar nodig"))).toContain("/actie deadline Buurtmoestuin");
  });

  it("'moestuin update: bakken gevuld. Lisa komt erbij als eigenaar' notes the news and adds the owner, both shown first", async () => {
    expect(await read("moestuin update: bakken gevuld. Lisa komt erbij als eigenaar")).toMatchObject({ kind: "confirm", text: "/actie update Buurtmoestuin: bakken gevuld", then: [{ text: "/actie eigenaar Buurtmoestuin: @Fatima @Lisa" }] });
  });
});

describe("understand: the stuurgroep's items, decisions and meeting in more words (thirty-first session)", () => {
  it.each([
    ["Graag vastleggen bij agendapunt 2: de begroting is vastgesteld op € 48.500", "/besluit de begroting is vastgesteld op € 48.500 agendapunt 2"],
    ["decision on item 2: budget approved, 10% set aside for the youth council", "/besluit budget approved, 10% set aside for the youth council agendapunt 2"],
    ["besluit van gisteren vergeten te noteren: de huiskamer gaat ook op woensdag open", "/besluit de huiskamer gaat ook op woensdag open"],
  ])("'%s' is shown first as %s", async (text, command) => {
    expect(await understand(text, stuurgroep())).toMatchObject({ kind: "confirm", text: command });
  });

  it("'bij punt 3 twee besluiten: A, en B' is two decisions at that item", async () => {
    expect(await understand("bij punt 3 twee besluiten: het watertappunt komt op het schoolplein, en Ingrid vraagt een offerte op", stuurgroep())).toMatchObject({ kind: "confirm", text: "/besluit het watertappunt komt op het schoolplein agendapunt 3", then: [{ text: "/besluit Ingrid vraagt een offerte op agendapunt 3" }] });
  });

  it("'Dank u allen voor uw komst en inbreng. Hierbij sluit ik de vergadering.' closes the meeting", async () => {
    expect(await understand("Dank u allen voor uw komst en inbreng. Hierbij sluit ik de vergadering.", stuurgroep())).toMatchObject({ text: "/vergadering afsluiten" });
  });

  it.each([
    ["graag op de stuurgroepagenda: wachtlijst peuteropvang, om te bespreken", "/agendapunt Wachtlijst peuteropvang bespreking"],
    ["kan de speeltuin als infopunt op de agneda vd stuurgroep", "/agendapunt Speeltuin informatie actie Speeltuin Kastanjelaan opknappen"],
    ["zet speeltuin subsidie op de agenda, moet besloten worden", "/agendapunt Speeltuin subsidie besluit actie Speeltuin Kastanjelaan opknappen"],
    ["agenda item please: budget speeltuin Kastanjelaan, decision needed", "/agendapunt Budget speeltuin Kastanjelaan besluit actie Speeltuin Kastanjelaan opknappen"],
  ])("'%s' proposes %s", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });
});

describe("understand: the chair handed over in so many words (thirty-first session)", () => {
  it("'met ingang van vandaag draag ik het voorzitterschap over aan Lisa' gives Lisa the chair", async () => {
    expect(JSON.stringify(await read("met ingang van vandaag draag ik het voorzitterschap over aan Lisa"))).toContain("/rol @Lisa voorzitter");
  });
});

describe("understand: reminders typed in more ways (thirty-first session)", () => {
  it.each([
    ["zet elke eerste dinsdag van de maand een herinnering voor mezelf: GGD-cijfers bijwerken", "/herinner mij GGD-cijfers bijwerken elke eerste dinsdag van de maand"],
    ["kun je me friday om 9 uur reminden? huiskamer planning maken", "/herinner mij huiskamer planning maken friday om 9:00"],
  ])("'%s' is shown first as %s", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });
});

describe("understand: questions of round 62b's tuning part (thirty-first session)", () => {
  it("'zou het zomerkamp al op gestart staan of nog op gepland' asks; it changes nothing", async () => {
    expect(await read("zou de moestuin al op gestart staan of nog op gepland")).toMatchObject({ kind: "run", text: "/actie info Buurtmoestuin" });
  });

  it.each([
    ["geef me even alles wat nog open staat", "/acties open"],
    ["any reminders of mine coming up?", "/herinneringen"],
    ["@wijkbot is er na januari nog een stuurgroep gepland?", "/vergaderingen"],
    ["@wijkbot even een lijstje van de besluiten tot nu toe graag", "/besluitenlijst"],
    ["heeft Lisa al gestemd?", "/datumprikker"],
  ])("'%s' is %s", async (text, command) => {
    expect(await read(text)).toEqual({ kind: "run", text: command });
  });

  it("'Wie is de aanjager van mijn pijler?' shows the people of the sender's pillar", async () => {
    expect(await understand("Wie is de aanjager van mijn pijler?", { ...world(), senderPillar: async () => "Gezond" })).toEqual({ kind: "run", text: "/wie Gezond" });
  });
});

describe("understand: round 60b and 62a's tuning parts (thirty-first session)", () => {
  it.each([
    ["nieuwe actie Sportinstuif in de flat, doe ik samen met Lisa. kansrijk", "/actie nieuw Sportinstuif in de flat eigenaar @Fatima @Lisa pijler Kansrijk"],
    ["Nieuwe actie graag: Wijkagent op het schoolplein. Vreedzaam, 4-12, elke week tot de zomervakantie", "/actie nieuw Wijkagent op het schoolplein pijler Vreedzaam doelgroep 4-12 deadline tot de zomervakantie"],
    ["graag een nieuwe actie: Gezonde lunch op de bso. Kids2b doet mee. deadline 2 weken na de meivakantie", "/actie nieuw Gezonde lunch op de bso partner Kids2b kinderopvang deadline 2 weken na de meivakantie"],
  ])("'%s' is shown first as %s", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it("'Waterbedrijf Groningen stapt in bij het watertappunt 💧' is a partner, shown first", async () => {
    expect(await read("Waterbedrijf Groningen stapt in bij het watertappunt 💧")).toMatchObject({ kind: "confirm", text: "/actie partner Watertappunt in de wijk: Waterbedrijf Groningen" });
  });

  it("'moestuin we willen nu 50 kinderen meenemen ipv 40' is the intended reach", async () => {
    expect(await read("moestuin we willen nu 50 kinderen meenemen ipv 40")).toMatchObject({ kind: "confirm", text: "/actie bereik Buurtmoestuin: beoogd 50" });
  });

  it("'stuur mij de herinnering van de moestuin pas maandag aub' puts that action's reminders off until then (on a Monday: the next one)", async () => {
    expect(await read("stuur mij de herinnering van de moestuin pas maandag aub")).toMatchObject({ kind: "confirm", text: "/snooze Buurtmoestuin 2026-01-12" });
  });
});

describe("understand: round 63b's wrong changes, mended (thirty-first session)", () => {
  it("'er is 500 euro bij gekomen in de begroting' adds to what is planned", async () => {
    const planned = { ...world(), details: async () => ({ ownerNames: ["Fatima"], reachReached: null, spentCents: null, plannedCents: 800000, status: "bezig" }) };
    expect(JSON.stringify(await understand("moestuin: er is 500 euro bij gekomen in de begroting", planned))).toContain("begroot 8500");
  });

  it.each([
    "moestuin: de judoschool doet ook mee en we zitten nu op 55 kinderen bereikt",
    "moestuin: Lisa doet mee en we hebben nu 40 kinderen bereikt",
  ])("'%s': someone joining is said too, so the count is shown first, never set alone", async (text) => {
    expect((await read(text)).kind).not.toBe("run");
  });
});

describe("understand: new actions with more partners and owners in a sentence (thirty-second session)", () => {
  it("'partners A en B' adds each: the action with the first, the second after it — shown first", async () => {
    expect(await read("@wijkbot nieuwe actie Voorlezen in de wachtkamer, kansrijk, 0-4, partners Bibliotheek Lewenborg en GGD Groningen")).toMatchObject({
      kind: "confirm",
      text: "/actie nieuw Voorlezen in de wachtkamer pijler Kansrijk doelgroep 0-4 partner Bibliotheek Lewenborg",
      then: [{ text: "/actie partner Voorlezen in de wachtkamer: GGD Groningen" }],
    });
  });

  it("'Begroting 900 euro en Waterbedrijf Groningen is partner': the budget, then the partner", async () => {
    expect(await read("@wijkbot nieuwe actie Waterfles voor elk kind, gezond, 4-12. Begroting 900 euro en Waterbedrijf Groningen is partner")).toMatchObject({ kind: "confirm", text: "/actie nieuw Waterfles voor elk kind pijler Gezond doelgroep 4-12 begroot 900 partner Waterbedrijf Groningen" });
  });

  it.each([
    ["nieuwe actie leesclub voor de bovenbouw onder kansrijk voor kinderen van 4 tot 12 deadline 1 mei en lisa doet het samen met mij", "/actie nieuw leesclub voor de bovenbouw eigenaar @Fatima @Lisa deadline 1 mei doelgroep 4-12 pijler Kansrijk"],
    ["@wijkbot nieuwe actie onder Kansrijk: Peuterspeelgroep uitbreiden. Lisa is eigenaar en ik doe mee. Doelgroep 0-4", "/actie nieuw Peuterspeelgroep uitbreiden pijler Kansrijk eigenaar @Lisa @Fatima doelgroep 0-4"],
    ["@wijkbot nieuwe actie Techniekmiddag voor meiden, 13 maart moet het er staan", "/actie nieuw Techniekmiddag voor meiden deadline 13 maart"],
    ["nieuwe actie zwemvaardigheid alle kinderen in de wijk pijler gezond eigenaar ikzelf en joke", "/actie nieuw zwemvaardigheid alle kinderen in de wijk eigenaar @Fatima @Joke pijler Gezond"],
  ])("'%s' is shown first as %s", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });
});

describe("understand: a reminder moved or stopped by whom it is for (thirty-second session)", () => {
  const reminders = [
    { number: 1, text: "weekoverzicht doorlezen", next: new Date("2026-01-12T08:00:00Z"), target: "maker" as const, recurrence: { kind: "weekly" as const, weekday: 1, hour: 9, minute: 0 } },
    { number: 2, text: "jaarverslag Kansrijk aanleveren", next: new Date("2026-01-09T09:00:00Z"), target: { name: "Peter" } },
  ];
  const mine = () => ({ ...world(), reminders: async () => reminders }) as UnderstandWorld;

  it("'… naar volgende week maandag zetten, zelfde tijd': stopped and set anew at that day, at its own time — shown first", async () => {
    expect(await understand("kun je de herinnering voor Peter over het jaarverslag naar volgende week maandag zetten, zelfde tijd", mine())).toMatchObject({
      kind: "confirm",
      text: "/herinner stop 2",
      then: [{ text: "/herinner @Peter jaarverslag Kansrijk aanleveren volgende week maandag 10:00" }],
    });
  });

  it("'die maandagherinnering … voortaan om 10 uur ipv 9': the weekly one at the new hour", async () => {
    expect(await understand("kun je die maandagherinnering over het weekoverzicht voortaan om 10 uur sturen ipv 9", mine())).toMatchObject({ text: "/herinner stop 1", then: [{ text: "/herinner mij weekoverzicht doorlezen elke maandag 10:00" }] });
  });

  it("'de herinnering over het jaarverslag mag een dag later': a day later than it was", async () => {
    expect(await understand("de herinnering over het jaarverslag mag een dag later", mine())).toMatchObject({ text: "/herinner stop 2", then: [{ text: "/herinner @Peter jaarverslag Kansrijk aanleveren 10 januari 2026 10:00" }] });
  });

  it.each(["die herinnering voor Peter hoeft niet meer", "laat die herinnering voor Peter maar zitten, hij heeft het al gedaan"])("'%s' asks to stop the one for Peter", async (text) => {
    expect(await understand(text, mine())).toMatchObject({ kind: "confirm", text: "/herinner stop 2" });
  });

  it("'zet een herinnering voor Lisa op 21 januari: …' is a new one, not a move", async () => {
    expect(await understand("zet een herinnering voor Lisa op 21 januari: stukken lezen", mine())).toMatchObject({ text: "/herinner @Lisa stukken lezen 21 januari" });
  });
});

describe("understand: reminders typed in more ways (thirty-second session)", () => {
  it.each([
    ["kun je Peter volgende week dinsdag om 9 uur herinneren aan het doorlezen van de stukken", "/herinner @Peter het doorlezen van de stukken volgende week dinsdag om 9:00"],
    ["herinner youssef peter en ahmed vrijdag om 16 uur aan het verslag", "/herinner @Youssef @Peter @Ahmed het verslag vrijdag om 16:00"],
    ["herinner @Joke en mij dinsdag om 10 uur aan het overleg", "/herinner @Joke @Fatima het overleg dinsdag om 10:00"],
    ["set a reminder for me tomorrow at 3pm: call the school", "/herinner mij call the school tomorrow at 3pm"],
    ["herinner me elke woensdag om kwart over 3 aan de presentielijst", "/herinner mij de presentielijst elke woensdag 15:15"],
  ])("'%s' is %s (shown first)", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it.each([
    ["herinner me vanavond om half 9 aan de mail", "vandaag 20:30"],
    ["vanmiddag om 4 uur herinneren aan de monitor", "vandaag 16:00"],
  ])("'%s' is at %s", async (text, when) => {
    expect(JSON.stringify(await read(text))).toContain(when);
  });
});

describe("understand: round 64a–67b's wrong changes, mended (thirty-second session)", () => {
  it("'de actie … mag weg, die hoort bij het oude plan' asks to remove that action (never a note to confirm)", async () => {
    // (/actie verwijder asks "Weet je zeker …?" itself, so the command may be run or shown first; never a note.)
    const u = await read("de actie stoppen met roken mag weg, die hoort bij het oude plan");
    expect(u).toMatchObject({ text: "/actie verwijder Stoppen met roken" });
    expect(["confirm", "run"]).toContain(u.kind);
  });

  it("'moestuin update: … en de deadline schuift naar volgende vrijdag' offers the deadline beside the note", async () => {
    const u = await read("moestuin update: de bakken zijn gevuld met compost en de deadline schuift naar vrijdag 16 januari");
    expect(u.kind).toBe("choose");
    expect(JSON.stringify(u)).toContain("/actie deadline Buurtmoestuin: vrijdag 16 januari");
  });

  it("'… gehaald voor 125 euro en de gemeente geeft ons 500 euro, dat is de begroting' is both amounts, shown first", async () => {
    const u = await read("voor de buurtmoestuin vandaag zaden gehaald bij het tuincentrum voor 125 euro en de gemeente geeft ons daar 500 euro voor dus dat is de begroting");
    expect(u.kind).toBe("confirm");
    expect(JSON.stringify(u)).toMatch(/begroot 500/);
    expect(JSON.stringify(u)).toMatch(/besteed 125/);
  });

  it("'homework club update: we reached quite a few more kids and spent a bit, can you add that' is not noted at once", async () => {
    expect((await read("huiswerkklas noord update: we reached quite a few more kids this month and spent a bit on snacks, can you add that")).kind).not.toBe("run");
  });

  it("'4 more kids signed up this week' offers the reach on top of what was reached", async () => {
    const reached = { ...world(), details: async () => ({ ownerNames: ["Fatima"], reachReached: 12, spentCents: null, plannedCents: null, status: "bezig" }) };
    expect(JSON.stringify(await understand("moestuin: 4 more kids signed up this week", reached))).toContain("/actie bereik Buurtmoestuin: 16");
  });
});

describe("understand: the agenda in more words (thirty-second session)", () => {
  it.each([
    ["@wijkbot zet er ook een agendapunt op: jaarplan 2027 vaststellen, besluit", "/agendapunt Jaarplan 2027 vaststellen besluit"],
    ["Goedemorgen, zou je voor de eerstvolgende stuurgroep het volgende willen agenderen: Evaluatie samenwerking met Lefier. Ter bespreking. Met vriendelijke groet", "/agendapunt Evaluatie samenwerking met Lefier bespreking"],
  ])("'%s' is shown first as %s", async (text, command) => {
    expect(await understand(text, { ...world(), chatKind: "stuurgroep" })).toMatchObject({ kind: "confirm", text: command });
  });

  it.each(["@wijkbot haal punt 3 eraf", "@wijkbot Het punt over de begroting kan wat mij betreft van de agenda."])("'%s' is told that an item cannot be taken off", async (text) => {
    expect(await understand(text, { ...world(), chatKind: "stuurgroep" })).toMatchObject({ kind: "say", text: { key: "understand.agendaRemove" } });
  });

  it("'punt 3 akkoord' is shown first: in a meeting it may be what was agreed", async () => {
    expect(await understand("@wijkbot punt 3 akkoord", { ...world(), chatKind: "stuurgroep" })).toMatchObject({ kind: "confirm", text: "/agenda accepteer 3" });
  });

  it("'4 en 18 juni kan ik, 11 juni zit ik in Zwolle': a day one is elsewhere is no vote", async () => {
    const options = [new Date("2026-06-04T17:30:00Z"), new Date("2026-06-11T17:30:00Z"), new Date("2026-06-18T14:00:00Z")].map((startsAt, i) => ({ number: i + 1, startsAt }));
    expect(await understand("@wijkbot 4 en 18 juni kan ik, 11 juni zit ik in Zwolle", { ...world(), chatKind: "stuurgroep", pollOptions: async () => options })).toMatchObject({ kind: "confirm", text: "/datumprikker stem 1 3" });
  });
});

describe("understand: the stuurgroep's requests of round 64b's tuning part (thirty-second session)", () => {
  const sg = () => ({ ...world(), chatKind: "stuurgroep" }) as UnderstandWorld;

  it.each([
    ["Wilt u de vergadering van 11 juni inplannen? Aanvang 19:30 uur, locatie MFC Lewenborg.", "/vergadering nieuw 11 juni 2026 19:30 MFC Lewenborg"],
    ["wil jij de vergadering van 7 mei vastleggen? 15:00 bij WIJ aan de Kluiverboom", "/vergadering nieuw 7 mei 2026 15:00 WIJ aan de Kluiverboom"],
  ])("'%s': the day and the hour said apart, read together (shown first)", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it("'voor de notulen bij agendapunt 2 …' is a decision at that item", async () => {
    expect(await understand("voor de notulen bij agendapunt 2 de begroting is aangenomen met vijf stemmen voor", sg())).toMatchObject({ kind: "confirm", text: "/besluit de begroting is aangenomen met vijf stemmen voor agendapunt 2" });
  });

  it.each([
    ["what's the order of the items tonight?", "/agenda"],
    ["wat hebben we donderdag over het watertappunt besloten?", "/besluitenlijst"],
  ])("'%s' is %s", async (text, command) => {
    expect(await understand(text, sg())).toEqual({ kind: "run", text: command });
  });

  it("'kun je pnt 3 acepteren' takes item 3 onto the agenda", async () => {
    expect(JSON.stringify(await understand("kun je pnt 3 acepteren", sg()))).toContain("/agenda accepteer 3");
  });

  it.each([
    ["agenda item please: bus costs for the techniekdag, needs a decision", "/agendapunt Bus costs for the techniekdag besluit"],
    ["namens Lefier wil ik de evaluatie van de huiskamer ter bespreking op de agenda", "/agendapunt Evaluatie van de huiskamer bespreking"],
  ])("'%s': the kind and on whose behalf are no part of the title", async (text, command) => {
    expect(JSON.stringify(await understand(text, sg()))).toContain(command);
  });
});

describe("understand: round 68a's wrong changes, mended (thirty-second session)", () => {
  const sg = () => ({ ...world(), chatKind: "stuurgroep" }) as UnderstandWorld;

  it("'punt twee behandeld besluit begroting vastgesteld zoals voorgesteld': the item dealt with and the decision at it, shown first", async () => {
    expect(await understand("punt twee behandeld besluit begroting vastgesteld zoals voorgesteld", sg())).toMatchObject({ kind: "confirm", text: "/agenda behandeld 2", then: [{ text: "/besluit begroting vastgesteld zoals voorgesteld agendapunt 2" }] });
  });

  it("'2 behandeld, 3 door naar maart': each item with its own verb, shown first", async () => {
    expect(await understand("2 behandeld, 3 door naar maart", sg())).toMatchObject({ kind: "confirm", text: "/agenda behandeld 2", then: [{ text: "/agenda uitstellen 3" }] });
  });
});

describe("understand: learner's Dutch and English of rounds 65a–67a's tuning parts (thirty-second session)", () => {
  it.each([
    ["watertappunt herinnering pas maandag aub", "/snooze Watertappunt in de wijk 2026-01-12"],
    ["jij herinner mij elke maandag 9 uur: moestuin water geven", "/herinner mij moestuin water geven elke maandag 9:00"],
    ["can I get the weekly overview too, every monday?", "/weekoverzicht aan"],
  ])("'%s' is shown first as %s", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it("'Good morning, which actions are mine?' lists one's own actions", async () => {
    expect(await read("Good morning, which actions are mine?")).toEqual({ kind: "run", text: "/acties mijn" });
  });
});

describe("understand: who stays an owner, in more words (thirty-third session)", () => {
  /** The moestuin with two owners, Fatima (who writes) and Joke. */
  const shared = (): UnderstandWorld => ({ ...world(), details: async () => ({ ownerNames: ["Fatima", "Joke"], reachReached: null, spentCents: null, plannedCents: null, status: "bezig" }) });

  it.each([
    ["Joke stopt bij de moestuin, alleen ik blijf eigenaar", "/actie eigenaar Buurtmoestuin: @Fatima"],
    ["Joke haakt toch af bij de moestuin, dus dan alleen ik weer als eigenaar", "/actie eigenaar Buurtmoestuin: @Fatima"],
    ["Joke mag van de moestuin af als eigenaar, ik doe het verder alleen", "/actie eigenaar Buurtmoestuin: @Fatima"],
    ["joke is geen eigenaar meer van de moestuin, dat doe ik nu zelf", "/actie eigenaar Buurtmoestuin: @Fatima"],
    ["de moestuin doet Joke voortaan alleen", "/actie eigenaar Buurtmoestuin: @Joke"],
    ["de moestuin gaat per direct van Joke naar Peter", "/actie eigenaar Buurtmoestuin: @Peter"],
  ])("'%s' is shown first as %s", async (text, command) => {
    expect(await understand(text, shared())).toMatchObject({ kind: "confirm", text: command });
  });
});

describe("understand: agenda items in English, without the words around the title (thirty-third session)", () => {
  const sg = () => ({ ...world(), chatKind: "stuurgroep" }) as UnderstandWorld;

  it.each([
    ["can you add an item: volunteer allowance, for decision", "/agendapunt Volunteer allowance besluit"],
    ["please add an agenda item for the steering group: date for the summer camp (decision)", "/agendapunt Date for the summer camp besluit"],
    ["can you put the JGZ waiting list on the agenda for the steering group? for discussion", "/agendapunt JGZ waiting list bespreking"],
  ])("'%s' is shown first as %s", async (text, command) => {
    expect(JSON.stringify(await understand(text, sg()))).toContain(JSON.stringify(command).slice(0, -1));
  });
});

describe("understand: partners in more words (thirty-third session)", () => {
  it("'bij de wijkwebsite zijn Bibliotheek Lewenborg en Wijkkrant Lewenborg nu ook partner': both partners, not the monthly piece", async () => {
    expect(await read("bij de wijkwebsite zijn Bibliotheek Lewenborg en Wijkkrant Lewenborg nu ook partner")).toMatchObject({
      kind: "confirm",
      text: "/actie partner Eén wijkwebsite: Bibliotheek Lewenborg",
      then: [{ text: "/actie partner Eén wijkwebsite: Wijkkrant Lewenborg" }],
    });
  });

  it("'maak een stukje voor de wijkkrant' is still the monthly piece", async () => {
    expect(await read("maak een stukje voor de wijkkrant")).toEqual({ kind: "run", text: "/maandbericht" });
  });

  it("'bij de moestuin krijgen we hulp van Groei en Bloei Groningen, zij leveren de plantjes': one partner or two, asked", async () => {
    const u = await read("bij de moestuin krijgen we hulp van Groei en Bloei Groningen, zij leveren de plantjes");
    expect(u).toMatchObject({ kind: "choose", options: [{ text: "/actie partner Buurtmoestuin: Groei en Bloei Groningen" }, { text: "/actie partner Buurtmoestuin: Groei", then: [{ text: "/actie partner Buurtmoestuin: Bloei Groningen" }] }] });
  });
});

describe("understand: decisions with their agenda item said in more ways (thirty-third session)", () => {
  const sg = () => ({ ...world(), chatKind: "stuurgroep" }) as UnderstandWorld;

  it.each([
    ["besluit (punt 3): de stuurgroep kiest voor het winkelcentrum", "/besluit de stuurgroep kiest voor het winkelcentrum agendapunt 3"],
    ["Besluit: de begroting is vastgesteld zoals voorgesteld, met minder geld voor de website. Dit hoort bij agendapunt 2.", "/besluit de begroting is vastgesteld zoals voorgesteld, met minder geld voor de website agendapunt 2"],
    ["de stuurgroep stelt de begroting vast zoals voorgesteld. Graag vastleggen bij punt 2.", "/besluit de stuurgroep stelt de begroting vast zoals voorgesteld agendapunt 2"],
  ])("'%s' is shown first as one decision: %s", async (text, command) => {
    expect(await understand(text, sg())).toMatchObject({ kind: "confirm", text: command });
  });
});

describe("understand: the weeks ahead asked in more words (thirty-third session)", () => {
  it.each(["welke deadlines zijn er de komende weken?", "wat komt er de komende twee weken aan deadlines aan?", "wat staat er de komende tijd op de planning"])("'%s' gets the week overview", async (text) => {
    expect(await read(text)).toEqual({ kind: "run", text: "/weekoverzicht" });
  });
});

describe("understand: round 70a's wrong changes, mended (thirty-third session)", () => {
  const shared = (): UnderstandWorld => ({ ...world(), details: async () => ({ ownerNames: ["Fatima", "Joke"], reachReached: null, spentCents: null, plannedCents: null, status: "bezig" }) });

  it("'moestuin: Joke eraf, Fatima houdt hem alleen' is an owner change, shown first — not a note", async () => {
    expect(await understand("moestuin: Joke eraf, Fatima houdt hem alleen", shared())).toMatchObject({ kind: "confirm", text: "/actie eigenaar Buurtmoestuin: @Fatima" });
  });

  it("'moestuin: partner toevoegen, Stichting Leergeld. Notitie erbij: zij betalen de zaden' is never noted at once", async () => {
    expect((await read("moestuin: partner toevoegen, Stichting Leergeld. Notitie erbij: zij betalen de zaden")).kind).not.toBe("run");
  });
});

describe("understand: owners and reach of round 70a's tuning part (thirty-third session)", () => {
  const shared = (): UnderstandWorld => ({ ...world(), details: async () => ({ ownerNames: ["Fatima", "Joke"], reachReached: null, spentCents: null, plannedCents: null, status: "bezig" }) });

  it("'haal Joke eraf bij de moestuin, ze heeft er geen uren meer voor': Joke off, the reason kept (shown first)", async () => {
    expect(await understand("haal Joke eraf bij de moestuin, ze heeft er geen uren meer voor", shared())).toMatchObject({ kind: "confirm", text: "/actie eigenaar Buurtmoestuin: @Fatima" });
  });

  it("'de moestuin trek ik vanaf nu met Peter en Lisa samen': the speaker and both, shown first", async () => {
    const u = await read("de moestuin trek ik vanaf nu met Peter en Lisa samen");
    expect(u).toMatchObject({ kind: "confirm" });
    expect((u as { text: string }).text.split(": ")[1].split(" ").sort()).toEqual(["@Fatima", "@Lisa", "@Peter"]);
  });

  it("'watertappunt: Youssef zegt dat ze op 80 kinderen mikken' offers 80 as the intended reach", async () => {
    expect(await read("watertappunt: Youssef zegt dat ze op 80 kinderen mikken")).toMatchObject({ kind: "confirm", text: "/actie bereik Watertappunt in de wijk: beoogd 80" });
  });
});

describe("understand: an action's reminders put off, in more words (thirty-third session)", () => {
  it.each([
    ["herinner me pas maandag weer aan het watertappunt", "/snooze Watertappunt in de wijk 2026-01-12"],
    ["watertappunt niet meer herinneren tot 13 jan", "/snooze Watertappunt in de wijk 13 jan"],
    ["herinner me pas na de voorjaarsvakantie weer aan de moestuin", "/snooze Buurtmoestuin na de voorjaarsvakantie"],
    ["Can you postpone the reminders for the moestuin until Monday the 19th?", "/snooze Buurtmoestuin Monday the 19th"],
  ])("'%s' is shown first as %s", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });
});

describe("understand: round 70b's tuning part — absence, language, the digest, data and how-to (thirty-third session)", () => {
  it.each([
    ["staat Ahmed nog als afwezig?", "/afwezig"],
    ["moet ik nu ook de herinneringen van Joke oppakken?", "/afwezig"],
    ["I'd rather not get the weekly overview anymore, thanks", "/weekoverzicht uit"],
    ["ik wil graag een kopie van al mijn gegevens", "/mijngegevens"],
    ["welke herinerigen heb ik allemaal staan", "/herinneringen"],
    ["english please, at least for me", "/taal en"],
  ])("'%s' → %s", async (text, command) => {
    expect(JSON.stringify(await read(text))).toContain(`"text":"${command}`);
  });

  it.each([
    ["how do I set myself as away?", "afwezig"],
    ["hoe meld ik me af als ik met groep 8 op kamp ben?", "afwezig"],
    ["hoe geef ik iemand een andere rol?", "rol"],
    ["hoe verwijder ik m'n gegevens bij jullie", "vergeetmij"],
  ])("'%s' is answered with the help of /%s", async (text, command) => {
    expect(await read(text)).toEqual({ kind: "run", text: `/help ${command}` });
  });

  it("'krijgt hulp van studenten Hanzehogeschool, zet ze als partner': the organisation, not the students", async () => {
    expect(await read("de moestuin krijgt hulp van studenten Hanzehogeschool, zet ze als partner")).toMatchObject({ kind: "confirm", text: "/actie partner Buurtmoestuin: Hanzehogeschool" });
  });
});

describe("understand: agenda titles in quotes or before a dash (thirty-third session)", () => {
  const sg = () => ({ ...world(), chatKind: "stuurgroep" }) as UnderstandWorld;

  it.each([
    ["zet op de agenda: 'Wie betaalt de kraan van het watertappunt?' – is een besluit", "/agendapunt Wie betaalt de kraan van het watertappunt besluit"],
    ["Kun je 'Gymzaal beschikbaar voor de moestuindag' als punt agenderen? Het is een besluit.", "/agendapunt Gymzaal beschikbaar voor de moestuindag besluit"],
    ["graag agendapunt: Speeltuin ook op zondag open — ter besluitvorming, koppelen aan de speeltuin", "/agendapunt Speeltuin ook op zondag open besluit"],
    ["Please put 'Opening date website' on the steering group agenda, for decision", "/agendapunt Opening date website besluit"],
  ])("'%s' is shown first as %s…", async (text, command) => {
    expect(JSON.stringify(await understand(text, sg()))).toContain(command);
  });
});

describe("understand: an agenda item named by who proposed it (thirty-third session)", () => {
  const items = [
    { number: 1, text: "Voortgang per pijler", status: "geaccepteerd" },
    { number: 2, text: "Vaste ruimte voor het inloopspreekuur", status: "voorgesteld", proposer: "Anouk" },
    { number: 3, text: "Plek watertappunt kiezen", status: "voorgesteld", proposer: "Fatima" },
  ];
  const sg = () => ({ ...world(), chatKind: "stuurgroep", agendaItems: async () => items }) as UnderstandWorld;

  it.each([
    ["het punt van Anouk is akkoord", "/agenda accepteer 2"],
    ["accepteer het punt van Fatima maar", "/agenda accepteer 3"],
  ])("'%s' is shown first as %s", async (text, command) => {
    expect(await understand(text, sg())).toMatchObject({ kind: "confirm", text: command });
  });
});

describe("understand: taking oneself off, and an item's action said after its quoted title (thirty-third session)", () => {
  it("'haal mij maar weg bij de moestuin, Joke doet dat verder alleen': Joke alone, shown first", async () => {
    const shared = { ...world(), details: async () => ({ ownerNames: ["Fatima", "Joke"], reachReached: null, spentCents: null, plannedCents: null, status: "bezig" }) } as UnderstandWorld;
    expect(await understand("haal mij maar weg bij de moestuin, Joke doet dat verder alleen", shared)).toMatchObject({ kind: "confirm", text: "/actie eigenaar Buurtmoestuin: @Joke" });
  });

  it("'zet dit op de agenda: “Vaste kraan” (besluit). Gaat over het watertappunt': the item linked to that action", async () => {
    const sg = { ...world(), chatKind: "stuurgroep" } as UnderstandWorld;
    expect(JSON.stringify(await understand("zet je dit op de agenda: “Vaste kraan bij de school” (besluit). Gaat over het watertappunt", sg))).toContain("/agendapunt Vaste kraan bij de school besluit actie watertappunt");
  });
});

describe("understand: thanks at the end is no part of a note, how one feels about the news is (thirty-third session)", () => {
  it("'moestuin: de laatste bakken zijn gevuld. Dank voor jullie hulp 🙏' notes the news without the thanks", async () => {
    expect(await read("moestuin: de laatste bakken zijn gevuld. Dank voor jullie hulp 🙏")).toMatchObject({ text: "/actie update Buurtmoestuin: de laatste bakken zijn gevuld" });
  });

  it("'de moestuin is gestopt, de vrijwilligers zijn allemaal afgehaakt. Heel jammer.' keeps every word of the reason", async () => {
    expect(JSON.stringify(await read("de moestuin is gestopt, de vrijwilligers zijn allemaal afgehaakt. Heel jammer."))).toContain("de vrijwilligers zijn allemaal afgehaakt. Heel jammer");
  });

  it("'toch wel parkeren, de moestuin ligt stil tot de grond is schoongemaakt': parked, the clause with the name as its note", async () => {
    expect(await read("toch wel parkeren, de moestuin ligt stil tot de grond is schoongemaakt")).toMatchObject({ kind: "confirm", text: "/actie parkeer Buurtmoestuin: de moestuin ligt stil tot de grond is schoongemaakt" });
  });
});

describe("understand: new actions of round 72a's tuning part (thirty-third session)", () => {
  it.each([
    ["zet deze erbij: Vaccinatievoorlichting voor jongeren, pijler Gezond, doelgroep 12+", "/actie nieuw Vaccinatievoorlichting voor jongeren pijler Gezond doelgroep 12+"],
    ["new action Teen sleep workshop, Gezond pillar, 12+, with GGD Groningen, target 40 students", "/actie nieuw Teen sleep workshop pijler Gezond doelgroep 12+ partner GGD Groningen beoogd 40"],
    ["een nieuwe actie: 'Ouderkamer in de school'. Pijler Kansrijk, doelgroep algemeen. Wil je hem aanmaken?", "/actie nieuw Ouderkamer in de school pijler Kansrijk doelgroep algemeen"],
  ])("'%s' is shown first as %s", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });
});

describe("understand: a status with more said after it (thirty-fourth session)", () => {
  it.each([
    ["wijkwebsite: stop it, the residents committee wants to run it themselves", "/actie stop Eén wijkwebsite", "the residents committee wants to run it themselves"],
    ["wijkwebsite: it's done, the residents loved it", "/actie klaar Eén wijkwebsite", "the residents loved it"],
  ])("'%s' after the name and a colon: %s, with why as its note", async (text, command, note) => {
    expect(await understand(text, world())).toMatchObject({ text: `${command}: ${note}` });
  });

  it("'wijkwebsite is begonnen! Webbureau Noordkaap bouwt hem': under way, with the organisation as a partner or the news as a note — asked", async () => {
    const read = await understand("wijkwebsite is begonnen! Webbureau Noordkaap bouwt hem", world());
    expect(read).toMatchObject({ kind: "choose", options: [{ text: "/actie bezig Eén wijkwebsite", then: [{ text: "/actie partner Eén wijkwebsite: Webbureau Noordkaap" }] }, { text: "/actie bezig Eén wijkwebsite", note: "Webbureau Noordkaap bouwt hem" }] });
  });

  it("'wijkwebsite is begonnen, de kinderen mochten het logo kiezen' names no organisation: the news is its note", async () => {
    expect(await understand("wijkwebsite is begonnen, de kinderen mochten het logo kiezen", world())).toMatchObject({ text: "/actie bezig Eén wijkwebsite: de kinderen mochten het logo kiezen" });
  });
});

describe("understand: what a sentence says about one action, in more words (thirty-fourth session)", () => {
  const sg = () => ({ ...world(), chatKind: "stuurgroep" }) as UnderstandWorld;

  it("'wijkwebsite mag naar 1 juni, zo besproken in de stuurgroep' in the stuurgroep is the deadline with why, not an agenda item", async () => {
    expect(JSON.stringify(await understand("wijkwebsite mag naar 1 juni, zo besproken in de stuurgroep", sg()))).toContain("/actie deadline Eén wijkwebsite: 1 juni");
  });

  it("'deadline wijkwebsite 24 juli klopt niet, moet 31 juli zijn': the date it should be", async () => {
    expect(JSON.stringify(await understand("deadline wijkwebsite 24 juli klopt niet, moet 31 juli zijn", world()))).toContain("31 juli");
    expect(JSON.stringify(await understand("deadline wijkwebsite 24 juli klopt niet, moet 31 juli zijn", world()))).not.toContain("24 juli");
  });

  it("'watertappunt stop ik, school heeft het zelf opgepakt': one action stopped — 'school' alone is no second action", async () => {
    expect(await understand("watertappunt stop ik, school heeft het zelf opgepakt in de lesmethode", world())).toMatchObject({ text: "/actie stop Watertappunt in de wijk: school heeft het zelf opgepakt in de lesmethode" });
  });

  it("'moestuin final count is 188 kids, can you put that in?' reads the news, not a question about the moestuin", async () => {
    expect(JSON.stringify(await understand("moestuin final count is 188 kids, can you put that in?", world()))).not.toContain("/actie info");
  });

  it("'moestuin even op pauze, ik ben 3 weken met verlof': parked, with why — not the sender away", async () => {
    expect(await understand("moestuin even op pauze, ik ben 3 weken met verlof", world())).toMatchObject({ text: "/actie parkeer Buurtmoestuin: ik ben 3 weken met verlof" });
  });

  it("'actie speeltuin weg, die staat dubbel': delete it (the command asks first)", async () => {
    expect(JSON.stringify(await understand("actie speeltuin weg, die staat dubbel", world()))).toContain("/actie verwijder");
  });

  it("in a long message the date is the one in the clause that starts with the action's name", async () => {
    const text = "Goedemorgen, ik was twee weken ziek. Van de speeltuin weet ik niks, daar bel ik morgen over. Waar ik wel iets van weet: wijkwebsite schuift naar 15 mei, de bouwer is ziek";
    expect(JSON.stringify(await understand(text, world()))).toContain("/actie deadline Eén wijkwebsite: 15 mei");
  });
});

describe("understand: a status after the name and a colon, with an emoji or as advice (thirty-fourth session)", () => {
  it("'wijkwebsite: done ✅ packed room, around 35 parents, great vibe': done, with the rest as its note", async () => {
    expect(await understand("wijkwebsite: done ✅ packed room, around 35 parents, great vibe", world())).toMatchObject({ text: "/actie klaar Eén wijkwebsite: packed room, around 35 parents, great vibe" });
  });

  it("'de wijkwebsite kunnen we beter stoppen, …' is advice: shown first, not done at once", async () => {
    expect(await understand("de wijkwebsite kunnen we beter stoppen, de andere twee zijn op koers", world())).toMatchObject({ kind: "confirm" });
  });
});

describe("understand: the coördinator's other business, in more words (thirty-fourth session)", () => {
  it.each([
    ["maak een nieuwe pijler Veiligheid aan, daar komen Brams acties straks onder", "/pijler nieuw Veiligheid"],
    ["wijkbot nieuwe pijler 'Meedoen' toevoegen aub, zoals vanavond besloten", "/pijler nieuw Meedoen"],
    ["deze week zit ik op cursus in Zwolle, t/m vrijdag. Joke is mijn vervanger", "/afwezig t/m vrijdag vervanger @Joke"],
    ["Ben vanaf vandaag uit de roulatie ivm operatie aan mijn knie, tot en met 6 maart. Lisa wil mijn zaken waarnemen", "/afwezig t/m 6 maart vervanger @Lisa"],
  ])("'%s' is shown first as %s", async (text, command) => {
    expect(await understand(text, world())).toMatchObject({ kind: "confirm", text: command });
  });

  it("'stop maar met dat wekelijkse overzicht naar mij, …' turns the weekly overview off", async () => {
    expect(JSON.stringify(await understand("stop maar met dat wekelijkse overzicht naar mij, ik lees het toch via Marieke", world()))).toContain("/weekoverzicht uit");
  });
});

describe("understand: counts and openers, mended (thirty-fourth session)", () => {
  it.each([
    ["huiswerkklas noord nu 18 kinderen", "18"],
    ["bij de huiswerkklas noord lopen nu 140 kinderen mee", "140"],
  ])("'%s' offers the whole count as the reach (%s), not its last digit", async (text, count) => {
    expect(JSON.stringify(await understand(text, world()))).toContain(`bereik Huiswerkklas Noord: ${count}"`);
  });

  it("'ben terug, moestuin kan weer op bezig': being back is no note", async () => {
    expect(await understand("ben terug, moestuin kan weer op bezig", world())).toMatchObject({ text: "/actie bezig Buurtmoestuin" });
  });
});

describe("understand: round 76b–78a's wrong changes, mended (thirty-fourth session)", () => {
  it("'Youssef heeft de wijkwebsite toch al af' checks, it changes nothing", async () => {
    expect(await understand("Youssef heeft de wijkwebsite toch al af", world())).not.toMatchObject({ kind: "run", text: expect.stringContaining("/actie klaar") });
  });

  it("'moestuin gaan we weer oppakken dus van geparkeerd naar bezig': under way, no note", async () => {
    expect(await understand("moestuin gaan we weer oppakken dus van geparkeerd naar bezig", world())).toMatchObject({ text: "/actie bezig Buurtmoestuin" });
  });

  it("'moestuin parkeren we even de kas wordt verbouwd tot april': parked, why without 'we even'", async () => {
    expect(await understand("moestuin parkeren we even de kas wordt verbouwd tot april", world())).toMatchObject({ text: "/actie parkeer Buurtmoestuin: de kas wordt verbouwd tot april" });
  });

  it("'de speeltuin is begonnen en de deadline wordt negenentwintig mei': both, shown first", async () => {
    expect(JSON.stringify(await understand("de speeltuin is begonnen en de deadline wordt negenentwintig mei", world()))).toContain("/actie deadline Speeltuin Kastanjelaan opknappen: 29 mei");
  });

  it("'… dus het bereik van de moestuin gaat omhoog met honderdvijftig kinderen': that many more", async () => {
    expect(JSON.stringify(await understand("moestuin we doen nu met vier scholen mee dus het bereik gaat omhoog met honderdvijftig kinderen", world()))).toContain("/actie bereik Buurtmoestuin: 150");
  });
});

describe("understand: a status said to be wrong, then the right one (thirty-fourth session)", () => {
  it.each([
    ["wijkwebsite staat op klaar maar moet gestopt zijn, ging niet door wegens te weinig geld", "/actie stop Eén wijkwebsite"],
    ["Youssef heeft de wijkwebsite op gestopt gezet maar dat loopt gewoon door. zet je m weer op bezig?", "/actie bezig Eén wijkwebsite"],
    ["moestuin staat op bezig, de oogst is binnen dus zet hem op klaar", "/actie klaar Buurtmoestuin"],
  ])("'%s' means %s", async (text, command) => {
    expect(JSON.stringify(await understand(text, world()))).toContain(command);
  });

  it("'de deadline van de wijkwebsite moet 9 februari zijn, niet 16' keeps no note 'niet 16'", async () => {
    expect(JSON.stringify(await understand("de deadline van de wijkwebsite moet 9 februari zijn, niet 16", world()))).not.toContain("niet 16");
  });
});

describe("understand: a day dictated in words before its month (thirty-fourth session)", () => {
  it.each([
    ["wijkwebsite deadline negen oktober", "9 oktober"],
    ["moestuin deadline zesentwintig februari", "26 februari"],
    ["wijkwebsite deadline eenendertig maart", "31 maart"],
  ])("'%s' is the deadline %s", async (text, date) => {
    expect(JSON.stringify(await understand(text, world()))).toContain(date);
  });

  it("a number word that is no day ('honderd mei') is left as typed", async () => {
    expect(JSON.stringify(await understand("moestuin: honderd mei-bloemen geplant", world()))).toContain("honderd mei-bloemen geplant");
  });
});

describe("understand: the stuurgroep's evening, in more words (thirty-fourth session)", () => {
  const sg = () => ({ ...world(), chatKind: "stuurgroep" }) as UnderstandWorld;

  it.each([
    ["laat even alle besluiten van vanavond zien", "/besluitenlijst"],
    ["heeft de stuurgroep nog wat gezegd over de moestuin", "/besluitenlijst"],
    ["is er al een nieuwe stuurgroep gepland?", "/vergaderingen"],
  ])("'%s' answers with %s", async (text, command) => {
    expect(await understand(text, sg())).toMatchObject({ kind: "run", text: command });
  });

  it("'besluit punt 3 vergeten: …' records the decision at item 3 without 'vergeten'", async () => {
    expect(JSON.stringify(await understand("besluit punt 3 vergeten: plek watertappunt wordt het plein bij de Jumbo", sg()))).toContain("/besluit plek watertappunt wordt het plein bij de Jumbo agendapunt 3");
  });
});

describe("understand: an action and a bare number (thirty-fifth session)", () => {
  it("'moestuin 1850': reached, intended, spent or planned? — the four offered by number", async () => {
    const read = await understand("moestuin 1850", world());
    expect(read).toMatchObject({ kind: "choose", options: [{ text: "/actie bereik Buurtmoestuin 1850" }, { text: "/actie bereik Buurtmoestuin beoogd 1850" }, { text: "/actie budget Buurtmoestuin besteed 1850" }, { text: "/actie budget Buurtmoestuin begroot 1850" }] });
  });

  it.each(["speeltuin € 84,50", "speeltuin 84,50 euro"])("'%s': an amount — spent or planned?", async (text) => {
    const read = await understand(text, world());
    expect(read).toMatchObject({ kind: "choose", options: [{ text: "/actie budget Speeltuin Kastanjelaan opknappen besteed 84,50" }, { text: "/actie budget Speeltuin Kastanjelaan opknappen begroot 84,50" }] });
  });

  it.each(["moestuin 40 kinderen", "moestuin 12 juni", "moestuin is 2 weken later"])("'%s' says more than a bare number: not asked so", async (text) => {
    const read = await understand(text, world());
    expect(read).not.toMatchObject({ kind: "choose", options: [{ text: expect.stringMatching(/^\/actie bereik Buurtmoestuin \d+$/) }] });
  });
});

describe("understand: a new action's parts in more forms (thirty-fifth session)", () => {
  it.each([
    ["new action for the youth: gaming workshop, owner Ahmed, pillar vreedzaam, 12+", "/actie nieuw gaming workshop eigenaar @Ahmed pijler Vreedzaam doelgroep 12+"],
    ["nieuwe actie namens de stuurgroep: bereiksmonitor 2026, deadline 1 juli", "/actie nieuw bereiksmonitor 2026 deadline 1 juli"],
    ["nieuwe actie excursie wetenschapsmuseum met groep 8, moet voor de zomervakantie geregeld zijn", "/actie nieuw excursie wetenschapsmuseum met groep 8 deadline voor de zomervakantie"],
    ["nog een actie: buurtbarbecue, algemeen, 80 bewoners, 500 euro begroot, kids2b doet mee", "/actie nieuw buurtbarbecue doelgroep algemeen beoogd 80 begroot 500 partner Kids2b kinderopvang"],
    ["ik wil een nieuwe actie: weerbare meiden, voor meiden van 12 tot 16. vreedzaam denk ik. 15 meiden", "/actie nieuw weerbare meiden doelgroep 12+ pijler Vreedzaam beoogd 15"],
    ["nieuwe actie kinderraad op school, vreedzaam, 4-12. ik ben eigenaar met lisa", "/actie nieuw kinderraad op school pijler Vreedzaam doelgroep 4-12 eigenaar @Fatima @Lisa"],
    ["nieuwe actie: startbijeenkomst voorschoolse partners, kansrijk", "/actie nieuw startbijeenkomst voorschoolse partners pijler Kansrijk"],
  ])("'%s' → %s", async (text, command) => {
    expect(await understand(text, world())).toMatchObject({ kind: "confirm", text: command });
  });

  it.each([
    ["nieuwe actie taalcafe voor ouders op school, kansrijk, zijn vorige week al begonnen", "bezig"],
    ["kun je er een actie bij zetten: sinterklaas op het consultatiebureau, gezond, 0-4. is al geweest", "klaar"],
  ])("'%s': made, and then set to how it stands already (%s)", async (text, sub) => {
    const read = await understand(text, world());
    expect(read).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/actie nieuw /) });
    expect((read as { then?: { text: string }[] }).then?.at(-1)?.text).toMatch(new RegExp(`^/actie ${sub} `));
  });
});

describe("understand: moving an action to another pillar, renaming with why (thirty-fifth session)", () => {
  it.each([
    ["moestuin verhuist van kansrijk naar gezond", "/actie pijler Buurtmoestuin Gezond"],
    ["de moestuin past beter bij vreedzaam, kun je m verplaatsen", "/actie pijler Buurtmoestuin Vreedzaam"],
    ["moestuin terug naar kansrijk", "/actie pijler Buurtmoestuin Kansrijk"],
  ])("'%s' → %s", async (text, command) => {
    expect(await understand(text, world())).toMatchObject({ text: command });
  });

  it("'de moestuin past niet bij de school' is no move", async () => {
    expect(await understand("de moestuin past niet bij de school", world())).not.toMatchObject({ text: expect.stringMatching(/^\/actie pijler/) });
  });

  it("'watertappunt heet voortaan Watertappunt Ganzevoortsingel, plek is gekozen': the new name without why", async () => {
    expect(await understand("watertappunt heet voortaan Watertappunt Ganzevoortsingel, plek is gekozen", world())).toMatchObject({ text: "/actie hernoem Watertappunt in de wijk naar Watertappunt Ganzevoortsingel" });
  });
});

describe("understand: polite requests in a direct message (thirty-fifth session)", () => {
  it.each([
    ["Dag Marieke, zou je mij de agenda voor donderdag kunnen sturen? Alvast bedankt, Ingrid", "/agenda"],
    ["can you send me the agenda please", "/agenda"],
    ["kun je me het overzicht sturen van alle pijlers", "/overzicht"],
  ])("'%s' → %s", async (text, command) => {
    expect(await understand(text, world())).toMatchObject({ kind: "run", text: expect.stringContaining(command) });
  });

  it("'hoi Marieke! vandaag de eerste zaadjes gezaaid in de moestuin': the greeting and the name are no part of the note", async () => {
    const read = await understand("hoi Marieke! vandaag met groep 5 de eerste zaadjes gezaaid in de moestuin", world());
    expect(JSON.stringify(read)).not.toMatch(/Marieke!/);
  });

  it("'Can you please talk English with me?': the language", async () => {
    expect(await understand("Can you please talk English with me?", world())).toMatchObject({ text: "/taal en" });
  });
});

describe("understand: a receipt's amount typed bare (thirty-fifth session)", () => {
  it.each([
    ["moestuin bonnetje van de bakker 84,50 nog even erbij zetten aub", "/actie budget Buurtmoestuin: besteed 84,50"],
    ["speeltuin bonnetje 84,50", "/actie budget Speeltuin Kastanjelaan opknappen: besteed 84,50"],
    ["offerte voor de speeltuin is 2k, dat wordt ons budget", "/actie budget Speeltuin Kastanjelaan opknappen: begroot 2k"],
  ])("'%s' → %s", async (text, command) => {
    expect(await understand(text, world())).toMatchObject({ text: command });
  });

  it("'moestuin bonnetje van de groothandel': no amount — no budget", async () => {
    expect(await understand("moestuin bonnetje van de groothandel", world())).not.toMatchObject({ text: expect.stringMatching(/^\/actie budget/) });
  });
});

describe("understand: an action's reminder sent again later, in words (thirty-fifth session)", () => {
  it.each([
    ["die melding van de moestuin, stuur die over 3 dagen maar opnieuw aub", "/snooze Buurtmoestuin over 3 dagen"],
    ["ik kreeg net een herinnering over het watertappunt, kan die dinsdag nog een keer komen? nu even geen tijd", "/snooze Watertappunt in de wijk dinsdag"],
    ["ja ik weet dat de moestuin over tijd is, niet elke keer zeuren. stuur pas weer op 1 februari", "/snooze Buurtmoestuin 1 februari"],
  ])("'%s' → %s (shown first)", async (text, command) => {
    expect(await understand(text, world())).toMatchObject({ kind: "confirm", text: command });
  });

  it("'stuur de flyers voor de moestuin maandag opnieuw naar de school' is no reminder put off", async () => {
    expect(await understand("stuur de flyers voor de moestuin maandag opnieuw naar de school", world())).not.toMatchObject({ text: expect.stringMatching(/^\/snooze/) });
  });
});

describe("understand: counts and plans said in more ways (thirty-fifth session)", () => {
  it.each([
    ["watertappunt: we zitten nu op 212 🙌", "/actie bereik Watertappunt in de wijk: 212"],
    ["moestuin: 4 new kids this week, now we have 16", "/actie bereik Buurtmoestuin: 16"],
  ])("'%s' → %s (shown first)", async (text, command) => {
    expect(await understand(text, world())).toMatchObject({ kind: "confirm", text: command });
  });

  it("'moestuin is klaar 🥕 we hebben 52 kinderen bereikt': done, and the count reached — both, shown first", async () => {
    expect(await understand("moestuin is klaar 🥕 we hebben 52 kinderen bereikt", world())).toMatchObject({ kind: "confirm", text: "/actie klaar Buurtmoestuin", then: [{ text: "/actie bereik Buurtmoestuin: 52" }] });
  });

  it("'moestuin: we gaan voor 60 kinderen ipv 40, er is meer plek': the count aimed at with why, or all of it as a note — offered", async () => {
    expect(await understand("moestuin: we gaan voor 60 kinderen ipv 40, er is meer plek", world())).toMatchObject({ kind: "choose", options: [{ text: "/actie bereik Buurtmoestuin: beoogd 60", then: [{ text: "/actie update Buurtmoestuin: er is meer plek" }] }, { text: "/actie update Buurtmoestuin: we gaan voor 60 kinderen ipv 40, er is meer plek" }] });
  });

  it("'moestuin: zaaien is verschoven naar half maart': a part of the action moved is news, not the deadline", async () => {
    expect(await understand("moestuin: zaaien is verschoven naar half maart", world())).not.toMatchObject({ text: expect.stringMatching(/^\/actie deadline/) });
  });

  it("'herfstvakantie 18 tm 26 okt en kerst 20 dec tm 4 jan invoeren': both periods, shown first", async () => {
    const w = { ...world(), now: new Date("2025-09-15T07:30:00Z") };
    expect(await understand("herfstvakantie 18 tm 26 okt en kerst 20 dec tm 4 jan invoeren", w)).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/vakantie 18 okt/), then: [{ text: expect.stringMatching(/^\/vakantie 20 dec/) }] });
  });

  it("'herinner me morgen om 9u aan de zaaiplanning' at ten past midnight: which day — asked", async () => {
    const w = { ...world(), now: new Date("2026-03-15T23:10:00Z") };
    expect(await understand("herinner me morgen om 9u aan de zaaiplanning", w)).toMatchObject({ kind: "say", text: { key: "understand.ask.tomorrowAtNight" } });
  });

  it("'draai terug aub, dat was niet de bedoeling. ik wou alleen de deadline naar 2 maart zetten': taken back with more meant — shown first", async () => {
    expect(await understand("draai terug aub, dat was niet de bedoeling. ik wou alleen de deadline naar 2 maart zetten", world())).toMatchObject({ kind: "confirm", text: "/ongedaan" });
  });
});

describe("understand: moving a deadline is not a part of the action moved (thirty-fifth session)", () => {
  it("'moestuin verzetten naar 29 januari, de bieb had de zaal dubbel verhuurd': the deadline, with why", async () => {
    expect(await understand("moestuin verzetten naar 29 januari, de bieb had de zaal dubbel verhuurd", world())).toMatchObject({ text: expect.stringMatching(/^\/actie deadline Buurtmoestuin/) });
  });

  it("'zet fatima afwezig t/m 5 mei met lisa als vervanger': the stand-in said with 'met … als vervanger'", async () => {
    const w = { ...world(), sender: { displayName: "Marieke" } };
    expect(await understand("zet fatima afwezig t/m 5 mei met lisa als vervanger", w)).toMatchObject({ text: expect.stringMatching(/vervanger @Lisa$/) });
  });

  it("'nieuwe actie buurtgesprek hangjongeren, vreedzaam, lisa trekt': Lisa is the owner", async () => {
    expect(await understand("nieuwe actie buurtgesprek hangjongeren, vreedzaam, lisa trekt", world())).toMatchObject({ text: "/actie nieuw buurtgesprek hangjongeren pijler Vreedzaam eigenaar @Lisa" });
  });
});

describe("understand: agenda items by number in English (thirty-fifth session)", () => {
  it.each([
    ["accept point 3", "/agenda accepteer 3"],
    ["point 2 is done", "/agenda behandeld 2"],
    ["move point 3 to next meeting, fatima is sick", "/agenda uitstellen 3"],
  ])("'%s' → %s", async (text, command) => {
    expect(await understand(text, { ...world(), chatKind: "stuurgroep" as const })).toMatchObject({ text: command });
  });
});

describe("understand: the agenda in more words (thirty-sixth session)", () => {
  const items = [
    { number: 1, text: "Voortgang per pijler", status: "geaccepteerd", proposer: "Marieke" },
    { number: 2, text: "Begroting 2026 vaststellen", status: "geaccepteerd", proposer: "Marieke" },
    { number: 3, text: "Plek watertappunt kiezen", status: "voorgesteld", proposer: "Fatima" },
    { number: 4, text: "Uitbreiding huiswerkbegeleiding", status: "voorgesteld", proposer: "Lisa" },
  ];
  const inStuurgroep = (text: string) => understand(text, { ...world(), chatKind: "stuurgroep", agendaItems: async () => items });
  const byDm = (text: string) => understand(text, { ...world(), agendaItems: async () => items });

  it.each([
    ["zet het watertappunt als eerste na de voortgang en dan pas de begroting", "/agenda volgorde 1 3 2 4"],
    ["het watertappunt graag direct na de voortgang, de begroting daarna", "/agenda volgorde 1 3 2 4"],
  ])("'%s': an item right after the next one named goes behind it → %s", async (text, command) => {
    expect(await inStuurgroep(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it("'watertappunt graag vóór de begroting behandelen donderdag' by DM: the order, not a note", async () => {
    expect(await byDm("watertappunt graag vóór de begroting behandelen donderdag")).toMatchObject({ kind: "confirm", text: "/agenda volgorde 1 3 2 4" });
  });

  it.each([
    ["agendapunt 3 mag erop en zet hem meteen als eerste", ["/agenda accepteer 3", "/agenda volgorde 3 1 2 4"]],
    ["punt 3 accepteren en dan volgorde 1, 3, 2", ["/agenda accepteer 3", "/agenda volgorde 1 3 2 4"]],
    ["huiswerkbegeleiding accepteren en meteen na de voortgang zetten", ["/agenda accepteer 4", "/agenda volgorde 1 4 2 3"]],
  ])("'%s': accepted and placed — both, shown first", async (text, [first, second]) => {
    expect(await inStuurgroep(text)).toMatchObject({ kind: "confirm", text: first, then: [{ text: second }] });
  });

  it("accepting alone gets no order", async () => {
    expect(await inStuurgroep("agendapunt 3 mag erop")).toMatchObject({ text: "/agenda accepteer 3" });
    expect(await inStuurgroep("agendapunt 3 mag erop")).not.toMatchObject({ then: [{ text: expect.anything() }] });
  });

  it.each([
    ["het voorstel van fatima over de plek vh watertappunt mag erop", "/agenda accepteer 3"],
    ["Kunt u het voorstel van Fatima over het watertappunt op de agenda opnemen?", "/agenda accepteer 3"],
    ["de punten van Fatima en Lisa mogen allebei op de agenda", "/agenda accepteer 3 4"],
    ["zet de plek van het watertappunt maar op de agenda, is goed", "/agenda accepteer 3"],
  ])("'%s': what was proposed, named by who proposed it or by all its words → %s", async (text, command) => {
    expect(await byDm(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it("'zet het onderhoud van het watertappunt op de agenda': a word the proposed item lacks — a new item", async () => {
    expect(await byDm("zet het onderhoud van het watertappunt op de agenda")).toMatchObject({ text: expect.stringMatching(/^\/agendapunt /) });
  });

  it("a date poll with one time and place for all ('telkens 19:30 in MFC Lewenborg')", async () => {
    expect(await inStuurgroep("zet een datumprikker uit voor de vergadering in april: 9 april, 16 april of 23 april, telkens 19:30 in MFC Lewenborg")).toMatchObject({ kind: "confirm", text: "/datumprikker 9 april 19:30, 16 april 19:30, 23 april 19:30 MFC Lewenborg" });
  });
});

describe("understand: the blind rounds' wrong changes, mended (thirty-sixth session)", () => {
  const withReach = (reached: number): UnderstandWorld => {
    const w = world();
    return { ...w, details: async (id: string) => ({ ...(await w.details(id)), reachReached: reached }) };
  };

  it("'watertappunt +45 bereikt 💧': that many on top of what was reached", async () => {
    expect(await understand("watertappunt +45 bereikt 💧", withReach(120))).toMatchObject({ text: "/actie bereik Watertappunt in de wijk: 165" });
  });

  it.each([
    ["moestuin bereik beoogd vijfentwintig kinderen en tot nu toe achttien", "/actie bereik Buurtmoestuin: 18 van 25"],
    ["moestuin bereik naar zeventien nee achttien en beoogd mag naar dertig", "/actie bereik Buurtmoestuin: 18 van 30"],
    ["moestuin: bereik 21 van de beoogde 30", "/actie bereik Buurtmoestuin: 21 van 30"],
    ["noteer even bij de moestuin: bereik 21 van de beoogde 30", "/actie bereik Buurtmoestuin: 21 van 30"],
  ])("'%s' → %s (reached of intended, each said its own way)", async (text, command) => {
    expect(await read(text)).toMatchObject({ text: command });
  });

  it.each([
    "moestuin: zaadjes gekocht bij de Boekenwurm voor 87,50 en koffie/thee 12,-",
    "wijkwebsite: van de 8000 is nu 5.600 op",
    "watertappunt: nog 800 over van de 2500",
    "moestuin: IVN Groningen geeft er natuurlessen bij voor de groepen 5 en 6",
    "speeltuin: De Schakel wil de ruimte met ons delen en betaalt de helft van de huur",
    "wijkwebsite: gisteren bij Be Quick Lewenborg geweest, ze willen meedoen met de website",
  ])("'%s': news with money or an organisation that joins is not noted at once (it may be for the budget or the partners)", async (text) => {
    const u = await read(text);
    expect(["confirm", "choose"]).toContain(u.kind);
    if (u.kind === "choose") expect(u.options.at(-1)).toMatchObject({ text: expect.stringMatching(/^\/actie update /) });
    else expect(u).toMatchObject({ text: expect.stringMatching(/^\/actie update /) });
  });

  it("plain news is still noted at once", async () => {
    expect(await read("moestuin: de bakken zijn gevuld en de kinderen hebben gezaaid")).toMatchObject({ kind: "run", text: expect.stringMatching(/^\/actie update Buurtmoestuin/) });
  });

  it("'…, iedereen bedankt 🙏': thanks to the others is part of the note", async () => {
    expect(await read("moestuin: uiteindelijk 11 vrijwilligers geholpen, iedereen bedankt 🙏")).toMatchObject({ text: "/actie update Buurtmoestuin: uiteindelijk 11 vrijwilligers geholpen, iedereen bedankt 🙏" });
  });

  it.each([
    ["moestuin: started again, jumbo sponsors the seeds", "/actie bezig Buurtmoestuin: jumbo sponsors the seeds"],
    ["moestuin: weer gestart, de gemeente levert de grond", "/actie bezig Buurtmoestuin: de gemeente levert de grond"],
  ])("'%s': the status said with 'again' after the colon → %s", async (text, command) => {
    expect(await read(text)).toMatchObject({ text: command });
  });

  it("'zebrapad is klaar, watertappunt kan weer op bezig': the status asked for the action named, the other clause its note", async () => {
    expect(await read("zebrapad is klaar, watertappunt kan weer op bezig")).toMatchObject({ kind: "confirm", text: "/actie bezig Watertappunt in de wijk: zebrapad is klaar" });
  });

  it("'volgorde wordt: voortgang, watertappunt, begroting' in the stuurgroep: the order said by names", async () => {
    expect(await understand("volgorde wordt: voortgang, watertappunt, begroting", stuurgroep())).toMatchObject({ kind: "confirm", text: "/agenda volgorde 1 3 2" });
  });
});

describe("understand: news with money or a partner offers what it may be for (thirty-sixth session)", () => {
  const options = async (text: string) => {
    const u = await read(text);
    expect(u.kind).toBe("choose");
    return u.kind === "choose" ? u.options.map((o) => [o.text, ...(o.then ?? []).map((t) => t.text)].join(" + ")) : [];
  };

  it.each([
    ["moestuin: zaadjes gekocht bij de Boekenwurm voor 87,50 en koffie/thee 12,-", "/actie budget Buurtmoestuin: besteed 99,50"],
    ["moestuin: 40 plantjes besteld a 4,95 per stuk", "/actie budget Buurtmoestuin: besteed 198"],
    ["moestuin: nieuwe gieters 2x 8,99 en potgrond 73,15", "/actie budget Buurtmoestuin: besteed 91,13"],
    ["moestuin: nog 800 over van de 2500", "/actie budget Buurtmoestuin: besteed 1700"],
    ["wijkwebsite: van de 8000 is nu 5.600 op", "/actie budget Eén wijkwebsite: besteed 5600"],
    ["moestuin: speelgoed gekocht, 64 euro 90", "/actie budget Buurtmoestuin: besteed 64,90"],
  ])("'%s' offers %s, and the note", async (text, spent) => {
    const offered = await options(text);
    expect(offered).toContain(spent);
    expect(offered.at(-1)).toMatch(/^\/actie update /);
  });

  it("'moestuin: er komt 6.000 extra uit het wijkbudget': money coming in is not offered as spent", async () => {
    const u = await read("moestuin: er komt 6.000 extra uit het wijkbudget");
    expect(JSON.stringify(u)).not.toMatch(/besteed/);
  });

  it.each([
    ["moestuin: IVN Groningen geeft er natuurlessen bij voor de groepen 5 en 6", "IVN Groningen"],
    ["moestuin: studenten van de Hanzehogeschool komen helpen, 4 stuks vanaf maart", "Hanzehogeschool"],
    ["wijkwebsite: gisteren bij Be Quick Lewenborg geweest, ze willen meedoen met de website. 3 trainers gaan de cursus volgen", "Be Quick Lewenborg"],
  ])("'%s' offers %s as a partner, the partner with the note, and the note", async (text, org) => {
    const offered = await options(text);
    expect(offered[0]).toMatch(new RegExp(`^/actie partner [^:]+: ${org}$`));
    expect(offered[1]).toMatch(new RegExp(`^/actie partner [^:]+: ${org} \\+ /actie update `));
    expect(offered.at(-1)).toMatch(/^\/actie update /);
  });

  it("'betrokkenheid cb: Kids2b kinderopvang sluit ook aan': the partner's name without the verb", async () => {
    expect(await read("betrokkenheid cb: Kids2b kinderopvang sluit ook aan")).toMatchObject({ text: "/actie partner Verhoogde betrokkenheid CB en GGD: Kids2b kinderopvang" });
  });
});

describe("understand: owners and absences in more words (thirty-sixth session)", () => {
  const as = (name: string, people = ["Marieke", "Fatima", "Joke", "Peter", "Ahmed", "Youssef", "Lisa", "Daan", "Esther", "Sanne"]): UnderstandWorld => ({ ...world(), sender: { displayName: name }, people: people.map((displayName) => ({ displayName })) });

  it("'ahmed is langdurig ziek, ik neem de wijkwebsite over': the speaker takes it, Ahmed is why", async () => {
    expect(await understand("ahmed is langdurig ziek, ik neem de wijkwebsite over", as("Youssef"))).toMatchObject({ text: "/actie eigenaar Eén wijkwebsite: @Youssef" });
  });

  it("'de wijkwebsite doen ahmed en ik niet meer, lisa neemt het over': only Lisa", async () => {
    expect(await understand("de wijkwebsite doen ahmed en ik niet meer, lisa neemt het over", as("Youssef"))).toMatchObject({ text: "/actie eigenaar Eén wijkwebsite: @Lisa" });
  });

  it("'de website doe ik niet meer, sanne en joke nemen het samen over': the two who take it", async () => {
    expect(await understand("de wijkwebsite doe ik niet meer, sanne en joke nemen het samen over", as("Youssef"))).toMatchObject({ text: expect.stringMatching(/^\/actie eigenaar Eén wijkwebsite: (@Sanne @Joke|@Joke @Sanne)$/) });
  });

  it("'de speeltuin doe ik samen met Esther, wil je haar erbij zetten': the request said again is no note", async () => {
    expect(await understand("de speeltuin doe ik samen met Esther, wil je haar erbij zetten", as("Peter"))).toMatchObject({ text: "/actie eigenaar Speeltuin Kastanjelaan opknappen: @Peter @Esther" });
  });

  it.each([
    ["ik ben tm vrijdag op schoolkamp, esther vervangt mij", "/afwezig t/m vrijdag vervanger @Esther"],
    ["I'm on leave until March 6, Daan will cover for me", "/afwezig t/m March 6 vervanger @Daan"],
  ])("'%s' → %s", async (text, command) => {
    expect(await understand(text, { ...as("Lisa"), isDirect: true })).toMatchObject({ text: command });
  });

  it.each([
    ["graag een punt erbij: vergaderschema tweede helft 2026", "/agendapunt Vergaderschema tweede helft 2026"],
    ["kan er nog een punt bij voor de stuurgroep: overlast jongeren bij het winkelcentrum", "/agendapunt Overlast jongeren bij het winkelcentrum"],
  ])("'%s': one more item after the colon → %s", async (text, command) => {
    expect(await understand(text, stuurgroep())).toMatchObject({ kind: "confirm", text: expect.stringContaining(command) });
  });
});

describe("understand: staying on, and being on leave said as a reason (thirty-sixth session)", () => {
  it("'ik doe de wijkwebsite niet meer alleen, Lisa wordt ook eigenaar': the speaker stays, Lisa joins", async () => {
    expect(await understand("ik doe de wijkwebsite niet meer alleen, Lisa wordt ook eigenaar", { ...world(), sender: { displayName: "Youssef" } })).toMatchObject({ text: "/actie eigenaar Eén wijkwebsite: @Youssef @Lisa" });
  });

  it("'Lisa takes over the wijkwebsite from me, I'm on paternity leave from feb': the hand-over, not an absence", async () => {
    expect(await understand("Lisa takes over the wijkwebsite from me, I'm on paternity leave from feb", { ...world(), sender: { displayName: "Youssef" } })).toMatchObject({ text: expect.stringMatching(/^\/actie eigenaar Eén wijkwebsite: @Lisa/) });
  });
});

describe("understand: a group's link code with 'koppel' (thirty-sixth session)", () => {
  it("'koppel deze groep, code X8TR2MWP' runs /koppel with the code", async () => {
    expect(await read("koppel deze groep, code X8TR2MWP")).toMatchObject({ kind: "run", text: "/koppel X8TR2MWP" });
  });
});

describe("understand: reminders dictated with the hour in words (thirty-sixth session)", () => {
  it.each([
    ["herinner me elke donderdag om kwart voor drie aan de presentielijst", /^\/herinner mij (?:de )?presentielijst elke donderdag 14:45$/],
    ["herinner me morgen half tien aan bewonerscommissie bellen", /^\/herinner mij bewonerscommissie bellen morgen (?:om )?(?:half 10|9:30)$/],
    ["herinner me donderdag om zes uur aan de notitie afmaken", /^\/herinner mij (?:de )?notitie afmaken donderdag (?:om )?18:00$/],
    ["zet een herinnering voor dinsdag nee woensdag bedoel ik om tien uur aan de bieb mailen", /^\/herinner mij (?:de )?bieb mailen woensdag (?:om )?10:00$/],
  ])("'%s'", async (text, command) => {
    expect(await read(text)).toMatchObject({ text: expect.stringMatching(command) });
  });
});

describe("understand: a status in a few more words (thirty-sixth session)", () => {
  it.each([
    ["moestuin pak ik weer op", "/actie bezig Buurtmoestuin"],
    ["gezonde school vignet voor alle scholen kan weer open, er komt een nieuwe ronde", "/actie bezig Gezonde School vignet voor alle scholen"],
  ])("'%s' → %s", async (text, command) => {
    expect(await understand(text, { ...world(), sender: { displayName: "Marieke" } })).toMatchObject({ text: expect.stringContaining(command) });
  });
});

describe("understand: 'koppel <iemand> aan pijler …' is no group code (thirty-sixth session)", () => {
  it("stays the command's own answer about the code, and moves no action", async () => {
    expect(await read("koppel fatima aan pijler vreedzaam ipv gezond")).not.toMatchObject({ text: expect.stringMatching(/^\/actie pijler/) });
  });
});

/** The note a reading offers first: the confirmed command, or the first of the numbered options. */
function noteFirst(u: Understanding | undefined): string | undefined {
  return u?.kind === "confirm" ? u.text : u?.kind === "choose" ? u.options[0]?.text : undefined;
}

describe("understand: what the thirty-seventh session's blind rounds taught", () => {
  it("a count of one occasion is offered as the reach too, after the note", async () => {
    const u = await read("bij de moestuin waren vandaag 14 kinderen");
    expect(u).toMatchObject({ kind: "choose" });
    expect(u?.kind === "choose" ? u.options.map((o) => o.text) : []).toEqual(["/actie update Buurtmoestuin: bij de moestuin waren vandaag 14 kinderen", "/actie bereik Buurtmoestuin: 14"]);
  });

  it.each([
    ["moestuin gaat naar ahmet", "/actie eigenaar Buurtmoestuin: @Ahmed"],
    ["moestuin: zet Yousef er ook bij", "/actie eigenaar Buurtmoestuin: @Youssef"],
  ])("a first name typed one letter off is that person: '%s'", async (text, command) => {
    expect(await read(text)).toMatchObject({ text: expect.stringContaining(command.slice(0, command.indexOf("@"))) });
    expect(JSON.stringify(await read(text))).toContain(command.slice(command.indexOf("@")));
  });

  it.each([
    ["zet de moestuin op naam van joke, zij zit vaker in het buurthuis", "/actie eigenaar Buurtmoestuin: @Joke"],
    ["moestuin: fatima eraf, joke en lisa erop", "/actie eigenaar Buurtmoestuin: "],
    ["het watertappunt staat op fatima maar dat moet joke zijn", "/actie eigenaar Watertappunt in de wijk: @Joke"],
    ["ik doe ook mee met de speeltuin, zet me erbij", "/actie eigenaar Speeltuin Kastanjelaan opknappen: @Peter @Fatima"],
  ])("owners said in more words: '%s' → %s…", async (text, command) => {
    const u = await read(text);
    expect(u && "text" in u && typeof u.text === "string" ? u.text : "").toContain(command);
  });

  it("'mij eraf halen bij het watertappunt, te druk' by its only owner: who takes it over? asked", async () => {
    expect(await read("mij eraf halen bij het watertappunt, te druk")).toMatchObject({ kind: "need-action", question: { key: "understand.ask.owner" } });
  });

  it("'moestuin: fatima eraf, joke en lisa erop' has only Joke and Lisa", async () => {
    const u = await read("moestuin: fatima eraf, joke en lisa erop");
    const text = u?.kind === "confirm" ? u.text : "";
    expect(text).toMatch(/@Joke/);
    expect(text).toMatch(/@Lisa/);
    expect(text).not.toMatch(/@Fatima/);
  });

  it("'concept ligt bij Sanne voor feedback' is news, no new owner", async () => {
    expect(JSON.stringify(await read("moestuin: concept ligt bij Joke voor feedback"))).not.toContain("/actie eigenaar");
  });

  it("'update moestuin: sinds de kerstvakantie 6 kinderen bijgekomen, …': the note asked for, and the reach offered with it", async () => {
    const u = await read("update moestuin: sinds de kerstvakantie 6 kinderen bijgekomen, vooral uit groep 5");
    expect(u).toMatchObject({ kind: "choose", options: [{ text: "/actie update Buurtmoestuin: sinds de kerstvakantie 6 kinderen bijgekomen, vooral uit groep 5", then: [{ text: "/actie bereik Buurtmoestuin: 6" }] }, { text: "/actie update Buurtmoestuin: sinds de kerstvakantie 6 kinderen bijgekomen, vooral uit groep 5" }] });
  });

  it("'kun je de herinneringen over de moestuin een week uitstellen': that action's reminders wait (snooze), not its deadline", async () => {
    expect(await read("kun je de herinneringen over de moestuin een week uitstellen")).toMatchObject({ kind: "confirm", text: "/snooze Buurtmoestuin over een week" });
  });

  it("'de voorleesochtend gaat beter dan verwacht' names no one ('beter' is no Peter)", async () => {
    expect(JSON.stringify(await read("de voorleesochtend gaat beter dan verwacht"))).not.toContain("@Peter");
  });
});

describe("understand: new actions, dates, meetings and the agenda in more words (thirty-seventh session)", () => {
  it.each([
    ["kan je een actie aanmaken. voetbaltoernooi voor de jeugd, is voor 12+. moet rond zijn eind april en ik doe het samen met youssef", "/actie nieuw voetbaltoernooi voor de jeugd doelgroep 12+"],
    ["nieuwe actie: tweede watertappunt bij de sportvelden. pijler gezond. geen haast, deadline 1 september", "/actie nieuw tweede watertappunt bij de sportvelden pijler Gezond deadline 1 september"],
    ["Wil je een actie aanmaken: Werkbijeenkomst kartrekkers. eind februari graag", "/actie nieuw Werkbijeenkomst kartrekkers deadline eind februari"],
    ["Idee voor een nieuwe actie, wil ik graag toevoegen: Lego robotica club. Pijler Kansrijk. Start na de voorjaarsvakantie, dus deadline 23 februari", "/actie nieuw Lego robotica club pijler Kansrijk deadline 23 februari"],
  ])("a part said in a sentence of its own, a word of manner, a lead-in before the colon: '%s'", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: expect.stringContaining(command) });
  });

  it("'moet rond zijn eind april en ik doe het samen met youssef' gives the deadline and the second owner, not more of the name", async () => {
    const u = await read("kan je een actie aanmaken. voetbaltoernooi voor de jeugd, is voor 12+. moet rond zijn eind april en ik doe het samen met youssef");
    expect(u?.kind === "confirm" ? u.text : "").toMatch(/deadline eind april/);
    expect(u?.kind === "confirm" ? u.text : "").toMatch(/@Youssef/);
  });

  it.each([
    ["speeltuin graag naar 3 apr ipv de 20e", "/actie deadline Speeltuin Kastanjelaan opknappen: 3 apr"],
    ["can you push the speeltuin back two weeks", "/actie deadline Speeltuin Kastanjelaan opknappen: 2 weken later"],
  ])("a deadline moved in other words: '%s'", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it("'moestuin moet verzet worden': to when? asked", async () => {
    expect(await read("moestuin moet verzet worden")).toMatchObject({ kind: "need-action", question: { key: "understand.ask.deadline" }, command: "actie deadline Buurtmoestuin:" });
  });

  it("'moestuin op bezig, bakken zijn gevuld. wanneer was de deadline ook alweer?': the change, shown first — never done at once", async () => {
    expect(await read("moestuin op bezig, bakken zijn gevuld. wanneer was de deadline ook alweer?")).toMatchObject({ kind: "confirm", text: "/actie bezig Buurtmoestuin: bakken zijn gevuld" });
  });

  it("'moestuin: vanaf nu elke dinsdag open. wanneer is de volgende stuurgroep eigenlijk?': the note, shown first; the question after it is another matter", async () => {
    expect(await read("moestuin: vanaf nu elke dinsdag open. wanneer is de volgende stuurgroep eigenlijk?")).toMatchObject({ kind: "confirm", text: "/actie update Buurtmoestuin: vanaf nu elke dinsdag open" });
  });

  it.each(["stuurgroep heeft beslist watertappunt bij winkelcentrum. klopt dat?", "afwezig melden. hoe?", "ik doe nu de moestuin. hoe schrijf ik een verslagje bij mijn actie?"])("'%s' asks about what it says: nothing is changed", async (text) => {
    const u = await read(text);
    expect(u?.kind === "confirm" && /^\/actie (update|klaar|bezig|stop|parkeer)/.test(u.text)).toBe(false);
  });

  it("'wat staat er eigenlijk bij mij als organisatie?' shows how one is known (/ik)", async () => {
    expect(await read("wat staat er eigenlijk bij mij als rol en organisatie?")).toEqual({ kind: "run", text: "/ik" });
  });

  it("'herinneer me 3 feb aan de posters' is a reminder, misspelt", async () => {
    expect(await read("herinneer me 3 feb aan de posters ophangen")).toMatchObject({ text: expect.stringMatching(/^\/herinner mij /) });
  });

  it("'volgende vergadering donderdag 28 mei 19:30, MFC Lewenborg': the meeting, its hour not read as a colon", async () => {
    expect(await understand("volgende vergadering donderdag 28 mei 19:30, MFC Lewenborg", { ...world(), chatKind: "stuurgroep" })).toMatchObject({ text: "/vergadering nieuw 28 mei 2026 19:30 MFC Lewenborg" });
  });

  it.each([
    ["besluit vast te leggen: vergaderingen voortaan om 19.00", "/besluit vergaderingen voortaan om 19.00"],
    ["besluit toevoegen aan donderdag: de stuurgroep komt elke 6 weken bij elkaar", "/besluit de stuurgroep komt elke 6 weken bij elkaar"],
  ])("words that bring a decision in are no part of it: '%s'", async (text, command) => {
    expect(await understand(text, { ...world(), chatKind: "stuurgroep" })).toMatchObject({ text: command });
  });

  it("'punt 2 en 3 zijn klaar' in the stuurgroep: both items dealt with", async () => {
    expect(await understand("punt 2 en 3 zijn klaar", { ...world(), chatKind: "stuurgroep" })).toMatchObject({ text: "/agenda behandeld 2 3" });
  });
});

describe("understand: a new action asked for before a colon, items by number, who may (thirty-seventh session)", () => {
  it.each([
    ["we gaan een jongerenraad opzetten!! zet maar als actie: jongerenraad lewenborg, pijler vreedzaam, 12+, eind juni moet hij staan", "/actie nieuw jongerenraad lewenborg pijler Vreedzaam doelgroep 12+ deadline eind juni"],
    ["noteer als actie: werkbezoek stuurgroep aan de flat, eigenaar Marieke", "/actie nieuw werkbezoek stuurgroep aan de flat eigenaar @Marieke"],
    ["zet ook maar een actie neer voor gezond: 'Valpreventie peuters', trekker Joke", "/actie nieuw Valpreventie peuters eigenaar @Joke pijler Gezond"],
  ])("'%s' → %s", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it("'4 en 5 allebei geaccepteerd' in the stuurgroep: both items taken onto the agenda, shown first", async () => {
    expect(await understand("4 en 5 allebei geaccepteerd", { ...world(), chatKind: "stuurgroep" })).toMatchObject({ kind: "confirm", text: "/agenda accepteer 4 5" });
  });

  it.each([["wie mag agendapunten accepteren eigenlijk?", "/help agenda accepteer"], ["mag ik als kartrekker ook iemand anders afwezig melden?", "/help afwezig"]])("'%s' asks who may: %s", async (text, command) => {
    expect(await read(text)).toEqual({ kind: "run", text: command });
  });
});

describe("understand: a count inside longer news (thirty-seventh session)", () => {
  it("'moestuin: de bakken zijn gevuld met aarde, 18 kinderen van de bso hebben geholpen en de zaaidag is 14 maart': the note and the reach, offered", async () => {
    const u = await read("moestuin: de bakken zijn gevuld met aarde, 18 kinderen van de bso hebben geholpen en de zaaidag is 14 maart");
    expect(u).toMatchObject({ kind: "choose" });
    const texts = u?.kind === "choose" ? u.options.map((o) => o.text) : [];
    expect(texts).toContain("/actie bereik Buurtmoestuin: 18");
    expect(texts).toContain("/actie update Buurtmoestuin: de bakken zijn gevuld met aarde, 18 kinderen van de bso hebben geholpen en de zaaidag is 14 maart");
  });
});

describe("understand: round 95a–98b's wrong changes and fields listed, mended (thirty-eighth session)", () => {
  it("'X moet op stop of parkeer' asks which status, never sets one", async () => {
    const u = await read("speeltuin moet op stop of parkeer, weet ik nog niet");
    expect(u.kind).toBe("choose");
    expect(JSON.stringify(u)).toContain("/actie stop Speeltuin Kastanjelaan opknappen");
    expect(JSON.stringify(u)).toContain("/actie parkeer Speeltuin Kastanjelaan opknappen");
  });

  it("'X is klaar. Y: news' is the status of the one and a note for the other", async () => {
    const u = await read("watertappunt is klaar. moestuin: de bakken zijn gevuld met aarde");
    expect(u).toMatchObject({ kind: "confirm", text: "/actie klaar Watertappunt in de wijk" });
    expect(JSON.stringify(u)).toContain("/actie update Buurtmoestuin: de bakken zijn gevuld met aarde");
  });

  it("money paid, said in news with a status, is offered as spent beside the note", async () => {
    const u = await read("wijkwebsite is gestart! bouwer heeft de opdracht, 2400 aanbetaald");
    expect(u).toMatchObject({ kind: "confirm" });
    expect(JSON.stringify(u)).toContain("/actie budget Eén wijkwebsite besteed 2400");
  });

  it("done with news that opens with a count: the note, with or without the count as reach, numbered", async () => {
    const u = await read("moestuin is klaar, 17 kinderen en de school wil volgend jaar weer");
    expect(u.kind).toBe("choose");
    expect(JSON.stringify(u)).toContain("/actie bereik Buurtmoestuin: 17");
  });

  it("'X: lisa er ook bij aub' adds an owner, never a note", async () => {
    const u = await read("speeltuin: lisa er ook bij aub");
    expect(JSON.stringify(u)).toContain("/actie eigenaar");
    expect(JSON.stringify(u)).not.toContain("/actie update");
  });

  it("'X doelgroep 0-4, deadline 27 maart' sets both; an age group in the name is no choice", async () => {
    const u = await read("buurtmoestuin doelgroep 4-12, deadline 27 maart");
    expect(JSON.stringify(u)).toContain("/actie doelgroep Buurtmoestuin 4-12");
    expect(JSON.stringify(u)).toContain("27 maart");
  });

  it("'het is voor 4-12' is an age group, never the date 4 December", async () => {
    const u = await read("buurtmoestuin: het is voor 4-12");
    expect(JSON.stringify(u)).toContain("/actie doelgroep Buurtmoestuin 4-12");
    expect(JSON.stringify(u)).not.toContain("/actie deadline");
  });

  it("'hernoem vreedzam naar …' renames the pillar typed one letter off, not an action", async () => {
    const u = await read("hernoem geznd naar Gezond opgroeien aub");
    expect(u).toMatchObject({ kind: "confirm", text: "/pijler hernoem Gezond naar Gezond opgroeien" });
  });

  it("'X mag weg, is dubbel met Y' asks to remove it; 'X mag weg, doen we niet meer' does not", async () => {
    expect(await read("stoppen met roken mag weg, is dubbel met de moestuin")).toMatchObject({ text: "/actie verwijder Stoppen met roken" });
    expect(JSON.stringify(await read("stoppen met roken mag weg, doen we toch niet meer"))).not.toContain("/actie verwijder");
  });

  it("'op klaar nee sorry op bezig bedoel ik we zijn net gestart' is bezig, with no note", async () => {
    const u = await read("zet de moestuin op klaar nee sorry op bezig bedoel ik we zijn net gestart");
    expect(u).toMatchObject({ text: "/actie bezig Buurtmoestuin" });
    expect(JSON.stringify(u)).not.toContain("bedoel ik");
  });
});

describe("understand: agenda numbers, decisions and pillars (thirty-eighth session, from the tune failures)", () => {
  const inStuurgroep = (text: string) => understand(text, { ...world(), chatKind: "stuurgroep" });

  it("'punt 3 4 en 5 accepteren' takes all three, never only the first", async () => {
    expect(await inStuurgroep("punt 3 4 en 5 accepteren")).toMatchObject({ kind: "confirm", text: "/agenda accepteer 3 4 5" });
    expect(await inStuurgroep("3, 4 en 5 accepteren")).toMatchObject({ kind: "confirm", text: "/agenda accepteer 3 4 5" });
  });

  it("'en besluit bij punt 3: …' is a decision at that item", async () => {
    expect(await inStuurgroep("en besluit bij punt 3: de kinderraad presenteert de plek in april")).toMatchObject({ kind: "confirm", text: "/besluit de kinderraad presenteert de plek in april agendapunt 3" });
  });

  it("'nog een besluit vd vorige vergadering: …' records what was decided, not which meeting", async () => {
    expect(await inStuurgroep("nog een besluit vd vorige vergadering: jaarverslag WIJ wordt in maart gepresenteerd")).toMatchObject({ kind: "confirm", text: "/besluit jaarverslag WIJ wordt in maart gepresenteerd" });
  });

  it("'add a pillar called Participatie please' leaves the politeness out of the name", async () => {
    expect(await read("add a pillar called Participatie please")).toMatchObject({ kind: "confirm", text: "/pijler nieuw Participatie" });
  });
});

describe("understand: a new action brought in as a plan (thirty-eighth session)", () => {
  it("'nieuw plan: …', 'voeg graag toe: …', 'nieuwe actei: …' are new actions, never a change to one that shares a word", async () => {
    expect(await read("nieuw plan: voorlichting slaap voor ouders van peuters. doelgroep 0-4")).toMatchObject({ kind: "confirm", text: "/actie nieuw voorlichting slaap voor ouders van peuters doelgroep 0-4" });
    expect(await read("wijkbot, voeg graag toe: begeleiding overstap po-vo. pijler kansrijk. eigenaar Peter")).toMatchObject({ kind: "confirm", text: "/actie nieuw begeleiding overstap po-vo pijler Kansrijk eigenaar @Peter" });
    expect(JSON.stringify(await read("nieuwe actei: budgetcoaching jongeren, pijlr kansrijk"))).toContain("/actie nieuw budgetcoaching jongeren");
  });
});

describe("understand: the coördinator's business said with why, and one's own organisation (thirty-ninth session)", () => {
  const asMarieke = (text: string) => understand(text, { ...world(), sender: { displayName: "Marieke" }, people: [...world().people, { displayName: "Anouk" }, { displayName: "Esther" }, { displayName: "Ingrid" }, { displayName: "Henk" }] });

  it("'pijler X heet voortaan Y, is gisteren in de stuurgroep besloten' renames the pillar; why is no part of the name", async () => {
    expect(await asMarieke("pijler Gezond heet voortaan Gezond Opgroeien, is gisteren in de stuurgroep besloten")).toMatchObject({ kind: "confirm", text: "/pijler hernoem Gezond naar Gezond Opgroeien" });
    expect(await asMarieke("pijler Gezond heet voortaan Gezond Opgroeien, zo staat het in het plan")).toMatchObject({ kind: "confirm", text: "/pijler hernoem Gezond naar Gezond Opgroeien" });
    expect(await asMarieke("Lisa is vanaf nu aanjager van Kansrijk, is gisteren besloten")).toMatchObject({ kind: "confirm", text: "/rol @Lisa aanjager Kansrijk" });
  });

  it("'ik zit vanaf vandaag in Spanje t/m zondag 1 maart' is away until then; 'ik zit in de vergadering tot 3 uur' is not", async () => {
    expect(await read("ik zit vanaf vandaag in Spanje t/m zondag 1 maart, geen vervanger nodig")).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/afwezig t\/m .*1 maart$/) });
    expect(await read("ik zit in de vergadering tot 3 uur")).not.toMatchObject({ text: expect.stringMatching(/^\/afwezig/) });
  });

  it("one's own organisation said as such is /ik with it, the why or the request after a comma left out", async () => {
    expect(await read("pls change my organisation to Politie Noord-Nederland, thats the official name now")).toMatchObject({ kind: "confirm", text: "/ik Fatima, Politie Noord-Nederland" });
    expect(await read("ik ben overgestapt naar De Huismeesters, wil je dat bij mijn naam zetten")).toMatchObject({ kind: "confirm", text: "/ik Fatima, De Huismeesters" });
    // (A known organisation only when every word typed is of it.)
    expect(await read("mijn organisatie is nu OBS Het Kompas")).toMatchObject({ kind: "confirm", text: "/ik Fatima, OBS Het Kompas" });
    expect(await read("verander mijn organisatie naar ggd groningen aub")).toMatchObject({ kind: "confirm", text: "/ik Fatima, GGD Groningen" });
    expect(await read("mijn naam graag als Fatima El Idrissi, organisatie klopt wel")).toMatchObject({ text: "/ik Fatima El Idrissi" });
  });

  it("roles: the chair taken over 'per vandaag', back to kartrekker in English, and the one who steps back with a clause between", async () => {
    expect(await asMarieke("Ingrid neemt per vandaag het voorzitterschap over van Henk. Henk blijft gewoon lid vd stuurgroep")).toMatchObject({ kind: "confirm", text: "/rol @Ingrid voorzitter", then: [{ text: "/rol @Henk stuurgroep" }] });
    expect(await asMarieke("Esther goes back to being a normal kartrekker in Kansrijk")).toMatchObject({ kind: "confirm", text: "/rol @Esther kartrekker Kansrijk" });
    expect(await asMarieke("kun je anouk aanjager maken van gezond? joke wil het afbouwen en blijft gewoon kartrekker bij gezond")).toMatchObject({ kind: "confirm", text: "/rol @Anouk aanjager Gezond", then: [{ text: "/rol @Joke kartrekker Gezond" }] });
  });

  it("an agenda item moved to a later meeting in other words: 'move item 3 to the march meeting', 'punt 3 doen we in maart'", async () => {
    const inStuurgroep = (text: string) => understand(text, { ...world(), chatKind: "stuurgroep" });
    expect(await inStuurgroep("move item 3 to the march meeting")).toMatchObject({ text: "/agenda uitstellen 3" });
    expect(await inStuurgroep("punt 3 doen we in maart")).toMatchObject({ text: "/agenda uitstellen 3" });
    expect(await inStuurgroep("can we move point 3 to next time")).toMatchObject({ text: "/agenda uitstellen 3" });
  });
});

describe("understand: round 99a–102b's wrong changes, mended (thirty-ninth session)", () => {
  const asMarieke = (text: string) => understand(text, { ...world(), sender: { displayName: "Marieke" }, people: [...world().people, { displayName: "Sanne" }], pillars: ["Kansrijk", "Vreedzaam", "Gezond", "Wonen"] });

  it("'hernoem 'X' naar: Y' renames it; never a note with the new name", async () => {
    expect(await asMarieke("hernoem 'Verhoogde betrokkenheid CB en GGD' naar: Samenwerking consultatiebureau en GGD")).toMatchObject({ text: "/actie hernoem Verhoogde betrokkenheid CB en GGD naar Samenwerking consultatiebureau en GGD" });
  });

  it("a new name with why after a comma ('…, die lange naam snapt niemand 😅') is the name alone", async () => {
    expect(await asMarieke("wijkbot watertappunt graag omdopen tot Waterpunt, die lange naam snapt niemand 😅")).toMatchObject({ text: expect.stringMatching(/naar Waterpunt$/) });
  });

  it("'maak sanne aanjager van gezond en kansrijk allebei' asks which pillar — someone leads one", async () => {
    const u = await asMarieke("maak sanne aanjager van gezond en kansrijk allebei");
    expect(u).toMatchObject({ kind: "need-action", command: "rol @Sanne aanjager" });
  });

  it("'X en Y horen allebei bij Wonen' moves both, shown first", async () => {
    expect(await asMarieke("de speeltuin kastanjelaan en de buurtmoestuin horen allebei bij Wonen")).toMatchObject({ kind: "confirm", text: "/actie pijler Speeltuin Kastanjelaan opknappen Wonen", then: [{ text: "/actie pijler Buurtmoestuin Wonen" }] });
  });

  it("'verwijder de actie X, <someone> regelt dat nu zelf' asks to delete it; the person in the why is no one it is about", async () => {
    expect(await asMarieke("verwijder de actie stoppen met roken, joke regelt dat nu via de ggd zelf")).toMatchObject({ text: "/actie verwijder Stoppen met roken" });
  });

  it("'X is gestart. en schrijf bij Y dat …' is the status of the one and a note at the other", async () => {
    expect(await read("betrokkenheid cb is gestart. en schrijf bij de buurtmoestuin dat de zaden binnen zijn")).toMatchObject({ kind: "confirm", text: "/actie bezig Verhoogde betrokkenheid CB en GGD", then: [{ text: "/actie update Buurtmoestuin: de zaden binnen zijn" }] });
  });

  it("'X klaar, Y nog steeds niet begonnen want …' is the status of the one and news of the other, never a note at the first", async () => {
    const u = await read("watertappunt klaar, speeltuin nog steeds niet begonnen want lefier heeft geen aannemer");
    expect(u).toMatchObject({ kind: "confirm", text: "/actie klaar Watertappunt in de wijk", then: [{ text: "/actie update Speeltuin Kastanjelaan opknappen: nog steeds niet begonnen want lefier heeft geen aannemer" }] });
  });

  it("'de gemeente geeft er 1500 voor' is the budget, euro said or not", async () => {
    expect(await read("betrokkenheid cb: de gemeente geeft er 1500 voor")).toMatchObject({ text: "/actie budget Verhoogde betrokkenheid CB en GGD: begroot 1500" });
  });

  it("news with, in a clause of its own, the total reached: the count as reach and the rest as the note, shown first", async () => {
    expect(await read("moestuin update: zaaidag gehad, volgende week komen de bakken. in totaal doen er 26 kinderen mee")).toMatchObject({ kind: "confirm", text: "/actie bereik Buurtmoestuin: 26", then: [{ text: "/actie update Buurtmoestuin: zaaidag gehad, volgende week komen de bakken" }] });
    expect(await read("watertappunt: het zijn er 7 van de 7 geworden, de laatste school kwam er nog bij")).toMatchObject({ kind: "confirm", text: "/actie bereik Watertappunt in de wijk: 7 van 7", then: [{ text: "/actie update Watertappunt in de wijk: de laatste school kwam er nog bij" }] });
  });

  it("'X: twaalf ouders getraind als …' offers the reach, both, or the note — numbered", async () => {
    const u = await read("moestuin: twaalf ouders getraind als tuinbegeleider");
    expect(u).toMatchObject({ kind: "choose", options: [{ text: "/actie bereik Buurtmoestuin: 12" }, { text: "/actie update Buurtmoestuin: twaalf ouders getraind als tuinbegeleider", then: [{ text: "/actie bereik Buurtmoestuin: 12" }] }, { text: "/actie update Buurtmoestuin: twaalf ouders getraind als tuinbegeleider" }] });
  });

  it("'X is gestart, <news> dus deadline naar <date> graag': the status, the deadline and the news, shown first", async () => {
    expect(await read("wijkwebsite is gestart, bouwer levert 1e versie op 20 maart dus deadline naar 20 maart graag")).toMatchObject({ kind: "confirm", text: "/actie bezig Eén wijkwebsite", then: [{ text: "/actie deadline Eén wijkwebsite: 20 maart" }, { text: "/actie update Eén wijkwebsite: bouwer levert 1e versie op 20 maart" }] });
  });

  it("an amount with more said after it in a clause of its own is shown first, never done with the rest unread", async () => {
    expect(await read("moestuin: begroting 1200 euro en fatima en joke trekken hem samen")).toMatchObject({ kind: "confirm" });
  });
});

describe("understand: new actions and agenda items, from round 99a–102b's tune part (thirty-ninth session)", () => {
  const inStuurgroep = (text: string) => understand(text, { ...world(), chatKind: "stuurgroep" });
  const asLisa = (text: string) => understand(text, { ...world(), sender: { displayName: "Lisa" } });

  it("'… for teens' at the end of an English new action's name is its age group; in Dutch 'voor tieners' may be what it is called (asked: both offered)", async () => {
    expect(await read("new action for Ahmed: street league for teens, pillar Vreedzaam")).toMatchObject({ text: expect.stringMatching(/^\/actie nieuw street league eigenaar @Ahmed .*doelgroep 12\+/) });
    expect(nameKept(await read("nieuwe actie: gameavond in het jongerencentrum voor tieners, vreedzaam, eigenaar Ahmed"))).toMatchObject({ text: "/actie nieuw gameavond in het jongerencentrum voor tieners pijler Vreedzaam eigenaar @Ahmed" });
    expect(nameKept(await read("nieuwe actie: leesclub voor groep 5 en 6, kansrijk"))).toMatchObject({ text: "/actie nieuw leesclub voor groep 5 en 6 pijler Kansrijk" });
  });

  it("an organisation it is done with, at the end of the name, is its partner; 'is voor de bovenbouw' as a part is the age group", async () => {
    expect(await read("nieuwe actie: techniek-estafette met het Noorderpoort, ik ben trekker, is voor de bovenbouw")).toMatchObject({ text: "/actie nieuw techniek-estafette doelgroep 4-12 partner Noorderpoort" });
    expect(await read("nieuwe actie: Halt-voorlichting op de scholen, vreedzaam, 4-12, met Halt Noord-Nederland")).toMatchObject({ text: "/actie nieuw Halt-voorlichting op de scholen pijler Vreedzaam doelgroep 4-12 partner Halt Noord-Nederland" });
  });

  it("'nieuwe actie voor daan en mij: …' makes both owners; 'we willen zo'n 30 gezinnen bereiken' is the intended reach", async () => {
    expect(await understand("nieuwe actie voor peter en mij: schoolkrant door leerlingen. kansrijk", { ...world(), sender: { displayName: "Lisa" } })).toMatchObject({ text: "/actie nieuw schoolkrant door leerlingen eigenaar @Peter @Lisa pijler Kansrijk" });
    expect(await asLisa("nieuwe actie: beweegmaatje, voor de peuters. gezond, joke wordt eigenaar en we willen zo'n 30 gezinnen bereiken")).toMatchObject({ text: "/actie nieuw beweegmaatje doelgroep 0-4 pijler Gezond beoogd 30 eigenaar @Joke" });
  });

  it("agenda items: '(info)' and 'niks te beslissen' are for information; the item after 'iets op de agenda?'; the English steering group agenda", async () => {
    expect(await read("agendapunt: terugblik watertappunt (info)")).toMatchObject({ text: expect.stringMatching(/^\/agendapunt Terugblik watertappunt informatie/) });
    expect(await read("kan er een punt op de agenda over het watertappunt? ik wil de stuurgroep even informeren, niks te beslissen hoor")).toMatchObject({ text: expect.stringMatching(/^\/agendapunt \S.* informatie/) });
    expect(await read("kan ik voor maart nog iets op de agenda zetten? betrokkenheid CB en GGD, ter informatie")).toMatchObject({ text: expect.stringMatching(/^\/agendapunt Betrokkenheid CB en GGD informatie/) });
    expect(await read("please add to the steering group agenda: sharing school data with GGD (privacy), for discussion")).toMatchObject({ text: "/agendapunt Sharing school data with GGD (privacy) bespreking" });
    expect(await read("voor de volgende stuurgroep een bespreekpunt over de rookvrije generatie op de schoolpleinen")).toMatchObject({ text: "/agendapunt Rookvrije generatie op de schoolpleinen bespreking" });
  });

  it("'bij agendapunt 3 besloten dat …' is a decision at that item; an item moved on while something is 'nog niet klaar' is deferred", async () => {
    expect(await inStuurgroep("bij agendapunt 3 besloten dat de kinderraad de plek mag kiezen")).toMatchObject({ text: "/besluit de kinderraad de plek mag kiezen agendapunt 3" });
  });
});

describe("understand: decisions, items and partners said in more words (thirty-ninth session)", () => {
  const inStuurgroep = (text: string) => understand(text, { ...world(), chatKind: "stuurgroep" });

  it("'en noteer ook als besluit dat … (punt 3)' is that decision at that item, never a note at an action it names", async () => {
    expect(await inStuurgroep("en noteer ook als besluit dat het watertappunt bij het winkelcentrum komt (punt 3)")).toMatchObject({ kind: "confirm", text: "/besluit het watertappunt bij het winkelcentrum komt agendapunt 3" });
  });

  it("'en nog een: X, ter informatie' is one more agenda item", async () => {
    expect(await read("en nog een: terugblik kerstmarkt moestuin, ter informatie")).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/agendapunt Terugblik kerstmarkt moestuin informatie/) });
  });

  it("'zet X dan ook als partner bij …': the little words before 'als partner' are no part of the name", async () => {
    expect(await read("zet Waterbedrijf Groningen dan ook als partner bij het watertappunt")).toMatchObject({ text: "/actie partner Watertappunt in de wijk: Waterbedrijf Groningen" });
  });
});

describe("understand: budgets said in more words (thirty-ninth session)", () => {
  it("'de begroting gaat van 8000 naar 6500, <why>' is what it becomes, with why as the note", async () => {
    expect(await read("wijkwebsite: de begroting gaat van 8000 naar 6500, we gebruiken een gratis template")).toMatchObject({ kind: "confirm", text: "/actie budget Eén wijkwebsite: begroot 6500" });
  });

  it("'…, zet dat maar als begroting' asks to record it — no note", async () => {
    const u = await read("moestuin krijgt 3000 euro van de gemeente, zet dat maar als begroting");
    expect(u).toMatchObject({ text: "/actie budget Buurtmoestuin: begroot 3000" });
    expect(JSON.stringify(u)).not.toContain("zet dat maar");
  });
});

describe("understand: a status typed wrong, and a note asked for in the stuurgroep (thirty-ninth session)", () => {
  it("'op geparkeert zetten' is parked", async () => {
    expect(await read("kan je de buurtmoestuin op geparkeert zetten, fatima is met zwangerschapsverlof")).toMatchObject({ text: expect.stringMatching(/^\/actie parkeer Buurtmoestuin/) });
  });

  it("'noteer bij X: … eerst een begroting …' in the stuurgroep is a note, never the agenda's order", async () => {
    const u = await understand("noteer bij de wijkwebsite: stuurgroep wil eerst een begroting zien voor ze ja zeggen", { ...world(), chatKind: "stuurgroep", agendaItems: async () => [{ number: 1, text: "Voortgang per pijler", status: "geaccepteerd" }, { number: 2, text: "Begroting 2026 vaststellen", status: "geaccepteerd" }] } as never);
    expect(u).toMatchObject({ text: "/actie update Eén wijkwebsite: stuurgroep wil eerst een begroting zien voor ze ja zeggen" });
  });
});

describe("understand: pillars and renames said the way a busy coördinator types (thirty-ninth session)", () => {
  const asMarieke = (text: string) => understand(text, { ...world(), sender: { displayName: "Marieke" } });

  it("a new pillar: 'nieuwe pijler erbij aub: X', 'we krijgen er een vierde pijler bij, X.', 'maak ff een pijler X aan'", async () => {
    expect(await asMarieke("nieuwe pijler erbij aub: Veiligheid")).toMatchObject({ kind: "confirm", text: "/pijler nieuw Veiligheid" });
    expect(await asMarieke("we krijgen er een vierde pijler bij, Wonen. wil je die aanmaken?")).toMatchObject({ kind: "confirm", text: "/pijler nieuw Wonen" });
    expect(await asMarieke("maak ff een pijler Jongeren aan")).toMatchObject({ kind: "confirm", text: "/pijler nieuw Jongeren" });
  });

  it("renames: 'pls rename pillar X to Y', 'can u rename my X to Y? thx', 'X heet officieel Y'", async () => {
    expect(await asMarieke("pls rename pillar Vreedzaam to Vreedzame wijk")).toMatchObject({ kind: "confirm", text: "/pijler hernoem Vreedzaam naar Vreedzame wijk" });
    expect(await read("can u rename my watertappunt to Waterpunt Lewenborg? thx")).toMatchObject({ text: "/actie hernoem Watertappunt in de wijk naar Waterpunt Lewenborg" });
    expect(await read("buurtmoestuin heet officieel Buurtmoestuin Lewenborg Noord")).toMatchObject({ text: "/actie hernoem Buurtmoestuin naar Buurtmoestuin Lewenborg Noord" });
  });
});

describe("understand: the next question after thanks, and the steering group in English (thirty-ninth session)", () => {
  it("'thanks! one more: who's our contact at Lefier?' is the question", async () => {
    const w = { ...world(), organisations: [...world().organisations, "Woningcorporatie Lefier"] };
    expect(await understand("thanks! one more: who's our contact at Lefier?", w)).toEqual(await understand("who's our contact at Lefier?", w));
  });

  it("'when is the next steering group?' is the meetings, never a choice between actions with 'groep' in their name", async () => {
    expect(await read("when is the next steering group?")).toMatchObject({ kind: "run", text: "/vergaderingen" });
  });
});

describe("understand: a reminder with how it stands said after it (thirty-ninth session)", () => {
  it("'herinner peter morgen aan X, staat al een tijd te laat' reminds of X alone", async () => {
    expect(await read("herinner peter morgen aan de speeltuin, staat al een tijd te laat")).toMatchObject({ text: "/herinner @Peter de speeltuin morgen" });
  });
});

describe("understand: news after a colon is one action's (thirty-ninth session)", () => {
  it("'X: A en B hebben …, de GGD moet nog. deadline wordt eind maart' stays at X — 'GGD' is the organisation, not an action", async () => {
    const u = await read("moestuin: de school en de bso hebben hun zaden geleverd, de GGD moet nog. deadline wordt eind maart");
    expect(JSON.stringify(u)).not.toContain("Verhoogde betrokkenheid");
    expect(u).toMatchObject({ text: expect.stringMatching(/^\/actie deadline Buurtmoestuin: eind maart/) });
  });
});

describe("understand: an organisation that joins, then what it brings (thirty-ninth session)", () => {
  it("'X: Centrum voor Jeugd en Gezin sluit aan, zij sturen …' offers that partner; never a note run at once", async () => {
    expect(await read("moestuin: Centrum voor Jeugd en Gezin sluit aan, zij sturen elke 2e dinsdag een pedagoog")).toMatchObject({ kind: "confirm", text: "/actie partner Buurtmoestuin: Centrum voor Jeugd en Gezin" });
  });
});

describe("understand: new actions from round 103a–106b's tune part (fortieth session)", () => {
  it.each([
    ["Nieuwe actie: babymassage cursus, voor ouders met baby's. Pijler Gezond.", "/actie nieuw babymassage cursus doelgroep 0-4 pijler Gezond"],
    ["nieuwe actie: Straatcoaches bij het winkelcentrum. vreedzaam. voor de jongeren die daar s avonds hangen.", "/actie nieuw Straatcoaches bij het winkelcentrum pijler Vreedzaam doelgroep 12+"],
    ["maak nieuwe actie Ouderavond sexting, voor ouders van pubers, vreedzaam", "/actie nieuw Ouderavond sexting doelgroep 12+ pijler Vreedzaam"],
    ["kun je een new action maken: Slaapspreekuur, for parents of toddlers, gezond", "/actie nieuw Slaapspreekuur doelgroep 0-4 pijler Gezond"],
    ["new one: Coding club, groep 7-8, Kansrijk", "/actie nieuw Coding club doelgroep 4-12 pijler Kansrijk"],
    ["nieuwe actie: Jongerenwerk op school, voor de brugklas, eigenaar Youssef", "/actie nieuw Jongerenwerk op school doelgroep 12+ eigenaar @Youssef"],
  ])("who it is for, as a piece of its own in more words, is the age group: %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it("who it is for at the end of the name ('Sportdag voor de kids') is asked: the age group, or part of the name", async () => {
    const u = await read("nieuwe actie Sportdag voor de kids, Gezond, budget 800");
    expect(u).toMatchObject({ kind: "choose", question: { key: "understand.newAgeOrName" } });
    expect(u.kind === "choose" && u.options.map((o) => o.text)).toEqual(["/actie nieuw Sportdag pijler Gezond begroot 800 doelgroep 4-12", "/actie nieuw Sportdag voor de kids pijler Gezond begroot 800"]);
  });

  it("'ik + Esther', 'me + Lisa' are the owners; 'pijlr', 'begrooot' are the parts, mistyped", async () => {
    const w = { ...world(), people: [...world().people, { displayName: "Esther" }], sender: { displayName: "Ahmed" } };
    expect(await understand("nieuwe actie Buurtpreventie app, ik + Esther, pijler vreedzaam", w)).toMatchObject({ text: "/actie nieuw Buurtpreventie app eigenaar @Ahmed @Esther pijler Vreedzaam" });
    expect(nameKept(await read("nieuwe actie: zakgeld workshop voor pubers , pijlr kansrijk, begrooot 400"))).toMatchObject({ text: "/actie nieuw zakgeld workshop voor pubers pijler Kansrijk begroot 400" });
  });

  it("'met de gemeente', 'with OBS X' as a piece of its own is the partner; 'met de kinderen van groep 6' is not", async () => {
    expect(await read("nieuwe actie: Oversteekplaats veiliger maken. vreedzaam, met de gemeente. Deadline 1 mei")).toMatchObject({ text: "/actie nieuw Oversteekplaats veiliger maken pijler Vreedzaam partner Gemeente Groningen deadline 1 mei" });
    expect(await read("nieuwe actie judoles in de gymzaal. met sportvereniging. deadline 30 mei")).toMatchObject({ text: "/actie nieuw judoles in de gymzaal partner sportvereniging deadline 30 mei" });
    expect(JSON.stringify(await read("nieuwe actie: vreedzame mediatoren, met de kinderen van groep 6, vreedzaam"))).not.toContain("partner");
    expect(await read("nieuwe actie: Zomervoetbal op het Pleintje. 40 kids is het doel. deadline 14 augustus")).toMatchObject({ text: "/actie nieuw Zomervoetbal op het Pleintje beoogd 40 deadline 14 augustus" });
  });
});

describe("understand: news after a colon, from round 103a–106b's tune part (fortieth session)", () => {
  it("'X: gestart 🎉🎉' is the status — emoji after it end it", async () => {
    expect(await read("Buurtmoestuin: gestart 🎉🎉")).toMatchObject({ kind: "run", text: "/actie bezig Buurtmoestuin" });
  });

  it("'zomerkamp: we mikken nu op 60 ipv 40' offers the count aimed at, or the note — never a note at once", async () => {
    const w = world();
    w.index = new ActionNameIndex<IndexedAction>([...ACTIONS, { id: "kamp", title: "Zomerkamp", shortName: null, pillarName: "Vreedzaam" }].map(({ id, title, shortName, pillarName }) => ({ id, title, shortName, pillarName })));
    expect(await understand("zomerkamp: we mikken nu op 60 ipv 40", w)).toMatchObject({ kind: "choose", options: [{ text: "/actie bereik Zomerkamp: beoogd 60" }, { text: "/actie update Zomerkamp: we mikken nu op 60 ipv 40" }] });
  });

  it("'X: … . <another action> …' is news of both, shown first; never all of it noted at X at once", async () => {
    expect(await read("moestuin: de bakken zijn gevuld. De speeltuin moet ook nog een keer besproken worden")).toMatchObject({ kind: "confirm", text: "/actie update Buurtmoestuin: de bakken zijn gevuld", then: [{ text: "/actie update Speeltuin Kastanjelaan opknappen: De speeltuin moet ook nog een keer besproken worden" }] });
    expect(await read("moestuin: de bakken zijn gevuld. De kinderen vonden het geweldig")).toMatchObject({ kind: "run" });
  });
});

describe("understand: decisions and agenda questions from round 103b's tune part (fortieth session)", () => {
  it.each([
    ["besluit - begin 2027 een nieuw wijkplan, marieke maakt een opzet", "/besluit begin 2027 een nieuw wijkplan, marieke maakt een opzet"],
    ["ter info voor iedereen, besluit van de stuurgroep gisteren: de speeltuin mag starten", "/besluit de speeltuin mag starten"],
    ["hoi, voor de besluitenlijst: besloten dat marieke de begroting per kwartaal rapporteert", "/besluit marieke de begroting per kwartaal rapporteert"],
    ["kun je nog een besluit aan de vergadering van afgelopen donderdag toevoegen: we vergaderen voortaan om 19:00", "/besluit we vergaderen voortaan om 19:00"],
    ["Vergeten te noteren, besluit agendapunt 2: begroting 2026 is vastgesteld", "/besluit begroting 2026 is vastgesteld agendapunt 2"],
  ])("a decision announced in more words: %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it("'hebben we de begroting al als besluit genoteerd?' is the list of decisions; 'welk nummer heeft mijn punt nu?' the agenda", async () => {
    expect(await read("hebben we de begroting al als besluit genoteerd?")).toMatchObject({ kind: "run", text: "/besluitenlijst" });
    expect(await read("welk nummer heeft mijn punt nu?")).toMatchObject({ kind: "run", text: "/agenda" });
  });

  it("'voeg de pijler Veiligheid toe, …' is a new pillar; 'we zijn klaar, vergadering gesloten' closes the meeting", async () => {
    expect(await read("voeg de pijler Veiligheid toe, hebben we net afgesproken")).toMatchObject({ kind: "confirm", text: "/pijler nieuw Veiligheid" });
    expect(await read("we zijn klaar, vergadering gesloten. stuur de besluiten maar door")).toMatchObject({ text: "/vergadering afsluiten" });
    expect(JSON.stringify(await read("de jongeren van de vergadering klaar"))).not.toContain("/vergadering afsluiten");
  });
});

describe("understand: more from round 103a–106b's tune part (fortieth session)", () => {
  it.each([
    ["nieuwe actie graag: Groente proeven, voor gezond, wil het voor de voorjaarsvakantie gedaan hebben 🥦", "/actie nieuw Groente proeven pijler Gezond deadline voor de voorjaarsvakantie"],
    ["nieuwe actie: Kookles met vaders. gezond, 200 euro", "/actie nieuw Kookles met vaders pijler Gezond begroot 200"],
    ["Actie nieuw: Training oudermediatoren ronde 2. Eigenaar Ahmed.", "/actie nieuw Training oudermediatoren ronde 2 eigenaar @Ahmed"],
    ["nieuwe actie op verzoek van de stuurgroep: Tussentijdse evaluatie, eigenaar Lisa", "/actie nieuw Tussentijdse evaluatie eigenaar @Lisa"],
    ["new action from tonight: Funding application, owner Peter", "/actie nieuw Funding application eigenaar @Peter"],
    ["zet een actie uit voor Peter: Gezonde kantine. pijler gezond.", "/actie nieuw Gezonde kantine eigenaar @Peter pijler Gezond"],
    ["ik zet even een actie neer voor het hele team: Wie-is-wie boekje. Ik trek hem zelf", "/actie nieuw Wie-is-wie boekje"],
    ["nieuwe actie: escape room. vreedzaam. budget 2,5k", "/actie nieuw escape room pijler Vreedzaam begroot 2,5k"],
  ])("a new action said so: %j", async (text, command) => {
    expect(await read(text)).toMatchObject({ kind: "confirm", text: command });
  });

  it("'kun je X op over 3 weken zetten' is its deadline, shown first", async () => {
    expect(await read("kun je de speeltuin op over 3 weken zetten")).toMatchObject({ kind: "confirm", text: "/actie deadline Speeltuin Kastanjelaan opknappen: over 3 weken" });
  });

  it("'X handtekeningen staat nu op 260 van de 300' is the reach, shown first", async () => {
    expect(await read("watertappunt handtekeningen staat nu op 260 van de 300")).toMatchObject({ text: "/actie bereik Watertappunt in de wijk: 260" });
  });

  it("'X moet uiterlijk 10 juli rond zijn ivm …' keeps no 'rond zijn' in the note", async () => {
    expect(JSON.stringify(await read("moestuin moet uiterlijk 10 juli rond zijn ivm de vakantie van de juf"))).not.toContain("rond zijn");
  });
});

describe("understand: people and their roles, from round 104b's tune part (fortieth session)", () => {
  const asMarieke = (text: string) => understand(text, { ...world(), sender: { displayName: "Marieke" }, people: [...world().people, { displayName: "Anouk" }, { displayName: "Esther" }, { displayName: "Daan" }] });

  it("'alle acties van Peter mogen naar Lisa, …' and 'hand over all of Fatima's stuff to Anouk' hand everything over", async () => {
    expect(await asMarieke("alle acties van Peter mogen naar Lisa, hij gaat per februari weg")).toMatchObject({ text: "/overdracht @Peter @Lisa" });
    expect(await asMarieke("can you hand over all of Fatima's stuff to Anouk? she's leaving the GGD")).toMatchObject({ text: "/overdracht @Fatima @Anouk" });
  });

  it("'nieuwe stuurgroepleden: Lisa en Daan' gives both the role; 'Esther joins the steering group' in English", async () => {
    expect(await asMarieke("nieuwe stuurgroepleden: Lisa en Daan")).toMatchObject({ kind: "confirm", text: "/rol @Lisa stuurgroep", then: [{ text: "/rol @Daan stuurgroep" }] });
    expect(await asMarieke("Esther joins the steering group on behalf of Lefier")).toMatchObject({ kind: "confirm", text: "/rol @Esther stuurgroep" });
  });

  it("'Anouk is de nieuwe aanjager van Gezond, Joke stapt over naar de stuurgroep' is both", async () => {
    expect(await asMarieke("Anouk is de nieuwe aanjager van Gezond, Joke stapt over naar de stuurgroep")).toMatchObject({ kind: "confirm", text: "/rol @Anouk aanjager Gezond", then: [{ text: "/rol @Joke stuurgroep" }] });
  });

  it("'today is my last day at WIJ, please sign me off' signs the sender off", async () => {
    expect(await read("today is my last day at WIJ, please sign me off")).toMatchObject({ text: "/vertrek @Fatima" });
  });
});

describe("understand: a deadline said with a day that is only referred to (fortieth session)", () => {
  it("'X moet een weekje later, de bieb heeft die donderdag …' moves it a week; 'die donderdag' names no new day", async () => {
    expect(await read("de speeltuin moet een weekje later, de aannemer heeft die donderdag geen tijd")).toMatchObject({ text: expect.stringMatching(/^\/actie deadline Speeltuin Kastanjelaan opknappen: 1 week later/) });
  });

  it("'X krijgt van de stuurgroep tot 1 juni, …' is its deadline, shown first", async () => {
    expect(await read("wijkwebsite krijgt van de stuurgroep tot 1 juni, eerst moeten alle teksten binnen zijn")).toMatchObject({ kind: "confirm", text: expect.stringMatching(/^\/actie deadline Eén wijkwebsite: tot 1 juni/) });
  });
});

describe("understand: one's reminders in English (fortieth session)", () => {
  it("'show me my reminders pls' is the list of one's reminders", async () => {
    expect(await read("show me my reminders pls")).toMatchObject({ kind: "run", text: "/herinneringen" });
  });
});

describe("understand: a new action and a change of another in one message (fortieth session)", () => {
  it.each([
    ["nieuwe actie Budgetcoaching, pijler Kansrijk. En moestuin: eerste zaden erin, ging super", ["/actie nieuw Budgetcoaching pijler Kansrijk", "/actie update Buurtmoestuin: eerste zaden erin, ging super"]],
    ["speeltuin schuift naar 15 augustus, en nieuwe actie: Voorbereidingsweekend, deadline 1 juni", ["/actie deadline Speeltuin Kastanjelaan opknappen: 15 augustus", "/actie nieuw Voorbereidingsweekend deadline 1 juni"]],
  ])("each half read on its own, both shown first: %j", async (text, commands) => {
    const u = await read(text);
    expect(u.kind === "confirm" && [u.text, ...(u.then ?? []).map((c) => c.text)]).toEqual(commands);
  });

  it("a new action alone with 'en' in it stays one new action", async () => {
    expect(await read("nieuwe actie: koken en bewegen, pijler gezond")).toMatchObject({ kind: "confirm", text: "/actie nieuw koken en bewegen pijler Gezond" });
  });
});
