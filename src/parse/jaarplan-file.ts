import { readFile } from "node:fs/promises";
import { extname } from "node:path";
// exceljs is loaded on first use: it costs ~20 MB of memory that most processes never need.
import type ExcelJS from "exceljs";
import { parse as parseCsv } from "csv-parse/sync";
import { AppError } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";
import type { Cell } from "./jaarplan-cells.ts";

/** A year plan (jaarplan) file as a header and rows of cells, before any checking. */

export interface SheetRow {
  /** The row number as a spreadsheet shows it (the header is row 1). */
  row: number;
  cells: Cell[];
}

export interface JaarplanSheet {
  header: string[];
  rows: SheetRow[];
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

/** The export puts a quote before formula-like cells; take it off again. */
function unneutralise(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
