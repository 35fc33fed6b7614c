import { beforeEach, describe, expect, it } from "vitest";
import { buildCli } from "../../src/cli.ts";
import { useTestDb } from "../helpers/harness.ts";
import { TRANSCRIPT_START } from "../../src/transcript.ts";
import { WIJK_TEMPLATES } from "../../src/templates/wijk-templates.ts";

const testDb = useTestDb();
let output: string[];
beforeEach(() => {
  output = [];
});

/** Runs `npm run wijkbot -- <args>` against the temp database; returns what it printed. */
async function wijkbot(...args: string[]): Promise<string> {
  const before = output.length;
  const cli = buildCli({ out: (text) => output.push(text), db: async () => testDb(), now: () => TRANSCRIPT_START });
  cli.configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
  await cli.parseAsync(args, { from: "user" });
  return output.slice(before).join("");
}

async function structure(name: string) {
  const wijk = await testDb().wijk.findUniqueOrThrow({
    where: { name },
    include: { pillars: { orderBy: { position: "asc" }, include: { goals: { orderBy: { position: "asc" } } } } },
  });
  return wijk.pillars.map((p) => ({ name: p.name, goals: p.goals.map((g) => g.title) }));
}

/** Everything a rerun could touch, to prove it touched nothing. */
async function snapshot() {
  return {
    wijken: await testDb().wijk.findMany({ orderBy: { name: "asc" } }),
    pillars: await testDb().pillar.findMany({ orderBy: [{ wijkId: "asc" }, { position: "asc" }] }),
    goals: await testDb().goal.count(),
  };
}

describe("wijkbot wijk nieuw --sjabloon", () => {
  it("creates Lewenborg XL with the pillars Kansrijk, Vreedzaam, Gezond and the current plan year", async () => {
    const out = await wijkbot("wijk", "nieuw", "Lewenborg XL", "--sjabloon", "lewenborg");
    expect(out).toContain("Wijk Lewenborg XL is aangemaakt (sjabloon lewenborg).");
    expect(await structure("Lewenborg XL")).toEqual([
      { name: "Kansrijk", goals: [] },
      { name: "Vreedzaam", goals: [] },
      { name: "Gezond", goals: [] },
    ]);
    expect((await testDb().wijk.findUniqueOrThrow({ where: { name: "Lewenborg XL" } })).planYear).toBe(2026);
  });

  it("dates the wijk by the CLI's clock, not the machine's: wijken are taken oldest first", async () => {
    await wijkbot("wijk", "nieuw", "Selwerd", "--sjabloon", "leeg");
    expect((await testDb().wijk.findUniqueOrThrow({ where: { name: "Selwerd" } })).createdAt).toEqual(TRANSCRIPT_START);
  });

  it("gives SPT its four pillars with their goals", async () => {
    await wijkbot("wijk", "nieuw", "SPT", "--sjabloon", "spt");
    const pillars = await structure("SPT");
    expect(pillars.map((p) => p.name)).toEqual(["Talentontwikkeling", "Gezondheid", "Inclusie", "Veiligheid"]);
    expect(pillars.map((p) => p.goals.length)).toEqual([3, 3, 3, 2]);
    expect(pillars[1].goals[0]).toBe("Een gezonde leefstijl bevorderen en aanleren");
  });

  it("gives Sterk voor Noord its opgaven with goals, and remembers it calls them opgaven", async () => {
    const out = await wijkbot("wijk", "nieuw", "Sterk voor Noord", "-s", "sterk-voor-noord");
    const pillars = await structure("Sterk voor Noord");
    expect(pillars.map((p) => p.name)).toEqual(["Jeugd en onderwijs", "Financiële zelfredzaamheid", "Fijn en veilig wonen", "Jongeren"]);
    expect(pillars[0].goals).toContain("Leerachterstanden worden ingelopen");
    expect(out).toContain("- opgave Jeugd en onderwijs (7 doelen)");
    const wijk = await testDb().wijk.findUniqueOrThrow({ where: { name: "Sterk voor Noord" } });
    expect(JSON.parse(wijk.settings)).toMatchObject({ template: "sterk-voor-noord", pillarWord: "opgave" });
  });

  it("gives Groningen-Noord three sporen, each contributing to Wonen, Veilig zijn, Werken, Leren, Meedoen", async () => {
    await wijkbot("wijk", "nieuw", "Groningen-Noord", "--sjabloon", "groningen-noord");
    const goals = ["Wonen", "Veilig zijn", "Werken", "Leren", "Meedoen"];
    expect(await structure("Groningen-Noord")).toEqual([
      { name: "Basis+", goals },
      { name: "Koppelkansen", goals },
      { name: "Systeemdoorbraken", goals },
    ]);
  });

  it("makes an empty wijk with the leeg template", async () => {
    await wijkbot("wijk", "nieuw", "Nieuwe Wijk", "--sjabloon", "leeg");
    expect(await structure("Nieuwe Wijk")).toEqual([]);
  });

  it("every template creates exactly the pillars it lists", async () => {
    for (const template of Object.values(WIJK_TEMPLATES)) {
      await wijkbot("wijk", "nieuw", `Wijk ${template.id}`, "--sjabloon", template.id);
      expect((await structure(`Wijk ${template.id}`)).map((p) => p.name)).toEqual(template.pillars.map((p) => p.name));
    }
  });

  it("changes nothing when rerun, also after the pillars were changed since", async () => {
    await wijkbot("wijk", "nieuw", "SPT", "--sjabloon", "spt");
    await wijkbot("wijk", "pijler", "hernoemen", "SPT", "Inclusie", "Meedoen");
    const before = await snapshot();
    expect(await wijkbot("wijk", "nieuw", "SPT", "--sjabloon", "spt")).toBe("Wijk SPT bestaat al; er is niets veranderd.\n");
    expect(await wijkbot("wijk", "nieuw", "spt", "--sjabloon", "leeg")).toBe("Wijk SPT bestaat al; er is niets veranderd.\n");
    expect(await snapshot()).toEqual(before);
  });

  it("refuses an unknown template and creates nothing", async () => {
    await expect(wijkbot("wijk", "nieuw", "X", "--sjabloon", "nijmegen")).rejects.toThrow(/Onbekend sjabloon "nijmegen". Kies uit: lewenborg, spt/);
    expect(await testDb().wijk.count()).toBe(0);
  });
});

describe("wijkbot wijk lijst", () => {
  it("lists every wijk with its pillars, using the wijk's own word for them", async () => {
    expect(await wijkbot("wijk", "lijst")).toContain("Er zijn nog geen wijken.");
    await wijkbot("wijk", "nieuw", "Lewenborg XL", "--sjabloon", "lewenborg");
    await wijkbot("wijk", "nieuw", "Groningen-Noord", "--sjabloon", "groningen-noord");
    expect(await wijkbot("wijk", "lijst")).toBe(
      "Groningen-Noord — planjaar 2026 — 0 mensen, 0 gesprekken\n  sporen: Basis+, Koppelkansen, Systeemdoorbraken\n" +
        "Lewenborg XL — planjaar 2026 — 0 mensen, 0 gesprekken\n  pijlers: Kansrijk, Vreedzaam, Gezond\n",
    );
  });
});

describe("wijkbot wijk pijler toevoegen|hernoemen", () => {
  beforeEach(async () => {
    await wijkbot("wijk", "nieuw", "Lewenborg XL", "--sjabloon", "lewenborg");
  });

  it("adds a pillar at the end; a rerun (any case) changes nothing", async () => {
    expect(await wijkbot("wijk", "pijler", "toevoegen", "lewenborg xl", "Veilig")).toBe("Pijler Veilig is toegevoegd aan Lewenborg XL.\n");
    const before = await snapshot();
    expect(await wijkbot("wijk", "pijler", "toevoegen", "Lewenborg XL", "veilig")).toBe("Pijler Veilig bestaat al in Lewenborg XL; er is niets veranderd.\n");
    expect(await snapshot()).toEqual(before);
    expect((await structure("Lewenborg XL")).map((p) => p.name)).toEqual(["Kansrijk", "Vreedzaam", "Gezond", "Veilig"]);
  });

  it("renames a pillar keeping its actions; a rerun changes nothing", async () => {
    const wijk = await testDb().wijk.findUniqueOrThrow({ where: { name: "Lewenborg XL" } });
    const gezond = await testDb().pillar.findFirstOrThrow({ where: { wijkId: wijk.id, name: "Gezond" } });
    await testDb().action.create({ data: { wijkId: wijk.id, title: "Watertappunt", pillarId: gezond.id } });
    expect(await wijkbot("wijk", "pijler", "hernoemen", "Lewenborg XL", "Gezond", "Gezondheid")).toBe("Pijler Gezond heet nu Gezondheid.\n");
    const before = await snapshot();
    expect(await wijkbot("wijk", "pijler", "hernoemen", "Lewenborg XL", "Gezond", "Gezondheid")).toBe("Pijler Gezondheid heet al zo; er is niets veranderd.\n");
    expect(await snapshot()).toEqual(before);
    expect((await testDb().action.findFirstOrThrow({ where: { title: "Watertappunt" }, include: { pillar: true } })).pillar?.name).toBe("Gezondheid");
  });

  it("refuses to rename onto another existing pillar", async () => {
    await expect(wijkbot("wijk", "pijler", "hernoemen", "Lewenborg XL", "Gezond", "Kansrijk")).rejects.toThrow("Er is al een pijler *Kansrijk*");
    expect((await structure("Lewenborg XL")).map((p) => p.name)).toEqual(["Kansrijk", "Vreedzaam", "Gezond"]);
  });

  it("says which wijken exist when the wijk is unknown", async () => {
    await expect(wijkbot("wijk", "pijler", "toevoegen", "Paddepoel", "Veilig")).rejects.toThrow('Wijk "Paddepoel" bestaat niet. Bestaande wijken: Lewenborg XL.');
  });
});
