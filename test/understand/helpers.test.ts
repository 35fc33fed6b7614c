import { describe, expect, it } from "vitest";
import { expandShorthand, findPersonIn, fixTypo, numberWordsToDigits, tidyDictation, spokenRepairs } from "../../src/understand/helpers.ts";

describe("fixTypo: a word the reader keys on, typed one letter off", () => {
  it.each([
    ["deadlin", "deadline"],
    ["agendapnt", "agendapunt"],
    ["vergaderingn", "vergaderingen"],
    ["herinering", "herinnering"],
    ["stuurgoep", "stuurgroep"],
    ["overzciht", "overzicht"],
    ["startd", "started"],
  ])("%j is read as %j", (typed, word) => {
    expect(fixTypo(typed)).toBe(word);
  });

  it.each(["herinnert", "deadlines", "gesloten", "besteld", "gestort", "gestapt", "starten", "kinderen", "vergadert", "eigenaars", "klaar"])("%j, a word of its own, is left as typed", (word) => {
    expect(fixTypo(word)).toBe(word);
  });

  it("works inside the folded sentence, with the shorthand", () => {
    expect(expandShorthand("ouderbetrokkenheid deadlin naar eind mei idd")).toBe("ouderbetrokkenheid deadline naar eind mei inderdaad");
  });
});

describe("expandShorthand: words that dictation split in two", () => {
  it.each([
    ["wat hebben we vorige keer be sloten", "wat hebben we vorige keer besloten"],
    ["herinner mij donder dag aan de stuur groep stukken", "herinner mij donderdag aan de stuurgroep stukken"],
    ["de wijk website is klaar", "de wijkwebsite is klaar"],
  ])("%j is read as %j", (typed, read) => {
    expect(expandShorthand(typed)).toBe(read);
  });

  it.each(["zet het op de agenda punt 2", "ik kom van dag niet", "ik ga op vakantie"])("%j is left as it is", (typed) => {
    expect(expandShorthand(typed)).toBe(typed);
  });
});

describe("dictated numbers and split words (nineteenth session)", () => {
  it("reads a number dictated in pieces as one", () => {
    expect(numberWordsToDigits("twee duizend zes en twintig")).toBe("2026");
    expect(numberWordsToDigits("drie duizend euro")).toBe("3000 euro");
    expect(numberWordsToDigits("zes en twintig kinderen")).toBe("26 kinderen");
  });

  it("stores a dictated decision as meant, every other word as typed", () => {
    expect(tidyDictation("de begroting twee duizend zes en twintig is vast gesteld agendapunt twee")).toBe("de begroting 2026 is vastgesteld agendapunt 2");
    expect(tidyDictation("wijk website wordt door webbureau noord gebouwd")).toBe("wijkwebsite wordt door webbureau noord gebouwd");
    expect(tidyDictation("een van de twee scholen doet mee")).toBe("een van de twee scholen doet mee");
  });
});

describe("spokenRepairs: a slip repaired in the same breath (thirty-sixth session)", () => {
  it.each([
    ["bereik naar zeventien nee achttien", "bereik naar achttien"],
    ["op dinsdag nee woensdag om 10 uur", "op woensdag om 10 uur"],
    ["ophalen bij de drukker nee bij de copyshop", "ophalen bij de copyshop"],
    ["herinner me om 3, sorry 4 uur", "herinner me om 4 uur"],
  ])("'%s' → '%s'", (text, meant) => {
    expect(spokenRepairs(text)).toBe(meant);
  });

  it.each(["is de moestuin klaar? nee nog niet", "bij de drukker nee dat is dicht", "nee 20", "2 kinderen, nee geen ouders"])("'%s' is left as it is", (text) => {
    expect(spokenRepairs(text)).toBe(text);
  });
});

describe("findPersonIn: a first name typed one letter off (thirty-seventh session)", () => {
  const people = ["Anouk", "Peter", "Youssef", "Esther", "Lisa"].map((displayName) => ({ displayName }));
  it.each([["welke acties heeft anuok lopen", "Anouk"], ["zomerkamp gaat naar yousef", "Youssef"], ["ligt nu bij esthr", "Esther"]])("%j names %s", (text, name) => {
    expect(findPersonIn(text, people)).toBe(name);
  });
  it.each(["het gaat beter dan verwacht", "de peuter speelde mee", "lise komt ook"])("%j names no one", (text) => {
    expect(findPersonIn(text, people)).toBeUndefined();
  });
});
