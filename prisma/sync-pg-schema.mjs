// prisma/schema.prisma (SQLite) is the source of truth; the PostgreSQL schema is derived
// from it (one schema per provider: Prisma cannot serve two from one file). Never edit
// prisma/postgres/schema.prisma by hand. Run by prisma/new-migration.sh.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

const source = readFileSync("prisma/schema.prisma", "utf8");
const derived = source
  .replace('provider = "sqlite"', 'provider = "postgresql"')
  .replace('url      = "file:./dev.db"', 'url      = "postgresql://localhost/wijkbot"')
  .replace('output       = "../src/generated/sqlite"', 'output       = "../../src/generated/pg"')
  .replace(/^\/\/ wijkbot data model \(SQLite, the source of truth\)\./m, "// GENERATED from prisma/schema.prisma by prisma/sync-pg-schema.mjs — do not edit.\n// wijkbot data model (PostgreSQL).");
if (derived === source || !derived.includes('provider = "postgresql"') || !derived.includes("src/generated/pg")) {
  throw new Error("sync-pg-schema: the SQLite schema no longer has the expected datasource/generator lines");
}
mkdirSync("prisma/postgres", { recursive: true });
writeFileSync("prisma/postgres/schema.prisma", derived);
