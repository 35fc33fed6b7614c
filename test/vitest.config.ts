import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";
import { postgresAvailable } from "./helpers/postgres.ts";
import SlowFirst from "./helpers/slow-first.ts";

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
  "test/action-names/**",
  "test/services/plan-deadline-reminders.test.ts",
  "test/core/outbox.test.ts",
  "test/core/pipeline.test.ts",
  "test/core/router.test.ts",
  "test/scheduler/outbox-hooks.test.ts",
  "test/web/fast-dates.test.ts",
  "test/adapters/boundaries.test.ts",
  "test/adapters/fixtures.test.ts",
  "test/adapters/console-restart.test.ts",
  "test/adapters/platforms.test.ts",
  "test/adapters/teams-package.test.ts",
  "test/adapters/whatsapp-pacing.test.ts",
  "test/adapters/whatsapp-parse.test.ts",
  "test/render/monthly-update.test.ts",
  "test/render/weekly-digest.test.ts",
  "test/render/absence-return.test.ts",
  "test/render/agenda.test.ts",
];

/**
 * On PostgreSQL `npm test` runs what depends on the database itself: migrations, several
 * processes, write failures and lost connections, the scheduler's claims, leases, isolation,
 * retention and erasure, and the main command behaviours as a broad check of the queries. `npm run test:postgres`
 * runs every database test on PostgreSQL (both are also in CI's reach: see README).
 */
const POSTGRES_FOCUS = [
  "test/migrations/**",
  "test/multiprocess/**",
  "test/faults/write-failure.test.ts",
  "test/faults/database-unavailable.test.ts",
  "test/faults/kill-during-burst.test.ts",
  "test/faults/shutdown-drain.test.ts",
  "test/scheduler/claims.test.ts",
  "test/scheduler/flood.test.ts",
  "test/services/**",
  "test/db/**",
  "test/security/isolation-matrix.test.ts",
  "test/security/logs-and-secrets.test.ts",
  "test/security/retention.test.ts",
  "test/core/ask-back.test.ts",
  "test/core/duplicates.test.ts",
  "test/core/privacy.test.ts",
  "test/core/steps/act-direct.test.ts",
  // what used to be one file of action, list and undo commands, now a spec per command
  ...[
    ...["actie-nieuw", "actie-update", "actie-deadline", "actie-eigenaar", "actie-bereik", "actie-budget", "actie-doelgroep", "actie-partner"],
    ...["actie-pijler", "actie-hernoem", "actie-info", "actie-verwijder", "acties", "overzicht", "wie", "rol", "help", "ongedaan", "mijngegevens"],
  ].map((command) => `test/commands/${command}.test.ts`),
  "test/commands/vergeetmij.test.ts",
  "test/web/import.test.ts",
];
const postgresEverything = process.env.WIJKBOT_POSTGRES_ALL === "1";

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
    // One module registry per worker, not per file: the app (Prisma, chrono, zod, the catalogues …)
    // is imported once per worker instead of once per file — about 250 s of the run's CPU time.
    // What a process sets globally is set back before each file (helpers/fresh-globals.ts).
    isolate: false,
    setupFiles: ["test/helpers/fresh-globals.ts"],
    // Both cores: vitest's default leaves one idle (cores − 1), which made the suite twice as long.
    maxWorkers: 2,
    sequence: { sequencer: SlowFirst },
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
                include: postgresEverything ? ["test/**/*.test.ts"] : POSTGRES_FOCUS.map((p) => (p.endsWith("**") ? `${p}/*.test.ts` : p)),
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
