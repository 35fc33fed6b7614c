import type { Tx } from "../db.ts";
import type { Meeting } from "../generated/sqlite/client.ts";
import { OPEN_STATUSES } from "../domain.ts";
import { formatDay, formatMoment } from "../render/format.ts";
import { agendaItems } from "./meetings.ts";

const KIND_LABEL: Record<string, string> = { besluit: "besluit", bespreking: "bespreking", informatie: "informatie" };
const NOTE_PREVIEW_CHARS = 120;

/** "do 19 feb 19:30, Wijkcentrum" */
export function describeMeeting(meeting: Pick<Meeting, "startsAt" | "place">, now: Date, lang = "nl"): string {
  return `${formatMoment(meeting.startsAt, now, lang)}${meeting.place ? `, ${meeting.place}` : ""}`;
}

/**
 * The agenda of a meeting as sent ahead: items in order with who proposed them and,
 * for items about an action, its status and last update; then one paragraph per pillar.
 */
export async function buildAgenda(tx: Tx, input: { meeting: Meeting; now: Date; withPillars: boolean }): Promise<string> {
  const { meeting, now } = input;
  const items = await agendaItems(tx, meeting.id);
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
    const marks = [KIND_LABEL[item.kind] ?? item.kind];
    if (item.status === "voorgesteld") marks.push("voorstel");
    if (item.status === "uitgesteld") marks.push("doorgeschoven");
    if (item.status === "behandeld") marks.push("behandeld ✓");
    const by = item.proposerId ? ` — ${people.get(item.proposerId) ?? "?"}` : "";
    let line = `${i + 1}. ${item.text} (${marks.join(", ")})${by}`;
    const action = item.actionId ? actions.get(item.actionId) : undefined;
    if (action) {
      const note = action.notes[0];
      const update = note ? `laatste update ${formatDay(note.createdAt, now)}: "${preview(note.text)}"` : "nog geen update";
      line += `\n   Actie ${action.title}: ${action.status}; ${update}`;
    }
    return line;
  });
  const head = `🗓️ *Agenda stuurgroep ${describeMeeting(meeting, now)}*`;
  const body = lines.length ? lines.join("\n") : "Nog geen agendapunten. Voorstellen: /agendapunt <tekst>";
  if (!input.withPillars) return `${head}\n${body}`;
  return `${head}\n${body}\n\n*Stand per pijler*\n${(await pillarParagraphs(tx, meeting.wijkId, now)).join("\n\n")}`;
}

/** One short paragraph per pillar: counts per status, what is overdue, the latest update. */
export async function pillarParagraphs(tx: Tx, wijkId: string, now: Date): Promise<string[]> {
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
      .map(([s, n]) => `${n} ${s}`);
    const overdue = p.actions.filter((a) => (OPEN_STATUSES as readonly string[]).includes(a.status) && a.deadline && a.deadline < now);
    const latest = p.actions
      .flatMap((a) => a.notes.map((n) => ({ note: n, title: a.title })))
      .sort((a, b) => b.note.createdAt.getTime() - a.note.createdAt.getTime())[0];
    const parts = [`*${p.name}*: ${counts.length ? counts.join(", ") : "nog geen acties"}.`];
    if (overdue.length) parts.push(`Over de deadline: ${overdue.map((a) => a.title).join(", ")}.`);
    if (latest) parts.push(`Laatste update (${latest.title}, ${formatDay(latest.note.createdAt, now)}): "${preview(latest.note.text)}"`);
    return parts.join(" ");
  });
}

function preview(text: string): string {
  return text.length > NOTE_PREVIEW_CHARS ? `${text.slice(0, NOTE_PREVIEW_CHARS - 1)}…` : text;
}
