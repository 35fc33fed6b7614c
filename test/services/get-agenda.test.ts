import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { getAgenda } from "../../src/services/get-agenda.ts";

const demo = useDemoWijk();
const DAY_MS = 86_400_000;

/** A meeting a week after the seed, at the MFC. */
async function meeting() {
  const { db, wijkId, now } = demo();
  return db.meeting.create({ data: { wijkId, startsAt: new Date(now.getTime() + 7 * DAY_MS), place: "MFC Lewenborg" } });
}

describe("getAgenda", () => {
  it("gives the items in the agenda's order, with who proposed them, and no pillars unless asked", async () => {
    const { db, wijkId, now, person } = demo();
    const m = await meeting();
    const henk = await person("Henk");
    await db.agendaItem.create({ data: { wijkId, meetingId: m.id, text: "Jaarplan", kind: "besluit", position: 2, proposerId: henk.id } });
    await db.agendaItem.create({ data: { wijkId, meetingId: m.id, text: "Opening", kind: "informatie", position: 1 } });
    await db.agendaItem.create({ data: { wijkId, meetingId: m.id, text: "Rondvraag", position: 3, proposerId: "gone", status: "geaccepteerd" } });
    await db.agendaItem.create({ data: { wijkId, text: "Op een andere vergadering", position: 0, proposerId: henk.id } });
    const agenda = await getAgenda(db, { meeting: m, now, withPillars: false });
    expect(agenda.meeting).toMatchObject({ startsAt: m.startsAt, place: "MFC Lewenborg" });
    expect(agenda.items).toEqual([
      { text: "Opening", kind: "informatie", status: "voorgesteld", proposer: null, action: null },
      { text: "Jaarplan", kind: "besluit", status: "voorgesteld", proposer: { name: "Henk" }, action: null },
      { text: "Rondvraag", kind: "bespreking", status: "geaccepteerd", proposer: { name: null }, action: null },
    ]);
    expect(agenda.pillars).toBeNull();
    expect(agenda.checkInRound).toBeNull();
  });

  it("shows, for an item about an action, its status and its latest note that was not removed", async () => {
    const { db, wijkId, now, action } = demo();
    const m = await meeting();
    const water = await action("watertappunt");
    const later = new Date(now.getTime() + DAY_MS);
    await db.progressNote.create({ data: { actionId: water.id, text: "Ingetrokken", createdAt: new Date(now.getTime() + 2 * DAY_MS), removedAt: later } });
    await db.progressNote.create({ data: { actionId: water.id, text: "Offerte binnen", createdAt: later } });
    await db.agendaItem.create({ data: { wijkId, meetingId: m.id, text: "Watertappunt", actionId: water.id } });
    await db.agendaItem.create({ data: { wijkId, meetingId: m.id, text: "Website", actionId: (await action("wijkwebsite")).id, position: 1 } });
    const { items } = await getAgenda(db, { meeting: m, now, withPillars: false });
    expect(items.map((i) => i.action)).toEqual([
      { title: "Watertappunt in de wijk", status: "bezig", lastNote: { at: later, text: "Offerte binnen" } },
      { title: "Eén wijkwebsite", status: "gepland", lastNote: null },
    ]);
  });

  it("with pillars: per pillar in the wijk's order the busy, planned and done counts, the open actions past their deadline and the latest note", async () => {
    const { db, now, action } = demo();
    const m = await meeting();
    const later = new Date(now.getTime() + DAY_MS);
    await db.progressNote.create({ data: { actionId: (await action("betrokkenheid cb")).id, text: "CB doet mee", createdAt: later } });
    const removed = await action("waarom cijfers");
    await db.action.update({ where: { id: removed.id }, data: { deletedAt: later } });
    const agenda = await getAgenda(db, { meeting: m, now: new Date(now.getTime() + 13 * DAY_MS), withPillars: true });
    expect(agenda.pillars!.map((p) => ({ name: p.name, counts: p.counts, overdue: p.overdue.sort(), latest: p.latest?.actionTitle ?? null }))).toEqual([
      // Kindteams is parked (not counted); Op zoek naar het waarom was removed.
      { name: "Kansrijk", counts: { bezig: 1, gepland: 1, klaar: 0 }, overdue: ["Financiële educatie in projectplan Campus 2025"], latest: null },
      { name: "Vreedzaam", counts: { bezig: 1, gepland: 2, klaar: 0 }, overdue: ["Vreedzaam breder trekken naar de 2e schil"], latest: "Vreedzaam breder trekken naar de 2e schil" },
      { name: "Gezond", counts: { bezig: 1, gepland: 1, klaar: 1 }, overdue: [], latest: "Verhoogde betrokkenheid CB en GGD" },
    ]);
    expect(agenda.pillars![2].latest).toMatchObject({ at: later, text: "CB doet mee" });
    expect(agenda.checkInRound).toBeNull();
  });
});
