/**
 * Runs before every test file. The suite shares one module registry per worker process
 * (`isolate: false` in vitest.config.ts: importing the app once per worker instead of once
 * per file saves minutes), so what a composition root sets for a process is set back here:
 * every file starts as a fresh process would.
 */
import { afterAll, vi } from "vitest";
import { setPublicBaseUrl } from "../../src/web/public-url.ts";
import { DEFAULT_HTTP_PORT } from "../../src/http/port.ts";
import { setPlatformStatusSource } from "../../src/services/platform-statuses.ts";

setPublicBaseUrl(`http://localhost:${DEFAULT_HTTP_PORT}`);
setPlatformStatusSource(() => ({}));

afterAll(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  vi.useRealTimers();
});
