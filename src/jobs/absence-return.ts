import { localParts, toInstant } from "../time/amsterdam.ts";
import { parseClockTime } from "../scheduler/settings.ts";
import { nextAllowedMoment } from "../scheduler/quiet-hours.ts";
import { recipientLanguage } from "../scheduler/recipient-language.ts";
import type { PlannedDelivery, ScheduledJob } from "../scheduler/types.ts";
import { rowsOfWijk, windowKey } from "../scheduler/every-wijk.ts";
import { getAbsenceReturn } from "../services/get-absence-return.ts";
import { renderAbsenceReturn } from "../render/absence-return.ts";
import { backAt, covers, type AbsenceSpan } from "../rules/absence-routing.ts";
import { sqlOf } from "../db/sql.ts";
import { textList } from "../db-lists.ts";
import type { Db } from "../db.ts";

const DAY_MS = 24 * 60 * 60_000;
/** How far back an absence's end is looked for: the longest holiday (120 days) may move the message that far. */
const LOOKBACK_DAYS = 130;

/**
 * One message when someone is back from an absence (/afwezig): what is due for them then,
 * instead of the reminders that were held. Back after the last day: on the first day back at
 * the reminder hour; back early (/afwezig weg): the minute after; both moved out of quiet
 * hours and holidays like deadline reminders. No job ends an absence: "away" is computed
 * from its dates and the clock; this only plans the message.
 */
export const absenceReturnJob: ScheduledJob = {
  id: "absence-return",
  async schedule(ctx, window) {
    const absences = await rowsOfWijk(ctx, `absences ending ${windowKey(window)}`, (wijkIds) =>
      absencesEndingAround(ctx.db, wijkIds, new Date(window.from.getTime() - LOOKBACK_DAYS * DAY_MS), window.to),
    );
    const { hour, minute } = parseClockTime(ctx.settings.reminders.sendAt);
    const planned: PlannedDelivery[] = [];
    for (const absence of absences) {
      const back = backAt(absence);
      // Undone (it ends where it starts), or replaced by a newer absence that carries on: not back.
      if (back <= absence.startsAt || absences.some((a) => a.id !== absence.id && a.personId === absence.personId && covers(a, back))) continue;
      const early = absence.endedAt !== null && absence.endedAt.getTime() === back.getTime();
      const p = localParts(back);
      const moment = early ? new Date(back.getTime() + 60_000) : toInstant({ year: p.year, month: p.month, day: p.day }, hour, minute);
      const dueAt = nextAllowedMoment(moment, ctx.settings.quietHours, ctx.holidays);
      if (dueAt <= window.from || dueAt > window.to) continue;
      planned.push({ key: `absence-return:${absence.id}:${back.toISOString()}`, dueAt, recipient: { personId: absence.personId }, data: { absenceId: absence.id } });
    }
    return planned;
  },
  async handler(ctx, delivery) {
    const data = await getAbsenceReturn(ctx.db, { absenceId: String(delivery.data.absenceId), now: ctx.now, dueWithinDays: Math.max(1, ...ctx.settings.reminders.daysBefore) });
    return data && renderAbsenceReturn(data, await recipientLanguage(ctx.db, delivery), ctx.now);
  },
};

/** The absences of these wijken with a last day from `lastDayFrom` that started by `startsBy`: through the driver where there is one, else Prisma. */
async function absencesEndingAround(db: Db, wijkIds: readonly string[], lastDayFrom: Date, startsBy: Date): Promise<(AbsenceSpan & { wijkId: string })[]> {
  const driver = sqlOf(db);
  if (!driver) {
    return db.absence.findMany({
      where: { wijkId: { in: [...wijkIds] }, lastDay: { gte: lastDayFrom }, startsAt: { lte: startsBy } },
      select: { id: true, wijkId: true, personId: true, standInId: true, startsAt: true, lastDay: true, endedAt: true },
    });
  }
  return driver.all<AbsenceSpan & { wijkId: string }>(
    `SELECT "id", "wijkId", "personId", "standInId", "startsAt", "lastDay", "endedAt" FROM "Absence" WHERE "wijkId" IN ${textList(driver)} AND "lastDay" >= ? AND "startsAt" <= ?`,
    [JSON.stringify(wijkIds), lastDayFrom, startsBy],
  );
}
