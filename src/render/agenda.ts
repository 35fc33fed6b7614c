import type { Meeting } from "../generated/sqlite/client.ts";
import { labelOf, statusLabel, type Translate } from "../i18n/index.ts";
import { formatDay, formatMoment } from "./format.ts";
import { checkInRoundAgendaParagraph } from "./check-in-round.ts";
import type { Agenda, AgendaItemEntry, AgendaPillar } from "../services/get-agenda.ts";

/** Progress notes are cut at this many characters. */
const NOTE_PREVIEW_CHARS = 120;

/** "do 19 feb 19:30, Wijkcentrum" */
export function describeMeeting(meeting: Pick<Meeting, "startsAt" | "place">, now: Date, lang = "nl"): string {
  return `${formatMoment(meeting.startsAt, now, lang)}${meeting.place ? `, ${meeting.place}` : ""}`;
}

/** "besluit" / "decision": the kind of an agenda item as a word for the reader. */
export function agendaKindLabel(kind: string, t: Translate): string {
  return labelOf("agenda.kind", kind, t);
}

/**
 * The agenda in the reader's language (`t`, `lang`; what goes to a group is Dutch): the
 * numbered items, then (when loaded) a paragraph per pillar and the check-in round's progress.
 */
export function renderAgenda(data: Agenda, t: Translate, lang: string, now: Date): string {
  const head = t("agenda.title", { meeting: describeMeeting(data.meeting, now, lang) });
  const body = data.items.length ? data.items.map((item, i) => itemLine(item, i + 1, t, lang, now)).join("\n") : t("agenda.empty");
  if (!data.pillars) return `${head}\n${body}`;
  const progress = data.checkInRound ? checkInRoundAgendaParagraph(data.checkInRound, data.pillars, t, lang) : null;
  const pillars = `${t("agenda.pillarsTitle")}\n${pillarParagraphs(data.pillars, t, lang, now).join("\n\n")}`;
  return `${head}\n${body}\n\n${pillars}${progress ? `\n\n${progress}` : ""}`;
}

/** "2. Begroting (besluit, voorgesteld) — Ans", and for an item about an action its status and last update. */
function itemLine(item: AgendaItemEntry, n: number, t: Translate, lang: string, now: Date): string {
  const marks = [agendaKindLabel(item.kind, t)];
  if (item.status === "voorgesteld") marks.push(t("agenda.mark.proposed"));
  if (item.status === "uitgesteld") marks.push(t("agenda.mark.deferred"));
  if (item.status === "behandeld") marks.push(t("agenda.mark.handled"));
  const by = item.proposer ? ` — ${item.proposer.name ?? "?"}` : "";
  const line = `${n}. ${item.text} (${marks.join(", ")})${by}`;
  if (!item.action) return line;
  const note = item.action.lastNote;
  const update = note ? t("agenda.lastUpdate", { date: formatDay(note.at, now, lang), text: preview(note.text) }) : t("agenda.noUpdate");
  return `${line}\n   ${t("agenda.actionLine", { title: item.action.title, status: statusLabel(item.action.status, t), update })}`;
}

/** One short paragraph per pillar: counts per status, what is overdue, the latest update. */
export function pillarParagraphs(pillars: readonly AgendaPillar[], t: Translate, lang: string, now: Date): string[] {
  return pillars.map((p) => {
    const counts = (["bezig", "gepland", "klaar"] as const).filter((s) => p.counts[s] > 0).map((s) => `${p.counts[s]} ${statusLabel(s, t)}`);
    const parts = [`*${p.name}*: ${counts.length ? counts.join(", ") : t("agenda.pillarNoActions")}.`];
    if (p.overdue.length) parts.push(t("agenda.pillarOverdue", { titles: p.overdue.join(", ") }));
    if (p.latest) parts.push(t("agenda.pillarLatest", { title: p.latest.actionTitle, date: formatDay(p.latest.at, now, lang), text: preview(p.latest.text) }));
    return parts.join(" ");
  });
}

function preview(text: string): string {
  return text.length > NOTE_PREVIEW_CHARS ? `${text.slice(0, NOTE_PREVIEW_CHARS - 1)}…` : text;
}
