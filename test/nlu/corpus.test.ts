import { describe, expect, it } from "vitest";
import { caseProblems, loadSplit, type CorpusCase } from "./corpus.ts";
import { fold } from "./snapshot.ts";

/** The labelled corpus of issue 11 (test/nlu/corpus/*.jsonl) is well-formed. */
describe("NLU corpus", () => {
  const tune = loadSplit("tune");
  const heldout = loadSplit("heldout");
  const all: CorpusCase[] = [...tune, ...heldout];

  // The held-out part rolls: when a fresh blind round is written, the oldest held-out round
  // (measured before it was looked at) may move to tune. It stays between a sixth and a third.
  it("has at least 600 cases, a sixth to a third of them held out", () => {
    expect(all.length).toBeGreaterThanOrEqual(600);
    const share = heldout.length / all.length;
    expect(share).toBeGreaterThanOrEqual(0.15);
    expect(share).toBeLessThanOrEqual(0.33);
  });

  it("has unique ids across both files", () => {
    const seen = new Map<string, number>();
    for (const c of all) seen.set(c.id, (seen.get(c.id) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([id]) => id)).toEqual([]);
  });

  it("uses known categories, senders, chats and expectation kinds only", () => {
    const problems = all.flatMap((c) => caseProblems(c).map((p) => `${c.id}: ${p}`));
    expect(problems).toEqual([]);
  });

  it("words the held-out cases differently from the tuning cases", () => {
    const tuneTexts = new Set(tune.map((c) => fold(c.text)));
    // A bare "ja" or a number is the same word anywhere; everything longer must be new.
    const repeated = heldout.filter((c) => fold(c.text).split(" ").length > 2 && tuneTexts.has(fold(c.text)));
    expect(repeated.map((c) => `${c.id}: ${c.text}`)).toEqual([]);
  });

  it("covers every category in both splits", () => {
    const categories = (cases: CorpusCase[]) => new Set(cases.map((c) => c.category));
    expect([...categories(heldout)].sort()).toEqual([...categories(tune)].sort());
  });
});
