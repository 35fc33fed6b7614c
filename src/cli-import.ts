import { basename } from "node:path";
import { CommanderError, type Command } from "commander";
import type { Db } from "./db.ts";
import { findWijkByName } from "./services/find-wijk.ts";
import { checkJaarplan, type JaarplanCheck } from "./services/check-jaarplan.ts";
import { importJaarplan } from "./services/import-jaarplan.ts";
import { readJaarplanFile } from "./parse/jaarplan-file.ts";
import { localize, type Translate } from "./i18n/index.ts";

/**
 * `npm run wijkbot -- import <bestand> --wijk <naam> [--dry-run]`: a jaarplan (CSV or
 * XLSX in the projectenboek's columns) becomes actions. All or nothing: one refused row
 * and nothing is imported (exit code 1). The dry run only reports.
 */
export function registerImportCommand(program: Command, io: { out: (text: string) => void; db: () => Promise<Db>; now: () => Date }, t: Translate): void {
  program
    .command("import")
    .description(t("cli.import.description"))
    .argument(`<${t("cli.arg.file")}>`, t("cli.import.file"))
    .requiredOption(`--wijk <${t("cli.arg.name")}>`, t("cli.wijkName"))
    .option("--dry-run", t("cli.import.dryRunOption"))
    .action(async (file: string, options: { wijk: string; dryRun?: boolean }) => {
      const sheet = await readJaarplanFile(file);
      const db = await io.db();
      const wijk = await findWijkByName(db, options.wijk);
      const check = await checkJaarplan(db, { wijkId: wijk.id, sheet });
      io.out(report(basename(file), wijk.name, check, t));
      if (options.dryRun) {
        io.out(`${t("cli.import.dryRun")}\n`);
        if (check.problems.length) throw new CommanderError(1, "wijkbot.import", t("cli.import.wouldRefuse"));
        return;
      }
      if (check.problems.length) throw new CommanderError(1, "wijkbot.import", t("cli.import.nothingImported"));
      const imported = await importJaarplan(db, { wijkId: wijk.id, sheet, now: io.now() });
      const count = imported.actions.length;
      io.out(`${t("cli.import.done", { count, wijk: wijk.name })}\n`);
    });
}

function report(file: string, wijkName: string, check: JaarplanCheck, t: Translate): string {
  const good = check.actions.length;
  const lines = [
    t("cli.import.summary", { file, wijk: wijkName, good: t("cli.import.good", { count: good }), refused: check.problems.length }),
  ];
  for (const problem of check.problems) lines.push(t("cli.import.problem", { row: problem.row, reasons: problem.reasons.map((reason) => localize(t, reason)).join("; ") }));
  if (check.newPeople.length) lines.push(t("cli.import.newPeople", { names: check.newPeople.join(", ") }));
  return `${lines.join("\n")}\n`;
}
