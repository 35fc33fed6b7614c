import { describe, expect, it } from "vitest";
import { resolveDate, toInstant, localParts } from "../../src/parse/dates.ts";

/** Reference: Monday 23 November 2026, 10:00 in Amsterdam (09:00 UTC, winter time). */
const MONDAY = toInstant({ year: 2026, month: 11, day: 23 }, 10, 0);

function local(date: Date) {
  const p = localParts(date);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

describe("resolveDate: Dutch phrases become a future Europe/Amsterdam moment", () => {
  it.each([
    ["vrijdag", "2026-11-27 00:00"],
    ["Vrijdag", "2026-11-27 00:00"],
    ["deze vrijdag", "2026-11-27 00:00"],
    ["aanstaande vrijdag", "2026-11-27 00:00"],
    ["volgende week dinsdag", "2026-12-01 00:00"],
    ["dinsdag volgende week", "2026-12-01 00:00"],
    ["15 maart", "2027-03-15 00:00"],
    ["15 mrt", "2027-03-15 00:00"],
    ["over 2 weken", "2026-12-07 00:00"],
    ["over twee weken", "2026-12-07 00:00"],
    ["over 3 dagen", "2026-11-26 00:00"],
    ["over een maand", "2026-12-23 00:00"],
    ["eind april", "2027-04-30 00:00"],
    ["begin mei", "2027-05-01 00:00"],
    ["half december", "2026-12-15 00:00"],
    ["eind deze maand", "2026-11-30 00:00"],
    ["eind volgende maand", "2026-12-31 00:00"],
    ["morgen 9:00", "2026-11-24 09:00"],
    ["morgen om 14.30", "2026-11-24 14:30"],
    ["overmorgen", "2026-11-25 00:00"],
    ["vandaag 17:00", "2026-11-23 17:00"],
    ["2026-12-15", "2026-12-15 00:00"],
    ["15-3", "2027-03-15 00:00"],
    ["15/3", "2027-03-15 00:00"],
    ["1-12-2026", "2026-12-01 00:00"],
    ["3 december 2026", "2026-12-03 00:00"],
    ["tomorrow", "2026-11-24 00:00"],
    ["next week tuesday", "2026-12-01 00:00"],
  ])("%s → %s", (phrase, expected) => {
    const result = resolveDate(phrase, MONDAY);
    expect(result.kind).toBe("ok");
    if (result.kind === "ok") expect(local(result.date)).toBe(expected);
  });

  it.each([
    ["2026-03-15", /verleden/],
    ["1-1-2026", /verleden/],
    ["vandaag 8:00", /verleden/],
    ["maandag", /vandaag \(maandag 23 november\) of maandag 30 november/],
    ["volgende vrijdag", /vrijdag 27 november of vrijdag 4 december/],
    ["zaterdag 15 maart", /15 maart is een maandag, geen zaterdag/],
    ["volgende week", /Welke dag/],
  ])("%s is ambiguous or past: a question, not a guess", (phrase, question) => {
    const result = resolveDate(phrase, MONDAY);
    expect(result.kind).toBe("question");
    if (result.kind === "question") expect(result.question).toMatch(question);
  });

  it.each(["", "blabla", "30-2", "32 maart", "25:00", "🙂", "'; DROP TABLE Action; --"])("%j is not a date", (phrase) => {
    expect(resolveDate(phrase, MONDAY).kind).toBe("unreadable");
  });

  it("offers next year's date when a past date is typed", () => {
    const result = resolveDate("2026-03-15", MONDAY);
    expect(result.kind === "question" && result.options.map(local)).toEqual(["2027-03-15 00:00"]);
  });

  it("'volgende vrijdag' said on a Saturday is simply the coming Friday", () => {
    const saturday = toInstant({ year: 2026, month: 11, day: 28 }, 10, 0);
    const result = resolveDate("volgende vrijdag", saturday);
    expect(result.kind === "ok" && local(result.date)).toBe("2026-12-04 00:00");
  });
});

describe("resolveDate: common English phrases, for someone who chose /taal en (Amsterdam wall-clock)", () => {
  it.each([
    ["tomorrow at 10am", "2026-11-24 10:00"],
    ["tomorrow at 10", "2026-11-24 10:00"],
    ["tomorrow 3pm", "2026-11-24 15:00"],
    ["friday 7:30pm", "2026-11-27 19:30"],
    ["12 february 7:30pm", "2027-02-12 19:30"],
    ["next friday 3pm", "2026-12-04 15:00"],
    ["in 2 weeks", "2026-12-07 00:00"],
    ["the day after tomorrow", "2026-11-25 00:00"],
  ])("%s → %s", (phrase, expected) => {
    const result = resolveDate(phrase, MONDAY);
    expect(result.kind).toBe("ok");
    if (result.kind === "ok") expect(local(result.date)).toBe(expected);
  });

  it("'at 10am' in summer is 10:00 Amsterdam time (08:00 UTC), not 10:00 UTC", () => {
    const june = toInstant({ year: 2026, month: 6, day: 15 }, 8, 0);
    const result = resolveDate("tomorrow at 10am", june);
    expect(result.kind === "ok" && result.date.toISOString()).toBe("2026-06-16T08:00:00.000Z");
  });
});

describe("resolveDate across daylight saving (Amsterdam: 29 March and 25 October 2026)", () => {
  const beforeSpring = toInstant({ year: 2026, month: 3, day: 27 }, 12, 0); // Friday, CET
  const beforeAutumn = toInstant({ year: 2026, month: 10, day: 23 }, 12, 0); // Friday, CEST

  it("'maandag 9:00' after the spring switch is 09:00 local = 07:00 UTC", () => {
    const result = resolveDate("maandag 9:00", beforeSpring);
    expect(result.kind).toBe("ok");
    if (result.kind === "ok") {
      expect(local(result.date)).toBe("2026-03-30 09:00");
      expect(result.date.toISOString()).toBe("2026-03-30T07:00:00.000Z");
    }
  });

  it("'morgen 9:00' on the eve of the switch keeps 09:00 wall-clock", () => {
    const saturday = toInstant({ year: 2026, month: 3, day: 28 }, 12, 0);
    const result = resolveDate("morgen 9:00", saturday);
    expect(result.kind === "ok" && result.date.toISOString()).toBe("2026-03-29T07:00:00.000Z");
  });

  it("'maandag 9:00' after the autumn switch is 09:00 local = 08:00 UTC", () => {
    const result = resolveDate("maandag 9:00", beforeAutumn);
    expect(result.kind === "ok" && result.date.toISOString()).toBe("2026-10-26T08:00:00.000Z");
  });

  it("'over 1 week' across the switch lands on the same local midnight", () => {
    const result = resolveDate("over 1 week", beforeAutumn);
    expect(result.kind === "ok" && local(result.date)).toBe("2026-10-30 00:00");
  });
});

describe("date questions in the reader's language", () => {
  it.each([
    ["volgende vrijdag", "Do you mean Friday 27 November or Friday 4 December?"],
    ["maandag", "Do you mean today (Monday 23 November) or Monday 30 November?"],
    ["2026-03-15", "Sunday 15 March 2026 is in the past. Do you mean Monday 15 March 2027?"],
    ["zaterdag 15 maart", "15 March is a Monday, not a Saturday. Which day do you mean?"],
  ])("%s → %s", (phrase, english) => {
    const result = resolveDate(phrase, MONDAY);
    expect(result.kind === "question" && result.ask("en")).toBe(english);
    expect(result.kind === "question" && result.ask("nl")).toBe(result.kind === "question" && result.question);
  });
});
