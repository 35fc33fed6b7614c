import type { Tx } from "../db.ts";
import { AppError } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";
import { renumberAgendaItems } from "./renumber-agenda-items.ts";
import { cleanLabel } from "../parse/clean-text.ts";

/**
 * Plans a stuurgroep meeting. Its agenda starts with the wijk's fixed items, followed by
 * items that were proposed while no meeting was planned (or carried over from one).
 */
export async function createMeeting(
  tx: Tx,
  input: { wijkId: string; startsAt: Date; place?: string; fixedItems: readonly string[]; now: Date },
) {
  if (input.startsAt.getTime() <= input.now.getTime()) throw new AppError("INVALID", localText("meeting.past"));
  const clash = await tx.meeting.findFirst({ where: { wijkId: input.wijkId, startsAt: input.startsAt, closedAt: null } });
  if (clash) throw new AppError("CONFLICT", localText("meeting.clash"));
  const meeting = await tx.meeting.create({
    data: { wijkId: input.wijkId, startsAt: input.startsAt, place: cleanLabel(input.place ?? "") || null, createdAt: input.now },
  });
  // Items without a meeting wait for the first meeting planned after them, when it is the next one.
  const earlier = await tx.meeting.count({ where: { wijkId: input.wijkId, closedAt: null, startsAt: { gt: input.now, lt: input.startsAt } } });
  const waiting = earlier
    ? []
    : await tx.agendaItem.findMany({ where: { wijkId: input.wijkId, meetingId: null, status: { not: "behandeld" } }, orderBy: { createdAt: "asc" } });
  const fixed = [];
  for (const text of input.fixedItems) {
    fixed.push(await tx.agendaItem.create({ data: { wijkId: input.wijkId, meetingId: meeting.id, text, kind: "informatie", status: "geaccepteerd", createdAt: input.now } }));
  }
  for (const item of waiting) await tx.agendaItem.update({ where: { id: item.id }, data: { meetingId: meeting.id } });
  await renumberAgendaItems(tx, [...fixed, ...waiting]);
  return { meeting, carried: waiting.length };
}
