/**
 * Child process of `npm run bench`: the core, scheduler, web routes and HTTP server, plus
 * with argument "all" every platform adapter module (Telegram, Teams, WhatsApp; not
 * connected: no network here); idles, and prints its resident set size in MB.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../../src/app.ts";
import { createDb } from "../../src/db.ts";
import { migrateSqlite } from "../../src/migrate.ts";
import { systemClock } from "../../src/core/clock.ts";
import { silentLogger } from "../../src/core/logger.ts";
import { createHttpServer } from "../../src/http/server.ts";
import { registerOverviewRoutes } from "../../src/web/routes.tsx";
import { seedDemoWijk } from "../../src/services/seed-demo-wijk.ts";

const path = join(mkdtempSync(join(tmpdir(), "wijkbot-rss-")), "rss.db");
migrateSqlite(path);
const db = await createDb(`file:${path}`);
await seedDemoWijk(db, systemClock.now());
const app = createApp({ db, clock: systemClock, logger: silentLogger });
const http = createHttpServer({ port: 0, host: "127.0.0.1", logger: silentLogger });
registerOverviewRoutes(http.app, { db, clock: systemClock });
// "all": every platform SDK in memory, as when Telegram, Teams and WhatsApp are configured together.
if (process.argv[2] === "all") {
  await Promise.all([import("../../adapters/telegram/index.ts"), import("../../adapters/teams/index.ts"), import("../../adapters/whatsapp/index.ts")]);
}
await http.start();
await app.scheduler.init(systemClock.now());
await app.scheduler.tick(systemClock.now());
await new Promise((r) => setTimeout(r, 2000));
(globalThis as { gc?: () => void }).gc?.();
await new Promise((r) => setTimeout(r, 500));
process.stdout.write(`${(process.memoryUsage().rss / 2 ** 20).toFixed(1)}\n`);
await http.stop();
process.exit(0);
