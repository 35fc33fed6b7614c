import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, snapshotCounts, type Harness } from "../helpers/harness.ts";
import { createWijk } from "../../src/services/create-wijk.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  // A second wijk with its own group and an action of the same name.
  const { wijk } = await createWijk(h.db, { name: "Selwerd", pillars: [{ name: "Gezondheid" }] });
  await h.db.chat.create({ data: { wijkId: wijk.id, platform: "console", externalId: "selwerd", kind: "kartrekkers" } });
  await h.say("Bram", "/actie nieuw Watertappunt Selwerd pijler gezondheid", { chat: "selwerd" });
});
afterEach(async () => h.close());

describe("who may change an action", () => {
  it("the owner may", async () => {
    expect((await h.say("Fatima", "/actie klaar watertappunt"))[0]).toContain("staat op klaar");
  });
  it("the aanjager of its pillar may", async () => {
    expect((await h.say("Joke", "/actie klaar watertappunt"))[0]).toContain("staat op klaar");
  });
  it("the coördinator may", async () => {
    expect((await h.say("Marieke", "/actie klaar watertappunt"))[0]).toContain("staat op klaar");
  });
  it.each(["Sanne", "Ahmed", "Henk"])("%s (neither owner, nor aanjager of Gezond, nor coördinator) may not, and nothing changes", async (name) => {
    const before = await snapshotCounts(h.db);
    expect(await h.say(name, "/actie klaar watertappunt")).toEqual([
      'Alleen Fatima (eigenaar), de aanjager van Gezond of de coördinator kan "Watertappunt in de wijk" wijzigen.',
    ]);
    const after = await snapshotCounts(h.db);
    expect({ ...after, people: before.people, identities: before.identities }).toEqual(before);
    expect((await h.db.action.findFirstOrThrow({ where: { title: "Watertappunt in de wijk" } })).status).toBe("bezig");
  });
  it("a newcomer is registered as kartrekker and may create actions but not change others'", async () => {
    expect((await h.say("Kees", "/actie nieuw Buurtvoetbal"))[0]).toContain("Eigenaar: Kees");
    expect((await h.say("Kees", "/actie stop watertappunt"))[0]).toContain("Alleen Fatima");
    expect(await h.db.person.findFirstOrThrow({ where: { displayName: "Kees" } })).toMatchObject({ role: "kartrekker" });
  });
});

describe("people only ever see their own wijk", () => {
  it("names resolve within the sender's wijk only", async () => {
    const [reply] = await h.say("Bram", "/actie info watertappunt", { chat: "selwerd" });
    expect(reply).toContain("*Watertappunt Selwerd*");
    expect(reply).not.toContain("Watertappunt in de wijk");
  });
  it("lists, overview and who's who never show another wijk", async () => {
    for (const text of ["/acties", "/overzicht", "/wie", "/acties mijn", "/acties te laat"]) {
      const replies = (await h.say("Bram", text, { chat: "selwerd" })).join("\n");
      expect(replies).not.toMatch(/Lewenborg|Fatima|Marieke|Kansrijk|Watertappunt in de wijk/);
      const ours = (await h.say("Marieke", text)).join("\n");
      expect(ours).not.toMatch(/Selwerd|Bram/);
    }
  });
  it("a person of another wijk cannot be made owner", async () => {
    expect((await h.say("Marieke", "/actie eigenaar watertappunt @Bram"))[0]).toContain('Ik ken niemand die "Bram" heet');
  });
  it("a DM is answered in the wijk the sender belongs to", async () => {
    const [reply] = await h.say("Bram", "/acties mijn", { chat: "dm" });
    expect(reply).toContain("Watertappunt Selwerd");
  });
});
