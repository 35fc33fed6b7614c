/**
 * The mid-year check answered in words ("financiele educatie loopt achter, geldlessen op koers en de speeltuin ook op
 * koers", "1 en 2 op koers, moestuin loopt achter", "de wijkwebsite kunnen we beter stoppen, de andere twee zijn op koers"):
 * each action named (or numbered) with what is said of it, as the /check command takes it.
 */
import type { ActionSpan } from "../action-names/locate-action.ts";
import type { IndexedAction } from "../action-names/action-index.ts";
import type { CheckInItem } from "../check-in/check-in-items.ts";
import { fold } from "../parse/text.ts";

const VERDICT = /\b(op koers|on track|loopt (?:nog |wat |iets |een beetje |flink )?achter|achter ?stand|achter|behind|stoppen|stop|gestopt|stopped)\b/i;
/** Words that stand for every item not named yet ("de andere twee", "de rest", "the others"). */
const THE_REST = /\b(?:de|die|alle)\s+(?:andere|overige)(?:\s+(?:twee|drie|vier|2|3|4))?\b|\bde rest\b|\bthe (?:others|rest|other (?:two|three))\b|\balle andere\b/i;
/** Words a check-in answer is made of when a whole message reads as one. */
export const CHECK_IN_WORDS = /\b(op koers|on track|loopt (?:nog |wat |iets |een beetje |flink )?achter|achterstand|behind)\b/i;

export function readCheckInInWords(text: string, items: readonly CheckInItem[], spans: ActionSpan<IndexedAction>[]): string | undefined {
  if (!items.length || !CHECK_IN_WORDS.test(fold(text))) return undefined;
  const answers = new Map<number, string>();
  let waiting: number[] = [];
  let rest = false;
  const cuts = [...text.matchAll(/[,;.]\s*|\s+(?:en|and|maar|but)\s+/gi)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  let from = 0;
  const clauses: { start: number; end: number }[] = [];
  for (const c of cuts) {
    clauses.push({ start: from, end: c.start });
    from = c.end;
  }
  clauses.push({ start: from, end: text.length });
  for (const clause of clauses) {
    const said = text.slice(clause.start, clause.end);
    const verdict = said.match(VERDICT)?.[1];
    const numbered = [...said.matchAll(/(?<![\d/:.-])(\d{1,2})(?![\d/:.\-\p{L}]|\s*(?:euro|kinderen|ouders|weken|dagen|maart|april|mei|juni|juli|januari|februari))/gu)].map((m) => Number(m[1])).filter((n) => items.some((i) => i.n === n));
    const named = spans.filter((s) => s.start >= clause.start && s.end <= clause.end && (s.exact || s.quality >= 2)).map((s) => items.find((i) => i.actionId === s.action.id)?.n).filter((n): n is number => n !== undefined);
    const here = [...new Set([...numbered, ...named])];
    if (THE_REST.test(said)) rest = true;
    if (!verdict) {
      waiting.push(...here);
      continue;
    }
    const word = /stop|gestopt/i.test(verdict) ? "stoppen" : /koers|track/i.test(verdict) ? "op koers" : "loopt achter";
    const targets = [...waiting, ...here];
    if (rest && !targets.length) {
      for (const item of items) if (!answers.has(item.n)) answers.set(item.n, word);
      rest = false;
    } else if (targets.length) for (const n of targets) answers.set(n, word);
    else return undefined;
    waiting = [];
  }
  if (!answers.size || waiting.length) return undefined;
  return `/check ${[...answers.entries()].sort((a, b) => a[0] - b[0]).map(([n, word]) => `${n} ${word}`).join(", ")}`;
}
