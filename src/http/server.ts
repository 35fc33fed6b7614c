import { Hono } from "hono";
import { serve, type ServerType } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { errorForLog, type Logger } from "../core/logger.ts";

/** Bot Framework convention; the web overview and /healthz share this one server. */
export { DEFAULT_HTTP_PORT } from "./port.ts";

export interface HttpServer {
  /** Register routes on this before start(). */
  readonly app: Hono;
  start(): Promise<{ url: string; port: number }>;
  stop(): Promise<void>;
}

/** The bot's one HTTP server (Teams /api/messages, Telegram webhook, web overview, /healthz). */
export function createHttpServer(options: { port: number; host?: string; logger: Logger }): HttpServer {
  const app = new Hono();
  let server: ServerType | undefined;
  app.onError((error, c) => {
    // No error message (it may echo personal data) and no overview token from the address.
    options.logger.error({ err: errorForLog(error), path: c.req.path.replace(/^\/w\/[^/]+/, "/w/[token]") }, "http handler failed");
    return c.text("Er ging iets mis.", 500);
  });
  return {
    app,
    start() {
      return new Promise((resolve, reject) => {
        try {
          server = serve({ fetch: app.fetch, port: options.port, hostname: options.host ?? "0.0.0.0" }, (info: AddressInfo) => {
            const host = options.host && options.host !== "0.0.0.0" ? options.host : "localhost";
            resolve({ url: `http://${host}:${info.port}`, port: info.port });
          });
          server.on("error", reject);
        } catch (error) {
          reject(error);
        }
      });
    },
    stop() {
      return new Promise((resolve) => {
        if (!server) return resolve();
        server.close(() => resolve());
      });
    },
  };
}
