import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from "docx";
import type { ReportDocument } from "./report-document.ts";
import { chartPng } from "./chart-png.ts";

/** A4 text width in twentieths of a point (210 mm minus 2 × 2 cm margins). */
const TEXT_WIDTH_TWIPS = 9638;
/** Charts in pixels at 96 dpi (about 13.4 cm): printed, their text is the size of the body text. */
const CHART_WIDTH_PX = 507;
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/**
 * The monitor as a Word file the coördinator can edit before sending it on: real headings
 * (so Word builds a table of contents), real tables, and the charts as images with their
 * sentence as caption.
 */
export async function renderReportDocx(document: ReportDocument): Promise<Buffer> {
  const children: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 2400 }, children: [new TextRun(document.cover.title)] }),
    new Paragraph({ children: [new TextRun({ text: document.cover.subtitle, size: 32 })] }),
    new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: document.cover.madeOn, color: "4A4F47" })] }),
  ];
  for (const block of document.blocks) {
    switch (block.kind) {
      case "heading":
        children.push(
          new Paragraph({
            heading: HEADINGS[block.level],
            children: [...(block.newPage ? [new PageBreak()] : []), new TextRun(block.text)],
          }),
        );
        break;
      case "paragraph":
        children.push(new Paragraph({ children: [new TextRun(block.text)], spacing: { after: 120 } }));
        break;
      case "list":
        for (const item of block.items) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }));
        break;
      case "table":
        children.push(
          new Table({
            width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
            columnWidths: block.widths.map((w) => Math.round(w * TEXT_WIDTH_TWIPS)),
            rows: [
              new TableRow({
                tableHeader: true,
                children: block.columns.map(
                  (text, i) =>
                    new TableCell({
                      width: { size: Math.round(block.widths[i] * TEXT_WIDTH_TWIPS), type: WidthType.DXA },
                      shading: { type: ShadingType.CLEAR, fill: "E9ECE8", color: "auto" },
                      children: [new Paragraph({ children: [new TextRun({ text, bold: true })] })],
                    }),
                ),
              }),
              ...block.rows.map(
                (row) =>
                  new TableRow({
                    children: row.map(
                      (text, i) =>
                        new TableCell({
                          width: { size: Math.round(block.widths[i] * TEXT_WIDTH_TWIPS), type: WidthType.DXA },
                          children: [new Paragraph({ children: [new TextRun({ text, size: 19 })] })],
                        }),
                    ),
                  }),
              ),
            ],
          }),
          new Paragraph({ children: [] }),
        );
        break;
      case "chart": {
        const png = chartPng(block.chart);
        children.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(block.chart.title)] }));
        if (png) {
          children.push(
            new Paragraph({
              alignment: AlignmentType.LEFT,
              children: [
                new ImageRun({
                  type: "png",
                  data: png,
                  transformation: { width: CHART_WIDTH_PX, height: Math.round((block.chart.height / block.chart.width) * CHART_WIDTH_PX) },
                  altText: { name: block.chart.id, title: block.chart.title, description: block.chart.sentence },
                }),
              ],
            }),
          );
        }
        children.push(new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: block.chart.sentence, italics: true, color: "4A4F47" })] }));
        break;
      }
    }
  }
  const file = new Document({
    creator: "wijkbot",
    title: document.title,
    lastModifiedBy: "wijkbot",
    styles: { default: { document: { run: { font: "Arial", size: 21 } } } },
    sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, children }],
  });
  return Packer.toBuffer(file);
}
