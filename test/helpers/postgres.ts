import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

/** Where Debian puts the server binaries (also on PATH on some machines). */
function pgBin(name: string): string | undefined {
  for (const dir of ["/usr/local/bin", "/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin"]) {
    if (existsSync(join(dir, name))) return join(dir, name);
  }
  const found = spawnSync("which", [name], { encoding: "utf8" }).stdout.trim();
  return found || undefined;
}

export function postgresAvailable(): boolean {
  return Boolean(pgBin("initdb") && pgBin("pg_ctl"));
}

/**
 * A private PostgreSQL cluster for the tests: its own data directory, 127.0.0.1 only, a
 * non-default port, trust auth. Run as the `postgres` user when we are root (initdb
 * refuses root).
 */
export function startPrivateCluster(port: number): { url: (database: string) => string; stop: () => void } {
  const initdb = pgBin("initdb");
  const pgCtl = pgBin("pg_ctl");
  if (!initdb || !pgCtl) throw new Error("PostgreSQL is not installed (apt-get install -y postgresql); .ci/run installs it");
  const dir = mkdtempSync(join(tmpdir(), "wijkbot-pg-"));
  chmodSync(dir, 0o777);
  const data = join(dir, "data");
  const asPostgres = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) =>
    asPostgres ? execFileSync("su", ["postgres", "-s", "/bin/sh", "-c", [cmd, ...args.map((a) => `'${a}'`)].join(" ")], { stdio: "pipe" }) : execFileSync(cmd, args, { stdio: "pipe" });
  run(initdb, ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
  run(pgCtl, ["-D", data, "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`, "-l", join(dir, "log"), "-w", "start"]);
  return {
    url: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    stop() {
      try {
        run(pgCtl, ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
