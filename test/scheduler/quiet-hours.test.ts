import { describe, expect, it } from "vitest";
import { nextAllowedMoment } from "../../src/scheduler/quiet-hours.ts";
import { readScheduleSettings } from "../../src/scheduler/settings.ts";
import { planDeadlineReminders } from "../../src/services/plan-deadline-reminders.ts";
import { at, local } from "./helpers.ts";

const defaults = readScheduleSettings("{}");
const quiet = defaults.quietHours;

describe("nextAllowedMoment: quiet hours 20:00–08:00 and weekends by default", () => {
  it.each([
    ["2026-03-04 09:00", "2026-03-04 09:00"], // a Wednesday morning is fine
    ["2026-03-04 21:15", "2026-03-05 08:00"], // evening → next morning when the quiet hours end
    ["2026-03-04 06:30", "2026-03-04 08:00"], // early morning → 08:00 the same day
    ["2026-03-07 09:00", "2026-03-09 09:00"], // Saturday → Monday, same wall-clock time
    ["2026-03-06 22:00", "2026-03-09 08:00"], // Friday night → Monday morning
    ["2026-03-29 09:00", "2026-03-30 09:00"], // the Sunday of the spring switch → Monday 09:00 summer time
  ])("%s → %s", (from, expected) => {
    expect(local(nextAllowedMoment(at(from), quiet))).toBe(expected);
  });

  it("skips holiday days, both ends included", () => {
    const holidays = [{ start: { year: 2026, month: 7, day: 18 }, end: { year: 2026, month: 8, day: 30 } }];
    expect(local(nextAllowedMoment(at("2026-07-20 09:00"), quiet, holidays))).toBe("2026-08-31 09:00");
    expect(local(nextAllowedMoment(at("2026-07-17 09:00"), quiet, holidays))).toBe("2026-07-17 09:00");
  });

  it("follows the wijk's own settings", () => {
    const own = readScheduleSettings(JSON.stringify({ quietHours: { from: "18:00", to: "09:30", weekdays: [0] } }));
    expect(local(nextAllowedMoment(at("2026-03-07 09:00"), own.quietHours))).toBe("2026-03-07 09:30");
    expect(local(nextAllowedMoment(at("2026-03-08 12:00"), own.quietHours))).toBe("2026-03-09 12:00");
  });

  it("falls back to the defaults for invalid settings instead of stopping reminders", () => {
    expect(readScheduleSettings("niet eens json")).toEqual(defaults);
    expect(readScheduleSettings(JSON.stringify({ quietHours: { from: "25:00" } })).quietHours).toEqual(defaults.quietHours);
  });
});

describe("planDeadlineReminders", () => {
  const window = { from: at("2026-01-01 00:00"), to: at("2026-05-01 00:00") };

  it("plans 7 days, 1 day before and the morning itself, then weekly while overdue", () => {
    const moments = planDeadlineReminders({ deadline: at("2026-03-31"), settings: defaults, holidays: [], window });
    expect(moments.map((m) => `${m.moment} ${local(m.dueAt)}`)).toEqual([
      "d-7 2026-03-24 09:00",
      "d-1 2026-03-30 09:00",
      "d0 2026-03-31 09:00",
      "te-laat-1 2026-04-07 09:00",
      "te-laat-2 2026-04-14 09:00",
      "te-laat-3 2026-04-21 09:00",
      "te-laat-4 2026-04-28 09:00",
    ]);
  });

  it("uses the wijk's moments and send time", () => {
    const settings = readScheduleSettings(JSON.stringify({ reminders: { daysBefore: [3], overdueEveryDays: 0, sendAt: "10:15" } }));
    const moments = planDeadlineReminders({ deadline: at("2026-03-31"), settings, holidays: [], window });
    expect(moments.map((m) => `${m.moment} ${local(m.dueAt)}`)).toEqual(["d-3 2026-03-30 10:15"]);
  });

  it("gives the same moments whatever window they are asked in (keys stay stable)", () => {
    const whole = planDeadlineReminders({ deadline: at("2026-03-29"), settings: defaults, holidays: [], window });
    const pieces = [
      planDeadlineReminders({ deadline: at("2026-03-29"), settings: defaults, holidays: [], window: { from: window.from, to: at("2026-03-30 08:00") } }),
      planDeadlineReminders({ deadline: at("2026-03-29"), settings: defaults, holidays: [], window: { from: at("2026-03-30 08:00"), to: window.to } }),
    ].flat();
    expect(pieces).toEqual(whole);
    // Saturday 28th (d-1) and Sunday 29th (d0) both land on Monday: one reminder, the latest moment.
    expect(whole.filter((m) => local(m.dueAt) === "2026-03-30 09:00").map((m) => m.moment)).toEqual(["d0"]);
  });
});
