import type { Db } from "../db.ts";
import type { Logger } from "../core/logger.ts";
import type { WijkRow } from "../db/rows.ts";
import { sqlOf } from "../db/sql.ts";
import { holidayPeriod } from "./quiet-hours.ts";
import { readScheduleSettings } from "./settings.ts";
import type { DeliveryStore, PlannedRow } from "./delivery-store.ts";
import { EveryWijk } from "./every-wijk.ts";
import type { JobContext, ScheduledJob } from "./types.ts";

/** Nothing older than this is sent as if new: missed deliveries beyond it are never planned, pending ones are dropped. */
export const CATCH_UP_LIMIT_MS = 7 * 24 * 60 * 60_000;
const PLAN_CURSOR = "plan";
const DAY_MS = 24 * 60 * 60_000;
const LOOKAHEAD_DAYS = [2, 8, 40, Infinity];

type HolidayRow = { id: string; wijkId: string; startDate: Date; endDate: Date };

/** Every wijk's context for the jobs at `now`, oldest wijk first; reads every wijk makes are shared among them. */
export async function jobContexts(db: Db, logger: Logger, now: Date): Promise<JobContext[]> {
  const { wijken, holidays } = await wijkenAndHolidays(db);
  const everyWijk = new EveryWijk(wijken.map((wijk) => wijk.id));
  return wijken.map((wijk) => ({
    db,
    logger,
    now,
    wijk,
    settings: readScheduleSettings(wijk.settings),
    holidays: holidays.filter((h) => h.wijkId === wijk.id).map(holidayPeriod),
    everyWijk,
  }));
}

/** Every wijk (oldest first) and every holiday: through the driver where there is one (no Prisma compile in a tick), else Prisma. */
async function wijkenAndHolidays(db: Db): Promise<{ wijken: WijkRow[]; holidays: HolidayRow[] }> {
  const driver = sqlOf(db);
  if (!driver) return { wijken: await db.wijk.findMany({ orderBy: { createdAt: "asc" } }), holidays: await db.holiday.findMany() };
  const wijken = await driver.all<WijkRow>(`SELECT "id", "name", "overviewToken", "settings", "planYear", "actionNamesVersion", "createdAt" FROM "Wijk" ORDER BY "createdAt" ASC`);
  const holidays = await driver.all<HolidayRow>(`SELECT "id", "wijkId", "startDate", "endDate" FROM "Holiday"`);
  return { wijken, holidays };
}

/** The planning cursor's moment; undefined before the first init. */
async function cursorUntil(db: Db): Promise<Date | undefined> {
  const driver = sqlOf(db);
  if (!driver) return (await db.schedulerCursor.findUnique({ where: { name: PLAN_CURSOR } }))?.until;
  const [cursor] = await driver.all<{ until: Date }>(`SELECT "until" FROM "SchedulerCursor" WHERE "name" = ?`, [PLAN_CURSOR]);
  return cursor?.until;
}

/** Moves the planning cursor on to `now` (never back: another process may have planned further). */
async function moveCursor(db: Db, now: Date): Promise<void> {
  const driver = sqlOf(db);
  if (!driver) {
    await db.schedulerCursor.updateMany({ where: { name: PLAN_CURSOR, until: { lt: now } }, data: { until: now } });
    return;
  }
  // updatedAt as Prisma's @updatedAt sets it: this process's time of the write.
  await driver.run(`UPDATE "SchedulerCursor" SET "until" = ?, "updatedAt" = ? WHERE "name" = ? AND "until" < ?`, [now, new Date(), PLAN_CURSOR, now]);
}

/**
 * Turns what the jobs have due into Delivery rows. The planning cursor (shared by every
 * process) says up to when that was done, so each moment is planned once after a restart,
 * at most CATCH_UP_LIMIT_MS back; the rows' unique keys make a second planning harmless.
 */
export class Planner {
  readonly #db: Db;
  readonly #logger: Logger;
  readonly #jobs: readonly ScheduledJob[];
  readonly #store: DeliveryStore;

  constructor(options: { db: Db; logger: Logger; jobs: readonly ScheduledJob[]; store: DeliveryStore }) {
    this.#db = options.db;
    this.#logger = options.logger;
    this.#jobs = options.jobs;
    this.#store = options.store;
  }

  /** On a fresh database nothing counts as missed: planning starts now. Safe to call again. */
  async init(now: Date): Promise<void> {
    if (!(await cursorUntil(this.#db))) {
      await this.#db.schedulerCursor.create({ data: { name: PLAN_CURSOR, until: now } }).catch(() => undefined);
    }
  }

  /** Records what fell due since the cursor up to `now`, and drops pending rows past the catch-up limit. */
  async plan(now: Date): Promise<void> {
    const until = await cursorUntil(this.#db);
    if (!until) {
      await this.init(now);
      return;
    }
    const oldest = new Date(now.getTime() - CATCH_UP_LIMIT_MS);
    const from = until > oldest ? until : oldest;
    if (from.getTime() < now.getTime()) {
      const planned: PlannedRow[] = [];
      for (const ctx of await jobContexts(this.#db, this.#logger, now)) {
        for (const job of this.#jobs) {
          for (const p of await job.schedule(ctx, { from, to: now })) planned.push({ ...p, kind: job.id, wijkId: ctx.wijk.id });
        }
      }
      await this.#store.record(planned);
      await moveCursor(this.#db, now);
    }
    const dropped = await this.#store.dropOlderThan(oldest);
    if (dropped) this.#logger.info({ count: dropped }, "dropped deliveries older than the catch-up limit");
  }

  /** The earliest moment in (after, until] when some job has something due. */
  async nextDueAt(after: Date, until: Date): Promise<Date | undefined> {
    // Something is nearly always due within a week (the digest), so look close by first.
    for (const days of LOOKAHEAD_DAYS) {
      const horizon = new Date(Math.min(until.getTime(), after.getTime() + days * DAY_MS));
      const found = await this.#earliestDue(after, horizon);
      if (found || horizon.getTime() >= until.getTime()) return found;
    }
    return undefined;
  }

  async #earliestDue(after: Date, until: Date): Promise<Date | undefined> {
    if (until.getTime() <= after.getTime()) return undefined;
    let earliest: Date | undefined;
    for (const ctx of await jobContexts(this.#db, this.#logger, after)) {
      for (const job of this.#jobs) {
        for (const planned of await job.schedule(ctx, { from: after, to: until })) {
          if (!earliest || planned.dueAt < earliest) earliest = planned.dueAt;
        }
      }
    }
    return earliest;
  }
}
