import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { recordOutbox } from "../helpers/recording-adapter.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  recordOutbox(h.app, { clock: h.clock });
  await h.app.scheduler.init(h.clock.now());
});
afterEach(async () => h.close());

describe("/vakantie", () => {
  it("is set by the coördinator and listed for everyone", async () => {
    expect(await h.say("Sanne", "/vakantie 2026-07-18 t/m 2026-08-30")).toEqual(["Alleen de coördinator kan vakanties instellen."]);
    await h.say("Marieke", "/vakantie 2026-07-18 t/m 2026-08-30");
    expect(await h.say("Sanne", "/vakantie")).toEqual(["*Vakanties (geen deadline-herinneringen)*\n1. za 18 jul t/m zo 30 aug"]);
    expect(await h.say("Marieke", "/vakantie 30 augustus t/m 18 juli")).toEqual([expect.stringContaining("De einddatum ligt vóór de begindatum")]);
    expect(await h.say("Marieke", "/vakantie weg 1")).toEqual([expect.stringContaining("is weg")]);
    expect(await h.db.holiday.count()).toBe(0);
  });

  it("'19 december t/m 3 januari 2027': the year said once, at the end, holds for the first day too (the December before)", async () => {
    expect(await h.say("Marieke", "/vakantie 19 december t/m 3 januari 2027")).toEqual([expect.stringMatching(/^🏖️ Vakantie van za 19 dec t\/m zo 3 jan/)]);
  });

  it("'voorjaarsvakantie 14 t/m 22 februari (regio noord)': a remark in brackets is no part of a date", async () => {
    expect(await h.say("Marieke", "/vakantie voorjaarsvakantie 14 t/m 22 februari (regio noord)")).toEqual([expect.stringMatching(/^🏖️ Vakantie van za 14 feb t\/m zo 22 feb/)]);
  });
});
