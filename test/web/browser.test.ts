import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { chromium, type Browser, type Page } from "playwright-core";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { createHttpServer, type HttpServer } from "../../src/http/server.ts";
import { silentLogger } from "../../src/core/logger.ts";
import { registerOverviewRoutes } from "../../src/web/routes.tsx";

/** A real browser (Debian's chromium) on a phone-sized screen: the board works without JavaScript and passes axe-core. */
const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

let h: Harness;
let http: HttpServer;
let browser: Browser;
let base: string;
let profile: string;

beforeAll(async () => {
  h = await createHarness();
  http = createHttpServer({ port: 0, host: "127.0.0.1", logger: silentLogger });
  registerOverviewRoutes(http.app, { db: h.db, clock: h.clock });
  const { url } = await http.start();
  const token = (await h.db.wijk.findUniqueOrThrow({ where: { id: h.wijkId } })).overviewToken;
  base = `${url}/w/${token}/`;
  // launch() gives chromium a fresh temporary profile of its own (it refuses --user-data-dir); TMPDIR keeps it in our temp folder.
  profile = mkdtempSync(join(tmpdir(), "wijkbot-chromium-"));
  browser = await chromium.launch({
    env: { ...process.env, TMPDIR: profile },
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
});
afterAll(async () => {
  await browser?.close();
  await http?.stop();
  await h?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function phone(): Promise<Page> {
  // The pages forbid scripts (CSP); axe is injected by the test, so the test bypasses it.
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, javaScriptEnabled: true, bypassCSP: true });
  return context.newPage();
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const result = (await page.evaluate(() => (globalThis as unknown as { axe: { run(): Promise<unknown> } }).axe.run())) as {
    violations: { id: string; impact: string | null; nodes: unknown[] }[];
  };
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.impact}: ${v.id} (${v.nodes.length}x)`);
}

describe("the web overview in a phone browser", () => {
  it("opens the board, filters by pillar, opens an action, all accessible", async () => {
    const page = await phone();
    await page.goto(base);
    expect(await page.title()).toBe("Bord — Lewenborg XL");
    // Readable on a phone: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await page.locator("article.card").count()).toBe(10);
    expect(await seriousViolations(page)).toEqual([]);

    // On a phone the filter is folded away behind "Filter".
    await page.getByText("Filter", { exact: true }).click();
    await page.getByLabel("Pijler").selectOption("Gezond");
    await Promise.all([page.waitForURL(/pijler=Gezond/), page.getByRole("button", { name: "Filteren" }).click()]);
    const titles = await page.locator("article.card:visible h3").allTextContents();
    expect(titles.sort()).toEqual(["Gezonde School vignet voor alle scholen", "Verhoogde betrokkenheid CB en GGD", "Watertappunt in de wijk"]);
    expect(await page.getByRole("status").textContent()).toBe("3 van 10 acties getoond.");

    await Promise.all([page.waitForURL(/acties\//), page.getByRole("link", { name: "Watertappunt in de wijk" }).click()]);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Watertappunt in de wijk");
    expect(await page.locator("main").textContent()).toContain("Handtekeningenactie onder jongeren gestart");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("stays English through the filter form and the action links with ?taal=en", async () => {
    const page = await phone();
    await page.goto(`${base}?taal=en`);
    expect(await page.title()).toBe("Board — Lewenborg XL");
    await page.getByText("Filters", { exact: true }).click();
    await page.getByLabel("Pillar").selectOption("Gezond");
    await Promise.all([page.waitForURL(/taal=en.*pijler=Gezond|pijler=Gezond.*taal=en/), page.getByRole("button", { name: "Filter" }).click()]);
    expect(await page.getByRole("status").textContent()).toBe("3 of 10 actions shown.");
    await Promise.all([page.waitForURL(/acties\/.*taal=en/), page.getByRole("link", { name: "Watertappunt in de wijk" }).click()]);
    expect(await page.getByRole("heading", { level: 2, name: "Progress" }).isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it.each(["pijlers", "vergadering", "wie", "financien"])("has no serious or critical accessibility problems on /%s", async (path) => {
    const page = await phone();
    await page.goto(`${base}${path}`);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("shows the folded-away parked actions when opened, without JavaScript", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(base);
    const parked = page.getByText("Kindteams (KIEM) ook voorschools");
    expect(await parked.isVisible()).toBe(false);
    await page.getByText("Geparkeerd (1)").click();
    expect(await parked.isVisible()).toBe(true);
  });
});
