/**
 * The one cleaning of text people type before it is stored (issue 12, item 10). Platforms
 * pass on anything; some characters exist only to hide or disguise text:
 * - C1 controls (U+0080–U+009F) and the other control characters except tab and newline;
 * - bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make
 *   "gnp.exe" read as "exe.png" and can turn a list's order around;
 * - a lone UTF-16 surrogate, which the databases cannot store (kept as U+FFFD).
 */
const HIDING_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Longest display name, in characters (code points). */
export const DISPLAY_NAME_MAX_CHARS = 60;

/** Every stored text: notes, reminder texts, agenda items, decisions, places. */
export function cleanStoredText(text: string): string {
  return text.replace(LONE_SURROGATE, "\ufffd").replace(HIDING_CHARACTERS, "");
}

/**
 * A label shown inside the bot's messages — action titles and short names, pillar and
 * organisation names, people's names: one line, single spaces, and no chat markup. The
 * messages wrap labels in *bold*; a * or a word-edge _ inside one would open or close bold
 * or italics on Telegram, WhatsApp and Teams alike, so they become look-alikes that no
 * platform reads as markup (∗ U+2217, ＿ U+FF3F). Matching ignores punctuation, so
 * "koffie gratis" still finds "Koffie ∗gratis∗".
 */
export function cleanLabel(text: string): string {
  return cleanStoredText(text)
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\*/g, "∗")
    .replace(/(^|[\s(])_+|_+(?=$|[\s.,!?:;)])/g, (edge) => edge.replace(/_/g, "＿"));
}

/**
 * Invisible characters that let two names look the same: format characters (zero-width
 * space, joiners, word joiner, BOM, soft hyphen, bidi marks — Unicode category Cf), private
 * use and unassigned code points, the combining grapheme joiner and the "blank letters"
 * (Hangul fillers, braille blank) that show as nothing.
 */
const INVISIBLE = /[\p{Cf}\p{Co}\p{Cn}\p{Cc}\u034f\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0]/gu;

/** A person's display name: NFKC-normalised, without invisible characters, at most 60 characters. */
export function cleanDisplayName(name: string): string {
  const visible = cleanStoredText(name).normalize("NFKC").replace(INVISIBLE, "");
  const label = cleanLabel(visible).replace(/^[@/!\s]+/, "");
  return Array.from(label).slice(0, DISPLAY_NAME_MAX_CHARS).join("").trim();
}
