import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, snapshotCounts, type Harness } from "../helpers/harness.ts";
import { createWijk } from "../../src/services/create-wijk.ts";
import { createJoinCode } from "../../src/services/join-codes.ts";

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

describe("chats not bound to a wijk", () => {
  it("get one short reply explaining /koppel and nothing is stored", async () => {
    const before = await snapshotCounts(h.db);
    expect(await h.say("Piet", "/actie nieuw Iets moois", { chat: "buurtapp" })).toEqual([
      "Dit gesprek is nog niet gekoppeld aan een wijk. Vraag de coördinator om een code en typ dan: /koppel <code>",
    ]);
    expect(await h.say("Piet", "hallo allemaal", { chat: "buurtapp" })).toEqual([]);
    expect(await snapshotCounts(h.db)).toEqual(before);
  });

  it("a stranger's DM is told how to start, and nothing is stored", async () => {
    const before = await snapshotCounts(h.db);
    expect((await h.say("Onbekende", "/acties", { chat: "dm" }))[0]).toContain("Ik ken je nog niet.");
    expect(await snapshotCounts(h.db)).toEqual(before);
  });

  it("/koppel <code> binds the chat; the code works once", async () => {
    const code = await createJoinCode(h.db, { wijkId: h.wijkId, kind: "stuurgroep", now: h.clock.now() });
    expect((await h.say("Henk", `/koppel ${code.code.toLowerCase()}`, { chat: "bestuur" }))[0]).toContain("🔗 Dit gesprek is gekoppeld aan Lewenborg XL (de stuurgroep).");
    expect((await h.say("Henk", "/overzicht", { chat: "bestuur" }))[0]).toContain("*Overzicht Lewenborg XL*");
    expect((await h.say("Piet", `/koppel ${code.code}`, { chat: "andere-groep" }))[0]).toBe("Die code is al gebruikt. Vraag de coördinator om een nieuwe code.");
  });

  it("an expired or unknown code is refused", async () => {
    const code = await createJoinCode(h.db, { wijkId: h.wijkId, kind: "kartrekkers", now: h.clock.now() });
    h.clock.advance(8 * 24 * 3600 * 1000);
    expect((await h.say("Piet", `/koppel ${code.code}`, { chat: "nieuw" }))[0]).toContain("verlopen");
    expect((await h.say("Piet", "/koppel ABCDEFGH", { chat: "nieuw" }))[0]).toContain("Die code ken ik niet");
  });

  it("the first person to bind a wijk without coördinator becomes its coördinator", async () => {
    const { wijk } = await createWijk(h.db, { name: "Paddepoel", pillars: [{ name: "Inclusie" }] });
    const code = await createJoinCode(h.db, { wijkId: wijk.id, kind: "kartrekkers", now: h.clock.now() });
    const [reply] = await h.say("Anouk", `/koppel ${code.code}`, { chat: "paddepoel" });
    expect(reply).toContain("Anouk, jij bent nu de coördinator van Paddepoel.");
  });
});
