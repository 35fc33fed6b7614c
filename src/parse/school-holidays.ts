import type { CivilDate } from "../time/amsterdam.ts";
import { editDistance, isNearWord } from "./text.ts";

/**
 * The Dutch school holidays (primary and secondary schools) per holiday region, for date
 * phrases such as "voor de herfstvakantie", "na de zomer" or "eind van het schooljaar".
 *
 * Source: Rijksoverheid, "Overzicht schoolvakanties per schooljaar"
 * (https://www.rijksoverheid.nl/onderwerpen/schoolvakanties/overzicht-schoolvakanties-per-schooljaar,
 * pages overzicht-schoolvakanties-2025-2026 … 2029-2030, also published as open data on
 * opendata.rijksoverheid.nl). The pages for 2027-2028 and 2028-2029 were read directly; the other
 * years come from the same open data as copied in public data files and school calendars, and were
 * cross-checked against at least one other independent listing (each value agreed).
 *
 * Status of the dates (https://www.rijksoverheid.nl/onderwerpen/schoolvakanties/vaststellen-data-schoolvakanties):
 * - kerstvakantie, meivakantie (one week) and zomervakantie are fixed by the minister of OCW
 *   ("Regeling vaststelling schoolvakanties"; "de schoolvakanties voor 2025-2030 zijn ook al vastgesteld");
 * - herfstvakantie and voorjaarsvakantie are ADVISORY dates (adviesdata): a school may choose
 *   other weeks (carnaval in the south, for example). `advisory: true` marks them.
 * - Many schools add a second week to the meivakantie (OCW advises the week before); only the
 *   fixed week is listed here.
 *
 * Every period runs from a Saturday to a Sunday, both included, as published.
 * Update this table when OCW publishes 2030-2031: phrases about later holidays get a question
 * ("date.holidayUnknown") instead of a guess.
 */

export const SCHOOL_REGIONS = ["noord", "midden", "zuid"] as const;
export type SchoolRegion = (typeof SCHOOL_REGIONS)[number];
/**
 * A wijk that never chose a region reads "midden": most of the country's pupils live there
 * (Zuid-Holland, Utrecht, most of Gelderland). Set it per wijk with `wijk instellingen`.
 */
export const DEFAULT_SCHOOL_REGION: SchoolRegion = "midden";

export function isSchoolRegion(value: unknown): value is SchoolRegion {
  return typeof value === "string" && (SCHOOL_REGIONS as readonly string[]).includes(value);
}

export const SCHOOL_HOLIDAY_KINDS = ["herfst", "kerst", "voorjaar", "mei", "zomer"] as const;
export type SchoolHolidayKind = (typeof SCHOOL_HOLIDAY_KINDS)[number];

export interface SchoolHoliday {
  kind: SchoolHolidayKind;
  /** "2026-2027" */
  schoolYear: string;
  /** First day (a Saturday) and last day (a Sunday), both included. */
  start: CivilDate;
  end: CivilDate;
  /** Advisory dates (herfst, voorjaar): schools may deviate. */
  advisory: boolean;
}

type Period = readonly [start: string, end: string];
type PerRegion = Period | { noord: Period; midden: Period; zuid: Period };

/** One row per school year; a single period means the same dates in every region. */
const TABLE: Record<string, Record<SchoolHolidayKind, PerRegion>> = {
  "2025-2026": {
    herfst: { noord: ["2025-10-18", "2025-10-26"], midden: ["2025-10-18", "2025-10-26"], zuid: ["2025-10-11", "2025-10-19"] },
    kerst: ["2025-12-20", "2026-01-04"],
    voorjaar: { noord: ["2026-02-21", "2026-03-01"], midden: ["2026-02-14", "2026-02-22"], zuid: ["2026-02-14", "2026-02-22"] },
    mei: ["2026-04-25", "2026-05-03"],
    zomer: { noord: ["2026-07-04", "2026-08-16"], midden: ["2026-07-18", "2026-08-30"], zuid: ["2026-07-11", "2026-08-23"] },
  },
  "2026-2027": {
    herfst: { noord: ["2026-10-10", "2026-10-18"], midden: ["2026-10-17", "2026-10-25"], zuid: ["2026-10-17", "2026-10-25"] },
    kerst: ["2026-12-19", "2027-01-03"],
    voorjaar: { noord: ["2027-02-20", "2027-02-28"], midden: ["2027-02-20", "2027-02-28"], zuid: ["2027-02-13", "2027-02-21"] },
    mei: ["2027-04-24", "2027-05-02"],
    zomer: { noord: ["2027-07-10", "2027-08-22"], midden: ["2027-07-17", "2027-08-29"], zuid: ["2027-07-24", "2027-09-05"] },
  },
  "2027-2028": {
    herfst: { noord: ["2027-10-16", "2027-10-24"], midden: ["2027-10-16", "2027-10-24"], zuid: ["2027-10-23", "2027-10-31"] },
    kerst: ["2027-12-25", "2028-01-09"],
    voorjaar: { noord: ["2028-02-19", "2028-02-27"], midden: ["2028-02-26", "2028-03-05"], zuid: ["2028-02-26", "2028-03-05"] },
    mei: ["2028-04-29", "2028-05-07"],
    zomer: { noord: ["2028-07-15", "2028-08-27"], midden: ["2028-07-08", "2028-08-20"], zuid: ["2028-07-22", "2028-09-03"] },
  },
  "2028-2029": {
    herfst: { noord: ["2028-10-14", "2028-10-22"], midden: ["2028-10-21", "2028-10-29"], zuid: ["2028-10-21", "2028-10-29"] },
    kerst: ["2028-12-23", "2029-01-07"],
    voorjaar: { noord: ["2029-02-17", "2029-02-25"], midden: ["2029-02-17", "2029-02-25"], zuid: ["2029-02-10", "2029-02-18"] },
    mei: ["2029-04-28", "2029-05-06"],
    zomer: { noord: ["2029-07-21", "2029-09-02"], midden: ["2029-07-07", "2029-08-19"], zuid: ["2029-07-14", "2029-08-26"] },
  },
  "2029-2030": {
    herfst: { noord: ["2029-10-20", "2029-10-28"], midden: ["2029-10-20", "2029-10-28"], zuid: ["2029-10-13", "2029-10-21"] },
    kerst: ["2029-12-22", "2030-01-06"],
    voorjaar: { noord: ["2030-02-16", "2030-02-24"], midden: ["2030-02-23", "2030-03-03"], zuid: ["2030-02-23", "2030-03-03"] },
    mei: ["2030-04-27", "2030-05-05"],
    zomer: { noord: ["2030-07-20", "2030-09-01"], midden: ["2030-07-13", "2030-08-25"], zuid: ["2030-07-06", "2030-08-18"] },
  },
};

/** The last school year in the table, for the "not known yet" question. */
export const LAST_KNOWN_SCHOOL_YEAR = Object.keys(TABLE).at(-1)!;

function civil(iso: string): CivilDate {
  const [year, month, day] = iso.split("-").map(Number);
  return { year, month, day };
}

const BY_REGION = new Map<SchoolRegion, SchoolHoliday[]>(
  SCHOOL_REGIONS.map((region) => {
    const list: SchoolHoliday[] = [];
    for (const [schoolYear, row] of Object.entries(TABLE)) {
      for (const kind of SCHOOL_HOLIDAY_KINDS) {
        const entry = row[kind];
        const [start, end] = "noord" in entry ? entry[region] : entry;
        list.push({ kind, schoolYear, start: civil(start), end: civil(end), advisory: kind === "herfst" || kind === "voorjaar" });
      }
    }
    return [region, list.sort((a, b) => a.start.year - b.start.year || a.start.month - b.start.month || a.start.day - b.start.day)];
  }),
);

/** Every known holiday of a region in date order; with `kind`, only that holiday. */
export function schoolHolidays(region: SchoolRegion, kind?: SchoolHolidayKind): readonly SchoolHoliday[] {
  const all = BY_REGION.get(region) ?? [];
  return kind ? all.filter((h) => h.kind === kind) : all;
}

/**
 * How people write the holidays: "kerstvakantie", "kerst vakantie", "kerstvak", "krokusvakantie"
 * (the voorjaarsvakantie in the south), small typos ("zomervakantei"), and English ("summer holidays").
 * `words` are folded (src/parse/text.ts fold); returns the kind and how many words it used.
 */
export function readHolidayWord(words: readonly string[], at: number): { kind: SchoolHolidayKind; length: number } | undefined {
  const first = words[at];
  if (!first) return undefined;
  const second = words[at + 1] ?? "";
  const english = ENGLISH_STEMS[first];
  if (english && /^(holidays?|break|vacation|half-?term)$/.test(second)) return { kind: english, length: 2 };
  // "kerst vakantie", "zomer vak": the second word joins the first.
  if (second && /^vak/.test(second)) {
    const joined = holidayKindOfWord(first + second);
    if (joined) return { kind: joined, length: 2 };
  }
  const single = holidayKindOfWord(first);
  return single ? { kind: single, length: 1 } : undefined;
}

const STEMS: [string, SchoolHolidayKind][] = [
  ["herfst", "herfst"],
  ["kerst", "kerst"],
  ["voorjaars", "voorjaar"],
  ["voorjaar", "voorjaar"],
  ["krokus", "voorjaar"],
  ["carnavals", "voorjaar"],
  ["carnaval", "voorjaar"],
  ["mei", "mei"],
  ["zomer", "zomer"],
];
const ENGLISH_STEMS: Record<string, SchoolHolidayKind> = {
  autumn: "herfst", fall: "herfst", christmas: "kerst", xmas: "kerst", spring: "voorjaar", may: "mei", summer: "zomer",
};
const CANONICAL = STEMS.map(([stem, kind]) => [`${stem}vakantie`, kind] as const);

function holidayKindOfWord(word: string): SchoolHolidayKind | undefined {
  if (word.length < 6) return undefined;
  for (const [stem, kind] of STEMS) {
    // "zomervak", "zomervakan", "kerstvakantie": the stem and (the start of) "vakantie".
    if (word.startsWith(stem)) {
      const rest = word.slice(stem.length);
      if (rest.length >= 3 && "vakantie".startsWith(rest)) return kind;
      if (rest === "vakantie" || rest === "vakanties") return kind;
    }
  }
  if (!word.includes("va")) return undefined;
  // A typo: the single nearest canonical word, and only when no other kind is as near
  // ("herstvakantie" is as near to kerst- as to herfstvakantie: not guessed).
  let best: SchoolHolidayKind | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const [canonical, kind] of CANONICAL) {
    if (!isNearWord(word, canonical)) continue;
    const distance = editDistance(word, canonical, 2);
    if (distance < bestDistance) {
      bestDistance = distance;
      tie = false;
      best = kind;
    } else if (distance === bestDistance && kind !== best) {
      tie = true;
    }
  }
  return tie ? undefined : best;
}
