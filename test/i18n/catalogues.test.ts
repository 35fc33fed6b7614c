import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CATALOGUES, interpolate, translate } from "../../src/i18n/index.ts";
import { checkCatalogue } from "../../src/i18n/check-catalogue.ts";

describe("message catalogues", () => {
  it("ship Dutch and English", () => {
    expect(Object.keys(CATALOGUES)).toEqual(expect.arrayContaining(["nl", "en"]));
  });

  it.each(Object.keys(CATALOGUES))("%s has every message key, no others, only texts, and the same placeholders as Dutch", (language) => {
    expect(checkCatalogue(CATALOGUES[language])).toEqual({ missing: [], unknown: [], placeholders: [], notText: [] });
  });

  it("fills in {name} placeholders and leaves unknown ones visible", () => {
    expect(interpolate("Welkom {name} in {wijk}", { name: "Noor" })).toBe("Welkom Noor in {wijk}");
    expect(translate("en", "plan.set", { wijk: "SPT", year: 2026 })).toBe("📅 The plan year of SPT is now 2026. New actions belong to 2026.");
  });

  it("picks a plural text's form for the reader's language with Intl.PluralRules, by {count}", () => {
    expect(translate("nl", "meeting.carried", { count: 1 })).toBe("1 agendapunt staat al klaar.");
    expect(translate("nl", "meeting.carried", { count: 0 })).toBe("0 agendapunten staan al klaar.");
    expect(translate("en", "meeting.carried", { count: 3 })).toBe("3 agenda items are already waiting.");
  });

  it("checks a translation's plural texts: its own forms are fine, placeholders are counted over all forms, a form that is not a text is refused", () => {
    const arabic = { "meeting.carried": { zero: "لا شيء", one: "بند واحد", two: "بندان", few: "{count} بنود", many: "{count} بندًا", other: "{count} بند" } };
    expect(checkCatalogue(arabic).placeholders).toEqual([]);
    expect(checkCatalogue(arabic).notText).toEqual([]);
    expect(checkCatalogue({ "meeting.carried": "{count} agendapunt(en)" }).notText).toEqual([]);
    expect(checkCatalogue({ "meeting.carried": { one: "1 punt", other: "punten" } }).placeholders).toEqual([{ key: "meeting.carried", expected: ["count"], found: [] }]);
    expect(checkCatalogue({ "meeting.carried": { one: "1 punt" }, "core.failure": { one: "x", other: "y" }, "meeting.noItem": { other: 3 } }).notText).toEqual(["meeting.carried", "core.failure", "meeting.noItem"]);
  });

  it("keep each key prefix in one file, in English (pillar., not pijler.)", () => {
    const dir = fileURLToPath(new URL("../../src/i18n/", import.meta.url));
    const files = ["nl.ts", ...readdirSync(join(dir, "nl")).map((f) => join("nl", f))];
    const filesOf = new Map<string, Set<string>>();
    for (const file of files) {
      for (const [, prefix] of readFileSync(join(dir, file), "utf8").matchAll(/^\s+"([a-zA-Z]+)\./gm)) {
        filesOf.set(prefix, (filesOf.get(prefix) ?? new Set()).add(file));
      }
    }
    expect([...filesOf].filter(([, where]) => where.size > 1)).toEqual([]);
    expect([...filesOf.keys()].filter((prefix) => ["pijler", "rol", "ik", "taal"].includes(prefix))).toEqual([]);
  });

  it("falls back to Dutch for a language it does not have", () => {
    expect(translate("tlh", "core.nothingChanged")).toBe("Oké, ik heb niets veranderd.");
  });
});
