import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Hono } from "hono";
import ExcelJS from "exceljs";
import ical from "node-ical";
import type { Harness } from "../helpers/harness.ts";
import { closeWebOverview, openWebOverview } from "../helpers/web.ts";
import { createWijk } from "../../src/services/create-wijk.ts";
import { PROJECTENBOEK_COLUMNS } from "../../src/render/projectenboek.ts";
import { toInstant } from "../../src/time/amsterdam.ts";
import { buildCli } from "../../src/cli.ts";

let h: Harness;
let web: Hono;
let token: string;

beforeEach(async () => {
  ({ h, web, token } = await openWebOverview());
});
afterEach(async () => closeWebOverview(h));

const get = (path: string) => web.request(path);
const page = async (path: string) => {
  const response = await get(path);
  expect(response.status, path).toBe(200);
  return response.text();
};
const actionId = async (title: string) => (await h.db.action.findFirstOrThrow({ where: { title } })).id;
/** Titles of the cards in one board column, in order. */
function column(html: string, heading: string): string[] {
  const start = html.indexOf(`<h2 id="kolom-${heading}">`);
  const end = html.indexOf("</section>", start);
  return [...html.slice(start, end).matchAll(/<h3><a [^>]*>([^<]*)<\/a><\/h3>/g)].map((m) => m[1]);
}

describe("access by token", () => {
  const PAGES = ["", "pijlers", "vergadering", "wie", "financien", "projectenboek.csv", "projectenboek.xlsx", "samenvatting.md", "agenda.ics"];

  it.each(PAGES)("serves /w/<token>/%s and answers a plain 404 without a valid token", async (path) => {
    expect((await get(`/w/${token}/${path}`)).status).toBe(200);
    const unknown = await get(`/w/${token.slice(0, -1)}x/${path}`);
    expect(unknown.status).toBe(404);
    // The same answer as any address that does not exist: no hint that the token was close.
    expect(await unknown.text()).toBe(await (await get("/bestaat-niet")).text());
  });

  it("refuses tokens of any shape without revealing anything", async () => {
    for (const bad of ["", "a", token.toUpperCase(), `${token}${token}`, "x".repeat(500), encodeURIComponent("' OR 1=1 --")]) {
      expect((await get(`/w/${bad}/`)).status).toBe(404);
    }
  });

  it("stops serving the old link as soon as the coördinator asks for a new one", async () => {
    const [reply] = await h.say("Marieke", "/overzicht nieuwe-link");
    const fresh = (await h.db.wijk.findUniqueOrThrow({ where: { id: h.wijkId } })).overviewToken;
    expect(fresh).not.toBe(token);
    expect(reply).toContain(`/w/${fresh}/`);
    expect(reply).toContain("De oude link werkt niet meer");
    expect((await get(`/w/${token}/`)).status).toBe(404);
    expect((await get(`/w/${token}/agenda.ics`)).status).toBe(404);
    expect((await get(`/w/${fresh}/`)).status).toBe(200);
  });

  it("lets only the coördinator replace the link", async () => {
    const [reply] = await h.say("Fatima", "/overzicht nieuwe-link");
    expect(reply).toBe("Alleen de coördinator kan een nieuwe link voor het overzicht maken.");
    expect((await get(`/w/${token}/`)).status).toBe(200);
  });

  it("posts the web link with /overzicht", async () => {
    const [reply] = await h.say("Sanne", "/overzicht");
    expect(reply).toContain(`Het hele overzicht: http://localhost:3978/w/${token}/`);
  });

  it("does not show another wijk's action under this wijk's token", async () => {
    const { wijk: other } = await h.db.$transaction((tx) => createWijk(tx, { name: "Selwerd", pillars: [{ name: "Gezondheid" }] }));
    const foreign = await h.db.action.create({ data: { wijkId: other.id, title: "Geheime actie" } });
    expect((await get(`/w/${token}/acties/${foreign.id}`)).status).toBe(404);
    expect((await get(`/w/${other.overviewToken}/acties/${foreign.id}`)).status).toBe(200);
    expect(await page(`/w/${other.overviewToken}/`)).not.toContain("Watertappunt");
  });

  it("keeps pages out of caches, search engines and referrers", async () => {
    const response = await get(`/w/${token}/`);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("x-robots-tag")).toContain("noindex");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
  });

  it("shows no platform ids, phone numbers or chat messages on any page", async () => {
    const fatima = await h.db.person.findFirstOrThrow({ where: { displayName: "Fatima" } });
    await h.db.identity.create({ data: { wijkId: h.wijkId, personId: fatima.id, platform: "whatsapp", externalId: "31612345678@s.whatsapp.net" } });
    await h.db.chat.update({ where: { platform_externalId_wijkId: { platform: "console", externalId: "kartrekkers", wijkId: h.wijkId } }, data: { title: "Kartrekkers Lewenborg geheim" } });
    await h.say("Fatima", "/actie klaar watertappunt", { messageId: "wamid-4711" });
    await h.say("Fatima", "@wijkbot wat moet ik nog doen dan?", { mentionsBot: true });
    for (const path of ["", "pijlers", "vergadering", "wie", "financien", `acties/${await actionId("Watertappunt in de wijk")}`, "projectenboek.csv", "samenvatting.md", "agenda.ics"]) {
      const body = await page(`/w/${token}/${path}`);
      for (const secret of ["31612345678", "whatsapp", "wamid-4711", "Kartrekkers Lewenborg geheim", "wat moet ik nog doen", "console"]) {
        expect(body, `${path} shows ${secret}`).not.toContain(secret);
      }
    }
  });
});

describe("the board", () => {
  it("shows columns gepland, bezig and klaar, with stopped and parked actions folded away", async () => {
    const html = await page(`/w/${token}/`);
    // In pillar order (Kansrijk, Vreedzaam, Gezond), then by deadline.
    expect(column(html, "bezig")).toEqual(["Integraal pedagogisch wijkplan jonge kind", "Vreedzaam breder trekken naar de 2e schil", "Watertappunt in de wijk"]);
    expect(column(html, "klaar")).toEqual(["Op zoek naar het waarom achter de cijfers", "Gezonde School vignet voor alle scholen"]);
    expect(column(html, "gepland")).toHaveLength(4);
    expect(html).toMatch(/<details><summary>Geparkeerd \(1\)<\/summary><article class="card"><h3><a [^>]*>Kindteams \(KIEM\) ook voorschools/);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('name="viewport"');
    expect(html).not.toContain("<script");
  });

  it("marks overdue and soon-due deadlines in words, and shows owner and last update with its date", async () => {
    const html = await page(`/w/${token}/`);
    const card = (title: string) => html.slice(html.indexOf(`>${title}</a>`), html.indexOf("</article>", html.indexOf(`>${title}</a>`)));
    expect(card("Financiële educatie in projectplan Campus 2025")).toContain("⚠ Te laat");
    expect(card("Vreedzaam breder trekken naar de 2e schil")).toContain("Binnenkort");
    expect(card("Eén wijkwebsite")).not.toMatch(/Te laat|Binnenkort/);
    expect(card("Watertappunt in de wijk")).toContain("<dd>Fatima</dd>");
    expect(card("Watertappunt in de wijk")).toContain('ma 5 jan</time>: Handtekeningenactie onder jongeren gestart');
  });

  it("filters by pillar, age group, owner and organisation through plain query parameters", async () => {
    const gezond = await page(`/w/${token}/?pijler=Gezond`);
    expect([...column(gezond, "gepland"), ...column(gezond, "bezig"), ...column(gezond, "klaar")].sort()).toEqual(
      ["Gezonde School vignet voor alle scholen", "Verhoogde betrokkenheid CB en GGD", "Watertappunt in de wijk"],
    );
    expect(gezond).toContain('<option value="Gezond" selected="">Gezond</option>');
    expect(gezond).toContain("3 van 10 acties getoond.");

    const young = await page(`/w/${token}/?doelgroep=0-4`);
    expect(column(young, "bezig")).toEqual(["Integraal pedagogisch wijkplan jonge kind"]);

    const ahmed = await h.db.person.findFirstOrThrow({ where: { displayName: "Ahmed" } });
    const byOwner = await page(`/w/${token}/?eigenaar=${ahmed.id}`);
    expect([...column(byOwner, "gepland"), ...column(byOwner, "bezig")]).toEqual(["Ouderbetrokkenheid", "Vreedzaam breder trekken naar de 2e schil"]);

    const ggd = await h.db.organisation.findFirstOrThrow({ where: { name: "GGD Groningen" } });
    const byOrg = await page(`/w/${token}/?organisatie=${ggd.id}&pijler=Gezond`);
    expect([...column(byOrg, "gepland"), ...column(byOrg, "bezig"), ...column(byOrg, "klaar")].sort()).toEqual(
      ["Gezonde School vignet voor alle scholen", "Verhoogde betrokkenheid CB en GGD", "Watertappunt in de wijk"],
    );
  });

  it("escapes what people typed", async () => {
    await h.say("Fatima", '/actie nieuw <script>alert("x")</script> pijler Gezond');
    const html = await page(`/w/${token}/`);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).not.toContain("<script>");
  });
});

describe("the other pages", () => {
  it("shows an action's details, progress, reach, budget and full history", async () => {
    await h.say("Fatima", "/actie update watertappunt 150 handtekeningen opgehaald");
    h.clock.advance(24 * 3600_000);
    await h.say("Fatima", "/actie klaar watertappunt");
    const html = await page(`/w/${token}/acties/${await actionId("Watertappunt in de wijk")}`);
    expect(html).toContain("<h1>Watertappunt in de wijk</h1>");
    expect(html).toContain('<th scope="row">Partners</th><td>GGD Groningen</td>');
    expect(html).toMatch(/Bereik \(mensen\)<\/th><td class="num">300<\/td><td class="num">120 \(40%\)/);
    expect(html).toMatch(/Budget<\/th><td class="num">€ 2.500<\/td><td class="num">€ 400<\/td>/);
    expect(html).toContain("Fatima: 150 handtekeningen opgehaald");
    expect(html).toContain("Fatima: status: bezig → klaar");
    expect(html).toContain('Fatima: voortgang: &quot;150 handtekeningen opgehaald&quot;');
  });

  it("shows pillars with goals, their actions and reached vs intended reach", async () => {
    const html = await page(`/w/${token}/pijlers`);
    expect(html).toContain("<h2 id=");
    expect(html).toContain("Doel: Gezond opgroeien in Lewenborg");
    expect(html).toContain("Bereik: 126 van 306");
    expect(html).toMatch(/Watertappunt in de wijk<\/a> — Bezig, bereik 120 van 300/);
  });

  it("shows an empty state for meetings, then the next meeting's agenda and past decisions", async () => {
    const empty = await page(`/w/${token}/vergadering`);
    expect(empty).toContain("Er is nog geen volgende vergadering gepland.");
    expect(empty).toContain("Er zijn nog geen besluiten vastgelegd.");

    const past = await h.db.meeting.create({ data: { wijkId: h.wijkId, startsAt: toInstant({ year: 2025, month: 12, day: 8 }, 15), closedAt: new Date() } });
    await h.db.decision.create({ data: { wijkId: h.wijkId, meetingId: past.id, text: "Budget watertappunt verhoogd naar € 2.500" } });
    const next = await h.db.meeting.create({ data: { wijkId: h.wijkId, startsAt: toInstant({ year: 2026, month: 1, day: 19 }, 15, 30), place: "Wijkcentrum" } });
    await h.db.agendaItem.create({ data: { wijkId: h.wijkId, meetingId: next.id, text: "Voortgang Gezond", position: 1, actionId: await actionId("Watertappunt in de wijk") } });
    await h.db.agendaItem.create({ data: { wijkId: h.wijkId, meetingId: next.id, text: "Besluit wijkwebsite", kind: "besluit", position: 2 } });
    const html = await page(`/w/${token}/vergadering`);
    expect(html).toContain("ma 19 jan 15:30</time>, Wijkcentrum");
    expect(html).toMatch(/<li>Voortgang Gezond <span class="muted">\(ter bespreking\)<\/span> — actie <a [^>]*>Watertappunt in de wijk<\/a><\/li><li>Besluit wijkwebsite/);
    expect(html).toContain("ma 8 dec 2025</time>: Budget watertappunt verhoogd naar € 2.500");
  });

  it("shows who's who with organisation, role and open actions", async () => {
    const html = await page(`/w/${token}/wie`);
    expect(html).toMatch(/<th scope="row">Marieke<\/th><td>coördinator<\/td><td>Gemeente Groningen<\/td><td>–<\/td>/);
    expect(html).toMatch(/<th scope="row">Fatima<\/th><td>kartrekker Gezond<\/td><td>GGD Groningen<\/td><td>Watertappunt in de wijk \(vr 30 jan\)<\/td>/);
  });

  it("shows planned vs spent per pillar and per action, with totals", async () => {
    const html = await page(`/w/${token}/financien`);
    expect(html).toMatch(/<th scope="row">Gezond<\/th><td class="num">€ 2.500<\/td><td class="num">€ 400<\/td><td class="num">€ 2.100<\/td>/);
    expect(html).toMatch(/<th scope="row">Totaal<\/th><td class="num">€ 10.500<\/td><td class="num">€ 400<\/td><td class="num">€ 10.100<\/td>/);
    expect(html).toMatch(/Eén wijkwebsite<\/a><\/th><td class="num">€ 8.000<\/td><td class="num">–<\/td>/);
  });

  it.each(["", "pijlers", "vergadering", "wie", "financien"])("links every export from /%s", async (path) => {
    const html = await page(`/w/${token}/${path}`);
    for (const file of ["projectenboek.xlsx", "projectenboek.csv", "samenvatting.md", "agenda.ics"]) expect(html).toContain(`href="/w/${token}/${file}"`);
  });
});

describe("exports", () => {
  it("names an export after the wijk and the Amsterdam day it was made, which starts at 22:00 UTC in summer", async () => {
    h.clock.set(new Date("2026-06-30T22:30:00Z"));
    const response = await get(`/w/${token}/projectenboek.csv`);
    expect(response.headers.get("content-disposition")).toContain('filename="projectenboek-Lewenborg-XL-2026-07-01.csv"');
  });

  it("gives the projectenboek as CSV in the appendix columns", async () => {
    const response = await get(`/w/${token}/projectenboek.csv`);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain("attachment");
    const lines = (await response.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe(PROJECTENBOEK_COLUMNS.join(";"));
    expect(lines).toHaveLength(11);
    expect(lines).toContain(
      'Gezond;Gezond opgroeien in Lewenborg;Watertappunt in de wijk;Fatima;GGD Groningen;"Handtekeningenactie onder jongeren gestart; kinderraad denkt mee over de plek.";bezig;120;300;30-01-2026;2500,00;400,00;4–12 jaar',
    );
    // Every age group with a word, so a spreadsheet never reads "4-12" as a date or "12+" as a number.
    expect(new Set(lines.slice(1).map((line) => line.split(";").at(-1)))).toEqual(new Set(["0–4 jaar", "4–12 jaar", "12+ jaar", "algemeen"]));
  });

  it("gives the projectenboek as XLSX that Excel (exceljs) reads back with real dates and amounts", async () => {
    const response = await get(`/w/${token}/projectenboek.xlsx`);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet("Projectenboek")!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...PROJECTENBOEK_COLUMNS]);
    expect(sheet.rowCount).toBe(11);
    let water: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(3).value === "Watertappunt in de wijk") water = row;
    });
    expect(water!.getCell(1).value).toBe("Gezond");
    expect(water!.getCell(4).value).toBe("Fatima");
    // Reach as two number columns that can be summed: Bereikt, Beoogd.
    expect(water!.getCell(8).value).toBe(120);
    expect(water!.getCell(9).value).toBe(300);
    expect(water!.getCell(10).value).toEqual(new Date(Date.UTC(2026, 0, 30)));
    expect(water!.getCell(10).numFmt).toBe("dd-mm-yyyy");
    expect(water!.getCell(11).value).toBe(2500);
    expect(water!.getCell(12).value).toBe(400);
    expect(water!.getCell(13).value).toBe("4–12 jaar");
    expect(water!.getCell(13).numFmt).toBe("@");
  });

  it("gives a Markdown summary per pillar", async () => {
    const response = await get(`/w/${token}/samenvatting.md`);
    expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    const text = await response.text();
    expect(text).toMatch(/^# Projectenboek Lewenborg XL\n/);
    expect(text).toContain("## Kansrijk\n\n4 acties: 1 bezig, 1 gepland, 1 klaar, 1 geparkeerd. Begroot € 0, besteed € 0.");
    expect(text).toContain("- **Watertappunt in de wijk** — bezig · Fatima · deadline 30-01-2026 · bereik 120 van 300 · besteed € 400 van € 2.500");
  });

  it("gives a subscribable ICS feed of deadlines and meetings that an independent parser reads", async () => {
    const meeting = await h.db.meeting.create({ data: { wijkId: h.wijkId, startsAt: toInstant({ year: 2026, month: 1, day: 19 }, 15, 30), place: "Wijkcentrum" } });
    const response = await get(`/w/${token}/agenda.ics`);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    const events = Object.values(ical.sync.parseICS(text)).filter((e) => e?.type === "VEVENT") as ical.VEvent[];
    // Open actions with a deadline (7) and the meeting; done and parked ones are left out.
    expect(events).toHaveLength(8);
    const waterId = await actionId("Watertappunt in de wijk");
    const water = events.find((e) => e.uid === `deadline-${waterId}@wijkbot`)!;
    expect(water.summary).toBe("Deadline: Watertappunt in de wijk");
    expect(water.datetype).toBe("date");
    expect(text).toContain("DTSTART;VALUE=DATE:20260130");
    const vergadering = events.find((e) => e.uid === `vergadering-${meeting.id}@wijkbot`)!;
    expect(vergadering.start.toISOString()).toBe("2026-01-19T14:30:00.000Z");
    expect(vergadering.location).toBe("Wijkcentrum");

    // The same event keeps its UID when its date moves, so calendars update rather than duplicate.
    await h.say("Fatima", "/actie deadline watertappunt 13 februari");
    const moved = await (await get(`/w/${token}/agenda.ics`)).text();
    expect(moved).toContain(`UID:deadline-${await actionId("Watertappunt in de wijk")}@wijkbot`);
    expect(moved).toContain("DTSTART;VALUE=DATE:20260213");
  });

  it("gives the ICS feed in English when its address asks for it (?taal=en), its links to English pages", async () => {
    await h.db.meeting.create({ data: { wijkId: h.wijkId, startsAt: toInstant({ year: 2026, month: 1, day: 19 }, 15, 30) } });
    const text = await (await get(`/w/${token}/agenda.ics?taal=en`)).text();
    const events = Object.values(ical.sync.parseICS(text)).filter((e) => e?.type === "VEVENT") as ical.VEvent[];
    const waterId = await actionId("Watertappunt in de wijk");
    const water = events.find((e) => e.uid === `deadline-${waterId}@wijkbot`)!;
    expect(water.description).toBe("Pillar: Gezond\nStatus: in progress");
    expect(events.find((e) => e.uid.startsWith("vergadering-"))!.summary).toBe("Meeting Lewenborg XL");
    // Long lines are folded (CRLF and a space); unfolded, the action's link keeps the language.
    expect(text.replaceAll("\r\n ", "")).toContain(`/w/${token}/acties/${waterId}?taal=en\r\n`);
  });

  it("ends a meeting after the wijk's meetings.durationMinutes (default 120), and the file with CRLF as RFC 5545 asks", async () => {
    const meeting = await h.db.meeting.create({ data: { wijkId: h.wijkId, startsAt: toInstant({ year: 2026, month: 1, day: 19 }, 15, 30) } });
    const meetingEvent = async () => {
      const text = await (await get(`/w/${token}/agenda.ics`)).text();
      expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
      expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
      const events = Object.values(ical.sync.parseICS(text)).filter((e) => e?.type === "VEVENT") as ical.VEvent[];
      return events.find((e) => e.uid === `vergadering-${meeting.id}@wijkbot`)!;
    };
    const standard = await meetingEvent();
    expect(standard.start.toISOString()).toBe("2026-01-19T14:30:00.000Z");
    expect(standard.end!.toISOString()).toBe("2026-01-19T16:30:00.000Z");

    // The coördinator's setting (wijk instellingen --zet) is what the feed uses.
    const cli = buildCli({ out: () => undefined, db: async () => h.db, now: () => h.clock.now() });
    await cli.parseAsync(["wijk", "instellingen", "Lewenborg XL", "--zet", '{"meetings":{"durationMinutes":45}}'], { from: "user" });
    expect((await meetingEvent()).end!.toISOString()).toBe("2026-01-19T15:15:00.000Z");
  });
});
