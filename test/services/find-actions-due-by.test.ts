import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { findActionsDueBy } from "../../src/services/find-actions-due-by.ts";

const demo = useDemoWijk();

describe("findActionsDueBy (the deadline job's candidates)", () => {
  it("gives the open actions with a deadline by then and their owners; not finished, parked, deleted, later or ownerless ones", async () => {
    const { db, wijkId, person, now } = demo();
    const latest = new Date(now.getTime() + 30 * 86_400_000);
    const expected = await db.action.findMany({
      where: { wijkId, deletedAt: null, status: { in: ["gepland", "bezig"] }, deadline: { not: null, lte: latest }, owners: { some: {} } },
      select: { id: true, deadline: true, owners: { select: { personId: true } } },
    });
    expect(expected.length).toBeGreaterThan(1);
    const sorted = (xs: { id: string; deadline: Date; ownerIds: string[] }[]) =>
      xs.map((x) => ({ ...x, ownerIds: [...x.ownerIds].sort() })).sort((x, y) => x.id.localeCompare(y.id));
    const found = await findActionsDueBy(db, { wijkId, latest });
    expect(sorted(found)).toEqual(sorted(expected.map((a) => ({ id: a.id, deadline: a.deadline!, ownerIds: a.owners.map((o) => o.personId) }))));

    // Finished, deleted and ownerless actions drop out; a second owner shows up.
    const [first, second, third] = expected;
    await db.action.update({ where: { id: first.id }, data: { status: "klaar" } });
    await db.action.update({ where: { id: second.id }, data: { deletedAt: now } });
    await db.actionOwner.deleteMany({ where: { actionId: third?.id ?? "none" } });
    const henk = await person("Henk");
    const fourth = expected[3];
    if (fourth && !fourth.owners.some((o) => o.personId === henk.id)) await db.actionOwner.create({ data: { actionId: fourth.id, personId: henk.id } });
    const after = await findActionsDueBy(db, { wijkId, latest });
    expect(after.map((a) => a.id)).not.toContain(first.id);
    expect(after.map((a) => a.id)).not.toContain(second.id);
    if (third) expect(after.map((a) => a.id)).not.toContain(third.id);
    if (fourth) expect(after.find((a) => a.id === fourth.id)?.ownerIds).toContain(henk.id);
    // Nothing due by a moment before every deadline.
    expect(await findActionsDueBy(db, { wijkId, latest: new Date(0) })).toEqual([]);
  });
});
