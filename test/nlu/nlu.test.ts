import { expect, it } from "vitest";
import { loadTestShare } from "./corpus.ts";
import { evaluate } from "./evaluate.ts";
import { count, failureList, FLOOR, HELDOUT_MIN_SCORE, score, table } from "./report.ts";

/**
 * Issue 11 ("Understanding people"): the labelled corpus against the real bot. The issue's
 * target is no WRONG change at all and HELDOUT_MIN_SCORE of the held-out cases understood
 * or answered with a precise question; until that is reached this test holds the line at
 * FLOOR (report.ts): no WRONG change on the tune part, no more on the held-out part than
 * measured, and a held-out score no lower. Details of every failing case: npm run eval:nlu.
 *
 * In `npm test`: a quarter of the held-out cases and a thirty-second of the tune cases (loadTestShare); with NLU_FULL=1
 * (`npm run test:nlu`, run by CI after `npm test`) every case.
 */
it(process.env.NLU_FULL === "1" ? "understands the people in the corpus (all of it)" : "understands the people in the corpus (a quarter of the held-out part, a thirty-second of the tune part)", { timeout: 900_000 }, async () => {
  const results = await evaluate({ cases: loadTestShare() });
  const heldout = results.filter((r) => r.split === "heldout");
  const tables = [table(results.filter((r) => r.split === "tune"), "== tune =="), table(heldout, "== heldout ==")].join("\n\n");
  process.stdout.write(`\n${tables}\n`);
  const tuneWrong = results.filter((r) => r.outcome === "WRONG" && r.split === "tune");
  expect(tuneWrong.length, `WRONG changes on the tune part (the bot changed something it should not have):\n${failureList(tuneWrong)}`).toBeLessThanOrEqual(FLOOR.tuneWrong);
  const heldoutWrong = heldout.filter((r) => r.outcome === "WRONG");
  // Only the count is shown for the held-out part: its cases are not read for tuning.
  expect(heldoutWrong.length, "WRONG changes on the held-out part").toBeLessThanOrEqual(FLOOR.heldoutWrong);
  const heldoutScore = score(count(heldout));
  expect(heldoutScore, `held-out score ${(100 * heldoutScore).toFixed(1)}% (target ${100 * HELDOUT_MIN_SCORE}%)\n${tables}`).toBeGreaterThanOrEqual(FLOOR.heldoutScore);
});
