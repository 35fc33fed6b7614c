import { describe, expect, it } from "vitest";
import { resolveDate } from "../../src/parse/dates.ts";
import { localParts, toInstant, weekdayOf, daysBetween, type CivilDate } from "../../src/time/amsterdam.ts";
import {
  DEFAULT_SCHOOL_REGION,
  SCHOOL_HOLIDAY_KINDS,
  SCHOOL_REGIONS,
  readHolidayWord,
  schoolHolidays,
  type SchoolRegion,
} from "../../src/parse/school-holidays.ts";
import { readSchoolRegion, scheduleSettingsPatchSchema } from "../../src/scheduler/settings.ts";
import { WIJK_TEMPLATES } from "../../src/templates/wijk-templates.ts";
import { fold } from "../../src/parse/text.ts";

const iso = (d: CivilDate) => `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
const at = (year: number, month: number, day: number, hour = 10) => toInstant({ year, month, day }, hour, 0);
function local(date: Date) {
  const p = localParts(date);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}
function day(phrase: string, now: Date, region?: SchoolRegion): string {
  const result = resolveDate(phrase, now, region ? { region } : {});
  if (result.kind !== "ok") throw new Error(`${phrase}: ${result.kind === "question" ? result.question : "unreadable"}`);
  return local(result.date).slice(0, 10);
}

describe("the school holiday table (rijksoverheid.nl, school years 2025-2026 … 2029-2030)", () => {
  it("has every holiday of every school year for every region, in date order", () => {
    for (const region of SCHOOL_REGIONS) {
      const all = schoolHolidays(region);
      expect(all).toHaveLength(5 * 5);
      for (const year of ["2025-2026", "2026-2027", "2027-2028", "2028-2029", "2029-2030"]) {
        expect(all.filter((h) => h.schoolYear === year).map((h) => h.kind).sort()).toEqual([...SCHOOL_HOLIDAY_KINDS].sort());
      }
      for (let i = 1; i < all.length; i++) expect(daysBetween(all[i - 1].end, all[i].start), `${region} ${iso(all[i].start)}`).toBeGreaterThan(0);
    }
  });

  it("every period runs from a Saturday to a Sunday, with the published lengths", () => {
    const nights = { herfst: 8, voorjaar: 8, mei: 8, kerst: 15, zomer: 43 };
    for (const region of SCHOOL_REGIONS) {
      for (const h of schoolHolidays(region)) {
        expect(weekdayOf(h.start), `${region} ${h.kind} ${iso(h.start)}`).toBe(6);
        expect(weekdayOf(h.end), `${region} ${h.kind} ${iso(h.end)}`).toBe(0);
        expect(daysBetween(h.start, h.end), `${region} ${h.kind} ${h.schoolYear}`).toBe(nights[h.kind]);
      }
    }
  });

  it("kerst- and meivakantie are the same everywhere; only herfst- and voorjaarsvakantie are advisory", () => {
    for (const kind of ["kerst", "mei"] as const) {
      const [noord, midden, zuid] = SCHOOL_REGIONS.map((r) => schoolHolidays(r, kind).map((h) => iso(h.start)));
      expect(midden).toEqual(noord);
      expect(zuid).toEqual(noord);
    }
    for (const h of schoolHolidays("noord")) expect(h.advisory).toBe(h.kind === "herfst" || h.kind === "voorjaar");
  });

  // As read on rijksoverheid.nl, "Overzicht schoolvakanties 2027-2028" and "… 2028-2029".
  it.each([
    ["noord", "herfst", "2027-10-16", "2027-10-24"], ["midden", "herfst", "2027-10-16", "2027-10-24"], ["zuid", "herfst", "2027-10-23", "2027-10-31"],
    ["noord", "kerst", "2027-12-25", "2028-01-09"],
    ["noord", "voorjaar", "2028-02-19", "2028-02-27"], ["midden", "voorjaar", "2028-02-26", "2028-03-05"], ["zuid", "voorjaar", "2028-02-26", "2028-03-05"],
    ["zuid", "mei", "2028-04-29", "2028-05-07"],
    ["noord", "zomer", "2028-07-15", "2028-08-27"], ["midden", "zomer", "2028-07-08", "2028-08-20"], ["zuid", "zomer", "2028-07-22", "2028-09-03"],
    ["noord", "herfst", "2028-10-14", "2028-10-22"], ["midden", "herfst", "2028-10-21", "2028-10-29"], ["zuid", "herfst", "2028-10-21", "2028-10-29"],
    ["midden", "kerst", "2028-12-23", "2029-01-07"],
    ["noord", "voorjaar", "2029-02-17", "2029-02-25"], ["midden", "voorjaar", "2029-02-17", "2029-02-25"], ["zuid", "voorjaar", "2029-02-10", "2029-02-18"],
    ["noord", "mei", "2029-04-28", "2029-05-06"],
    ["noord", "zomer", "2029-07-21", "2029-09-02"], ["midden", "zomer", "2029-07-07", "2029-08-19"], ["zuid", "zomer", "2029-07-14", "2029-08-26"],
  ] as const)("%s %svakantie %s t/m %s", (region, kind, start, end) => {
    expect(schoolHolidays(region, kind).some((h) => iso(h.start) === start && iso(h.end) === end)).toBe(true);
  });
});

describe("holiday words as people type them", () => {
  const kindOf = (text: string) => {
    const words = fold(text).split(" ");
    return readHolidayWord(words, 0)?.kind;
  };
  it.each([
    ["kerstvakantie", "kerst"], ["Kerst vakantie", "kerst"], ["kerstvak", "kerst"], ["kertsvakantie", "kerst"],
    ["herfstvakantie", "herfst"], ["herfstvak", "herfst"],
    ["voorjaarsvakantie", "voorjaar"], ["voorjaarvakantie", "voorjaar"], ["krokusvakantie", "voorjaar"], ["carnavalsvakantie", "voorjaar"],
    ["meivakantie", "mei"], ["mei vakantie", "mei"],
    ["zomervakantie", "zomer"], ["zomervak", "zomer"], ["zomervakantei", "zomer"], ["zomer vakantie", "zomer"],
    ["summer holidays", "zomer"], ["christmas break", "kerst"], ["autumn break", "herfst"], ["may holidays", "mei"],
  ])("%s → %s", (text, kind) => expect(kindOf(text)).toBe(kind));

  it.each(["vakantie", "zomer", "kerst", "herstvakantie", "meidagen", "vakantiehuis", "kerstboom"])("%s is not one holiday", (text) => {
    expect(kindOf(text)).toBeUndefined();
  });
});

describe("resolveDate with the wijk's school region", () => {
  const sept = at(2026, 9, 1);

  it.each([
    // "voor": the Friday before the first Saturday; "na": the Monday after the last Sunday
    ["voor de herfstvakantie", { noord: "2026-10-09", midden: "2026-10-16", zuid: "2026-10-16" }],
    ["na de herfstvakantie", { noord: "2026-10-19", midden: "2026-10-26", zuid: "2026-10-26" }],
    ["voor de kerstvakantie", { noord: "2026-12-18", midden: "2026-12-18", zuid: "2026-12-18" }],
    ["na de kerstvakantie", { noord: "2027-01-04", midden: "2027-01-04", zuid: "2027-01-04" }],
    ["in de kerstvakantie", { noord: "2026-12-21", midden: "2026-12-21", zuid: "2026-12-21" }],
    ["eind van de kerstvakantie", { noord: "2027-01-01", midden: "2027-01-01", zuid: "2027-01-01" }],
    ["voor de voorjaarsvakantie", { noord: "2027-02-19", midden: "2027-02-19", zuid: "2027-02-12" }],
    ["voor de krokusvakantie", { noord: "2027-02-19", midden: "2027-02-19", zuid: "2027-02-12" }],
    ["voor de meivakantie", { noord: "2027-04-23", midden: "2027-04-23", zuid: "2027-04-23" }],
    ["na de meivakantie", { noord: "2027-05-03", midden: "2027-05-03", zuid: "2027-05-03" }],
    ["voor de zomervakantie", { noord: "2027-07-09", midden: "2027-07-16", zuid: "2027-07-23" }],
    ["eind van het schooljaar", { noord: "2027-07-09", midden: "2027-07-16", zuid: "2027-07-23" }],
    ["het einde van het schooljaar", { noord: "2027-07-09", midden: "2027-07-16", zuid: "2027-07-23" }],
    ["na de zomer", { noord: "2027-08-23", midden: "2027-08-30", zuid: "2027-09-06" }],
    ["na de zomervakantie", { noord: "2027-08-23", midden: "2027-08-30", zuid: "2027-09-06" }],
    ["begin van het nieuwe schooljaar", { noord: "2027-08-23", midden: "2027-08-30", zuid: "2027-09-06" }],
  ] as const)("%s", (phrase, byRegion) => {
    for (const region of SCHOOL_REGIONS) expect(day(phrase, sept, region), `${phrase} (${region})`).toBe(byRegion[region]);
  });

  it.each([
    ["Na de Kerstvakantie", "2027-01-04"],
    ["na de kerst vakantie", "2027-01-04"],
    ["na de kerstvak", "2027-01-04"],
    ["na de kertsvakantie", "2027-01-04"],
    ["na de kerst", "2027-01-04"],
    ["vóór de kerstvakantie", "2026-12-18"],
    ["uiterlijk voor de kerstvakantie", "2026-12-18"],
    ["vlak voor de kerstvakantie", "2026-12-18"],
    ["tot na de zomer", "2027-08-30"],
    ["direct na de zomervak", "2027-08-30"],
    ["tijdens de herfstvakantie", "2026-10-19"],
    ["de herfstvakantie", "2026-10-19"],
    ["after the summer holidays", "2027-08-30"],
    ["before the christmas break", "2026-12-18"],
    ["voor de kerst", "2026-12-24"],
  ])("%s (midden) → %s", (phrase, expected) => expect(day(phrase, sept, "midden")).toBe(expected));

  it("without a region: midden", () => {
    expect(DEFAULT_SCHOOL_REGION).toBe("midden");
    expect(day("na de herfstvakantie", sept)).toBe("2026-10-26");
  });

  it("with a time, across the end of summer time (25 October 2026)", () => {
    const result = resolveDate("na de herfstvakantie om 9 uur", sept, { region: "midden" });
    expect(result.kind === "ok" && result.date.toISOString()).toBe("2026-10-26T08:00:00.000Z");
    const before = resolveDate("vlak voor de herfstvakantie om 9:00", sept, { region: "noord" });
    expect(before.kind === "ok" && before.date.toISOString()).toBe("2026-10-09T07:00:00.000Z");
  });

  it("during the holiday: 'in' is today, 'na' is its end, 'voor' is next year's", () => {
    const inKerst = at(2026, 12, 28);
    expect(day("in de kerstvakantie", inKerst, "noord")).toBe("2026-12-28");
    expect(day("na de kerstvakantie", inKerst, "noord")).toBe("2027-01-04");
    expect(day("voor de kerstvakantie", inKerst, "noord")).toBe("2027-12-24");
    expect(day("voor de kerst", inKerst)).toBe("2027-12-24");
  });

  it("after the last known school year it asks for a date instead of guessing", () => {
    const result = resolveDate("na de herfstvakantie", at(2030, 9, 1), { region: "zuid" });
    expect(result.kind).toBe("question");
    if (result.kind !== "question") return;
    expect(result.options).toEqual([]);
    expect(result.question).toBe("De data van de herfstvakantie na schooljaar 2029-2030 ken ik nog niet. Noem een datum, bijvoorbeeld 15-3.");
    expect(result.ask("en")).toBe("I do not know the dates of the autumn half-term after the 2029-2030 school year yet. Name a date, for example 15-3.");
  });

  it("the last known summer still resolves", () => {
    expect(day("na de zomer", at(2030, 6, 1), "noord")).toBe("2030-09-02");
  });
});

describe("the region is a wijk setting", () => {
  it.each([
    ['{"schoolRegion":"zuid"}', "zuid"],
    ['{"schoolRegion":"noord","template":"sterk-voor-noord"}', "noord"],
    ['{"template":"lewenborg"}', "noord"],
    ['{"template":"spt"}', "noord"],
    ['{"template":"groningen-noord"}', "noord"],
    ['{"template":"sterk-voor-noord"}', "midden"],
    ['{"schoolRegion":"oost","template":"spt"}', "noord"],
    ['{"schoolRegion":"oost"}', "midden"],
    ["{}", "midden"],
    ["geen json", "midden"],
    ["[1,2]", "midden"],
    [null, "midden"],
  ])("%s → %s", (json, region) => expect(readSchoolRegion(json)).toBe(region));

  it("the templates carry the region of their neighbourhood", () => {
    expect(WIJK_TEMPLATES.lewenborg.schoolRegion).toBe("noord");
    expect(WIJK_TEMPLATES.spt.schoolRegion).toBe("noord");
    expect(WIJK_TEMPLATES["groningen-noord"].schoolRegion).toBe("noord");
    expect(WIJK_TEMPLATES["sterk-voor-noord"].schoolRegion).toBe("midden");
  });

  it("`wijk instellingen --zet` accepts a region and refuses anything else", () => {
    expect(scheduleSettingsPatchSchema.safeParse({ schoolRegion: "zuid" }).success).toBe(true);
    expect(scheduleSettingsPatchSchema.safeParse({ schoolRegion: "oost" }).success).toBe(false);
  });
});
