import { randomUUID } from "node:crypto";
import cron, { type ScheduledTask } from "node-cron";
import type { Db } from "../db.ts";
import type { Clock, ManualClock } from "../core/clock.ts";
import { errorForLog, type Logger } from "../core/logger.ts";
import type { Outbox } from "../core/outbox.ts";
import { Claims } from "./claims.ts";
import { DeliveryStore } from "./delivery-store.ts";
import { Dispatcher, type Outgoing } from "./dispatch.ts";
import { Planner } from "./planning.ts";
import type { ScheduledJob } from "./types.ts";

export { CLAIM_MS, MAX_SEND_ATTEMPTS, RENEW_AFTER_MS } from "./claims.ts";
export { countInterruptedSends, INTERRUPTED_SEND } from "./delivery-store.ts";
export { LATE_AFTER_MS, MAX_QUEUE_WAIT_MS } from "./dispatch.ts";
export { CATCH_UP_LIMIT_MS } from "./planning.ts";

/** How often (real time) a process holding claims checks whether they need renewing when no tick or send comes along. */
const DEFAULT_RENEW_EVERY_MS = 1_000;

/**
 * Plans and sends everything that is due. All logic runs from `tick(now)` with the
 * injected clock's time: node-cron only calls it every minute in `npm start`, tests
 * and transcripts call it (or `advanceTo`) with simulated time.
 *
 * Exactly once: every occurrence is first written as a Delivery row with a unique key
 * (planning.ts), then claimed with a conditional update (claims.ts, delivery-store.ts: so
 * several processes can share one database), and sent (dispatch.ts). The claim is renewed
 * while the process holds it; right before each send a fencing update (claim still this
 * process's, not expired) moves the row to "sending", and right after the platform took the
 * message — still in that chat's turn — it is marked "sent" with the moment it left. So after
 * a crash at most one message per chat can have left without being marked: a row found in
 * "sending" with an expired claim is sent once more, recorded (INTERRUPTED_SEND, and a log
 * line with its key).
 *
 * Sending never waits behind another chat: each chat has its own lane; a chat whose
 * queue is busy (a flooded group) is served in the background while the others go on
 * time, and a chat whose queue would outlast the claim is not claimed until it is shorter.
 */
export class Scheduler {
  readonly #logger: Logger;
  readonly #claims: Claims;
  readonly #planner: Planner;
  readonly #dispatcher: Dispatcher;
  #clock: Clock | undefined;
  #running: Promise<unknown> = Promise.resolve();
  #task: ScheduledTask | undefined;
  /** This process's current moment: the latest tick's time, moving on with the clock (real time without one). */
  #at: () => Date = () => new Date();
  #abort = new AbortController();

  /**
   * `clock`: where time goes on while a tick sends (claims, renewals, sentAt); without it the
   * clock given to startCron/advanceTo, else real time from the tick's moment.
   * `renewEveryMs`: the real-time renewal check (0: only at ticks and sends; tests).
   */
  constructor(options: { db: Db; logger: Logger; outbox: Outbox; jobs: readonly ScheduledJob[]; clock?: Clock; renewEveryMs?: number }) {
    const { db, logger, outbox } = options;
    const jobs = new Map(options.jobs.map((job) => [job.id, job]));
    const store = new DeliveryStore(db, randomUUID());
    const at = () => this.#at();
    this.#logger = logger;
    this.#clock = options.clock;
    this.#claims = new Claims({ store, logger, at, renewEveryMs: options.renewEveryMs ?? DEFAULT_RENEW_EVERY_MS });
    this.#planner = new Planner({ db, logger, jobs: [...jobs.values()], store });
    this.#dispatcher = new Dispatcher({ db, logger, outbox, jobs, store, claims: this.#claims, at, signal: () => this.#abort.signal });
  }

  /** On a fresh database nothing counts as missed: planning starts now. Safe to call again. */
  init(now: Date): Promise<void> {
    return this.#planner.init(now);
  }

  /**
   * Plans what fell due up to `now` and sends it. Planning and claiming never overlap
   * within one process; sending does (per chat in order). Resolves when everything this
   * tick started is sent, or — with waitForSends: false, as the cron driver does — once
   * it is on its way (a busy chat's messages then follow in the background).
   */
  tick(now: Date, options: { waitForSends?: boolean } = {}): Promise<{ sent: number; dropped: number }> {
    const prepared = this.#running.then(() => this.#tickOnce(now));
    this.#running = prepared.catch(() => undefined);
    return prepared.then(async (outgoing) => {
      const outcomes = options.waitForSends === false ? outgoing.map((o) => o.outcome ?? { sent: 0, dropped: 0 }) : await Promise.all(outgoing.map((o) => o.done));
      return outcomes.reduce((sum, o) => ({ sent: sum.sent + o.sent, dropped: sum.dropped + o.dropped }), { sent: 0, dropped: 0 });
    });
  }

  /**
   * Moves a manual clock forward to `to`, stopping at every moment something falls due
   * on the way, so each message goes out at its own time (transcripts, tests).
   */
  async advanceTo(clock: ManualClock, to: Date): Promise<void> {
    this.#clock ??= clock;
    await this.init(clock.now());
    for (let guard = 0; guard < 100_000; guard++) {
      const next = await this.nextDueAt(clock.now(), to);
      if (!next || next.getTime() <= clock.now().getTime()) break;
      clock.set(next);
      await this.tick(next);
    }
    clock.set(to);
    await this.tick(to);
  }

  /** The earliest moment in (after, until] when some job has something due. */
  nextDueAt(after: Date, until: Date): Promise<Date | undefined> {
    return this.#planner.nextDueAt(after, until);
  }

  /** Starts the real-time driver: a tick every minute with the given clock; a busy chat's sends carry on between ticks. */
  startCron(clock: Clock): void {
    if (this.#task) return;
    this.#clock ??= clock;
    this.#task = cron.schedule(
      "* * * * *",
      async () => {
        await this.tick(clock.now(), { waitForSends: false }).catch((error: unknown) => this.#logger.error({ err: errorForLog(error) }, "scheduler tick failed"));
      },
      { name: "wijkbot-scheduler", noOverlap: true },
    );
  }

  /**
   * Stops ticking and sending: messages still waiting for their chat's turn are not sent
   * and their rows go back to pending for the next start (or another process); a send
   * already with the platform is finished and marked.
   */
  async stop(): Promise<void> {
    await this.#task?.stop();
    this.#task = undefined;
    this.#abort.abort();
    await this.#running;
    await this.#dispatcher.drain();
    await this.#claims.unclaim(this.#claims.held());
    this.#claims.stopRenewing();
  }

  async #tickOnce(now: Date): Promise<Outgoing[]> {
    if (this.#abort.signal.aborted) this.#abort = new AbortController();
    this.#startTimeline(now);
    await this.#planner.plan(now);
    await this.#claims.recoverInterrupted();
    await this.#claims.renew();
    return this.#dispatcher.dispatch(now);
  }

  /** From now on this process's time is `now`, moving on as the clock does (real time without a clock). */
  #startTimeline(now: Date): void {
    const base = now.getTime();
    const clock = this.#clock;
    if (clock) {
      const start = clock.now().getTime();
      this.#at = () => new Date(base + Math.max(0, clock.now().getTime() - start));
    } else {
      const start = performance.now();
      this.#at = () => new Date(base + (performance.now() - start));
    }
  }
}
