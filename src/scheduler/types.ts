import type { Db } from "../db.ts";
import type { Logger } from "../core/logger.ts";
import type { Recipient } from "../core/addressing.ts";
import type { WijkRow } from "../db/rows.ts";
import type { HolidayPeriod } from "./quiet-hours.ts";
import type { ScheduleSettings } from "./settings.ts";
import type { Choice } from "../core/types.ts";
import type { PromptPayload } from "../core/prompts.ts";
import type { EveryWijk } from "./every-wijk.ts";

/** Who a delivery is for: one home with the addressing (src/core/addressing.ts). */
export type { Recipient } from "../core/addressing.ts";

/** One occurrence a job wants sent: the key makes it unique for ever (also across restarts and processes). */
export interface PlannedDelivery {
  key: string;
  dueAt: Date;
  recipient: Recipient;
  /** What the handler needs to build the message at send time (ids, the moment); no message texts. */
  data: Record<string, string | number | null>;
}

/** A planned delivery whose time has come, as the handler sees it. */
export interface DueDelivery extends PlannedDelivery {
  kind: string;
  wijkId: string;
}

/** Everything a job may use for one wijk; `now` is the scheduler's tick time, never the system clock. */
export interface JobContext {
  db: Db;
  logger: Logger;
  now: Date;
  wijk: WijkRow;
  settings: ScheduleSettings;
  holidays: HolidayPeriod[];
  /** The wijken planned (or sent for) together with this one: a read every wijk makes is done once for all (rowsOfWijk). */
  everyWijk: EveryWijk;
}

/**
 * A scheduled job, one per file in src/jobs: `schedule` says which deliveries fall due
 * in a time window (computed from the current data, so an action that was finished
 * simply has nothing due), `handler` builds the message when one is due and returns
 * null when it has become pointless (it is then dropped, never sent).
 */
export interface ScheduledJob {
  /** Also the Delivery.kind and the first part of every key. */
  id: string;
  /** Occurrences with window.from < dueAt <= window.to. */
  schedule(ctx: JobContext, window: { from: Date; to: Date }): Promise<PlannedDelivery[]>;
  handler(ctx: JobContext, delivery: DueDelivery): Promise<string | null>;
  /**
   * Optional, for jobs that can have thousands due at once: the messages of many deliveries
   * of this wijk in a few queries (not two or three per delivery), in their order — the same
   * results `handler` gives one by one. When it throws, each delivery gets `handler` instead.
   */
  handleMany?(ctx: JobContext, deliveries: readonly DueDelivery[]): Promise<(string | null)[]>;
  /**
   * What the recipient can answer with one tap or number (a deadline reminder's klaar / bezig
   * / …); asked only when the delivery goes out as a message of its own, to a person.
   */
  answers?(ctx: JobContext, delivery: DueDelivery): Promise<ScheduledAnswers | null>;
}

/** Buttons (or numbers) under a scheduled message, and what each one runs. */
export interface ScheduledAnswers {
  /** Added under the text: "Antwoord 1 ✅ klaar · 2 🔧 bezig …" (platforms without buttons answer by number). */
  line: string;
  choices: Choice[];
  /** Stored for the recipient's answer (see saveScheduledPrompt). */
  payload: PromptPayload;
}
