import type { Db } from "./db.ts";
import type { Clock } from "./core/clock.ts";
import type { Logger } from "./core/logger.ts";
import { createBot, type Bot } from "./core/bot.ts";
import { commands } from "../commands/index.ts";
import { Outbox } from "./core/outbox.ts";

export interface App {
  bot: Bot;
  db: Db;
  clock: Clock;
  logger: Logger;
  /** The one send path for replies and proactive messages. */
  outbox: Outbox;
}

/** The composition root of the core: database, clock and logger in, a bot out. */
export function createApp(options: { db: Db; clock: Clock; logger: Logger; botNames?: string[] }): App {
  const bot = createBot({ db: options.db, clock: options.clock, logger: options.logger, commands, botNames: options.botNames });
  const outbox = new Outbox(options.logger);
  return { bot, db: options.db, clock: options.clock, logger: options.logger, outbox };
}
