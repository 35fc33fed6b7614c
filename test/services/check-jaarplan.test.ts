import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { checkJaarplan } from "../../src/services/check-jaarplan.ts";
import { readCsv } from "../../src/parse/jaarplan-file.ts";
import { dutch, localize } from "../../src/i18n/index.ts";
import { toInstant } from "../../src/time/amsterdam.ts";

const demo = useDemoWijk();
const HEADER = "Pijler;Doel;Activiteit;Eigenaar;Partners;Resultaat;Status;Beoogd;Bereikt;Deadline;Begroot;Besteed;Doelgroep";

/** Checks a jaarplan given as semicolon-separated lines under the projectenboek's header. */
async function check(lines: string[], header = HEADER) {
  const { db, wijkId } = demo();
  return checkJaarplan(db, { wijkId, sheet: readCsv([header, ...lines].join("\n")) });
}

/** The refused rows with their reasons in Dutch. */
function refusals(result: Awaited<ReturnType<typeof check>>) {
  return result.problems.map((p) => ({ row: p.row, reasons: p.reasons.map((r) => localize(dutch, r)) }));
}

describe("checkJaarplan", () => {
  it("reads a good row into an action with every column", async () => {
    const result = await check(["gezond;Meer bewegen;Fietsles;Joke en Fatima;GGD Groningen, WIJ Groningen;Eerste les gegeven;bezig;300;120;15-03-2026;2500;400;4-12"]);
    expect(result.problems).toEqual([]);
    expect(result.actions).toEqual([
      {
        row: 2,
        pillar: "Gezond",
        goal: "Meer bewegen",
        title: "Fietsles",
        owners: ["Joke", "Fatima"],
        partners: ["GGD Groningen", "WIJ Groningen"],
        result: "Eerste les gegeven",
        status: "bezig",
        ageGroup: "4-12",
        reachIntended: 300,
        reachReached: 120,
        deadline: expect.any(Date),
        budgetPlannedCents: 250000,
        budgetSpentCents: 40000,
      },
    ]);
    expect(result.actions[0].deadline!.getTime()).toBe(toInstant({ year: 2026, month: 3, day: 15 }).getTime());
  });

  it("plans a row without a status and leaves empty columns empty", async () => {
    const [action] = (await check([";;Buurtfeest;;;;;;;;;;"])).actions;
    expect(action).toMatchObject({ title: "Buurtfeest", pillar: null, goal: null, owners: [], partners: [], result: null, status: "gepland", ageGroup: null, deadline: null, reachIntended: null, budgetPlannedCents: null });
  });

  it("skips empty rows", async () => {
    expect((await check([";;;;;;;;;;;;", ";;Buurtfeest;;;;;;;;;;"])).actions.map((a) => a.row)).toEqual([3]);
  });

  it("names owners the wijk does not know yet once, as new people", async () => {
    const result = await check([";;Buurtfeest;Joke en Kees;;;;;;;;;", ";;Straatfeest;Kees, Anouk;;;;;;;;;"]);
    expect(result.newPeople).toEqual(["Kees", "Anouk"]);
  });

  it("refuses a row for each thing it cannot read, with all reasons of that row", async () => {
    const result = await check(["Sport;;Voetbal;;;;half af;veel;;32-13-2026;gratis;;baby's", "Gezond;;;;;;;;;;;;"]);
    expect(result.actions).toEqual([]);
    expect(refusals(result)).toEqual([
      {
        row: 2,
        reasons: [
          'onbekende pijler "Sport" (bestaande pijlers: Kansrijk, Vreedzaam, Gezond)',
          'onbekende status "half af" (gebruik gepland, bezig, klaar, gestopt of geparkeerd)',
          'onbekende doelgroep "baby\'s" (gebruik 0–4 jaar, 4–12 jaar, 12+ jaar of algemeen)',
          'datum "32-13-2026" is niet leesbaar (gebruik bijvoorbeeld 15-03-2027)',
          'beoogd "veel" is geen aantal (gebruik een heel getal, bijvoorbeeld 300)',
          'begroot "gratis" is geen bedrag',
        ],
      },
      { row: 3, reasons: ["de activiteit (titel) ontbreekt"] },
    ]);
  });

  it("refuses a title the wijk already has, or that an earlier row has, ignoring case and accents", async () => {
    const result = await check([";;een wijkwebsite;;;;;;;;;;", ";;Buurtfeest;;;;;;;;;;", ";;BUURTFEEST;;;;;;;;;;"]);
    expect(result.actions.map((a) => a.row)).toEqual([3]);
    expect(refusals(result)).toEqual([
      { row: 2, reasons: ['er bestaat al een actie "een wijkwebsite"'] },
      { row: 4, reasons: ['er bestaat al een actie "BUURTFEEST"'] },
    ]);
  });

  it("refuses a title that is too long rather than cutting it", async () => {
    expect(refusals(await check([`;;${"x".repeat(201)};;;;;;;;;;`]))).toEqual([{ row: 2, reasons: ["de titel is langer dan 200 tekens"] }]);
  });

  it("refuses a goal without a pillar", async () => {
    expect(refusals(await check([";Meer bewegen;Fietsles;;;;;;;;;;"]))).toEqual([{ row: 2, reasons: ["een doel hoort bij een pijler: vul ook Pijler/Opgave in"] }]);
  });

  it("reads the older single reach column as intended/reached", async () => {
    const [action] = (await check(["Gezond;Fietsles;300/120"], "Pijler/Opgave;Activiteit;Bereik (beoogd/bereikt)")).actions;
    expect(action).toMatchObject({ title: "Fietsles", reachIntended: 300, reachReached: 120 });
  });

  it("refuses a file without a title column", async () => {
    await expect(check(["Gezond;Joke"], "Pijler;Eigenaar")).rejects.toMatchObject({ code: "INVALID", text: { key: "cli.import.noTitleColumn" } });
  });
});
