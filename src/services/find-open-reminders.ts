import type { Db } from "../db.ts";
import { sqlOf } from "../db/sql.ts";
import { textList } from "../db-lists.ts";
import type { Reminder } from "../generated/sqlite/client.ts";

/**
 * The reminders of these wijken of one kind that are not cancelled: snoozes (those of an
 * action) or ad-hoc reminders (those with a next moment). One read for every wijk of a
 * scheduler tick, through the driver where there is one (no Prisma compile in the tick), else Prisma.
 */
export async function findOpenReminders(db: Db, input: { wijkIds: readonly string[]; kind: "snooze" | "adhoc" }): Promise<Reminder[]> {
  const driver = sqlOf(db);
  if (!driver) {
    const what = input.kind === "snooze" ? { actionId: { not: null } } : { nextAt: { not: null } };
    return db.reminder.findMany({ where: { wijkId: { in: [...input.wijkIds] }, kind: input.kind, cancelledAt: null, ...what } });
  }
  return driver.all<Reminder>(
    `SELECT "id", "wijkId", "creatorId", "targetPersonId", "targetChatId", "actionId", "text", "kind", "number", "recurrence", "nextAt", "cancelledAt", "createdAt"
    FROM "Reminder" WHERE "wijkId" IN ${textList(driver)} AND "kind" = ? AND "cancelledAt" IS NULL AND ${input.kind === "snooze" ? `"actionId"` : `"nextAt"`} IS NOT NULL`,
    [JSON.stringify(input.wijkIds), input.kind],
  );
}
