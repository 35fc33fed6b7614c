import { localText } from "../i18n/index.ts";
import { AppError } from "../core/errors.ts";
import { ROUND_VERDICTS, type RoundVerdict } from "../check-in/check-in-round-items.ts";

const NOTE_MAX_CHARS = 300;
/** A bare answer to a round in a direct chat: digits ("1 3"), or one digit with a note ("2 wacht op offerte"). */
export const CHECK_IN_ROUND_ANSWER = /^\s*(?:\d{1,2}[.)]?(?:[\s,;]+\d{1,2}[.)]?)*\s*[.!]?\s*|[1-4][.)]?\s+\p{L}.*)$/su;

export interface RoundAnswer {
  verdict: RoundVerdict;
  note: string;
}

/**
 * "1 3" → op koers, klaar; "2 wacht op offerte, 1" → loopt achter (with that note), op
 * koers. A digit starts the next answer unless the current one already has a note; a
 * note runs to the next comma, semicolon or line. Null when it does not start with a digit;
 * throws for a digit that is no answer.
 */
export function parseRoundAnswers(text: string): RoundAnswer[] | null {
  const answers: RoundAnswer[] = [];
  for (const segment of text.split(/[,;\n]+/)) {
    let current: RoundAnswer | null = null;
    for (const word of segment.trim().split(/\s+/).filter(Boolean)) {
      const digit = /^(\d{1,2})[.)]?$/.exec(word);
      if (digit && (!current || !current.note)) {
        const verdict = ROUND_VERDICTS[Number(digit[1]) - 1];
        if (!verdict) throw new AppError("INVALID", localText("round.unknownAnswer", { answer: digit[1] }));
        current = { verdict, note: "" };
        answers.push(current);
      } else if (current) {
        current.note = current.note ? `${current.note} ${word}` : word;
      } else {
        return null;
      }
    }
  }
  for (const a of answers) a.note = cleanNote(a.note, a.verdict);
  return answers.length ? answers : null;
}

/** "2 loopt achter" repeats the label: that is no note. */
function cleanNote(note: string, verdict: RoundVerdict): string {
  const said = note.replace(/^[-–—:.\s]+/, "").trim();
  const label = verdict.replace("-", " ");
  const rest = said.toLowerCase().startsWith(label) ? said.slice(label.length).replace(/^[-–—:.,\s]+/, "") : said;
  return rest.slice(0, NOTE_MAX_CHARS);
}
