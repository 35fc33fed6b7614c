import PDFDocument from "pdfkit";
import type { ReportDocument } from "./report-document.ts";
import { chartPng, installedFont } from "./chart-png.ts";

const MARGIN_PT = 56;
const INK = "#1b1b1b";
const MUTED = "#4a4f47";
const RULE = "#9a9e97";
const HEADER_FILL = "#e9ece8";
/** Charts are drawn for a screen; printed at this width their text is the size of the body text. */
const CHART_WIDTH_PT = 380;


/** The monitor as a PDF (A4): a cover page, then the blocks; charts as PNG images with their sentence below. */
export async function renderReportPdf(document: ReportDocument, madeAt: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN_PT, bottom: MARGIN_PT, left: MARGIN_PT, right: MARGIN_PT },
    lang: document.lang,
    displayTitle: true,
    info: { Title: document.title, Author: "wijkbot", Creator: "wijkbot", CreationDate: madeAt },
    bufferPages: true,
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  // The PDF's built-in Helvetica knows only Western European letters: the fallback when no TrueType font is installed.
  const fonts = installedFont();
  doc.registerFont("body", fonts?.regular ?? "Helvetica");
  doc.registerFont("bold", fonts?.bold ?? "Helvetica-Bold");
  const width = doc.page.width - 2 * MARGIN_PT;

  // Cover
  doc.font("bold").fontSize(30).fillColor(INK).text(document.cover.title, MARGIN_PT, 220, { width });
  doc.moveDown(0.5).font("body").fontSize(16).text(document.cover.subtitle, { width });
  doc.moveDown(1).fontSize(11).fillColor(MUTED).text(document.cover.madeOn, { width });

  for (const block of document.blocks) {
    switch (block.kind) {
      case "heading":
        if (block.newPage) doc.addPage();
        else ensureSpace(doc, block.level === 1 ? 160 : 80);
        doc.moveDown(block.newPage ? 0 : 0.6);
        doc.font("bold").fontSize(block.level === 1 ? 20 : block.level === 2 ? 15 : 12).fillColor(INK).text(block.text, MARGIN_PT, doc.y, { width });
        doc.moveDown(0.3);
        break;
      case "paragraph":
        doc.font("body").fontSize(10.5).fillColor(INK).text(block.text, MARGIN_PT, doc.y, { width });
        doc.moveDown(0.5);
        break;
      case "list":
        doc.font("body").fontSize(10.5).fillColor(INK).list(block.items, MARGIN_PT + 6, doc.y, { width: width - 6, bulletRadius: 2, textIndent: 12 });
        doc.moveDown(0.5);
        break;
      case "table":
        drawTable(doc, block.columns, block.rows, block.widths.map((w) => w * width));
        doc.moveDown(0.8);
        break;
      case "chart": {
        const png = chartPng(block.chart);
        const imageWidth = Math.min(width, CHART_WIDTH_PT);
        const height = png ? (block.chart.height / block.chart.width) * imageWidth : 0;
        ensureSpace(doc, height + 60);
        doc.font("bold").fontSize(12).fillColor(INK).text(block.chart.title, MARGIN_PT, doc.y, { width });
        doc.moveDown(0.3);
        if (png) {
          doc.image(png, MARGIN_PT, doc.y, { width: imageWidth });
          doc.y += height + 4;
        }
        doc.font("body").fontSize(9.5).fillColor(MUTED).text(block.chart.sentence, MARGIN_PT, doc.y, { width });
        doc.moveDown(1);
        break;
      }
    }
  }

  // Page numbers in the footer, once every page exists.
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font("body").fontSize(8).fillColor(MUTED).text(`${document.title} · ${i + 1}`, MARGIN_PT, doc.page.height - 36, { width, align: "center", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

const CELL_PADDING_PT = 4;
const TABLE_FONT_PT = 9;

/**
 * A table with a header row repeated on every page. Drawn here rather than with pdfkit's
 * own doc.table(), which measured ~80 ms per row (a monitor of 200 actions took 15 s).
 */
function drawTable(doc: PDFKit.PDFDocument, columns: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[]): void {
  const rowHeight = (cells: readonly string[], font: string) => {
    doc.font(font).fontSize(TABLE_FONT_PT);
    return Math.max(...cells.map((text, i) => doc.heightOfString(text, { width: widths[i] - 2 * CELL_PADDING_PT }))) + 2 * CELL_PADDING_PT;
  };
  const drawRow = (cells: readonly string[], font: string, fill?: string) => {
    const height = rowHeight(cells, font);
    let x = MARGIN_PT;
    const y = doc.y;
    cells.forEach((text, i) => {
      if (fill) doc.rect(x, y, widths[i], height).fill(fill);
      doc.rect(x, y, widths[i], height).lineWidth(0.5).strokeColor(RULE).stroke();
      doc.font(font).fontSize(TABLE_FONT_PT).fillColor(INK).text(text, x + CELL_PADDING_PT, y + CELL_PADDING_PT, { width: widths[i] - 2 * CELL_PADDING_PT });
      x += widths[i];
    });
    doc.x = MARGIN_PT;
    doc.y = y + height;
  };
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const headerHeight = rowHeight(columns, "bold");
  if (doc.y + headerHeight + rowHeight(rows[0] ?? [], "body") > bottom()) doc.addPage();
  drawRow(columns, "bold", HEADER_FILL);
  for (const row of rows) {
    if (doc.y + rowHeight(row, "body") > bottom()) {
      doc.addPage();
      drawRow(columns, "bold", HEADER_FILL);
    }
    drawRow(row, "body");
  }
}

/** Starts a new page when less than `points` are left, so a heading or chart is not cut from what follows. */
function ensureSpace(doc: PDFKit.PDFDocument, points: number): void {
  if (doc.y + points > doc.page.height - doc.page.margins.bottom) doc.addPage();
}
