import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { pageDates, reference } from "../../src/web/fast-dates.ts";

describe("fast Amsterdam dates for the web board", () => {
  it("agree with formatDay and formatMoment for any moment and page language, including around summer-time switches", () => {
    const moment = fc.oneof(
      fc.date({ min: new Date("1998-01-01T00:00:00Z"), max: new Date("2090-12-31T00:00:00Z"), noInvalidDate: true }),
      // Within a few hours of the 2026 switches (29 March and 25 October, 01:00 UTC).
      fc.integer({ min: -4 * 3600, max: 4 * 3600 }).map((s) => new Date(Date.UTC(2026, 2, 29, 1) + s * 1000)),
      fc.integer({ min: -4 * 3600, max: 4 * 3600 }).map((s) => new Date(Date.UTC(2026, 9, 25, 1) + s * 1000)),
    );
    fc.assert(
      fc.property(moment, moment, (date, now) => {
        const dates = pageDates(now);
        expect(dates.day(date)).toBe(reference.formatDay(date, now));
        expect(dates.moment(date)).toBe(reference.formatMoment(date, now));
        expect(pageDates(now, "en").moment(date)).toBe(reference.formatMoment(date, now, "en"));
      }),
      { numRuns: 2000 },
    );
  });
});
