import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { findOrphanedActions } from "../../src/services/find-orphaned-actions.ts";
import { markPersonLeft } from "../../src/services/mark-person-left.ts";

const demo = useDemoWijk();

async function leaves(name: string) {
  const { db, person, now } = demo();
  return markPersonLeft(db, { personId: (await person(name)).id, at: now });
}
const orphans = async (formerOwner?: string) =>
  (await findOrphanedActions(demo().db, { wijkId: demo().wijkId, formerOwnerId: formerOwner ? (await demo().person(formerOwner)).id : undefined })).map((a) => a.title);

describe("markPersonLeft", () => {
  it("marks the person left and stops their weekoverzicht; a second time says so", async () => {
    const { person, now } = demo();
    expect(await leaves("Marieke")).toEqual({ alreadyLeft: false });
    expect(await person("Marieke")).toMatchObject({ leftAt: now, digestSubscribed: false });
    expect(await leaves("Marieke")).toEqual({ alreadyLeft: true });
  });
});

describe("findOrphanedActions", () => {
  it("is empty while every open action has an owner still here", async () => {
    expect(await orphans()).toEqual([]);
  });

  it("lists the open and parked actions whose every owner left, not the finished ones", async () => {
    await leaves("Sanne");
    // Sanne owns the wijkplan with Lisa (still here), kindteams alone (geparkeerd).
    expect(await orphans()).toEqual(["Kindteams (KIEM) ook voorschools"]);
    await leaves("Lisa");
    // Lisa's "waarom achter de cijfers" is klaar: not orphaned.
    // (Sorted here: where an action without a deadline lands differs between SQLite and PostgreSQL.)
    expect((await orphans()).sort()).toEqual(["Integraal pedagogisch wijkplan jonge kind", "Kindteams (KIEM) ook voorschools"]);
  });

  it("can be limited to what one former owner had", async () => {
    await leaves("Sanne");
    await leaves("Peter");
    expect(await orphans("Peter")).toEqual(["Financiële educatie in projectplan Campus 2025"]);
  });
});
