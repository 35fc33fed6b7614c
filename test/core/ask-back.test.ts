import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actionByTitle, createHarness, type Harness } from "../helpers/harness.ts";
import { localParts } from "../../src/time/amsterdam.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // Monday 5 January 2026, 09:00
});
afterEach(async () => h.close());

const action = (title: string) => actionByTitle(h.db, title);

describe("ambiguous names and dates are asked back, answered by number", () => {
  it("lists the candidates numbered and completes the command with the chosen one", async () => {
    await h.say("Marieke", "/actie nieuw Ouderavond mediawijsheid pijler vreedzaam eigenaar @Ahmed");
    const [question] = await h.say("Marieke", "/actie bezig ouder");
    expect(question).toBe(
      'Welke actie bedoel je met "ouder"?\n1. Ouderavond mediawijsheid (Vreedzaam)\n2. Ouderbetrokkenheid (Vreedzaam)\nAntwoord met het nummer.',
    );
    expect(await h.say("Marieke", "1")).toEqual(["🔧 Ouderavond mediawijsheid (Vreedzaam) staat op bezig. Eigenaar: Ahmed."]);
    expect((await action("Ouderbetrokkenheid")).status).toBe("gepland");
  });

  it("can be answered by name instead of number", async () => {
    await h.say("Marieke", "/actie nieuw Ouderavond mediawijsheid pijler vreedzaam eigenaar @Ahmed");
    await h.say("Marieke", "/actie bezig ouder");
    expect(await h.say("Marieke", "ouderavond")).toEqual(["🔧 Ouderavond mediawijsheid (Vreedzaam) staat op bezig. Eigenaar: Ahmed."]);
  });

  it("picks the sender's own open action when several fit equally", async () => {
    await h.say("Marieke", "/actie nieuw Ouderavond mediawijsheid pijler vreedzaam");
    expect(await h.say("Marieke", "/actie bezig ouder")).toEqual(["🔧 Ouderavond mediawijsheid (Vreedzaam) staat op bezig. Eigenaar: Marieke."]);
    expect((await action("Ouderbetrokkenheid")).status).toBe("gepland");
  });

  it("only the person who asked can answer, and only within 10 minutes", async () => {
    await h.say("Marieke", "/actie nieuw Ouderavond mediawijsheid eigenaar @Ahmed");
    await h.say("Marieke", "/actie info ouder");
    expect(await h.say("Ahmed", "1")).toEqual([]);
    h.clock.advance(11 * 60_000);
    expect(await h.say("Marieke", "1")).toEqual(["Die vraag is verlopen (na 10 minuten). Typ het commando opnieuw."]);
  });

  it("a number outside the list gets the valid range", async () => {
    await h.say("Marieke", "/actie nieuw Ouderavond mediawijsheid eigenaar @Ahmed");
    await h.say("Marieke", "/actie info ouder");
    expect(await h.say("Marieke", "7")).toEqual(["Kies een nummer van 1 tot en met 2."]);
  });

  it("an ambiguous date becomes a numbered question too", async () => {
    const [question] = await h.say("Fatima", "/actie deadline watertappunt volgende vrijdag");
    expect(question).toContain("Bedoel je vrijdag 9 januari of vrijdag 16 januari?");
    await h.say("Fatima", "2");
    expect(localParts((await action("Watertappunt in de wijk")).deadline!)).toMatchObject({ month: 1, day: 16 });
  });
});
