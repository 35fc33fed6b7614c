import type { Adapter } from "../src/core/types.ts";
import type { Logger } from "../src/core/logger.ts";
import type { HttpServer } from "../src/http/server.ts";

/** What platform adapters may be given by the composition root (never the database). */
export interface PlatformAdapterDeps {
  env: NodeJS.ProcessEnv;
  http: HttpServer;
  logger: Logger;
}

/**
 * The chat platforms configured in the environment (.env). Each adapter's factory reads
 * its own settings; an adapter whose settings are absent is not started.
 */
export async function createPlatformAdapters(_deps: PlatformAdapterDeps): Promise<Adapter[]> {
  return [];
}
