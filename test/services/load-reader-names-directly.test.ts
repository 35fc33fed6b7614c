import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { sqlOf } from "../../src/db/sql.ts";
import type { Db } from "../../src/db.ts";
import { createWijk } from "../../src/services/create-wijk.ts";
import { loadReaderNamesDirectly } from "../../src/services/load-reader-names-directly.ts";

const demo = useDemoWijk();

/** The Prisma read the understanding step made before (and still makes without a driver). */
const prismaNames = (db: Db, wijkId: string) =>
  db.wijk.findUniqueOrThrow({
    where: { id: wijkId },
    select: {
      actionNamesVersion: true,
      people: { where: { leftAt: null, erasedAt: null }, select: { displayName: true } },
      pillars: { select: { name: true } },
      organisations: { select: { name: true } },
    },
  });

describe("loadReaderNamesDirectly (the names the free-text reader looks for)", () => {
  it("reads the wijk's people, pillars, organisations and action-name version as Prisma does, in the same order", async () => {
    const { db, wijkId } = demo();
    const names = await loadReaderNamesDirectly(sqlOf(db)!, wijkId);
    expect(names).toEqual(await prismaNames(db, wijkId));
    expect(names!.people.map((p) => p.displayName)).toContain("Marieke");
    expect(names!.pillars.map((p) => p.name)).toContain("Gezond");
    expect(names!.organisations.map((o) => o.name)).toContain("GGD Groningen");
  });

  it("leaves out people who left and people who were erased", async () => {
    const { db, wijkId, person, now } = demo();
    await db.person.update({ where: { id: (await person("Peter")).id }, data: { leftAt: now } });
    await db.person.update({ where: { id: (await person("Joke")).id }, data: { erasedAt: now } });
    const names = await loadReaderNamesDirectly(sqlOf(db)!, wijkId);
    expect(names!.people.map((p) => p.displayName)).not.toContain("Peter");
    expect(names!.people.map((p) => p.displayName)).not.toContain("Joke");
    expect(names!.people).toHaveLength(8);
    expect(names).toEqual(await prismaNames(db, wijkId));
  });

  it("reads one wijk only, sees a new action-name version at once, and gives null for a wijk that does not exist", async () => {
    const { db, wijkId } = demo();
    const { wijk: other } = await createWijk(db, { name: "Paddepoel", pillars: [{ name: "Veilig" }] });
    await db.person.create({ data: { wijkId: other.id, displayName: "Bram" } });
    const sql = sqlOf(db)!;
    expect(await loadReaderNamesDirectly(sql, other.id)).toEqual({ actionNamesVersion: other.actionNamesVersion, people: [{ displayName: "Bram" }], pillars: [{ name: "Veilig" }], organisations: [] });
    expect((await loadReaderNamesDirectly(sql, wijkId))!.people.map((p) => p.displayName)).not.toContain("Bram");
    await db.wijk.update({ where: { id: wijkId }, data: { actionNamesVersion: "v2" } });
    expect((await loadReaderNamesDirectly(sql, wijkId))!.actionNamesVersion).toBe("v2");
    expect(await loadReaderNamesDirectly(sql, "no-such-wijk")).toBeNull();
  });
});
