import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // Monday 5 January 2026, 09:00
});
afterEach(async () => h.close());

describe("lists and overview", () => {
  it("/overzicht is the board in one message: per pillar bezig, gepland, klaar", async () => {
    const [board] = await h.send("Sanne", "/overzicht");
    expect(board.text).toContain("*Overzicht Lewenborg XL* (ma 5 jan)");
    expect(board.text).toMatch(/\*Gezond\*\nBezig:\n- Watertappunt in de wijk — Fatima · vr 30 jan\nGepland:\n- Verhoogde betrokkenheid CB en GGD — Joke · wo 4 feb\nKlaar \(1\): Gezonde School vignet voor alle scholen/);
    expect(board.text).toContain("⚠️ te laat");
    expect(board.board?.pillars.map((p) => p.name)).toEqual(["Kansrijk", "Vreedzaam", "Gezond"]);
  });
});
