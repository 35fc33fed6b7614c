import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toInstant } from "../../src/time/amsterdam.ts";

/**
 * A translator adds a language without touching code: a `<code>.json` catalogue in the
 * folder WIJKBOT_CATALOGUES names (or beside src/i18n/nl.ts) is loaded at start by the
 * composition root (loadJsonCatalogues) — texts, and also the day and month names the bot
 * uses in dates.
 */
const dir = mkdtempSync(join(tmpdir(), "wijkbot-catalogues-"));
let i18n: typeof import("../../src/i18n/index.ts");
let format: typeof import("../../src/render/format.ts");
let dates: typeof import("../../src/parse/dates.ts");

beforeAll(async () => {
  writeFileSync(
    join(dir, "ar.json"),
    JSON.stringify({
      "language.name": "العربية",
      "language.locale": "ar-EG",
      "board.noPillar": "بدون محور",
      "calendar.daysShort": "أحد إثنين ثلاثاء أربعاء خميس جمعة سبت",
      "calendar.days": "الأحد الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت",
      "calendar.monthsShort": "ينا فبر مار أبر ماي يون يول أغس سبت أكت نوف ديس",
      "calendar.months": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    }),
  );
  // A module registry of its own: the languages loaded here stay out of the other test files.
  vi.resetModules();
  i18n = await import("../../src/i18n/index.ts");
  expect(i18n.loadJsonCatalogues([dir])).toEqual([]);
  format = await import("../../src/render/format.ts");
  dates = await import("../../src/parse/dates.ts");
});
afterAll(() => {
  vi.resetModules();
  rmSync(dir, { recursive: true, force: true });
});

describe("a JSON catalogue for a new language", () => {
  it("is offered as a language", () => {
    expect(i18n.supportedLanguages()).toContain("ar");
    expect(i18n.normalizeLanguage("ar")).toBe("ar");
  });

  it("gives its texts, and Dutch for the keys it lacks", () => {
    expect(i18n.translate("ar", "board.noPillar")).toBe("بدون محور");
    expect(i18n.translate("ar", "core.nothingChanged")).toBe("Oké, ik heb niets veranderd.");
  });

  it("brings its own day and month names into dates", () => {
    const friday = toInstant({ year: 2026, month: 11, day: 27 }, 9, 0);
    expect(format.formatDay(friday, undefined, "ar")).toBe("جمعة 27 نوف");
    expect(dates.describeDay(friday, "ar")).toBe("الجمعة 27 نوفمبر");
    expect(format.formatDay(friday, undefined, "nl")).toBe("vr 27 nov");
    expect(format.formatDay(friday, undefined, "en")).toBe("Fri 27 Nov");
  });

  it("made before keys were renamed, still works: old prefixes and old one/many pairs are read as today's keys", () => {
    const old = mkdtempSync(join(tmpdir(), "wijkbot-catalogues-old-"));
    try {
      writeFileSync(join(old, "li.json"), JSON.stringify({ "pijler.what": "pylders beheare", "meeting.carriedOne": "1 aginda punt", "meeting.carriedMany": "{count} aginda punten", "deadline.overdueMany": "{label} {days} dagen te let" }));
      expect(i18n.loadJsonCatalogues([old])).toEqual([]);
      expect(i18n.translate("li", "pillar.what")).toBe("pylders beheare");
      expect(i18n.translate("li", "meeting.carried", { count: 1 })).toBe("1 aginda punt");
      expect(i18n.translate("li", "meeting.carried", { count: 4 })).toBe("4 aginda punten");
      // Half a pair is not enough for a plural text: Dutch is shown.
      expect(i18n.translate("li", "deadline.overdue", { label: "X", day: "vr", count: 3 })).toBe("⚠️ X is over de deadline: die was vr (3 dagen geleden).");
    } finally {
      rmSync(old, { recursive: true, force: true });
    }
  });

  it("is read only when the composition root asks, and what cannot be read is returned, not printed", () => {
    const broken = mkdtempSync(join(tmpdir(), "wijkbot-catalogues-broken-"));
    try {
      writeFileSync(join(broken, "fy.json"), "{ niet af");
      const warnings = i18n.loadJsonCatalogues([join(broken, "nergens"), broken]);
      expect(warnings.map((w) => i18n.localize(i18n.dutch, w))).toEqual([
        `map met taalbestanden ${join(broken, "nergens")} niet gevonden; overgeslagen`,
        "taalbestand fy.json overgeslagen: geen geldige JSON",
      ]);
      expect(i18n.supportedLanguages()).not.toContain("fy");
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
