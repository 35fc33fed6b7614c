import type { Context } from "hono";
import { normalizeLanguage, translator, type Translate } from "../i18n/index.ts";
import { LANGUAGE_PARAM, overviewPath } from "./public-url.ts";

/** `?lang=en` works too, for readers who guess the English name of the parameter. */
const LANGUAGE_PARAM_ALIAS = "lang";

/** What every page of one request needs: the wijk's token and the reader's language, kept in every link. */
export interface PageContext {
  token: string;
  lang: string;
  t: Translate;
  /** A page or export of this wijk's overview in the page language: link("acties/<id>"). */
  link(path?: string): string;
  /**
   * This page in another language, for the language switch. Built from the page's own
   * path, never from the request: nothing typed in the address (a filter, say) is echoed.
   */
  inLanguage(lang: string): string;
}

/**
 * The page language comes from the address only (`?taal=en`), never from the browser's
 * Accept-Language: the same link shows the same page to everyone it is shared with.
 * Unknown or missing languages give Dutch.
 */
export function pageLanguage(c: Context): string {
  const asked = c.req.query(LANGUAGE_PARAM) || c.req.query(LANGUAGE_PARAM_ALIAS);
  return normalizeLanguage(asked?.trim().toLowerCase());
}

/** `path` is the page's place in the overview: "" for the board, "pijlers", "acties/<id>". */
export function pageContext(c: Context, token: string, path: string): PageContext {
  const lang = pageLanguage(c);
  return {
    token,
    lang,
    t: translator(lang),
    link: (to = "") => overviewPath(token, to, lang),
    inLanguage: (other) => overviewPath(token, path, other),
  };
}
