/**
 * How big a fuzz run is and where its randomness starts. `npm test` runs the "suite" profile
 * (about 2,000 inputs, seconds); `npm run fuzz` runs the "deep" profile (100,000 inputs,
 * minutes to an hour). Both start from the same fixed seed, so a failure seen once is seen
 * again; the environment can name another seed, run count or counterexample path.
 */
export const FUZZ_DEFAULT_SEED = 20261123;
export const FUZZ_RUNS_BY_PROFILE = { suite: 2_000, deep: 100_000 } as const;
export type FuzzProfile = keyof typeof FUZZ_RUNS_BY_PROFILE;

export interface FuzzSettings {
  runs: number;
  seed: number;
  profile: FuzzProfile;
  /** fast-check's counterexample path: with the seed, replays only the failing input. */
  path?: string;
}

export function fuzzSettings(env: Record<string, string | undefined>): FuzzSettings {
  const profile = env.WIJKBOT_FUZZ_PROFILE ?? "suite";
  if (!(profile in FUZZ_RUNS_BY_PROFILE)) throw new Error(`WIJKBOT_FUZZ_PROFILE must be one of ${Object.keys(FUZZ_RUNS_BY_PROFILE).join(", ")}, not "${profile}"`);
  const runs = wholeNumber(env, "WIJKBOT_FUZZ_RUNS") ?? FUZZ_RUNS_BY_PROFILE[profile as FuzzProfile];
  if (runs < 1) throw new Error(`WIJKBOT_FUZZ_RUNS must be at least 1, not ${runs}`);
  const seed = wholeNumber(env, "WIJKBOT_FUZZ_SEED") ?? FUZZ_DEFAULT_SEED;
  const path = env.WIJKBOT_FUZZ_PATH?.trim();
  return { runs, seed, profile: profile as FuzzProfile, ...(path ? { path } : {}) };
}

function wholeNumber(env: Record<string, string | undefined>, name: string): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  if (!/^-?\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) throw new Error(`${name} must be a whole number, not "${raw}"`);
  return Number(raw);
}
