import { describe, expect, it } from "vitest";
import ical from "node-ical";
import { renderIcsFeed } from "../../src/render/ics-feed.ts";
import type { IcsFeed } from "../../src/services/get-ics-feed.ts";
import { toInstant } from "../../src/time/amsterdam.ts";

const now = new Date("2026-01-12T08:00:00Z");
const feed: IcsFeed = {
  wijkName: "Lewenborg",
  deadlines: [
    { actionId: "a1", title: "Watertappunt", deadline: toInstant({ year: 2026, month: 1, day: 30 }), status: "bezig", lastActivityAt: now, pillarName: "Kansrijk" },
    { actionId: "a2", title: "Offerte", deadline: toInstant({ year: 2026, month: 2, day: 2 }, 14, 0), status: "gepland", lastActivityAt: now, pillarName: null },
  ],
  meetings: [{ meetingId: "m1", startsAt: toInstant({ year: 2026, month: 1, day: 19 }, 15, 30), endsAt: toInstant({ year: 2026, month: 1, day: 19 }, 17, 30), place: "Wijkcentrum", agenda: ["Opening", "Begroting"] }],
};

function events(text: string): ical.VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((e) => e?.type === "VEVENT") as ical.VEvent[];
}

describe("renderIcsFeed", () => {
  it("writes each deadline and meeting as an event with a UID from its row id, and ends every line with CRLF", () => {
    const text = renderIcsFeed(feed, { now, link: (id) => `https://wijk.example/acties/${id}` });
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    expect(text).toContain("X-WR-CALNAME:wijkbot Lewenborg");
    const [water, offerte, meeting] = ["deadline-a1@wijkbot", "deadline-a2@wijkbot", "vergadering-m1@wijkbot"].map((uid) => events(text).find((e) => e.uid === uid)!);
    expect(water.summary).toBe("Deadline: Watertappunt");
    expect(water.description).toBe("Pijler: Kansrijk\nStatus: bezig");
    expect(text).toContain("URL;VALUE=URI:https://wijk.example/acties/a1");
    expect(offerte.description).toBe("Status: gepland");
    expect(meeting.summary).toBe("Vergadering Lewenborg");
    expect(meeting.location).toBe("Wijkcentrum");
    expect(meeting.description).toBe("Agenda:\n1. Opening\n2. Begroting");
    expect(meeting.end!.toISOString()).toBe("2026-01-19T16:30:00.000Z");
  });

  it("makes a deadline without a time of day an all-day event on its Amsterdam date, one with a time half an hour long", () => {
    const text = renderIcsFeed(feed, { now });
    expect(text).toContain("DTSTART;VALUE=DATE:20260130");
    const offerte = events(text).find((e) => e.uid === "deadline-a2@wijkbot")!;
    expect(offerte.start.toISOString()).toBe("2026-02-02T13:00:00.000Z");
    expect(offerte.end!.toISOString()).toBe("2026-02-02T13:30:00.000Z");
  });

  it("writes its words in the language asked for: English for an English reader, Dutch by default", () => {
    const text = renderIcsFeed(feed, { now, lang: "en" });
    expect(text).toContain("X-WR-CALDESC:Deadlines and meetings of Lewenborg");
    expect(text).toContain("PRODID:-//wijkbot//overzicht//EN");
    const [water, meeting] = ["deadline-a1@wijkbot", "vergadering-m1@wijkbot"].map((uid) => events(text).find((e) => e.uid === uid)!);
    expect(water.summary).toBe("Deadline: Watertappunt");
    expect(water.description).toBe("Pillar: Kansrijk\nStatus: in progress");
    expect(meeting.summary).toBe("Meeting Lewenborg");
    expect(meeting.description).toBe("Agenda:\n1. Opening\n2. Begroting");
    expect(renderIcsFeed(feed, { now })).toContain("X-WR-CALDESC:Deadlines en vergaderingen van Lewenborg");
  });
});
