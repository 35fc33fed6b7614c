import { createDb, DEFAULT_DATABASE_URL, isPostgresUrl, sqlitePath, type Db } from "./db.ts";
import { migrateSqlite } from "./migrate.ts";
import { systemClock, type Clock } from "./core/clock.ts";
import type { Logger } from "./core/logger.ts";
import { connectAdapter } from "./core/runtime.ts";
import type { Adapter } from "./core/types.ts";
import { createApp, type App } from "./app.ts";
import { createHttpServer, DEFAULT_HTTP_PORT, type HttpServer } from "./http/server.ts";
import { seedDemoWijk, DEMO_DEFAULT_PERSON } from "./services/seed-demo-wijk.ts";
import { createConsoleAdapter, type ConsoleAdapter } from "../adapters/console/index.ts";
import { createPlatformAdapters } from "../adapters/index.ts";

export interface RunningBot {
  app: App;
  db: Db;
  http: HttpServer;
  httpUrl: string;
  adapters: Adapter[];
  /** The console adapter, when no platform is configured. */
  console?: ConsoleAdapter;
  stop(): Promise<void>;
}

/**
 * Starts everything one `npm start` process runs: database (migrated), core, the HTTP
 * server, the configured platform adapters — or the console on the demo wijk when
 * none is configured.
 */
export async function startBot(options: {
  env: NodeJS.ProcessEnv;
  logger: Logger;
  clock?: Clock;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  interactive?: boolean;
}): Promise<RunningBot> {
  const { env, logger } = options;
  const clock = options.clock ?? systemClock;
  const url = env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  if (!isPostgresUrl(url)) migrateSqlite(sqlitePath(url));
  const db = await createDb(url);
  const app = createApp({ db, clock, logger, botNames: env.BOT_NAMES?.split(",").map((n) => n.trim()).filter(Boolean) });
  const http = createHttpServer({ port: Number(env.PORT ?? DEFAULT_HTTP_PORT), host: env.HOST, logger });

  const adapters = await createPlatformAdapters({ env, http, logger });
  let consoleAdapter: ConsoleAdapter | undefined;
  if (!adapters.length) {
    await seedDemoWijk(db, clock.now());
    consoleAdapter = createConsoleAdapter({
      input: options.input ?? process.stdin,
      output: options.output ?? process.stdout,
      now: () => clock.now(),
      defaultSender: DEMO_DEFAULT_PERSON,
      interactive: options.interactive,
    });
    adapters.push(consoleAdapter);
  }

  http.app.get("/healthz", (c) => {
    const statuses = Object.fromEntries(adapters.map((a) => [a.name, a.status?.() ?? { ok: true, state: "running" }]));
    const ok = Object.values(statuses).every((s) => s.ok);
    return c.json({ ok, adapters: statuses }, ok ? 200 : 503);
  });
  const { url: httpUrl } = await http.start();
  for (const adapter of adapters) await connectAdapter(app.bot, adapter, app.outbox);
  logger.info({ adapters: adapters.map((a) => a.name), http: httpUrl }, "wijkbot started");

  return {
    app,
    db,
    http,
    httpUrl,
    adapters,
    console: consoleAdapter,
    async stop() {
      for (const adapter of adapters) await adapter.stop().catch(() => undefined);
      await http.stop();
      await db.$disconnect();
    },
  };
}
