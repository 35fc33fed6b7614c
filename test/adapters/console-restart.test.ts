import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PassThrough, Readable } from "node:stream";
import { runTranscript } from "../../src/transcript.ts";
import { silentLogger } from "../../src/core/logger.ts";

async function replay(script: string, dbPath: string): Promise<string> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (c: Buffer) => chunks.push(c));
  await runTranscript({ input: Readable.from([script]), output, logger: silentLogger, dbPath });
  return Buffer.concat(chunks).toString("utf8");
}

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("the console after a restart (issue 12, item 8)", () => {
  it("handles a command of a second run on the same database, although its line number was used before", async () => {
    dir = mkdtempSync(join(tmpdir(), "wijkbot-console-"));
    const db = join(dir, "wijkbot.db");
    expect(await replay("Fatima: /actie update watertappunt eerste ronde handtekeningen\n", db)).toContain("eerste ronde handtekeningen");
    // The same first line of a new run: before, its id (console-1) was taken for a redelivery and ignored.
    expect(await replay("Fatima: /actie update watertappunt tweede ronde handtekeningen\n", db)).toContain("tweede ronde handtekeningen");
  });
});
