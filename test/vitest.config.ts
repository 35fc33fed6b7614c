import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";
import { postgresAvailable } from "./helpers/postgres.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
/** Tests that never touch a database run once; everything else runs on SQLite and on PostgreSQL. */
const DATABASE_FREE = ["test/parse/**", "test/security/fuzz-settings.test.ts", "test/nlu/**"];

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
                env: { WIJKBOT_TEST_DB: "postgres" },
                globalSetup: ["test/helpers/postgres-setup.ts"],
              },
            },
          ]
        : []),
    ],
  },
});
