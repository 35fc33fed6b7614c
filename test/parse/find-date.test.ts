import { describe, expect, it } from "vitest";
import { findDatePhrase } from "../../src/parse/dates.ts";
import { localParts, toInstant } from "../../src/time/amsterdam.ts";

/** Reference: Monday 23 November 2026, 10:00 in Amsterdam. */
const MONDAY = toInstant({ year: 2026, month: 11, day: 23 }, 10, 0);

function local(date: Date) {
  const p = localParts(date);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

describe("findDatePhrase: the date or time phrase inside a free sentence", () => {
  it.each([
    ["herinner me maandag aan de subsidieaanvraag", "maandag"],
    ["bel de school 15/1 om 10u over de offerte", "15/1 om 10u"],
    ["herinner me morgen om 8 uur aan de offerte", "morgen om 8 uur"],
    ["kan de speeltuin over een week", "over een week"],
    ["het draaiboek moet af na de kerstvakantie", "na de kerstvakantie"],
    ["we wachten tot na de zomer met het watertappunt", "tot na de zomer"],
    ["vergadering verplaatst naar donderdag 14:30 in De Kiosk", "donderdag 14:30"],
    ["stuur de uitnodiging op de 20e", "op de 20e"],
    ["subsidie aanvragen voor 1 maart. daarna de begroting", "voor 1 maart"],
    ["Lisa belt a.s. dinsdag de GGD", "a.s. dinsdag"],
    ["de 3e klas gaat op 12 mei naar het museum", "op 12 mei"],
    ["we beginnen morgen half 9 bij de school", "morgen half 9"],
    ["we beginnen half negen bij de school", "half negen"],
    ["we spreken af om 3 uur bij de school", "om 3 uur"],
    ["afspraak morgen 3 uur 's middags bij de GGD", "morgen 3 uur 's middags"],
    ["herinner me over 2 weken aan het buurtfeest", "over 2 weken"],
    ["kun je vrijdag de 13e de zaal boeken?", "vrijdag de 13e"],
    ["rapport af eind van het schooljaar graag", "eind van het schooljaar"],
    ["offerte (uiterlijk 15-3) naar de gemeente", "uiterlijk 15-3"],
    ["meeting tomorrow at 3pm with the school", "tomorrow at 3pm"],
    ["remind me next week tuesday about the grant", "next week tuesday"],
    ["spreekuur deadline vrijdag over een week", "vrijdag over een week"],
    ["huiswerkbegeleiding loopt door tot de zomervakantie", "tot de zomervakantie"],
    ["deadline was gisteren", "gisteren"],
  ])("%s → %s", (sentence, phrase) => {
    const found = findDatePhrase(sentence, MONDAY);
    expect(found?.phrase).toBe(phrase);
    expect(found && sentence.slice(found.start, found.end)).toBe(phrase);
    expect(found?.resolution.kind).not.toBe("unreadable");
  });

  it("resolves what it finds, with the wijk's region", () => {
    const found = findDatePhrase("bel de school 15/1 om 10u over de offerte", MONDAY);
    expect(found?.resolution.kind === "ok" && local(found.resolution.date)).toBe("2027-01-15 10:00");
    const noord = findDatePhrase("de evaluatie na de herfstvakantie", toInstant({ year: 2026, month: 9, day: 1 }, 10, 0), { region: "noord" });
    expect(noord?.resolution.kind === "ok" && local(noord.resolution.date)).toBe("2026-10-19 00:00");
  });

  it("a question stays a question ('maandag' said on a Monday)", () => {
    const found = findDatePhrase("herinner me maandag aan de subsidieaanvraag", MONDAY);
    expect(found?.resolution.kind).toBe("question");
  });

  it.each([
    "kan de speeltuin een week later",
    "de kinderen hebben 3 uur gespeeld",
    "het budget is €1.200 voor 35 kinderen",
    "we hebben 1.200 euro en 35 kinderen",
    "er komen 1-2 kinderen per klas",
    "voor de 2e keer een brief sturen",
    "groep 7 8 gaat mee",
    "we zoeken vrijwilligers om 3 kinderen te begeleiden",
    "de zomervakantie was leuk",
    "35% van de ouders doet mee",
    "het watertappunt is klaar",
    "",
    "🙂🙂",
  ])("%j has no date phrase", (sentence) => {
    expect(findDatePhrase(sentence, MONDAY)).toBeUndefined();
  });

  it("prefers the longest phrase", () => {
    expect(findDatePhrase("zet de vergadering op vrijdag 27 november om 19:30 in de kantine", MONDAY)?.phrase).toBe("op vrijdag 27 november om 19:30");
  });

  it("is fast: well under a millisecond for a sentence of 15 words", () => {
    const sentences = [
      "herinner me morgen om 8 uur aan de offerte voor het watertappunt bij de brede school",
      "kan de speeltuin een week later open want de aannemer heeft nog geen tijd gehad",
      "Lisa en Ahmed bellen de school op 15/1 om 10u over de offerte en de begroting",
    ];
    // Warm up (JIT), then the fastest of five batches: other work on a shared machine only slows single batches down.
    for (let i = 0; i < 200; i++) for (const s of sentences) findDatePhrase(s, MONDAY);
    const runs = 200;
    let fastest = Infinity;
    for (let batch = 0; batch < 5; batch++) {
      const start = performance.now();
      for (let i = 0; i < runs; i++) for (const s of sentences) findDatePhrase(s, MONDAY);
      fastest = Math.min(fastest, (performance.now() - start) / (runs * sentences.length));
    }
    // Typically about 0.1 ms per sentence.
    expect(fastest).toBeLessThan(1);
  });
});

describe("findDatePhrase: which day those phrases are (said on Monday 23 November 2026)", () => {
  it.each([
    ["vrijdag over een week", "2026-12-04"],
    ["maandag over twee weken", "2026-12-07"],
    ["tot de kerstvakantie", "2026-12-18"],
  ])("%s → %s", (sentence, day) => {
    const found = findDatePhrase(sentence, MONDAY, { region: "noord" });
    expect(found?.resolution.kind).toBe("ok");
    expect(found?.resolution.kind === "ok" && local(found.resolution.date).slice(0, 10)).toBe(day);
  });

  it("'gisteren' is a day in the past, which is asked about, never moved on silently", () => {
    expect(findDatePhrase("deadline gisteren", MONDAY)?.resolution.kind).toBe("question");
  });
});
