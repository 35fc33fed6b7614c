import type { Tx } from "../db.ts";
import { addMonths, toInstant, type CivilDate } from "../time/amsterdam.ts";
import { joinNames } from "../render/format.ts";
import { calendarWords, dutch, type Translate } from "../i18n/index.ts";

/** Progress notes quoted in the text: enough to tell a story, short enough for a wijkkrant. */
const MAX_NOTES = 4;
const NOTE_CHARS = 140;

/**
 * /maandbericht: a short, plain-language text about one month — what was finished, what
 * started, what people report, what the stuurgroep decided — ready to paste into the
 * wijkkrant or a partner newsletter, in the reader's language (Dutch unless they chose
 * another). No names of people (privacy).
 */
export async function buildMonthlyUpdate(tx: Tx, input: { wijkId: string; month: CivilDate; t?: Translate; lang?: string }): Promise<string> {
  const { t = dutch, lang = "nl" } = input;
  const first = { ...input.month, day: 1 };
  const start = toInstant(first);
  const end = toInstant(addMonths(first, 1));
  const monthName = calendarWords(lang, "calendar.months")[first.month - 1];
  const label = `${monthName} ${first.year}`;
  const [wijk, statusChanges, notes, decisions] = await Promise.all([
    tx.wijk.findUniqueOrThrow({ where: { id: input.wijkId } }),
    tx.historyEntry.findMany({ where: { wijkId: input.wijkId, field: "status", undoneAt: null, createdAt: { gte: start, lt: end } }, include: { action: true } }),
    tx.progressNote.findMany({
      where: { action: { wijkId: input.wijkId, deletedAt: null }, removedAt: null, createdAt: { gte: start, lt: end } },
      include: { action: { select: { title: true } } },
      orderBy: { createdAt: "desc" },
    }),
    tx.decision.findMany({ where: { wijkId: input.wijkId, createdAt: { gte: start, lt: end } }, orderBy: { createdAt: "asc" } }),
  ]);
  const titles = (to: string) =>
    [...new Set(statusChanges.filter((c) => c.toValue === to && c.action && !c.action.deletedAt && c.action.status === to).map((c) => c.action!.title))];
  const done = titles("klaar");
  const started = titles("bezig");
  const paragraphs = [t("monthly.title", { wijk: wijk.name, month: label })];
  if (done.length) paragraphs.push(t("monthly.done", { month: monthName, count: done.length, titles: joinNames(done, lang) }));
  if (started.length) paragraphs.push(t("monthly.started", { titles: joinNames(started, lang) }));
  const seen = new Set<string>();
  const quotes = notes.filter((n) => !seen.has(n.actionId) && seen.add(n.actionId)).slice(0, MAX_NOTES);
  if (quotes.length) paragraphs.push(t("monthly.notes", { lines: quotes.map((n) => `- ${n.action.title}: ${short(n.text)}`).join("\n") }));
  if (decisions.length) paragraphs.push(t("monthly.decisions", { lines: decisions.map((d) => `- ${short(d.text)}`).join("\n") }));
  if (paragraphs.length === 1) paragraphs.push(t("monthly.quiet", { month: label }));
  paragraphs.push(t("monthly.contact"));
  return paragraphs.join("\n\n");
}

function short(text: string): string {
  const t = text.trim().replace(/\s+/g, " ");
  const s = t.length > NOTE_CHARS ? `${t.slice(0, NOTE_CHARS - 1)}…` : t;
  return /[.!?…]$/.test(s) ? s : `${s}.`;
}
