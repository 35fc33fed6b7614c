import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { createAction } from "../../src/services/create-action.ts";
import { ActionIndexCache } from "../../src/action-names/action-index.ts";

const demo = useDemoWijk();

async function meta(batchId: string) {
  const { wijkId, person, now } = demo();
  return { wijkId, personId: (await person("Joke")).id, batchId, at: now, platform: "console", chatId: "kartrekkers", messageId: "m1" };
}

describe("createAction", () => {
  it("stores a new action as planned, with its owners and partners, created and last active now", async () => {
    const { db, wijkId, now, person, pillarId } = demo();
    const joke = await person("Joke");
    const ggd = await db.organisation.findFirstOrThrow({ where: { wijkId, name: "GGD Groningen" } });
    const created = await createAction(db, await meta("b1"), { title: "Schoolfruit", shortName: "fruit", pillarId: await pillarId("Gezond"), ownerIds: [joke.id], partnerIds: [ggd.id] });
    const stored = await db.action.findUniqueOrThrow({ where: { id: created.id }, include: { owners: true, partners: true } });
    expect(stored).toMatchObject({ wijkId, title: "Schoolfruit", shortName: "fruit", status: "gepland", deadline: null, createdAt: now, lastActivityAt: now, deletedAt: null });
    expect(stored.owners.map((o) => o.personId)).toEqual([joke.id]);
    expect(stored.partners.map((p) => p.organisationId)).toEqual([ggd.id]);
  });

  it("records one 'created' history batch with the title, pillar, deadline and owners", async () => {
    const { db, person, pillarId } = demo();
    const [joke, fatima] = [await person("Joke"), await person("Fatima")];
    const deadline = new Date("2026-03-01T23:00:00Z");
    const gezond = await pillarId("Gezond");
    const created = await createAction(db, await meta("b1"), { title: "Schoolfruit", pillarId: gezond, deadline, ownerIds: [joke.id, fatima.id] });
    const rows = await db.historyEntry.findMany({ where: { batchId: "b1" } });
    expect(rows.map((r) => [r.field, r.fromValue, r.toValue]).sort()).toEqual(
      [
        ["created", null, "1"],
        ["title", null, "Schoolfruit"],
        ["pillar", null, gezond],
        ["deadline", null, deadline.toISOString()],
        ["owners", null, [joke.id, fatima.id].sort().join(",")],
      ].sort(),
    );
    expect(rows.every((r) => r.actionId === created.id && r.personId === joke.id && r.messageId === "m1")).toBe(true);
  });

  it("leaves out of the history what the action does not have", async () => {
    const { db } = demo();
    await createAction(db, await meta("b1"), { title: "Schoolfruit", ownerIds: [] });
    expect((await db.historyEntry.findMany({ where: { batchId: "b1" } })).map((r) => r.field).sort()).toEqual(["created", "title"]);
  });

  it("refuses a title another action of the wijk has, ignoring case, accents and punctuation, and stores nothing", async () => {
    const { db, wijkId } = demo();
    const before = await db.action.count({ where: { wijkId } });
    await expect(createAction(db, await meta("b1"), { title: "een wijkwebsite.", ownerIds: [] })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.action.count({ where: { wijkId } })).toBe(before);
    expect(await db.historyEntry.count({ where: { batchId: "b1" } })).toBe(0);
  });

  it("allows the title of a removed action", async () => {
    const { db, action } = demo();
    await db.action.update({ where: { id: (await action("wijkwebsite")).id }, data: { deletedAt: new Date() } });
    const created = await createAction(db, await meta("b1"), { title: "Eén wijkwebsite", ownerIds: [] });
    expect(created.title).toBe("Eén wijkwebsite");
  });

  it("keeps a shared name index right: the second action with a new title is refused", async () => {
    const { db } = demo();
    const indexes = new ActionIndexCache();
    await createAction(db, await meta("b1"), { title: "Schoolfruit", ownerIds: [] }, indexes);
    await expect(createAction(db, await meta("b2"), { title: "schoolfruit", ownerIds: [] }, indexes)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("stores the title and short name cleaned to one line without chat markup", async () => {
    const { db } = demo();
    const created = await createAction(db, await meta("b1"), { title: "  Koffie\n *gratis*  ", shortName: " _koffie_ ", ownerIds: [] });
    expect(created).toMatchObject({ title: "Koffie ∗gratis∗", shortName: "＿koffie＿" });
  });

  it("stores what it is given: status, dates, reach, budget and plan year", async () => {
    const { db } = demo();
    const startDate = new Date("2026-02-01T23:00:00Z");
    const created = await createAction(db, await meta("b1"), {
      title: "Schoolfruit", status: "bezig", startDate, reachIntended: 200, reachReached: 20, budgetPlannedCents: 100_000, budgetSpentCents: 2_550, planYear: 2026, ageGroup: "4-12", ownerIds: [],
    });
    expect(await db.action.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      status: "bezig", startDate, reachIntended: 200, reachReached: 20, budgetPlannedCents: 100_000, budgetSpentCents: 2_550, planYear: 2026, ageGroup: "4-12",
    });
  });
});
