import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { nl, type MessageKey } from "./nl.ts";
import { en } from "./en.ts";
import { isPluralText, pluralForm, type CatalogueText } from "./plural.ts";
import { withCurrentKeys } from "./renamed-keys.ts";

export type { MessageKey } from "./nl.ts";
export type { CatalogueText, PluralText } from "./plural.ts";
/** A catalogue maps every message key to its text in one language (a plural text where a number decides). */
export type Catalogue = Record<MessageKey, CatalogueText>;
export type MessageVars = Record<string, string | number>;
/** Translates a key for one reader: `t("plan.set", { year: 2026 })`. */
export type Translate = (key: MessageKey, vars?: MessageVars) => string;

/** Dutch is the language of every wijk; a person may choose another with /taal. */
export const DEFAULT_LANGUAGE = "nl";

/** Where JSON catalogues shipped with the code live: beside this file. */
export const BUNDLED_CATALOGUES_DIR = fileURLToPath(new URL(".", import.meta.url));

/**
 * The catalogues: Dutch and English are typed; further languages come as `<code>.json`
 * files (an object of key → text) that the composition root loads at start with
 * loadJsonCatalogues, so a translator can add Arabic without touching code. Keys a
 * catalogue lacks fall back to Dutch.
 */
const catalogues: Record<string, Partial<Catalogue>> = { nl, en };
export const CATALOGUES: Readonly<Record<string, Partial<Catalogue>>> = catalogues;

/**
 * Adds the `<code>.json` catalogues found in these folders (later folders win). Reads no
 * environment and prints nothing: what could not be read is returned, for the caller to
 * show. A broken translation must not stop the bot: that language is left out (Dutch for
 * its readers).
 */
export function loadJsonCatalogues(dirs: readonly string[]): LocalText[] {
  const warnings: LocalText[] = [];
  for (const dir of dirs) {
    let files: string[];
    try {
      files = readdirSync(dir);
    } catch {
      warnings.push(localText("cli.taal.dirMissing", { dir }));
      continue;
    }
    for (const file of files) {
      const match = file.match(/^([a-z]{2,3})\.json$/);
      if (!match || match[1] === "nl" || match[1] === "en") continue;
      const read = readCatalogueFile(join(dir, file));
      if ("error" in read) warnings.push(localText("cli.taal.skipped", { file, reason: localText(read.error) }));
      else catalogues[match[1]] = read.catalogue;
    }
  }
  calendarCache.clear();
  return warnings;
}

type CatalogueFileError = "cli.taal.error.missing" | "cli.taal.error.json" | "cli.taal.error.object";

/** A JSON catalogue as the bot will use it: only texts and plural texts; an error (a message key) when it is not a JSON object. */
export function readCatalogueFile(path: string): { catalogue: Partial<Catalogue>; raw: Record<string, unknown> } | { error: CatalogueFileError } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code === "ENOENT" ? "cli.taal.error.missing" : "cli.taal.error.json" };
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return { error: "cli.taal.error.object" };
  // A file made before keys were renamed keeps working (the checker still lists the old names).
  const entries = Object.entries(withCurrentKeys(raw as Record<string, unknown>)).filter(([, value]) => typeof value === "string" || isPluralText(value));
  return { catalogue: Object.fromEntries(entries) as Partial<Catalogue>, raw: raw as Record<string, unknown> };
}

export function isMessageKey(text: string): text is MessageKey {
  return Object.hasOwn(nl, text);
}

export function supportedLanguages(): string[] {
  return Object.keys(CATALOGUES);
}

/** A person's stored language, or Dutch when it is unknown or no longer shipped. */
export function normalizeLanguage(language: string | null | undefined): string {
  return language && Object.hasOwn(CATALOGUES, language) ? language : DEFAULT_LANGUAGE;
}

/** Replaces `{name}` with vars.name; an unknown placeholder stays visible rather than vanishing. */
export function interpolate(template: string, vars: MessageVars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}

/** A key's text for one language, interpolated; a plural text takes the form `vars.count` asks for in that language. */
export function translate(language: string, key: MessageKey, vars?: MessageVars): string {
  const lang = normalizeLanguage(language);
  const text: CatalogueText = CATALOGUES[lang]?.[key] ?? nl[key];
  return interpolate(typeof text === "string" ? text : pluralForm(text, lang, vars?.count), vars);
}

export function translator(language: string | null | undefined): Translate {
  const lang = normalizeLanguage(language);
  return (key, vars) => translate(lang, key, vars);
}

/** The catalogue entries that list calendar words, Sunday or January first, separated by spaces. */
export type CalendarList = "calendar.daysShort" | "calendar.days" | "calendar.monthsShort" | "calendar.months";
const calendarCache = new Map<string, readonly string[]>();

/**
 * Day and month names from the reader's catalogue, so a language added as a JSON
 * catalogue brings its own; what it lacks is Dutch. Split once per language: dates are
 * formatted on every board line.
 */
export function calendarWords(lang: string, list: CalendarList): readonly string[] {
  const key = `${lang}:${list}`;
  let words = calendarCache.get(key);
  if (!words) {
    words = translate(lang, list).split(" ");
    calendarCache.set(key, words);
  }
  return words;
}

/**
 * A stored word (a status, a role, a kind) in the reader's language via the key
 * `<prefix>.<value>`; a value without such a key is shown as stored.
 */
export function labelOf(prefix: string, value: string, t: Translate): string {
  const key = `${prefix}.${value}`;
  return isMessageKey(key) ? t(key) : value;
}

/** A role as a word in the reader's language ("coördinator", "coordinator"); unknown roles as stored. */
export function roleLabel(role: string, t: Translate): string {
  return labelOf("role", role, t);
}

/** An action status as a word in the reader's language. */
export function statusLabel(status: string, t: Translate): string {
  return labelOf("status", status, t);
}

/**
 * A text whose reader is not known yet where it is made (a service's error, a question):
 * a key with its values, translated later by whoever knows the reader. A value may itself
 * be such a text, e.g. a role word inside a sentence.
 */
export interface LocalText {
  key: MessageKey;
  vars?: LocalVars;
}
export type LocalVars = Record<string, string | number | LocalText>;

export function localText(key: MessageKey, vars?: LocalVars): LocalText {
  return vars ? { key, vars } : { key };
}

/** Puts a text into one reader's language; plain strings pass through unchanged. */
export function localize(t: Translate, text: string | LocalText): string {
  if (typeof text === "string") return text;
  const vars: MessageVars = {};
  for (const [name, value] of Object.entries(text.vars ?? {})) vars[name] = typeof value === "object" ? localize(t, value) : value;
  return t(text.key, vars);
}

/** Dutch, for texts no particular person reads (logs aside, group-wide messages). */
export const dutch: Translate = translator(DEFAULT_LANGUAGE);
