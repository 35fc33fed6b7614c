import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli.ts";
import { useTestDb } from "../helpers/harness.ts";
import { TRANSCRIPT_START } from "../../src/transcript.ts";
import { nl } from "../../src/i18n/nl.ts";
import { en } from "../../src/i18n/en.ts";
import { commands } from "../../commands/index.ts";

const klaar = commands.find((c) => c.name === "actie klaar")!;

/**
 * Adding a language without touching code (issue 6: "so Arabic can be added"): the
 * translator takes every text as JSON, translates it, checks the file, drops it beside
 * the catalogues — and people choose it with /taal.
 */
const testDb = useTestDb();
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "wijkbot-taal-"));
  vi.stubEnv("WIJKBOT_TAAL", undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

async function wijkbot(...args: string[]): Promise<{ out: string; err: string; code: number }> {
  let out = "";
  let err = "";
  const code = await runCli(args, { out: (text) => (out += text), err: (text) => (err += text), db: async () => testDb(), now: () => TRANSCRIPT_START });
  return { out, err, code };
}

/** A partial Arabic translation as a translator would hand it in. */
function arabic(extra: Record<string, unknown> = {}): string {
  const file = join(dir, "ar.json");
  writeFileSync(
    file,
    JSON.stringify({
      "language.name": "العربية",
      "taal.set": "سأتحدث معك الآن بالعربية.",
      "status.klaar": "منجز",
      "status.changed": "{emoji} {label} الآن {status}. المسؤول: {owners}.",
      "help.actie klaar": "يضع الإجراء على منجز",
      ...extra,
    }),
  );
  return file;
}

describe("wijkbot taal", () => {
  it("lijst: every language with how much of it is translated", async () => {
    const { out, code } = await wijkbot("taal", "lijst");
    expect(code).toBe(0);
    const total = Object.keys(nl).length;
    expect(out).toBe(`nl  Nederlands — bron, ${total} teksten\nen  English — ${total} van ${total} teksten vertaald\n`);
  });

  it("sjabloon: every text as JSON, from Dutch or from English", async () => {
    const dutch = JSON.parse((await wijkbot("taal", "sjabloon")).out);
    expect(dutch).toMatchObject(nl);
    const english = JSON.parse((await wijkbot("taal", "sjabloon", "--van", "en")).out);
    expect(english).toMatchObject(en);
    // Then every command's /help line, from the command's own file.
    expect(dutch["help.actie klaar"]).toBe(klaar.summary);
    expect(english["help.actie klaar"]).toBe(klaar.summaryEn);
    expect(Object.keys(dutch)).toHaveLength(Object.keys(nl).length + commands.length);
    const unknown = await wijkbot("taal", "sjabloon", "--van", "xx");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('De taal "xx" ken ik niet. Bekende talen: nl, en.');
  });

  it("controleer: a partial translation is fine, and says what still shows in Dutch", async () => {
    const { out, code } = await wijkbot("taal", "controleer", arabic());
    expect(code).toBe(0);
    expect(out).toContain(`ar.json: 4 van ${Object.keys(nl).length} teksten vertaald.`);
    expect(out).toContain(`Regels van /help: 1 van ${commands.length} vertaald (de rest in het Nederlands).`);
    expect(out).toMatch(/Nog niet vertaald \(\d+, daar toont de bot Nederlands\): language\.locale, calendar\.daysShort/);
    expect(out).toContain("In orde. Zet het bestand in src/i18n/ (of in de map van WIJKBOT_CATALOGUES) en herstart de bot; daarna kiest iedereen het met /taal ar.");
  });

  it("controleer: unknown keys, lost {placeholders} and non-text values are refused (exit 1)", async () => {
    const file = arabic({ "status.changed": "{label} منجز", "statuss.klaar": "x", "core.failure": 42 });
    const { out, err, code } = await wijkbot("--taal", "en", "taal", "controleer", file);
    expect(code).toBe(1);
    expect(out).toContain("Unknown keys (1, the bot never shows them): statuss.klaar");
    expect(out).toContain("Not text (1): core.failure");
    expect(out).toContain("- status.changed: should contain {emoji} {label} {owners} {status}, has {label}");
    expect(err).toBe("Fix what is listed above first; used like this the translation is incomplete or wrong.\n");
  });

  it("controleer: a file that is not a JSON object of texts says so", async () => {
    writeFileSync(join(dir, "ar.json"), "{ niet af");
    expect(await wijkbot("taal", "controleer", join(dir, "ar.json"))).toMatchObject({ code: 1, err: "ar.json: geen geldige JSON\n" });
    writeFileSync(join(dir, "ar.json"), "[]");
    expect((await wijkbot("taal", "controleer", join(dir, "ar.json"))).err).toContain("geen JSON-object met teksten");
    expect((await wijkbot("taal", "controleer", join(dir, "zz.json"))).err).toBe("zz.json: het bestand bestaat niet\n");
  });
});

describe("a checked translation in use, without a code change", () => {
  it("npm start picks it up from WIJKBOT_CATALOGUES: /taal ar, and replies in Arabic where translated, Dutch elsewhere", () => {
    arabic();
    writeFileSync(join(dir, "broken.json"), "not json either"); // not a language code: ignored
    const script = join(dir, "script.txt");
    writeFileSync(script, "Fatima: /taal ar\nFatima: /actie klaar watertappunt\nFatima: /acties mijn\nFatima: /help\n");
    const result = spawnSync("npm", ["start", "--silent", "--", "--script", script, "--db", join(dir, "t.db")], {
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, WIJKBOT_CATALOGUES: dir },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("سأتحدث معك الآن بالعربية.");
    expect(result.stdout).toContain("✅ Watertappunt in de wijk (Gezond) الآن منجز. المسؤول: Fatima.");
    // Not translated: Dutch.
    expect(result.stdout).toContain("Jouw open acties: geen.");
    // /help: the translated line, the others in Dutch.
    expect(result.stdout).toContain("- /actie klaar <naam> — يضع الإجراء على منجز");
    expect(result.stdout).toContain(`— ${commands.find((c) => c.name === "actie bezig")!.summary}`);
  });

  it("a broken language file does not stop the bot: it is skipped with a warning", () => {
    writeFileSync(join(dir, "ar.json"), "{ niet af");
    const script = join(dir, "script.txt");
    writeFileSync(script, "Fatima: /taal ar\n");
    const result = spawnSync("npm", ["start", "--silent", "--", "--script", script, "--db", join(dir, "t.db")], {
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, WIJKBOT_CATALOGUES: dir },
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain("wijkbot: taalbestand ar.json overgeslagen: geen geldige JSON");
    expect(result.stdout).toContain("Die taal ken ik niet. Kies uit: nl, en.");
    expect(readFileSync(join(dir, "ar.json"), "utf8")).toBe("{ niet af");
  });
});
