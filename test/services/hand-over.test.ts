import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { executeHandover } from "../../src/services/execute-handover.ts";
import { planHandover } from "../../src/services/plan-handover.ts";

const demo = useDemoWijk();

describe("planHandover (/overdracht, shown before 'ja')", () => {
  it("lists someone's planned, running and parked actions, their reminders and open agenda items", async () => {
    const { db, wijkId, person, now } = demo();
    const sanne = await person("Sanne");
    const reminder = await db.reminder.create({ data: { wijkId, creatorId: sanne.id, targetPersonId: sanne.id, text: "subsidie aanvragen", nextAt: now } });
    const item = await db.agendaItem.create({ data: { wijkId, proposerId: sanne.id, text: "kindteams", kind: "bespreking", createdAt: now } });
    const plan = await planHandover(db, { wijkId, fromId: sanne.id, pillarId: null });
    expect(plan.actions.map((a) => a.title).sort()).toEqual(["Integraal pedagogisch wijkplan jonge kind", "Kindteams (KIEM) ook voorschools"]);
    expect(plan.reminderIds).toEqual([reminder.id]);
    expect(plan.agendaItemIds).toEqual([item.id]);
  });

  it("can be limited to one pillar", async () => {
    const { db, wijkId, person, pillarId } = demo();
    const youssef = await person("Youssef");
    expect((await planHandover(db, { wijkId, fromId: youssef.id, pillarId: await pillarId("Kansrijk") })).actions).toEqual([]);
    expect((await planHandover(db, { wijkId, fromId: youssef.id, pillarId: await pillarId("Vreedzaam") })).actions).toHaveLength(2);
  });
});

describe("executeHandover", () => {
  it("gives the actions to the new owner (co-owners stay), one history batch per action, and moves reminders and items", async () => {
    const { db, wijkId, person, action, now } = demo();
    const [sanne, peter] = [await person("Sanne"), await person("Peter")];
    const reminder = await db.reminder.create({ data: { wijkId, creatorId: sanne.id, targetPersonId: sanne.id, text: "subsidie aanvragen", nextAt: now } });
    const plan = await planHandover(db, { wijkId, fromId: sanne.id, pillarId: null });
    await db.$transaction((tx) => executeHandover(tx, { wijkId, personId: sanne.id, batchId: "handover", at: now }, { fromId: sanne.id, toId: peter.id, plan }));

    const owners = async (short: string) =>
      (await db.actionOwner.findMany({ where: { actionId: (await action(short)).id }, include: { person: true } })).map((o) => o.person.displayName).sort();
    expect(await owners("wijkplan jonge kind")).toEqual(["Lisa", "Peter"]);
    expect(await owners("kindteams")).toEqual(["Peter"]);
    const batches = await db.historyEntry.findMany({ where: { wijkId, field: "owners" }, select: { batchId: true } });
    expect(new Set(batches.map((b) => b.batchId)).size).toBe(2);
    expect((await db.reminder.findUniqueOrThrow({ where: { id: reminder.id } })).targetPersonId).toBe(peter.id);
  });
});
