import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { nl, type MessageKey } from "./nl.ts";
import { en } from "./en.ts";

export type { MessageKey } from "./nl.ts";
/** A catalogue maps every message key to its text in one language. */
export type Catalogue = Record<MessageKey, string>;
export type MessageVars = Record<string, string | number>;
/** Translates a key for one reader: `t("plan.set", { year: 2026 })`. */
export type Translate = (key: MessageKey, vars?: MessageVars) => string;

/** Dutch is the language of every wijk; a person may choose another with /taal. */
export const DEFAULT_LANGUAGE = "nl";

/**
 * The catalogues: Dutch and English are typed; any further `<code>.json` beside this file
 * (e.g. `ar.json`, an object of key → text) is picked up at start, so a translator can add
 * Arabic without touching code — or in the folder named by WIJKBOT_CATALOGUES, so it can
 * live outside the code. Keys it lacks fall back to Dutch.
 */
export const CATALOGUES: Readonly<Record<string, Partial<Catalogue>>> = {
  nl,
  en,
  ...loadJsonCatalogues(fileURLToPath(new URL(".", import.meta.url))),
  ...(process.env.WIJKBOT_CATALOGUES ? loadJsonCatalogues(process.env.WIJKBOT_CATALOGUES) : {}),
};

function loadJsonCatalogues(dir: string): Record<string, Partial<Catalogue>> {
  const found: Record<string, Partial<Catalogue>> = {};
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    process.stderr.write(`wijkbot: ${interpolate(nl["cli.taal.dirMissing"], { dir })}\n`);
    return found;
  }
  for (const file of files) {
    const match = file.match(/^([a-z]{2,3})\.json$/);
    if (!match || match[1] === "nl" || match[1] === "en") continue;
    const read = readCatalogueFile(join(dir, file));
    // A broken translation must not stop the bot: that language is left out (Dutch for its readers).
    if ("error" in read) process.stderr.write(`wijkbot: ${interpolate(nl["cli.taal.skipped"], { file, reason: nl[read.error] })}\n`);
    else found[match[1]] = read.catalogue;
  }
  return found;
}

type CatalogueFileError = "cli.taal.error.missing" | "cli.taal.error.json" | "cli.taal.error.object";

/** A JSON catalogue as the bot will use it: only text values; an error (a message key) when it is not a JSON object. */
export function readCatalogueFile(path: string): { catalogue: Partial<Catalogue>; raw: Record<string, unknown> } | { error: CatalogueFileError } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code === "ENOENT" ? "cli.taal.error.missing" : "cli.taal.error.json" };
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return { error: "cli.taal.error.object" };
  const entries = Object.entries(raw as Record<string, unknown>).filter(([, value]) => typeof value === "string");
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

export function translate(language: string, key: MessageKey, vars?: MessageVars): string {
  const template = CATALOGUES[normalizeLanguage(language)]?.[key] ?? nl[key];
  return interpolate(template, vars);
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
