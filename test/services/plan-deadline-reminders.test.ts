import { describe, expect, it } from "vitest";
import { planDeadlineReminders } from "../../src/services/plan-deadline-reminders.ts";
import { scheduleSettingsSchema } from "../../src/scheduler/settings.ts";
import { toInstant, type CivilDate } from "../../src/time/amsterdam.ts";

/** Default settings: 7, 1 and 0 days before at 09:00, weekly while overdue; quiet 20:00–08:00 and at the weekend. */
const settings = scheduleSettingsSchema.parse({});
const day = (month: number, d: number): CivilDate => ({ year: 2026, month, day: d });
const at = (month: number, d: number, hour = 9) => toInstant(day(month, d), hour, 0);
const plan = (deadline: Date, window: { from: Date; to: Date }, holidays: { start: CivilDate; end: CivilDate }[] = []) =>
  planDeadlineReminders({ deadline, settings, holidays, window }).map((m) => [m.moment, m.dueAt.toISOString()]);

describe("planDeadlineReminders", () => {
  it("plans a week before, the day before and the morning itself at the send hour", () => {
    // Deadline Thursday 19 February 2026.
    expect(plan(at(2, 19, 0), { from: at(2, 1), to: at(2, 19, 23) })).toEqual([
      ["d-7", at(2, 12).toISOString()],
      ["d-1", at(2, 18).toISOString()],
      ["d0", at(2, 19).toISOString()],
    ]);
  });

  it("then every week while overdue", () => {
    expect(plan(at(2, 19, 0), { from: at(2, 20), to: at(3, 6, 23) })).toEqual([
      ["te-laat-1", at(2, 26).toISOString()],
      ["te-laat-2", at(3, 5).toISOString()],
    ]);
  });

  it("moves a reminder that falls in the weekend to Monday at the same time", () => {
    // Deadline Monday 23 February: d-1 is Sunday 22 → Monday 23 09:00, the same moment as d0: one reminder.
    expect(plan(at(2, 23, 0), { from: at(2, 10), to: at(2, 23, 23) })).toEqual([
      ["d-7", at(2, 16).toISOString()],
      ["d0", at(2, 23).toISOString()],
    ]);
  });

  it("a holiday holds the reminders and releases only the latest one after it", () => {
    // Voorjaarsvakantie 14–22 February: d-7 (Thursday 12th) goes before it; d-1 (18th) and d0 (19th) both land on Monday 23 → only d0.
    const holidays = [{ start: day(2, 14), end: day(2, 22) }];
    expect(plan(at(2, 19, 0), { from: at(2, 1), to: at(2, 25) }, holidays)).toEqual([
      ["d-7", at(2, 12).toISOString()],
      ["d0", at(2, 23).toISOString()],
    ]);
  });

  it("gives only the moments inside the window", () => {
    expect(plan(at(2, 19, 0), { from: at(2, 15), to: at(2, 18, 12) })).toEqual([["d-1", at(2, 18).toISOString()]]);
  });
});
