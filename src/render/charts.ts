import * as echarts from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import { calendarWords, statusLabel, type Translate } from "../i18n/index.ts";
import { ACTION_STATUSES } from "../domain.ts";
import type { ProgressTimeline } from "../services/get-progress-timeline.ts";
import { formatMoney, formatNumber } from "./format.ts";

// Apache ECharts draws every chart (server-side, as SVG, no DOM or canvas); we only pick the parts we use.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, SVGRenderer]);

/**
 * A chart with its text alternative: a short sentence and the same figures as a table,
 * so a screen reader, a printout and a search all get the numbers without the picture.
 */
export interface Chart {
  /** Unique within a page: used for element ids. */
  id: string;
  title: string;
  sentence: string;
  table: { columns: string[]; rows: string[][] };
  /** Null when there is nothing to draw (the sentence says so). */
  svg: string | null;
  width: number;
  height: number;
}

/**
 * Okabe & Ito's palette, told apart with every common colour-vision deficiency. Statuses
 * also carry their count as a label on the bar and a legend, so colour is never the only cue.
 */
export const STATUS_COLOURS: Record<string, { fill: string; text: string }> = {
  gepland: { fill: "#56B4E9", text: "#000000" },
  bezig: { fill: "#E69F00", text: "#000000" },
  klaar: { fill: "#009E73", text: "#000000" },
  gestopt: { fill: "#D55E00", text: "#000000" },
  geparkeerd: { fill: "#999999", text: "#000000" },
};
/** Target or plan light, achieved or spent dark: a contrast in lightness works without any colour vision. */
const LIGHT_BLUE = "#56B4E9";
const DARK_BLUE = "#0072B2";
const ORANGE = "#E69F00";
const GREEN = "#009E73";
const INK = "#1b1b1b";
/** Arial where it exists; the PNG is drawn with Liberation Sans (same widths) as its sans-serif (chart-png.ts). */
const FONT = "Arial,sans-serif";
/** Drawn at this width; the page scales it down to a phone's 360 px, where the text must stay readable. */
export const CHART_WIDTH_PX = 480;

export interface ChartWords {
  t: Translate;
  lang: string;
}

export interface PillarStatusCounts {
  name: string;
  counts: Record<string, number>;
  overdue: number;
}

/** Per pillar one bar split into gepland / bezig / klaar / gestopt / geparkeerd, the overdue count beside the name. */
export function statusChart(id: string, pillars: readonly PillarStatusCounts[], words: ChartWords): Chart {
  const { t, lang } = words;
  const title = t("chart.status.title");
  const statusWords = ACTION_STATUSES.map((s) => capitalize(statusLabel(s, t), lang));
  const totalOf = (p: PillarStatusCounts) => ACTION_STATUSES.reduce((n, s) => n + (p.counts[s] ?? 0), 0);
  const table = {
    columns: [t("web.pillar"), ...statusWords, t("chart.overdue")],
    rows: pillars.map((p) => [p.name, ...ACTION_STATUSES.map((s) => formatNumber(p.counts[s] ?? 0, lang)), formatNumber(p.overdue, lang)]),
  };
  const filled = pillars.filter((p) => totalOf(p) > 0);
  if (!filled.length) return { id, title, sentence: t("chart.status.empty"), table, svg: null, width: CHART_WIDTH_PX, height: 0 };
  const sentence = t("chart.status.sentence", {
    parts: filled
      .map((p) =>
        t(p.overdue ? "chart.status.partOverdue" : "chart.status.part", {
          pillar: p.name,
          done: formatNumber(p.counts.klaar ?? 0, lang),
          total: formatNumber(totalOf(p), lang),
          overdue: formatNumber(p.overdue, lang),
        }),
      )
      .join("; "),
  });
  const height = 80 + 46 * pillars.length;
  const svg = render(CHART_WIDTH_PX, height, {
    legend: legend(),
    grid: { left: 140, right: 12, top: 56, bottom: 24 },
    xAxis: { type: "value", minInterval: 1, axisLabel: axisText() },
    yAxis: {
      type: "category",
      inverse: true,
      data: pillars.map((p) => (p.overdue ? `${p.name}\n${t("chart.status.overdueLabel", { count: formatNumber(p.overdue, lang) })}` : p.name)),
      axisLabel: { ...axisText(), fontSize: 14, width: 134, overflow: "truncate" },
    },
    series: ACTION_STATUSES.map((status, i) => ({
      name: statusWords[i],
      type: "bar",
      stack: "status",
      barMaxWidth: 30,
      itemStyle: { color: STATUS_COLOURS[status].fill, borderColor: "#ffffff", borderWidth: 1 },
      label: { show: true, color: STATUS_COLOURS[status].text, fontFamily: FONT, fontSize: 13, formatter: (p: { value: number }) => (p.value ? formatNumber(p.value, lang) : "") },
      data: pillars.map((p) => p.counts[status] ?? 0),
    })),
  });
  return { id, title, sentence, table, svg, width: CHART_WIDTH_PX, height };
}

export interface ReachRow {
  label: string;
  reached: number;
  /** Null when no target was set. */
  intended: number | null;
}

/** Per goal or pillar two bars: intended (light) and achieved (dark). */
export function reachChart(id: string, rows: readonly ReachRow[], words: ChartWords): Chart {
  const { t, lang } = words;
  const title = t("chart.reach.title");
  const table = {
    columns: [t("chart.group"), t("chart.reach.reached"), t("chart.reach.intended")],
    rows: rows.map((r) => [r.label, formatNumber(r.reached, lang), formatNumber(r.intended, lang)]),
  };
  const shown = rows.filter((r) => r.reached || r.intended);
  if (!shown.length) return { id, title, sentence: t("chart.reach.empty"), table, svg: null, width: CHART_WIDTH_PX, height: 0 };
  const sentence = t("chart.reach.sentence", {
    parts: shown
      .map((r) =>
        r.intended
          ? t("chart.reach.part", { label: r.label, reached: formatNumber(r.reached, lang), intended: formatNumber(r.intended, lang) })
          : t("chart.reach.partNoTarget", { label: r.label, reached: formatNumber(r.reached, lang) }),
      )
      .join("; "),
  });
  const height = 60 + 60 * rows.length;
  const svg = render(CHART_WIDTH_PX, height, {
    legend: legend(),
    grid: { left: 150, right: 44, top: 36, bottom: 24 },
    xAxis: { type: "value", minInterval: 1, splitNumber: 3, axisLabel: { ...axisText(), formatter: (v: number) => formatNumber(v, lang) } },
    yAxis: { type: "category", inverse: true, data: rows.map((r) => r.label), axisLabel: { ...axisText(), width: 144, overflow: "break", lineHeight: 15 } },
    series: [
      barSeries(t("chart.reach.intended"), LIGHT_BLUE, rows.map((r) => r.intended ?? 0), (v) => formatNumber(v, lang)),
      barSeries(t("chart.reach.reached"), DARK_BLUE, rows.map((r) => r.reached), (v) => formatNumber(v, lang)),
    ],
  });
  return { id, title, sentence, table, svg, width: CHART_WIDTH_PX, height };
}

export interface BudgetRow {
  label: string;
  plannedCents: number;
  spentCents: number;
}

/** Per pillar planned (light) against spent (dark), and the total as the last pair. */
export function budgetChart(id: string, rows: readonly BudgetRow[], words: ChartWords): Chart {
  const { t, lang } = words;
  const title = t("chart.budget.title");
  const total: BudgetRow = {
    label: t("chart.budget.total"),
    plannedCents: rows.reduce((n, r) => n + r.plannedCents, 0),
    spentCents: rows.reduce((n, r) => n + r.spentCents, 0),
  };
  const all = [...rows, total];
  const table = {
    columns: [t("web.pillar"), t("chart.budget.planned"), t("chart.budget.spent")],
    rows: all.map((r) => [r.label, formatMoney(r.plannedCents, lang), formatMoney(r.spentCents, lang)]),
  };
  if (!total.plannedCents && !total.spentCents) return { id, title, sentence: t("chart.budget.empty"), table, svg: null, width: CHART_WIDTH_PX, height: 0 };
  const sentence = t("chart.budget.sentence", {
    planned: formatMoney(total.plannedCents, lang),
    spent: formatMoney(total.spentCents, lang),
    percent: total.plannedCents ? formatNumber(Math.round((100 * total.spentCents) / total.plannedCents), lang) : "–",
    parts: rows
      .filter((r) => r.plannedCents || r.spentCents)
      .map((r) => t("chart.budget.part", { label: r.label, planned: formatMoney(r.plannedCents, lang), spent: formatMoney(r.spentCents, lang) }))
      .join("; "),
  });
  const height = 60 + 52 * all.length;
  const euros = (cents: number) => formatMoney(Math.round(cents / 100) * 100, lang);
  const svg = render(CHART_WIDTH_PX, height, {
    legend: legend(),
    grid: { left: 96, right: 76, top: 36, bottom: 24 },
    xAxis: { type: "value", splitNumber: 3, axisLabel: { ...axisText(), formatter: (v: number) => euros(v) } },
    yAxis: { type: "category", inverse: true, data: all.map((r) => r.label), axisLabel: { ...axisText(), width: 90, overflow: "truncate" } },
    series: [
      barSeries(t("chart.budget.planned"), LIGHT_BLUE, all.map((r) => r.plannedCents), euros),
      barSeries(t("chart.budget.spent"), DARK_BLUE, all.map((r) => r.spentCents), euros),
    ],
  });
  return { id, title, sentence, table, svg, width: CHART_WIDTH_PX, height };
}

/** Actions finished by the end of each month (the burn-up) against all actions of the year. */
export function burnUpChart(id: string, timeline: ProgressTimeline, words: ChartWords): Chart {
  const { t, lang } = words;
  const months = calendarWords(lang, "calendar.monthsShort");
  const monthNames = calendarWords(lang, "calendar.months");
  const title = t("chart.burnup.title", { year: timeline.year });
  const begun = timeline.months.filter((m) => m.finishedSoFar !== null);
  const table = {
    columns: [t("chart.burnup.month"), t("chart.burnup.doneInMonth"), t("chart.burnup.done"), t("chart.burnup.total")],
    rows: begun.map((m) => [monthNames[m.month - 1], formatNumber(m.finished, lang), formatNumber(m.finishedSoFar, lang), formatNumber(m.scope, lang)]),
  };
  if (!begun.length) return { id, title, sentence: t("chart.burnup.sentenceNone", { year: timeline.year }), table, svg: null, width: CHART_WIDTH_PX, height: 0 };
  if (!timeline.total) return { id, title, sentence: t("chart.burnup.empty", { year: timeline.year }), table, svg: null, width: CHART_WIDTH_PX, height: 0 };
  const last = begun[begun.length - 1];
  const sentence = t("chart.burnup.sentence", {
    month: monthNames[last.month - 1],
    done: formatNumber(last.finishedSoFar, lang),
    total: formatNumber(last.scope, lang),
    year: timeline.year,
  });
  const height = 300;
  const svg = render(CHART_WIDTH_PX, height, {
    legend: legend(),
    grid: { left: 36, right: 12, top: 64, bottom: 32 },
    xAxis: { type: "category", data: [...months], axisLabel: axisText() },
    yAxis: { type: "value", minInterval: 1, axisLabel: axisText() },
    series: [
      {
        name: t("chart.burnup.total"),
        type: "line",
        step: "end",
        symbol: "none",
        lineStyle: { color: INK, width: 2, type: "dashed" },
        itemStyle: { color: INK },
        data: timeline.months.map((m) => m.scope),
      },
      {
        name: t("chart.burnup.done"),
        type: "line",
        symbol: "circle",
        symbolSize: 7,
        lineStyle: { color: GREEN, width: 3 },
        itemStyle: { color: GREEN },
        areaStyle: { color: GREEN, opacity: 0.25 },
        label: { show: true, color: INK, fontFamily: FONT, fontSize: 13, position: "top" },
        data: timeline.months.map((m) => m.finishedSoFar),
      },
    ],
  });
  return { id, title, sentence, table, svg, width: CHART_WIDTH_PX, height };
}

/** Progress notes and changes per month: is the wijk alive? */
export function updatesChart(id: string, timeline: ProgressTimeline, words: ChartWords): Chart {
  const { t, lang } = words;
  const months = calendarWords(lang, "calendar.monthsShort");
  const monthNames = calendarWords(lang, "calendar.months");
  const title = t("chart.updates.title", { year: timeline.year });
  const begun = timeline.months.filter((m) => m.notes !== null);
  const table = {
    columns: [t("chart.burnup.month"), t("chart.updates.notes"), t("chart.updates.changes")],
    rows: begun.map((m) => [monthNames[m.month - 1], formatNumber(m.notes, lang), formatNumber(m.changes, lang)]),
  };
  const notes = begun.reduce((n, m) => n + (m.notes ?? 0), 0);
  const changes = begun.reduce((n, m) => n + (m.changes ?? 0), 0);
  if (!notes && !changes) return { id, title, sentence: t("chart.updates.sentenceNone", { year: timeline.year }), table, svg: null, width: CHART_WIDTH_PX, height: 0 };
  const busiest = begun.reduce((best, m) => ((m.notes ?? 0) + (m.changes ?? 0) > (best.notes ?? 0) + (best.changes ?? 0) ? m : best));
  const sentence = t("chart.updates.sentence", {
    year: timeline.year,
    notes: formatNumber(notes, lang),
    changes: formatNumber(changes, lang),
    busiest: monthNames[busiest.month - 1],
  });
  const height = 280;
  const count = (v: number) => (v ? formatNumber(v, lang) : "");
  const svg = render(CHART_WIDTH_PX, height, {
    legend: legend(),
    grid: { left: 36, right: 12, top: 64, bottom: 32 },
    xAxis: { type: "category", data: [...months], axisLabel: axisText() },
    yAxis: { type: "value", minInterval: 1, axisLabel: axisText() },
    series: [
      { ...barSeries(t("chart.updates.notes"), DARK_BLUE, timeline.months.map((m) => m.notes), count), label: { show: true, position: "top", color: INK, fontFamily: FONT, fontSize: 13, formatter: (p: { value: number }) => count(p.value) } },
      { ...barSeries(t("chart.updates.changes"), ORANGE, timeline.months.map((m) => m.changes), count), label: { show: true, position: "top", color: INK, fontFamily: FONT, fontSize: 13, formatter: (p: { value: number }) => count(p.value) } },
    ],
  });
  return { id, title, sentence, table, svg, width: CHART_WIDTH_PX, height };
}

function barSeries(name: string, colour: string, data: (number | null)[], label: (value: number) => string) {
  return {
    name,
    type: "bar",
    barMaxWidth: 22,
    itemStyle: { color: colour },
    label: { show: true, position: "right", color: INK, fontFamily: FONT, fontSize: 13, formatter: (p: { value: number }) => label(p.value) },
    data,
  };
}

function legend() {
  return { top: 4, left: 0, icon: "rect", itemWidth: 14, itemHeight: 14, itemGap: 12, selectedMode: false, textStyle: { color: INK, fontFamily: FONT, fontSize: 14 } };
}

function axisText() {
  return { color: INK, fontFamily: FONT, fontSize: 13 };
}

/**
 * One chart as a standalone SVG string. ECharts' server-side output carries data for
 * re-attaching interaction in a browser (hover styles, `ecmeta_*` attributes); the pages
 * have no scripts, so that is left out to keep them light.
 */
function render(width: number, height: number, option: Record<string, unknown>): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({ animation: false, silent: true, textStyle: { fontFamily: FONT }, ...option });
    return chart
      .renderToSVGString()
      .replace(/<style\b[\s\S]*?<\/style>/g, "")
      .replace(/ (?:ecmeta_\w+|class|pointer-events)="[^"]*"/g, "")
      // Inside tags only (labels such as "€ 1.500" are text): a tenth of a pixel is finer than any
      // screen or printer shows, and shorter numbers keep the pages light.
      .replace(/<[^>]+>/g, (tag) => tag.replace(/(\d\.\d)\d+/g, "$1"))
      .replace(/>\s+</g, "><");
  } finally {
    chart.dispose();
  }
}

function capitalize(word: string, lang: string): string {
  return `${word.charAt(0).toLocaleUpperCase(lang)}${word.slice(1)}`;
}
