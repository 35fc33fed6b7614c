import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

function bin(name: string): string {
  for (const dir of ["/usr/local/bin", "/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin"]) {
    if (existsSync(join(dir, name))) return join(dir, name);
  }
  return name;
}

/**
 * A PostgreSQL cluster of this test alone (the shared test cluster must keep running for
 * everyone else), which the test can stop and start again like an outage.
 */
/** A port outside Linux's ephemeral range (32768–60999), so no outgoing connection of another test holds it. */
function quietPort(): number {
  return 20_000 + Math.floor(Math.random() * 9_000);
}

export function startOwnCluster(port = quietPort()) {
  const dir = mkdtempSync(join(tmpdir(), "wijkbot-pg-outage-"));
  chmodSync(dir, 0o777);
  const data = join(dir, "data");
  const asPostgres = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) =>
    asPostgres
      ? execFileSync("su", ["postgres", "-s", "/bin/sh", "-c", [cmd, ...args.map((a) => `'${a}'`)].join(" ")], { stdio: "pipe" })
      : execFileSync(cmd, args, { stdio: "pipe" });
  const pgCtl = (...args: string[]) => run(bin("pg_ctl"), ["-D", data, ...args]);
  run(bin("initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
  const start = () =>
    pgCtl("-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`, "-l", join(dir, "log"), "-w", "start");
  // A port taken by something else (the log says "Address already in use"): another one, a few times.
  for (let attempt = 1; ; attempt++) {
    try {
      start();
      break;
    } catch (error) {
      const log = existsSync(join(dir, "log")) ? readFileSync(join(dir, "log"), "utf8") : "";
      if (attempt >= 5 || !/Address already in use/.test(log)) throw error;
      port = quietPort();
    }
  }
  return {
    url: (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    /** `pg_ctl stop -m fast`: open connections are cut, new ones refused. */
    stop: () => pgCtl("-m", "fast", "-w", "stop"),
    start,
    destroy() {
      try {
        pgCtl("-m", "immediate", "-w", "stop");
      } catch {
        // already stopped
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
