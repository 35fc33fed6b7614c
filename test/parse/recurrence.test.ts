import { describe, expect, it } from "vitest";
import { describeRecurrence, nextOccurrence, occurrencesBetween, parseRecurrence } from "../../src/parse/recurrence.ts";
import { localParts, toInstant } from "../../src/time/amsterdam.ts";
import { translator } from "../../src/i18n/index.ts";

const local = (d: Date) => {
  const p = localParts(d);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")} ${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`;
};

describe("parseRecurrence: recurring moments in Dutch", () => {
  it.each([
    ["elke maandag 9:00", "elke maandag om 09:00"],
    ["elke maandag om 9.30 uur", "elke maandag om 09:30"],
    ["iedere vrijdag", "elke vrijdag om 09:00"],
    ["elke dag 8:30", "elke dag om 08:30"],
    ["elke werkdag", "elke werkdag om 09:00"],
    ["elke eerste dinsdag van de maand", "elke eerste dinsdag van de maand om 09:00"],
    ["Elke laatste vrijdag van de maand 16:00", "elke laatste vrijdag van de maand om 16:00"],
    ["elke 15e van de maand", "elke 15e van de maand om 09:00"],
    // an hour from 1 to 6 is in the afternoon, as in one-off dates; a leading zero or a morning word keeps it early
    ["elke vrijdag om 3 uur", "elke vrijdag om 15:00"],
    ["elke vrijdag om 3:00", "elke vrijdag om 15:00"],
    ["elke donderdag half 4", "elke donderdag om 15:30"],
    ["elke maandag om 05:30", "elke maandag om 05:30"],
    ["elke ochtend om 6 uur", "elke dag om 06:00"],
  ])("reads %j", (text, described) => {
    const rule = parseRecurrence(text);
    expect(rule).toBeDefined();
    expect(describeRecurrence(rule!)).toBe(described);
  });

  it.each(["morgen 9:00", "elke", "elke blauwe maandag", "elke maandag 25:00", "elke vijfde dinsdag van de maand"])("does not guess at %j", (text) => {
    expect(parseRecurrence(text)).toBeUndefined();
  });
});

describe("parseRecurrence: the same moments in English, for someone who chose /taal en", () => {
  it.each([
    ["every monday 9:00", "elke maandag om 09:00", "every Monday at 09:00"],
    ["every Monday at 9am", "elke maandag om 09:00", "every Monday at 09:00"],
    ["every monday at 9:30pm", "elke maandag om 21:30", "every Monday at 21:30"],
    ["each day 8:30", "elke dag om 08:30", "every day at 08:30"],
    ["every weekday", "elke werkdag om 09:00", "every working day at 09:00"],
    ["every working day at 7:45", "elke werkdag om 07:45", "every working day at 07:45"],
    ["every first tuesday of the month", "elke eerste dinsdag van de maand om 09:00", "every first Tuesday of the month at 09:00"],
    ["every last Friday of the month 16:00", "elke laatste vrijdag van de maand om 16:00", "every last Friday of the month at 16:00"],
    ["every 15th of the month", "elke 15e van de maand om 09:00", "on day 15 of every month at 09:00"],
    ["every month on the 1st", "elke 1e van de maand om 09:00", "on day 1 of every month at 09:00"],
  ])("reads %j, repeated back in Dutch and in English", (text, dutch, english) => {
    const rule = parseRecurrence(text);
    expect(rule).toBeDefined();
    expect(describeRecurrence(rule!)).toBe(dutch);
    expect(describeRecurrence(rule!, translator("en"))).toBe(english);
  });

  it.each(["every", "every blue moon", "every monday 13pm", "every fifth tuesday of the month"])("does not guess at %j", (text) => {
    expect(parseRecurrence(text)).toBeUndefined();
  });
});

describe("nextOccurrence: Europe/Amsterdam wall-clock", () => {
  it("finds the first Tuesday of the next month", () => {
    const rule = parseRecurrence("elke eerste dinsdag van de maand")!;
    expect(local(nextOccurrence(rule, toInstant({ year: 2026, month: 1, day: 7 }, 12)))).toBe("2026-02-03 09:00");
    expect(local(nextOccurrence(rule, toInstant({ year: 2026, month: 2, day: 3 }, 8)))).toBe("2026-02-03 09:00");
  });

  it("keeps 09:00 on both sides of the daylight-saving switches", () => {
    const rule = parseRecurrence("elke maandag 9:00")!;
    const times = occurrencesBetween(rule, toInstant({ year: 2026, month: 3, day: 23 }, 9), toInstant({ year: 2026, month: 3, day: 20 }), toInstant({ year: 2026, month: 11, day: 3 }));
    expect(times.map(local)).toContain("2026-03-30 09:00");
    expect(times.map(local)).toContain("2026-10-26 09:00");
    expect(times.every((t) => local(t).endsWith(" 09:00"))).toBe(true);
    // Winter (UTC+1) and summer (UTC+2) give different UTC hours for the same local time.
    expect(times[0].getUTCHours()).toBe(8);
    expect(times[1].getUTCHours()).toBe(7);
  });

  it("uses the last day for the 31st in a short month", () => {
    const rule = parseRecurrence("elke 31e van de maand")!;
    expect(local(nextOccurrence(rule, toInstant({ year: 2026, month: 2, day: 1 })))).toBe("2026-02-28 09:00");
  });

  it("skips weekends for werkdag", () => {
    const rule = parseRecurrence("elke werkdag 8:00")!;
    expect(local(nextOccurrence(rule, toInstant({ year: 2026, month: 1, day: 9 }, 9)))).toBe("2026-01-12 08:00");
  });
});

describe("parseRecurrence: a quarter past or to the hour (thirty-second session)", () => {
  it.each([
    ["elke woensdag om kwart over 3", { kind: "weekly", weekday: 3, hour: 15, minute: 15 }],
    ["iedere maandag om kwart voor 9", { kind: "weekly", weekday: 1, hour: 8, minute: 45 }],
    ["elke vrijdag om half 4", { kind: "weekly", weekday: 5, hour: 15, minute: 30 }],
  ])("'%s' is %o", (text, rule) => {
    expect(parseRecurrence(text)).toEqual(rule);
  });
});
