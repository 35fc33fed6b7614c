import { fold, isNearWord, words } from "../parse/text.ts";

export interface MatchableAction {
  id: string;
  title: string;
  shortName: string | null;
}

/** Little words that say nothing about which action is meant. */
const STOP_WORDS = new Set(["de", "het", "een", "in", "op", "van", "voor", "en", "met", "naar", "the", "a", "of", "to", "actie"]);

/**
 * Forgiving action-name matching: case, accents, word order and small typos don't
 * matter; an exact short name or title wins outright. Returns the best candidates,
 * best first; more than one means the user has to choose.
 */
export function matchActions<T extends MatchableAction>(actions: readonly T[], query: string): T[] {
  const q = fold(query);
  if (!q) return [];
  const exactShort = actions.filter((a) => a.shortName && fold(a.shortName) === q);
  if (exactShort.length) return exactShort;
  const exactTitle = actions.filter((a) => fold(a.title) === q);
  if (exactTitle.length) return exactTitle;

  const queryWords = words(query).filter((w) => !STOP_WORDS.has(w));
  if (!queryWords.length) return [];
  const scored: { action: T; score: number }[] = [];
  for (const action of actions) {
    const titleWords = [...words(action.title), ...(action.shortName ? words(action.shortName) : [])];
    let score = 0;
    let all = true;
    for (const w of queryWords) {
      const s = bestWordScore(w, titleWords);
      if (s === 0) {
        all = false;
        break;
      }
      score += s;
    }
    if (all) scored.push({ action, score: score / queryWords.length });
  }
  scored.sort((a, b) => b.score - a.score);
  if (!scored.length) return [];
  // A clearly better candidate (exact words against typo'd ones) wins on its own.
  const best = scored[0].score;
  return scored.filter((s) => s.score >= best - 0.01).map((s) => s.action);
}

function bestWordScore(queryWord: string, titleWords: string[]): number {
  let best = 0;
  for (const t of titleWords) {
    if (t === queryWord) return 3;
    if (queryWord.length >= 3 && t.startsWith(queryWord)) best = Math.max(best, 2);
    else if (queryWord.length >= 4 && t.includes(queryWord)) best = Math.max(best, 1.5);
    else if (isNearWord(queryWord, t)) best = Math.max(best, 1);
  }
  return best;
}
