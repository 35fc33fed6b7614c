import { describe, expect, it } from "vitest";
import { ActionNameIndex, matchActions, type MatchableAction } from "../../src/action-names/match-actions.ts";

const actions: MatchableAction[] = [
  { id: "moestuin", title: "Buurtmoestuin aan de Kluut", shortName: "moestuin" },
  { id: "speeltuin", title: "Speeltuin Zuid opknappen", shortName: null },
  { id: "water", title: "Watertappunt in de wijk", shortName: "watertappunt" },
  { id: "school", title: "Gezonde School vignet voor alle scholen", shortName: "gezonde school" },
  { id: "vignet-oud", title: "Vignet gezonde kantine", shortName: null },
];
const ids = (query: string) => matchActions(actions, query).map((a) => a.id);

describe("matchActions (forgiving action names)", () => {
  it("an exact short name or title wins outright, whatever the case and accents", () => {
    expect(ids("Moestuin")).toEqual(["moestuin"]);
    expect(ids("WATERTAPPUNT")).toEqual(["water"]);
    expect(ids("speeltuin zuid opknappen")).toEqual(["speeltuin"]);
  });

  it("finds an action by some of its words, in any order", () => {
    expect(ids("zuid speeltuin")).toEqual(["speeltuin"]);
    expect(ids("de tappunt")).toEqual(["water"]);
  });

  it("forgives a small typo", () => {
    expect(ids("speeltiun")).toEqual(["speeltuin"]);
  });

  it("matches the end of a compound ('moestuin' in 'Buurtmoestuin')", () => {
    expect(new ActionNameIndex(actions).scoredMatches("kluut moestuin")[0].action.id).toBe("moestuin");
  });

  it("gives every equally good candidate when the words do not decide (the user chooses)", () => {
    expect(ids("vignet gezonde").sort()).toEqual(["school", "vignet-oud"]);
  });

  it("finds nothing for words no action has, or only little words", () => {
    expect(ids("voetbalkooi")).toEqual([]);
    expect(ids("de het een")).toEqual([]);
    expect(ids("")).toEqual([]);
  });
});

describe("ActionNameIndex.withTitle", () => {
  it("finds actions by their exact title only", () => {
    const index = new ActionNameIndex(actions);
    expect(index.withTitle("watertappunt in de wijk").map((a) => a.id)).toEqual(["water"]);
    expect(index.withTitle("watertappunt")).toEqual([]);
  });
});
