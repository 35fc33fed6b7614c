import { afterAll, beforeAll, describe, expect } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Hono } from "hono";
import ExcelJS from "exceljs";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { buildCli } from "../../src/cli.ts";
import { registerOverviewRoutes } from "../../src/web/routes.tsx";
import { createWijk } from "../../src/services/create-wijk.ts";
import { toInstant } from "../../src/time/amsterdam.ts";
import { itWithProgram } from "./tools.ts";

/**
 * Issue 13, part 4: the projectenboek CSV opened the way a Dutch coördinator opens it. Calc
 * (LibreOffice headless) reads it with the Dutch locale and the options Excel uses when it
 * opens a CSV (dates and other special numbers recognised), saves it as XLSX, and that
 * workbook is imported into an empty wijk. One LibreOffice start converts both files.
 *
 * CSV import filter options, in order: field separator (59 = ";"), text delimiter (34 = '"'),
 * character set (76 = UTF-8), first line, column formats (none), language (1043 = Dutch,
 * Netherlands: decimal comma, day-month dates), quoted fields as text (no), detect special
 * numbers (yes).
 */
const DUTCH_CSV_IMPORT = "CSV:59,34,76,1,,1043,false,true";
/** The projectenboek's columns and age groups before this part: what a spreadsheet used to break. */
const OLD_CSV = [
  "Pijler/Opgave;Doel;Activiteit;Eigenaar;Partners;Resultaat;Status;Bereik (beoogd/bereikt);Deadline;Begroot;Besteed;Doelgroep",
  "Gezond;;Watertappunt;Fatima;;;bezig;300/120;30-01-2026;2500,00;400,00;4-12",
  "Kansrijk;;Geldlessen;Peter;;;gepland;;;;;12+",
].join("\r\n");

let h: Harness;
let web: Hono;
let dir: string;
let source: { token: string; csv: string };
let converted: { today: ExcelJS.Worksheet; old: ExcelJS.Worksheet; todayFile: string };

beforeAll(async () => {
  h = await createHarness();
  // Cells a spreadsheet likes to change: formula-like text, a time of day, thousands of people.
  await h.say("Marieke", "/actie nieuw +1 voor elk kind pijler Kansrijk doelgroep 12+");
  await h.say("Fatima", "/actie update watertappunt -40 liter per dag bespaard, zegt de GGD");
  await h.say("Fatima", "/actie bereik watertappunt 1250 van 3000");
  const water = await h.db.action.findFirstOrThrow({ where: { title: "Watertappunt in de wijk" } });
  await h.db.action.update({ where: { id: water.id }, data: { deadline: toInstant({ year: 2026, month: 12, day: 18 }, 9, 30) } });
  web = new Hono();
  registerOverviewRoutes(web, { db: h.db, clock: h.clock });
  const token = (await h.db.wijk.findUniqueOrThrow({ where: { id: h.wijkId } })).overviewToken;
  source = { token, csv: await csvOf(token) };
  dir = mkdtempSync(join(tmpdir(), "wijkbot-calc-"));
});
afterAll(async () => {
  await h?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function csvOf(token: string): Promise<string> {
  return (await web.request(`/w/${token}/projectenboek.csv`)).text();
}

/** Both CSVs to XLSX in one LibreOffice start (its start-up is most of the time). */
async function convertWithDutchCalc(): Promise<typeof converted> {
  writeFileSync(join(dir, "projectenboek.csv"), source.csv);
  writeFileSync(join(dir, "oud.csv"), `\uFEFF${OLD_CSV}\r\n`);
  const outDir = join(dir, "xlsx");
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(dir, "lo-profile")}`,
      "--headless",
      "--norestore",
      `--infilter=${DUTCH_CSV_IMPORT}`,
      "--convert-to",
      "xlsx",
      "--outdir",
      outDir,
      join(dir, "projectenboek.csv"),
      join(dir, "oud.csv"),
    ],
    { stdio: "pipe", timeout: 60_000 },
  );
  const sheet = async (file: string) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    return workbook.worksheets[0];
  };
  return { today: await sheet(join(outDir, "projectenboek.xlsx")), old: await sheet(join(outDir, "oud.xlsx")), todayFile: join(outDir, "projectenboek.xlsx") };
}

/** The values of the column with this header, below the header. */
function column(sheet: ExcelJS.Worksheet, header: string): ExcelJS.CellValue[] {
  const index = (sheet.getRow(1).values as ExcelJS.CellValue[]).indexOf(header);
  expect(index, header).toBeGreaterThan(0);
  return sheet.getColumn(index).values.slice(2);
}

describe("the projectenboek through Dutch LibreOffice Calc: CSV → XLSX → import", () => {
  itWithProgram("soffice-calc")(
    "imports every row unchanged; age groups stay text, reach and money become numbers",
    async () => {
      converted = await convertWithDutchCalc();

      // The old failure, reproduced: "4-12" became 4 December, "12+" became 12.
      const oldAges = column(converted.old, "Doelgroep");
      expect(oldAges[0]).toBeInstanceOf(Date);
      expect(oldAges[1]).toBe(12);

      // Today's export: every age group is still the text it was.
      const ages = column(converted.today, "Doelgroep");
      expect(ages).toHaveLength(11);
      expect(ages.every((cell) => typeof cell === "string")).toBe(true);
      expect(new Set(ages)).toEqual(new Set(["0–4 jaar", "4–12 jaar", "12+ jaar", "algemeen"]));
      // Reach and money are numbers a spreadsheet can add up; the deadline is a date.
      expect(column(converted.today, "Bereikt")).toContain(1250);
      expect(column(converted.today, "Beoogd")).toContain(3000);
      expect(column(converted.today, "Begroot")).toContain(2500);
      expect(column(converted.today, "Deadline")).toContainEqual(new Date(Date.UTC(2026, 11, 18, 9, 30)));

      const { wijk: copy } = await h.db.$transaction((tx) =>
        createWijk(tx, { name: "Lewenborg kopie", pillars: [{ name: "Kansrijk" }, { name: "Vreedzaam" }, { name: "Gezond" }] }),
      );
      let out = "";
      const cli = buildCli({ out: (text) => (out += text), db: async () => h.db, now: () => h.clock.now() });
      await cli.parseAsync(["import", converted.todayFile, "--wijk", "Lewenborg kopie"], { from: "user" });
      expect(out).toContain("11 acties geïmporteerd in Lewenborg kopie.");
      // Exported again, the copy is the same projectenboek, cell for cell.
      expect(await csvOf(copy.overviewToken)).toBe(source.csv);
    },
    120_000,
  );
});
