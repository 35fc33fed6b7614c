import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { findOwnersWithOpenActions } from "../../src/services/find-owners-with-open-actions.ts";

const demo = useDemoWijk();

const byName = async (year?: number) => {
  const { db, wijkId } = demo();
  const owners = await findOwnersWithOpenActions(db, { wijkId, year });
  return Object.fromEntries([...owners.values()].map((o) => [o.person.displayName, o.actions.map((a) => a.shortName)]));
};

describe("findOwnersWithOpenActions", () => {
  it("gives each owner of planned or running actions with those actions, soonest deadline first", async () => {
    expect(await byName()).toEqual({
      Fatima: ["watertappunt"],
      Youssef: ["wijkwebsite", "ouderbetrokkenheid"],
      Ahmed: ["2e schil", "ouderbetrokkenheid"],
      Peter: ["financiële educatie"],
      Sanne: ["wijkplan jonge kind"],
      Lisa: ["wijkplan jonge kind"],
      Joke: ["betrokkenheid cb"],
    });
  });

  it("leaves out owners who left (the action stays with its other owners)", async () => {
    const { db, person, now } = demo();
    await db.person.update({ where: { id: (await person("Lisa")).id }, data: { leftAt: now } });
    const owners = await byName();
    expect(owners.Lisa).toBeUndefined();
    expect(owners.Sanne).toEqual(["wijkplan jonge kind"]);
  });

  it("with a year: only actions of that plan year or without one", async () => {
    const { db, action } = demo();
    await db.action.update({ where: { id: (await action("watertappunt")).id }, data: { planYear: 2025 } });
    await db.action.update({ where: { id: (await action("2e schil")).id }, data: { planYear: null } });
    const owners = await byName(2026);
    expect(owners.Fatima).toBeUndefined();
    expect(owners.Ahmed).toEqual(["2e schil", "ouderbetrokkenheid"]);
  });
});
