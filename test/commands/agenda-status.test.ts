import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.close());

const statusOf = async (text: string) => (await h.db.agendaItem.findFirstOrThrow({ where: { text } })).status;

/** /agenda accepteer and /agenda uitstellen are also in agenda-volgorde.test.ts, with the ordering. */
describe("/agenda behandeld", () => {
  beforeEach(async () => {
    await h.say("Marieke", "/vergadering nieuw 12 februari 19:30");
    await h.say("Lisa", "/agendapunt Zomerschool");
  });

  it("marks an agenda item handled", async () => {
    expect(await h.say("Marieke", "/agenda behandeld 2")).toEqual(['✔️ 2. "Zomerschool" is behandeld.\nTyp /agenda voor de hele agenda.']);
    expect(await statusOf("Zomerschool")).toBe("behandeld");
  });

  it("refuses a number that is not on the agenda, or a word, and changes nothing", async () => {
    expect(await h.say("Marieke", "/agenda behandeld 9")).toEqual(["Agendapunt 9 bestaat niet; de agenda heeft 2 punten. Typ /agenda om ze te zien."]);
    expect(await h.say("Marieke", "/agenda behandeld twee")).toEqual([
      "Noem de nummers van de agendapunten, bijvoorbeeld 2 of 2 3.\nZo werkt het: /agenda behandeld <nr> [nr …]\nBijvoorbeeld: /agenda behandeld 2",
    ]);
    expect(await h.say("Lisa", "/agenda behandeld 2")).toEqual(["Alleen de coördinator of voorzitter stuurgroep kan agendapunten beheren."]);
    expect(await statusOf("Zomerschool")).toBe("voorgesteld");
  });
});
