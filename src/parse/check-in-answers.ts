import type { Verdict } from "../check-in/check-in-items.ts";

const VERDICT_WORDS: [RegExp, Verdict][] = [
  [/^(op koers|on track|goed|prima|ok)$/i, "op-koers"],
  [/^(loopt achter|achter|achterstand|behind|late)$/i, "loopt-achter"],
  [/^(stoppen|stop|gestopt|stopt|stopped)$/i, "stoppen"],
];
const VERDICT_PATTERN = "op koers|on track|loopt achter|achterstand|achter|behind|stoppen|stopped|stop|gestopt";
/** What a bare answer in a direct chat looks like: "1 op koers", "alles op koers". */
export const CHECK_IN_ANSWER = new RegExp(`^\\s*(\\d{1,2}|alles|all)\\s*[.):-]?\\s*(${VERDICT_PATTERN})\\b`, "i");

/**
 * "1 op koers, 2 loopt achter en 3 stoppen" → {1: op-koers, 2: loopt-achter, 3: stoppen};
 * "alles op koers" → every number up to `count`. Null when any part is not understood.
 */
export function parseCheckInAnswers(text: string, count: number): Map<number, Verdict> | null {
  const answers = new Map<number, Verdict>();
  const all = new RegExp(`^\\s*(?:alles|all)\\s+(${VERDICT_PATTERN})\\s*[.!]?\\s*$`, "i").exec(text);
  if (all) {
    const verdict = toVerdict(all[1]);
    for (let n = 1; n <= count; n++) answers.set(n, verdict);
    return answers;
  }
  const part = new RegExp(`(\\d{1,2})\\s*[.):-]?\\s*(${VERDICT_PATTERN})\\b`, "gi");
  let rest = text;
  for (const m of text.matchAll(part)) {
    answers.set(Number(m[1]), toVerdict(m[2]));
    rest = rest.replace(m[0], " ");
  }
  if (!answers.size || !/^[\s,;.&+]*(?:(?:en|and)[\s,;.]*)*$/i.test(rest)) return null;
  return answers;
}

function toVerdict(word: string): Verdict {
  const normalized = word.trim().replace(/\s+/g, " ");
  return VERDICT_WORDS.find(([re]) => re.test(normalized))?.[1] ?? "op-koers";
}
