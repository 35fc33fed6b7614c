import { describe, expect, it } from "vitest";
import { CATALOGUES, interpolate, translate } from "../../src/i18n/index.ts";
import { nl } from "../../src/i18n/nl.ts";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalogues", () => {
  it("ship Dutch and English", () => {
    expect(Object.keys(CATALOGUES)).toEqual(expect.arrayContaining(["nl", "en"]));
  });

  it.each(Object.keys(CATALOGUES))("%s has every message key, and no others", (language) => {
    expect(Object.keys(CATALOGUES[language]).sort()).toEqual(Object.keys(nl).sort());
  });

  it.each(Object.keys(CATALOGUES).filter((l) => l !== "nl"))("%s uses the same placeholders as Dutch in every text", (language) => {
    for (const [key, text] of Object.entries(nl)) {
      expect({ key, placeholders: placeholders(CATALOGUES[language][key as keyof typeof nl] ?? "") }).toEqual({ key, placeholders: placeholders(text) });
    }
  });

  it("fills in {name} placeholders and leaves unknown ones visible", () => {
    expect(interpolate("Welkom {name} in {wijk}", { name: "Noor" })).toBe("Welkom Noor in {wijk}");
    expect(translate("en", "plan.set", { wijk: "SPT", year: 2026 })).toBe("📅 The plan year of SPT is now 2026. New actions belong to 2026.");
  });

  it("falls back to Dutch for a language it does not have", () => {
    expect(translate("tlh", "core.nothingChanged")).toBe("Oké, ik heb niets veranderd.");
  });
});
