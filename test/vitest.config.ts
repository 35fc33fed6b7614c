import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";
import { postgresAvailable } from "./helpers/postgres.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
/**
 * Tests that never touch the test database (no database at all, or always their own SQLite
 * file, like the transcripts and the console) run once; everything else runs on SQLite and
 * on PostgreSQL.
 */
const DATABASE_FREE = [
  "test/parse/**",
  "test/nlu/**",
  "test/understand/**",
  "test/transcripts/**",
  "test/i18n/catalogues.test.ts",
  "test/i18n/json-catalogue.test.ts",
  "test/security/fuzz-settings.test.ts",
  "test/services/clean-text.test.ts",
  "test/services/locate-action.test.ts",
  "test/services/rank-actions.test.ts",
  "test/core/outbox.test.ts",
  "test/core/pipeline.test.ts",
  "test/core/router.test.ts",
  "test/scheduler/outbox-hooks.test.ts",
  "test/web/fast-dates.test.ts",
  "test/adapters/boundaries.test.ts",
  "test/adapters/console-restart.test.ts",
  "test/adapters/platforms.test.ts",
  "test/adapters/teams-package.test.ts",
  "test/adapters/whatsapp-pacing.test.ts",
  "test/adapters/whatsapp-parse.test.ts",
];

const withPostgres = postgresAvailable() || Boolean(process.env.WIJKBOT_REQUIRE_POSTGRES);
if (!withPostgres) {
  process.stderr.write("\n⚠ PostgreSQL is not installed: this run covers SQLite only (.ci/run installs PostgreSQL and runs both).\n\n");
}

export default defineConfig({
  test: {
    root,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Both cores: vitest's default leaves one idle (cores − 1), which made the suite twice as long.
    maxWorkers: 2,
    projects: [
      {
        extends: true as const,
        test: { name: "sqlite", include: ["test/**/*.test.ts"], env: { WIJKBOT_TEST_DB: "sqlite" } },
      },
      ...(withPostgres
        ? [
            {
              extends: true as const,
              test: {
                name: "postgres",
                include: ["test/**/*.test.ts"],
                exclude: ["**/node_modules/**", ...DATABASE_FREE],
                // Two connections per test database: each new connection to a fresh database costs a
                // server process and a cold catalogue cache, and a test's app needs no more.
                env: { WIJKBOT_TEST_DB: "postgres", DATABASE_POOL_SIZE: "2" },
                globalSetup: ["test/helpers/postgres-setup.ts"],
              },
            },
          ]
        : []),
    ],
  },
});
