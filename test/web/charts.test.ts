import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeWebOverview, openWebOverview, type WebOverview } from "../helpers/web.ts";

/**
 * The charts on the demo wijk's overview pages: drawn on the server as inline SVG, each
 * with a sentence and a visually hidden table, in a page that stays under 60 KB and asks
 * for nothing else. The chat's /overzicht stays text, with a progress line per pillar.
 */
let o: WebOverview;
beforeAll(async () => {
  o = await openWebOverview();
});
afterAll(async () => {
  await closeWebOverview(o.h);
});

const PAGE_LIMIT_BYTES = 60 * 1024;

async function page(path: string): Promise<string> {
  const res = await o.web.request(`/w/${o.token}/${path}`);
  expect(res.status).toBe(200);
  return res.text();
}

/** The figures of a page: title, whether an SVG is drawn, the sentence, and the hidden table's rows as text. */
function figures(html: string) {
  return [...html.matchAll(/<figure class="chart"[\s\S]*?<\/figure>/g)].map(([figure]) => ({
    title: /<strong>(.*?)<\/strong>/.exec(figure)?.[1],
    svg: /<svg aria-hidden="true" focusable="false" [^>]*viewBox=/.test(figure),
    sentence: /<\/(?:svg|figcaption)><p>(.*?)<\/p>/.exec(figure)?.[1],
    table: [...figure.matchAll(/<tr>(.*?)<\/tr>/g)].map(([, row]) => row.replace(/<[^>]+>/g, "|").replace(/\|+/g, "|").replace(/^\||\|$/g, "")),
    hiddenTable: /<div class="vh"><table><caption>/.test(figure),
  }));
}

describe("charts on the overview pages", () => {
  it("the board shows per pillar the statuses with counts and the number overdue", async () => {
    const html = await page("");
    const [chart, ...more] = figures(html);
    expect(more).toEqual([]);
    expect(chart).toEqual({
      title: "Acties per pijler en status",
      svg: true,
      sentence: "Kansrijk: 1 van 4 klaar, 1 te laat; Vreedzaam: 0 van 3 klaar; Gezond: 1 van 3 klaar.",
      table: ["Pijler|Gepland|Bezig|Klaar|Gestopt|Geparkeerd|Te laat", "Kansrijk|1|1|1|0|1|1", "Vreedzaam|2|1|0|0|0|0", "Gezond|1|1|1|0|0|0"],
      hiddenTable: true,
    });
    // In the picture: the colour-blind-safe status colours, the counts as labels, the overdue count beside the pillar.
    const svg = /<svg[\s\S]*?<\/svg>/.exec(html)![0];
    for (const colour of ["#56B4E9", "#E69F00", "#009E73", "#999999"]) expect(svg).toContain(`fill="${colour}"`);
    expect(svg).toContain(">1 te laat</text>");
    expect(svg).toContain(">Geparkeerd</text>");
  });

  it("Pijlers shows the statuses and the reach per pillar and per goal", async () => {
    const charts = figures(await page("pijlers"));
    expect(charts.map((c) => c.title)).toEqual(["Acties per pijler en status", "Bereik: bereikt tegen beoogd", "Bereik: bereikt tegen beoogd"]);
    expect(charts[1].sentence).toBe("Bereikt tegen beoogd: Kansrijk 40 van 150; Gezond 126 van 306.");
    expect(charts[1].table).toEqual(["Groep|Bereikt|Beoogd", "Kansrijk|40|150", "Vreedzaam|0|–", "Gezond|126|306"]);
    expect(charts[2].sentence).toBe("Bereikt tegen beoogd: Kinderen groeien op met gelijke kansen 40 van 150; Gezond opgroeien in Lewenborg 126 van 306.");
  });

  it("Financiën shows planned against spent per pillar and the total", async () => {
    const [chart] = figures(await page("financien"));
    expect(chart.sentence).toBe("In totaal € 10.500 begroot en € 400 besteed (4%). Vreedzaam: € 8.000 begroot, € 0 besteed; Gezond: € 2.500 begroot, € 400 besteed.");
    expect(chart.table).toEqual(["Pijler|Begroot|Besteed", "Kansrijk|€ 0|€ 0", "Vreedzaam|€ 8.000|€ 0", "Gezond|€ 2.500|€ 400", "Totaal|€ 10.500|€ 400"]);
  });

  it("Voortgang shows the plan year's burn-up and updates per month, up to this month only", async () => {
    const html = await page("voortgang");
    expect(html).toContain("<h1>Voortgang 2026</h1>");
    const [burnUp, updates] = figures(html);
    expect(burnUp.title).toBe("Afgeronde acties per maand in 2026");
    expect(burnUp.sentence).toBe("Eind januari waren 2 van de 10 acties van 2026 klaar.");
    expect(burnUp.table).toEqual(["Maand|Klaar in de maand|Klaar (opgeteld)|Alle acties", "januari|2|2|10"]);
    expect(updates.sentence).toBe("In 2026 tot nu toe 2 voortgangsberichten en 0 wijzigingen; de drukste maand was januari.");
    expect((await page("voortgang?jaar=2031")).includes("Het planjaar 2031 is nog niet begonnen.")).toBe(true);
    // Anything else than a plausible year shows the plan year, and is never echoed.
    const odd = await page("voortgang?jaar=%3Cb%3E1999");
    expect(odd).toContain("<h1>Voortgang 2026</h1>");
    expect(odd).not.toContain("<b>1999");
  });

  it("follows the page language", async () => {
    const [chart] = figures(await page("?taal=en"));
    expect(chart.title).toBe("Actions per pillar and status");
    expect(chart.sentence).toBe("Kansrijk: 1 of 4 done, 1 overdue; Vreedzaam: 0 of 3 done; Gezond: 1 of 3 done.");
    expect(chart.table[0]).toBe("Pillar|Planned|In progress|Done|Stopped|Parked|Overdue");
  });

  it.each(["", "pijlers", "financien", "voortgang", "rapport", "vergadering", "wie"])("/%s stays under 60 KB and needs no other file", async (path) => {
    const html = await page(path);
    expect(Buffer.byteLength(html)).toBeLessThan(PAGE_LIMIT_BYTES);
    // Nothing that makes the browser ask for more: no scripts, style sheets, images, fonts or frames
    // (a chart's clip path refers to an element of the page itself: url(#…)).
    expect(html).not.toMatch(/<script|<link\b|<img\b|<iframe|<object|<embed|url\((?!#)|@import|\ssrc=|xlink:href=|<image\b/i);
    // Only the SVG namespace names another address, and that is never fetched.
    expect([...html.matchAll(/https?:\/\/[^\s"'<>]+/g)].map((m) => m[0]).filter((u) => !/^http:\/\/www\.w3\.org\//.test(u))).toEqual([]);
  });
});

describe("/overzicht in the chat", () => {
  it("stays text, with one progress line per pillar", async () => {
    const [board] = await o.h.say("Marieke", "/overzicht");
    expect(board).not.toContain("<svg");
    // Each pillar's block ends with its progress line.
    expect(board).toMatch(/\*Kansrijk\*\n[^*]*\n▓▓░░░░░░ 1\/4 klaar\n\n\*Vreedzaam\*/);
    expect(board).toMatch(/\*Vreedzaam\*\n[^*]*\n░░░░░░░░ 0\/3 klaar\n\n\*Gezond\*/);
    expect(board).toMatch(/\*Gezond\*\n[^*]*\n▓▓▓░░░░░ 1\/3 klaar\n/);
  });
});
