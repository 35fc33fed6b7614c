import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { at } from "../scheduler/helpers.ts";
import { recordOutbox } from "../helpers/recording-adapter.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  recordOutbox(h.app, { clock: h.clock });
  await h.app.scheduler.init(h.clock.now());
});
afterEach(async () => h.close());

describe("/maandbericht", () => {
  it("writes last month's results in plain Dutch", async () => {
    await h.app.scheduler.advanceTo(h.clock, at("2026-01-07 10:00"));
    await h.say("Fatima", "/actie update watertappunt 120 handtekeningen opgehaald");
    await h.say("Joke", "/actie bezig betrokkenheid cb");
    await h.say("Youssef", "/actie klaar wijkwebsite");
    await h.app.scheduler.advanceTo(h.clock, at("2026-02-02 10:00"));
    const [text] = await h.say("Marieke", "/maandbericht");
    expect(text).toBe(
      "*Nieuws van het wijkplan Lewenborg XL — januari 2026*\n\n" +
        "In januari is één actie afgerond: Eén wijkwebsite.\n\n" +
        "We zijn begonnen met Verhoogde betrokkenheid CB en GGD.\n\n" +
        "Zo staat het ervoor:\n- Watertappunt in de wijk: 120 handtekeningen opgehaald.\n- Vreedzaam breder trekken naar de 2e schil: Eerste training oudermediatoren bij de sportvereniging gepland.\n\n" +
        "Meedoen of meer weten? Neem contact op met de wijkcoördinator.",
    );
  });

  it("finds the month anywhere in what was typed: '/maandbericht voor de wijkkrant van januari aub'", async () => {
    await h.app.scheduler.advanceTo(h.clock, at("2026-02-02 10:00"));
    const [named] = await h.say("Marieke", "/maandbericht januari");
    const [inSentence] = await h.say("Marieke", "/maandbericht voor de wijkkrant van januari aub");
    expect(inSentence).toBe(named);
    const [none] = await h.say("Marieke", "/maandbericht voor de wijkkrant");
    expect(none).toContain("Noem een maand");
  });
});
