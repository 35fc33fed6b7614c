/**
 * A text that depends on a number, `{count}`: Intl.PluralRules picks the form for the
 * reader's language — Dutch and English have "one" and "other"; Arabic also "zero", "two",
 * "few" and "many". `other` is always there and stands in for a form a text lacks. In a
 * JSON catalogue it is an object: `{ "one": "1 actie", "other": "{count} acties" }`.
 */
export type PluralText = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

/** What a catalogue holds for one key: a text, or a text per plural form. */
export type CatalogueText = string | PluralText;

export const PLURAL_FORMS: readonly Intl.LDMLPluralRule[] = ["zero", "one", "two", "few", "many", "other"];

/** A plural text as a catalogue may hold it: only plural forms, each a text, `other` among them. */
export function isPluralText(value: unknown): value is PluralText {
  if (!value || typeof value !== "object" || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return typeof (value as { other?: unknown }).other === "string" && entries.every(([form, text]) => PLURAL_FORMS.includes(form as Intl.LDMLPluralRule) && typeof text === "string");
}

const rulesByLanguage = new Map<string, Intl.PluralRules>();

/** The form of `text` for `count` in `language`; `other` when the count is not a number or the form is missing. */
export function pluralForm(text: PluralText, language: string, count: unknown): string {
  let rules = rulesByLanguage.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    rulesByLanguage.set(language, rules);
  }
  const n = typeof count === "number" ? count : Number.NaN;
  return (Number.isFinite(n) ? text[rules.select(n)] : undefined) ?? text.other;
}

/** Every text of a catalogue entry: one, or one per plural form. */
export function textsOf(text: CatalogueText): string[] {
  return typeof text === "string" ? [text] : Object.values(text).filter((t): t is string => typeof t === "string");
}
