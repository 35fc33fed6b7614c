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

describe("/agenda volgorde, accepteer, uitstellen", () => {
  it("orders, accepts and defers; bad numbers change nothing", async () => {
    await h.say("Marieke", "/vergadering nieuw 12 februari 19:30");
    await h.say("Marieke", "/vergadering nieuw 12 maart 19:30");
    await h.say("Lisa", "/agendapunt Zomerschool");
    await h.say("Ahmed", "/agendapunt Sportdag informatie");
    expect(await h.say("Lisa", "/agenda volgorde 3 1 2")).toEqual(["Alleen de coördinator of voorzitter stuurgroep kan de agenda ordenen."]);
    expect(await h.say("Marieke", "/agenda volgorde 3 3")).toEqual([expect.stringContaining("Nummer 3 staat er twee keer in")]);
    expect(await h.say("Marieke", "/agenda volgorde 4 1")).toEqual(["Agendapunt 4 bestaat niet; kies uit 1 tot en met 3."]);
    expect(await h.say("Marieke", "/agenda volgorde drie")).toEqual([expect.stringContaining("Gebruik alleen nummers")]);
    await h.say("Marieke", "/agenda volgorde 3 1 2");
    const [agenda] = await h.say("Marieke", "/agenda");
    expect(agenda.split("\n").slice(1, 4)).toEqual(["1. Sportdag (informatie, voorstel) — Ahmed", "2. Voortgang per pijler (informatie)", "3. Zomerschool (bespreking, voorstel) — Lisa"]);
    expect(await h.say("Marieke", "/agenda accepteer 1")).toEqual(['👍 1. "Sportdag" is geaccepteerd.\nTyp /agenda voor de hele agenda.']);
    expect(await h.say("Marieke", "/agenda uitstellen 3")).toEqual(['⏭️ "Zomerschool" schuift door naar de vergadering van do 12 mrt.\nTyp /agenda voor de hele agenda.']);
    const [after] = await h.say("Marieke", "/agenda");
    expect(after).not.toContain("Zomerschool");
  });
});
