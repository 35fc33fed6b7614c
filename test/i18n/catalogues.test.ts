import { describe, expect, it } from "vitest";
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

  it("falls back to Dutch for a language it does not have", () => {
    expect(translate("tlh", "core.nothingChanged")).toBe("Oké, ik heb niets veranderd.");
  });
});
