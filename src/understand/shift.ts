/** Moving a deadline by a stretch of time ("een week later", "uitstellen met twee weken"), as the deadline command reads it. */

const SHIFT_COUNT = "een|1|twee|2|drie|3|vier|4|vijf|5|zes|6|one|two|three|four|a|an|\\d+";
const SHIFT_UNIT = "dag|dagen|dagje|dagjes|dgn|week|weken|weekje|weekjes|wk|wkn|wkin|maand|maanden|maandje|maandjes|mnd|mnden|days?|weeks?|wks?|months?";
const SHIFT_AFTER = new RegExp(`\\b(${SHIFT_COUNT}) (${SHIFT_UNIT}) (later|eerder|uitstel|uitstellen|opschuiven|opgeschoven|verschuiven|verschoven|verzetten|verzet|doorschuiven|erbij|extra|earlier|later|naar achteren|achteruit|naar voren|vroeger|op)\\b`);
const SHIFT_BY = new RegExp(`\\b(?:verlengen|verleng|verlengd|uitstellen|uitstel|opschuiven|verschuiven|verschuif|verzet|verzetten|schuif|schuiven|delay|postpone|move|shift|push(?:ed)?(?: back)?|back)\\b(?: \\S+){0,4}? (?:(?:met|by) )?(${SHIFT_COUNT}) (${SHIFT_UNIT})\\b`);
const SHIFT_BARE = /\b(week|weekje|maand|maandje) (later|uitstel|erbij|extra|earlier|eerder)\b/;
const SHIFT_NUMBERS: Record<string, string> = { een: "1", twee: "2", drie: "3", vier: "4", vijf: "5", zes: "6", one: "1", two: "2", three: "3", four: "4", a: "1", an: "1" };

/**
 * "een week later", "geldlessen een week uitstellen", "uitstellen met twee weken",
 * "postpone by 2 weeks", "een weekje erbij": the shift as the deadline command reads it
 * ("1 week later", "2 weken eerder").
 */
export function readShift(f: string): string | undefined {
  const after = f.match(SHIFT_AFTER);
  const by = after ? undefined : f.match(SHIFT_BY);
  const bare = after || by ? undefined : f.match(SHIFT_BARE);
  const [count, unitWord, direction] = after ? [after[1], after[2], after[3]] : by ? [by[1], by[2], "later"] : bare ? ["een", bare[1], bare[2]] : [];
  if (!count || !unitWord) return undefined;
  const n = SHIFT_NUMBERS[count] ?? count;
  const unit = /^(dag|day|dgn)/.test(unitWord) ? (n === "1" ? "dag" : "dagen") : /^(week|weken|weekje|weekjes|weeks?|wk|wkn|wkin|wks?)$/.test(unitWord) ? (n === "1" ? "week" : "weken") : n === "1" ? "maand" : "maanden";
  return `${n} ${unit} ${/^(eerder|earlier|naar voren|vroeger)$/.test(direction!) ? "eerder" : "later"}`;
}

/** A deadline command that ends in a shift ("/actie deadline X 1 week later"): the shift, where it starts. */
export const SHIFT_AT_END = /\d+ (dag|dagen|week|weken|maand|maanden) (later|eerder)\s*$/;
