import type { Tx } from "../db.ts";
import { localText } from "../i18n/index.ts";
import { AppError } from "../core/errors.ts";
import type { ChangeMeta } from "./change-action.ts";
import type { PersonRow } from "../db/rows.ts";
import { covers } from "../rules/absence-routing.ts";
import { ABSENCE_END_FIELD } from "./set-absence.ts";

/**
 * /afwezig weg: `person` is back now, before the last day they gave. Their held reminders
 * come in one message the minute after (src/jobs/absence-return.ts). Recorded in the history.
 * Refused when they are not away.
 */
export async function endAbsence(tx: Tx, input: { meta: ChangeMeta; person: PersonRow; now: Date }) {
  const absences = await tx.absence.findMany({ where: { personId: input.person.id, endedAt: null } });
  const absence = absences.find((a) => covers(a, input.now));
  if (!absence) {
    const planned = absences.some((a) => a.startsAt > input.now);
    throw new AppError("INVALID", localText(planned ? "absence.notAwayYet" : "absence.notAway", { name: input.person.displayName }));
  }
  const ended = await tx.absence.update({ where: { id: absence.id }, data: { endedAt: input.now } });
  await tx.historyEntry.create({
    data: {
      wijkId: input.meta.wijkId,
      personId: input.meta.personId,
      batchId: input.meta.batchId,
      field: ABSENCE_END_FIELD,
      fromValue: absence.id,
      toValue: input.now.toISOString(),
      platform: input.meta.platform,
      chatId: input.meta.chatId,
      messageId: input.meta.messageId,
      createdAt: input.meta.at,
    },
  });
  return ended;
}
