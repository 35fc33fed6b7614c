import { DEFAULT_HTTP_PORT } from "../http/port.ts";
import { DEFAULT_LANGUAGE } from "../i18n/index.ts";

/**
 * Where people reach the web overview until the composition root knows better: PUBLIC_URL
 * when the bot runs behind a proxy or domain, else the bot's own HTTP address
 * (App.runtime.publicUrl, set by src/start.ts once the server listens).
 */
export const DEFAULT_PUBLIC_URL = `http://localhost:${DEFAULT_HTTP_PORT}`;

/** The query parameter that shows the pages in another language (`?taal=en`), named like the bot's /taal. */
export const LANGUAGE_PARAM = "taal";

/** A base URL as links are built on it: without trailing slashes. */
export function publicBaseUrl(url: string): string {
  return url.replace(/\/+$/, "");
}

/**
 * The read-only overview of a wijk, e.g. https://wijkbot.example.nl/w/<token>/ (path
 * optional); for a reader of another language with `?taal=<lang>`, Dutch without.
 */
export function overviewUrl(baseUrl: string, token: string, path = "", lang: string = DEFAULT_LANGUAGE): string {
  return `${publicBaseUrl(baseUrl)}${overviewPath(token, path, lang)}`;
}

export function overviewPath(token: string, path = "", lang: string = DEFAULT_LANGUAGE): string {
  return withLanguage(`/w/${encodeURIComponent(token)}/${path.replace(/^\/+/, "")}`, lang);
}

/** Keeps the page language in a link: Dutch is the default and needs no parameter. */
export function withLanguage(href: string, lang: string): string {
  if (lang === DEFAULT_LANGUAGE) return href;
  return `${href}${href.includes("?") ? "&" : "?"}${LANGUAGE_PARAM}=${encodeURIComponent(lang)}`;
}
