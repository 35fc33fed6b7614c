import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, snapshotCounts, type Harness } from "../helpers/harness.ts";
import { createWijk } from "../../src/services/create-wijk.ts";
import { createJoinCode } from "../../src/services/create-join-code.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  // A second wijk with its own group and an action of the same name.
  const { wijk } = await createWijk(h.db, { name: "Selwerd", pillars: [{ name: "Gezondheid" }] });
  await h.db.chat.create({ data: { wijkId: wijk.id, platform: "console", externalId: "selwerd", kind: "kartrekkers" } });
  await h.say("Bram", "/actie nieuw Watertappunt Selwerd pijler gezondheid", { chat: "selwerd" });
});
afterEach(async () => h.close());

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
