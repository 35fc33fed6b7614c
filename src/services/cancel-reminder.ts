import type { Tx } from "../db.ts";
import { AppError } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";
import type { ReminderScope } from "./list-reminders.ts";

/**
 * Stops a reminder by its number (numbers are per wijk): one the person set, or — for the
 * coördinator, scope { wijkId } — any reminder in the wijk. What was planned for it is
 * dropped at send time. Returns the reminder and who set it.
 */
export async function cancelReminder(tx: Tx, input: { scope: ReminderScope; number: number; now: Date }) {
  const reminder = await tx.reminder.findFirst({
    where: { ...input.scope, kind: "adhoc", number: input.number, cancelledAt: null },
    orderBy: { createdAt: "desc" },
  });
  if (!reminder) {
    throw new AppError("NOT_FOUND", localText("creatorId" in input.scope ? "reminder.noSuchNumber" : "reminder.noSuchNumberInWijk", { number: input.number }));
  }
  await tx.reminder.update({ where: { id: reminder.id }, data: { cancelledAt: input.now } });
  const creator = reminder.creatorId ? await tx.person.findUnique({ where: { id: reminder.creatorId }, select: { id: true, displayName: true, leftAt: true } }) : null;
  return { reminder, creator };
}
