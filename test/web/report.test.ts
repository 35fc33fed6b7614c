import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Hono } from "hono";
import type { Harness } from "../helpers/harness.ts";
import { registerOverviewRoutes } from "../../src/web/routes.tsx";
import { runCli } from "../../src/cli.ts";
import { monitorYear } from "./monitor-year.ts";
import { itWithProgram } from "./tools.ts";

/**
 * The monitor of 2026 after a year of chat (test/web/monitor-year.ts), read back the way a
 * coördinator's readers do: the PDF through pdftotext, the Word file through LibreOffice.
 * Every pillar's figures must be in both, as in the web page.
 */
let h: Harness;
let web: Hono;
let token: string;
let dir: string;

beforeAll(async () => {
  h = await monitorYear();
  web = new Hono();
  registerOverviewRoutes(web, { db: h.db, clock: h.clock });
  token = (await h.db.wijk.findUniqueOrThrow({ where: { id: h.wijkId } })).overviewToken;
  dir = mkdtempSync(join(tmpdir(), "wijkbot-report-"));
});
afterAll(async () => {
  await h?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** What the year should show per pillar, in Dutch, as a reader finds it in any of the three forms. */
const PILLARS_NL = {
  Kansrijk: [
    "4 acties: 1 afgerond, 1 bezig, 0 gepland, 1 gestopt, 1 geparkeerd.",
    "Bereik: 95 van de beoogde 150.",
    "Begroting: € 1.500 begroot, € 0 besteed.",
    "Kinderen groeien op met gelijke kansen — bereik 95 van 150",
    "Integraal pedagogisch wijkplan jonge kind",
    "15 juni 2026: Conceptplan besproken met kinderopvang en JGZ. Bereik 95 van 150.",
  ],
  Vreedzaam: [
    "3 acties: 1 afgerond, 1 bezig, 1 gepland, 0 gestopt, 0 geparkeerd.",
    "Bereik: 0 (geen beoogd bereik vastgelegd).",
    "Begroting: € 8.000 begroot, € 3.200 besteed.",
    "3 maart 2026: Training oudermediatoren gegeven aan 12 ouders",
  ],
  Gezond: [
    "3 acties: 2 afgerond, 1 bezig, 0 gepland, 0 gestopt, 0 geparkeerd.",
    "Bereik: 186 van de beoogde 306.",
    "Begroting: € 2.500 begroot, € 400 besteed.",
    "5 november 2026: Plek bij het winkelcentrum is goedgekeurd. Bereik 180 van 300.",
  ],
};
const WHOLE_YEAR_NL = [
  "Monitor 2026",
  "Jaarrapport van het wijkplan van Lewenborg XL",
  "Gemaakt op 11 januari 2027 met wijkbot.",
  "In 2026 stonden 10 acties op het plan. Daarvan zijn er 8 gestart, 4 afgerond en 1 gestopt; 5 lopen nog (1 gepland, 3 bezig, 1 geparkeerd).",
  "Bereik: 281 van de beoogde 456 (62%).",
  "Begroting: € 12.000 begroot, € 3.600 besteed (30%).",
  "Tussentijdse check: 2 van de 6 eigenaren van acties antwoordden. Hun oordeel per actie: 1 op koers, 1 loopt achter, 0 stoppen.",
  "9 april 2026: Watertappunt komt bij het winkelcentrum",
  "9 april 2026: Wijkwebsite krijgt € 2.000 extra uit het wijkbudget",
  "Meegenomen naar 2027",
  "Watertappunt in de wijk (Gezond) — nu bezig",
  "Eind december waren 4 van de 10 acties van 2026 klaar.",
  "Kansrijk: 1 van 4 klaar, 1 te laat; Vreedzaam: 1 van 3 klaar, 2 te laat; Gezond: 2 van 3 klaar, 1 te laat.",
  "Doel", "Activiteit", "Resultaat", "Status",
];

/** Reading order with line breaks and table cells joined: what a reader sees, without the layout. */
function flat(text: string): string {
  return text.replace(/\u00a0/g, " ").replace(/\s+/g, " ");
}

function expectWholeReport(text: string) {
  const plain = flat(text);
  for (const line of WHOLE_YEAR_NL) expect(plain).toContain(line);
  for (const [pillar, lines] of Object.entries(PILLARS_NL)) {
    expect(plain).toContain(pillar);
    for (const line of lines) expect({ pillar, found: plain.includes(line), line }).toEqual({ pillar, found: true, line });
  }
  // Privacy: the check's verdicts go out per action, without whose they are.
  expect(plain).not.toMatch(/Fatima|Joke|Sanne/);
}

async function get(path: string): Promise<Response> {
  return web.request(`/w/${token}/${path}`);
}

describe("the yearly monitor", () => {
  it("is a web page with every pillar's figures, the charts with their text, and links to the PDF and Word file", async () => {
    const res = await get("rapport?jaar=2026");
    expect(res.status).toBe(200);
    const html = await res.text();
    const text = html.replace(/<svg[\s\S]*?<\/svg>/g, " ").replace(/<[^>]+>/g, " ").replace(/&amp;/g, "&").replace(/&#39;/g, "'");
    expectWholeReport(text);
    expect(html).toContain(`href="/w/${token}/rapport.pdf?jaar=2026"`);
    expect(html).toContain(`href="/w/${token}/rapport.docx?jaar=2026"`);
    expect(html.match(/<figure class="chart"/g)).toHaveLength(5);
    expect(Buffer.byteLength(html)).toBeLessThan(60 * 1024);
  });

  itWithProgram("pdftotext")("as PDF, read back with pdftotext, holds the summary, every pillar's figures, decisions, what went on to 2027 and the check", async () => {
    const res = await get("rapport.pdf?jaar=2026");
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toContain('filename="monitor-2026-Lewenborg-XL.pdf"');
    const file = join(dir, "monitor.pdf");
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    expectWholeReport(execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    expect(info).toMatch(/Title:\s+Monitor 2026 — Lewenborg XL/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    // Five charts embedded as images.
    const images = execFileSync("pdfimages", ["-list", file], { encoding: "utf8" }).trim().split("\n").slice(2);
    expect(images.length).toBeGreaterThanOrEqual(5);
  });

  itWithProgram("soffice")(
    "as Word file, opened by LibreOffice, holds the same, with the charts as images",
    async () => {
      const res = await get("rapport.docx?jaar=2026");
      expect(res.headers.get("content-disposition")).toContain('filename="monitor-2026-Lewenborg-XL.docx"');
      const file = join(dir, "monitor.docx");
      writeFileSync(file, Buffer.from(await res.arrayBuffer()));
      const text = libreOffice(file, "txt:Text", "txt");
      expectWholeReport(text);
      // LibreOffice's own PDF of it has the chart images too.
      const pdf = libreOffice(file, "pdf", "pdf", "latin1");
      expect(pdf.startsWith("%PDF")).toBe(true);
      expect((pdf.match(/\/Subtype\s*\/Image/g) ?? []).length).toBeGreaterThanOrEqual(5);
    },
    180_000,
  );

  itWithProgram("pdftotext")("in English with ?taal=en", async () => {
    const file = join(dir, "monitor-en.pdf");
    writeFileSync(file, Buffer.from(await (await get("rapport.pdf?jaar=2026&taal=en")).arrayBuffer()));
    const text = flat(execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
    for (const line of [
      "Yearly report of the neighbourhood plan of Lewenborg XL",
      "In 2026 the plan held 10 actions. Of these, 8 were started, 4 finished and 1 stopped; 5 are still open (1 planned, 3 in progress, 1 parked).",
      "Budget: €12,000 planned, €3,600 spent (30%).",
      "3 actions: 2 finished, 1 in progress, 0 planned, 0 stopped, 0 parked.",
      "Reach: 95 of the intended 150.",
      "Goal", "Activity", "Result", "Status",
    ]) {
      expect(text).toContain(line);
    }
    expect(text).not.toContain("Samenvatting");
  });

  it("of a year without actions says so instead of showing empty charts", async () => {
    const html = await (await get("rapport?jaar=2024")).text();
    expect(html).toContain("In 2024 stonden nog geen acties op het plan.");
    expect(html).toContain("Er zijn nog geen bedragen vastgelegd.");
    expect(html).not.toContain("<svg");
  });

  itWithProgram("pdftotext")("is written by `npm run wijkbot -- rapport` as PDF and Word file, in English with --taal en", async () => {
    let out = "";
    let err = "";
    const io = { out: (s: string) => (out += s), err: (s: string) => (err += s), db: async () => h.db, now: () => h.clock.now() };
    const pdf = join(dir, "cli.pdf");
    const docx = join(dir, "cli.docx");
    expect(await runCli(["rapport", "Lewenborg XL", "--jaar", "2026", "--pdf", pdf, "--docx", docx], io)).toBe(0);
    expect(out).toBe(`Monitor 2026 van Lewenborg XL geschreven naar ${pdf}\nMonitor 2026 van Lewenborg XL geschreven naar ${docx}\n`);
    expectWholeReport(execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8" }));
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe("PK");

    out = "";
    const en = join(dir, "cli-en.pdf");
    expect(await runCli(["--taal", "en", "rapport", "Lewenborg XL", "--jaar", "2026", "--pdf", en], io)).toBe(0);
    expect(out).toBe(`Monitor 2026 of Lewenborg XL written to ${en}\n`);
    expect(flat(execFileSync("pdftotext", ["-enc", "UTF-8", en, "-"], { encoding: "utf8" }))).toContain("Decisions of the steering group");

    expect(await runCli(["rapport", "Lewenborg XL"], io)).toBe(2);
    expect(err).toContain("Kies --pdf <bestand> of --docx <bestand> (of allebei).");
  });
});

/** Converts with LibreOffice headless in a profile of its own (a running LibreOffice of the user is not disturbed). */
function libreOffice(file: string, filter: string, ext: string, encoding: BufferEncoding = "utf8"): string {
  const profile = join(dir, "lo-profile");
  const outDir = join(dir, `lo-${ext}`);
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", filter, "--outdir", outDir, file], {
    stdio: "pipe",
    timeout: 150_000,
  });
  return readFileSync(join(outDir, file.replace(/^.*\//, "").replace(/\.\w+$/, `.${ext}`)), encoding);
}
