// exceljs is loaded on first use: it costs ~20 MB of memory that most processes never need.
import type ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";
import type { OverviewAction, WijkOverview } from "../services/get-web-board.ts";
import { describeActionCounts } from "./action-counts.ts";
import { localParts } from "../time/amsterdam.ts";
import { AGE_GROUP_CELLS, type AgeGroup } from "../domain.ts";
import { formatMoney, formatNumber, pad } from "./format.ts";
import { DEFAULT_LANGUAGE, statusLabel, translator, type Translate } from "../i18n/index.ts";

/**
 * The projectenboek: one row per action in the shape of the appendices of a programme
 * report (seed 004: opgave → doel → activiteit / resultaat / status), extended with
 * owner, partners, reach, deadline and budget. The same columns are read back by the
 * jaarplan import, so an export can be imported into another wijk. Every cell survives a
 * spreadsheet opening the CSV in Dutch (LibreOffice, Excel): reach and money are plain
 * numbers that can be summed, age groups carry a word so they never become dates.
 */
export const PROJECTENBOEK_COLUMNS = [
  "Pijler/Opgave",
  "Doel",
  "Activiteit",
  "Eigenaar",
  "Partners",
  "Resultaat",
  "Status",
  "Bereikt",
  "Beoogd",
  "Deadline",
  "Begroot",
  "Besteed",
  // Not in the seed's appendices, but without it an export → import round trip would lose the age group.
  "Doelgroep",
] as const;

export type ProjectenboekColumn = (typeof PROJECTENBOEK_COLUMNS)[number];

export interface ProjectenboekRow {
  pillar: string;
  goal: string;
  title: string;
  owners: string[];
  partners: string[];
  result: string;
  status: string;
  reachIntended: number | null;
  reachReached: number | null;
  deadline: Date | null;
  budgetPlannedCents: number | null;
  budgetSpentCents: number | null;
  ageGroup: string;
}

/** Rows in plan order: pillar, then goal, then deadline. */
export function projectenboekRows(overview: WijkOverview): ProjectenboekRow[] {
  const goalPosition = new Map<string, number>();
  overview.pillars.forEach((p) => p.goals.forEach((g, i) => goalPosition.set(g.id, i)));
  const pillarPosition = new Map(overview.pillars.map((p, i) => [p.id, i]));
  const ordered = [...overview.actions].sort(
    (a, b) =>
      (a.pillarId ? (pillarPosition.get(a.pillarId) ?? Infinity) : Infinity) - (b.pillarId ? (pillarPosition.get(b.pillarId) ?? Infinity) : Infinity) ||
      (a.goalId ? (goalPosition.get(a.goalId) ?? Infinity) : Infinity) - (b.goalId ? (goalPosition.get(b.goalId) ?? Infinity) : Infinity),
  );
  return ordered.map(toRow);
}

function toRow(a: OverviewAction): ProjectenboekRow {
  return {
    pillar: a.pillarName ?? "",
    goal: a.goalTitle ?? "",
    title: a.title,
    owners: a.owners.map((o) => o.name),
    partners: a.partners.map((p) => p.name),
    result: a.latestNote?.text ?? "",
    status: a.status,
    reachIntended: a.reachIntended,
    reachReached: a.reachReached,
    deadline: a.deadline,
    budgetPlannedCents: a.budgetPlannedCents,
    budgetSpentCents: a.budgetSpentCents,
    ageGroup: a.ageGroup ?? "",
  };
}

/** "4–12 jaar" for the stored "4-12" (see AGE_GROUP_CELLS); an unknown stored value as it is. */
export function formatAgeGroupCell(ageGroup: string): string {
  return AGE_GROUP_CELLS[ageGroup as AgeGroup] ?? ageGroup;
}

/** "18-12-2026", or "18-12-2026 09:30" for a deadline with a time of day. */
export function formatDeadlineCell(deadline: Date | null): string {
  if (!deadline) return "";
  const p = localParts(deadline);
  const time = p.hour || p.minute ? ` ${pad(p.hour)}:${pad(p.minute)}` : "";
  return `${pad(p.day)}-${pad(p.month)}-${p.year}${time}`;
}

/** Euros with a decimal comma and no thousands separator ("2500,00"), as Dutch spreadsheets read them. */
export function formatEuroCell(cents: number | null): string {
  if (cents === null) return "";
  return `${Math.trunc(cents / 100)},${pad(Math.abs(cents % 100))}`;
}

/** The columns that read the same in CSV and XLSX (everything before the reach). */
function leadingCells(row: ProjectenboekRow): string[] {
  return [row.pillar, row.goal, row.title, row.owners.join(", "), row.partners.join(", "), row.result, row.status];
}

function textCells(row: ProjectenboekRow): string[] {
  return [
    ...leadingCells(row),
    row.reachReached === null ? "" : String(row.reachReached),
    row.reachIntended === null ? "" : String(row.reachIntended),
    formatDeadlineCell(row.deadline),
    formatEuroCell(row.budgetPlannedCents),
    formatEuroCell(row.budgetSpentCents),
    formatAgeGroupCell(row.ageGroup),
  ];
}

/**
 * CSV for Dutch Excel: semicolons, a byte-order mark so accents survive, and a quote
 * before cells that a spreadsheet would run as a formula (the import removes it again).
 */
export function projectenboekCsv(rows: readonly ProjectenboekRow[]): string {
  return stringify([[...PROJECTENBOEK_COLUMNS], ...rows.map((r) => textCells(r).map(neutraliseFormula))], {
    delimiter: ";",
    bom: true,
    record_delimiter: "\r\n",
  });
}

export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The same rows as an Excel workbook: reach, dates and amounts as real number and date cells. */
export async function projectenboekXlsx(rows: readonly ProjectenboekRow[], wijkName: string): Promise<Buffer> {
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  workbook.creator = "wijkbot";
  const sheet = workbook.addWorksheet("Projectenboek", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = PROJECTENBOEK_COLUMNS.map((header, i) => ({ header, key: `c${i}`, width: [18, 28, 36, 20, 24, 48, 12, 10, 10, 16, 12, 12, 12][i] }));
  sheet.getRow(1).font = { bold: true };
  // The age group column is text: a group typed in later ("4-12") stays text too.
  sheet.getColumn(13).numFmt = "@";
  for (const row of rows) {
    const added = sheet.addRow([
      ...leadingCells(row),
      row.reachReached,
      row.reachIntended,
      row.deadline ? excelDate(row.deadline) : null,
      row.budgetPlannedCents === null ? null : row.budgetPlannedCents / 100,
      row.budgetSpentCents === null ? null : row.budgetSpentCents / 100,
      formatAgeGroupCell(row.ageGroup),
    ]);
    added.getCell(8).numFmt = "#,##0";
    added.getCell(9).numFmt = "#,##0";
    if (row.deadline) {
      const p = localParts(row.deadline);
      added.getCell(10).numFmt = p.hour || p.minute ? "dd-mm-yyyy hh:mm" : "dd-mm-yyyy";
    }
    added.getCell(11).numFmt = '"€" #,##0.00';
    added.getCell(12).numFmt = '"€" #,##0.00';
    added.getCell(6).alignment = { wrapText: true, vertical: "top" };
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: PROJECTENBOEK_COLUMNS.length } };
  workbook.title = `Projectenboek ${wijkName}`;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Excel dates have no time zone: write the Amsterdam wall-clock time as if it were UTC,
 * which is how exceljs turns a Date into a serial number.
 */
function excelDate(deadline: Date): Date {
  const p = localParts(deadline);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute));
}

/**
 * A Markdown summary per pillar: counts, money and reach, then each goal's actions. Unlike
 * the CSV and XLSX it is read, not imported, so its words follow the reader's language.
 */
export function projectenboekMarkdown(overview: WijkOverview, now: Date, lang: string = DEFAULT_LANGUAGE): string {
  const t = translator(lang);
  const money = (cents: number | null) => formatMoney(cents, lang);
  const rows = projectenboekRows(overview);
  const today = localParts(now);
  const out = [`# ${t("web.summary.title", { wijk: md(overview.wijk.name) })}`, "", t("web.summary.asOf", { date: `${pad(today.day)}-${pad(today.month)}-${today.year}` })];
  const pillarNames = [...overview.pillars.map((p) => p.name), ...(rows.some((r) => !r.pillar) ? [""] : [])];
  for (const pillarName of pillarNames) {
    const inPillar = rows.filter((r) => r.pillar === pillarName);
    out.push("", `## ${md(pillarName || t("board.noPillar"))}`, "");
    if (!inPillar.length) {
      out.push(t("web.noActionsYet"));
      continue;
    }
    out.push(summaryLine(inPillar, t, lang));
    const goals = [...new Set(inPillar.map((r) => r.goal))];
    for (const goal of goals) {
      out.push("", `### ${goal ? t("web.goalTitle", { goal: md(goal) }) : t("web.noGoal")}`, "");
      for (const r of inPillar.filter((x) => x.goal === goal)) {
        const details = [
          statusLabel(r.status, t),
          r.owners.length ? r.owners.map(md).join(", ") : t("board.noOwner"),
          r.deadline ? t("web.summary.deadline", { date: formatDeadlineCell(r.deadline) }) : "",
          r.reachIntended !== null || r.reachReached !== null
            ? t("web.summary.reach", { reached: formatNumber(r.reachReached, lang), intended: formatNumber(r.reachIntended, lang) })
            : "",
          r.budgetPlannedCents !== null || r.budgetSpentCents !== null
            ? t("web.summary.spent", { spent: money(r.budgetSpentCents), planned: money(r.budgetPlannedCents) })
            : "",
        ].filter(Boolean);
        out.push(`- **${md(r.title)}** — ${details.join(" · ")}`);
        if (r.partners.length) out.push(`  ${t("web.summary.partners", { partners: r.partners.map(md).join(", ") })}`);
        if (r.result) out.push(`  ${t("web.summary.result", { result: md(r.result) })}`);
      }
    }
  }
  return `${out.join("\n")}\n`;
}

function summaryLine(rows: readonly ProjectenboekRow[], t: Translate, lang: string): string {
  const planned = rows.reduce((n, r) => n + (r.budgetPlannedCents ?? 0), 0);
  const spent = rows.reduce((n, r) => n + (r.budgetSpentCents ?? 0), 0);
  return `${describeActionCounts(rows.map((r) => r.status), t)} ${t("web.summary.money", { planned: formatMoney(planned, lang), spent: formatMoney(spent, lang) })}`;
}

/** User text in Markdown: characters that would change the layout are escaped, line breaks become spaces. */
function md(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").replace(/([\\`*_[\]<>#|])/g, "\\$1");
}
