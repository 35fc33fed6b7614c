import type { Tx } from "../db.ts";
import type { Meeting } from "../generated/sqlite/client.ts";
import { formatDay } from "../render/format.ts";
import { listAgendaItems } from "./list-agenda-items.ts";
import { findMeetingAfter } from "./find-meeting-after.ts";
import { renumberAgendaItems } from "./renumber-agenda-items.ts";
import { dutch as t } from "../i18n/index.ts";

/**
 * Closes a meeting once (a conditional update, so the scheduler and /vergadering
 * afsluiten cannot both do it): items not dealt with move to the next meeting, and the
 * text of the decisions not yet fed back is returned for the kartrekkers group (Dutch, as
 * every group message; null
 * when there is nothing to tell or it was already closed).
 */
export async function closeMeeting(
  tx: Tx,
  input: { meeting: Meeting; fixedItems: readonly string[]; now: Date },
): Promise<{ closed: boolean; text: string | null; carried: number }> {
  const { meeting, now } = input;
  const claimed = await tx.meeting.updateMany({ where: { id: meeting.id, closedAt: null }, data: { closedAt: now } });
  if (claimed.count !== 1) return { closed: false, text: null, carried: 0 };

  const items = await listAgendaItems(tx, meeting.id);
  const fixed = new Set(input.fixedItems);
  const open = items.filter((i) => i.status !== "behandeld" && !(i.proposerId === null && fixed.has(i.text)));
  const next = await findMeetingAfter(tx, meeting);
  if (open.length) {
    const nextItems = next ? await listAgendaItems(tx, next.id) : [];
    for (const item of open) await tx.agendaItem.update({ where: { id: item.id }, data: { meetingId: next?.id ?? null, status: "uitgesteld" } });
    if (next) await renumberAgendaItems(tx, [...nextItems, ...open]);
  }

  const decisions = await tx.decision.findMany({ where: { meetingId: meeting.id, pushedAt: null }, orderBy: { createdAt: "asc" }, include: { agendaItem: true } });
  await tx.decision.updateMany({ where: { id: { in: decisions.map((d) => d.id) } }, data: { pushedAt: now } });
  if (!decisions.length && !open.length) return { closed: true, text: null, carried: 0 };
  const parts = [t("meetingClosed.title", { day: formatDay(meeting.startsAt, now) })];
  parts.push(
    decisions.length
      ? t("meetingClosed.decisions", {
          lines: decisions.map((d, i) => `${i + 1}. ${d.text}${d.agendaItem ? t("meetingClosed.atItem", { text: d.agendaItem.text }) : ""}`).join("\n"),
        })
      : t("meetingClosed.noDecisions"),
  );
  if (open.length) {
    const lines = open.map((i) => `- ${i.text}`).join("\n");
    parts.push(next ? t("meetingClosed.carriedTo", { day: formatDay(next.startsAt, now), lines }) : t("meetingClosed.carriedNext", { lines }));
  }
  return { closed: true, text: parts.join("\n\n"), carried: open.length };
}

/** The text for one decision recorded after its meeting was closed. */
export function lateDecisionText(meeting: Pick<Meeting, "startsAt">, text: string, now: Date): string {
  return t("meetingClosed.lateDecision", { day: formatDay(meeting.startsAt, now), text });
}
