import type { Tx } from "../db.ts";
import { OPEN_STATUSES, type ActionStatus } from "../domain.ts";
import { AppError } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";
import type { ActionRow } from "../db/rows.ts";

/**
 * /snooze: the action's deadline reminders are held until `until`, when one reminder
 * goes out instead. A newer snooze replaces an older one.
 */
export async function snoozeActionReminder(tx: Tx, input: { action: ActionRow; personId: string; until: Date; now: Date }) {
  const { action } = input;
  if (!OPEN_STATUSES.includes(action.status as ActionStatus)) {
    throw new AppError("INVALID", localText("snooze.closed", { title: action.title, status: localText(`status.${action.status}` as "status.klaar") }));
  }
  if (!action.deadline) {
    throw new AppError("INVALID", localText("snooze.noDeadline", { title: action.title }));
  }
  if (input.until.getTime() <= input.now.getTime()) throw new AppError("INVALID", localText("reminder.past"));
  await tx.reminder.updateMany({ where: { actionId: action.id, kind: "snooze", cancelledAt: null }, data: { cancelledAt: input.now } });
  return tx.reminder.create({
    data: {
      wijkId: action.wijkId,
      kind: "snooze",
      actionId: action.id,
      creatorId: input.personId,
      text: action.title,
      nextAt: input.until,
      createdAt: input.now,
    },
  });
}
