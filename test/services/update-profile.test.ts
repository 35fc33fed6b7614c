import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { updateProfile } from "../../src/services/update-profile.ts";
import { getOrganisationName } from "../../src/services/get-organisation-name.ts";

const demo = useDemoWijk();

describe("updateProfile (/ik)", () => {
  it("renames a person and keeps their organisation when none is given", async () => {
    const { db, person } = demo();
    const updated = await updateProfile(db, { person: await person("Peter"), displayName: "  Peter  de Vries " });
    expect(updated.displayName).toBe("Peter de Vries");
    expect(await getOrganisationName(db, updated)).toBe("WIJ Groningen");
  });

  it("moves a person to an organisation, creating it when it is new", async () => {
    const { db, wijkId, person } = demo();
    const before = await db.organisation.count({ where: { wijkId } });
    const updated = await updateProfile(db, { person: await person("Peter"), displayName: "Peter", organisation: "Buurtcentrum De Sleutel" });
    expect(await getOrganisationName(db, updated)).toBe("Buurtcentrum De Sleutel");
    expect(await db.organisation.count({ where: { wijkId } })).toBe(before + 1);
  });

  it("reuses an existing organisation of the same name", async () => {
    const { db, wijkId, person } = demo();
    const before = await db.organisation.count({ where: { wijkId } });
    const updated = await updateProfile(db, { person: await person("Peter"), displayName: "Peter", organisation: "GGD Groningen" });
    expect(await getOrganisationName(db, updated)).toBe("GGD Groningen");
    expect(await db.organisation.count({ where: { wijkId } })).toBe(before);
  });

  it("refuses another person's name, and stores nothing", async () => {
    const { db, person } = demo();
    await expect(updateProfile(db, { person: await person("Peter"), displayName: "Joke", organisation: "Nieuwe club" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await person("Peter")).displayName).toBe("Peter");
  });

  it("refuses a reserved name", async () => {
    const { db, person } = demo();
    await expect(updateProfile(db, { person: await person("Peter"), displayName: "wijkbot" })).rejects.toMatchObject({ code: "INVALID" });
  });
});

describe("getOrganisationName", () => {
  it("is undefined for someone without an organisation", async () => {
    const { db, person } = demo();
    const peter = await db.person.update({ where: { id: (await person("Peter")).id }, data: { organisationId: null } });
    expect(await getOrganisationName(db, peter)).toBeUndefined();
  });
});
