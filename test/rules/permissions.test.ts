import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { canChangeAction } from "../../src/rules/permissions.ts";
import { dutch, localize } from "../../src/i18n/index.ts";
import { toInstant } from "../../src/time/amsterdam.ts";

const demo = useDemoWijk();
const at = (month: number, day: number, hour = 9) => toInstant({ year: 2026, month, day }, hour, 0);

/** Whether `name` may change the action with `shortName`, and the refusal in Dutch. */
async function mayChange(name: string, shortName: string, when?: Date): Promise<true | string> {
  const { db, person, action } = demo();
  const result = await canChangeAction(db, { person: await person(name), actionId: (await action(shortName)).id, at: when });
  return result.allowed ? true : localize(dutch, result.reason);
}

/** `name` is away from 9 up to and including 20 February, with an optional stand-in. */
async function away(name: string, standIn?: string) {
  const { db, wijkId, person } = demo();
  await db.absence.create({
    data: { wijkId, personId: (await person(name)).id, standInId: standIn ? (await person(standIn)).id : null, startsAt: at(2, 9, 0), lastDay: toInstant({ year: 2026, month: 2, day: 20 }) },
  });
}

describe("canChangeAction", () => {
  it("lets an owner change their action", async () => {
    expect(await mayChange("Fatima", "watertappunt")).toBe(true);
    expect(await mayChange("Lisa", "wijkplan jonge kind")).toBe(true);
  });

  it("lets the aanjager of the action's pillar change it, but not the aanjager of another pillar", async () => {
    expect(await mayChange("Joke", "watertappunt")).toBe(true);
    expect(await mayChange("Youssef", "watertappunt")).not.toBe(true);
  });

  it("does not make a kartrekker of the same pillar an aanjager", async () => {
    expect(await mayChange("Peter", "wijkplan jonge kind")).not.toBe(true);
  });

  it("lets the coördinator change any action of the wijk", async () => {
    expect(await mayChange("Marieke", "watertappunt")).toBe(true);
    expect(await mayChange("Marieke", "kindteams")).toBe(true);
  });

  it("refuses everyone else, naming the owners, the pillar's aanjager and the title", async () => {
    expect(await mayChange("Henk", "watertappunt")).toBe('Alleen Fatima (eigenaar), de aanjager van Gezond of de coördinator kan "Watertappunt in de wijk" wijzigen.');
    // The owners are read without an order, so either may come first.
    expect(await mayChange("Ahmed", "wijkplan jonge kind")).toMatch(
      /^Alleen (Sanne en Lisa|Lisa en Sanne) \(eigenaar\), de aanjager van Kansrijk of de coördinator kan "Integraal pedagogisch wijkplan jonge kind" wijzigen\.$/,
    );
  });

  it("leaves the pillar out of the refusal when the action has none", async () => {
    const { db, action } = demo();
    await db.action.update({ where: { id: (await action("watertappunt")).id }, data: { pillarId: null } });
    expect(await mayChange("Joke", "watertappunt")).toBe('Alleen Fatima (eigenaar) of de coördinator kan "Watertappunt in de wijk" wijzigen.');
  });

  it("lets anyone in the wijk change an action without owners", async () => {
    const { db, action } = demo();
    await db.actionOwner.deleteMany({ where: { actionId: (await action("watertappunt")).id } });
    expect(await mayChange("Henk", "watertappunt")).toBe(true);
  });

  it("refuses a person of another wijk, even the coördinator", async () => {
    const { db, person, action } = demo();
    const outsider = { ...(await person("Marieke")), wijkId: "another-wijk" };
    const result = await canChangeAction(db, { person: outsider, actionId: (await action("watertappunt")).id });
    expect(result).toEqual({ allowed: false, reason: { key: "action.otherWijk" } });
  });

  it("lets the stand-in of an away owner change the action while the owner is away", async () => {
    await away("Fatima", "Henk");
    expect(await mayChange("Henk", "watertappunt", at(2, 12))).toBe(true);
  });

  it("does not let the stand-in change it before or after the absence, or when no moment is given", async () => {
    await away("Fatima", "Henk");
    expect(await mayChange("Henk", "watertappunt", at(2, 8))).not.toBe(true);
    expect(await mayChange("Henk", "watertappunt", at(2, 21))).not.toBe(true);
    expect(await mayChange("Henk", "watertappunt")).not.toBe(true);
  });

  it("does not let a stand-in change the actions of someone they are not standing in for", async () => {
    await away("Joke", "Henk");
    expect(await mayChange("Henk", "watertappunt", at(2, 12))).not.toBe(true);
  });

  it("takes an action already loaded by the caller as it is, without reading it again", async () => {
    const { db, person, action } = demo();
    const water = await action("watertappunt");
    const loaded = { action: water, people: { pillarName: null, owners: [] } };
    expect(await canChangeAction(db, { person: await person("Henk"), actionId: water.id, loaded })).toEqual({ allowed: true });
  });
});
