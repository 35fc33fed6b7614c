import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { carryOpenActions } from "../../src/services/carry-open-actions.ts";
import { setPlanYear } from "../../src/services/set-plan-year.ts";
import { summarizePlanYear } from "../../src/services/summarize-plan-year.ts";

const demo = useDemoWijk();
const wijk = () => demo().db.wijk.findUniqueOrThrow({ where: { id: demo().wijkId } });

describe("setPlanYear", () => {
  it("sets the wijk's plan year, and says when nothing changed", async () => {
    const { db } = demo();
    expect(await setPlanYear(db, { wijk: await wijk(), year: 2027 })).toEqual({ changed: true });
    expect((await wijk()).planYear).toBe(2027);
    expect(await setPlanYear(db, { wijk: await wijk(), year: 2027 })).toEqual({ changed: false });
  });
});

describe("carryOpenActions (/jaarplan doorzetten)", () => {
  it("moves every open action of earlier years into the new year, with history, and makes it the plan year", async () => {
    const { db, wijkId, person, now } = demo();
    const meta = { wijkId, personId: (await person("Marieke")).id, batchId: "carry", at: now };
    const carried = await db.$transaction(async (tx) => carryOpenActions(tx, meta, { wijk: await tx.wijk.findUniqueOrThrow({ where: { id: wijkId } }), year: 2027 }));
    // Open (gepland, bezig) in the demo: 8 of 10 minus kindteams (geparkeerd) and the two klaar = 7.
    expect(carried).toEqual({ count: 7, from: 2026 });
    expect((await wijk()).planYear).toBe(2027);
    expect(await db.action.count({ where: { wijkId, planYear: 2027 } })).toBe(7);
    expect(await db.historyEntry.count({ where: { wijkId, field: "planYear" } })).toBe(7);
    expect((await db.action.findFirstOrThrow({ where: { shortName: "kindteams" } })).planYear).toBe(2026);
  });
});

describe("summarizePlanYear", () => {
  it("counts per pillar, in pillar order: done, running, stopped, and reach reached vs intended", async () => {
    const { db, wijkId } = demo();
    expect(await summarizePlanYear(db, { wijkId, year: 2026 })).toEqual([
      { pillarName: "Kansrijk", done: 1, running: 3, stopped: 0, reachIntended: 150, reachReached: 40 },
      { pillarName: "Vreedzaam", done: 0, running: 3, stopped: 0, reachIntended: 0, reachReached: 0 },
      { pillarName: "Gezond", done: 1, running: 2, stopped: 0, reachIntended: 306, reachReached: 126 },
    ]);
    expect(await summarizePlanYear(db, { wijkId, year: 2025 })).toEqual([]);
  });
});
