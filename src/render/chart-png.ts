import { existsSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import type { Chart } from "./charts.ts";

/** Pixels per SVG unit in the PNG: sharp when printed at the chart's width on A4. */
const PNG_SCALE = 2;

/**
 * Fonts for the PDF and for drawing charts, in order of preference: TrueType fonts cover
 * every letter people type (ë, ł, Arabic…). Loading two known files is much faster than
 * scanning all system fonts for every chart.
 */
const DEJAVU = { family: "DejaVu Sans", regular: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", bold: "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf" };
/** Arial's widths, which the charts' labels are laid out for. */
const ARIAL_WIDE = [
  { family: "Liberation Sans", regular: "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", bold: "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf" },
  { family: "Arial", regular: "/Library/Fonts/Arial.ttf", bold: "/Library/Fonts/Arial Bold.ttf" },
  { family: "Arial", regular: "C:\\Windows\\Fonts\\arial.ttf", bold: "C:\\Windows\\Fonts\\arialbd.ttf" },
];
export type FontFiles = typeof DEJAVU;

/** For text: DejaVu Sans first, it has the most letters (Arabic too). */
export function installedFont(): FontFiles | undefined {
  return [DEJAVU, ...ARIAL_WIDE].find((f) => existsSync(f.regular) && existsSync(f.bold));
}

/** For charts: a font as wide as Arial first, so labels fit where ECharts put them. */
function chartFont(): FontFiles | undefined {
  return [...ARIAL_WIDE, DEJAVU].find((f) => existsSync(f.regular) && existsSync(f.bold));
}

/**
 * A chart's SVG as a PNG for the PDF and the Word file (which cannot take SVG everywhere),
 * drawn by resvg on a white background. Null when the chart has no picture.
 */
export function chartPng(chart: Chart): Buffer | null {
  if (!chart.svg) return null;
  const font = chartFont();
  const resvg = new Resvg(chart.svg, {
    fitTo: { mode: "width", value: chart.width * PNG_SCALE },
    background: "#ffffff",
    font: font
      ? { loadSystemFonts: false, fontFiles: [font.regular, font.bold], defaultFontFamily: font.family, sansSerifFamily: font.family }
      : { loadSystemFonts: true },
  });
  return resvg.render().asPng();
}
