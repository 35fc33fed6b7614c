import type { Tx } from "../db.ts";
import { findNextMeeting } from "./find-next-meeting.ts";
import { cleanStoredText } from "../parse/clean-text.ts";

export const AGENDA_KINDS = ["besluit", "bespreking", "informatie"] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

/** Anyone may propose an item; it goes on the next meeting's agenda (or waits for the next meeting planned). */
export async function proposeAgendaItem(
  tx: Tx,
  input: { wijkId: string; proposerId: string; text: string; kind: AgendaKind; actionId?: string; now: Date },
) {
  const meeting = await findNextMeeting(tx, input);
  const last = meeting ? await tx.agendaItem.findFirst({ where: { meetingId: meeting.id }, orderBy: { position: "desc" } }) : null;
  const item = await tx.agendaItem.create({
    data: {
      wijkId: input.wijkId,
      meetingId: meeting?.id ?? null,
      proposerId: input.proposerId,
      text: cleanStoredText(input.text),
      kind: input.kind,
      actionId: input.actionId ?? null,
      position: (last?.position ?? 0) + 1,
      createdAt: input.now,
    },
  });
  return { item, meeting, number: item.position };
}
