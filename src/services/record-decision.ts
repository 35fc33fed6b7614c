import type { Tx } from "../db.ts";
import { AppError } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";
import { getAgendaItemByNumber } from "./get-agenda-item-by-number.ts";
import { findDecisionMeeting } from "./find-decision-meeting.ts";
import { cleanStoredText } from "../parse/clean-text.ts";
import type { ChangeMeta } from "./change-action.ts";

/** The history row of a decision recorded: /ongedaan (and a correction right after) can take it back. */
export const DECISION_FIELD = "decision";

/**
 * Records a decision of the meeting that is on or just was; with an agenda item
 * number, that item counts as dealt with. When the meeting was already closed the
 * caller pushes the decision right away (`pushNow`). With `meta` it is recorded in the
 * history (the decision, and the item's status before), so /ongedaan can take it back.
 */
export async function recordDecision(
  tx: Tx,
  input: { wijkId: string; personId: string; text: string; itemNumber?: number; now: Date; meta?: ChangeMeta },
) {
  const meeting = await findDecisionMeeting(tx, { wijkId: input.wijkId, now: input.now });
  if (!meeting) {
    throw new AppError("NOT_FOUND", localText("meeting.noneForDecision"));
  }
  const item = input.itemNumber ? await getAgendaItemByNumber(tx, meeting.id, input.itemNumber) : null;
  if (item) await tx.agendaItem.update({ where: { id: item.id }, data: { status: "behandeld" } });
  const pushNow = Boolean(meeting.closedAt);
  const decision = await tx.decision.create({
    data: {
      wijkId: input.wijkId,
      meetingId: meeting.id,
      agendaItemId: item?.id ?? null,
      text: cleanStoredText(input.text),
      createdById: input.personId,
      createdAt: input.now,
      pushedAt: pushNow ? input.now : null,
    },
  });
  if (input.meta) {
    const { meta } = input;
    await tx.historyEntry.create({
      data: {
        wijkId: meta.wijkId, personId: meta.personId, batchId: meta.batchId, field: DECISION_FIELD,
        fromValue: item ? JSON.stringify({ itemId: item.id, status: item.status }) : null, toValue: decision.id,
        platform: meta.platform, chatId: meta.chatId, messageId: meta.messageId, createdAt: meta.at,
      },
    });
  }
  return { decision, meeting, item, pushNow };
}
