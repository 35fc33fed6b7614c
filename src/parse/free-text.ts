import type { CommandRouter } from "../core/router.ts";
import { fold } from "./text.ts";
import { localText, type LocalText } from "../i18n/index.ts";

export type FreeTextResult = { kind: "command"; command: string } | { kind: "question"; question: LocalText };

const STATUS_WORDS: { sub: string; pattern: RegExp }[] = [
  { sub: "klaar", pattern: /\b(klaar|af|gedaan|afgerond|done|finished)\b/ },
  { sub: "bezig", pattern: /\b(bezig|gestart|begonnen|started)\b/ },
  { sub: "stop", pattern: /\b(gestopt|geannuleerd|stopped|cancelled)\b/ },
  { sub: "parkeer", pattern: /\b(geparkeerd|parked)\b/ },
];

/**
 * A message without a slash that @mentions the bot: understood where unambiguous
 * ("watertappunt is klaar" → /actie klaar watertappunt), otherwise one precise question.
 */
export function understandFreeText(text: string, router: CommandRouter): FreeTextResult {
  const trimmed = text.trim();
  if (!trimmed) return { kind: "question", question: localText("free.empty") };
  const asCommand = router.route(trimmed);
  if (asCommand.kind === "command") return { kind: "command", command: `/${trimmed}` };

  const folded = fold(trimmed);
  const hits = STATUS_WORDS.filter((s) => s.pattern.test(folded));
  if (hits.length === 1) {
    const { sub, pattern } = hits[0];
    const name = folded
      .replace(pattern, " ")
      .replace(/\b(is|zijn|staat|staan|nu|op|met|we|wij|zijn|de|actie|has|is now|been)\b/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    if (name) return { kind: "command", command: `/actie ${sub} ${name}` };
    return { kind: "question", question: localText("free.whichAction", { sub }) };
  }
  if (hits.length > 1) {
    return { kind: "question", question: localText("free.whichStatus") };
  }
  return {
    kind: "question",
    question: localText("free.what"),
  };
}
