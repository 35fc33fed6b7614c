import { describe, expect, it } from "vitest";
import { renderCheckIn, renderCheckInAnswer, renderCheckInItems, renderCheckInReminder, renderCheckInSummary } from "../../src/render/check-in.ts";
import { dutch, translator } from "../../src/i18n/index.ts";
import type { CheckInList } from "../../src/check-in/check-in-items.ts";

/** Monday 1 June 2026, 09:00 in Amsterdam. */
const now = new Date("2026-06-01T07:00:00Z");
const t = translator("nl");
const check: CheckInList = {
  lang: "nl",
  year: 2026,
  items: [
    { n: 1, title: "Eén wijkwebsite", deadline: new Date("2026-07-30T22:00:00Z") },
    { n: 2, title: "Ouderbetrokkenheid", deadline: null },
  ],
};

describe("renderCheckInItems", () => {
  it("numbers the actions, with a deadline where given", () => {
    expect(renderCheckInItems(check.items, t, "nl", now).split("\n")).toEqual([
      dutch("checkin.item", { n: 1, title: "Eén wijkwebsite", deadline: " (vr 31 jul)" }),
      dutch("checkin.item", { n: 2, title: "Ouderbetrokkenheid", deadline: "" }),
    ]);
  });
});

describe("renderCheckIn and renderCheckInReminder", () => {
  it("asks with the year, the list and an example answer; the reminder says it is still open", () => {
    const list = renderCheckInItems(check.items, t, "nl", now);
    const example = dutch("checkin.example");
    expect(renderCheckIn(check, t, "nl", now)).toBe(dutch("checkin.dm", { year: 2026, list, example }));
    expect(renderCheckInReminder(check, t, "nl", now)).toBe(dutch("checkin.reminder", { year: 2026, list, example }));
  });

  it("writes in the language it is given", () => {
    expect(renderCheckIn(check, translator("en"), "en", now)).toMatch(/^🧭 \*Mid-year check 2026\*/);
  });
});

describe("renderCheckInAnswer", () => {
  it("says what was noted, then the numbers still missing or that the check is complete", () => {
    const noted = [{ n: 2, title: "Ouderbetrokkenheid", verdict: "loopt-achter" as const }];
    expect(renderCheckInAnswer({ noted, missing: [1] }, t)).toBe(
      `${dutch("checkin.noted", { list: `2. Ouderbetrokkenheid: ${dutch("verdict.loopt-achter")}` })}\n${dutch("checkin.missing", { numbers: "1" })}`,
    );
    expect(renderCheckInAnswer({ noted, missing: [] }, t).split("\n")[1]).toBe(dutch("checkin.complete"));
  });
});

describe("renderCheckInSummary", () => {
  it("tells the coördinator who answered and each action's verdict", () => {
    const summary = { personId: "c1", lang: "nl", name: "Youssef", items: [{ title: "Eén wijkwebsite", verdict: "stoppen" as const }] };
    expect(renderCheckInSummary(summary, t)).toBe(
      dutch("checkin.summary", { name: "Youssef", list: dutch("checkin.summaryLine", { title: "Eén wijkwebsite", verdict: dutch("verdict.stoppen") }) }),
    );
  });
});
