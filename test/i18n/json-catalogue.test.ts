import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A translator adds a language without touching code: a `<code>.json` catalogue in the
 * folder WIJKBOT_CATALOGUES names (or beside src/i18n/nl.ts) is picked up at start —
 * texts, and also the day and month names the bot uses in dates.
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
  vi.stubEnv("WIJKBOT_CATALOGUES", dir);
  vi.resetModules();
  i18n = await import("../../src/i18n/index.ts");
  format = await import("../../src/render/format.ts");
  dates = await import("../../src/parse/dates.ts");
});
afterAll(() => {
  vi.unstubAllEnvs();
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
    const friday = dates.toInstant({ year: 2026, month: 11, day: 27 }, 9, 0);
    expect(format.formatDay(friday, undefined, "ar")).toBe("جمعة 27 نوف");
    expect(dates.describeDay(friday, "ar")).toBe("الجمعة 27 نوفمبر");
    expect(format.formatDay(friday, undefined, "nl")).toBe("vr 27 nov");
    expect(format.formatDay(friday, undefined, "en")).toBe("Fri 27 Nov");
  });
});
