import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { setRole } from "../../src/services/set-role.ts";
import { AppError } from "../../src/core/errors.ts";

const demo = useDemoWijk();

describe("setRole (/rol)", () => {
  it("lets the coördinator make someone aanjager of a pillar", async () => {
    const { db, person, pillarId } = demo();
    const gezond = await pillarId("Gezond");
    const updated = await setRole(db, { actor: await person("Marieke"), person: await person("Fatima"), role: "aanjager", pillarId: gezond });
    expect(updated).toMatchObject({ role: "aanjager", pillarId: gezond });
    expect(await person("Fatima")).toMatchObject({ role: "aanjager", pillarId: gezond });
  });

  it("refuses anyone but the coördinator, and changes nothing", async () => {
    const { db, person } = demo();
    const attempt = setRole(db, { actor: await person("Henk"), person: await person("Fatima"), role: "stuurgroep", pillarId: null });
    await expect(attempt).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    expect((await person("Fatima")).role).toBe("kartrekker");
  });

  it("refuses an aanjager without a pillar", async () => {
    const { db, person } = demo();
    await expect(setRole(db, { actor: await person("Marieke"), person: await person("Peter"), role: "aanjager", pillarId: null })).rejects.toMatchObject({ code: "INVALID" });
    expect((await person("Peter")).role).toBe("kartrekker");
  });

  it("clears the pillar for a role without one", async () => {
    const { db, person } = demo();
    await setRole(db, { actor: await person("Marieke"), person: await person("Sanne"), role: "stuurgroep", pillarId: null });
    expect(await person("Sanne")).toMatchObject({ role: "stuurgroep", pillarId: null });
  });
});
