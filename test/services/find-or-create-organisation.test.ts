import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { findOrCreateOrganisation } from "../../src/services/find-or-create-organisation.ts";

const demo = useDemoWijk();

describe("findOrCreateOrganisation", () => {
  it("finds the wijk's organisation by its cleaned name", async () => {
    const { db, wijkId } = demo();
    const existing = await db.organisation.findFirstOrThrow({ where: { wijkId, name: "GGD Groningen" } });
    expect((await findOrCreateOrganisation(db, wijkId, "  GGD   Groningen ")).id).toBe(existing.id);
  });

  it("creates a new one once, then finds it", async () => {
    const { db, wijkId } = demo();
    const first = await findOrCreateOrganisation(db, wijkId, "Lefier");
    const again = await findOrCreateOrganisation(db, wijkId, "Lefier");
    expect(again.id).toBe(first.id);
    expect(await db.organisation.count({ where: { wijkId, name: "Lefier" } })).toBe(1);
  });
});
