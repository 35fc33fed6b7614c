import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { randomUUID } from "node:crypto";
// exceljs is loaded on first use: it costs ~20 MB of memory that most processes never need.
import type ExcelJS from "exceljs";
import { parse as parseCsv } from "csv-parse/sync";
import type { Db, Tx } from "../db.ts";
import { createAction } from "./create-action.ts";
import { addProgressNote } from "./add-progress-note.ts";
import { findOrCreateOrganisation } from "./find-or-create-organisation.ts";
import type { ChangeMeta } from "./change-action.ts";
import { AppError } from "./errors.ts";
import { localText, type LocalText } from "../i18n/index.ts";
import { fold } from "../parse/text.ts";
import { MONTHS } from "../parse/dates.ts";
import { daysInMonth, toInstant } from "../time/amsterdam.ts";
import { ACTION_STATUSES, AGE_GROUPS, type ActionStatus, type AgeGroup } from "../domain.ts";
import { cleanDisplayName, cleanLabel, cleanStoredText } from "./clean-text.ts";

/**
 * Import of a year plan (jaarplan) from the projectenboek's own columns (CSV or XLSX),
 * so a plan kept in a spreadsheet — or exported from another wijk — becomes actions.
 * Checking and importing are separate: the dry run shows every row that would be
 * refused and why; the import itself writes nothing unless every row is good.
 */

type Field =
  | "pillar"
  | "goal"
  | "title"
  | "owners"
  | "partners"
  | "result"
  | "status"
  | "reach"
  | "reachReached"
  | "reachIntended"
  | "deadline"
  | "budgetPlanned"
  | "budgetSpent"
  | "ageGroup";

/** Header words (folded) that name each column; the first match wins. */
const HEADER_WORDS: [Field, string[]][] = [
  ["ageGroup", ["doelgroep", "leeftijd"]],
  // Today's two number columns; before them "Bereik (beoogd/bereikt)" held both as "300/120".
  ["reachReached", ["bereikt"]],
  ["reachIntended", ["beoogd"]],
  ["pillar", ["pijler", "opgave", "spoor", "thema"]],
  ["goal", ["doel"]],
  ["title", ["activiteit", "actie", "titel"]],
  ["owners", ["eigenaar", "kartrekker", "trekker"]],
  ["partners", ["partner"]],
  ["result", ["resultaat", "voortgang"]],
  ["status", ["status"]],
  ["reach", ["bereik"]],
  ["deadline", ["deadline", "datum", "planning"]],
  ["budgetPlanned", ["begroot", "begroting", "budget"]],
  ["budgetSpent", ["besteed", "uitgegeven"]],
];

/** Status words of programme reports (seed 004) and of wijkbot itself. */
const STATUS_WORDS: [ActionStatus, string[]][] = [
  ["klaar", ["klaar", "succesvol afgerond", "afgerond", "gereed", "voltooid", "done"]],
  ["gepland", ["gepland", "binnenkort in uitvoering", "nog niet gestart", "te doen", "planned", "todo"]],
  ["bezig", ["bezig", "in uitvoering", "doorlopend", "lopend", "gestart", "in progress"]],
  ["gestopt", ["gestopt", "geannuleerd", "vervallen", "stopped"]],
  ["geparkeerd", ["geparkeerd", "on hold", "uitgesteld", "parked"]],
];

/** The longest action title a row may have; longer ones are refused, not cut. */
const MAX_TITLE_CHARS = 200;

export type Cell = string | number | Date | null;

export interface SheetRow {
  /** The row number as a spreadsheet shows it (the header is row 1). */
  row: number;
  cells: Cell[];
}

export interface JaarplanSheet {
  header: string[];
  rows: SheetRow[];
}

export interface JaarplanAction {
  row: number;
  pillar: string | null;
  goal: string | null;
  title: string;
  owners: string[];
  partners: string[];
  result: string | null;
  status: ActionStatus;
  ageGroup: AgeGroup | null;
  reachIntended: number | null;
  reachReached: number | null;
  deadline: Date | null;
  budgetPlannedCents: number | null;
  budgetSpentCents: number | null;
}

/** A refused row; the reasons are translated by whoever shows them (`localize(t, reason)`). */
export interface RowProblem {
  row: number;
  reasons: LocalText[];
}

export interface JaarplanCheck {
  actions: JaarplanAction[];
  problems: RowProblem[];
  /** Owner names not yet known in the wijk: the import adds them as kartrekkers. */
  newPeople: string[];
}

/** Reads a .csv (comma, semicolon or tab separated) or .xlsx file into header and rows. */
export async function readJaarplanFile(path: string): Promise<JaarplanSheet> {
  const ext = extname(path).toLowerCase();
  if (ext === ".xlsx") return readXlsx(await readFile(path));
  if (ext === ".csv" || ext === ".txt" || ext === ".tsv") return readCsv(await readFile(path, "utf8"));
  throw new AppError("INVALID", localText("cli.import.fileType", { ext: ext || path }));
}

export function readCsv(text: string): JaarplanSheet {
  const clean = text.replace(/^\uFEFF/, "");
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = [";", "\t", ","].sort((a, b) => count(firstLine, b) - count(firstLine, a))[0];
  const records = parseCsv(clean, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  const [header = [], ...rest] = records;
  return { header: header.map((h) => h.trim()), rows: rest.map((cells, i) => ({ row: i + 2, cells: cells.map(unneutralise) })) };
}

export async function readXlsx(data: Buffer): Promise<JaarplanSheet> {
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError("INVALID", localText("cli.import.noWorksheet"));
  const header: string[] = [];
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, header.length); c++) {
      const value = cellValue(row.getCell(c).value);
      // A workbook made from the CSV export (Calc, Excel) keeps the quote before formula-like text.
      cells.push(typeof value === "string" ? unneutralise(value) : value);
    }
    if (rowNumber === 1) header.push(...cells.map((v) => String(v ?? "").trim()));
    else rows.push({ row: rowNumber, cells });
  });
  return { header, rows };
}

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || value instanceof Date) return value;
  if (typeof value === "boolean") return String(value);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((t) => t.text).join("");
    if ("result" in value) return cellValue(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
  }
  return String(value);
}

/** Checks every row against the wijk (pillars, existing titles) without writing anything. */
export async function checkJaarplan(tx: Tx, input: { wijkId: string; sheet: JaarplanSheet }): Promise<JaarplanCheck> {
  const columns = mapColumns(input.sheet.header);
  if (columns.title === undefined) throw new AppError("INVALID", localText("cli.import.noTitleColumn"));
  const [pillars, existing, people] = await Promise.all([
    tx.pillar.findMany({ where: { wijkId: input.wijkId }, orderBy: { position: "asc" }, select: { name: true } }),
    tx.action.findMany({ where: { wijkId: input.wijkId, deletedAt: null }, select: { title: true } }),
    tx.person.findMany({ where: { wijkId: input.wijkId, leftAt: null }, select: { displayName: true } }),
  ]);
  const pillarByFold = new Map(pillars.map((p) => [fold(p.name), p.name]));
  const titles = new Set(existing.map((a) => fold(a.title)));
  const known = new Set(people.map((p) => fold(p.displayName)));
  const newPeople = new Map<string, string>();

  const actions: JaarplanAction[] = [];
  const problems: RowProblem[] = [];
  for (const { row, cells } of input.sheet.rows) {
    const get = (field: Field): Cell => {
      const index = columns[field];
      return index === undefined ? null : (cells[index] ?? null);
    };
    const text = (field: Field) => cleanStoredText(cellText(get(field)));
    if (cells.every((c) => cellText(c) === "")) continue;
    const reasons: LocalText[] = [];

    const title = text("title").replace(/\s+/g, " ");
    if (!title) reasons.push(localText("cli.import.titleMissing"));
    else if (title.length > MAX_TITLE_CHARS) reasons.push(localText("cli.import.titleTooLong", { max: MAX_TITLE_CHARS }));
    else if (titles.has(fold(title))) reasons.push(localText("cli.import.titleExists", { title }));

    const pillarText = text("pillar");
    const pillar = pillarText ? pillarByFold.get(fold(pillarText)) : null;
    if (pillarText && !pillar) {
      const existing = pillars.map((p) => p.name).join(", ") || localText("cli.import.noPillars");
      reasons.push(localText("cli.import.unknownPillar", { pillar: pillarText, pillars: existing }));
    }
    const goal = text("goal") || null;
    if (goal && !pillarText) reasons.push(localText("cli.import.goalWithoutPillar"));

    const statusText = text("status");
    const status = statusText ? readStatus(statusText) : "gepland";
    if (!status) reasons.push(localText("cli.import.unknownStatus", { status: statusText }));

    const ageText = text("ageGroup");
    const ageGroup = ageText ? readAgeGroup(ageText) : null;
    if (ageText && !ageGroup) reasons.push(localText("cli.import.unknownAgeGroup", { ageGroup: ageText }));

    const deadlineCell = get("deadline");
    const deadline = readDate(deadlineCell);
    if (deadline === undefined) reasons.push(localText("cli.import.badDate", { date: cellText(deadlineCell) }));

    let reach: { intended: number | null; reached: number | null } | undefined;
    if (columns.reachReached !== undefined || columns.reachIntended !== undefined) {
      const reached = readCount(get("reachReached"));
      const intended = readCount(get("reachIntended"));
      if (reached === undefined) reasons.push(localText("cli.import.badReached", { count: text("reachReached") }));
      if (intended === undefined) reasons.push(localText("cli.import.badIntended", { count: text("reachIntended") }));
      reach = { reached: reached ?? null, intended: intended ?? null };
    } else {
      reach = readReach(get("reach"));
      if (!reach) reasons.push(localText("cli.import.badReach", { reach: text("reach") }));
    }
    const planned = readEuros(get("budgetPlanned"));
    if (planned === undefined) reasons.push(localText("cli.import.badPlanned", { amount: text("budgetPlanned") }));
    const spent = readEuros(get("budgetSpent"));
    if (spent === undefined) reasons.push(localText("cli.import.badSpent", { amount: text("budgetSpent") }));

    if (reasons.length) {
      problems.push({ row, reasons });
      continue;
    }
    if (title) titles.add(fold(title));
    const owners = splitNames(text("owners"), { andIsSeparator: true });
    for (const name of owners) if (!known.has(fold(name))) newPeople.set(fold(name), name);
    actions.push({
      row,
      pillar: pillar ?? null,
      goal,
      title,
      owners,
      partners: splitNames(text("partners"), { andIsSeparator: false }),
      result: text("result") || null,
      status: status!,
      ageGroup,
      reachIntended: reach!.intended,
      reachReached: reach!.reached,
      deadline: deadline ?? null,
      budgetPlannedCents: planned ?? null,
      budgetSpentCents: spent ?? null,
    });
  }
  return { actions, problems, newPeople: [...newPeople.values()] };
}

/**
 * Imports the checked rows in one transaction. Any refused row means nothing is written
 * (throws AppError); history is written for every action as if typed in the chat.
 */
export async function importJaarplan(db: Db, input: { wijkId: string; sheet: JaarplanSheet; now: Date }): Promise<JaarplanCheck> {
  return db.$transaction(
    async (tx) => {
      const check = await checkJaarplan(tx, input);
      if (check.problems.length) throw new AppError("INVALID", localText("cli.import.refusedRows", { count: check.problems.length }));
      const meta: ChangeMeta = { wijkId: input.wijkId, personId: null, batchId: randomUUID(), platform: "import", at: input.now };
      const pillars = new Map((await tx.pillar.findMany({ where: { wijkId: input.wijkId } })).map((p) => [p.name, p.id]));
      const people = new Map((await tx.person.findMany({ where: { wijkId: input.wijkId, leftAt: null } })).map((p) => [fold(p.displayName), p.id]));
      const goals = new Map<string, string>();
      const orgs = new Map<string, string>();
      for (const action of check.actions) {
        const pillarId = action.pillar ? pillars.get(action.pillar)! : null;
        const goalId = action.goal && pillarId ? await goalFor(tx, goals, input.wijkId, pillarId, action.goal) : null;
        const ownerIds: string[] = [];
        for (const name of action.owners) {
          let id = people.get(fold(name));
          if (!id) {
            id = (await tx.person.create({ data: { wijkId: input.wijkId, displayName: cleanDisplayName(name), createdAt: input.now } })).id;
            people.set(fold(name), id);
          }
          if (!ownerIds.includes(id)) ownerIds.push(id);
        }
        const partnerIds: string[] = [];
        for (const name of action.partners) {
          let id = orgs.get(fold(name));
          if (!id) {
            id = (await findOrCreateOrganisation(tx, input.wijkId, name)).id;
            orgs.set(fold(name), id);
          }
          if (!partnerIds.includes(id)) partnerIds.push(id);
        }
        const created = await createAction(tx, meta, {
          title: action.title,
          pillarId,
          goalId,
          status: action.status,
          ageGroup: action.ageGroup,
          deadline: action.deadline,
          startDate: action.status === "gepland" ? null : input.now,
          ownerIds,
          partnerIds,
          reachIntended: action.reachIntended,
          reachReached: action.reachReached,
          budgetPlannedCents: action.budgetPlannedCents,
          budgetSpentCents: action.budgetSpentCents,
        });
        if (action.result) await addProgressNote(tx, meta, created.id, action.result);
      }
      return check;
    },
    // A plan of hundreds of rows takes longer than Prisma's 5-second default.
    { timeout: 300_000, maxWait: 30_000 },
  );
}

async function goalFor(tx: Tx, cache: Map<string, string>, wijkId: string, pillarId: string, title: string): Promise<string> {
  const key = `${pillarId}\u0000${fold(title)}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const goals = await tx.goal.findMany({ where: { pillarId }, select: { id: true, title: true, position: true } });
  const found = goals.find((g) => fold(g.title) === fold(title));
  const id =
    found?.id ??
    (await tx.goal.create({ data: { wijkId, pillarId, title: cleanLabel(title), position: goals.reduce((n, g) => Math.max(n, g.position + 1), 0) } })).id;
  cache.set(key, id);
  return id;
}

function mapColumns(header: readonly string[]): Partial<Record<Field, number>> {
  const columns: Partial<Record<Field, number>> = {};
  header.forEach((name, index) => {
    const folded = fold(name);
    for (const [field, words] of HEADER_WORDS) {
      if (columns[field] !== undefined) continue;
      if (words.some((w) => folded === w || folded.startsWith(`${w} `) || folded.startsWith(w))) {
        columns[field] = index;
        return;
      }
    }
  });
  return columns;
}

export function readStatus(text: string): ActionStatus | null {
  const folded = fold(text);
  if ((ACTION_STATUSES as readonly string[]).includes(folded)) return folded as ActionStatus;
  for (const [status, words] of STATUS_WORDS) if (words.some((w) => folded === w || folded.startsWith(`${w} `))) return status;
  return null;
}

/** "4–12 jaar", "12+ jaar" (the export's form, see AGE_GROUP_CELLS) and the older "4-12", "12+" → the stored group. */
function readAgeGroup(text: string): AgeGroup | null {
  const compact = fold(text.replace(/[\u2010-\u2015\u2212]/g, "-"))
    .replace(/\s*(jaar|years)$/, "")
    .replace(/\s+/g, "");
  return (AGE_GROUPS as readonly string[]).includes(compact) ? (compact as AgeGroup) : null;
}

/** A deadline cell: null when empty, undefined when unreadable. Spreadsheet dates carry wall-clock time as UTC. */
export function readDate(cell: Cell): Date | null | undefined {
  if (cell === null || cell === "") return null;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return undefined;
    return toInstant({ year: cell.getUTCFullYear(), month: cell.getUTCMonth() + 1, day: cell.getUTCDate() }, cell.getUTCHours(), cell.getUTCMinutes());
  }
  const text = String(cell).trim().toLowerCase();
  if (!text) return null;
  let m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:\s+(\d{1,2})[:.](\d{2}))?$/.exec(text);
  if (m) return civil(+m[3], +m[2], +m[1], m[4], m[5]);
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t\s](\d{1,2}):(\d{2}))?/.exec(text);
  if (m) return civil(+m[1], +m[2], +m[3], m[4], m[5]);
  m = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/.exec(text);
  if (m && MONTHS[m[2]]) return civil(+m[3], MONTHS[m[2]], +m[1]);
  return undefined;
}

function civil(year: number, month: number, day: number, hour?: string, minute?: string): Date | undefined {
  const h = hour === undefined ? 0 : +hour;
  const min = minute === undefined ? 0 : +minute;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || h > 23 || min > 59) return undefined;
  return toInstant({ year, month, day }, h, min);
}

/** The older single column: "300/120", "300", "/120" → intended/reached; null (not undefined) parts are unknown. */
export function readReach(cell: Cell): { intended: number | null; reached: number | null } | undefined {
  if (cell === null) return { intended: null, reached: null };
  if (typeof cell === "number") return Number.isInteger(cell) && cell >= 0 ? { intended: cell, reached: null } : undefined;
  const text = cellText(cell).replace(/\s+/g, "");
  if (!text) return { intended: null, reached: null };
  const m = /^([\d.]*)(?:\/([\d.]*))?$/.exec(text);
  if (!m) return undefined;
  const part = (s: string | undefined) => (s ? Number(s.replace(/\./g, "")) : null);
  const intended = part(m[1]);
  const reached = part(m[2]);
  if ([intended, reached].some((n) => n !== null && !Number.isSafeInteger(n))) return undefined;
  return { intended, reached };
}

/** A count of people (Bereikt, Beoogd): 120, "120", "1.200"; null when empty, undefined when unreadable. */
function readCount(cell: Cell): number | null | undefined {
  if (cell === null) return null;
  if (typeof cell === "number") return Number.isSafeInteger(cell) && cell >= 0 ? cell : undefined;
  const text = cellText(cell).replace(/\s+/g, "");
  if (!text) return null;
  if (!/^\d{1,3}(\.\d{3})+$|^\d+$/.test(text)) return undefined;
  const count = Number(text.replace(/\./g, ""));
  return Number.isSafeInteger(count) ? count : undefined;
}

/** "€ 2.500", "2500,50", "2,500.50", 2500.5 → cents; null when empty, undefined when unreadable. */
export function readEuros(cell: Cell): number | null | undefined {
  if (cell === null) return null;
  if (typeof cell === "number") return Number.isFinite(cell) && cell >= 0 ? Math.round(cell * 100) : undefined;
  let text = cellText(cell).replace(/€|eur(o)?|\s/gi, "");
  if (!text || text === "-" || text === "–") return null;
  const lastComma = text.lastIndexOf(",");
  const lastDot = text.lastIndexOf(".");
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? "," : ".";
    text = text.replace(decimal === "," ? /\./g : /,/g, "").replace(decimal, ".");
  } else if (lastComma >= 0) {
    text = text.replace(",", ".");
  } else if (lastDot >= 0 && /^\d{1,3}(\.\d{3})+$/.test(text)) {
    // "2.500" is two and a half thousand in Dutch, not two and a half.
    text = text.replace(/\./g, "");
  }
  text = text.replace(/,-$|\.-$/, "");
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return undefined;
  return Math.round(Number(text) * 100);
}

function cellText(cell: Cell): string {
  if (cell === null) return "";
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** People are listed as "Sanne, Lisa" or "Sanne en Lisa"; organisations only with commas ("Sport en Welzijn" is one). */
function splitNames(text: string, options: { andIsSeparator: boolean }): string[] {
  const separator = options.andIsSeparator ? /[,;\n]|\s+en\s+|\s*&\s*/ : /[,;\n]/;
  return [...new Set(text.split(separator).map((s) => s.replace(/\s+/g, " ").trim()).filter(Boolean))];
}

/** The export puts a quote before formula-like cells; take it off again. */
function unneutralise(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
