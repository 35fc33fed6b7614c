import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Hono } from "hono";
import type { Harness } from "../helpers/harness.ts";
import { closeWebOverview, openWebOverview } from "../helpers/web.ts";
import { toInstant } from "../../src/time/amsterdam.ts";

/**
 * The web overview speaks the reader's language: Dutch by default, English with ?taal=en,
 * and every link on an English page keeps it English. Words come from the catalogues, so
 * a language added as a JSON catalogue needs no code.
 */
let h: Harness;
let web: Hono;
let token: string;

beforeEach(async () => {
  ({ h, web, token } = await openWebOverview());
});
afterEach(async () => closeWebOverview(h));

const page = async (path: string) => {
  const response = await web.request(`/w/${token}/${path}`);
  expect(response.status, path).toBe(200);
  return response.text();
};
const actionId = async (title: string) => (await h.db.action.findFirstOrThrow({ where: { title } })).id;

/** What a reader sees or hears: the text of the page and the labels a screen reader reads out. */
function readable(html: string): string {
  const labels = [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]);
  const text = html
    .replace(/<style>[\s\S]*?<\/style>/, " ")
    .replace(/<\/?(a|time|span|strong)\b[^>]*>/g, "")
    .replace(/<[^>]+>/g, " ");
  return [text, ...labels]
    .join(" ")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}
/** Whether `phrase` occurs as whole words (case-sensitive, so "Klaar" is not "klaar"). */
function says(html: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "u").test(readable(html));
}
/** Links into this wijk's overview, except the switch back to Dutch. */
function overviewLinks(html: string): string[] {
  return [...html.matchAll(/<a href="(\/w\/[^"]+)"(?! lang="nl")/g)].map((m) => m[1].replace(/&amp;/g, "&"));
}

/** Data that makes every fixed text of the pages appear: a meeting, a decision, progress, history, an action without pillar or owner. */
async function fillPages(): Promise<void> {
  await h.say("Fatima", "/actie update watertappunt 150 handtekeningen opgehaald");
  await h.say("Fatima", "/actie klaar watertappunt");
  await h.db.action.create({ data: { wijkId: h.wijkId, title: "Buurtfeest in het park" } });
  const past = await h.db.meeting.create({ data: { wijkId: h.wijkId, startsAt: toInstant({ year: 2025, month: 12, day: 8 }, 15), closedAt: new Date() } });
  await h.db.decision.create({ data: { wijkId: h.wijkId, meetingId: past.id, text: "Budget watertappunt verhoogd" } });
  const next = await h.db.meeting.create({ data: { wijkId: h.wijkId, startsAt: toInstant({ year: 2026, month: 1, day: 19 }, 15, 30), place: "Wijkcentrum" } });
  await h.db.agendaItem.create({ data: { wijkId: h.wijkId, meetingId: next.id, text: "Voortgang Gezond", position: 1, actionId: await actionId("Watertappunt in de wijk") } });
  await h.db.agendaItem.create({ data: { wijkId: h.wijkId, meetingId: next.id, text: "Wijkwebsite", kind: "besluit", status: "uitgesteld", position: 2 } });
}

/** Per page: fixed Dutch texts the Dutch page shows, and what the English page says instead. */
const PAGES: { name: string; path: () => Promise<string>; dutch: string[]; english: string[] }[] = [
  {
    name: "the board",
    path: async () => "",
    dutch: ["Bord Lewenborg XL", "Gepland", "Bezig", "Klaar", "Geparkeerd", "Eigenaar", "Te laat", "Binnenkort", "Zonder pijler", "Pijler", "Doelgroep",
      "Organisatie", "Alle pijlers", "Alle leeftijden", "Iedereen", "Alle organisaties", "Filteren", "Acties filteren", "4–12 jaar", "algemeen",
      "nog niemand", "nog geen", "gewijzigd", "acties", "Naar de inhoud", "Onderdelen", "Pijlers en doelen", "Vergadering", "Wie is wie",
      "Financiën", "Downloaden", "Projectenboek", "Samenvatting per pijler", "Stand van", "Alleen-lezen overzicht", "Taal"],
    english: ["Board Lewenborg XL", "Planned (5)", "In progress (2)", "Done (3)", "Parked (1)", "Owner", "⚠ Overdue", "Due soon", "No pillar", "Age group",
      "All pillars", "Filter actions", "4–12 years", "general", "nobody yet", "none yet; changed Mon 5 Jan", "11 actions.", "Skip to content",
      "Pillars and goals", "Who's who", "Finances", "Downloads", "Project book (Excel, Dutch columns)", "As of Mon 5 Jan 09:00.", "Language: Nederlands · English"],
  },
  {
    name: "an action page",
    path: async () => `acties/${await actionId("Watertappunt in de wijk")}`,
    dutch: ["Gegevens", "Klaar", "Pijler", "Doel", "Doelgroep", "Eigenaar", "Gestart", "Bereik en geld", "Beoogd", "begroot", "Bereikt", "besteed",
      "Bereik (mensen)", "Voortgang", "Geschiedenis", "voortgang", "4–12 jaar", "ma 5 jan", "€ 2.500"],
    english: ["Details", "Done", "Pillar", "Goal", "Age group", "Owner", "Started", "Reach and money", "Intended / planned", "Reached / spent",
      "Reach (people)", "Progress", "History", 'Fatima: progress: "150 handtekeningen opgehaald"', "4–12 years", "Mon 5 Jan", "€2,500"],
  },
  {
    name: "an action page without progress or deadline",
    path: async () => `acties/${await actionId("Buurtfeest in het park")}`,
    dutch: ["Nog geen voortgang genoteerd", "In de groep", "/actie update", "Zonder pijler", "nog niemand", "geen", "Geen wijzigingen vastgelegd"],
    english: ["No progress noted yet. In the group: /action update Buurtfeest in het park …", "No pillar", "Owner nobody yet", "Deadline none", "No changes recorded."],
  },
  {
    name: "pillars and goals",
    path: async () => "pijlers",
    dutch: ["Pijlers en doelen", "Doel", "Bereik", "van", "acties", "bezig", "gepland", "klaar", "geparkeerd", "Zonder pijler", "Acties", "geen doel gesteld"],
    english: ["Pillars and goals", "Goal: Gezond opgroeien in Lewenborg", "Reach: 126 of 306", "4 actions: 1 in progress, 1 planned, 1 done, 1 parked.",
      "Watertappunt in de wijk — Done, reach 120 of 300", "No pillar", "Actions", "– (no target set)"],
  },
  {
    name: "the meeting",
    path: async () => "vergadering",
    dutch: ["Volgende vergadering", "ter bespreking", "ter besluitvorming", "uitgesteld", "actie", "Besluiten", "ma 19 jan"],
    english: ["Next meeting", "Mon 19 Jan 15:30, Wijkcentrum", "Voortgang Gezond (for discussion) — action Watertappunt in de wijk",
      "Wijkwebsite (for decision, postponed)", "Decisions", "Mon 8 Dec 2025: Budget watertappunt verhoogd"],
  },
  {
    name: "who's who",
    path: async () => "wie",
    dutch: ["Wie is wie", "mensen", "Naam", "Rol", "Organisatie", "Open acties", "coördinator", "kartrekker", "aanjager", "stuurgroeplid", "voorzitter stuurgroep"],
    english: ["Who's who", "10 people", "Name", "Role", "Organisation", "Open actions", "coordinator", "action lead Gezond", "pillar lead Kansrijk",
      "steering group member", "steering group chair", "(Wed 4 Feb)"],
  },
  {
    name: "finances",
    path: async () => "financien",
    dutch: ["Financiën", "Per pijler", "Pijler", "Begroot", "Besteed", "Nog te besteden", "Totaal", "Per actie", "Actie", "Geen bedragen bekend", "Zonder pijler",
      "Bedragen zoals de kartrekkers", "€ 2.500"],
    english: ["Finances", "Per pillar", "Pillar", "Planned", "Spent", "Left to spend", "Total €10,500 €400 €10,100", "Per action", "Action", "No amounts known.",
      "Total No pillar", "Actions without an amount count as €0.", "€2,500"],
  },
];

describe("the web overview in English (?taal=en)", () => {
  it.each(PAGES)("shows $name in English, without the Dutch words the Dutch page shows", async ({ path, dutch, english }) => {
    await fillPages();
    const where = await path();
    const nl = await page(where);
    const en = await page(`${where}${where.includes("?") ? "&" : "?"}taal=en`);
    expect(nl).toContain('<html lang="nl">');
    expect(en).toContain('<html lang="en">');
    for (const phrase of dutch) {
      expect(says(nl, phrase), `Dutch page says "${phrase}"`).toBe(true);
      expect(says(en, phrase), `English page says "${phrase}"`).toBe(false);
    }
    for (const phrase of english) expect(readable(en), phrase).toContain(phrase);
  });

  it("keeps taal=en in every link on an English page, except the exports that stay Dutch", async () => {
    await fillPages();
    for (const path of ["", "pijlers", "vergadering", "wie", "financien", `acties/${await actionId("Watertappunt in de wijk")}`]) {
      const links = overviewLinks(await page(`${path}?taal=en`));
      expect(links.length, path).toBeGreaterThan(8);
      for (const link of links) {
        if (/\/(projectenboek\.(csv|xlsx)|agenda\.ics)$/.test(link)) continue;
        expect(link, `link on /${path}`).toMatch(/[?&]taal=en(&|$)/);
      }
    }
    const board = await page("?taal=en");
    expect(board).toContain(`href="/w/${token}/samenvatting.md?taal=en"`);
    expect(board).toContain(`href="/w/${token}/projectenboek.csv"`);
    expect(board).toContain(`<a href="/w/${token}/?taal=en"`);
    expect(board).toContain(`<a href="/w/${token}/" lang="nl" hreflang="nl">Nederlands</a>`);
  });

  it("keeps the filter form in English: the language travels as a hidden field, and 'No pillar' filters", async () => {
    await h.say("Sanne", "/actie nieuw Buurtfeest in het park");
    const board = await page("?taal=en");
    const form = board.slice(board.indexOf("<form"), board.indexOf("</form>"));
    expect(form).toMatch(/<input type="hidden" name="taal" value="en"\s*\/?>/);
    expect(form).toContain(`action="/w/${token}/"`);

    // What the browser requests when the form is sent.
    const filtered = await page("?taal=en&pijler=No+pillar&doelgroep=&eigenaar=&organisatie=");
    expect(readable(filtered)).toContain("1 of 11 actions shown.");
    expect(filtered).toContain('<option value="No pillar" selected="">No pillar</option>');
    expect(filtered).toContain(`<a href="/w/${token}/?taal=en">Show all actions</a>`);
    // A Dutch link shared with an English reader filters the same.
    const shared = await page("?pijler=Zonder%20pijler&taal=en");
    expect(readable(shared)).toContain("1 of 11 actions shown.");
    expect(shared).toContain('<option value="No pillar" selected="">No pillar</option>');
    expect(readable(await page("?pijler=No%20pillar"))).toContain("1 van 11 acties getoond.");
  });

  it("switches language on the same page, without echoing what was typed in the address", async () => {
    const board = await page("?pijler=Gezond");
    expect(board).toContain(`<a href="/w/${token}/?taal=en" lang="en" hreflang="en">English</a>`);
    expect(board).toContain('<strong lang="nl">Nederlands</strong>');
    const action = `acties/${await actionId("Watertappunt in de wijk")}`;
    expect(await page(`${action}?taal=en`)).toContain(`<a href="/w/${token}/${action}" lang="nl" hreflang="nl">Nederlands</a>`);
  });

  it("also takes ?lang=en and any letter case, and keeps the language through the redirect to the board", async () => {
    expect(await page("?lang=en")).toContain('<html lang="en">');
    expect(await page("?taal=EN")).toContain('<html lang="en">');
    const redirect = await web.request(`/w/${token}?taal=en`);
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get("location")).toBe(`/w/${token}/?taal=en`);
  });

  it("shows Dutch for an unknown language or none, exactly as without the parameter", async () => {
    const dutch = await page("");
    expect(await page("?taal=xx")).toBe(dutch);
    expect(await page("?taal=nl")).toBe(dutch);
    expect(await page("?taal=")).toBe(dutch);
    expect(dutch).toContain('<html lang="nl">');
    // The only link that names a language is the switch to English.
    expect(overviewLinks(dutch).filter((link) => link.includes("taal="))).toEqual([`/w/${token}/?taal=en`]);
  });

  it("keeps the security headers and the plain 404 for an unknown token", async () => {
    const response = await web.request(`/w/${token}/?taal=en`);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect((await web.request(`/w/${token.slice(0, -1)}x/?taal=en`)).status).toBe(404);
  });

  it("gives the Markdown summary in English, the projectenboek with its Dutch columns in every language", async () => {
    const markdown = await page("samenvatting.md?taal=en");
    expect(markdown).toMatch(/^# Project book Lewenborg XL\n\nAs of 05-01-2026\.\n/);
    expect(markdown).toContain("## Kansrijk\n\n4 actions: 1 in progress, 1 planned, 1 done, 1 parked. Planned €0, spent €0.");
    expect(markdown).toContain("### Goal: Gezond opgroeien in Lewenborg");
    expect(markdown).toContain("- **Watertappunt in de wijk** — in progress · Fatima · deadline 30-01-2026 · reach 120 of 300 · spent €400 of €2,500");
    expect(markdown).toContain("  Partners: GGD Groningen\n  Result: Handtekeningenactie onder jongeren gestart");
    expect(await page("samenvatting.md")).toContain("## Kansrijk\n\n4 acties: 1 bezig, 1 gepland, 1 klaar, 1 geparkeerd. Begroot € 0, besteed € 0.");
    expect(await page("projectenboek.csv?taal=en")).toBe(await page("projectenboek.csv"));
  });
});

describe("the link /overzicht gives", () => {
  it("opens the English pages for someone who chose English, and the Dutch ones for everyone else", async () => {
    await h.say("Sanne", "/taal en");
    const [english] = await h.say("Sanne", "/overzicht");
    expect(english).toContain(`http://localhost:3978/w/${token}/?taal=en`);
    const [dutch] = await h.say("Fatima", "/overzicht");
    expect(dutch).toContain(`Het hele overzicht: http://localhost:3978/w/${token}/`);
    expect(dutch).not.toContain("taal=");
  });
});

describe("a language added as a JSON catalogue", () => {
  const dir = mkdtempSync(join(tmpdir(), "wijkbot-web-catalogues-"));
  let routes: typeof import("../../src/web/routes.tsx");

  beforeAll(async () => {
    writeFileSync(
      join(dir, "ar.json"),
      JSON.stringify({ "language.name": "العربية", "web.direction": "rtl", "web.nav.board": "اللوحة", "status.gepland": "مخطط", "calendar.daysShort": "أحد إثنين ثلاثاء أربعاء خميس جمعة سبت" }),
    );
    vi.resetModules();
    routes = await import("../../src/web/routes.tsx");
    (await import("../../src/i18n/index.ts")).loadJsonCatalogues([dir]);
  });
  afterAll(() => {
    vi.resetModules();
    rmSync(dir, { recursive: true, force: true });
  });

  it("shows the pages in that language, right to left, with Dutch for what it does not translate yet", async () => {
    const app = new Hono();
    routes.registerOverviewRoutes(app, { db: h.db, clock: h.clock });
    const html = await (await app.request(`/w/${token}/?taal=ar`)).text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain("<title>اللوحة — Lewenborg XL</title>");
    expect(html).toContain('<h2 id="kolom-gepland">مخطط (4)</h2>');
    expect(html).toContain("إثنين 5 jan");
    expect(html).toContain("Eigenaar");
    expect(html).toContain(`<a href="/w/${token}/pijlers?taal=ar"`);
    expect(html).toContain('<strong lang="ar">العربية</strong>');
    expect(html).toContain(`<a href="/w/${token}/" lang="nl" hreflang="nl">Nederlands</a>`);
  });
});
