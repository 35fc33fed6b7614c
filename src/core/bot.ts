import type { IncomingMessage, MemberLeft, OutgoingMessage, PollAnswer } from "./types.ts";
import { handleMemberLeft } from "./member-left.ts";
import { handlePollAnswer } from "./poll-answer.ts";
import { errorForLog } from "./logger.ts";
import { CommandRouter } from "./router.ts";
import { createPrompts } from "./prompts.ts";
import { newTurn, runSteps, type Turn } from "./pipeline.ts";
import type { BotDeps, BotOptions } from "./bot-deps.ts";
import { dedupeStep } from "./steps/dedupe.ts";
import { followUpStep } from "./steps/follow-up.ts";
import { pressStep } from "./steps/press.ts";
import { addressedStep } from "./steps/addressed.ts";
import { fairShareStep } from "./steps/fair-share.ts";
import { understandStep } from "./steps/understand.ts";
import { authoriseStep } from "./steps/authorise.ts";
import { actStep } from "./steps/act.ts";
import { renderStep, toOutgoing } from "./steps/render.ts";
import { dutch } from "../i18n/index.ts";
import { isWriteFailure } from "../db-health.ts";
import { ActionIndexCache } from "../action-names/action-index.ts";
import { DEFAULT_PUBLIC_URL } from "../web/public-url.ts";

export type { BotOptions } from "./bot-deps.ts";

export interface Bot {
  handle(message: IncomingMessage): Promise<OutgoingMessage[]>;
  /** Someone the platform reports as gone from a group: the notices for the coördinators (never throws). */
  memberLeft(event: MemberLeft): Promise<OutgoingMessage[]>;
  /** A vote in a platform's own poll (Telegram): handled as the typed vote; replies only when it could not count. */
  pollAnswer(event: PollAnswer): Promise<OutgoingMessage[]>;
  readonly router: CommandRouter;
}

/**
 * The platform-neutral core: one message through an ordered list of small steps —
 * dedupe → follow-up → addressed? → fair share → understand → authorise → act (one transaction) →
 * render. It never throws: the one error boundary logs which step and command failed and
 * answers with a short Dutch reply.
 */
export function createBot(options: BotOptions): Bot {
  const router = new CommandRouter(options.commands);
  const deps: BotDeps = {
    db: options.db,
    clock: options.clock,
    logger: options.logger,
    router,
    runtime: options.runtime ?? { publicUrl: DEFAULT_PUBLIC_URL, platformStatuses: () => ({}) },
    prompts: createPrompts({ db: options.db, clock: options.clock }),
    actionIndexes: new ActionIndexCache(),
    botNames: options.botNames ?? ["wijkbot"],
    onChange: options.onChange,
  };
  const steps = [
    dedupeStep(deps.db),
    pressStep(deps),
    followUpStep(deps),
    addressedStep(deps),
    ...(options.fairShare ? [fairShareStep(deps)] : []),
    understandStep(deps),
    authoriseStep(deps),
    actStep(deps),
  ];
  const render = renderStep(deps.db);

  function boundary(error: unknown, turn: Turn, step: string): OutgoingMessage[] {
    const where = { platform: turn.message.platform, step, command: turn.commandName ?? null, err: errorForLog(error) };
    let text: string;
    if (isWriteFailure(error)) {
      options.logger.warn(where, "database could not store anything while handling a message");
      options.onWriteFailure?.();
      text = dutch("core.writeFailed");
    } else if (isDatabaseUnavailable(error)) {
      options.logger.warn(where, "database unavailable while handling a message");
      text = dutch("core.dbUnavailable");
    } else {
      options.logger.error(where, "unexpected error while handling a message");
      text = dutch("core.failure");
    }
    return [toOutgoing(turn.message, { text })];
  }

  const handle = (message: IncomingMessage) => runSteps(steps, render, newTurn(message), boundary);
  return {
    router,
    handle,
    memberLeft: (event) => handleMemberLeft(deps, event),
    pollAnswer: (event) => handlePollAnswer(deps, handle, event),
  };
}

export function isDatabaseUnavailable(error: unknown): boolean {
  // Prisma's codes for "cannot reach / timed out / connection closed / pool timeout". The
  // SQLite adapter reports a lock held by another connection (SQLITE_BUSY) as P1008.
  if (DATABASE_UNAVAILABLE_CODES.has(String((error as { code?: unknown })?.code))) return true;
  const text = String((error as { message?: string })?.message ?? error);
  return /SQLITE_BUSY|database is locked|ECONNREFUSED|ECONNRESET|EPIPE|Can't reach database|Connection terminated|terminating connection|server closed the connection|the database system is (shutting down|starting up)|57P01|57P03|timeout exceeded when trying to connect|Transaction API error/i.test(text);
}

const DATABASE_UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
