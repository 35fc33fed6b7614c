import { describe, expect, it } from "vitest";
import { matchActions } from "../../src/action-names/match-actions.ts";
import { editDistance, fold } from "../../src/parse/text.ts";

const ACTIONS = [
  { id: "1", title: "Watertappunt in de wijk", shortName: "watertappunt" },
  { id: "2", title: "Eén wijkwebsite", shortName: "wijkwebsite" },
  { id: "3", title: "Financiële educatie in projectplan Campus 2025", shortName: null },
  { id: "4", title: "Ouderbetrokkenheid", shortName: null },
  { id: "5", title: "Ouderavond mediawijsheid", shortName: null },
  { id: "6", title: "Watertappunt bij school", shortName: null },
];
const ids = (query: string) => matchActions(ACTIONS, query).map((a) => a.id);

describe("action names are matched forgivingly", () => {
  it.each([
    ["watertappunt", ["1"]], // the exact short name wins over the other watertappunt
    ["Watertappunt in de wijk", ["1"]],
    ["WATERTAPPUNT IN DE WIJK", ["1"]],
    ["wijk watertappunt", ["1"]],
    ["een wijkwebsite", ["2"]],
    ["wijkwebsite", ["2"]],
    ["wijkwebiste", ["2"]],
    ["financiele educatie", ["3"]],
    ["financiële", ["3"]],
    ["campus", ["3"]],
    ["ouderbetrokenheid", ["4"]],
  ])("%s → %j", (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it("lists every candidate when a name fits several actions", () => {
    expect(ids("ouder")).toEqual(["4", "5"]);
    expect(ids("watertappunt school")).toEqual(["6"]);
  });

  it("finds nothing for unrelated words", () => {
    expect(ids("speeltuin")).toEqual([]);
    expect(ids("")).toEqual([]);
    expect(ids("de het een")).toEqual([]);
  });
});

describe("text folding and typo distance", () => {
  it("folds case, accents and punctuation", () => {
    expect(fold("  Één  Wijk-website!! ")).toBe("een wijk-website");
    expect(fold("Financiële")).toBe("financiele");
  });
  it("counts a swapped pair of letters as one typo", () => {
    expect(editDistance("acite", "actie")).toBe(1);
    expect(editDistance("klaar", "klaar")).toBe(0);
    expect(editDistance("bezig", "klaar")).toBeGreaterThan(2);
  });
});
