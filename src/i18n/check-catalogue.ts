import { nl, type MessageKey } from "./nl.ts";

/** What is wrong with a translated catalogue, key by key. */
export interface CatalogueCheck {
  /** Keys of the Dutch catalogue it has no text for (Dutch is shown there). */
  missing: MessageKey[];
  /** Keys Dutch does not have (typos, or texts no longer used): never shown. */
  unknown: string[];
  /** Texts whose {placeholders} differ from the Dutch text's: names or amounts would go missing. */
  placeholders: { key: MessageKey; expected: string[]; found: string[] }[];
  /** Values that are not text. */
  notText: string[];
}

export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

/**
 * Compares a catalogue (e.g. a translator's `ar.json`) with Dutch, the source of every
 * key: what it lacks, what it has that Dutch does not, and where the placeholders differ.
 * `optionalKeys` may be present without being in Dutch (the commands' /help lines).
 */
export function checkCatalogue(candidate: Record<string, unknown>, optionalKeys: ReadonlySet<string> = new Set()): CatalogueCheck {
  const check: CatalogueCheck = { missing: [], unknown: [], placeholders: [], notText: [] };
  for (const key of Object.keys(nl) as MessageKey[]) {
    const text = candidate[key];
    if (text === undefined) {
      check.missing.push(key);
      continue;
    }
    if (typeof text !== "string") continue;
    const expected = placeholdersOf(nl[key]);
    const found = placeholdersOf(text);
    if (expected.join(",") !== found.join(",")) check.placeholders.push({ key, expected, found });
  }
  for (const [key, value] of Object.entries(candidate)) {
    if (!Object.hasOwn(nl, key) && !optionalKeys.has(key)) check.unknown.push(key);
    if (typeof value !== "string") check.notText.push(key);
  }
  return check;
}
