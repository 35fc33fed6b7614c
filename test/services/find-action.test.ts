import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { findAction, MAX_CHOICES } from "../../src/services/find-action.ts";
import { createAction } from "../../src/services/create-action.ts";
import { ActionIndexCache } from "../../src/action-names/action-index.ts";
import { NeedsChoice } from "../../src/core/errors.ts";
import { dutch, localize } from "../../src/i18n/index.ts";

const demo = useDemoWijk();
const rerun = { text: "/actie klaar" };

/** Looks up `query` in the demo wijk as `name` would (or as nobody in particular). */
async function find(query: string, name?: string, pickActionId?: string) {
  const { db, wijkId, person } = demo();
  const asker = name ? await person(name) : null;
  return findAction(db, { wijkId, indexes: new ActionIndexCache(), query, rerun, pickActionId, person: asker });
}

/** A new action of the demo wijk, with the given owners. */
async function add(title: string, status: string, owners: string[] = [], pillar?: string) {
  const { db, wijkId, person, now, pillarId } = demo();
  const ownerIds = await Promise.all(owners.map(async (n) => (await person(n)).id));
  const meta = { wijkId, personId: (await person("Marieke")).id, batchId: `add-${title}`, at: now, platform: "console", chatId: "kartrekkers", messageId: "m1" };
  return createAction(db, meta, { title, status, ownerIds, pillarId: pillar ? await pillarId(pillar) : undefined });
}

async function choiceFor(query: string, name?: string): Promise<NeedsChoice> {
  const error = await find(query, name).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(NeedsChoice);
  return error as NeedsChoice;
}

describe("findAction", () => {
  it("finds an action by its full title, with its pillar's name and owners", async () => {
    const found = await find("Watertappunt in de wijk");
    expect(found.action.shortName).toBe("watertappunt");
    expect(found.people).toEqual({ pillarName: "Gezond", owners: [{ personId: (await demo().person("Fatima")).id, displayName: "Fatima" }] });
    expect(found.alternatives).toEqual([]);
  });

  it("finds an action by its short name, ignoring case and accents", async () => {
    expect((await find("WIJKWEBSITE")).action.title).toBe("Eén wijkwebsite");
    expect((await find("een wijkwebsite")).action.shortName).toBe("wijkwebsite");
  });

  it("finds an action by a forgiving part of its name", async () => {
    expect((await find("watertapunt")).action.shortName).toBe("watertappunt");
  });

  it("prefers an open action over a finished one that fits about as well", async () => {
    const open = await add("Waarom de cijfers dalen", "bezig");
    expect((await find("waarom cijfers dalen")).action.id).toBe(open.id);
    expect((await find("cijfers")).action.id).toBe(open.id);
  });

  it("asks which one is meant when two open actions fit equally, listing both with their pillar if they have one", async () => {
    await add("Speeltuin Noord", "gepland", [], "Gezond");
    await add("Speeltuin Zuid", "gepland");
    const choice = await choiceFor("speeltuin");
    expect(localize(dutch, choice.question)).toBe('Welke actie bedoel je met "speeltuin"?');
    expect(choice.options.map((o) => o.label).sort()).toEqual(["Speeltuin Noord (Gezond)", "Speeltuin Zuid"]);
    expect(choice.options.map((o) => o.answer)).toEqual(["1", "2"]);
  });

  it("lets each option re-run the same command with the chosen action", async () => {
    await add("Speeltuin Noord", "gepland");
    const zuid = await add("Speeltuin Zuid", "gepland");
    const choice = await choiceFor("speeltuin");
    const option = choice.options.find((o) => o.label === "Speeltuin Zuid")!;
    expect(option.rerun).toEqual({ text: "/actie klaar", pickActionId: zuid.id });
    expect((await find("speeltuin", undefined, option.rerun.pickActionId)).action.id).toBe(zuid.id);
  });

  it("chooses the asker's own action when two fit equally", async () => {
    await add("Speeltuin Noord", "gepland", ["Fatima"]);
    const zuid = await add("Speeltuin Zuid", "gepland", ["Peter"]);
    expect((await find("speeltuin", "Peter")).action.id).toBe(zuid.id);
  });

  it(`lists at most ${MAX_CHOICES} actions, saying how many fit`, async () => {
    for (let i = 1; i <= MAX_CHOICES + 2; i++) await add(`Buurtfeest ${i}`, "gepland");
    const choice = await choiceFor("buurtfeest");
    expect(choice.options).toHaveLength(MAX_CHOICES);
    expect(localize(dutch, choice.question)).toBe(`Welke actie bedoel je met "buurtfeest"? (de eerste ${MAX_CHOICES} van ${MAX_CHOICES + 2})`);
  });

  it("says no action fits a name like nothing in the wijk", async () => {
    await expect(find("zwembad")).rejects.toMatchObject({ code: "NOT_FOUND", text: { key: "action.notFound", vars: { query: "zwembad" } } });
  });

  it("asks for a name when none is given", async () => {
    await expect(find("   ")).rejects.toMatchObject({ code: "INVALID", text: { key: "action.which" } });
  });

  it("does not find a removed action", async () => {
    const { db, action } = demo();
    await db.action.update({ where: { id: (await action("watertappunt")).id }, data: { deletedAt: new Date() } });
    await expect(find("watertappunt")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
