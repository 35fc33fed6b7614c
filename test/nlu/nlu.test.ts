import { expect, it } from "vitest";
import { loadCorpus } from "./corpus.ts";
import { evaluate } from "./evaluate.ts";
import { count, failureList, HELDOUT_MIN_SCORE, score, table } from "./report.ts";

/**
 * Issue 11 ("Understanding people"): the labelled corpus against the real bot. Fails on
 * any WRONG change (tune or held-out) and when fewer than HELDOUT_MIN_SCORE of the
 * held-out cases are understood or answered with a precise question. Details of every
 * failing case: npm run eval:nlu.
 */
it("understands the people in the corpus", { timeout: 600_000 }, async () => {
  const results = await evaluate({ cases: loadCorpus() });
  const heldout = results.filter((r) => r.split === "heldout");
  const tables = [table(results.filter((r) => r.split === "tune"), "== tune =="), table(heldout, "== heldout ==")].join("\n\n");
  process.stdout.write(`\n${tables}\n`);
  const wrong = results.filter((r) => r.outcome === "WRONG");
  expect(wrong.length, `WRONG changes (the bot changed something it should not have):\n${failureList(wrong)}`).toBe(0);
  const heldoutScore = score(count(heldout));
  expect(heldoutScore, `held-out score ${(100 * heldoutScore).toFixed(1)}% < ${100 * HELDOUT_MIN_SCORE}%\n${tables}`).toBeGreaterThanOrEqual(HELDOUT_MIN_SCORE);
});
