import { afterAll, beforeAll, describe, expect } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import type { Harness } from "../helpers/harness.ts";
import { createHttpServer, type HttpServer } from "../../src/http/server.ts";
import { silentLogger } from "../../src/core/logger.ts";
import { registerOverviewRoutes } from "../../src/web/routes.tsx";
import { monitorYear } from "./monitor-year.ts";
import { itWithProgram } from "./tools.ts";

/**
 * The charts in a real browser on a phone (Debian's chromium, 390 px wide, scripts off as
 * the pages forbid them): each page is one request, nothing is wider than the screen, and
 * the pages are photographed to PNG (kept in WIJKBOT_SCREENSHOTS when set, to look at).
 */
const PHONE = { width: 390, height: 844 };
let h: Harness;
let http: HttpServer;
let browser: Browser | undefined;
let base: string;
let profile: string;
let shots: string;

beforeAll(async () => {
  h = await monitorYear();
  http = createHttpServer({ port: 0, host: "127.0.0.1", logger: silentLogger });
  registerOverviewRoutes(http.app, { db: h.db, clock: h.clock });
  const { url } = await http.start();
  const token = (await h.db.wijk.findUniqueOrThrow({ where: { id: h.wijkId } })).overviewToken;
  base = `${url}/w/${token}/`;
  profile = mkdtempSync(join(tmpdir(), "wijkbot-chromium-"));
  shots = process.env.WIJKBOT_SCREENSHOTS ?? join(profile, "shots");
  mkdirSync(shots, { recursive: true });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await http?.stop();
  await h?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function phone(): Promise<Page> {
  browser ??= await chromium.launch({
    env: { ...process.env, TMPDIR: profile },
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, javaScriptEnabled: false });
  return context.newPage();
}

describe("the charts in a phone browser", () => {
  for (const path of ["", "pijlers", "financien", "voortgang?jaar=2026", "rapport?jaar=2026"]) {
    itWithProgram("chromium")(`/${path} is one request, fits 390 px and shows its charts`, async () => {
      const page = await phone();
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
      expect(requests).toEqual([`${base}${path}`]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      // Every chart is drawn at the width of its card, readable rather than cut off.
      const charts = await page.locator("figure.chart svg").evaluateAll((svgs) => svgs.map((s) => Math.round(s.getBoundingClientRect().width)));
      expect(charts.length).toBeGreaterThan(0);
      for (const width of charts) expect(width).toBeGreaterThan(300);
      // The hidden tables stay out of sight but in the page for screen readers.
      const table = page.locator("figure.chart .vh").first();
      expect(await table.locator("table").count()).toBe(1);
      expect(await table.boundingBox()).toMatchObject({ width: 1, height: 1 });
      const file = join(shots, `${path.replace(/\?.*$/, "") || "bord"}.png`);
      await page.screenshot({ path: file, fullPage: true });
      expect(statSync(file).size).toBeGreaterThan(10_000);
    }, 60_000);
  }
});
