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

describe("findOrCreateOrganisation with a name people shorten", () => {
  it("finds an organisation typed in other capitals or by a whole word of its name", async () => {
    const { db, wijkId } = demo();
    const ggd = await db.organisation.findFirstOrThrow({ where: { wijkId, name: "GGD Groningen" } });
    const before = await db.organisation.count({ where: { wijkId } });
    expect((await findOrCreateOrganisation(db, wijkId, "ggd groningen")).id).toBe(ggd.id);
    expect((await findOrCreateOrganisation(db, wijkId, "GGD")).id).toBe(ggd.id);
    expect(await db.organisation.count({ where: { wijkId } })).toBe(before);
  });

  it("creates a new one when the word is only part of a word, or fits two organisations", async () => {
    const { db, wijkId } = demo();
    await db.organisation.create({ data: { wijkId, name: "Stichting Sport Noord" } });
    await db.organisation.create({ data: { wijkId, name: "Sport Noord Jeugd" } });
    const before = await db.organisation.count({ where: { wijkId } });
    const sport = await findOrCreateOrganisation(db, wijkId, "Sport Noord");
    expect(sport.name).toBe("Sport Noord");
    const gg = await findOrCreateOrganisation(db, wijkId, "GG");
    expect(gg.name).toBe("GG");
    expect(await db.organisation.count({ where: { wijkId } })).toBe(before + 2);
  });
});
