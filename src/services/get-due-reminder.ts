import type { Tx } from "../db.ts";

/** A due reminder as data (src/render/reminder-message.ts writes the message). */
export interface DueReminder {
  text: string;
  /** Who set it, when that is someone other than the one who gets it. */
  from: string | null;
}

/** The reminder to send now, or null when it was cancelled in the meantime. */
export async function getDueReminder(tx: Tx, reminderId: string): Promise<DueReminder | null> {
  const reminder = await tx.reminder.findUnique({ where: { id: reminderId } });
  if (!reminder || reminder.cancelledAt) return null;
  const creator = reminder.creatorId && reminder.creatorId !== reminder.targetPersonId
    ? await tx.person.findUnique({ where: { id: reminder.creatorId }, select: { displayName: true } })
    : null;
  return { text: reminder.text, from: creator?.displayName ?? null };
}
