import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

/**
 * From a key to its text in one hop: every key `x.…` lives in src/i18n/nl/x.ts (Dutch) and
 * src/i18n/en/x.ts (English). nl.ts and en.ts only assemble those parts, apart from the
 * `language.*` keys that describe the catalogue itself.
 */
const I18N_DIR = fileURLToPath(new URL("../../src/i18n/", import.meta.url));

/** The keys a catalogue source file defines: a quoted name followed by a colon, at the start of a line. */
function keysIn(source: string): string[] {
  return [...source.matchAll(/^\s+"([^"\\]+)"\s*:/gm)].map((match) => match[1]);
}

function prefixOf(key: string): string {
  return key.split(".")[0];
}

/** Keys in a part file (`pillar.ts`) whose prefix is not the file's name. */
function misplacedKeys(fileName: string, source: string): string[] {
  const prefix = fileName.replace(/\.ts$/, "");
  return keysIn(source).filter((key) => prefixOf(key) !== prefix);
}

function partFiles(language: "nl" | "en"): string[] {
  return readdirSync(join(I18N_DIR, language)).filter((file) => file.endsWith(".ts")).sort();
}

function misplacedIn(language: "nl" | "en"): string[] {
  return partFiles(language).flatMap((file) =>
    misplacedKeys(file, readFileSync(join(I18N_DIR, language, file), "utf8")).map((key) => `${language}/${file}: ${key}`),
  );
}

describe("the catalogue files", () => {
  it("report a key whose prefix is not the name of its file", () => {
    const source = '  "pillar.added": "Pijler toegevoegd",\n  "chart.overdue": "Te laat",\n  "pillar.welcome":\n    "Welkom \\"x\\": ja",\n';
    expect(misplacedKeys("pillar.ts", source)).toEqual(["chart.overdue"]);
  });

  it("keep every Dutch key in nl/<prefix>.ts", () => {
    expect(misplacedIn("nl")).toEqual([]);
  });

  it("keep every English key in en/<prefix>.ts", () => {
    expect(misplacedIn("en")).toEqual([]);
  });

  it("have an English file beside every Dutch one", () => {
    expect(partFiles("en")).toEqual(partFiles("nl"));
  });

  it("name each part's export after its file (nl/datePoll.ts exports nlDatePoll)", () => {
    for (const language of ["nl", "en"] as const) {
      for (const file of partFiles(language)) {
        const name = file.replace(/\.ts$/, "");
        const exported = `${language}${name[0].toUpperCase()}${name.slice(1)}`;
        expect(readFileSync(join(I18N_DIR, language, file), "utf8"), `${language}/${file}`).toMatch(new RegExp(`^export const ${exported}\\b`, "m"));
      }
    }
  });

  it("leave only the language.* keys in nl.ts and en.ts", () => {
    for (const file of ["nl.ts", "en.ts"]) {
      const keys = keysIn(readFileSync(join(I18N_DIR, file), "utf8"));
      expect(keys.length, file).toBeGreaterThan(0);
      expect(keys.filter((key) => prefixOf(key) !== "language"), file).toEqual([]);
    }
  });
});
