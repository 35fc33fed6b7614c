import { describe, expect, it } from "vitest";
import { readCheckInInWords } from "../../src/understand/read-check-in.ts";
import { locateActions } from "../../src/action-names/locate-action.ts";
import { ActionNameIndex } from "../../src/action-names/match-actions.ts";
import type { IndexedAction } from "../../src/action-names/action-index.ts";

const ACTIONS: IndexedAction[] = [
  { id: "vignet", title: "Gezonde School vignet", shortName: null, pillarName: "Gezond" },
  { id: "water", title: "Watertappunt in de wijk", shortName: "watertappunt", pillarName: "Gezond" },
  { id: "moestuin", title: "Buurtmoestuin", shortName: null, pillarName: "Gezond" },
  { id: "schil", title: "Vreedzaam breder trekken naar de 2e schil", shortName: "2e schil", pillarName: "Vreedzaam" },
];
const index = new ActionNameIndex<IndexedAction>(ACTIONS);
const ITEMS = [
  { n: 1, actionId: "vignet", title: "Gezonde School vignet" },
  { n: 2, actionId: "water", title: "Watertappunt in de wijk" },
  { n: 3, actionId: "moestuin", title: "Buurtmoestuin" },
];
const read = (text: string, items = ITEMS) => readCheckInInWords(text, items, locateActions(index, text));

describe("readCheckInInWords: the mid-year check answered in words", () => {
  it.each([
    ["1 en 2 op koers, moestuin loopt achter", "/check 1 op koers, 2 op koers, 3 loopt achter"],
    ["vignet loopt achter, watertappunt op koers en de moestuin ook op koers", "/check 1 loopt achter, 2 op koers, 3 op koers"],
    ["de moestuin kunnen we beter stoppen, de andere twee zijn op koers", "/check 1 op koers, 2 op koers, 3 stoppen"],
    ["watertappunt is on track", "/check 2 op koers"],
  ])("'%s' → %s", (text, command) => {
    expect(read(text)).toBe(command);
  });

  it("'2e schil op koers' is the action named '2e schil', not item 2", () => {
    expect(read("2e schil op koers, moestuin loopt achter", [...ITEMS, { n: 4, actionId: "schil", title: "Vreedzaam breder trekken naar de 2e schil" }])).toBe("/check 3 loopt achter, 4 op koers");
  });

  it.each([
    ["moestuin is klaar, de kinderen hebben geoogst"],
    ["het gaat goed met alles"],
    ["op koers"],
  ])("'%s' is no answer in words to the check (nothing named with a verdict, or no verdict)", (text) => {
    expect(read(text)).toBeUndefined();
  });

  it("without an open check there is nothing to answer", () => {
    expect(read("1 en 2 op koers, moestuin loopt achter", [])).toBeUndefined();
  });
});
