import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Hono } from "hono";
import JSZip from "jszip";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { commands } from "../../commands/index.ts";
import { registerOverviewRoutes } from "../../src/web/routes.tsx";
import { at } from "../scheduler/helpers.ts";
import { B_CHATS, MARKER, seedWijkB } from "./helpers.ts";
import { recordOutbox, type Recorded } from "../helpers/recording-adapter.ts";

/**
 * Isolation matrix: wijk A (the demo wijk) and wijk B (same pillar words, first names and
 * action titles, every name carrying MARKER). Whatever A's people type, open or receive
 * never shows anything of B.
 */

/**
 * A representative valid argument string per chat command, in an order where each step
 * still finds what it needs. A new command without a line here fails the first test: add it.
 */
const COMMAND_LINES: Record<string, string[]> = {
  "actie nieuw": ["Buurtfeest in de wijk pijler Gezond deadline 15 maart eigenaar @Fatima"],
  "actie klaar": ["gezonde school", "kindteams"],
  "actie bezig": ["wijkwebsite", "watertappunt"],
  "actie stop": ["financiële educatie"],
  "actie parkeer": ["kindteams"],
  "actie update": ["watertappunt flyers rondgebracht"],
  "actie deadline": ["watertappunt 15 maart"],
  "actie eigenaar": ["watertappunt @Fatima @Joke"],
  "actie bereik": ["watertappunt 250", "watertappunt beoogd 400"],
  "actie budget": ["watertappunt begroot 2500", "watertappunt besteed 100"],
  "actie doelgroep": ["watertappunt 12+"],
  "actie partner": ["watertappunt GGD Groningen"],
  "actie pijler": ["watertappunt Gezond"],
  "actie hernoem": ["wijkwebsite naar Eén wijkwebsite voor iedereen"],
  "actie verwijder": ["ouderbetrokkenheid"],
  "actie info": ["watertappunt", "gezonde school", "financiële educatie"],
  acties: ["", "mijn", "open", "te laat", "Gezond"],
  overzicht: [""],
  "overzicht vastzetten": [""],
  "overzicht nieuwe-link": [""],
  wie: ["", "Fatima", "Gezond", "GGD"],
  ik: ["", "Marieke, Gemeente Groningen"],
  rol: ["@Peter aanjager Kansrijk"],
  koppel: ["ABCD1234"],
  "ik koppel": [""],
  ongedaan: [""],
  mijngegevens: [""],
  vergeetmij: [""],
  "pijler nieuw": ["Veiligheid"],
  "pijler hernoem": ["Veiligheid naar Veilig opgroeien"],
  overdracht: ["@Peter @Lisa"],
  vertrek: ["@Ahmed"],
  jaarplan: ["", "overzicht", "2026", "check"],
  check: ["1 op koers"],
  checkin: [""],
  afwezig: ["t/m 20 januari vervanger @Sanne", "", "weg"],
  rapport: ["", "2026"],
  taal: ["", "nl"],
  herinner: ["mij subsidie aanvragen morgen 10:00", "@Fatima verslag rondsturen vrijdag", "groep weekstart elke maandag 9:00"],
  "herinner stop": ["1"],
  herinneringen: [""],
  snooze: ["watertappunt maandag"],
  vakantie: ["2026-07-18 t/m 2026-08-30", ""],
  weekoverzicht: ["", "aan"],
  maandbericht: ["", "december"],
  "vergadering nieuw": ["2026-01-20 19:30 wijkcentrum De Kiosk"],
  vergaderingen: [""],
  agenda: [""],
  agendapunt: ["Plek watertappunt kiezen besluit actie watertappunt", "Hoe betrekken we meer ouders?"],
  "agenda volgorde": ["3 2 1"],
  "agenda accepteer": ["2"],
  "agenda uitstellen": ["3"],
  besluit: ["Watertappunt komt bij het winkelcentrum agendapunt 2"],
  besluitenlijst: [""],
  "agenda behandeld": ["1"],
  "vergadering afsluiten": [""],
  datumprikker: ["12 februari 19:30, 19 februari 19:30 De Kiosk", ""],
  "datumprikker stem": ["1"],
  "datumprikker kies": ["1"],
  status: [""],
  help: ["", "actie"],
};

let h: Harness;
let b: { wijkId: string; token: string };
let outbox: Recorded[];
beforeEach(async () => {
  h = await createHarness();
  b = await seedWijkB(h.db, h.clock.now());
  outbox = recordOutbox(h.app, { canEdit: true });
});
afterEach(async () => {
  await h.app.liveBoard.idle();
  await h.close();
});

/** B's chats: the only places the marker may go. */
const isB = (chatId: string) => Object.values(B_CHATS).includes(chatId as never) || chatId.includes(MARKER.toLowerCase());

/** Sends a command as `name` and answers any yes/no question with ja and any numbered question with 1. */
async function run(name: string, text: string, chat = "kartrekkers"): Promise<string[]> {
  const texts: string[] = [];
  let out = await h.send(name, text, { chat });
  for (let round = 0; round < 3; round++) {
    texts.push(...out.map((m) => `${m.chatId}: ${m.text}`));
    const question = out.find((m) => m.choices?.length);
    if (!question) break;
    out = await h.send(name, question.choices![0].answer, { chat });
  }
  return texts;
}

describe("isolation matrix: chat commands", () => {
  it("every command has a representative line in this matrix", () => {
    const missing = commands.map((c) => c.name).filter((n) => !COMMAND_LINES[n]);
    expect(missing).toEqual([]);
  });

  it("the marker is visible when B's own people ask (the check can fail)", async () => {
    const replies = (await run("Marieke ZQXB", "/acties", B_CHATS.kartrekkers)).join("\n");
    expect(replies).toContain(`Watertappunt in de wijk ${MARKER}`);
  });

  it("no command of any of A's people, in a group or privately, shows anything of B", async () => {
    // Meeting first, so the agenda commands have something to work on.
    // /vergeetmij (answered ja) erases the sender, so it comes last.
    const order = ["vergadering nieuw", ...Object.keys(COMMAND_LINES).filter((n) => n !== "vergadering nieuw" && n !== "vergeetmij"), "vergeetmij"];
    const seen: string[] = [];
    for (const name of order) {
      // Decisions are noted during the meeting.
      if (name === "besluit") h.clock.set(at("2026-01-20 20:00"));
      for (const args of COMMAND_LINES[name]) {
        const line = `/${name} ${args}`.trim();
        // The coördinator sees and may do the most; a kartrekker and a private chat take other paths.
        const replies = [...(await run("Marieke", line)), ...(await run("Fatima", line, "dm"))];
        seen.push(...replies);
        for (const reply of replies) expect(reply, line).not.toContain(MARKER);
      }
      // The clock moves on, so meetings, deadlines and reminders pass through their states.
      h.clock.advance(60 * 60_000);
    }
    await h.app.liveBoard.idle();
    await h.app.outbox.idle();
    for (const m of outbox.filter((m) => !isB(m.chatId))) expect(m.text).not.toContain(MARKER);
    // The walk reached real answers, not only refusals.
    expect(seen.join("\n")).toMatch(/Stuurgroep gepland/);
    expect(seen.join("\n")).toMatch(/Besluit genoteerd/);
  }, 180_000);

  it("names that exist in both wijken resolve in the sender's wijk only", async () => {
    expect((await run("Marieke", "/actie info watertappunt")).join("\n")).toContain("*Watertappunt in de wijk*");
    expect((await run("Marieke", "/wie Fatima")).join("\n")).not.toContain(MARKER);
    expect((await run("Marieke", "/actie eigenaar watertappunt @Fatima")).join("\n")).not.toContain(MARKER);
    expect((await run("Marieke", `/actie info watertappunt ${MARKER}`)).join("\n")).not.toContain(`Watertappunt in de wijk ${MARKER}`);
    expect((await run("Marieke", `/acties Gezond ${MARKER}`)).join("\n")).not.toMatch(/in de wijk ZQXB/);
    const bAction = await h.db.action.findFirstOrThrow({ where: { wijkId: b.wijkId, shortName: "watertappunt" } });
    expect(bAction.status).toBe("bezig");
    expect(await h.db.actionOwner.count({ where: { actionId: bAction.id } })).toBe(1);
  });
});

describe("isolation matrix: someone who works in both wijken", () => {
  it("sees, in each wijk's group, only that wijk; privately, one wijk and never a mix (except their own /mijngegevens, which covers all their wijken)", async () => {
    // The same platform account (console id "fatima") is also B's Fatima.
    const bFatima = await h.db.person.findFirstOrThrow({ where: { wijkId: b.wijkId, displayName: `Fatima ${MARKER}` } });
    await h.db.identity.create({ data: { wijkId: b.wijkId, personId: bFatima.id, platform: "console", externalId: "fatima" } });
    for (const line of ["/acties mijn", "/mijngegevens", "/wie", "/overzicht"]) {
      // /mijngegevens is the exception by law: the person's own data from every wijk, to them alone.
      const inA = (await run("Fatima", line))
        .filter((text) => !(line === "/mijngegevens" && text.startsWith("dm:fatima")))
        .join("\n");
      expect(inA, line).not.toContain(MARKER);
      const inB = (await run("Fatima", line, B_CHATS.kartrekkers))
        .filter((text) => !(line === "/mijngegevens" && text.startsWith("dm:fatima")))
        .join("\n");
      expect(inB, line).not.toMatch(/Watertappunt in de wijk(?! ZQXB)|Lewenborg XL/);
      const dm = (await run("Fatima", line, "dm")).join("\n");
      if (line !== "/mijngegevens") expect(dm.includes(MARKER) && /Lewenborg XL|Watertappunt in de wijk(?! ZQXB)/.test(dm), line).toBe(false);
    }
  });
});

describe("isolation matrix: web pages and exports with A's token", () => {
  let web: Hono;
  let tokenA: string;
  beforeEach(async () => {
    web = new Hono();
    registerOverviewRoutes(web, { db: h.db, clock: h.clock });
    tokenA = (await h.db.wijk.findUniqueOrThrow({ where: { id: h.wijkId } })).overviewToken;
  });

  /** The readable text of a response; an XLSX is unzipped and all its XML read. */
  async function body(path: string): Promise<string> {
    const response = await web.request(path);
    expect(response.status, path).toBe(200);
    if (path.endsWith(".xlsx")) {
      const zip = await JSZip.loadAsync(await response.arrayBuffer());
      const parts = await Promise.all(Object.values(zip.files).map((f) => f.async("string")));
      return parts.join("\n");
    }
    return response.text();
  }

  it("no page or export of A shows anything of B (also when filters name B's people and pillars)", async () => {
    const bPerson = await h.db.person.findFirstOrThrow({ where: { wijkId: b.wijkId } });
    const bOrg = await h.db.organisation.findFirstOrThrow({ where: { wijkId: b.wijkId } });
    const aActions = await h.db.action.findMany({ where: { wijkId: h.wijkId } });
    const paths = [
      "", "pijlers", "vergadering", "wie", "financien", "projectenboek.csv", "projectenboek.xlsx", "samenvatting.md", "agenda.ics",
      `?pijler=${encodeURIComponent(`Gezond ${MARKER}`)}`, `?eigenaar=${bPerson.id}`, `?organisatie=${bOrg.id}`,
      ...aActions.map((a) => `acties/${a.id}`),
    ];
    for (const path of paths) expect(await body(`/w/${tokenA}/${path}`), path).not.toContain(MARKER);
    // The same pages with B's token do show B (the check can fail).
    expect(await body(`/w/${b.token}/`)).toContain(MARKER);
    expect(await body(`/w/${b.token}/projectenboek.xlsx`)).toContain(MARKER);
  });

  it("A's token never opens B's action pages: B's action id in A's URL is a 404", async () => {
    const bActions = await h.db.action.findMany({ where: { wijkId: b.wijkId } });
    expect(bActions.length).toBeGreaterThan(0);
    for (const action of bActions) {
      expect((await web.request(`/w/${tokenA}/acties/${action.id}`)).status).toBe(404);
      expect((await web.request(`/w/${b.token}/acties/${action.id}`)).status).toBe(200);
    }
  });
});

describe("isolation matrix: scheduled messages", () => {
  it("three weeks of reminders, digests and the meeting cycle send A's chats nothing of B", async () => {
    // Both wijken get a meeting, agenda items and reminders; B's texts carry the marker.
    await run("Marieke", "/vergadering nieuw 2026-01-20 19:30 De Kiosk", "stuurgroep");
    await run("Marieke", "/agendapunt Plek watertappunt kiezen besluit");
    await run("Marieke", "/herinner groep weekstart elke maandag 9:00");
    await run("Marieke ZQXB", `/vergadering nieuw 2026-01-20 19:30 Buurthuis ${MARKER}`, B_CHATS.stuurgroep);
    await run("Fatima ZQXB", `/agendapunt Speeltuin ${MARKER} kiezen besluit`, B_CHATS.kartrekkers);
    await run("Marieke ZQXB", `/herinner groep flyers ${MARKER} ophalen elke maandag 9:00`, B_CHATS.kartrekkers);
    await run("Fatima ZQXB", `/herinner mij bellen ${MARKER} morgen 10:00`, B_CHATS.kartrekkers);
    await run("Fatima ZQXB", `/actie update watertappunt Stand ${MARKER}`, B_CHATS.kartrekkers);
    await run("Marieke ZQXB", `/besluit Besluit ${MARKER}`, B_CHATS.stuurgroep);
    outbox.length = 0;

    await h.app.scheduler.advanceTo(h.clock, at("2026-01-26 12:00"));
    await h.app.outbox.idle();

    const toA = outbox.filter((m) => !isB(m.chatId));
    const toB = outbox.filter((m) => isB(m.chatId));
    for (const m of toA) expect(`${m.chatId}: ${m.text}`).not.toContain(MARKER);
    // Both wijken received the same kinds of messages, so A was really exercised.
    for (const pattern of [/weekoverzicht/i, /agenda/i, /weekstart/, /Watertappunt/]) expect(toA.map((m) => m.text).join("\n")).toMatch(pattern);
    expect(toB.map((m) => m.text).join("\n")).toContain(MARKER);
  }, 120_000);
});
