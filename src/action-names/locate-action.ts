import { fold, words } from "../parse/text.ts";
import type { ActionNameIndex, MatchableAction } from "./match-actions.ts";
import { ENGLISH_GLOSS } from "../parse/english-gloss.ts";

/** A word of a message with its place in the text, so what is not the action's name can be kept exactly as typed. */
export interface TextToken {
  /** Lower case, accents removed. */
  word: string;
  start: number;
  end: number;
}

/** Where an action's name sits in a message, and how well it matches. */
export interface ActionSpan<T> {
  action: T;
  /** Character offsets of the name in the message. */
  start: number;
  end: number;
  /** Index of the span's first word among the message's words. */
  firstToken: number;
  /** Sum of the matched words' scores (3 exact … 1 typo). */
  score: number;
  /** Share of the action's title words that were matched. */
  coverage: number;
  /** The span is exactly the action's short name or title. */
  exact: boolean;
  /** One number to rank spans by: score weighted by coverage, exactness on top. */
  quality: number;
  /** A word of the span names this action only ("geldlessen"), not several ("groep"). */
  distinctive?: boolean;
}

/** Most actions whose span is worked out for one message. */
const MAX_PLACED = 100;

/** Words typed between two words of a name that still belong to it ("watertappunt in de wijk"). */
const MAX_GAP_WORDS = 2;

export function tokenize(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}+'’-]*/gu)) {
    const word = fold(m[0]);
    if (word) tokens.push({ word: word.split(" ")[0], start: m.index!, end: m.index! + m[0].length });
  }
  // ("veilig nr school": "nr" typed for "naar" — unless a number follows, when it is "nummer".)
  tokens.forEach((t, i) => {
    if (t.word === "nr" && !/^\d/.test(tokens[i + 1]?.word ?? "0")) t.word = "naar";
  });
  return tokens;
}

/** Seasons and holidays said as moments ("na de zomer"), and the words that make them one. */
const SEASONS = new Set(["zomer", "winter", "herfst", "lente", "voorjaar", "najaar", "kerst", "pasen", "zomervakantie", "kerstvakantie", "herfstvakantie", "meivakantie", "voorjaarsvakantie"]);
const SEASON_LEAD = new Set(["na", "voor", "in", "deze", "tot", "vanaf", "tijdens", "rond", "begin", "eind", "sinds", "komende", "volgende", "vorige", "afgelopen", "this", "next", "after", "before"]);

/**
 * Every action whose name appears somewhere in the message, as a span of words: the
 * best span per action, best first. Words around the span are the rest of the message
 * (a note, a reason, a date) and are not part of the name.
 */
export function locateActions<T extends MatchableAction>(index: ActionNameIndex<T>, text: string, tokens = tokenize(text)): ActionSpan<T>[] {
  const hits = new Map<T, { pos: number; score: number }[]>();
  // How many actions each word position names: a word that names one action only is distinctive.
  const named = new Map<number, number>();
  tokens.forEach((token, pos) => {
    if (index.isStopWord(token.word) || (token.word.length < 2 && !/^\d$/.test(token.word))) return;
    // "homework club" for "Huiswerkbegeleiding buurthuis": an English word that names nothing is read as its Dutch one.
    let scores = index.scoreWord(token.word);
    // ("na de zomer weer oppakken", "voor de kerst": a season said as a moment names no action that only starts with it —
    // "zomer" is not the Zomerkamp there.)
    if (SEASONS.has(token.word) && SEASON_LEAD.has(tokens[pos - 1]?.word === "de" ? (tokens[pos - 2]?.word ?? "") : (tokens[pos - 1]?.word ?? ""))) {
      scores = new Map([...scores].filter(([action]) => index.titleWords(action).includes(token.word)));
    }
    const gloss = scores.size ? undefined : ENGLISH_GLOSS[token.word];
    if (gloss) scores = index.scoreWord(gloss);
    // ("tech day" for "Techniekdag": a short English word glossed to the end of a Dutch compound.)
    if (gloss && !scores.size && gloss.length >= 3) scores = index.scoreCompoundEnd(gloss);
    // ("vnaschool" for "Veilig naar school": the name written as one shortened word.)
    if (!scores.size && !gloss) scores = index.scoreSquashed(token.word);
    named.set(pos, scores.size);
    for (const [action, score] of scores) {
      if (!isMeaningful(token.word, score)) continue;
      const list = hits.get(action);
      if (list) list.push({ pos, score });
      else hits.set(action, [{ pos, score }]);
    }
  });
  // Only the actions with the most matched words are worth placing (10,000 similar titles share words).
  const strongest = [...hits].map(([action, list]) => ({ action, list, total: list.reduce((sum, h) => sum + h.score, 0) }));
  strongest.sort((a, b) => b.total - a.total);
  const spans: ActionSpan<T>[] = [];
  for (const { action, list } of strongest.slice(0, MAX_PLACED)) {
    const best = bestGroup(text, list, tokens, index, action);
    // A number on its own ("8 kinderen") names nothing; beside a word of the name ("groep 8") it does.
    if (!best || tokens.slice(best.first, best.last + 1).every((t) => /^\d+$/.test(t.word) || index.isStopWord(t.word))) continue;
    const start = tokens[best.first].start;
    const end = tokens[best.last].end;
    const titleWords = index.titleWords(action);
    const matchedWords = best.last - best.first + 1;
    const coverage = titleWords.length ? Math.min(1, best.hits / titleWords.length) : 1;
    const spanText = fold(text.slice(start, end));
    const exact = spanText === fold(action.title) || (action.shortName !== null && spanText === fold(action.shortName));
    const quality = best.score * (0.5 + 0.5 * coverage) + (exact ? 3 : 0) - 0.1 * Math.max(0, matchedWords - best.hits);
    const distinctive = list.some((h) => h.pos >= best.first && h.pos <= best.last && named.get(h.pos) === 1 && h.score >= 3 && !/^\d+$/.test(tokens[h.pos].word));
    spans.push({ action, start, end, firstToken: best.first, score: best.score, coverage, exact, quality, ...(distinctive ? { distinctive } : {}) });
  }
  return spans.sort((a, b) => b.quality - a.quality || a.start - b.start);
}

/** A single weak hit (a typo of a short word, three letters inside a long one) is no evidence. */
function isMeaningful(word: string, score: number): boolean {
  if (/^\d+$/.test(word)) return score >= 3;
  if (score >= 3) return word.length >= 2;
  if (score >= 2) return word.length >= 3;
  if (score >= 1.5) return word.length >= 5;
  return word.length >= 5;
}

/** The best run of hits for one action: consecutive, or separated only by a few little words. */
function bestGroup<T extends MatchableAction>(
  text: string,
  list: { pos: number; score: number }[],
  tokens: TextToken[],
  index: ActionNameIndex<T>,
  action: T,
): { first: number; last: number; score: number; hits: number } | undefined {
  const titleWords = new Set(words(`${action.title} ${action.shortName ?? ""}`));
  // How often the title says each word: a word said again after it was used up starts something else
  // ("/actie partner veilig school Veilig Verkeer Nederland": the second "Veilig" begins the partner's name).
  const titleCounts = new Map<string, number>();
  for (const w of words(action.title)) titleCounts.set(w, (titleCounts.get(w) ?? 0) + 1);
  const usedUp = (g: { first: number; last: number }, word: string) =>
    titleCounts.has(word) && tokens.slice(g.first, g.last + 1).filter((t) => t.word === word).length >= titleCounts.get(word)!;
  const ownNames = [fold(action.title), ...(action.shortName !== null ? [fold(action.shortName)] : [])];
  let best: { first: number; last: number; score: number; hits: number } | undefined;
  let current: { first: number; last: number; score: number; hits: number } | undefined;
  for (const hit of list) {
    const bridgeable =
      current &&
      hit.pos - current.last - 1 <= MAX_GAP_WORDS &&
      // A name does not run on across a colon, comma or full stop ("spreekuur: de ruimte in het buurthuis").
      !/[,.;:!?]/.test(text.slice(tokens[current.last].end, tokens[hit.pos].start)) &&
      tokens.slice(current.last + 1, hit.pos).every((t) => index.isStopWord(t.word) || titleWords.has(t.word)) &&
      !usedUp(current, tokens[hit.pos].word);
    if (current && bridgeable) {
      current = { first: current.first, last: hit.pos, score: current.score + hit.score, hits: current.hits + 1 };
    } else {
      current = { first: hit.pos, last: hit.pos, score: hit.score, hits: 1 };
    }
    // The words right before a colon are what the message is about ("spreekuur: de ruimte in het buurthuis …").
    // ("kindteams gaat niet door omdat KIEM stopt met voorschoolse teams": the action's own short name, said as it is,
    // names it more surely than two words of its title elsewhere.)
    const exactly = (g: { first: number; last: number }) => ownNames.includes(fold(text.slice(tokens[g.first].start, tokens[g.last].end)));
    const weight = (g: { first: number; last: number; score: number }) => g.score + (/^\s*:/.test(text.slice(tokens[g.last].end)) ? 3.5 : 0) + (exactly(g) ? 1.5 : 0);
    // ("techniekdag is geweest! alle kids van 7 en 8 …": numbers alone name nothing, so they never outweigh a word of the name.)
    const onlyNumbers = (g: { first: number; last: number }) => tokens.slice(g.first, g.last + 1).every((t) => /^\d+$/.test(t.word) || index.isStopWord(t.word));
    if (!onlyNumbers(current) && (!best || weight(current) > weight(best))) best = current;
  }
  return best;
}

/** The message without the span: what was said besides the action's name, as typed. */
export function textAround(text: string, span: { start: number; end: number }): { before: string; after: string } {
  return { before: text.slice(0, span.start).trim(), after: text.slice(span.end).trim() };
}
