import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { ROLE_FIELD, setRole } from "../../src/services/set-role.ts";
import { AppError } from "../../src/core/errors.ts";
import type { Role } from "../../src/domain.ts";

const demo = useDemoWijk();

/** `actor` gives `name` a role, as one message (batch "b1") at the seed's moment. */
async function give(actor: string, name: string, role: Role, pillarId: string | null) {
  const { db, wijkId, person, now } = demo();
  const by = await person(actor);
  return setRole(db, { meta: { wijkId, personId: by.id, batchId: "b1", at: now }, actor: by, person: await person(name), role, pillarId });
}

describe("setRole (/rol)", () => {
  it("lets the coördinator make someone aanjager of a pillar", async () => {
    const { person, pillarId } = demo();
    const gezond = await pillarId("Gezond");
    const updated = await give("Marieke", "Fatima", "aanjager", gezond);
    expect(updated).toMatchObject({ role: "aanjager", pillarId: gezond });
    expect(await person("Fatima")).toMatchObject({ role: "aanjager", pillarId: gezond });
  });

  it("refuses anyone but the coördinator, and changes nothing", async () => {
    const { db, person } = demo();
    const attempt = give("Henk", "Fatima", "stuurgroep", null);
    await expect(attempt).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    expect((await person("Fatima")).role).toBe("kartrekker");
    expect(await db.historyEntry.count()).toBe(0);
  });

  it("refuses an aanjager without a pillar", async () => {
    const { person } = demo();
    await expect(give("Marieke", "Peter", "aanjager", null)).rejects.toMatchObject({ code: "INVALID" });
    expect((await person("Peter")).role).toBe("kartrekker");
  });

  it("clears the pillar for a role without one", async () => {
    const { person } = demo();
    await give("Marieke", "Sanne", "stuurgroep", null);
    expect(await person("Sanne")).toMatchObject({ role: "stuurgroep", pillarId: null });
  });

  it("records the role and pillar before and after in the history, by the coördinator and without an action", async () => {
    const { db, person, pillarId, now } = demo();
    const fatima = await person("Fatima");
    const gezond = await pillarId("Gezond");
    await give("Marieke", "Fatima", "aanjager", gezond);
    const rows = await db.historyEntry.findMany({ where: { batchId: "b1" } });
    expect(rows).toEqual([expect.objectContaining({ field: ROLE_FIELD, actionId: null, personId: (await person("Marieke")).id, createdAt: now })]);
    expect(JSON.parse(rows[0].fromValue!)).toEqual({ personId: fatima.id, role: "kartrekker", pillarId: gezond });
    expect(JSON.parse(rows[0].toValue!)).toEqual({ personId: fatima.id, role: "aanjager", pillarId: gezond });
  });

  it("records nothing when the role and pillar stay the same", async () => {
    const { db, pillarId } = demo();
    await give("Marieke", "Sanne", "aanjager", await pillarId("Kansrijk"));
    expect(await db.historyEntry.count()).toBe(0);
  });
});
