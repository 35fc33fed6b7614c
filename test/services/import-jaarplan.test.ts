import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { importJaarplan } from "../../src/services/import-jaarplan.ts";
import { readCsv } from "../../src/parse/jaarplan-file.ts";

const demo = useDemoWijk();
const HEADER = "Pijler;Doel;Activiteit;Eigenaar;Partners;Resultaat;Status;Beoogd;Bereikt;Deadline;Begroot;Besteed;Doelgroep";

/** Imports a jaarplan given as semicolon-separated lines under the projectenboek's header. */
async function importLines(lines: string[]) {
  const { db, wijkId, now } = demo();
  return importJaarplan(db, { wijkId, sheet: readCsv([HEADER, ...lines].join("\n")), now });
}

async function imported(title: string) {
  const { db, wijkId } = demo();
  return db.action.findFirstOrThrow({
    where: { wijkId, title },
    include: { owners: { include: { person: true } }, partners: { include: { organisation: true } }, pillar: true, goal: true, notes: true },
  });
}

describe("importJaarplan", () => {
  it("creates an action for each row with its pillar, owners, partners, numbers and result as a progress note", async () => {
    const { now } = demo();
    const result = await importLines(["Gezond;;Fietsles;Joke en Fatima;GGD Groningen;Eerste les gegeven;bezig;300;120;15-03-2026;2500;400;4-12"]);
    expect(result.actions.map((a) => a.title)).toEqual(["Fietsles"]);
    const action = await imported("Fietsles");
    expect(action).toMatchObject({ status: "bezig", ageGroup: "4-12", reachIntended: 300, reachReached: 120, budgetPlannedCents: 250000, budgetSpentCents: 40000, startDate: now, createdAt: now });
    expect(action.pillar?.name).toBe("Gezond");
    expect(action.owners.map((o) => o.person.displayName).sort()).toEqual(["Fatima", "Joke"]);
    expect(action.partners.map((p) => p.organisation.name)).toEqual(["GGD Groningen"]);
    expect(action.notes.map((n) => n.text)).toEqual(["Eerste les gegeven"]);
  });

  it("gives a planned action no start date", async () => {
    await importLines([";;Buurtfeest;;;;gepland;;;;;;"]);
    expect((await imported("Buurtfeest")).startDate).toBeNull();
  });

  it("adds owners the wijk does not know as new people, once for all their rows", async () => {
    const { db, wijkId } = demo();
    await importLines([";;Buurtfeest;Kees;;;;;;;;;", ";;Straatfeest;kees en Joke;;;;;;;;;"]);
    const kees = await db.person.findMany({ where: { wijkId, displayName: { in: ["Kees", "kees"] } } });
    expect(kees).toHaveLength(1);
    expect(kees[0].role).toBe("kartrekker");
    expect((await imported("Straatfeest")).owners.map((o) => o.personId)).toContain(kees[0].id);
  });

  it("finds or makes the goal under its pillar, once for all its rows", async () => {
    const { db, wijkId } = demo();
    await importLines(["Gezond;Meer bewegen;Fietsles;;;;;;;;;;", "Gezond;meer bewegen;Zwemles;;;;;;;;;;"]);
    const [fiets, zwem] = [await imported("Fietsles"), await imported("Zwemles")];
    expect(fiets.goal?.title).toBe("Meer bewegen");
    expect(zwem.goalId).toBe(fiets.goalId);
    expect(await db.goal.count({ where: { wijkId, title: "Meer bewegen" } })).toBe(1);
  });

  it("records a 'created' history for every action, as if typed by nobody on the import platform", async () => {
    const { db } = demo();
    await importLines([";;Buurtfeest;;;;;;;;;;", ";;Straatfeest;;;;;;;;;;"]);
    const created = await db.historyEntry.findMany({ where: { field: "created", actionId: { in: [(await imported("Buurtfeest")).id, (await imported("Straatfeest")).id] } } });
    expect(created).toHaveLength(2);
    expect(created.every((h) => h.personId === null && h.platform === "import")).toBe(true);
  });

  it("writes nothing at all when one row is refused", async () => {
    const { db, wijkId } = demo();
    const [actions, people] = [await db.action.count({ where: { wijkId } }), await db.person.count({ where: { wijkId } })];
    await expect(importLines([";;Buurtfeest;Kees;;;;;;;;;", "Sport;;Voetbal;;;;;;;;;;"])).rejects.toMatchObject({
      code: "INVALID",
      text: { key: "cli.import.refusedRows", vars: { count: 1 } },
    });
    expect(await db.action.count({ where: { wijkId } })).toBe(actions);
    expect(await db.person.count({ where: { wijkId } })).toBe(people);
  });
});
