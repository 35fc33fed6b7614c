import type { Tx } from "../db.ts";
import { AppError } from "./errors.ts";
import { localText } from "../i18n/index.ts";

/** Stops one of the person's own reminders by its number; what was planned for it is dropped at send time. */
export async function cancelReminder(tx: Tx, input: { creatorId: string; number: number; now: Date }) {
  const reminder = await tx.reminder.findFirst({ where: { creatorId: input.creatorId, kind: "adhoc", number: input.number, cancelledAt: null } });
  if (!reminder) {
    throw new AppError("NOT_FOUND", localText("reminder.noSuchNumber", { number: input.number }));
  }
  await tx.reminder.update({ where: { id: reminder.id }, data: { cancelledAt: input.now } });
  return reminder;
}
