import { DEFAULT_HTTP_PORT } from "../http/server.ts";

/**
 * Where people reach the web overview: PUBLIC_URL when the bot runs behind a proxy or
 * domain, else the bot's own HTTP address. Set once by the composition root
 * (src/start.ts); chat commands only read it to put the link in their reply.
 */
let publicBaseUrl = `http://localhost:${DEFAULT_HTTP_PORT}`;

export function setPublicBaseUrl(url: string): void {
  publicBaseUrl = url.replace(/\/+$/, "");
}

/** The read-only overview of a wijk, e.g. https://wijkbot.example.nl/w/<token>/ (path optional). */
export function overviewUrl(token: string, path = ""): string {
  return `${publicBaseUrl}${overviewPath(token, path)}`;
}

export function overviewPath(token: string, path = ""): string {
  return `/w/${encodeURIComponent(token)}/${path.replace(/^\/+/, "")}`;
}
