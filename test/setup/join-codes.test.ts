import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { createJoinCode, JOIN_CODE_VALID_DAYS } from "../../src/services/create-join-code.ts";
import { createWijkFromTemplate } from "../../src/services/create-wijk-from-template.ts";

let h: Harness;
let wijkId: string;
beforeEach(async () => {
  h = await createHarness();
  wijkId = (await h.db.$transaction((tx) => createWijkFromTemplate(tx, { name: "SPT", template: "spt" }))).wijk.id;
});
afterEach(async () => h.close());

async function newCode(kind: "kartrekkers" | "stuurgroep" = "kartrekkers") {
  return (await createJoinCode(h.db, { wijkId, kind, now: h.clock.now() })).code;
}

describe("join codes (wijkbot code <wijk> kartrekkers|stuurgroep, then /koppel <code>)", () => {
  it("binds a group; the first to bind becomes coördinator when the wijk has none", async () => {
    const code = await newCode();
    expect(await h.say("Anouk", `/koppel ${code}`, { chat: "spt-kartrekkers" })).toEqual([
      "🔗 Dit gesprek is gekoppeld aan SPT (de kartrekkers).\nAnouk, jij bent nu de coördinator van SPT.\nBegin met /help of /overzicht.",
    ]);
    const anouk = await h.db.person.findFirstOrThrow({ where: { wijkId, displayName: "Anouk" } });
    expect(anouk.role).toBe("coordinator");
  });

  it("makes nobody coördinator when the wijk already has one", async () => {
    await h.say("Anouk", `/koppel ${await newCode()}`, { chat: "spt-kartrekkers" });
    expect(await h.say("Bert", `/koppel ${await newCode("stuurgroep")}`, { chat: "spt-stuurgroep" })).toEqual([
      "🔗 Dit gesprek is gekoppeld aan SPT (de stuurgroep).\nBegin met /help of /overzicht.",
    ]);
    expect((await h.db.person.findFirstOrThrow({ where: { wijkId, displayName: "Bert" } })).role).toBe("kartrekker");
  });

  it("works only once", async () => {
    const code = await newCode();
    await h.say("Anouk", `/koppel ${code}`, { chat: "spt-kartrekkers" });
    expect(await h.say("Bert", `/koppel ${code}`, { chat: "andere-groep" })).toEqual(["Die code is al gebruikt. Vraag de coördinator om een nieuwe code."]);
    expect(await h.db.chat.count({ where: { externalId: "andere-groep" } })).toBe(0);
  });

  it("still works on the seventh day and has expired after it", async () => {
    const early = await newCode();
    const late = await newCode();
    h.clock.advance(JOIN_CODE_VALID_DAYS * 24 * 3600 * 1000 - 60_000);
    expect((await h.say("Anouk", `/koppel ${early}`, { chat: "spt-kartrekkers" }))[0]).toMatch(/^🔗 Dit gesprek is gekoppeld aan SPT/);
    h.clock.advance(2 * 60_000);
    expect(await h.say("Bert", `/koppel ${late}`, { chat: "spt-stuurgroep" })).toEqual([
      "Die code is verlopen (codes gelden 7 dagen). Vraag de coördinator om een nieuwe.",
    ]);
    expect(await h.db.chat.count({ where: { externalId: "spt-stuurgroep" } })).toBe(0);
    expect((await h.db.joinCode.findUniqueOrThrow({ where: { code: late } })).usedAt).toBeNull();
  });
});
