import type { ManualClock } from "../../src/core/clock.ts";
import type { OutboxTiming } from "../../src/core/outbox.ts";

/**
 * The outbox's time as virtual time on the app's ManualClock: a sleep wakes when the driver
 * moves the clock to its moment, once everything that needs no time has run. A minute of
 * platform pacing takes milliseconds, whatever the machine's load.
 */
export class VirtualTime implements OutboxTiming {
  readonly #sleepers: { at: number; wake: () => void }[] = [];
  constructor(readonly clock: ManualClock) {}
  now(): number {
    return this.clock.now().getTime();
  }
  sleep(ms: number): Promise<void> {
    return new Promise((wake) => this.#sleepers.push({ at: this.now() + Math.max(0, ms), wake }));
  }
  /** Lets everything run that can without time passing (a database answers within event-loop turns). */
  async settle(): Promise<void> {
    for (let i = 0; i < 30; i++) await new Promise((resolve) => setImmediate(resolve));
  }
  /** Runs virtual time up to `to`, waking each sleeper at its moment, in order. */
  async runUntil(to: number): Promise<void> {
    for (;;) {
      await this.settle();
      this.#sleepers.sort((a, b) => a.at - b.at);
      const next = this.#sleepers[0];
      if (!next || next.at > to) break;
      this.#sleepers.shift();
      if (next.at > this.now()) this.clock.set(new Date(next.at));
      next.wake();
    }
    if (to > this.now()) this.clock.set(new Date(to));
  }
  /** Moves virtual time on in steps until `done` settles (real time only for the work itself). */
  async runWhile<T>(work: Promise<T>, stepMs = 1000): Promise<T> {
    let finished = false;
    const result = work.finally(() => (finished = true));
    while (!finished) await this.runUntil(this.now() + stepMs);
    return result;
  }
}
