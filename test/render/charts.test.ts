import { describe, expect, it } from "vitest";
import { budgetChart, burnUpChart, reachChart, statusChart, STATUS_COLOURS } from "../../src/render/charts.ts";
import { chartPng } from "../../src/render/chart-png.ts";
import { progressBar } from "../../src/render/board.ts";
import { translator } from "../../src/i18n/index.ts";
import type { ProgressTimeline } from "../../src/services/get-progress-timeline.ts";

const nl = { t: translator("nl"), lang: "nl" };

describe("charts", () => {
  it("are a standalone SVG without scripts, hover styles or interaction data", () => {
    const chart = statusChart("s", [{ name: "Kansrijk", counts: { gepland: 2, klaar: 1 }, overdue: 1 }], nl);
    expect(chart.svg).toMatch(/^<svg [^>]*viewBox="0 0 480 \d+"/);
    expect(chart.svg).not.toMatch(/<script|<style|ecmeta_|class="zr|pointer-events|href=/);
  });

  it("colour the statuses with Okabe & Ito's palette and say every count in text too", () => {
    const chart = statusChart("s", [{ name: "Gezond", counts: { gepland: 1, bezig: 2, klaar: 3, gestopt: 1, geparkeerd: 1 }, overdue: 2 }], nl);
    for (const { fill } of Object.values(STATUS_COLOURS)) expect(chart.svg).toContain(`fill="${fill}"`);
    for (const count of ["1", "2", "3"]) expect(chart.svg).toContain(`>${count}</text>`);
    expect(chart.sentence).toBe("Gezond: 3 van 8 klaar, 2 te laat.");
    expect(chart.table.rows).toEqual([["Gezond", "1", "2", "3", "1", "1", "2"]]);
  });

  it("say so in a sentence, without a picture, when there is nothing to draw", () => {
    expect(statusChart("s", [{ name: "Gezond", counts: {}, overdue: 0 }], nl)).toMatchObject({ svg: null, sentence: "Er zijn nog geen acties." });
    expect(reachChart("r", [{ label: "Gezond", reached: 0, intended: null }], nl)).toMatchObject({ svg: null, sentence: "Er is nog geen bereik vastgelegd." });
    expect(budgetChart("b", [{ label: "Gezond", plannedCents: 0, spentCents: 0 }], nl)).toMatchObject({ svg: null, sentence: "Er zijn nog geen bedragen vastgelegd." });
  });

  it("tell the budget in euros, the total included, in Dutch and English formats", () => {
    const rows = [{ label: "Gezond", plannedCents: 250_000, spentCents: 40_050 }];
    expect(budgetChart("b", rows, nl).sentence).toBe("In totaal € 2.500 begroot en € 400,50 besteed (16%). Gezond: € 2.500 begroot, € 400,50 besteed.");
    expect(budgetChart("b", rows, { t: translator("en"), lang: "en" }).table.rows.at(-1)).toEqual(["Total", "€2,500", "€400.50"]);
  });

  it("draw the burn-up only up to the current month", () => {
    const months = Array.from({ length: 12 }, (_, i) => {
      const begun = i < 3;
      return { month: i + 1, finished: begun ? 1 : null, finishedSoFar: begun ? i + 1 : null, scope: begun ? 5 : null, notes: begun ? 0 : null, changes: begun ? 1 : null };
    });
    const timeline: ProgressTimeline = { year: 2026, months, lastMonth: 3, total: 5, finished: 3 };
    const chart = burnUpChart("u", timeline, nl);
    expect(chart.sentence).toBe("Eind maart waren 3 van de 5 acties van 2026 klaar.");
    expect(chart.table.rows).toEqual([["januari", "1", "1", "5"], ["februari", "1", "2", "5"], ["maart", "1", "3", "5"]]);
  });

  it("become a PNG for the PDF and the Word file", () => {
    const png = chartPng(statusChart("s", [{ name: "Kansrijk", counts: { gepland: 2, klaar: 1 }, overdue: 0 }], nl))!;
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(960);
  });
});

describe("the chat's progress bar", () => {
  it.each([
    [0, 9, "░░░░░░░░"],
    [1, 9, "▓░░░░░░░"],
    [4, 9, "▓▓▓▓░░░░"],
    [8, 9, "▓▓▓▓▓▓▓░"],
    [9, 9, "▓▓▓▓▓▓▓▓"],
    [0, 0, "░░░░░░░░"],
  ])("%i of %i done is %s", (done, total, bar) => {
    expect(progressBar(done, total)).toBe(bar);
  });
});
