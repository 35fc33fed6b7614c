import { afterAll, beforeAll, describe, expect } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { chromium, type Browser } from "playwright-core";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { createHttpServer, type HttpServer } from "../../src/http/server.ts";
import { silentLogger } from "../../src/core/logger.ts";
import { registerOverviewRoutes } from "../../src/web/routes.tsx";
import { itWithProgram } from "./tools.ts";

/**
 * Issue 13, part 3: the overview on phones and tablets. With a long Dutch compound and a
 * formula-like string among the titles, no page is wider than the screen at 360, 390 and
 * 768 px, the board's filter folds away on a phone, and axe-core finds nothing serious or
 * critical (tap targets included).
 */
const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const LONG_WORD = "Jeugdgezondheidszorgsamenwerkingsverbandbijeenkomsten";
const FORMULA = "=ALS(SOM(A1:A99999999999999999999)>0;\"ja\";\"nee\")_zonder_spaties";
const PAGES = ["", "pijlers", "voortgang", "vergadering", "wie", "financien", "rapport"];

let h: Harness;
let http: HttpServer;
let browser: Browser | undefined;
let base: string;
let profile: string;
let actionPage: string;

beforeAll(async () => {
  h = await createHarness();
  await h.say("Marieke", `/actie nieuw ${LONG_WORD} pijler Gezond eigenaar @Fatima`);
  await h.say("Marieke", `/actie nieuw ${FORMULA} pijler Kansrijk`);
  await h.say("Fatima", `/actie update ${LONG_WORD.slice(0, 24)} ${LONG_WORD}${LONG_WORD}`);
  await h.say("Fatima", `/actie budget ${LONG_WORD.slice(0, 24)} begroot 12345678`);
  http = createHttpServer({ port: 0, host: "127.0.0.1", logger: silentLogger });
  registerOverviewRoutes(http.app, { db: h.db, clock: h.clock });
  const { url } = await http.start();
  const wijk = await h.db.wijk.findUniqueOrThrow({ where: { id: h.wijkId } });
  base = `${url}/w/${wijk.overviewToken}/`;
  const long = await h.db.action.findFirstOrThrow({ where: { wijkId: h.wijkId, title: LONG_WORD } });
  actionPage = `acties/${long.id}`;
  profile = mkdtempSync(join(tmpdir(), "wijkbot-chromium-"));
});
afterAll(async () => {
  await browser?.close();
  await http?.stop();
  await h?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** One tab per screen width; the test visits the pages in it one after another. */
async function tab(width: number) {
  browser ??= await chromium.launch({
    env: { ...process.env, TMPDIR: profile },
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const context = await browser.newContext({ viewport: { width, height: 800 }, isMobile: width < 700, hasTouch: width < 700, bypassCSP: true });
  return context.newPage();
}

describe("the overview on a phone and a tablet", () => {
  for (const width of [360, 390, 768]) {
    itWithProgram("chromium")(`no page is wider than ${width} px, even with long words in titles`, async () => {
      const wide: string[] = [];
      const page = await tab(width);
      for (const path of [...PAGES, actionPage]) {
        await page.goto(`${base}${path}`);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > width) wide.push(`/${path}: ${scrollWidth} px`);
        // A table must not hide a column in its own scroll area either.
        const tables = await page.locator(".table-wrap").evaluateAll((els) => els.map((el) => el.scrollWidth - el.clientWidth));
        tables.forEach((hidden, i) => hidden > 0 && wide.push(`/${path}: table ${i + 1} hides ${hidden} px`));
      }
      await page.context().close();
      expect(wide).toEqual([]);
    }, 120_000);
  }

  itWithProgram("chromium")("folds the board's filter behind 'Filter' at 390 px (a tap opens it, a filter in use keeps it open); a tablet shows it whole", async () => {
    const phone = await tab(390);
    await phone.goto(base);
    const fold = phone.locator("details.filter-fold");
    const form = phone.locator("form.filters");
    expect(await form.isVisible()).toBe(false);
    // Folded, it is one line of the first screen instead of most of it.
    const screenHeight = await phone.evaluate(() => window.innerHeight);
    expect((await fold.boundingBox())!.height).toBeLessThan(screenHeight * 0.08);
    await phone.locator("details.filter-fold > summary").click();
    expect(await form.isVisible()).toBe(true);
    await phone.goto(`${base}?pijler=Gezond`);
    expect(await form.isVisible()).toBe(true);
    await phone.context().close();

    const tablet = await tab(768);
    await tablet.goto(base);
    expect(await tablet.locator("form.filters").isVisible()).toBe(true);
    expect(await tablet.locator("details.filter-fold > summary").isVisible()).toBe(false);
    await tablet.context().close();
  }, 60_000);

  itWithProgram("chromium")("axe-core finds nothing serious or critical on any page at 390 px, tap targets included", async () => {
    const found: string[] = [];
    const page = await tab(390);
    for (const path of [...PAGES, actionPage]) {
      await page.goto(`${base}${path}`);
      await page.addScriptTag({ path: AXE_PATH });
      const result = (await page.evaluate(() => (globalThis as unknown as { axe: { run(): Promise<unknown> } }).axe.run())) as {
        violations: { id: string; impact: string | null; nodes: unknown[] }[];
      };
      for (const v of result.violations) if (v.impact === "serious" || v.impact === "critical") found.push(`/${path}: ${v.impact} ${v.id} (${v.nodes.length}x)`);
    }
    await page.context().close();
    expect(found).toEqual([]);
  }, 120_000);
});
