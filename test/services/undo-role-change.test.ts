import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { undoLastChange, UNDO_BATCH_PREFIX } from "../../src/services/undo-last-change.ts";
import { ROLE_FIELD, setRole } from "../../src/services/set-role.ts";
import { isRoleChange } from "../../src/services/undo-role-change.ts";
import type { Role } from "../../src/domain.ts";

const demo = useDemoWijk();

/** The change meta of one message of `name`, `secondsLater` after the seed's moment. */
async function meta(name: string, batchId: string, secondsLater = 0) {
  const { wijkId, person, now } = demo();
  return { wijkId, personId: (await person(name)).id, batchId, at: new Date(now.getTime() + secondsLater * 1000) };
}

/** Marieke (the coördinator) gives `name` a role, as message `batchId`. */
async function give(name: string, role: Role, pillar: string | null, batchId: string, secondsLater = 0) {
  const { db, person, pillarId } = demo();
  return setRole(db, { meta: await meta("Marieke", batchId, secondsLater), actor: await person("Marieke"), person: await person(name), role, pillarId: pillar ? await pillarId(pillar) : null });
}

const roleOf = async (name: string) => {
  const { person } = demo();
  const { role, pillarId } = await person(name);
  return { role, pillarId };
};

describe("undoRoleChange (/ongedaan after /rol)", () => {
  it("puts back exactly the role and pillar the person had, and says whose and which", async () => {
    const { pillarId } = demo();
    await give("Lisa", "aanjager", "Gezond", "b1");
    expect(await undoLastChange(demo().db, await meta("Marieke", "u1", 1))).toEqual({ role: { personName: "Lisa", role: "kartrekker", pillarName: "Kansrijk" } });
    expect(await roleOf("Lisa")).toEqual({ role: "kartrekker", pillarId: await pillarId("Kansrijk") });
  });

  it("gives back a role without a pillar: the pillar set with the new role goes again", async () => {
    await give("Henk", "aanjager", "Gezond", "b1");
    expect(await undoLastChange(demo().db, await meta("Marieke", "u1", 1))).toEqual({ role: { personName: "Henk", role: "voorzitter", pillarName: null } });
    expect(await roleOf("Henk")).toEqual({ role: "voorzitter", pillarId: null });
  });

  it("marks the change undone and writes the undo as a batch of its own", async () => {
    const { db } = demo();
    await give("Lisa", "stuurgroep", null, "b1");
    await undoLastChange(db, await meta("Marieke", "u1", 1));
    const original = await db.historyEntry.findFirstOrThrow({ where: { batchId: "b1" } });
    expect(original.undoneAt).not.toBeNull();
    const undo = await db.historyEntry.findMany({ where: { batchId: `${UNDO_BATCH_PREFIX}u1` } });
    expect(undo).toEqual([expect.objectContaining({ field: ROLE_FIELD, actionId: null, fromValue: original.toValue, toValue: original.fromValue, undoneAt: null })]);
    expect(isRoleChange(ROLE_FIELD)).toBe(true);
  });

  it("goes one change further back the second time, not undoing the undo", async () => {
    const { db, pillarId } = demo();
    await give("Lisa", "aanjager", "Kansrijk", "b1");
    await give("Lisa", "stuurgroep", null, "b2", 1);
    await undoLastChange(db, await meta("Marieke", "u1", 2));
    expect(await roleOf("Lisa")).toEqual({ role: "aanjager", pillarId: await pillarId("Kansrijk") });
    await undoLastChange(db, await meta("Marieke", "u2", 3));
    expect(await roleOf("Lisa")).toEqual({ role: "kartrekker", pillarId: await pillarId("Kansrijk") });
    await expect(undoLastChange(db, await meta("Marieke", "u3", 4))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("changes no one else's role, and undoes only the sender's own change", async () => {
    const { db, wijkId } = demo();
    const everyone = async () => (await db.person.findMany({ where: { wijkId }, orderBy: { displayName: "asc" } })).map((p) => `${p.displayName}:${p.role}:${p.pillarId}`);
    const before = await everyone();
    await give("Peter", "voorzitter", null, "b1");
    await expect(undoLastChange(db, await meta("Henk", "u1", 1))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await roleOf("Peter")).role).toBe("voorzitter");
    await undoLastChange(db, await meta("Marieke", "u2", 2));
    expect(await everyone()).toEqual(before);
  });
});
