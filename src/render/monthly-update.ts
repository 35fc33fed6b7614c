import { joinNames } from "./format.ts";
import { calendarWords, type Translate } from "../i18n/index.ts";
import type { MonthlyUpdate } from "../services/get-monthly-update.ts";

/** A quoted note or decision is cut at this many characters. */
const NOTE_CHARS = 140;

/**
 * /maandbericht: a short, plain-language text ready to paste into the wijkkrant or a
 * partner newsletter, in the reader's language.
 */
export function renderMonthlyUpdate(data: MonthlyUpdate, t: Translate, lang: string): string {
  const monthName = calendarWords(lang, "calendar.months")[data.month.month - 1];
  const label = `${monthName} ${data.month.year}`;
  const paragraphs = [t("monthly.title", { wijk: data.wijkName, month: label })];
  if (data.done.length) paragraphs.push(t("monthly.done", { month: monthName, count: data.done.length, titles: joinNames(data.done, lang) }));
  if (data.started.length) paragraphs.push(t("monthly.started", { titles: joinNames(data.started, lang) }));
  if (data.notes.length) paragraphs.push(t("monthly.notes", { lines: data.notes.map((n) => `- ${n.actionTitle}: ${short(n.text)}`).join("\n") }));
  if (data.decisions.length) paragraphs.push(t("monthly.decisions", { lines: data.decisions.map((d) => `- ${short(d)}`).join("\n") }));
  if (paragraphs.length === 1) paragraphs.push(t("monthly.quiet", { month: label }));
  paragraphs.push(t("monthly.contact"));
  return paragraphs.join("\n\n");
}

/** One line, cut to NOTE_CHARS, ending as a sentence. */
function short(text: string): string {
  const line = text.trim().replace(/\s+/g, " ");
  const s = line.length > NOTE_CHARS ? `${line.slice(0, NOTE_CHARS - 1)}…` : line;
  return /[.!?…]$/.test(s) ? s : `${s}.`;
}
