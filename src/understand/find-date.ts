import { resolveDate, type DateResolution } from "../parse/dates.ts";
import { tokenize } from "../services/locate-action.ts";

/** Words a date or time phrase can start with; other words are not tried, which keeps the scan cheap. */
const DATE_START =
  /^(\d{1,2}([-/.]\d{1,2}([-/.]\d{2,4})?)?|\d{1,2}(e|ste|de)|\d{4}-\d\d-\d\d|vandaag|morgen|overmorgen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo|volgende|komende|deze|aanstaande|over|binnen|in|eind|einde|begin|half|medio|midden|voor|na|tot|om|de|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|this|end|mid|after|before|by|on|the|elke|iedere|every|kerst|christmas)$/;

/** Longest phrase tried, in words. */
const MAX_PHRASE_WORDS = 7;

export interface DateInText {
  start: number;
  end: number;
  phrase: string;
  resolution: DateResolution;
}

/**
 * The longest date or time phrase anywhere in a sentence ("herinner me maandag aan de
 * subsidieaanvraag" → "maandag"), with its place in the text. Numbers that are amounts or
 * counts ("€1.200", "35 kinderen") are not dates.
 */
export function findDateIn(text: string, now: Date): DateInText | undefined {
  const tokens = tokenize(text);
  let best: DateInText | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!DATE_START.test(tokens[i].word)) continue;
    if (/^\d/.test(tokens[i].word) && /[€$]\s*$|euro\s*$/i.test(text.slice(Math.max(0, tokens[i].start - 3), tokens[i].start))) continue;
    for (let j = Math.min(tokens.length, i + MAX_PHRASE_WORDS); j > i; j--) {
      const phrase = text.slice(tokens[i].start, tokens[j - 1].end);
      if (best && phrase.length <= best.phrase.length) break;
      if (j === i + 1 && /^(de|in|om|na|voor|tot|over|the|on|by|this|next|end|mid|deze|half|begin|eind|einde)$/.test(tokens[i].word)) continue;
      const resolution = resolveDate(phrase, now);
      if (resolution.kind !== "unreadable") {
        best = { start: tokens[i].start, end: tokens[j - 1].end, phrase, resolution };
        break;
      }
    }
  }
  if (best && /^\d+$/.test(best.phrase) ) return undefined;
  return best;
}
