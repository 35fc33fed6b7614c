import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, existsSync, writeFileSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { PassThrough, Readable } from "node:stream";
import { spawnSync } from "node:child_process";
import { runTranscript } from "../../src/transcript.ts";
import { silentLogger } from "../../src/core/logger.ts";
import { ConsoleScriptError } from "../../adapters/console/index.ts";

const DIR = new URL(".", import.meta.url).pathname;

/** Runs a transcript in-process through the console adapter and returns everything the bot printed. */
export async function replay(script: string, dbPath?: string): Promise<string> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (c: Buffer) => chunks.push(c));
  await runTranscript({ input: Readable.from([script]), output, logger: silentLogger, dbPath });
  return Buffer.concat(chunks).toString("utf8");
}

describe("transcripts: every test/transcripts/<name>.txt prints exactly <name>.expected.txt", () => {
  const scripts = readdirSync(DIR).filter((f) => f.endsWith(".txt") && !f.endsWith(".expected.txt"));
  it.each(scripts.filter((f) => existsSync(join(DIR, f.replace(/\.txt$/, ".expected.txt")))))("%s", async (file) => {
    const expected = readFileSync(join(DIR, file.replace(/\.txt$/, ".expected.txt")), "utf8");
    expect(await replay(readFileSync(join(DIR, file), "utf8"))).toBe(expected);
  });
});

describe("the transcript format", () => {
  it("starts the clock at Monday 5 January 2026 09:00 and moves it with @tijd", async () => {
    const out = await replay("Sanne: /acties mijn\n@tijd 2026-03-30 09:15\nSanne: /acties mijn\n");
    expect(out).toMatch(/^\[2026-01-05 09:00\] bot → kartrekkers:\n/);
    expect(out).toContain("[2026-03-30 09:15] bot → kartrekkers:");
  });

  it("knows the stuurgroep, direct messages and unbound groups", async () => {
    const out = await replay("Henk@stuurgroep: /acties te laat\nSanne@dm: /acties mijn\nPiet@voetbalclub: /overzicht\n");
    expect(out).toContain("bot → stuurgroep:");
    expect(out).toContain("bot → dm Sanne:");
    expect(out).toContain("bot → voetbalclub:\nDit gesprek is nog niet gekoppeld");
  });

  it("adds people with @lid before the next line", async () => {
    const out = await replay("@lid Kees aanjager Gezond\nKees: /actie klaar watertappunt\n");
    expect(out).toContain("✅ Watertappunt in de wijk (Gezond) staat op klaar. Eigenaar: Fatima.");
  });

  it.each([
    ["Sanne: /acties\n/acties zonder naam\n", 2],
    ["@tijd 2026-02-01 10:00\n@tijd 2026-01-10 10:00\n", 2],
    ["@tijd morgen\n", 1],
    ["@lid Kees keizer\n", 1],
    ["@lid Kees aanjager Onbekend\n", 1],
    ["@weer zon\n", 1],
  ])("a malformed script is an error naming its line: %j", async (script, line) => {
    await expect(replay(script)).rejects.toThrow(new ConsoleScriptError(line, "x").message.split(":")[0]);
  });
});

describe("npm start -- --script (the real entry point, as the README shows it)", () => {
  it("replays the README transcript, prints every bot message and exits 0", () => {
    const result = spawnSync("npm", ["start", "--silent", "--", "--script", join(DIR, "readme.txt")], { encoding: "utf8", timeout: 60_000 });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(readFileSync(join(DIR, "readme.expected.txt"), "utf8"));
  });

  it("exits non-zero with the line number for a malformed script, and keeps --db", () => {
    const dir = mkdtempSync(join(tmpdir(), "wijkbot-script-"));
    writeFileSync(join(dir, "bad.txt"), "# ok\nSanne: /acties\nzomaar een regel\n");
    const db = join(dir, "kept.db");
    const result = spawnSync("npm", ["start", "--silent", "--", "--script", join(dir, "bad.txt"), "--db", db], { encoding: "utf8", timeout: 60_000 });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("regel 3");
    expect(existsSync(db)).toBe(true);
  });
});
