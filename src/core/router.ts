import type { CommandDefinition } from "./command.ts";
import { fold, isNearWord } from "../parse/text.ts";

export interface RoutedCommand {
  command: CommandDefinition;
  /** The text after the command words, as typed (case and accents kept). */
  rest: string;
}

export type RouteResult =
  | { kind: "command"; routed: RoutedCommand }
  | { kind: "unknown"; word: string }
  | { kind: "incomplete"; group: string; options: CommandDefinition[] };

interface Phrase {
  words: string[];
  command: CommandDefinition;
}

/**
 * Maps the first words of a message to a command: synonyms, English aliases, any case,
 * stray punctuation, "/actie@WijkBot" and small typos ("/acite") all lead to the same
 * command.
 */
export class CommandRouter {
  readonly #phrases: Phrase[] = [];

  constructor(readonly commands: readonly CommandDefinition[]) {
    for (const command of commands) {
      for (const name of [command.name, ...(command.aliases ?? [])]) {
        this.#phrases.push({ words: fold(name).split(" "), command });
      }
    }
    // Longer phrases first, so "actie klaar" beats a one-word "actie".
    this.#phrases.sort((a, b) => b.words.length - a.words.length);
  }

  route(text: string): RouteResult {
    const rawTokens = text
      .trim()
      .replace(/^[/!]+/, "")
      .split(/\s+/)
      .filter(Boolean);
    if (rawTokens.length) rawTokens[0] = rawTokens[0].replace(/@\S*$/, "");
    const tokens = rawTokens.map((t) => fold(t));
    // Skip tokens that were only punctuation ("/actie - klaar") while keeping raw positions.
    const positions = tokens.map((t, i) => (t ? i : -1)).filter((i) => i >= 0);
    const folded = positions.map((i) => tokens[i].split(" ")[0]);
    if (!folded.length) return { kind: "unknown", word: "" };

    const exact = this.#match(folded, positions, rawTokens, (a, b) => a === b);
    if (exact) return exact;
    // "/actie watertappunt klaar": the sub-command word at the end.
    const reordered = this.#matchTrailing(folded, positions, rawTokens);
    if (reordered) return reordered;
    // "/actie" without a known second word: ask which, rather than guessing "/acties".
    const isExactGroup = this.#phrases.some((p) => p.words.length > 1 && p.words[0] === folded[0]);
    const near = isExactGroup
      ? this.#match(folded, positions, rawTokens, (typed, word) => typed === word || isNearWord(typed, word), 2)
      : this.#match(folded, positions, rawTokens, isNearWord);
    if (near) return near;

    const group = this.#phrases.filter((p) => p.words.length > 1 && isNearWord(folded[0], p.words[0]));
    if (group.length) {
      const unique = [...new Set(group.map((p) => p.command))];
      return { kind: "incomplete", group: group[0].words[0], options: unique.filter((c) => fold(c.name).startsWith(group[0].words[0])) };
    }
    return { kind: "unknown", word: rawTokens[0] };
  }

  #match(
    folded: string[],
    positions: number[],
    rawTokens: string[],
    same: (typed: string, word: string) => boolean,
    minWords = 1,
  ): RouteResult | undefined {
    for (const phrase of this.#phrases) {
      if (phrase.words.length > folded.length || phrase.words.length < minWords) continue;
      if (phrase.words.every((w, i) => same(folded[i], w))) {
        const restStart = positions[phrase.words.length - 1] + 1;
        return { kind: "command", routed: { command: phrase.command, rest: rawTokens.slice(restStart).join(" ") } };
      }
    }
    return undefined;
  }

  #matchTrailing(folded: string[], positions: number[], rawTokens: string[]): RouteResult | undefined {
    if (folded.length < 3) return undefined;
    const last = folded[folded.length - 1];
    for (const phrase of this.#phrases) {
      if (phrase.words.length !== 2) continue;
      if (isNearWord(folded[0], phrase.words[0]) || folded[0] === phrase.words[0]) {
        if (last === phrase.words[1]) {
          const middle = rawTokens.slice(positions[0] + 1, positions[positions.length - 1]).join(" ");
          return { kind: "command", routed: { command: phrase.command, rest: middle } };
        }
      }
    }
    return undefined;
  }
}
