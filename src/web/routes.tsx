import type { Context, Hono } from "hono";
import type { Db } from "../db.ts";
import type { Clock } from "../core/clock.ts";
import { findWijkByOverviewToken } from "../services/find-wijk-by-overview-token.ts";
import { filterActions, getWijkOverview, type BoardFilter } from "../services/get-web-board.ts";
import { listAbsences } from "../services/list-absences.ts";
import { getActionDetails } from "../services/get-action-details.ts";
import { getMeetingOverview } from "../services/get-meeting-overview.ts";
import { listPeople } from "../services/list-people.ts";
import { DEFAULT_PUBLIC_URL, overviewPath, overviewUrl } from "./public-url.ts";
import { pageContext, pageLanguage } from "./page-context.ts";
import { isoDayOf } from "../time/amsterdam.ts";
import { renderDocument } from "./layout.tsx";
import { ActionPage } from "./pages/action.tsx";
import { MeetingPage } from "./pages/meeting.tsx";
import { PeoplePage } from "./pages/people.tsx";
import { chooseReportYear } from "../services/choose-report-year.ts";
import { getProgressTimeline } from "../services/get-progress-timeline.ts";
import { getMonitorReport } from "../services/get-monitor-report.ts";
// What draws charts, PDFs, Word and spreadsheet files and calendars (echarts, pdfkit, docx,
// exceljs, ical-generator: together ~100 MB) is loaded by the first request that needs it:
// the pages with a chart too, so a bot nobody has asked for a page keeps ECharts out of memory.
const boardPage = () => import("./pages/board.tsx");
const pillarsPage = () => import("./pages/pillars.tsx");
const financesPage = () => import("./pages/finances.tsx");
const progressPage = () => import("./pages/progress.tsx");
const reportPage = () => import("./pages/report.tsx");
const reportDocument = () => import("../render/report-document.ts");
const exportProjectenboek = () => import("../render/projectenboek.ts");

type Wijk = { id: string; name: string };
type Handler = (c: Context, wijk: Wijk, token: string, now: Date) => Response | Promise<Response>;

/** Read-only pages carry the token in the URL: keep them out of caches, search engines, referrers and frames. */
const SECURITY_HEADERS: Record<string, string> = {
  "Cache-Control": "private, no-store",
  "Referrer-Policy": "no-referrer",
  "X-Robots-Tag": "noindex, nofollow",
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
};

/**
 * The web overview: GET /w/<token>/… for a wijk's board, action pages, pillars and
 * goals, meeting, who's who, finances and the exports. Anything without a valid token
 * is a plain 404 that looks like every other unknown address. Pages are Dutch unless
 * the address asks for another language (`?taal=en`, src/web/page-context.ts).
 */
export function registerOverviewRoutes(app: Hono, deps: { db: Db; clock: Clock; publicUrl?: () => string }): void {
  const { db, clock } = deps;
  const publicUrl = deps.publicUrl ?? (() => DEFAULT_PUBLIC_URL);

  const page = (handler: Handler) => async (c: Context) => {
    const token = c.req.param("token") ?? "";
    const wijk = await findWijkByOverviewToken(db, token);
    if (!wijk) return c.notFound();
    const response = await handler(c, wijk, token, clock.now());
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
    return response;
  };
  const html = (c: Context, element: unknown) => c.html(renderDocument(element));

  // The language goes along, so /w/<token>?taal=en stays English.
  app.get("/w/:token", (c) => c.redirect(overviewPath(c.req.param("token"), "", pageLanguage(c)), 301));

  app.get(
    "/w/:token/",
    page(async (c, wijk, token, now) => {
      const overview = await getWijkOverview(db, { wijkId: wijk.id, now });
      const filter: BoardFilter = {
        pijler: c.req.query("pijler") || undefined,
        doelgroep: c.req.query("doelgroep") || undefined,
        eigenaar: c.req.query("eigenaar") || undefined,
        organisatie: c.req.query("organisatie") || undefined,
      };
      const absences = await listAbsences(db, { wijkId: wijk.id, now });
      const { BoardPage } = await boardPage();
      return html(c, <BoardPage ctx={pageContext(c, token, "")} overview={overview} actions={filterActions(overview, filter)} filter={filter} now={now} absences={absences} />);
    }),
  );

  app.get(
    "/w/:token/acties/:id",
    page(async (c, wijk, token, now) => {
      const id = c.req.param("id") ?? "";
      const exists = await db.action.findFirst({ where: { id, wijkId: wijk.id, deletedAt: null }, select: { id: true } });
      if (!exists) return c.notFound();
      const details = await getActionDetails(db, { wijkId: wijk.id, actionId: id });
      return html(c, <ActionPage ctx={pageContext(c, token, `acties/${id}`)} wijkName={wijk.name} details={details} now={now} />);
    }),
  );

  app.get(
    "/w/:token/pijlers",
    page(async (c, wijk, token, now) => {
      const overview = await getWijkOverview(db, { wijkId: wijk.id, now });
      const { PillarsPage } = await pillarsPage();
      return html(c, <PillarsPage ctx={pageContext(c, token, "pijlers")} overview={overview} now={now} />);
    }),
  );

  app.get(
    "/w/:token/vergadering",
    page(async (c, wijk, token, now) =>
      html(c, <MeetingPage ctx={pageContext(c, token, "vergadering")} wijkName={wijk.name} meetings={await getMeetingOverview(db, { wijkId: wijk.id, now })} now={now} />),
    ),
  );

  app.get(
    "/w/:token/wie",
    page(async (c, wijk, token, now) =>
      html(c, <PeoplePage ctx={pageContext(c, token, "wie")} wijkName={wijk.name} people={await listPeople(db, wijk.id)} now={now} absences={await listAbsences(db, { wijkId: wijk.id, now })} />),
    ),
  );

  app.get(
    "/w/:token/financien",
    page(async (c, wijk, token, now) => {
      const overview = await getWijkOverview(db, { wijkId: wijk.id, now });
      const { FinancesPage } = await financesPage();
      return html(c, <FinancesPage ctx={pageContext(c, token, "financien")} overview={overview} now={now} />);
    }),
  );

  app.get(
    "/w/:token/voortgang",
    page(async (c, wijk, token, now) => {
      const year = await chooseReportYear(db, { wijkId: wijk.id, asked: c.req.query("jaar"), now });
      const timeline = await getProgressTimeline(db, { wijkId: wijk.id, year, now });
      const { ProgressPage } = await progressPage();
      return html(c, <ProgressPage ctx={pageContext(c, token, "voortgang")} wijkName={wijk.name} timeline={timeline} now={now} />);
    }),
  );

  // The yearly monitor (?jaar=2026, default the plan year) as a page, a PDF and a Word file, in the page language.
  const reportOf = async (c: Context, wijk: Wijk, now: Date) => {
    const year = await chooseReportYear(db, { wijkId: wijk.id, asked: c.req.query("jaar"), now });
    const report = await getMonitorReport(db, { wijkId: wijk.id, year, now });
    const { buildReportDocument } = await reportDocument();
    return { year, report, document: buildReportDocument(report, pageLanguage(c)) };
  };

  app.get(
    "/w/:token/rapport",
    page(async (c, wijk, token, now) => {
      const { year, document } = await reportOf(c, wijk, now);
      const { ReportPage } = await reportPage();
      return html(c, <ReportPage ctx={pageContext(c, token, "rapport")} wijkName={wijk.name} year={year} document={document} now={now} />);
    }),
  );

  app.get(
    "/w/:token/rapport.pdf",
    page(async (c, wijk, _token, now) => {
      const { year, document } = await reportOf(c, wijk, now);
      const { renderReportPdf } = await import("../render/report-pdf.ts");
      const pdf = await renderReportPdf(document, now);
      return download(c, new Uint8Array(pdf), "application/pdf", reportFileName(wijk.name, year, "pdf"), "inline");
    }),
  );

  app.get(
    "/w/:token/rapport.docx",
    page(async (c, wijk, _token, now) => {
      const { year, document } = await reportOf(c, wijk, now);
      const { renderReportDocx } = await import("../render/report-docx.ts");
      const docx = await renderReportDocx(document);
      return download(c, new Uint8Array(docx), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", reportFileName(wijk.name, year, "docx"));
    }),
  );

  app.get(
    "/w/:token/projectenboek.csv",
    page(async (c, wijk, _token, now) => {
      const { projectenboekCsv, projectenboekRows } = await exportProjectenboek();
      const rows = projectenboekRows(await getWijkOverview(db, { wijkId: wijk.id, now }));
      return download(c, projectenboekCsv(rows), "text/csv; charset=utf-8", fileName(wijk.name, now, "csv"));
    }),
  );

  app.get(
    "/w/:token/projectenboek.xlsx",
    page(async (c, wijk, _token, now) => {
      const { projectenboekRows, projectenboekXlsx } = await exportProjectenboek();
      const rows = projectenboekRows(await getWijkOverview(db, { wijkId: wijk.id, now }));
      const xlsx = await projectenboekXlsx(rows, wijk.name);
      return download(c, new Uint8Array(xlsx), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName(wijk.name, now, "xlsx"));
    }),
  );

  app.get(
    "/w/:token/samenvatting.md",
    page(async (c, wijk, _token, now) => {
      const { projectenboekMarkdown } = await exportProjectenboek();
      const markdown = projectenboekMarkdown(await getWijkOverview(db, { wijkId: wijk.id, now }), now, pageLanguage(c));
      return download(c, markdown, "text/markdown; charset=utf-8", fileName(wijk.name, now, "md"), "inline");
    }),
  );

  app.get(
    "/w/:token/agenda.ics",
    page(async (c, wijk, token, now) => {
      // Loaded on first use: ical-generator is not needed until someone subscribes.
      const [{ getIcsFeed }, { renderIcsFeed }] = await Promise.all([import("../services/get-ics-feed.ts"), import("../render/ics-feed.ts")]);
      // The wijk has no language of its own: the feed is Dutch unless its address asks for another (`?taal=en`), like every page.
      const lang = pageLanguage(c);
      const ics = renderIcsFeed(await getIcsFeed(db, { wijkId: wijk.id, now }), { now, lang, link: (id) => overviewUrl(publicUrl(), token, `acties/${id}`, lang) });
      return c.body(ics, 200, { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": 'inline; filename="agenda.ics"' });
    }),
  );
}

function download(c: Context, body: string | Uint8Array<ArrayBuffer>, type: string, name: string, disposition = "attachment"): Response {
  return c.body(body, 200, {
    "Content-Type": type,
    "Content-Disposition": `${disposition}; filename="${name.replace(/[^\w.-]+/g, "-")}"; filename*=UTF-8''${encodeURIComponent(name)}`,
  });
}

/** "monitor-2026-Lewenborg-XL.pdf" */
export function reportFileName(wijkName: string, year: number, ext: string): string {
  return `monitor-${year}-${wijkName.replace(/\s+/g, "-")}.${ext}`;
}

/** "projectenboek-Lewenborg-XL-2026-11-23.xlsx" */
function fileName(wijkName: string, now: Date, ext: string): string {
  return `projectenboek-${wijkName.replace(/\s+/g, "-")}-${isoDayOf(now)}.${ext}`;
}
