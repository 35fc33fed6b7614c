import { describe, expect, it } from "vitest";
import { CHECK_IN_ANSWER, parseCheckInAnswers } from "../../src/parse/check-in-answers.ts";

const entries = (answers: ReturnType<typeof parseCheckInAnswers>) => (answers ? Object.fromEntries(answers) : null);

describe("parseCheckInAnswers", () => {
  it("reads a verdict per number, in any of its words", () => {
    expect(entries(parseCheckInAnswers("1 op koers, 2 loopt achter en 3 stoppen", 3))).toEqual({ 1: "op-koers", 2: "loopt-achter", 3: "stoppen" });
    expect(entries(parseCheckInAnswers("1. on track; 2: behind", 2))).toEqual({ 1: "op-koers", 2: "loopt-achter" });
    expect(entries(parseCheckInAnswers("2) gestopt", 2))).toEqual({ 2: "stoppen" });
  });

  it("'alles op koers' answers every number up to the count", () => {
    expect(entries(parseCheckInAnswers("alles op koers", 3))).toEqual({ 1: "op-koers", 2: "op-koers", 3: "op-koers" });
    expect(entries(parseCheckInAnswers("all behind!", 2))).toEqual({ 1: "loopt-achter", 2: "loopt-achter" });
  });

  it("is null when any part is not understood", () => {
    expect(parseCheckInAnswers("1 op koers en 2 weet ik nog niet", 2)).toBeNull();
    expect(parseCheckInAnswers("gaat prima hoor", 2)).toBeNull();
    expect(parseCheckInAnswers("", 2)).toBeNull();
  });
});

describe("CHECK_IN_ANSWER (what a bare answer in a direct chat looks like)", () => {
  it("matches a numbered verdict or 'alles …' at the start, not ordinary text", () => {
    expect(CHECK_IN_ANSWER.test("1 op koers")).toBe(true);
    expect(CHECK_IN_ANSWER.test("alles op koers")).toBe(true);
    expect(CHECK_IN_ANSWER.test("de moestuin loopt achter")).toBe(false);
  });
});
