import { describe, expect, it } from "vitest";
import { resolveDate } from "../../src/parse/dates.ts";
import { toInstant, localParts } from "../../src/time/amsterdam.ts";

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
    // (thirty-seventh session) the day of the month said on that very day; the start of next year, no day said
    ["de 23e", /vandaag \(maandag 23 november\) of woensdag 23 december/],
    ["begin volgend jaar", /Welke dag begin 2027/],
  ])("%s is ambiguous or past: a question, not a guess", (phrase, question) => {
    const result = resolveDate(phrase, MONDAY);
    expect(result.kind).toBe("question");
    if (result.kind === "question") expect(result.question).toMatch(question);
  });

  it.each(["", "blabla", "32 maart", "15-13", "25:00", "🙂", "'; DROP TABLE Action; --"])("%j is not a date", (phrase) => {
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

  it.each([
    ["de eerste maandag van december", "2026-12-07 00:00"],
    ["de laatste vrijdag van januari", "2027-01-29 00:00"],
    ["the second tuesday of march", "2027-03-09 00:00"],
    ["de eerste maandag van november", "2027-11-01 00:00"],
    ["de 2e donderdag van februari", "2027-02-11 00:00"],
    ["the 3rd friday of may", "2027-05-21 00:00"],
  ])("'%s' is that weekday of that month, the next one still ahead", (phrase, expected) => {
    const result = resolveDate(phrase, MONDAY);
    expect(result.kind === "ok" && local(result.date)).toBe(expected);
  });

  it("'volgende maandag' said on a Monday is asked: a week from today or the Monday after", () => {
    const result = resolveDate("volgende maandag", MONDAY);
    expect(result.kind === "question" && result.options.map(local)).toEqual(["2026-11-30 00:00", "2026-12-07 00:00"]);
  });
});

describe("resolveDate: common English phrases, for someone who chose /taal en (Amsterdam wall-clock)", () => {
  it.each([
    ["tomorrow at 10am", "2026-11-24 10:00"],
    ["tomorrow at 10", "2026-11-24 10:00"],
    ["tomorrow 3pm", "2026-11-24 15:00"],
    ["friday 7:30pm", "2026-11-27 19:30"],
    ["12 february 7:30pm", "2027-02-12 19:30"],
    ["next week friday 3pm", "2026-12-04 15:00"],
    ["in 2 weeks", "2026-12-07 00:00"],
    ["the day after tomorrow", "2026-11-25 00:00"],
  ])("%s → %s", (phrase, expected) => {
    const result = resolveDate(phrase, MONDAY);
    expect(result.kind).toBe("ok");
    if (result.kind === "ok") expect(local(result.date)).toBe(expected);
  });

  it("'next friday 3pm' said on a Monday is asked, as 'volgende vrijdag' is: this week's or the next one, both at 15:00", () => {
    const result = resolveDate("next friday 3pm", MONDAY);
    expect(result.kind).toBe("question");
    if (result.kind === "question") expect(result.options.map(local)).toEqual(["2026-11-27 15:00", "2026-12-04 15:00"]);
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

const at = (year: number, month: number, day: number, hour = 10, minute = 0) => toInstant({ year, month, day }, hour, minute);

function expectOk(phrase: string, now: Date, expected: string) {
  const result = resolveDate(phrase, now);
  expect(result.kind, `${phrase}: ${result.kind === "question" ? result.question : ""}`).toBe("ok");
  if (result.kind === "ok") expect(local(result.date)).toBe(expected);
}

describe("resolveDate: more Dutch phrases (issue 11 item 7)", () => {
  it.each([
    // the next 20th of a month; a past 20th does not count (today's is asked, above)
    ["de 20e", "2026-12-20 00:00"],
    ["de 20ste", "2026-12-20 00:00"],
    ["op de 20e", "2026-12-20 00:00"],
    ["the 20th", "2026-12-20 00:00"],
    ["de 24e", "2026-11-24 00:00"],
    ["de 31e", "2026-12-31 00:00"],
    // that day of next month or of this one ("de 20e van volgende maand")
    ["de 20e van volgende maand", "2026-12-20 00:00"],
    ["de 5e van de volgende maand", "2026-12-05 00:00"],
    ["de 28e van deze maand", "2026-11-28 00:00"],
    ["the 20th of next month", "2026-12-20 00:00"],
    ["half maart", "2027-03-15 00:00"],
    ["begin volgende maand", "2026-12-01 00:00"],
    // (thirty-seventh session) words of saying it before the day
    ["maar op 20 december", "2026-12-20 00:00"],
    ["dan maar naar 20 december", "2026-12-20 00:00"],
    ["begin van volgende maand", "2026-12-01 00:00"],
    ["eind van de volgende maand", "2026-12-31 00:00"],
    ["end of next month", "2026-12-31 00:00"],
    ["voor de kerst", "2026-12-24 00:00"],
    ["vóór kerst", "2026-12-24 00:00"],
    ["over een jaar", "2027-11-23 00:00"],
    ["1e mei", "2027-05-01 00:00"],
    ["march 15th", "2027-03-15 00:00"],
    ["tot vrijdag", "2026-11-27 00:00"],
    ["t/m vrijdag", "2026-11-27 00:00"],
  ])("%s → %s", (phrase, expected) => expectOk(phrase, MONDAY, expected));

  it.each([
    ["morgen 10u", "2026-11-24 10:00"],
    ["morgen 10u30", "2026-11-24 10:30"],
    ["morgen 10 uur", "2026-11-24 10:00"],
    ["morgen om 10", "2026-11-24 10:00"],
    ["morgen half 9", "2026-11-24 08:30"],
    ["morgen om half negen", "2026-11-24 08:30"],
    ["morgen half een", "2026-11-24 12:30"],
    // An hour from 1 to 6 without "'s nachts"/"'s ochtends" or a leading zero is in the afternoon.
    ["morgen kwart over 3", "2026-11-24 15:15"],
    ["morgen kwart voor 3", "2026-11-24 14:45"],
    ["morgen om 3 uur", "2026-11-24 15:00"],
    ["morgen half 4", "2026-11-24 15:30"],
    ["morgen 's nachts om 3 uur", "2026-11-24 03:00"],
    ["morgen 03:00", "2026-11-24 03:00"],
    ["morgen om 6 uur 's ochtends", "2026-11-24 06:00"],
    ["morgen 3 uur 's middags", "2026-11-24 15:00"],
    ["vrijdag 8 uur 's avonds", "2026-11-27 20:00"],
    ["vrijdag om tien uur", "2026-11-27 10:00"],
    ["15/1 om 10u", "2027-01-15 10:00"],
    ["over 2 uur", "2026-11-23 12:00"],
    ["over een kwartier", "2026-11-23 10:15"],
    ["over een half uur", "2026-11-23 10:30"],
  ])("times: %s → %s", (phrase, expected) => {
    const result = resolveDate(phrase, MONDAY);
    expect(result.kind === "ok" && [local(result.date), result.hasTime]).toEqual([expected, true]);
  });

  it("'vrijdag de 13e' is the next 13th when that is a Friday", () => {
    expectOk("vrijdag de 13e", at(2026, 11, 2), "2026-11-13 00:00");
    expectOk("friday the 13th", at(2026, 11, 2), "2026-11-13 00:00");
  });

  it("'vrijdag de 13e' is the next Friday the 13th when that is within about three months", () => {
    expectOk("vrijdag de 13e", at(2026, 1, 5), "2026-02-13 00:00");
  });

  it("'vrijdag de 13e' asks when the next Friday the 13th is months away, offering it and the next 13th", () => {
    const result = resolveDate("vrijdag de 13e", MONDAY);
    expect(result.kind).toBe("question");
    if (result.kind !== "question") return;
    expect(result.question).toBe("13 december is een zondag, geen vrijdag. Welke dag bedoel je?");
    expect(result.ask("en")).toBe("13 December is a Sunday, not a Friday. Which day do you mean?");
    expect(result.options.map(local)).toEqual(["2026-12-13 00:00", "2027-08-13 00:00"]);
  });

  it("ordinals beyond a month's length skip to the next month that has them", () => {
    expectOk("de 31e", at(2027, 4, 5), "2027-05-31 00:00");
    expectOk("de 30e", at(2027, 2, 1), "2027-03-30 00:00");
    expect(resolveDate("de 32e", MONDAY).kind).toBe("unreadable");
  });
});

describe("impossible dates ask for the end of the month or the 1st of the next, never roll or fail silently", () => {
  it.each([
    ["31 april", "31 april bestaat niet. Bedoel je vrijdag 30 april of zaterdag 1 mei?", ["2027-04-30 00:00", "2027-05-01 00:00"]],
    ["31/4", "31 april bestaat niet. Bedoel je vrijdag 30 april of zaterdag 1 mei?", ["2027-04-30 00:00", "2027-05-01 00:00"]],
    ["31-4-2027", "31 april bestaat niet. Bedoel je vrijdag 30 april of zaterdag 1 mei?", ["2027-04-30 00:00", "2027-05-01 00:00"]],
    ["30 februari", "30 februari bestaat niet. Bedoel je zondag 28 februari of maandag 1 maart?", ["2027-02-28 00:00", "2027-03-01 00:00"]],
    ["30-2", "30 februari bestaat niet. Bedoel je zondag 28 februari of maandag 1 maart?", ["2027-02-28 00:00", "2027-03-01 00:00"]],
    ["31 februari", "31 februari bestaat niet. Bedoel je zondag 28 februari of maandag 1 maart?", ["2027-02-28 00:00", "2027-03-01 00:00"]],
    ["29 februari", "29 februari 2027 bestaat niet. Bedoel je zondag 28 februari of maandag 1 maart?", ["2027-02-28 00:00", "2027-03-01 00:00"]],
    ["31 juni 14:00", "31 juni bestaat niet. Bedoel je woensdag 30 juni of donderdag 1 juli?", ["2027-06-30 14:00", "2027-07-01 14:00"]],
  ])("%s", (phrase, question, options) => {
    const result = resolveDate(phrase, MONDAY);
    expect(result.kind).toBe("question");
    if (result.kind !== "question") return;
    expect(result.question).toBe(question);
    expect(result.options.map(local)).toEqual(options);
  });

  it("in the reader's language", () => {
    const result = resolveDate("31 april", MONDAY);
    expect(result.kind === "question" && result.ask("en")).toBe("31 April does not exist. Do you mean Friday 30 April or Saturday 1 May?");
  });

  it("29 februari in a leap year is simply that day", () => {
    expectOk("29 februari", at(2027, 11, 1), "2028-02-29 00:00");
  });

  it("this year's end of the month while it is still to come", () => {
    const result = resolveDate("31 november", MONDAY);
    expect(result.kind === "question" && result.options.map(local)).toEqual(["2026-11-30 00:00", "2026-12-01 00:00"]);
  });
});

describe("a past day without a year asks; only a date clearly behind us (more than 61 days) means next year", () => {
  const jan5 = at(2027, 1, 5);

  it.each(["3 januari", "3-1", "3/1", "januari 3", "zaterdag 3 januari"])("on 5 January, %s asks whether 3 January 2028 is meant", (phrase) => {
    const result = resolveDate(phrase, jan5);
    expect(result.kind).toBe("question");
    if (result.kind !== "question") return;
    expect(result.question).toBe("zondag 3 januari 2027 ligt in het verleden. Bedoel je maandag 3 januari 2028?");
    expect(result.options.map(local)).toEqual(["2028-01-03 00:00"]);
  });

  it("on 5 January, 18 december passed 18 days ago: asked, with next December offered", () => {
    const result = resolveDate("18 december", jan5);
    expect(result.kind).toBe("question");
    if (result.kind === "question") expect(result.options.map(local)).toEqual(["2027-12-18 00:00"]);
  });

  it("on 5 January, 5 januari is today and 10 november is this year's", () => {
    expectOk("5 januari", jan5, "2027-01-05 00:00");
    expectOk("10 november", jan5, "2027-11-10 00:00");
  });

  it("'15 maart' typed in November means next March, without a question", () => {
    expectOk("15 maart", MONDAY, "2027-03-15 00:00");
  });

  it("the 61-day edge: on 15 May, 15 maart (61 days ago) asks, 14 maart (62 days ago) is next year", () => {
    const may15 = at(2027, 5, 15);
    const asked = resolveDate("15 maart", may15);
    expect(asked.kind === "question" && asked.options.map(local)).toEqual(["2028-03-15 00:00"]);
    expectOk("14 maart", may15, "2028-03-14 00:00");
    expectOk("14-3", may15, "2028-03-14 00:00");
  });

  it("a typed year in the past asks for the next one still to come", () => {
    const result = resolveDate("2026-03-15", MONDAY);
    expect(result.kind === "question" && result.options.map(local)).toEqual(["2027-03-15 00:00"]);
  });
});

describe("week numbers, as Dutch planning uses them (ISO weeks)", () => {
  it.each([
    ["begin week 12", "2027-03-22 00:00"],
    ["eind week 49", "2026-12-04 00:00"],
    ["vrijdag van week 50", "2026-12-11 00:00"],
    ["maandag in week 53", "2026-12-28 00:00"],
    ["begin week 3 van 2027", "2027-01-18 00:00"],
  ])("'%s' is %s", (phrase, expected) => {
    expectOk(phrase, MONDAY, expected);
  });

  it("the week alone asks: its Monday or its Friday ('in week 12', 'week 53')", () => {
    const asked = (phrase: string, now = MONDAY) => {
      const r = resolveDate(phrase, now);
      return r.kind === "question" ? [r.question, r.options.map(local)] : r.kind;
    };
    expect(asked("in week 12")).toEqual(["Bedoel je maandag 22 maart of vrijdag 26 maart?", ["2027-03-22 00:00", "2027-03-26 00:00"]]);
    expect(asked("week 53")).toEqual(["Bedoel je maandag 28 december of vrijdag 1 januari?", ["2026-12-28 00:00", "2027-01-01 00:00"]]);
    // Said later in that week: from today, not next year.
    expect(asked("in week 48", at(2026, 11, 25))).toEqual(["Bedoel je woensdag 25 november of vrijdag 27 november?", ["2026-11-25 00:00", "2026-11-27 00:00"]]);
  });

  it("a week that does not exist is unreadable ('week 53 van 2027', 'week 0')", () => {
    expect(resolveDate("week 53 van 2027", MONDAY).kind).toBe("unreadable");
    expect(resolveDate("week 0", MONDAY).kind).toBe("unreadable");
  });
});

describe("the year and the public holidays around Easter", () => {
  it.each([
    ["eind van het jaar", "2026-12-31 00:00"],
    ["half volgend jaar", "2027-07-01 00:00"],
    ["halverwege maart", "2027-03-15 00:00"],
    ["over anderhalve week", "2026-12-03 00:00"],
    // Easter 2027 is 28 March.
    ["voor pasen", "2027-03-26 00:00"],
    ["na pasen", "2027-03-30 00:00"],
    ["na de paasdagen", "2027-03-30 00:00"],
    ["voor pinksteren", "2027-05-14 00:00"],
    ["na pinksteren", "2027-05-18 00:00"],
    ["voor hemelvaart", "2027-05-05 00:00"],
    ["na het hemelvaartweekend", "2027-05-10 00:00"],
    // Koningsdag 2027 is Tuesday 27 April.
    ["voor koningsdag", "2027-04-26 00:00"],
    ["na koningsdag", "2027-04-28 00:00"],
  ])("'%s' is %s", (phrase, expected) => {
    expectOk(phrase, MONDAY, expected);
  });

  it("a holiday's name alone is no date ('pasen')", () => {
    expect(resolveDate("pasen", MONDAY).kind).toBe("unreadable");
  });
});

describe("deadlines and reminders only from today to 10 years ahead (issue 12 item 9)", () => {
  const tooFar = "Dat is meer dan 10 jaar vooruit. Kies een datum binnen 10 jaar.";
  const longAgo = "Die datum ligt te ver in het verleden. Kies een datum vanaf vandaag.";

  it.each([
    ["31-12-9999", tooFar],
    ["9999-12-31", tooFar],
    ["31 december 9999", tooFar],
    ["15-3-2040", tooFar],
    ["over 100000 weken", tooFar],
    ["over 99999999999999999999 dagen", tooFar],
    ["in 100000 weeks", tooFar],
    ["over 11 jaar", tooFar],
    ["over 121 maanden", tooFar],
    ["1-1-0001", longAgo],
    ["0001-01-01", longAgo],
    ["1-1-01", longAgo],
    ["15 maart 2025", longAgo],
  ])("%s is refused with a reason (a question without options)", (phrase, message) => {
    const result = resolveDate(phrase, MONDAY);
    expect(result.kind).toBe("question");
    if (result.kind !== "question") return;
    expect(result.options).toEqual([]);
    expect(result.question).toBe(message);
  });

  it("the refusal in English", () => {
    const result = resolveDate("over 100000 weken", MONDAY);
    expect(result.kind === "question" && result.ask("en")).toBe("That is more than 10 years ahead. Choose a date within 10 years.");
  });

  it("exactly 10 years ahead is still fine", () => {
    expectOk("over 10 jaar", MONDAY, "2036-11-23 00:00");
    expectOk("23-11-2036", MONDAY, "2036-11-23 00:00");
    expect(resolveDate("24-11-2036", MONDAY).kind).toBe("question");
  });

  it("no phrase ever yields a moment outside [now, now + 10 years]", () => {
    const phrases = [
      "31 februari", "30-2", "31/4", "over 100000 weken", "year 1", "1-1-1", "9999", "31-12-9999 23:59", "over 3650 dagen", "over 3653 dagen",
      "vrijdag de 13e", "de 31e", "29 februari", "na de zomervakantie", "voor de kerstvakantie", "in 500 months", "next friday 3pm",
      "12 february 7:30pm", "tomorrow at 10am", "3 januari", "morgen om 25 uur", "over 2 uur", "31 december", "de 13e",
    ];
    const max = at(2036, 11, 23, 23, 59).getTime();
    for (const phrase of phrases) {
      const result = resolveDate(phrase, MONDAY);
      const moments = result.kind === "ok" ? [result.date] : result.kind === "question" ? result.options : [];
      for (const moment of moments) {
        expect(moment.getTime(), phrase).toBeGreaterThanOrEqual(MONDAY.getTime() - 10 * 3_600_000);
        expect(moment.getTime(), phrase).toBeLessThanOrEqual(max);
      }
    }
  });
});

describe("times across daylight saving", () => {
  it("'morgen half 9' on the eve of the spring switch is 08:30 CEST = 06:30 UTC", () => {
    const result = resolveDate("morgen half 9", at(2026, 3, 28, 12));
    expect(result.kind === "ok" && result.date.toISOString()).toBe("2026-03-29T06:30:00.000Z");
  });

  it("'zondag 10u' in the autumn switch week is 10:00 CET = 09:00 UTC", () => {
    const result = resolveDate("zondag 10u", at(2026, 10, 23, 12));
    expect(result.kind === "ok" && result.date.toISOString()).toBe("2026-10-25T09:00:00.000Z");
  });
});

describe("a month alone", () => {
  it("asks for its first or its last day ('augustus', 'in maart 2027')", () => {
    const r = resolveDate("augustus", MONDAY);
    expect(r.kind === "question" && [r.question, r.options.map(local)]).toEqual(["Bedoel je zondag 1 augustus of dinsdag 31 augustus?", ["2027-08-01 00:00", "2027-08-31 00:00"]]);
  });
});

describe("resolveDate: a part of the day with the day", () => {
  const now = new Date("2026-01-11T20:40:00Z"); // Sunday 21:40 in Amsterdam
  it.each([
    ["morgenavond om 10", "2026-01-12T21:00:00.000Z"],
    ["tomorrow evening at 9", "2026-01-12T20:00:00.000Z"],
    ["vrijdagmiddag om 3", "2026-01-16T14:00:00.000Z"],
    ["morgenochtend om 9", "2026-01-12T08:00:00.000Z"],
  ])("%j → %s", (text, iso) => {
    const r = resolveDate(text, now);
    expect(r.kind === "ok" ? r.date.toISOString() : r.kind).toBe(iso);
  });

  it("'evening tomorrow at 10' is no reading (chrono would drop 'tomorrow' and give tonight 22:00)", () => {
    expect(resolveDate("evening tomorrow at 10", now).kind).toBe("unreadable");
  });
});

describe("resolveDate: a number of days or weeks before or after a school holiday (thirty-first session)", () => {
  const now = new Date("2026-01-05T08:00:00Z");
  it.each([
    ["2 weken na de meivakantie", "2026-05-18"],
    ["een week voor de zomervakantie", "2026-06-26"],
    ["3 dagen na de kerstvakantie", "2026-01-08"],
  ])("'%s' is %s (noord)", (text, day) => {
    const r = resolveDate(text, now, { region: "noord" });
    expect(r.kind).toBe("ok");
    if (r.kind === "ok") expect(new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Amsterdam" }).format(r.date)).toBe(day);
  });
});

describe("resolveDate: the last school day before a holiday, the first after it, and the words of asking (thirty-second session)", () => {
  const now = new Date("2026-01-05T08:00:00Z");
  it.each([
    ["de laatste schooldag voor de zomervakantie", "2026-07-03"],
    ["op de laatste dag voor de meivakantie", "2026-04-24"],
    ["de eerste schooldag na de meivakantie", "2026-05-04"],
    ["19 juni erbij graag", "2026-06-19"],
    ["vrijdag 13 februari aub", "2026-02-13"],
  ])("'%s' is %s (noord)", (text, day) => {
    const r = resolveDate(text, now, { region: "noord" });
    expect(r.kind).toBe("ok");
    if (r.kind === "ok") expect(new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Amsterdam" }).format(r.date)).toBe(day);
  });
});
