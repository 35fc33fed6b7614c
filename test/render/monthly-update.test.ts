import { describe, expect, it } from "vitest";
import { renderMonthlyUpdate } from "../../src/render/monthly-update.ts";
import { dutch } from "../../src/i18n/index.ts";
import type { MonthlyUpdate } from "../../src/services/get-monthly-update.ts";

const october: MonthlyUpdate = { wijkName: "Noord", month: { year: 2026, month: 10, day: 1 }, done: [], started: [], notes: [], decisions: [] };

describe("renderMonthlyUpdate", () => {
  it("tells what was finished, started, reported and decided, each in its own paragraph", () => {
    const text = renderMonthlyUpdate(
      { ...october, done: ["Buurtfeest", "Moestuin"], started: ["Taalcafé"], notes: [{ actionTitle: "Taalcafé", text: "  Twaalf   deelnemers " }], decisions: ["Budget voor de moestuin goedgekeurd!"] },
      dutch,
      "nl",
    );
    expect(text).toBe(
      [
        "*Nieuws van het wijkplan Noord — oktober 2026*",
        "In oktober zijn 2 acties afgerond: Buurtfeest en Moestuin.",
        "We zijn begonnen met Taalcafé.",
        "Zo staat het ervoor:\n- Taalcafé: Twaalf deelnemers.",
        "De stuurgroep besloot:\n- Budget voor de moestuin goedgekeurd!",
        "Meedoen of meer weten? Neem contact op met de wijkcoördinator.",
      ].join("\n\n"),
    );
  });

  it("cuts a long note at 140 characters", () => {
    const text = renderMonthlyUpdate({ ...october, notes: [{ actionTitle: "Moestuin", text: "a".repeat(200) }] }, dutch, "nl");
    expect(text).toContain(`- Moestuin: ${"a".repeat(139)}…\n`);
  });

  it("says the month was quiet when nothing happened", () => {
    expect(renderMonthlyUpdate(october, dutch, "nl")).toBe(
      "*Nieuws van het wijkplan Noord — oktober 2026*\n\nIn oktober 2026 is er niets afgerond of gestart en zijn er geen updates gedeeld.\n\nMeedoen of meer weten? Neem contact op met de wijkcoördinator.",
    );
  });
});
