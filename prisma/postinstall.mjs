// Runs after `npm install`: generates the Prisma client(s) and applies the committed
// migrations to the database in DATABASE_URL (default: the embedded SQLite file
// data/wijkbot.db). Offline: Prisma 6.19 in driver-adapter mode needs no engine download.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

if (existsSync(".env")) {
  for (const line of readFileSync(".env", "utf8").split("\n")) {
    const m = line.match(/^\s*([A-Z0-9_]+)\s*=\s*"?([^"\n]*)"?\s*$/);
    if (m && process.env[m[1]] === undefined) process.env[m[1]] = m[2];
  }
}
const env = { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
const url = env.DATABASE_URL ?? "file:./data/wijkbot.db";
const isPg = /^postgres(ql)?:\/\//.test(url);

function prisma(args, extraEnv = {}) {
  const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", ...args, "--config", "prisma/prisma.config.ts"], {
    stdio: "inherit",
    env: { ...env, ...extraEnv },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

prisma(["generate"]);
if (existsSync("prisma/postgres/schema.prisma")) prisma(["generate"], { DATABASE_URL: "postgresql://localhost/generate-only" });
if (!isPg) mkdirSync(dirname(resolve(url.replace(/^file:/, ""))), { recursive: true });
// The in-process migrator, as at start: it checks the checksums of applied migrations
// (Prisma's `migrate deploy` does not refuse a changed one).
const migrate = spawnSync(process.execPath, ["--import", "tsx", "src/migrate-any.ts"], { stdio: "inherit", env });
if (migrate.status !== 0) process.exit(migrate.status ?? 1);
