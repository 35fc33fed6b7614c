import { afterEach, beforeEach, vi } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli.ts";
import { TRANSCRIPT_START } from "../../src/transcript.ts";
import { useTestDb } from "./harness.ts";
import type { Db } from "../../src/db.ts";

export interface CliRun {
  out: string;
  err: string;
  code: number;
}

/**
 * `npm run wijkbot -- <args>` in-process against a fresh test database per test, as main()
 * runs it (stdout, stderr, exit code), with a scratch folder for files. The language is what
 * the test asks for: WIJKBOT_TAAL from the developer's shell or .env is cleared.
 */
export function useCli(): { wijkbot: (...args: string[]) => Promise<CliRun>; dir: () => string; db: () => Db } {
  const testDb = useTestDb();
  let dir = "";
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "wijkbot-cli-"));
    vi.stubEnv("WIJKBOT_TAAL", undefined);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });
  async function wijkbot(...args: string[]): Promise<CliRun> {
    let out = "";
    let err = "";
    const code = await runCli(args, { out: (text) => (out += text), err: (text) => (err += text), db: async () => testDb(), now: () => TRANSCRIPT_START });
    return { out, err, code };
  }
  return { wijkbot, dir: () => dir, db: testDb };
}
