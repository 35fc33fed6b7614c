import { fold, isNearWord, typoAllowance, words } from "../parse/text.ts";

export interface MatchableAction {
  id: string;
  title: string;
  shortName: string | null;
}

/** Little words that say nothing about which action is meant. */
const STOP_WORDS = new Set([
  "de", "het", "een", "in", "op", "van", "voor", "en", "met", "naar", "bij", "aan", "om", "te", "door", "uit", "tot", "over",
  "is", "er", "die", "dat", "dit", "deze", "we", "ik", "je", "ze", "ook", "nog", "al", "niet", "wel", "of", "als", "maar", "dus", "nu", "dan",
  "wat", "wie", "hoe", "waar", "wanneer", "welke", "welk", "waarom", "mijn", "jouw", "onze", "ons", "heeft", "hebben", "had", "was", "wordt",
  "kan", "kun", "moet", "wil", "zal", "gaat", "staat", "zet", "hij", "zij", "jij", "wij", "u", "me", "mij",
  // (Verbs that are the start of a name: "dat moest 12 maart zijn" is not about the moestuin.)
  "moest", "moesten", "moeten", "zijn", "waren", "werd", "worden", "kunnen", "zou", "zouden", "mag", "mogen", "heb", "hebt",
  "the", "a", "an", "of", "to", "at", "for", "and", "with", "on", "is", "it", "what", "who", "how", "my", "actie", "action",
  // (Words for any action: "zet het project maar op klaar" names none.)
  "project", "projecten", "acties", "actions",
  // (Words for how many: "tussen alle drukte door" is not about "… voor alle scholen".)
  "alle", "allemaal", "elke", "iedere", "all", "every",
]);

/**
 * Forgiving action-name matching: case, accents, word order and small typos don't
 * matter; an exact short name or title wins outright. Built once per wijk and kept
 * (see action-index.ts), so matching a name among 10,000 actions scans the distinct
 * words, not every action.
 */
export class ActionNameIndex<T extends MatchableAction> {
  readonly #byShortName = new Map<string, T[]>();
  readonly #byTitle = new Map<string, T[]>();
  /** Distinct title/short-name word → the actions containing it. */
  readonly #byWord = new Map<string, T[]>();
  /** First letter and last four of a name written without spaces ("veilignaarschool") → the names and their actions. */
  readonly #bySquashed = new Map<string, { squashed: string; action: T }[]>();

  constructor(readonly actions: readonly T[]) {
    for (const action of actions) {
      for (const name of [action.title, ...(action.shortName ? [action.shortName] : [])]) {
        const squashed = fold(name).replace(/[^a-z0-9]/g, "");
        if (squashed.length >= 8) {
          const key = `${squashed[0]}${squashed.slice(-4)}`;
          const list = this.#bySquashed.get(key);
          if (list) list.push({ squashed, action });
          else this.#bySquashed.set(key, [{ squashed, action }]);
        }
      }
      if (action.shortName) push(this.#byShortName, fold(action.shortName), action);
      push(this.#byTitle, fold(action.title), action);
      const ws = new Set([...words(action.title), ...(action.shortName ? words(action.shortName) : [])]);
      for (const w of ws) push(this.#byWord, w, action);
    }
  }

  /** Whether some action's title or short name has this (folded) word, or a word ending in it of 7 letters or more ("moestuin"). */
  hasWord(word: string): boolean {
    if (this.#byWord.has(word)) return true;
    if (!this.#wordEnds) {
      this.#wordEnds = new Set();
      for (const known of this.#byWord.keys()) for (let i = 1; known.length - i >= 7; i++) this.#wordEnds.add(known.slice(i));
    }
    return this.#wordEnds.has(word);
  }
  #wordEnds: Set<string> | undefined;

  /** Actions whose title is exactly this (after folding case, accents and punctuation). */
  withTitle(title: string): T[] {
    return this.#byTitle.get(fold(title)) ?? [];
  }

  /** The best candidates, best first; more than one means the user has to choose. */
  match(query: string): T[] {
    const q = fold(query);
    if (!q) return [];
    const exact = this.exactly(q);
    if (exact.length) return exact;
    const scored = this.scoredMatches(query);
    if (!scored.length) return [];
    // A clearly better candidate (exact words against typo'd ones) wins on its own.
    const best = scored[0].score;
    return scored.filter((s) => s.score >= best - 0.01).map((s) => s.action);
  }

  /** Actions whose short name or (else) title is exactly this. */
  exactly(query: string): T[] {
    const q = fold(query);
    return this.#byShortName.get(q) ?? this.#byTitle.get(q) ?? [];
  }

  /** Every action that has all the typed words (give or take a typo), with the average word score (0–3), best first. */
  scoredMatches(query: string): { action: T; score: number }[] {
    const queryWords = words(query).filter((w) => !STOP_WORDS.has(w));
    if (!queryWords.length) return [];
    let totals: Map<T, number> | undefined;
    for (const queryWord of queryWords) {
      const scores = this.scoreWord(queryWord);
      const next = new Map<T, number>();
      for (const [action, score] of scores) {
        if (!totals) next.set(action, score);
        else if (totals.has(action)) next.set(action, totals.get(action)! + score);
      }
      totals = next;
      if (!totals.size) return [];
    }
    const scored = [...totals!].map(([action, total]) => ({ action, score: total / queryWords.length }));
    const order = this.#order ??= new Map(this.actions.map((a, i) => [a, i]));
    scored.sort((a, b) => b.score - a.score || order.get(a.action)! - order.get(b.action)!);
    return scored;
  }

  #order: Map<T, number> | undefined;
  readonly #wordScores = new Map<string, Map<T, number>>();

  /** The significant words of an action's title (what "all words matched" is measured against). */
  titleWords(action: T): string[] {
    return words(action.title).filter((w) => !STOP_WORDS.has(w));
  }

  /** Whether a folded word says nothing about which action is meant. */
  isStopWord(word: string): boolean {
    return STOP_WORDS.has(word);
  }

  /**
   * For one typed word: each action's best score over its words (3 exact, 2.5 the end of a
   * compound — "moestuin" in "buurtmoestuin" — 2 prefix, 1.5 inside, 1 typo, 2 a typo in a word of ten letters or more). Remembered
   * per word: a sentence is scanned word by word.
   */
  scoreWord(queryWord: string): Map<T, number> {
    let scores = this.#wordScores.get(queryWord);
    if (!scores) {
      scores = this.#scoreWord(queryWord);
      if (this.#wordScores.size > 5000) this.#wordScores.clear();
      this.#wordScores.set(queryWord, scores);
    }
    return scores;
  }

  /**
   * "vnaschool" for "Veilig naar school": a name of several words written as one shortened word — the same first letter,
   * the same last four, and every letter in order within the name. Only for a word that matches nothing else.
   */
  scoreSquashed(queryWord: string): Map<T, number> {
    const scores = new Map<T, number>();
    if (queryWord.length < 6 || !/^[a-z]+$/.test(queryWord)) return scores;
    for (const { squashed, action } of this.#bySquashed.get(`${queryWord[0]}${queryWord.slice(-4)}`) ?? []) {
      if (queryWord.length >= squashed.length * 0.45 && isSubsequence(queryWord, squashed)) scores.set(action, 2.5);
    }
    return scores;
  }

  /** Actions with a word that ends in this one ("dag" in "techniekdag"): 2.5, as the end of a compound. Not remembered. */
  scoreCompoundEnd(queryWord: string): Map<T, number> {
    const scores = new Map<T, number>();
    for (const [word, actions] of this.#byWord) if (word.length > queryWord.length && word.endsWith(queryWord)) for (const action of actions) scores.set(action, 2.5);
    return scores;
  }

  #scoreWord(queryWord: string): Map<T, number> {
    const scores = new Map<T, number>();
    const allowance = typoAllowance(queryWord.length);
    for (const [word, actions] of this.#byWord) {
      let score = 0;
      if (word === queryWord) score = 3;
      else if (queryWord.length >= 5 && word.endsWith(queryWord)) score = 2.5;
      else if (queryWord.length >= 3 && word.startsWith(queryWord)) score = 2;
      else if (queryWord.length >= 4 && word.includes(queryWord)) score = 1.5;
      // ("inloopsprekuur", "huiswerkbegeleding": a letter off in a long word still names it as surely as its start would.)
      else if (allowance > 0 && Math.abs(word.length - queryWord.length) <= allowance && isNearWord(queryWord, word)) score = queryWord.length >= 10 ? 2 : 1;
      // "moestiun" for "buurtmoestuin": a typo in the end of a compound.
      else if (queryWord.length >= 6 && word.length > queryWord.length + 2 && isNearWord(queryWord, word.slice(-queryWord.length))) score = 1;
      if (!score) continue;
      for (const action of actions) if ((scores.get(action) ?? 0) < score) scores.set(action, score);
    }
    return scores;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** One-off matching over a list (small lists; repeated matching uses an ActionNameIndex). */
export function matchActions<T extends MatchableAction>(actions: readonly T[], query: string): T[] {
  return new ActionNameIndex(actions).match(query);
}

/** Every letter of `short` appears in `long`, in order. */
function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const ch of long) if (ch === short[at]) at++;
  return at === short.length;
}
