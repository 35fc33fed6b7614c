import { startPrivateCluster, adminQuery, postgresAvailable } from "./postgres.ts";
import { migratePostgres } from "../../src/migrate-postgres.ts";

/** Template database every test database is copied from (CREATE DATABASE … TEMPLATE). */
export const TEMPLATE_DATABASE = "wijkbot_template";

/** vitest globalSetup of the "postgres" project: one private cluster for the whole run. */
export default async function setup({ provide }: { provide: (key: string, value: unknown) => void }) {
  if (!postgresAvailable()) {
    if (process.env.WIJKBOT_REQUIRE_POSTGRES) throw new Error("PostgreSQL is required for this run but not installed");
    return;
  }
  // Below Linux's ephemeral ports (32768–60999), where another process's outgoing connection can hold a port,
  // and beside the outage test's own cluster (20000–28999, test/faults/pg-cluster.ts).
  const port = 29_000 + Math.floor(Math.random() * 3000);
  const cluster = startPrivateCluster(port);
  await adminQuery(cluster.url("postgres"), `CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await migratePostgres(cluster.url(TEMPLATE_DATABASE));
  provide("postgresAdminUrl", cluster.url("postgres"));
  process.env.WIJKBOT_TEST_PG_ADMIN_URL = cluster.url("postgres");
  return () => cluster.stop();
}
