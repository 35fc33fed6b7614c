import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { FUZZ_DEFAULT_SEED, fuzzSettings } from "./fuzz-settings.ts";
import { fuzzInput } from "./fuzz-inputs.ts";

/**
 * The suite must stay under 10 minutes on a 2-core machine: the 100,000-input fuzz run took
 * 867 s of it. `npm test` fuzzes about 2,000 inputs; `npm run fuzz` does the big run, with a
 * fixed seed unless WIJKBOT_FUZZ_SEED names one, so any failure can be replayed.
 */
describe("how many inputs the fuzzer tries, and with which seed", () => {
  it("npm test tries about 2,000 inputs with the fixed seed", () => {
    expect(fuzzSettings({})).toEqual({ runs: 2_000, seed: FUZZ_DEFAULT_SEED, profile: "suite" });
  });

  it("npm run fuzz tries 100,000 inputs with the same fixed seed", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.fuzz).toBe("vitest run --config test/vitest.fuzz.config.ts");
    expect(pkg.scripts.test).not.toContain("fuzz");
    expect(fuzzSettings({ WIJKBOT_FUZZ_PROFILE: "deep" })).toEqual({ runs: 100_000, seed: FUZZ_DEFAULT_SEED, profile: "deep" });
  });

  it("WIJKBOT_FUZZ_SEED and WIJKBOT_FUZZ_RUNS replay a reported run; WIJKBOT_FUZZ_PATH replays just its counterexample", () => {
    expect(fuzzSettings({ WIJKBOT_FUZZ_PROFILE: "deep", WIJKBOT_FUZZ_SEED: "-1734", WIJKBOT_FUZZ_RUNS: "5000" })).toEqual({ runs: 5_000, seed: -1734, profile: "deep" });
    expect(fuzzSettings({ WIJKBOT_FUZZ_SEED: "42", WIJKBOT_FUZZ_PATH: "812:3:0" })).toEqual({ runs: 2_000, seed: 42, profile: "suite", path: "812:3:0" });
  });

  it("refuses a seed or run count that is not a whole number, instead of quietly using the default", () => {
    expect(() => fuzzSettings({ WIJKBOT_FUZZ_SEED: "abc" })).toThrow(/WIJKBOT_FUZZ_SEED.*whole number/);
    expect(() => fuzzSettings({ WIJKBOT_FUZZ_RUNS: "1e5" })).toThrow(/WIJKBOT_FUZZ_RUNS.*whole number/);
    expect(() => fuzzSettings({ WIJKBOT_FUZZ_RUNS: "0" })).toThrow(/WIJKBOT_FUZZ_RUNS/);
    expect(() => fuzzSettings({ WIJKBOT_FUZZ_PROFILE: "huge" })).toThrow(/WIJKBOT_FUZZ_PROFILE/);
  });

  it("the same seed makes the same inputs, another seed other inputs", () => {
    const sample = (seed: number) => fc.sample(fuzzInput, { seed, numRuns: 50 });
    expect(sample(FUZZ_DEFAULT_SEED)).toEqual(sample(FUZZ_DEFAULT_SEED));
    expect(sample(FUZZ_DEFAULT_SEED + 1)).not.toEqual(sample(FUZZ_DEFAULT_SEED));
  });

  it("the inputs are mostly commands built from real command words, with some noise and very long texts", () => {
    const inputs = fc.sample(fuzzInput, { seed: FUZZ_DEFAULT_SEED, numRuns: 1_000 });
    const commandLike = inputs.filter((text) => /^\s*(\/\/?|!)?\s*[a-z]/i.test(text));
    expect(commandLike.length).toBeGreaterThan(600);
    expect(inputs.some((text) => text.length > 1_000)).toBe(true);
    expect(inputs.some((text) => /[\u0000-\u001f\u200b\u202e]/.test(text))).toBe(true);
  });
});
