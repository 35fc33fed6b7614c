import type { Tx } from "../db.ts";
import { addYears, compareCivil, localParts, toInstant, type CivilDate } from "../time/amsterdam.ts";
import { localText } from "../i18n/index.ts";
import { describeDay } from "../parse/dates.ts";
import { AppError } from "../core/errors.ts";
import type { ChangeMeta } from "./change-action.ts";
import type { PersonRow } from "../db/rows.ts";
import { backAt } from "../rules/absence-routing.ts";

/** History field of an absence that was set (toValue: its id; fromValue: the absence it replaced). */
export const ABSENCE_SET_FIELD = "absence";
/** History field of an absence that was ended early (fromValue: its id). */
export const ABSENCE_END_FIELD = "absence.back";
/** How far ahead the last day may lie: a year, so a typo in the year cannot silence someone for longer. */
export const MAX_ABSENCE_YEARS = 1;

/**
 * /afwezig: `person` is away from now until the end of `lastDay`, with `standIn` getting
 * their reminders meanwhile (or none: held until the return). An absence of theirs that is
 * still running or planned is replaced. Recorded in the history (undone with /ongedaan).
 * Refused, changing nothing: a last day in the past or more than a year ahead, a stand-in
 * who is the person themselves or has left the wijk.
 */
export async function setAbsence(
  tx: Tx,
  input: { meta: ChangeMeta; person: PersonRow; standIn: PersonRow | null; lastDay: CivilDate; now: Date },
) {
  const { person, standIn, lastDay, now } = input;
  const today = localParts(now);
  const day = describeDay(toInstant(lastDay));
  if (compareCivil(lastDay, today) < 0) throw new AppError("INVALID", localText("absence.past", { day }));
  if (compareCivil(lastDay, addYears(today, MAX_ABSENCE_YEARS)) > 0) throw new AppError("INVALID", localText("absence.tooFar", { day }));
  if (standIn && standIn.id === person.id) throw new AppError("INVALID", localText("absence.standInSelf"));
  if (standIn && (standIn.leftAt || standIn.erasedAt)) throw new AppError("INVALID", localText("absence.standInLeft", { name: standIn.displayName }));

  const running = (await tx.absence.findMany({ where: { personId: person.id, endedAt: null }, orderBy: { startsAt: "asc" } })).filter((a) => backAt(a) > now);
  for (const old of running) await tx.absence.update({ where: { id: old.id }, data: { endedAt: now } });
  const absence = await tx.absence.create({
    data: { wijkId: person.wijkId, personId: person.id, standInId: standIn?.id ?? null, startsAt: now, lastDay: toInstant(lastDay), createdById: input.meta.personId },
  });
  await tx.historyEntry.create({
    data: {
      wijkId: input.meta.wijkId,
      personId: input.meta.personId,
      batchId: input.meta.batchId,
      field: ABSENCE_SET_FIELD,
      fromValue: running.map((a) => a.id).join(",") || null,
      toValue: absence.id,
      platform: input.meta.platform,
      chatId: input.meta.chatId,
      messageId: input.meta.messageId,
      createdAt: input.meta.at,
    },
  });
  return absence;
}
