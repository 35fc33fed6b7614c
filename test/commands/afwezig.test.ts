import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Hono } from "hono";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { addAction, at, clearDemoDeadlines, personId } from "../scheduler/helpers.ts";
import { recordOutbox, type Recorded } from "../helpers/recording-adapter.ts";
import { routeForAbsence } from "../../src/rules/absence-routing.ts";
import { registerOverviewRoutes } from "../../src/web/routes.tsx";

// Monday 22 March 2027. Summer time starts on Sunday 28 March 2027 (02:00 → 03:00), in the middle of the absences below.
const START = at("2027-03-22 09:00");

let h: Harness;
let sent: Recorded[];
beforeEach(async () => {
  h = await createHarness({ start: START });
  sent = recordOutbox(h.app, { clock: h.clock });
  await h.app.scheduler.init(h.clock.now());
  await clearDemoDeadlines(h.db);
  // Reminders: d-7 Wed 24 Mar, d-1 Tue 30 Mar, d0 Wed 31 Mar, each at 09:00 local time.
  await addAction(h.db, { wijkId: h.wijkId, title: "Sportdag", owner: "Ahmed", deadline: "2027-03-31", now: START });
});
afterEach(async () => {
  await h.app.liveBoard.idle();
  await h.close();
});

const aboutSportdag = () => sent.filter((m) => m.text.includes("*Sportdag*"));
const counts = async () => ({ absences: await h.db.absence.count(), history: await h.db.historyEntry.count() });

describe("/afwezig with a stand-in, across the switch to summer time", () => {
  it("sends the owner's reminders to the stand-in while away, then one return message at 09:00 summer time", async () => {
    expect(await h.say("Ahmed", "/afwezig t/m 29 maart vervanger @Lisa")).toEqual([
      "🏖️ Je staat afwezig t/m 29 mrt.\nHerinneringen voor de acties gaan zolang naar Lisa.\nEerder terug? /afwezig weg",
      "@Lisa 🤝 Ahmed is afwezig t/m 29 mrt en heeft jou als vervanger. Zolang krijg jij de herinneringen voor: Vreedzaam breder trekken naar de 2e schil; Ouderbetrokkenheid; Sportdag.",
    ]);
    expect(await h.say("Marieke", "/wie Ahmed")).toEqual([expect.stringContaining("- *Ahmed* — kartrekker Vreedzaam, Sportvereniging Lewenborg · afwezig t/m 29 mrt (vervanger: Lisa)")]);
    expect((await h.say("Marieke", "/overzicht"))[0]).toContain("🏖️ Ahmed: afwezig t/m 29 mrt (vervanger: Lisa)");
    // The web overview and its people page say the same.
    const web = new Hono();
    registerOverviewRoutes(web, { db: h.db, clock: h.clock });
    const token = (await h.db.wijk.findUniqueOrThrow({ where: { id: h.wijkId } })).overviewToken;
    expect(await (await web.request(`/w/${token}/`)).text()).toContain("🏖️ Ahmed: afwezig t/m 29 mrt (vervanger: Lisa)");
    expect(await (await web.request(`/w/${token}/wie`)).text()).toContain("· afwezig t/m 29 mrt (vervanger: Lisa)");
    // The stand-in may answer the reminder's buttons for the absent owner; before the absence she could not.
    expect(await h.say("Lisa", "/actie bezig sportdag")).toEqual([expect.stringContaining("staat op bezig")]);

    await h.app.scheduler.advanceTo(h.clock, at("2027-03-30 10:00"));
    expect(aboutSportdag().map((m) => `${m.at} ${m.text.split("\n")[0]}`)).toEqual([
      "2027-03-24 09:00 @Lisa 🤝 Voor Ahmed (afwezig t/m 29 mrt); jij bent vervanger.",
      // Back on Tuesday: the return message and the d-1 reminder leave together, at 09:00 summer time.
      "2027-03-30 09:00 @Ahmed 👋 Welkom terug! Dit speelt er nu voor je:",
    ]);
    expect(aboutSportdag()[1].text).toContain("- *Sportdag*: deadline wo 31 mrt");
    // The coördinator's digest of Monday 29 March lists the absence; Tuesday it is over by itself.
    const digest = sent.find((m) => m.at === "2027-03-29 08:30" && m.text.includes("Weekoverzicht"));
    expect(digest?.text).toContain("*Afwezig*\n- Ahmed: afwezig t/m 29 mrt (vervanger: Lisa)");
    expect(await h.say("Marieke", "/afwezig")).toEqual(["Niemand staat nu als afwezig. Afwezig melden: /afwezig t/m 15 maart [vervanger @naam]"]);
  });
});

describe("/afwezig without a stand-in", () => {
  it("holds the reminders, pauses recurring ones, and on return sends one message with what is due then", async () => {
    await h.say("Ahmed", "/herinner mij weekplanning elke werkdag 10:00");
    await h.say("Ahmed", "/herinner mij offerte bellen donderdag 25 maart 11:00");
    expect(await h.say("Ahmed", "/afwezig t/m 29 maart")).toEqual([
      "🏖️ Je staat afwezig t/m 29 mrt.\nHerinneringen wachten tot de terugkeer; dan komt één bericht met wat er dan speelt.\nEerder terug? /afwezig weg",
    ]);
    await h.app.scheduler.advanceTo(h.clock, at("2027-03-30 12:00"));
    expect(sent.map((m) => `${m.at} ${m.text.split("\n")[0]}`).filter((line) => !line.includes("Weekoverzicht"))).toEqual([
      "2027-03-30 09:00 @Ahmed 👋 Welkom terug! Dit speelt er nu voor je:",
      "2027-03-30 10:00 @Ahmed ⏰ Herinnering: weekplanning",
    ]);
    expect(sent[sent.length - 2].text).toContain("- *Sportdag*: deadline wo 31 mrt\n");
    expect(sent[sent.length - 2].text).toContain("Herinneringen van tijdens je afwezigheid:\n- ⏰ offerte bellen (do 25 mrt 11:00)");
  });

  it("is over at once with /afwezig weg: the return message comes the minute after", async () => {
    await h.say("Ahmed", "/afwezig t/m 29 maart");
    await h.app.scheduler.advanceTo(h.clock, at("2027-03-25 14:00"));
    expect(await h.say("Ahmed", "/afwezig weg")).toEqual(["👋 Welkom terug! Je herinneringen komen weer bij jou."]);
    await h.app.scheduler.advanceTo(h.clock, at("2027-03-30 12:00"));
    expect(aboutSportdag().map((m) => `${m.at} ${m.text.split("\n")[0]}`)).toEqual([
      "2027-03-25 14:01 @Ahmed 👋 Welkom terug! Dit speelt er nu voor je:",
      "2027-03-30 09:00 @Ahmed ⏰ Morgen (wo 31 mrt) is de deadline van *Sportdag*.",
    ]);
  });
});

describe("/ongedaan and the coördinator", () => {
  it("undoes an absence, and the coördinator can report someone else (and back); nobody else can", async () => {
    await h.say("Ahmed", "/afwezig t/m 29 maart vervanger @Lisa");
    expect(await h.say("Ahmed", "/ongedaan")).toEqual(["↩️ Afwezigheid van Ahmed ongedaan gemaakt."]);
    expect((await h.say("Marieke", "/wie Ahmed"))[0]).not.toContain("afwezig");
    expect(await h.say("Lisa", "/afwezig Ahmed t/m 29 maart")).toEqual([expect.stringContaining("Alleen de coördinator")]);
    expect(await h.say("Marieke", "/afwezig Ahmed t/m 26 maart vervanger Lisa")).toEqual([
      "🏖️ Ahmed staat afwezig t/m 26 mrt.\nHerinneringen voor de acties gaan zolang naar Lisa.\nEerder terug? /afwezig weg",
      expect.stringContaining("🤝 Ahmed is afwezig"),
    ]);
    await h.app.scheduler.advanceTo(h.clock, at("2027-03-24 10:00"));
    expect(aboutSportdag().map((m) => m.text.split("\n")[0])).toEqual(["@Lisa 🤝 Voor Ahmed (afwezig t/m 26 mrt); jij bent vervanger."]);
    expect(await h.say("Marieke", "/afwezig Ahmed weg")).toEqual(["👋 Ahmed is terug; de herinneringen gaan weer naar Ahmed."]);
    expect(await h.say("Marieke", "/ongedaan")).toEqual(["↩️ Ongedaan: Ahmed staat weer afwezig."]);
    expect((await h.say("Marieke", "/afwezig"))[0]).toBe("*Afwezig*\n- Ahmed: afwezig t/m 26 mrt (vervanger: Lisa)");
    // Undone before the minute after: no return message went out.
    await h.app.scheduler.advanceTo(h.clock, at("2027-03-24 11:00"));
    expect(sent.some((m) => m.text.includes("Welkom terug"))).toBe(false);
  });
});

describe("bad input, and routeForAbsence (for other jobs, such as the check-in)", () => {
  it("answers bad input shortly in Dutch and changes nothing; then routes a person's messages by moment", async () => {
    const cases: [string, string][] = [
      ["/afwezig t/m 20 maart", "zaterdag 20 maart is al voorbij"],
      ["/afwezig t/m 1 mei 2028", "meer dan een jaar vooruit"],
      ["/afwezig t/m 29 maart vervanger @Onbekend", 'Ik ken niemand die "Onbekend" heet'],
      ["/afwezig t/m 29 maart vervanger @Ahmed", "Je kunt niet je eigen vervanger zijn"],
      ["/afwezig weg", "Ahmed staat niet als afwezig"],
      ["/afwezig t/m blauwe maandag", "Typ bijvoorbeeld: /afwezig t/m 15 maart vervanger @Tom"],
    ];
    const before = await counts();
    for (const [text, problem] of cases) expect((await h.say("Ahmed", text))[0], text).toContain(problem);
    expect(await counts()).toEqual(before);

    const [ahmed, lisa] = [await personId(h.db, "Ahmed"), await personId(h.db, "Lisa")];
    await h.say("Ahmed", "/afwezig t/m 29 maart vervanger @Lisa");
    await h.say("Lisa", "/afwezig t/m 24 maart");
    const route = (when: string) => routeForAbsence(h.db, h.wijkId, ahmed, at(when));
    // Lisa is away herself until Wednesday: held, then to Lisa; the last day is whole (23:59), then Ahmed again.
    expect(await route("2027-03-23 12:00")).toMatchObject({ kind: "hold", absentPersonId: ahmed, backAt: at("2027-03-30 00:00") });
    expect(await route("2027-03-25 12:00")).toMatchObject({ kind: "stand-in", personId: lisa, absentPersonId: ahmed });
    expect(await route("2027-03-29 23:59")).toMatchObject({ kind: "stand-in", personId: lisa });
    expect(await route("2027-03-30 00:00")).toEqual({ kind: "deliver", personId: ahmed });
    expect(await routeForAbsence(h.db, h.wijkId, lisa, at("2027-03-25 00:00"))).toEqual({ kind: "deliver", personId: lisa });
  });
});

describe("/afwezig without a stand-in, said (fortieth session)", () => {
  it("'/afwezig t/m 2 april, geen vervanger' sets the absence; the reminders wait", async () => {
    const [reply] = await h.say("Ahmed", "/afwezig t/m 2 april, geen vervanger");
    expect(reply).toContain("Je staat afwezig t/m 2 apr.");
    expect(reply).not.toContain("Herinneringen voor de acties gaan zolang naar");
    expect((await h.db.absence.findMany({ select: { standInId: true } })).map((a) => a.standInId)).toEqual([null]);
  });
});
