import type { Tx } from "../db.ts";
import type { Meeting } from "../generated/sqlite/client.ts";
import { OPEN_STATUSES } from "../domain.ts";
import { formatDay, formatMoment } from "../render/format.ts";
import { listAgendaItems } from "./list-agenda-items.ts";
import { checkInRoundAgendaParagraph } from "./get-check-in-round.ts";
import { dutch, labelOf, statusLabel, type Translate } from "../i18n/index.ts";

const NOTE_PREVIEW_CHARS = 120;

/** "do 19 feb 19:30, Wijkcentrum" */
export function describeMeeting(meeting: Pick<Meeting, "startsAt" | "place">, now: Date, lang = "nl"): string {
  return `${formatMoment(meeting.startsAt, now, lang)}${meeting.place ? `, ${meeting.place}` : ""}`;
}

/**
 * The agenda of a meeting as sent ahead: items in order with who proposed them and,
 * for items about an action, its status and last update; then one paragraph per pillar.
 * In the reader's language (`t`, `lang`); what goes to a group is Dutch, the default.
 */
export async function buildAgenda(tx: Tx, input: { meeting: Meeting; now: Date; withPillars: boolean; t?: Translate; lang?: string }): Promise<string> {
  const { meeting, now, t = dutch, lang = "nl" } = input;
  const items = await listAgendaItems(tx, meeting.id);
  const people = new Map(
    (await tx.person.findMany({ where: { id: { in: items.map((i) => i.proposerId ?? "") } }, select: { id: true, displayName: true } })).map((p) => [p.id, p.displayName]),
  );
  const actions = new Map(
    (
      await tx.action.findMany({
        where: { id: { in: items.map((i) => i.actionId ?? "") } },
        include: { notes: { where: { removedAt: null }, orderBy: { createdAt: "desc" }, take: 1 } },
      })
    ).map((a) => [a.id, a]),
  );
  const lines = items.map((item, i) => {
    const marks = [agendaKindLabel(item.kind, t)];
    if (item.status === "voorgesteld") marks.push(t("agenda.mark.proposed"));
    if (item.status === "uitgesteld") marks.push(t("agenda.mark.deferred"));
    if (item.status === "behandeld") marks.push(t("agenda.mark.handled"));
    const by = item.proposerId ? ` — ${people.get(item.proposerId) ?? "?"}` : "";
    let line = `${i + 1}. ${item.text} (${marks.join(", ")})${by}`;
    const action = item.actionId ? actions.get(item.actionId) : undefined;
    if (action) {
      const note = action.notes[0];
      const update = note ? t("agenda.lastUpdate", { date: formatDay(note.createdAt, now, lang), text: preview(note.text) }) : t("agenda.noUpdate");
      line += `\n   ${t("agenda.actionLine", { title: action.title, status: statusLabel(action.status, t), update })}`;
    }
    return line;
  });
  const head = t("agenda.title", { meeting: describeMeeting(meeting, now, lang) });
  const body = lines.length ? lines.join("\n") : t("agenda.empty");
  if (!input.withPillars) return `${head}\n${body}`;
  const progress = await checkInRoundAgendaParagraph(tx, { wijkId: meeting.wijkId, meetingId: meeting.id, t, lang });
  const pillars = `${t("agenda.pillarsTitle")}\n${(await pillarParagraphs(tx, meeting.wijkId, now, t, lang)).join("\n\n")}`;
  return `${head}\n${body}\n\n${pillars}${progress ? `\n\n${progress}` : ""}`;
}

/** "besluit" / "decision": the kind of an agenda item as a word for the reader. */
export function agendaKindLabel(kind: string, t: Translate): string {
  return labelOf("agenda.kind", kind, t);
}

/** One short paragraph per pillar: counts per status, what is overdue, the latest update. */
export async function pillarParagraphs(tx: Tx, wijkId: string, now: Date, t: Translate = dutch, lang = "nl"): Promise<string[]> {
  const pillars = await tx.pillar.findMany({
    where: { wijkId },
    orderBy: { position: "asc" },
    include: {
      actions: {
        where: { deletedAt: null },
        include: { notes: { where: { removedAt: null }, orderBy: { createdAt: "desc" }, take: 1 } },
      },
    },
  });
  return pillars.map((p) => {
    const count = (status: string) => p.actions.filter((a) => a.status === status).length;
    const counts = [["bezig", count("bezig")], ["gepland", count("gepland")], ["klaar", count("klaar")]]
      .filter(([, n]) => Number(n) > 0)
      .map(([s, n]) => `${n} ${statusLabel(String(s), t)}`);
    const overdue = p.actions.filter((a) => (OPEN_STATUSES as readonly string[]).includes(a.status) && a.deadline && a.deadline < now);
    const latest = p.actions
      .flatMap((a) => a.notes.map((n) => ({ note: n, title: a.title })))
      .sort((a, b) => b.note.createdAt.getTime() - a.note.createdAt.getTime())[0];
    const parts = [`*${p.name}*: ${counts.length ? counts.join(", ") : t("agenda.pillarNoActions")}.`];
    if (overdue.length) parts.push(t("agenda.pillarOverdue", { titles: overdue.map((a) => a.title).join(", ") }));
    if (latest) parts.push(t("agenda.pillarLatest", { title: latest.title, date: formatDay(latest.note.createdAt, now, lang), text: preview(latest.note.text) }));
    return parts.join(" ");
  });
}

function preview(text: string): string {
  return text.length > NOTE_PREVIEW_CHARS ? `${text.slice(0, NOTE_PREVIEW_CHARS - 1)}…` : text;
}
