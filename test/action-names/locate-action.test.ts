import { describe, expect, it } from "vitest";
import { locateActions, textAround, tokenize, type ActionSpan } from "../../src/action-names/locate-action.ts";
import { ActionNameIndex, type MatchableAction } from "../../src/action-names/match-actions.ts";

const ACTIONS: MatchableAction[] = [
  { id: "water", title: "Watertappunt in de wijk", shortName: "watertappunt" },
  { id: "moestuin", title: "Buurtmoestuin", shortName: null },
  { id: "cb", title: "Verhoogde betrokkenheid CB en GGD", shortName: "betrokkenheid cb" },
  { id: "website", title: "Eén wijkwebsite", shortName: "wijkwebsite" },
  { id: "roken", title: "Stoppen met roken", shortName: null },
  { id: "speeltuin", title: "Speeltuin Kastanjelaan opknappen", shortName: null },
];
const index = new ActionNameIndex(ACTIONS);

/** The actions found, best first, each with the words of the message that name it. */
function located(text: string): { id: string; span: string }[] {
  return locateActions(index, text).map((s) => ({ id: s.action.id, span: text.slice(s.start, s.end) }));
}

function best(text: string): ActionSpan<MatchableAction> {
  const [first] = locateActions(index, text);
  if (!first) throw new Error(`no action found in ${JSON.stringify(text)}`);
  return first;
}

describe("tokenize", () => {
  it("splits a message into folded words with their place in the original text", () => {
    expect(tokenize("De Moestuin is klaar!")).toEqual([
      { word: "de", start: 0, end: 2 },
      { word: "moestuin", start: 3, end: 11 },
      { word: "is", start: 12, end: 14 },
      { word: "klaar", start: 15, end: 20 },
    ]);
  });

  it("folds accents away but keeps the offsets of the typed word", () => {
    const text = "Eén café";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word)).toEqual(["een", "cafe"]);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(["Eén", "café"]);
  });

  it("keeps a hyphenated word and a number with letters as one word", () => {
    expect(tokenize("wijk-website 2e schil").map((t) => t.word)).toEqual(["wijk-website", "2e", "schil"]);
  });

  it("skips punctuation and emoji", () => {
    expect(tokenize("🥕, ... !! geoogst 🎉").map((t) => t.word)).toEqual(["geoogst"]);
  });

  it("gives nothing for an empty message", () => {
    expect(tokenize("")).toEqual([]);
  });
});

describe("locateActions", () => {
  it("finds the action's name inside a sentence as a span, leaving the status words outside it", () => {
    const text = "de moestuin is klaar";
    const span = best(text);
    expect(span.action.id).toBe("moestuin");
    expect(text.slice(span.start, span.end)).toBe("moestuin");
    expect(span.firstToken).toBe(1);
  });

  it("takes the whole title as one span, little words between its words included", () => {
    const text = "watertappunt in de wijk is af, fijn";
    const span = best(text);
    expect(span.action.id).toBe("water");
    expect(text.slice(span.start, span.end)).toBe("watertappunt in de wijk");
    expect(span.exact).toBe(true);
    expect(span.coverage).toBe(1);
  });

  it("reads the end of a compound as that action: 'moestuin' finds 'Buurtmoestuin'", () => {
    const span = best("de moestuin is klaar");
    expect(span.action.title).toBe("Buurtmoestuin");
    expect(span.score).toBe(2.5);
    expect(span.exact).toBe(false);
  });

  it("finds a name typed in full, anywhere in a long sentence, as exact", () => {
    const text = "de kinderen hebben geoogst in de buurtmoestuin vandaag";
    const span = best(text);
    expect(span.action.id).toBe("moestuin");
    expect(text.slice(span.start, span.end)).toBe("buurtmoestuin");
    expect(span.exact).toBe(true);
  });

  it("finds a two-letter word that is exactly a word of the name ('cb')", () => {
    expect(located("cb is klaar")).toEqual([{ id: "cb", span: "cb" }]);
  });

  it("takes an action whose own name is made of little words ('Stoppen met roken') as one span", () => {
    expect(located("stoppen met roken is klaar")).toEqual([{ id: "roken", span: "stoppen met roken" }]);
  });

  it("forgives a small typo, as a weaker match", () => {
    const span = best("speeltiun klaar");
    expect(span.action.id).toBe("speeltuin");
    expect(span.score).toBe(1);
    expect(span.exact).toBe(false);
  });

  it("a letter off in a word of ten letters or more names it as surely as its start would (thirty-second session)", () => {
    const span = best("watertapunt klaar");
    expect(span.action.id).toBe("water");
    expect(span.score).toBe(2);
    expect(span.exact).toBe(false);
  });

  it("never takes question words or other little words for a name", () => {
    expect(located("wie wat waar wanneer hoe welke")).toEqual([]);
    expect(located("is er nog iets dat ik moet doen?")).toEqual([]);
  });

  it("finds nothing in a message that names no action", () => {
    expect(located("goedemorgen allemaal, lekker weertje")).toEqual([]);
  });

  it("ignores a single weak hit: a short word that only sits inside a longer name", () => {
    // "tuin" is inside "buurtmoestuin", but four letters in the middle of a compound are no evidence.
    expect(located("de tuin van de buren")).toEqual([]);
  });

  it("lists every action named, best first", () => {
    const text = "watertappunt in de wijk is af, fijn";
    expect(located(text).map((l) => l.id)).toEqual(["water", "website"]);
    const [first, second] = locateActions(index, text);
    expect(first.quality).toBeGreaterThan(second.quality);
  });

  it("scores an exact name above a partial one of the same words", () => {
    const exact = best("Stoppen met roken");
    const partial = best("roken");
    expect(exact.exact).toBe(true);
    expect(partial.exact).toBe(false);
    expect(exact.quality).toBeGreaterThan(partial.quality);
  });

  it("counts the share of the title's words that were typed as coverage", () => {
    expect(best("speeltuin").coverage).toBeCloseTo(1 / 3);
    expect(best("speeltuin kastanjelaan opknappen").coverage).toBe(1);
  });

  it("matches the short name exactly even when the title has more words", () => {
    const span = best("hoe gaat het met het watertappunt?");
    expect(span.action.id).toBe("water");
    expect(span.exact).toBe(true);
  });
});

describe("textAround", () => {
  it("gives what was said before and after the name, as typed", () => {
    const text = "Hoera: de buurtmoestuin is klaar, de kinderen hebben geoogst 🥕";
    expect(textAround(text, best(text))).toEqual({ before: "Hoera: de", after: "is klaar, de kinderen hebben geoogst 🥕" });
  });

  it("gives empty strings when the message is only the name", () => {
    const text = "Buurtmoestuin";
    expect(textAround(text, best(text))).toEqual({ before: "", after: "" });
  });
});

describe("locateActions: which words of the message name the action", () => {
  const more = new ActionNameIndex<MatchableAction>([
    { id: "tech", title: "Techniekdag groep 7 en 8", shortName: null },
    { id: "kiem", title: "Kindteams (KIEM) ook voorschools", shortName: "kindteams" },
  ]);
  const spanOf = (text: string) => {
    const s = locateActions(more, text)[0];
    return text.slice(s.start, s.end);
  };

  it("the words right before a colon are what the message is about: 'techniekdag: groep 7 heeft 20 april vrij' names 'techniekdag'", () => {
    expect(spanOf("techniekdag: groep 7 heeft 20 april vrij, dus niet die dag")).toBe("techniekdag");
  });

  it("the short name said as it is beats two title words later: 'kindteams gaat niet door omdat KIEM stopt met voorschoolse teams'", () => {
    expect(spanOf("kindteams gaat definitief niet door omdat KIEM stopt met voorschoolse teams")).toBe("kindteams");
  });
});

describe("locateActions: a season said as a moment (thirty-first session)", () => {
  const withCamp = new ActionNameIndex<MatchableAction>([...ACTIONS, { id: "kamp", title: "Zomerkamp", shortName: null }, { id: "zomer", title: "Zomer in de wijk", shortName: null }]);
  const found = (text: string) => locateActions(withCamp, text).map((s) => s.action.id);

  it("'na de zomer weer oppakken' names no action that only starts with 'zomer'", () => {
    expect(found("parkeren bedoelde ik: na de zomer weer oppakken")).not.toContain("kamp");
  });

  it("a title with the season as a word of its own is still found", () => {
    expect(found("voor de zomer in de wijk hebben we 3 vrijwilligers")).toContain("zomer");
  });

  it("'zomer' without a word that makes it a moment still finds the Zomerkamp", () => {
    expect(found("zomer is vol, 40 aanmeldingen")).toContain("kamp");
  });
});
