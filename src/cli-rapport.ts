import { writeFileSync } from "node:fs";
import { CommanderError, type Command } from "commander";
import type { Db } from "./db.ts";
import { findWijkByName } from "./services/find-wijk.ts";
import { chooseReportYear, parseReportYear } from "./services/choose-report-year.ts";
import { getMonitorReport } from "./services/get-monitor-report.ts";
import { buildReportDocument } from "./render/report-document.ts";
import { renderReportPdf } from "./render/report-pdf.ts";
import { renderReportDocx } from "./render/report-docx.ts";
import type { Translate } from "./i18n/index.ts";

/**
 * `npm run wijkbot -- rapport "<wijk>" [--jaar 2026] --pdf <bestand> | --docx <bestand>`:
 * the yearly monitor written to a file, in the language of `--taal` (Dutch by default).
 */
export function registerRapportCommand(
  program: Command,
  io: { out: (text: string) => void; db: () => Promise<Db>; now: () => Date },
  t: Translate,
  language: () => string,
): void {
  program
    .command("rapport")
    .description(t("report.cli.description"))
    .argument(`<${t("cli.arg.wijk")}>`, t("cli.wijkName"))
    .option("--jaar <jaar>", t("report.cli.year"))
    .option(`--pdf <${t("cli.arg.file")}>`, t("report.cli.pdf"))
    .option(`--docx <${t("cli.arg.file")}>`, t("report.cli.docx"))
    .action(async (wijkName: string, options: { jaar?: string; pdf?: string; docx?: string }) => {
      if (!options.pdf && !options.docx) throw new CommanderError(2, "wijkbot.rapport", t("report.cli.needsFile"));
      if (options.jaar !== undefined && !parseReportYear(options.jaar)) throw new CommanderError(2, "wijkbot.rapport", t("report.web.badYear"));
      const db = await io.db();
      const wijk = await findWijkByName(db, wijkName);
      const now = io.now();
      const year = await chooseReportYear(db, { wijkId: wijk.id, asked: options.jaar, now });
      const report = await getMonitorReport(db, { wijkId: wijk.id, year, now });
      const document = buildReportDocument(report, language());
      for (const [file, render] of [
        [options.pdf, () => renderReportPdf(document, now)],
        [options.docx, () => renderReportDocx(document)],
      ] as const) {
        if (!file) continue;
        writeFileSync(file, await render());
        io.out(`${t("report.cli.written", { year, wijk: wijk.name, file })}\n`);
      }
    });
}
