import { basename } from "node:path";
import { CommanderError, type Command } from "commander";
import type { Db } from "./db.ts";
import { findWijkByName } from "./services/find-wijk.ts";
import { checkJaarplan, importJaarplan, readJaarplanFile, type JaarplanCheck } from "./services/import-jaarplan.ts";

/**
 * `npm run wijkbot -- import <bestand> --wijk <naam> [--dry-run]`: a jaarplan (CSV or
 * XLSX in the projectenboek's columns) becomes actions. All or nothing: one refused row
 * and nothing is imported (exit code 1). The dry run only reports.
 */
export function registerImportCommand(program: Command, io: { out: (text: string) => void; db: () => Promise<Db>; now: () => Date }): void {
  program
    .command("import")
    .description("importeer een jaarplan (CSV of XLSX met de kolommen van het projectenboek) als acties")
    .argument("<bestand>", "pad naar het .csv- of .xlsx-bestand")
    .requiredOption("--wijk <naam>", "naam van de wijk")
    .option("--dry-run", "alleen controleren: toon welke rijen afgekeurd zouden worden, sla niets op")
    .action(async (file: string, options: { wijk: string; dryRun?: boolean }) => {
      const sheet = await readJaarplanFile(file);
      const db = await io.db();
      const wijk = await findWijkByName(db, options.wijk);
      const check = await checkJaarplan(db, { wijkId: wijk.id, sheet });
      io.out(report(basename(file), wijk.name, check));
      if (options.dryRun) {
        io.out("Proefrun: er is niets opgeslagen.\n");
        if (check.problems.length) throw new CommanderError(1, "wijkbot.import", "Er zouden rijen afgekeurd worden; zie hierboven.");
        return;
      }
      if (check.problems.length) throw new CommanderError(1, "wijkbot.import", "Er is niets geïmporteerd: verbeter eerst de afgekeurde rijen.");
      const imported = await importJaarplan(db, { wijkId: wijk.id, sheet, now: io.now() });
      io.out(`${imported.actions.length} ${imported.actions.length === 1 ? "actie" : "acties"} geïmporteerd in ${wijk.name}.\n`);
    });
}

function report(file: string, wijkName: string, check: JaarplanCheck): string {
  const lines = [`Jaarplan ${file} voor ${wijkName}: ${check.actions.length} ${check.actions.length === 1 ? "rij" : "rijen"} in orde, ${check.problems.length} afgekeurd.`];
  for (const problem of check.problems) lines.push(`- rij ${problem.row}: ${problem.reasons.join("; ")}`);
  if (check.newPeople.length) lines.push(`Nieuwe personen (worden kartrekker): ${check.newPeople.join(", ")}`);
  return `${lines.join("\n")}\n`;
}
