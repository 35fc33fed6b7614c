import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { useCli } from "../helpers/cli.ts";
import { nl } from "../../src/i18n/nl.ts";
import { en } from "../../src/i18n/en.ts";
import { commands } from "../../commands/index.ts";

const klaar = commands.find((c) => c.name === "actie klaar")!;

/**
 * Adding a language without touching code (issue 6: "so Arabic can be added"): the
 * translator takes every text as JSON, translates it, checks the file, drops it beside
 * the catalogues — and people choose it with /taal.
 */
const cli = useCli();
const { wijkbot } = cli;

/** A partial Arabic translation as a translator would hand it in. */
function arabic(extra: Record<string, unknown> = {}): string {
  const file = join(cli.dir(), "ar.json");
  writeFileSync(
    file,
    JSON.stringify({
      "language.name": "العربية",
      "language.set": "سأتحدث معك الآن بالعربية.",
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
    expect(out).toMatch(/Nog niet vertaald \(\d+, daar toont de bot Nederlands\): language\.locale, recurrence\.daily/);
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
    writeFileSync(join(cli.dir(), "ar.json"), "{ niet af");
    expect(await wijkbot("taal", "controleer", join(cli.dir(), "ar.json"))).toMatchObject({ code: 1, err: "ar.json: geen geldige JSON\n" });
    writeFileSync(join(cli.dir(), "ar.json"), "[]");
    expect((await wijkbot("taal", "controleer", join(cli.dir(), "ar.json"))).err).toContain("geen JSON-object met teksten");
    expect((await wijkbot("taal", "controleer", join(cli.dir(), "zz.json"))).err).toBe("zz.json: het bestand bestaat niet\n");
  });
});

/** `npm start -- --script` with the scratch folder as WIJKBOT_CATALOGUES: the bot as people run it. */
function startWithCatalogues(lines: string) {
  const script = join(cli.dir(), "script.txt");
  writeFileSync(script, lines);
  return spawnSync("npm", ["start", "--silent", "--", "--script", script, "--db", join(cli.dir(), "t.db")], {
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, WIJKBOT_CATALOGUES: cli.dir() },
  });
}

describe("a checked translation in use, without a code change", () => {
  it("npm start picks it up from WIJKBOT_CATALOGUES: /taal ar, and replies in Arabic where translated, Dutch elsewhere", () => {
    arabic();
    writeFileSync(join(cli.dir(), "broken.json"), "not json either"); // not a language code: ignored
    const result = startWithCatalogues("Fatima: /taal ar\nFatima: /actie klaar watertappunt\nFatima: /acties mijn\nFatima: /help\n");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("سأتحدث معك الآن بالعربية.");
    expect(result.stdout).toContain("✅ Watertappunt in de wijk (Gezond) الآن منجز. المسؤول: Fatima.");
    // Not translated: Dutch.
    expect(result.stdout).toContain("Jouw open acties: geen.");
    // /help: the translated line, the others in Dutch.
    expect(result.stdout).toContain("- /actie klaar <naam> [, waarom] — يضع الإجراء على منجز");
    expect(result.stdout).toContain(`— ${commands.find((c) => c.name === "actie bezig")!.summary}`);
  });

  it("a broken language file does not stop the bot: it is skipped with a warning", () => {
    writeFileSync(join(cli.dir(), "ar.json"), "{ niet af");
    const result = startWithCatalogues("Fatima: /taal ar\n");
    expect(result.status).toBe(0);
    expect(result.stderr).toContain("wijkbot: taalbestand ar.json overgeslagen: geen geldige JSON");
    expect(result.stdout).toContain("Die taal ken ik niet. Kies uit: nl, en.");
    expect(readFileSync(join(cli.dir(), "ar.json"), "utf8")).toBe("{ niet af");
  });
});
