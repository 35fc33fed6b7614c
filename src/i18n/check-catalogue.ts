import { nl, type MessageKey } from "./nl.ts";
import { isPluralText, textsOf, type CatalogueText } from "./plural.ts";

/** What is wrong with a translated catalogue, key by key. */
export interface CatalogueCheck {
  /** Keys of the Dutch catalogue it has no text for (Dutch is shown there). */
  missing: MessageKey[];
  /** Keys Dutch does not have (typos, or texts no longer used): never shown. */
  unknown: string[];
  /** Texts whose {placeholders} differ from the Dutch text's: names or amounts would go missing. */
  placeholders: { key: MessageKey; expected: string[]; found: string[] }[];
  /** Values that are not text: neither a string nor, where Dutch has one, a plural text (`{ "one": …, "other": … }`). */
  notText: string[];
}

export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

/** The placeholders of every form together: a plural form may say the number in words ("one action") instead of {count}. */
function placeholdersOfEntry(text: CatalogueText): string[] {
  return [...new Set(textsOf(text).flatMap(placeholdersOf))].sort();
}

/**
 * Compares a catalogue (e.g. a translator's `ar.json`) with Dutch, the source of every
 * key: what it lacks, what it has that Dutch does not, and where the placeholders differ.
 * Where Dutch has a plural text, a translation may give one too, with the forms its own
 * language uses, or one plain text. `optionalKeys` may be present without being in Dutch
 * (the commands' /help lines).
 */
export function checkCatalogue(candidate: Record<string, unknown>, optionalKeys: ReadonlySet<string> = new Set()): CatalogueCheck {
  const check: CatalogueCheck = { missing: [], unknown: [], placeholders: [], notText: [] };
  const dutch: Record<MessageKey, CatalogueText> = nl;
  for (const key of Object.keys(nl) as MessageKey[]) {
    const text = candidate[key];
    if (text === undefined) {
      check.missing.push(key);
      continue;
    }
    if (!isText(text, dutch[key])) continue;
    const expected = placeholdersOfEntry(dutch[key]);
    const found = placeholdersOfEntry(text);
    if (expected.join(",") !== found.join(",")) check.placeholders.push({ key, expected, found });
  }
  for (const [key, value] of Object.entries(candidate)) {
    const known = Object.hasOwn(nl, key);
    if (!known && !optionalKeys.has(key)) check.unknown.push(key);
    if (!isText(value, known ? dutch[key as MessageKey] : "")) check.notText.push(key);
  }
  return check;
}

/** A string, or a plural text where the Dutch text is one. */
function isText(value: unknown, dutchText: CatalogueText): value is CatalogueText {
  return typeof value === "string" || (typeof dutchText !== "string" && isPluralText(value));
}
