import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, snapshotCounts, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.close());

const person = (name: string) => h.db.person.findFirstOrThrow({ where: { displayName: name } });

describe("welcome", () => {
  it("registers someone new who writes anything in a bound group and welcomes them once", async () => {
    const first = await h.say("Noor", "Hoi allemaal!");
    expect(first).toHaveLength(1);
    expect(first[0]).toMatch(/^Welkom Noor! 👋/);
    expect(first[0]).toContain("/ik <naam>, <organisatie>");
    const noor = await person("Noor");
    expect(noor.role).toBe("kartrekker");
    expect(noor.welcomedAt?.toISOString()).toBe(h.clock.now().toISOString());
    expect(await h.say("Noor", "Nog een berichtje")).toEqual([]);
    expect(await h.say("Noor", "/wie Noor")).toHaveLength(1);
  });

  it("ignores chatter in groups that are not bound, and from people it knows", async () => {
    const before = await snapshotCounts(h.db);
    expect(await h.say("Noor", "Hoi!", { chat: "voetbalclub" })).toEqual([]);
    expect(await h.say("Fatima", "Goedemorgen")).toEqual([]);
    expect(await snapshotCounts(h.db)).toEqual(before);
  });
});
