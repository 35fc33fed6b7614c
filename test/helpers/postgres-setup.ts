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
  const port = 55_000 + Math.floor(Math.random() * 4000);
  const cluster = startPrivateCluster(port);
  await adminQuery(cluster.url("postgres"), `CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await migratePostgres(cluster.url(TEMPLATE_DATABASE));
  provide("postgresAdminUrl", cluster.url("postgres"));
  process.env.WIJKBOT_TEST_PG_ADMIN_URL = cluster.url("postgres");
  return () => cluster.stop();
}
