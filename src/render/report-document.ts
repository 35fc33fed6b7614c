import { calendarWords, statusLabel, translator, type MessageKey, type Translate } from "../i18n/index.ts";
import { localParts } from "../time/amsterdam.ts";
import type { MonitorReport, ReportAction, ReportFigures } from "../services/get-monitor-report.ts";
import { budgetChart, burnUpChart, reachChart, statusChart, updatesChart, type Chart } from "./charts.ts";
import { formatMoney, formatNumber } from "./format.ts";

/**
 * The yearly monitor as a list of blocks, made once and then written as a web page, a PDF
 * or a Word file (report-html / report-pdf / report-docx): all three say the same.
 */
export type ReportBlock =
  /** `newPage`: starts a page in print (the summary, the charts, the pillars). */
  | { kind: "heading"; level: 1 | 2 | 3; text: string; newPage?: boolean }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[] }
  /** `widths` are the columns' shares of the page width (they add up to 1). */
  | { kind: "table"; columns: string[]; widths: number[]; rows: string[][] }
  | { kind: "chart"; chart: Chart };

export interface ReportDocument {
  lang: string;
  /** "Monitor 2026 — Lewenborg XL": the file's title. */
  title: string;
  cover: { title: string; subtitle: string; madeOn: string };
  blocks: ReportBlock[];
}

export function buildReportDocument(report: MonitorReport, lang: string): ReportDocument {
  const t = translator(lang);
  const { year } = report;
  const next = year + 1;
  const num = (n: number | null) => formatNumber(n, lang);
  const money = (cents: number) => formatMoney(cents, lang);
  const pillarName = (name: string | null) => name ?? t("report.pillar.none");
  const blocks: ReportBlock[] = [];
  const heading = (level: 1 | 2 | 3, text: string, newPage = false) => blocks.push({ kind: "heading", level, text, newPage });
  const paragraph = (text: string) => blocks.push({ kind: "paragraph", text });

  heading(1, t("report.summary"), true);
  for (const text of summary(report, t, lang)) paragraph(text);

  heading(1, t("report.charts"), true);
  const words = { t, lang };
  const named = report.pillars.filter((p) => p.figures.total || p.id);
  blocks.push({
    kind: "chart",
    chart: statusChart(
      "status",
      named.map((p) => ({ name: pillarName(p.name), counts: p.figures.byStatus, overdue: p.figures.overdue })),
      words,
    ),
  });
  blocks.push({
    kind: "chart",
    chart: reachChart("bereik", named.map((p) => ({ label: pillarName(p.name), reached: p.figures.reachReached, intended: pillarIntended(p) || null })), words),
  });
  blocks.push({
    kind: "chart",
    chart: budgetChart("begroting", named.map((p) => ({ label: pillarName(p.name), plannedCents: p.figures.budgetPlannedCents, spentCents: p.figures.budgetSpentCents })), words),
  });
  blocks.push({ kind: "chart", chart: burnUpChart("klaar-per-maand", report.timeline, words) });
  blocks.push({ kind: "chart", chart: updatesChart("berichten-per-maand", report.timeline, words) });

  heading(1, t("report.pillars"), true);
  for (const pillar of report.pillars) {
    heading(2, pillarName(pillar.name));
    const f = pillar.figures;
    if (!f.total) {
      paragraph(t("report.pillar.noActions", { year }));
    } else {
      paragraph(
        t("report.pillar.counts", {
          total: num(f.total),
          finished: num(f.byStatus.klaar),
          running: num(f.byStatus.bezig),
          planned: num(f.byStatus.gepland),
          stopped: num(f.byStatus.gestopt),
          parked: num(f.byStatus.geparkeerd),
        }),
      );
    }
    if (pillar.id) {
      heading(3, t("report.pillar.goals"));
      if (pillar.goals.length) {
        blocks.push({
          kind: "list",
          items: pillar.goals.map((g) =>
            g.intendedReach
              ? t("report.pillar.goal", { goal: g.title, reached: num(g.reached), intended: num(g.intendedReach) })
              : t("report.pillar.goalNoTarget", { goal: g.title, reached: num(g.reached) }),
          ),
        });
      } else {
        paragraph(t("report.pillar.noGoals"));
      }
    }
    if (pillar.actions.length) {
      blocks.push({
        kind: "table",
        columns: [t("report.col.goal"), t("report.col.activity"), t("report.col.result"), t("report.col.status")],
        widths: [0.22, 0.24, 0.38, 0.16],
        rows: pillar.actions.map((a) => [a.goalTitle ?? t("report.noGoal"), a.title, result(a, t, lang), status(a, t, lang)]),
      });
    }
    if (f.total) {
      const intended = pillarIntended(pillar);
      paragraph(
        intended
          ? t("report.pillar.reach", { reached: num(f.reachReached), intended: num(intended) })
          : t("report.pillar.reachNoTarget", { reached: num(f.reachReached) }),
      );
      paragraph(t("report.pillar.budget", { planned: money(f.budgetPlannedCents), spent: money(f.budgetSpentCents) }));
    }
  }

  heading(1, t("report.decisions"));
  if (report.decisions.length) blocks.push({ kind: "list", items: report.decisions.map((d) => t("report.decision", { date: longDate(d.at, lang), text: d.text })) });
  else paragraph(t("report.noDecisions", { year }));

  heading(1, t("report.carried", { next }));
  if (report.carried.length) {
    blocks.push({
      kind: "list",
      items: report.carried.map((a) => t("report.carried.item", { title: a.title, pillar: pillarName(a.pillarName), status: statusLabel(a.status, t) })),
    });
  } else {
    paragraph(t("report.carried.none", { next }));
  }
  if (report.stillOpen.length) {
    heading(2, t("report.stillOpen", { year }));
    paragraph(t("report.stillOpen.intro", { next }));
    blocks.push({
      kind: "list",
      items: report.stillOpen.map((a) => t("report.carried.item", { title: a.title, pillar: pillarName(a.pillarName), status: statusLabel(a.status, t) })),
    });
  }

  heading(1, t("report.checkIn"));
  if (report.checkIn.sent) {
    paragraph(t("report.checkIn.intro", { sent: num(report.checkIn.sent), answered: num(report.checkIn.answered) }));
    blocks.push({
      kind: "table",
      columns: [t("report.col.action"), t("report.col.verdict")],
      widths: [0.7, 0.3],
      rows: report.checkIn.items.map((i) => [i.title, i.verdict ? t(`verdict.${i.verdict}` as MessageKey) : t("report.checkIn.noAnswer")]),
    });
  } else {
    paragraph(t("report.checkIn.none", { year }));
  }

  return {
    lang,
    title: t("report.documentTitle", { year, wijk: report.wijk.name }),
    cover: {
      title: t("report.title", { year }),
      subtitle: t("report.subtitle", { wijk: report.wijk.name }),
      madeOn: t("report.madeOn", { date: longDate(report.madeAt, lang) }),
    },
    blocks,
  };
}

/** The plain-language summary: one short paragraph per subject, as the first page of a monitor. */
export function summary(report: MonitorReport, t: Translate, lang: string): string[] {
  const f: ReportFigures = report.figures;
  const num = (n: number) => formatNumber(n, lang);
  const percent = (part: number, whole: number) => num(Math.round((100 * part) / whole));
  const lines: string[] = [];
  if (!f.total) {
    lines.push(t("report.summary.noActions", { year: report.year }));
  } else {
    lines.push(
      t("report.summary.actions", {
        year: report.year,
        total: num(f.total),
        started: num(f.started),
        finished: num(f.byStatus.klaar),
        stopped: num(f.byStatus.gestopt),
        open: num(f.byStatus.gepland + f.byStatus.bezig + f.byStatus.geparkeerd),
        planned: num(f.byStatus.gepland),
        running: num(f.byStatus.bezig),
        parked: num(f.byStatus.geparkeerd),
      }),
    );
    if (f.overdue) lines.push(t("report.summary.overdue", { count: f.overdue, number: num(f.overdue) }));
  }
  const intended = report.pillars.reduce((n, p) => n + pillarIntended(p), 0);
  if (intended) lines.push(t("report.summary.reach", { reached: num(f.reachReached), intended: num(intended), percent: percent(f.reachReached, intended) }));
  else if (f.reachReached) lines.push(t("report.summary.reachNoTarget", { reached: num(f.reachReached) }));
  else lines.push(t("report.summary.noReach"));
  if (f.budgetPlannedCents || f.budgetSpentCents) {
    lines.push(
      t("report.summary.budget", {
        planned: formatMoney(f.budgetPlannedCents, lang),
        spent: formatMoney(f.budgetSpentCents, lang),
        percent: f.budgetPlannedCents ? percent(f.budgetSpentCents, f.budgetPlannedCents) : "–",
      }),
    );
  } else {
    lines.push(t("report.summary.noBudget"));
  }
  const c = report.checkIn;
  lines.push(
    c.sent
      ? t("report.summary.checkIn", {
          answered: num(c.answered),
          sent: num(c.sent),
          onTrack: num(c.verdicts["op-koers"]),
          behind: num(c.verdicts["loopt-achter"]),
          stop: num(c.verdicts.stoppen),
        })
      : t("report.summary.noCheckIn", { year: report.year }),
  );
  if (report.decisions.length) {
    lines.push(t("report.summary.decisions", { count: report.decisions.length, number: num(report.decisions.length) }));
  }
  if (report.carried.length) lines.push(t("report.summary.carried", { count: num(report.carried.length), next: report.year + 1 }));
  return lines;
}

/** A pillar's intended reach: its goals' targets, plus the targets of its actions without a goal. */
function pillarIntended(pillar: MonitorReport["pillars"][number]): number {
  const goalTitles = new Set(pillar.goals.map((g) => g.title));
  const fromGoals = pillar.goals.reduce((n, g) => n + (g.intendedReach ?? 0), 0);
  const withoutGoal = pillar.actions.filter((a) => !a.goalTitle || !goalTitles.has(a.goalTitle)).reduce((n, a) => n + (a.reachIntended ?? 0), 0);
  return fromGoals + withoutGoal;
}

/** "Resultaat": the last update with its date, and the reach when one was recorded. */
function result(a: ReportAction, t: Translate, lang: string): string {
  const update = a.lastUpdate ? t("report.result.update", { date: longDate(a.lastUpdate.at, lang), text: a.lastUpdate.text.trim() }) : t("report.result.noUpdate");
  const reach = a.reachIntended
    ? t("report.result.reach", { reached: formatNumber(a.reachReached ?? 0, lang), intended: formatNumber(a.reachIntended, lang) })
    : a.reachReached
      ? t("report.result.reachNoTarget", { reached: formatNumber(a.reachReached, lang) })
      : "";
  if (!reach) return update;
  return `${update}${/[.!?…]$/.test(update) ? "" : "."} ${reach}`;
}

function status(a: ReportAction, t: Translate, lang: string): string {
  const word = statusLabel(a.status, t);
  const title = `${word.charAt(0).toLocaleUpperCase(lang)}${word.slice(1)}`;
  if (a.carriedTo) return t("report.status.carried", { status: title, year: a.carriedTo });
  if (a.overdue) return t("report.status.overdue", { status: title });
  return title;
}

/** "5 januari 2026" / "5 January 2026". */
export function longDate(date: Date, lang: string): string {
  const p = localParts(date);
  return `${p.day} ${calendarWords(lang, "calendar.months")[p.month - 1]} ${p.year}`;
}
