import { describe, expect, it } from "vitest";
import { expandShorthand, fixTypo } from "../../src/understand/helpers.ts";

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
