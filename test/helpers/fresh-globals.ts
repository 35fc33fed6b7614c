/**
 * Runs before every test file. The suite shares one module registry per worker process
 * (`isolate: false` in vitest.config.ts: importing the app once per worker instead of once
 * per file saves minutes). The app keeps its state on its own context, so what is left to
 * set back is what a test may change for the whole process: env stubs, mocks and fake timers.
 */
import { afterAll, vi } from "vitest";

afterAll(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  vi.useRealTimers();
});
