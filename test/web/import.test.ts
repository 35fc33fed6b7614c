import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Hono } from "hono";
import { CommanderError } from "commander";
import { createHarness, snapshotCounts, type Harness } from "../helpers/harness.ts";
import { buildCli } from "../../src/cli.ts";
import { registerOverviewRoutes } from "../../src/web/routes.tsx";
import { createWijk } from "../../src/services/create-wijk.ts";
import { PROJECTENBOEK_COLUMNS } from "../../src/render/projectenboek.ts";

let h: Harness;
let dir: string;
beforeEach(async () => {
  h = await createHarness();
  dir = mkdtempSync(join(tmpdir(), "wijkbot-import-"));
});
afterEach(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `npm run wijkbot -- …` in-process; returns its output and exit code. */
async function wijkbot(...args: string[]): Promise<{ out: string; code: number }> {
  let out = "";
  const cli = buildCli({ out: (t) => (out += t), db: async () => h.db, now: () => h.clock.now() });
  cli.configureOutput({ writeErr: (t) => (out += t), writeOut: (t) => (out += t) });
  try {
    await cli.parseAsync(["node", "wijkbot", ...args]);
    return { out, code: 0 };
  } catch (error) {
    if (error instanceof CommanderError) return { out: `${out}${error.message}\n`, code: error.exitCode };
    throw error;
  }
}

/** The projectenboek's columns before issue 13, part 4: reach as one "beoogd/bereikt" column, no Doelgroep. */
const OLD_COLUMNS = ["Pijler/Opgave", "Doel", "Activiteit", "Eigenaar", "Partners", "Resultaat", "Status", "Bereik (beoogd/bereikt)", "Deadline", "Begroot", "Besteed"];

function csvFile(name: string, rows: string[][], header: readonly string[] = OLD_COLUMNS): string {
  const path = join(dir, name);
  writeFileSync(path, [header.join(";"), ...rows.map((r) => r.join(";"))].join("\n"));
  return path;
}

const GOOD = ["Gezond", "Gezond opgroeien in Lewenborg", "Schoolfruit op alle basisscholen", "Joke en Fatima", "GGD Groningen, Sport en Welzijn", "Drie scholen doen mee", "In uitvoering", "400/120", "1-3-2026", "€ 1.250,50", "300"];

describe("wijkbot import", () => {
  it("lists in a dry run every row it would refuse, with row numbers and reasons, and stores nothing", async () => {
    const file = csvFile("jaarplan.csv", [
      GOOD,
      ["Sport", "", "Voetbal na school", "Ahmed", "", "", "gepland", "", "", "", ""],
      ["Gezond", "", "Zwemles", "Joke", "", "", "gepland", "", "31-02-2026", "", ""],
      ["", "", "", "", "", "", "", "", "", "", ""],
      ["Kansrijk", "", "", "Lisa", "", "", "gepland", "", "", "", ""],
      ["Kansrijk", "", "Taalcafé", "Lisa", "", "", "misschien", "veel", "volgende week", "duur", ""],
    ]);
    const before = await snapshotCounts(h.db);
    const { out, code } = await wijkbot("import", file, "--wijk", "lewenborg xl", "--dry-run");
    expect(out).toContain("Jaarplan jaarplan.csv voor Lewenborg XL: 1 rij in orde, 4 afgekeurd.");
    expect(out).toContain('- rij 3: onbekende pijler "Sport" (bestaande pijlers: Kansrijk, Vreedzaam, Gezond)');
    expect(out).toContain('- rij 4: datum "31-02-2026" is niet leesbaar (gebruik bijvoorbeeld 15-03-2027)');
    expect(out).toContain("- rij 6: de activiteit (titel) ontbreekt");
    expect(out).toContain('- rij 7: onbekende status "misschien"');
    expect(out).toMatch(/rij 7: .*datum "volgende week" is niet leesbaar.*bereik "veel" is niet leesbaar.*begroot "duur" is geen bedrag/);
    expect(out).toContain("Proefrun: er is niets opgeslagen.");
    expect(code).toBe(1);
    expect(await snapshotCounts(h.db)).toEqual(before);
  });

  it("imports nothing at all when one row is bad, and exits non-zero", async () => {
    const file = csvFile("jaarplan.csv", [GOOD, ["Sport", "", "Voetbal na school", "Ahmed", "", "", "", "", "", "", ""]]);
    const before = await snapshotCounts(h.db);
    const { out, code } = await wijkbot("import", file, "--wijk", "Lewenborg XL");
    expect(code).toBe(1);
    expect(out).toContain("Er is niets geïmporteerd");
    expect(await snapshotCounts(h.db)).toEqual(before);
  });

  it("imports good rows as actions with owners, partners, goal, reach, budget, a progress note and history", async () => {
    const file = csvFile("jaarplan.csv", [GOOD]);
    const { out, code } = await wijkbot("import", file, "--wijk", "Lewenborg XL");
    expect(code).toBe(0);
    expect(out).toContain("1 actie geïmporteerd in Lewenborg XL.");
    const action = await h.db.action.findFirstOrThrow({
      where: { title: "Schoolfruit op alle basisscholen" },
      include: { owners: { include: { person: true } }, partners: { include: { organisation: true } }, goal: true, pillar: true, notes: true, history: true },
    });
    expect(action).toMatchObject({ status: "bezig", reachIntended: 400, reachReached: 120, budgetPlannedCents: 125050, budgetSpentCents: 30000 });
    expect(action.pillar?.name).toBe("Gezond");
    expect(action.goal?.title).toBe("Gezond opgroeien in Lewenborg");
    expect(action.deadline?.toISOString()).toBe("2026-02-28T23:00:00.000Z");
    expect(action.owners.map((o) => o.person.displayName).sort()).toEqual(["Fatima", "Joke"]);
    expect(action.partners.map((p) => p.organisation.name).sort()).toEqual(["GGD Groningen", "Sport en Welzijn"]);
    expect(action.notes.map((n) => n.text)).toEqual(["Drie scholen doen mee"]);
    expect(action.history.map((e) => e.field)).toEqual(expect.arrayContaining(["created", "title", "pillar", "deadline", "owners", "note"]));
    expect(action.history.every((e) => e.platform === "import")).toBe(true);
  });

  it("reads today's columns (Bereikt and Beoogd as numbers, '4–12 jaar') as well as the older ones ('300/120', '4-12')", async () => {
    const today = csvFile("vandaag.csv", [
      ["Gezond", "", "Zwemles", "Joke", "", "", "gepland", "1.200", "1500", "", "", "", "4–12 jaar"],
      ["Kansrijk", "", "Voorlezen", "Lisa", "", "", "gepland", "", "40", "", "", "", "12+ jaar"],
      ["Kansrijk", "", "Peuterdans", "Lisa", "", "", "gepland", "", "", "", "", "", "0–4 jaar"],
      ["Kansrijk", "", "Taalcafé", "Lisa", "", "", "gepland", "veel", "1,5", "", "", "", "tieners"],
    ], PROJECTENBOEK_COLUMNS);
    const checked = await wijkbot("import", today, "--wijk", "Lewenborg XL", "--dry-run");
    expect(checked.out).toContain(
      '- rij 5: onbekende doelgroep "tieners" (gebruik 0–4 jaar, 4–12 jaar, 12+ jaar of algemeen); bereikt "veel" is geen aantal (gebruik een heel getal, bijvoorbeeld 120); beoogd "1,5" is geen aantal',
    );
    const good = csvFile("vandaag-goed.csv", [
      ["Gezond", "", "Zwemles", "Joke", "", "", "gepland", "1.200", "1500", "", "", "", "4–12 jaar"],
      ["Kansrijk", "", "Voorlezen", "Lisa", "", "", "gepland", "", "40", "", "", "", "12+ jaar"],
      ["Kansrijk", "", "Peuterdans", "Lisa", "", "", "gepland", "", "", "", "", "", "0–4 jaar"],
    ], PROJECTENBOEK_COLUMNS);
    expect((await wijkbot("import", good, "--wijk", "Lewenborg XL")).code).toBe(0);
    const old = csvFile("vroeger.csv", [["Gezond", "", "Fietsles", "Joke", "", "", "gepland", "300/120", "", "", "", "4-12"], ["Gezond", "", "Skatebaan", "Joke", "", "", "gepland", "", "", "", "", "12+"]], [...OLD_COLUMNS, "Doelgroep"]);
    expect((await wijkbot("import", old, "--wijk", "Lewenborg XL")).code).toBe(0);

    const imported = async (title: string) => h.db.action.findFirstOrThrow({ where: { title }, select: { reachReached: true, reachIntended: true, ageGroup: true } });
    expect(await imported("Zwemles")).toEqual({ reachReached: 1200, reachIntended: 1500, ageGroup: "4-12" });
    expect(await imported("Voorlezen")).toEqual({ reachReached: null, reachIntended: 40, ageGroup: "12+" });
    expect(await imported("Peuterdans")).toEqual({ reachReached: null, reachIntended: null, ageGroup: "0-4" });
    expect(await imported("Fietsles")).toEqual({ reachReached: 120, reachIntended: 300, ageGroup: "4-12" });
    expect(await imported("Skatebaan")).toEqual({ reachReached: null, reachIntended: null, ageGroup: "12+" });
  });

  it("refuses a title that already exists in the wijk", async () => {
    const file = csvFile("jaarplan.csv", [["Gezond", "", "Watertappunt in de wijk", "", "", "", "", "", "", "", ""]]);
    const { out, code } = await wijkbot("import", file, "--wijk", "Lewenborg XL", "--dry-run");
    expect(code).toBe(1);
    expect(out).toContain('- rij 2: er bestaat al een actie "Watertappunt in de wijk"');
  });
});

describe("round trip: export → import into an empty wijk → the same board", () => {
  it.each(["csv", "xlsx"])("via %s", async (format) => {
    const web = new Hono();
    registerOverviewRoutes(web, { db: h.db, clock: h.clock });
    const source = await h.db.wijk.findUniqueOrThrow({ where: { id: h.wijkId } });
    const file = join(dir, `projectenboek.${format}`);
    writeFileSync(file, Buffer.from(await (await web.request(`/w/${source.overviewToken}/projectenboek.${format}`)).arrayBuffer()));

    const { wijk: empty } = await h.db.$transaction((tx) =>
      createWijk(tx, { name: "Lewenborg kopie", pillars: [{ name: "Kansrijk" }, { name: "Vreedzaam" }, { name: "Gezond" }] }),
    );
    const { code, out } = await wijkbot("import", file, "--wijk", "Lewenborg kopie");
    expect(out).toContain("10 acties geïmporteerd");
    expect(code).toBe(0);

    const webBoard = async (token: string) =>
      // The columns and cards; the filter lists differ (an import brings no organisations of people).
      /<div class="columns">[\s\S]*<\/main>/
        .exec(await (await web.request(`/w/${token}/`)).text())![0]
        .replaceAll(token, "TOKEN")
        .replace(/Lewenborg( XL| kopie)/g, "WIJK")
        .replace(/acties\/\w+/g, "acties/ID")
        .replace(/value="c\w{20,}"/g, 'value="ID"');
    expect(await webBoard(empty.overviewToken)).toBe(await webBoard(source.overviewToken));
    const csv = async (token: string) => (await (await web.request(`/w/${token}/projectenboek.csv`)).text());
    expect(await csv(empty.overviewToken)).toBe(await csv(source.overviewToken));
  });
});
