import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { chooseReportYear, REPORT_YEAR_MAX, REPORT_YEAR_MIN } from "../src/services/choose-report-year.ts";
import { getMonitorReport } from "../src/services/get-monitor-report.ts";
import { overviewUrl } from "../src/web/public-url.ts";

export default defineCommand({
  name: "rapport",
  aliases: ["jaarrapport", "monitor", "report", "year report"],
  summary: "het jaarrapport (monitor) van de wijk: samenvatting hier, het hele rapport als webpagina, PDF en Word (coördinator, privé)",
  summaryEn: "the wijk's yearly report (monitor): a summary here, the whole report as a web page, PDF and Word file (coördinator, private chat)",
  usage: "/rapport [jaar]",
  examples: ["/rapport", "/rapport 2026"],
  mutates: false,
  parse: (rest) => {
    const typed = rest.trim();
    return { year: typed ? (/^\d{4}$/.test(typed) ? Number(typed) : NaN) : undefined };
  },
  schema: z.object({
    year: z.number({ error: "report.yearShape" }).int("report.yearShape").min(REPORT_YEAR_MIN, "report.yearShape").max(REPORT_YEAR_MAX, "report.yearShape").optional(),
  }),
  async run(ctx, args) {
    ctx.requireRole(["coordinator"], "report.what");
    const year = await chooseReportYear(ctx.tx, { wijkId: ctx.wijk.id, asked: args.year, now: ctx.now });
    // The report names actions and decisions: it is asked for and sent privately, never in a group.
    if (!ctx.message.isDirect) return ctx.t("report.onlyDm", { year });
    const report = await getMonitorReport(ctx.tx, { wijkId: ctx.wijk.id, year, now: ctx.now });
    // The report's renderer brings the charting library: loaded when a report is asked for, not with every command.
    const { summary } = await import("../src/render/report-document.ts");
    const link = (path: string) => overviewUrl(ctx.runtime.publicUrl, ctx.wijk.overviewToken, `${path}?jaar=${year}`, ctx.lang);
    return ctx.t("report.reply", {
      year,
      wijk: ctx.wijk.name,
      summary: summary(report, ctx.t, ctx.lang).join("\n"),
      html: link("rapport"),
      pdf: link("rapport.pdf"),
      docx: link("rapport.docx"),
    });
  },
});
