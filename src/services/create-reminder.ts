import type { Tx } from "../db.ts";
import { nextOccurrence, type Recurrence } from "../parse/recurrence.ts";
import { AppError } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";
import { cleanStoredText } from "../parse/clean-text.ts";
import type { ChangeMeta } from "./change-action.ts";

/** History field of a reminder that was set (toValue: its id; no action). Undone with /ongedaan: the reminder is cancelled. */
export const REMINDER_SET_FIELD = "reminder";

/** Most active reminders one person may have, so a typo in a loop cannot flood a chat. */
export const MAX_ACTIVE_REMINDERS_PER_PERSON = 50;

/**
 * An ad-hoc reminder (/herinner) for a person or a chat, once at `at` or recurring from
 * the first occurrence after now. Numbered per wijk (the next number after the wijk's highest).
 * With `meta` it is recorded in the history, so /ongedaan (and a correction right after) can take it back.
 */
export async function createReminder(
  tx: Tx,
  input: {
    wijkId: string;
    creatorId: string;
    target: { personId: string } | { chatId: string };
    text: string;
    at?: Date;
    recurrence?: Recurrence;
    now: Date;
    meta?: ChangeMeta;
  },
) {
  const nextAt = input.recurrence ? nextOccurrence(input.recurrence, input.now) : input.at;
  if (!nextAt) throw new AppError("INVALID", localText("reminder.whenMissing"));
  if (nextAt.getTime() <= input.now.getTime()) throw new AppError("INVALID", localText("reminder.past"));
  const active = await tx.reminder.count({ where: { creatorId: input.creatorId, kind: "adhoc", cancelledAt: null } });
  if (active >= MAX_ACTIVE_REMINDERS_PER_PERSON) {
    throw new AppError("CONFLICT", localText("reminder.tooMany", { count: active }));
  }
  // Numbered per wijk, so the coördinator's /herinneringen alle and /herinner stop <nr> mean one reminder.
  const last = await tx.reminder.findFirst({ where: { wijkId: input.wijkId, kind: "adhoc" }, orderBy: { number: "desc" }, select: { number: true } });
  const reminder = await tx.reminder.create({
    data: {
      wijkId: input.wijkId,
      creatorId: input.creatorId,
      kind: "adhoc",
      number: (last?.number ?? 0) + 1,
      targetPersonId: "personId" in input.target ? input.target.personId : null,
      targetChatId: "chatId" in input.target ? input.target.chatId : null,
      text: cleanStoredText(input.text),
      recurrence: input.recurrence ? JSON.stringify(input.recurrence) : null,
      nextAt,
      createdAt: input.now,
    },
  });
  if (input.meta) {
    const { meta } = input;
    await tx.historyEntry.create({
      data: { wijkId: meta.wijkId, personId: meta.personId, batchId: meta.batchId, field: REMINDER_SET_FIELD, fromValue: null, toValue: reminder.id, platform: meta.platform, chatId: meta.chatId, messageId: meta.messageId, createdAt: meta.at },
    });
  }
  return reminder;
}
