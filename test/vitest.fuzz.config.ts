import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

/**
 * `npm run fuzz`: the big fuzz run (100,000 inputs; see test/security/fuzz-settings.ts), kept
 * out of `npm test`. SQLite by default; WIJKBOT_FUZZ_DB=postgres runs it on a private
 * PostgreSQL cluster instead. WIJKBOT_FUZZ_SEED, WIJKBOT_FUZZ_RUNS and WIJKBOT_FUZZ_PATH
 * replay a reported failure.
 */
const root = fileURLToPath(new URL("..", import.meta.url));
const database = process.env.WIJKBOT_FUZZ_DB ?? "sqlite";
if (database !== "sqlite" && database !== "postgres") throw new Error(`WIJKBOT_FUZZ_DB must be sqlite or postgres, not "${database}"`);

export default defineConfig({
  test: {
    root,
    include: ["test/security/fuzz.test.ts"],
    pool: "forks",
    hookTimeout: 120_000,
    env: { WIJKBOT_TEST_DB: database, WIJKBOT_FUZZ_PROFILE: "deep" },
    globalSetup: database === "postgres" ? ["test/helpers/postgres-setup.ts"] : [],
  },
});
