import { describe, expect, it, vi } from "vitest";
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { buildCli } from "../../src/cli.ts";
import { createTestDatabase } from "../helpers/harness.ts";
import { useCli } from "../helpers/cli.ts";
import { TRANSCRIPT_START } from "../../src/transcript.ts";
import { PROJECTENBOEK_COLUMNS } from "../../src/render/projectenboek.ts";

const cli = useCli();
const { wijkbot } = cli;
const testDb = cli.db;

/** Words that only the Dutch texts of the command line use. */
const DUTCH_ONLY = [
  "bestaat", "Koppelcode", "Geldig tot", "is aangemaakt", "Volgende stap", "niets veranderd", "rij ", "rijen", "afgekeurd", "Proefrun",
  "onbekende", "Onbekend", "Sjablonen", "Pijler ", "Wijk ", "mensen", "gesprekken", "planjaar", "heet nu", "Instellingen", "geldige", "geïmporteerd",
];
const dutchIn = (text: string) => DUTCH_ONLY.filter((word) => text.includes(word));

/** A jaarplan in the projectenboek's older columns (reach as "beoogd/bereikt"), which the import still reads. */
function csvFile(rows: string[][]): string {
  const path = join(cli.dir(), "jaarplan.csv");
  const header = [...PROJECTENBOEK_COLUMNS.slice(0, 7), "Bereik (beoogd/bereikt)", "Deadline", "Begroot", "Besteed"];
  writeFileSync(path, [header.join(";"), ...rows.map((r) => r.join(";"))].join("\n"));
  return path;
}

describe("wijkbot --taal en: the command line in English", () => {
  it("creates a wijk from a template, and says so when it exists", async () => {
    const created = await wijkbot("--taal", "en", "wijk", "nieuw", "Groningen-Noord", "--sjabloon", "groningen-noord");
    expect(created).toEqual({
      out:
        "Neighbourhood Groningen-Noord was created (template groningen-noord).\n" +
        "- track Basis+ (5 goals)\n- track Koppelkansen (5 goals)\n- track Systeemdoorbraken (5 goals)\n" +
        'Next step: wijkbot code "Groningen-Noord" kartrekkers\n',
      err: "",
      code: 0,
    });
    const again = await wijkbot("--taal", "en", "wijk", "nieuw", "groningen-noord", "--sjabloon", "leeg");
    expect(again.out).toBe("Neighbourhood Groningen-Noord already exists; nothing was changed.\n");
    expect(dutchIn(created.out + again.out)).toEqual([]);
  });

  it("lists no wijken, then every wijk with its pillars", async () => {
    expect((await wijkbot("--taal", "en", "wijk", "lijst")).out).toBe('There are no neighbourhoods yet. Create one: wijk nieuw "<name>" --sjabloon lewenborg\n');
    await wijkbot("wijk", "nieuw", "Lewenborg XL", "--sjabloon", "lewenborg");
    await wijkbot("wijk", "nieuw", "Leeg", "--sjabloon", "leeg");
    const { out } = await wijkbot("--taal", "en", "wijk", "lijst");
    expect(out).toBe(
      "Leeg — plan year 2026 — people: 0, chats: 0\n  pillars: (no pillars yet)\n" +
        "Lewenborg XL — plan year 2026 — people: 0, chats: 0\n  pillars: Kansrijk, Vreedzaam, Gezond\n",
    );
    expect(dutchIn(out)).toEqual([]);
  });

  it("adds and renames pillars, and says when nothing changed", async () => {
    await wijkbot("wijk", "nieuw", "Lewenborg XL", "--sjabloon", "lewenborg");
    const outputs = [
      await wijkbot("--taal", "en", "wijk", "pijler", "toevoegen", "lewenborg xl", "Veilig"),
      await wijkbot("--taal", "en", "wijk", "pijler", "toevoegen", "Lewenborg XL", "veilig"),
      await wijkbot("--taal", "en", "wijk", "pijler", "hernoemen", "Lewenborg XL", "Gezond", "Gezondheid"),
      await wijkbot("--taal", "en", "wijk", "pijler", "hernoemen", "Lewenborg XL", "Gezond", "Gezondheid"),
    ].map((r) => r.out);
    expect(outputs).toEqual([
      "Pillar Veilig was added to Lewenborg XL.\n",
      "Pillar Veilig already exists in Lewenborg XL; nothing was changed.\n",
      "Pillar Gezond is now called Gezondheid.\n",
      "Pillar Gezondheid is already called that; nothing was changed.\n",
    ]);
    const taken = await wijkbot("--taal", "en", "wijk", "pijler", "hernoemen", "Lewenborg XL", "Gezondheid", "Kansrijk");
    expect(taken).toEqual({ out: "", err: "There already is a pillar *Kansrijk*. Choose another name.\n", code: 1 });
  });

  it("makes a join code", async () => {
    await wijkbot("wijk", "nieuw", "Lewenborg XL", "--sjabloon", "lewenborg");
    const { out, code } = await wijkbot("--taal", "en", "code", "Lewenborg XL", "stuurgroep");
    expect(code).toBe(0);
    expect(out).toMatch(/^Join code for Lewenborg XL \(stuurgroep\): (\w+)\nValid until \d{4}-\d\d-\d\d \d\d:\d\d\. Type in the group: \/koppel \1\n$/);
    expect((await wijkbot("--taal", "en", "code", "Lewenborg XL", "iedereen")).err).toBe("The kind must be kartrekkers or stuurgroep.\n");
  });

  it("refuses an unknown template and an unknown wijk in English, on stderr with a non-zero exit code", async () => {
    expect(await wijkbot("--taal", "en", "wijk", "nieuw", "X", "--sjabloon", "nijmegen")).toEqual({
      out: "",
      err: 'Unknown template "nijmegen". Choose from: lewenborg, spt, sterk-voor-noord, groningen-noord, leeg.\n',
      code: 2,
    });
    expect((await wijkbot("--taal", "en", "code", "Paddepoel", "kartrekkers")).err).toBe('There is no neighbourhood "Paddepoel". Existing neighbourhoods: (none yet).\n');
    await wijkbot("wijk", "nieuw", "Lewenborg XL", "--sjabloon", "lewenborg");
    expect(await wijkbot("--taal", "en", "wijk", "pijler", "toevoegen", "Paddepoel", "Veilig")).toEqual({
      out: "",
      err: 'There is no neighbourhood "Paddepoel". Existing neighbourhoods: Lewenborg XL.\n',
      code: 1,
    });
  });

  it("refuses settings that are not JSON", async () => {
    await wijkbot("wijk", "nieuw", "Selwerd", "--sjabloon", "spt");
    const { err, code } = await wijkbot("--taal", "en", "wijk", "instellingen", "Selwerd", "--zet", "geen json");
    expect({ err, code }).toEqual({ err: "That is not valid JSON. Example: --zet '{\"digest\":{\"at\":\"09:00\"}}'\n", code: 2 });
    expect((await wijkbot("--taal", "en", "wijk", "instellingen", "Selwerd", "--zet", '{"digest":{"weekday":2}}')).out).toMatch(/^Settings of Selwerd updated\.\n\{/);
  });

  it("reports a dry-run import with refused rows, each reason in English", async () => {
    await wijkbot("wijk", "nieuw", "Lewenborg XL", "--sjabloon", "lewenborg");
    const file = csvFile([
      ["Gezond", "", "Schoolfruit", "Joke en Fatima", "", "", "In uitvoering", "400/120", "1-3-2026", "", ""],
      ["Sport", "", "Voetbal na school", "Ahmed", "", "", "gepland", "", "", "", ""],
      ["Kansrijk", "", "", "Lisa", "", "", "gepland", "", "", "", ""],
      ["Kansrijk", "", "Taalcafé", "Lisa", "", "", "misschien", "veel", "volgende week", "duur", ""],
    ]);
    const { out, err, code } = await wijkbot("--taal", "en", "import", file, "--wijk", "lewenborg xl", "--dry-run");
    expect(out).toBe(
      [
        "Year plan jaarplan.csv for Lewenborg XL: 1 row fine, 3 refused.",
        '- row 3: unknown pillar "Sport" (existing pillars: Kansrijk, Vreedzaam, Gezond)',
        "- row 4: the activity (title) is missing",
        '- row 5: unknown status "misschien" (use planned, in progress, done, stopped or parked); date "volgende week" can\'t be read (use for example 15-03-2027); ' +
          'reach "veel" can\'t be read (use intended/reached, for example 300/120); budgeted (Begroot) "duur" is not an amount',
        "New people (become action leads): Joke, Fatima",
        "Dry run: nothing was saved.",
        "",
      ].join("\n"),
    );
    expect({ err, code }).toEqual({ err: "Some rows would be refused; see above.\n", code: 1 });
    expect(dutchIn(out + err)).toEqual([]);
  });

  it("shows the help texts in English", async () => {
    const { out, code } = await wijkbot("--taal", "en", "wijk", "nieuw", "--help");
    expect(code).toBe(0);
    expect(out).toContain("create a neighbourhood with the pillars (and goals) of a template");
    expect(out).toContain("-s, --sjabloon <template>  structure: lewenborg, spt");
    expect(out).toContain("\nTemplates:\n  lewenborg ");
    expect(dutchIn(out.replace(/^ {2}[a-z-]+ {2,}.*$/gm, ""))).toEqual([]); // the templates' own labels stay Dutch
    expect((await wijkbot("--taal", "en", "--help")).out).toMatch(/--taal <code>\s+language of the output: nl, en/);
  });
});

describe("choosing the language", () => {
  it("is Dutch by default", async () => {
    expect(await wijkbot("wijk", "lijst")).toEqual({ out: 'Er zijn nog geen wijken. Maak er een: wijk nieuw "<naam>" --sjabloon lewenborg\n', err: "", code: 0 });
  });

  it("takes --taal after the subcommand too, and --language as another name for it", async () => {
    expect((await wijkbot("wijk", "lijst", "--taal", "en")).out).toMatch(/^There are no neighbourhoods yet/);
    expect((await wijkbot("wijk", "lijst", "--taal=en")).out).toMatch(/^There are no neighbourhoods yet/);
    expect((await wijkbot("--language", "en", "wijk", "lijst")).out).toMatch(/^There are no neighbourhoods yet/);
  });

  it("takes WIJKBOT_TAAL as the default; --taal wins", async () => {
    vi.stubEnv("WIJKBOT_TAAL", "en");
    expect((await wijkbot("wijk", "lijst")).out).toMatch(/^There are no neighbourhoods yet/);
    expect((await wijkbot("--taal", "nl", "wijk", "lijst")).out).toMatch(/^Er zijn nog geen wijken/);
  });

  it("falls back to Dutch for a language it does not have", async () => {
    expect((await wijkbot("--taal", "tlh", "wijk", "lijst")).out).toMatch(/^Er zijn nog geen wijken/);
  });

  it("can be given to buildCli directly", async () => {
    const output: string[] = [];
    const cli = buildCli({ out: (text) => output.push(text), db: async () => testDb(), now: () => TRANSCRIPT_START, language: "en" });
    await cli.parseAsync(["wijk", "lijst"], { from: "user" });
    expect(output.join("")).toMatch(/^There are no neighbourhoods yet/);
  });
});

describe("npm run wijkbot -- --taal en, as a process", () => {
  const root = fileURLToPath(new URL("../..", import.meta.url));

  it("prints its results on stdout and its errors on stderr in English", async () => {
    const database = await createTestDatabase();
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: database.url };
      delete env.WIJKBOT_TAAL;
      const run = (...args: string[]) => promisify(execFile)(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], { cwd: root, env });
      expect(await run("--taal", "en", "wijk", "lijst")).toEqual({
        stdout: 'There are no neighbourhoods yet. Create one: wijk nieuw "<name>" --sjabloon lewenborg\n',
        stderr: "",
      });
      await expect(run("--taal", "en", "code", "Paddepoel", "kartrekkers")).rejects.toMatchObject({
        code: 1,
        stdout: "",
        stderr: 'There is no neighbourhood "Paddepoel". Existing neighbourhoods: (none yet).\n',
      });
    } finally {
      await database.dispose();
    }
  });
});
