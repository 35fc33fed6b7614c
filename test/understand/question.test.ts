import { describe, expect, it } from "vitest";
import { isQuestion, isRequestForm } from "../../src/understand/question.ts";

describe("isQuestion", () => {
  it.each([
    "is de moestuin af?",
    "moestuin klaar?",
    "de moestuin is af?",
  ])("takes anything with a question mark as a question: %j", (text) => {
    expect(isQuestion(text)).toBe(true);
  });

  it.each([
    "is de moestuin af",
    "wat is er te laat",
    "wie doet de speeltuin",
    "wanneer vergaderen we",
    "Hoe zet ik een deadline",
    "Hoeveel kinderen deden mee",
    "Staat de moestuin op klaar",
    "heeft iemand de sleutel",
    "klopt het dat de speeltuin later is",
    "kun je de moestuin op klaar zetten",
    "does this work",
    "when is the next meeting",
  ])("takes question word order without a question mark as a question: %j", (text) => {
    expect(isQuestion(text)).toBe(true);
  });

  it.each([
    "en wie doet de speeltuin",
    "hoi, wie doet de speeltuin",
    "oh is de moestuin al klaar",
    "maar wanneer vergaderen we",
  ])("looks past a little word in front: %j", (text) => {
    expect(isQuestion(text)).toBe(true);
  });

  it.each([
    "de moestuin is af",
    "zet de moestuin op klaar",
    "buurtmoestuin is klaar, de kinderen hebben geoogst 🥕",
    "ik bedoel de tweede",
    "the garden is done",
    "",
  ])("does not take a statement or an instruction for a question: %j", (text) => {
    expect(isQuestion(text)).toBe(false);
  });

  it("needs the question word to be a whole word ('Isabel', 'wathever' are not 'is', 'wat')", () => {
    expect(isQuestion("Isabel heeft de moestuin gedaan")).toBe(false);
    expect(isQuestion("wathever")).toBe(false);
  });

  it("ignores case and accents", () => {
    expect(isQuestion("WIE DOET DE SPEELTUIN")).toBe(true);
    expect(isQuestion("Wáár is de sleutel")).toBe(true);
  });
});

describe("isRequestForm", () => {
  it.each([
    "kun je de moestuin op klaar zetten?",
    "kan je de deadline verzetten",
    "wil je het watertappunt op bezig zetten",
    "zou u de speeltuin willen parkeren",
    "mag ik de moestuin afsluiten",
    "can you mark the garden done",
  ])("recognises a polite request addressed to someone: %j", (text) => {
    expect(isRequestForm(text)).toBe(true);
  });

  it.each([
    "is de moestuin af?",
    "wat is er te laat?",
    "kan de speeltuin een week later",
    "zet de moestuin op klaar",
  ])("does not take a question for information, or a bare instruction, for a request: %j", (text) => {
    expect(isRequestForm(text)).toBe(false);
  });
});

describe("isQuestion: a question word after a preposition (twenty-first session)", () => {
  it.each(["bij welke organisatie werkt Bram", "met wie doet Lisa de huiswerkklas", "tot wanneer loopt het zomerkamp", "with whom is Lisa doing it"])("%j asks", (text) => {
    expect(isQuestion(text)).toBe(true);
  });
});

describe("isQuestion: agreeing first (thirty-seventh session)", () => {
  it.each(["is goed hoor, zomerkamp mag naar bram", "is prima! zet hem maar op klaar"])("%j agrees; it asks nothing", (text) => {
    expect(isQuestion(text)).toBe(false);
  });
  it("'is het zomerkamp goed gegaan' still asks", () => {
    expect(isQuestion("is het zomerkamp goed gegaan")).toBe(true);
  });
});
