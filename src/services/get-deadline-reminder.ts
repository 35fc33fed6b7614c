import type { Tx } from "../db.ts";
import { deadlineReminderFor, type DeadlineReminder, type DeadlineReminderInput } from "../rules/deadline-reminder.ts";

/**
 * The deadline reminder as things stand now, or null when it has become pointless: the action
 * is done, stopped, parked, deleted, or its deadline moved (`expectedDeadline` is the deadline
 * the reminder was planned for).
 */
export async function getDeadlineReminder(tx: Tx, input: DeadlineReminderInput): Promise<DeadlineReminder | null> {
  const action = await tx.action.findUnique({ where: { id: input.actionId }, include: { pillar: { select: { name: true } } } });
  return deadlineReminderFor(action, input);
}

