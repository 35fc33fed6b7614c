import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { listPeople } from "../../src/services/list-people.ts";

const demo = useDemoWijk();

describe("listPeople (who's who)", () => {
  it("lists everyone in the wijk by name, with role, pillar and organisation", async () => {
    const { db, wijkId } = demo();
    const people = await listPeople(db, wijkId);
    expect(people.map((p) => p.displayName)).toEqual(["Ahmed", "Fatima", "Henk", "Ingrid", "Joke", "Lisa", "Marieke", "Peter", "Sanne", "Youssef"]);
    expect(people.find((p) => p.displayName === "Fatima")).toMatchObject({ role: "kartrekker", pillarName: "Gezond", organisation: "GGD Groningen" });
    expect(people.find((p) => p.displayName === "Marieke")).toMatchObject({ role: "coordinator", pillarName: null, organisation: "Gemeente Groningen" });
  });

  it("shows only the open actions someone owns", async () => {
    const { db, wijkId } = demo();
    const joke = (await listPeople(db, wijkId)).find((p) => p.displayName === "Joke")!;
    // Joke owns "Gezonde School vignet" (klaar) and "Verhoogde betrokkenheid CB en GGD" (gepland).
    expect(joke.openActions.map((a) => a.title)).toEqual(["Verhoogde betrokkenheid CB en GGD"]);
  });

  it("leaves out people who left", async () => {
    const { db, wijkId, person, now } = demo();
    await db.person.update({ where: { id: (await person("Peter")).id }, data: { leftAt: now } });
    const names = (await listPeople(db, wijkId)).map((p) => p.displayName);
    expect(names).not.toContain("Peter");
    expect(names).toHaveLength(9);
  });
});
