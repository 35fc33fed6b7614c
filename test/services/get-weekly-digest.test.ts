import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { getWeeklyDigest, QUIET_OWNER_DAYS } from "../../src/services/get-weekly-digest.ts";
import { changeAction } from "../../src/services/change-action.ts";

const demo = useDemoWijk();
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** The digest a week after the seed: Monday 12 January 2026, 09:00; the seed's own moment is just outside the window. */
function weekLater() {
  return new Date(demo().now.getTime() + 7 * DAY_MS);
}

async function digest(end = weekLater()) {
  const { db, wijkId } = demo();
  return getWeeklyDigest(db, { wijkId, end });
}

async function setStatus(shortName: string, status: string, at: Date, batchId = `${shortName}-${status}`) {
  const { db, wijkId, action } = demo();
  return changeAction(db, { wijkId, personId: null, batchId, at }, (await action(shortName)).id, { status });
}

const pillar = (d: Awaited<ReturnType<typeof digest>>, name: string | null) => d.pillars.find((p) => p.name === name)!;

describe("getWeeklyDigest", () => {
  it("covers the 7 days up to the end, through yesterday, per pillar in the wijk's order and then the actions without one", async () => {
    const d = await digest();
    expect(d.wijkName).toBe("Lewenborg XL");
    expect(d.from).toEqual(demo().now);
    expect(d.to).toEqual(new Date("2026-01-10T23:00:00Z"));
    expect(d.pillars.map((p) => p.name)).toEqual(["Kansrijk", "Vreedzaam", "Gezond", null]);
  });

  it("lists as done and started the actions whose status changed to that within the window and still is", async () => {
    const now = demo().now;
    await setStatus("wijkwebsite", "bezig", new Date(now.getTime() + DAY_MS));
    await setStatus("watertappunt", "klaar", new Date(now.getTime() + 2 * DAY_MS));
    await setStatus("ouderbetrokkenheid", "klaar", new Date(now.getTime() + DAY_MS));
    await setStatus("ouderbetrokkenheid", "bezig", new Date(now.getTime() + 2 * DAY_MS));
    const d = await digest();
    expect(pillar(d, "Gezond").done).toEqual(["Watertappunt in de wijk"]);
    expect(pillar(d, "Vreedzaam").done).toEqual([]);
    expect(pillar(d, "Vreedzaam").started.sort()).toEqual(["Ouderbetrokkenheid", "Eén wijkwebsite"].sort());
  });

  it("leaves out status changes that were undone, made before the window or after its end", async () => {
    const { db, now } = demo();
    await setStatus("watertappunt", "klaar", new Date(now.getTime() + DAY_MS), "undone");
    await db.historyEntry.updateMany({ where: { batchId: "undone" }, data: { undoneAt: new Date(now.getTime() + DAY_MS) } });
    await setStatus("wijkwebsite", "bezig", now);
    await setStatus("betrokkenheid cb", "bezig", new Date(weekLater().getTime() + 1));
    const d = await digest();
    expect(d.pillars.flatMap((p) => [...p.done, ...p.started])).toEqual([]);
  });

  it("lists as updated the actions with a progress note in the window that was not removed", async () => {
    const { db, now, action } = demo();
    const at = new Date(now.getTime() + DAY_MS);
    await db.progressNote.create({ data: { actionId: (await action("kindteams")).id, text: "Gesprek met KIEM", createdAt: at } });
    await db.progressNote.create({ data: { actionId: (await action("wijkwebsite")).id, text: "Weg", createdAt: at, removedAt: at } });
    const d = await digest();
    expect(pillar(d, "Kansrijk").updated).toEqual(["Kindteams (KIEM) ook voorschools"]);
    expect(pillar(d, "Vreedzaam").updated).toEqual([]);
  });

  it("lists open actions past their deadline as overdue and those due from today up to 14 days ahead as due soon, earliest first, with owners", async () => {
    const { db, action } = demo();
    // Today is 12 January: the 26th is the last day of "due soon", the 27th is not; a deadline today is not yet overdue.
    await db.action.update({ where: { id: (await action("watertappunt")).id }, data: { deadline: new Date("2026-01-25T23:00:00Z") } });
    await db.action.update({ where: { id: (await action("betrokkenheid cb")).id }, data: { deadline: new Date("2026-01-26T23:00:00Z") } });
    await db.action.update({ where: { id: (await action("wijkplan jonge kind")).id }, data: { deadline: new Date("2026-01-11T23:00:00Z") } });
    const d = await digest();
    expect(pillar(d, "Kansrijk").overdue).toEqual([{ title: "Financiële educatie in projectplan Campus 2025", deadline: new Date("2026-01-01T23:00:00Z"), owners: ["Peter"] }]);
    expect(pillar(d, "Kansrijk").dueSoon.map((a) => [a.title, a.owners])).toEqual([["Integraal pedagogisch wijkplan jonge kind", ["Sanne", "Lisa"]]]);
    expect(pillar(d, "Gezond").dueSoon.map((a) => a.title)).toEqual(["Watertappunt in de wijk"]);
    expect(pillar(d, "Vreedzaam").dueSoon.map((a) => a.title)).toEqual(["Vreedzaam breder trekken naar de 2e schil"]);
    // Finished actions past their deadline are not overdue.
    expect(pillar(d, "Gezond").overdue).toEqual([]);
  });

  it("lists agenda items proposed in the window, oldest first, with the proposer's name", async () => {
    const { db, wijkId, now, person } = demo();
    const [henk, joke] = [await person("Henk"), await person("Joke")];
    await db.agendaItem.create({ data: { wijkId, text: "Begroting", proposerId: joke.id, createdAt: new Date(now.getTime() + 2 * DAY_MS) } });
    await db.agendaItem.create({ data: { wijkId, text: "Jaarplan", proposerId: henk.id, createdAt: new Date(now.getTime() + DAY_MS) } });
    await db.agendaItem.create({ data: { wijkId, text: "Vast punt", createdAt: new Date(now.getTime() + DAY_MS) } });
    await db.agendaItem.create({ data: { wijkId, text: "Oud", proposerId: henk.id, createdAt: now } });
    expect((await digest()).newItems).toEqual([
      { text: "Jaarplan", proposerName: "Henk" },
      { text: "Begroting", proposerName: "Joke" },
    ]);
  });

  it(`names owners of open actions without an update for ${QUIET_OWNER_DAYS} days, except owners who left`, async () => {
    const { db, now, person, action } = demo();
    const end = new Date(now.getTime() + QUIET_OWNER_DAYS * DAY_MS);
    await db.person.update({ where: { id: (await person("Youssef")).id }, data: { leftAt: now } });
    await db.action.update({ where: { id: (await action("2e schil")).id }, data: { lastActivityAt: new Date(now.getTime() + HOUR_MS) } });
    const quiet = (await digest(end)).quietOwners;
    const names = quiet.map((q) => q.name).sort();
    expect(names).toEqual(["Ahmed", "Fatima", "Joke", "Lisa", "Peter", "Sanne"]);
    // Ahmed's 2e schil was touched since; his Ouderbetrokkenheid was not.
    expect(quiet.find((q) => q.name === "Ahmed")!.actions.map((a) => a.title)).toEqual(["Ouderbetrokkenheid"]);
    expect(quiet.find((q) => q.name === "Sanne")!.actions.map((a) => a.title)).toEqual(["Integraal pedagogisch wijkplan jonge kind"]);
    expect(quiet.find((q) => q.name === "Fatima")!.actions).toEqual([{ title: "Watertappunt in de wijk", lastActivityAt: now }]);
  });

  it("names nobody quiet a week after everything was touched, and nobody away when nobody is", async () => {
    const d = await digest();
    expect(d.quietOwners).toEqual([]);
    expect(d.absences).toEqual([]);
    expect(d.checkInRound).toBeNull();
  });

  it("lists who is away as the digest goes out", async () => {
    const { db, wijkId, now, person } = demo();
    const [fatima, joke] = [await person("Fatima"), await person("Joke")];
    await db.absence.create({ data: { wijkId, personId: fatima.id, standInId: joke.id, startsAt: now, lastDay: new Date("2026-01-19T23:00:00Z") } });
    expect((await digest()).absences).toEqual([{ personId: fatima.id, personName: "Fatima", lastDay: new Date("2026-01-19T23:00:00Z"), standInName: "Joke" }]);
  });

  it("ends the window on the local day before the end, also just after the switch to summer time", async () => {
    // Monday 30 March 2026, 09:00 summer time; the clocks went forward on Sunday the 29th.
    const d = await digest(new Date("2026-03-30T07:00:00Z"));
    expect(d.to).toEqual(new Date("2026-03-28T23:00:00Z"));
  });

  it("starts the window at the same wall-clock time a week earlier, across a clock change", async () => {
    // Monday 30 March 09:00 summer time (07:00Z): the week began Monday 23 March 09:00 winter time (08:00Z), not 08:00 local.
    expect((await digest(new Date("2026-03-30T07:00:00Z"))).from).toEqual(new Date("2026-03-23T08:00:00Z"));
    // Monday 26 October 09:00 winter time (08:00Z): the week began Monday 19 October 09:00 summer time (07:00Z).
    expect((await digest(new Date("2026-10-26T08:00:00Z"))).from).toEqual(new Date("2026-10-19T07:00:00Z"));
  });
});
