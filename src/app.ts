import { rememberPlatformPoll } from "./core/poll-answer.ts";
import type { Db } from "./db.ts";
import type { Clock } from "./core/clock.ts";
import type { Logger } from "./core/logger.ts";
import { createBot, type Bot } from "./core/bot.ts";
import { commands } from "../commands/index.ts";
import { Outbox, realTiming, type OutboxTiming } from "./core/outbox.ts";
import { createLiveBoard, type LiveBoard } from "./board/live-board.ts";
import { Scheduler } from "./scheduler/engine.ts";
import { jobs } from "./jobs/index.ts";
import { recordDeadLetter } from "./services/record-dead-letter.ts";
import type { RuntimeInfo } from "./core/runtime.ts";
import { DEFAULT_PUBLIC_URL, publicBaseUrl } from "./web/public-url.ts";
import { createDatabaseHealth, type DatabaseHealth } from "./db-health.ts";
import { messagesToCoordinators } from "./services/notify-coordinators.ts";

export interface App {
  bot: Bot;
  db: Db;
  clock: Clock;
  logger: Logger;
  /** The one send path for replies and proactive messages. */
  outbox: Outbox;
  /** Pinned board messages (/overzicht vastzetten); scheduled changes may call liveBoard.refresh(wijkId) too. */
  liveBoard: LiveBoard;
  /** Reminders, digests and the meeting cycle: `tick(now)` sends what fell due (issue 4). */
  scheduler: Scheduler;
  /** The database's real state (GET /healthz); tells the coördinators when writes keep failing. */
  dbHealth: DatabaseHealth;
  /** Where the web overview is reached and how this process's platforms are connected (/overzicht, /status). */
  runtime: RuntimeInfo;
}

/** The composition root of the core: database, clock and logger in, a bot out. */
export function createApp(options: {
  db: Db;
  clock: Clock;
  logger: Logger;
  botNames?: string[];
  outboxTiming?: OutboxTiming;
  /** Limit commands per person per chat per minute (the wijk's commandsPerMinute). On in npm start; tests that flood on purpose leave it off. */
  fairShare?: boolean;
  /** Base of the web overview's links; the composition root may set app.runtime.publicUrl once the server listens. */
  publicUrl?: string;
}): App {
  // A message given up after its retries becomes a dead letter the coördinator sees in /status.
  const outbox = new Outbox(options.logger, options.outboxTiming ?? realTiming, {
    onGiveUp: (gaveUp) => recordDeadLetter(options.db, gaveUp, options.clock.now()),
    onPollSent: (ref, sent) => rememberPlatformPoll(options, ref, sent),
  });
  const runtime: RuntimeInfo = {
    publicUrl: publicBaseUrl(options.publicUrl ?? DEFAULT_PUBLIC_URL),
    platformStatuses() {
      try {
        return Object.fromEntries(outbox.platforms().map((name) => [name, outbox.adapter(name)?.status?.() ?? { ok: true, state: "running" }]));
      } catch {
        return {};
      }
    },
  };
  const dbHealth = createDatabaseHealth({
    db: options.db,
    clock: options.clock,
    logger: options.logger,
    async notify(notice) {
      const minutes = Math.round((notice.now.getTime() - notice.since.getTime()) / 60_000);
      const key = notice.kind === "failing" ? "storage.failing" : "storage.working";
      // Reading still works on a full disk: who to tell is found; sending needs no write.
      const messages = await messagesToCoordinators(options.db, { platforms: workingPlatforms(outbox), text: (t, wijk) => t(key, { minutes, wijk }) });
      options.logger.info({ notice: notice.kind, messages: messages.length }, "storage notice to coordinators");
      for (const message of messages) void outbox.send(message);
    },
  });
  const liveBoard = createLiveBoard({ db: options.db, clock: options.clock, logger: options.logger, outbox, publicUrl: () => runtime.publicUrl });
  const bot = createBot({
    db: options.db,
    clock: options.clock,
    logger: options.logger,
    commands,
    runtime,
    botNames: options.botNames,
    fairShare: options.fairShare ?? false,
    onChange: (wijkId) => liveBoard.refresh(wijkId),
    onWriteFailure: () => dbHealth.noteWriteFailure(),
  });
  const scheduler = new Scheduler({ db: options.db, logger: options.logger, outbox, jobs, clock: options.clock });
  return { bot, db: options.db, clock: options.clock, logger: options.logger, outbox, liveBoard, scheduler, dbHealth, runtime };
}

/** Platforms whose adapter says it is connected (a logged-out WhatsApp is no way to reach anyone). */
function workingPlatforms(outbox: Outbox): string[] {
  return outbox.platforms().filter((name) => outbox.adapter(name)?.status?.().ok ?? true);
}
