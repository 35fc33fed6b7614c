import { createDb, DEFAULT_DATABASE_URL, type Db } from "./db.ts";
import { migrateDatabase } from "./migrate-any.ts";
import { systemClock, type Clock } from "./core/clock.ts";
import { errorForLog, type Logger } from "./core/logger.ts";
import { connectAdapter, Intake } from "./core/runtime.ts";
import type { DroppedMessages, OutboxTiming } from "./core/outbox.ts";
import { chatHash } from "./services/record-dead-letter.ts";
import type { Adapter } from "./core/types.ts";
import { createApp, type App } from "./app.ts";
import { createHttpServer, DEFAULT_HTTP_PORT, type HttpServer } from "./http/server.ts";
import { seedDemoWijk, DEMO_DEFAULT_PERSON } from "./services/seed-demo-wijk.ts";
import { createConsoleAdapter, type ConsoleAdapter } from "../adapters/console/index.ts";
import { createPlatformAdapters } from "../adapters/index.ts";
import { createConversationReferenceStore } from "./db/conversation-references.ts";
import { createWhatsAppSupport } from "./whatsapp-support.ts";
import { registerOverviewRoutes } from "./web/routes.tsx";
import { publicBaseUrl } from "./web/public-url.ts";
import { dutch, localize } from "./i18n/index.ts";

/** On SIGTERM, queued replies get this long (outbox time) to go out before the process stops. */
export const SHUTDOWN_DRAIN_MS = 20_000;

export interface RunningBot {
  app: App;
  db: Db;
  http: HttpServer;
  httpUrl: string;
  adapters: Adapter[];
  /** The console adapter, when no platform is configured. */
  console?: ConsoleAdapter;
  /** Stops taking messages, drains the queued replies (up to `drainMs`), then stops everything. */
  stop(options?: { drainMs?: number }): Promise<ShutdownReport>;
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
  /** The outbox's time (pacing, retries, the shutdown drain); real time when absent. */
  outboxTiming?: OutboxTiming;
}): Promise<RunningBot> {
  const { env, logger } = options;
  const clock = options.clock ?? systemClock;
  const url = env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  await migrateDatabase(url);
  const db = await createDb(url);
  const app = createApp({ db, clock, logger, botNames: env.BOT_NAMES?.split(",").map((n) => n.trim()).filter(Boolean), fairShare: true, outboxTiming: options.outboxTiming });
  const intake = new Intake();
  const http = createHttpServer({ port: Number(env.PORT ?? DEFAULT_HTTP_PORT), host: env.HOST, logger });

  const adapters = await createPlatformAdapters({
    env,
    http,
    logger,
    commands: app.bot.router.commands,
    conversationStore: (platform) => createConversationReferenceStore(db, platform),
    whatsapp: createWhatsAppSupport({ db, clock, logger, send: (message) => app.outbox.send(message), platforms: () => app.outbox.platforms() }),
  });
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

  http.app.get("/healthz", async (c) => {
    const statuses = Object.fromEntries(
      adapters.map((a) => {
        const { detail, ...status } = a.status?.() ?? { ok: true, state: "running" };
        return [a.name, detail ? { ...status, detail: localize(dutch, detail) } : status];
      }),
    );
    // The database's real state: a cheap read now, and a write at most a minute old.
    const database = await app.dbHealth.check();
    const ok = database.ok && Object.values(statuses).every((s) => s.ok);
    return c.json({ ok, database, adapters: statuses }, ok ? 200 : 503);
  });
  registerOverviewRoutes(http.app, { db, clock, publicUrl: () => app.runtime.publicUrl });
  const { url: httpUrl } = await http.start();
  // Links in chat messages (/overzicht) point here; behind a proxy or domain set PUBLIC_URL.
  app.runtime.publicUrl = publicBaseUrl(env.PUBLIC_URL || httpUrl);
  for (const adapter of adapters) await connectAdapter(app.bot, adapter, app.outbox, intake);
  // What was missed while the bot was down goes out once now (coalesced); then a tick every minute.
  await app.scheduler.init(clock.now());
  await app.scheduler.tick(clock.now()).catch((error: unknown) => logger.error({ err: errorForLog(error) }, "catch-up tick failed"));
  app.scheduler.startCron(clock);
  // Boards that wait for their hourly fresh post, and pins that expire (WhatsApp).
  app.liveBoard.start();
  app.dbHealth.start();
  logger.info({ adapters: adapters.map((a) => a.name), http: httpUrl }, "wijkbot started");

  return {
    app,
    db,
    http,
    httpUrl,
    adapters,
    console: consoleAdapter,
    async stop(stopOptions = {}) {
      const report = await stopTakingAndDrain({ app, intake, logger, drainMs: stopOptions.drainMs ?? SHUTDOWN_DRAIN_MS });
      for (const adapter of adapters) await adapter.stop().catch(() => undefined);
      await http.stop();
      await db.$disconnect();
      return report;
    },
  };
}

export interface ShutdownReport {
  /** Messages that arrived after the bot stopped taking them. */
  refused: number;
  /** Replies still queued when the drain's time was up, per chat. */
  dropped: DroppedMessages[];
}

/**
 * The first half of a normal stop (issue 12, defect 11): no new messages are taken (those
 * being handled finish, their replies queued), the scheduler stops — a scheduled delivery not
 * yet sent stays pending, so the next start sends it — and the outbox gets `drainMs` to send
 * what is queued. What is left is logged: how many replies, and for which chats, as the same
 * hash the dead letters keep (a WhatsApp chat id is a phone number), never a text.
 */
export async function stopTakingAndDrain(parts: { app: App; intake: Intake; logger: Logger; drainMs: number }): Promise<ShutdownReport> {
  const { app, intake, logger } = parts;
  await intake.close();
  app.liveBoard.stop();
  app.dbHealth.stop();
  await app.scheduler.stop();
  logger.info({ drainMs: parts.drainMs }, "stopping: sending the queued replies");
  const dropped = await app.outbox.drain(parts.drainMs);
  const total = dropped.reduce((sum, d) => sum + d.count, 0);
  if (total) {
    const chats = dropped.map((d) => ({ platform: d.platform, chatHash: chatHash(d.platform, d.chatId), count: d.count }));
    logger.warn({ dropped: total, chats, refused: intake.refused }, "stopped with replies not sent");
  } else {
    logger.info({ refused: intake.refused }, "stopped; every queued reply was sent");
  }
  return { refused: intake.refused, dropped };
}
