import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { at } from "../scheduler/helpers.ts";
import { recordOutbox, type Recorded } from "../helpers/recording-adapter.ts";

let h: Harness;
let sent: Recorded[];
beforeEach(async () => {
  h = await createHarness();
  sent = recordOutbox(h.app, { clock: h.clock });
  await h.app.scheduler.init(h.clock.now());
});
afterEach(async () => h.close());

describe("/weekoverzicht", () => {
  it("sends the digest now, and lets anyone subscribe", async () => {
    const [digest] = await h.say("Marieke", "/weekoverzicht");
    expect(digest).toMatch(/^📊 \*Weekoverzicht Lewenborg XL\*/);
    expect(digest).toContain("⚠️ Over de deadline: Financiële educatie in projectplan Campus 2025 (vr 2 jan, Peter)");
    expect(await h.say("Sanne", "/weekoverzicht aan")).toEqual(["📬 Je krijgt het weekoverzicht voortaan elke maandag om 08:30. Stoppen: /weekoverzicht uit"]);
    await h.app.scheduler.advanceTo(h.clock, at("2026-01-12 09:00"));
    const digests = sent.filter((m) => m.text.includes("Weekoverzicht"));
    expect(digests.map((m) => `${m.at} ${m.text.split(" ")[0]}`)).toEqual(["2026-01-12 08:30 @Marieke", "2026-01-12 08:30 @Sanne"]);
    expect(await h.say("Sanne", "/weekoverzicht vaak")).toEqual([expect.stringContaining("Kies aan of uit")]);
  });

  it("names owners with open actions but no update for 4 weeks, and lists new agenda items", async () => {
    await h.app.scheduler.advanceTo(h.clock, at("2026-01-20 10:00"));
    await h.say("Fatima", "/actie update watertappunt kinderraad koos drie plekken");
    await h.app.scheduler.advanceTo(h.clock, at("2026-02-06 10:00"));
    await h.say("Lisa", "/agendapunt Zomerschool evalueren");
    const [digest] = await h.say("Marieke", "/weekoverzicht");
    expect(digest).toContain("*Nieuwe agendapunten*\n- Zomerschool evalueren (Lisa)");
    const quiet = digest.slice(digest.indexOf("*Al 4 weken geen update*"));
    expect(quiet).toContain("- Peter: Financiële educatie in projectplan Campus 2025 (laatste update ma 5 jan)");
    expect(quiet).not.toContain("Fatima");
  });
});
