import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { getMonitorReport } from "../../src/services/get-monitor-report.ts";
import { openCheckIn } from "../../src/services/open-check-in.ts";

const demo = useDemoWijk();

describe("getMonitorReport (the yearly monitor)", () => {
  it("counts the year's actions per status, with reach and money, over the wijk and per pillar", async () => {
    const { db, wijkId, now } = demo();
    const report = await getMonitorReport(db, { wijkId, year: 2026, now });
    expect(report.wijk.name).toBe("Lewenborg XL");
    expect(report.figures).toMatchObject({
      total: 10,
      byStatus: { gepland: 4, bezig: 3, klaar: 2, geparkeerd: 1, gestopt: 0 },
      overdue: 1,
      reachIntended: 456,
      reachReached: 166,
      budgetPlannedCents: 1_050_000,
      budgetSpentCents: 40_000,
    });
    expect(report.pillars.map((p) => [p.name, p.figures.total])).toEqual([
      ["Kansrijk", 4],
      ["Vreedzaam", 3],
      ["Gezond", 3],
    ]);
  });

  it("lists what is still open, and the last update of an action as its result so far", async () => {
    const { db, wijkId, now } = demo();
    const report = await getMonitorReport(db, { wijkId, year: 2026, now });
    expect(report.stillOpen.map((a) => a.title)).toContain("Watertappunt in de wijk");
    expect(report.stillOpen.map((a) => a.title)).not.toContain("Gezonde School vignet voor alle scholen");
    const water = report.pillars.flatMap((p) => p.actions).find((a) => a.title === "Watertappunt in de wijk");
    expect(water?.lastUpdate?.text).toMatch(/^Handtekeningenactie/);
  });

  it("includes the mid-year check without the owners' names", async () => {
    const { db, wijkId, person, now } = demo();
    await openCheckIn(db, { wijkId, personId: (await person("Fatima")).id, year: 2026, sentAt: now, now });
    const report = await getMonitorReport(db, { wijkId, year: 2026, now });
    expect(report.checkIn).toMatchObject({ sent: 1, answered: 0, items: [{ title: "Watertappunt in de wijk", verdict: null }] });
    expect(JSON.stringify(report.checkIn)).not.toContain("Fatima");
  });

  it("is empty for a year without actions", async () => {
    const { db, wijkId, now } = demo();
    const report = await getMonitorReport(db, { wijkId, year: 2020, now });
    expect(report.figures.total).toBe(0);
    expect(report.stillOpen).toEqual([]);
  });
});
