import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.close());

describe("/mijngegevens: everything stored about you, by DM", () => {
  it("answers in the group that it goes by DM, and sends JSON to the person's private chat", async () => {
    await h.say("Fatima", "/ik", { chat: "dm" });
    await h.say("Fatima", "/actie update watertappunt flyers rondgebracht");
    await h.say("Fatima", "/ik Fatima El Amrani, GGD Groningen");
    const out = await h.send("Fatima", "/mijngegevens");
    expect(out[0].text).toBe("🔒 Ik stuur je gegevens in een privébericht.");
    expect(out[1].chatId).toBe("dm:fatima");
    const data = JSON.parse(out[1].text.slice(out[1].text.indexOf("{")));
    expect(data).toMatchObject({ wijk: "Lewenborg XL", naam: "Fatima El Amrani", organisatie: "GGD Groningen", rol: "kartrekker" });
    expect(data.eigenaarVan).toEqual([{ actie: "Watertappunt in de wijk", status: "bezig" }]);
    expect(data.voortgangsnotities.map((n: { tekst: string }) => n.tekst)).toContain("flyers rondgebracht");
    expect(data.platformIdentiteiten).toEqual([{ platform: "console", externalId: "fatima" }]);
  });

  it("dates the private chat by the bot's clock, not the machine's (it began with the first direct message)", async () => {
    const began = h.clock.now().toISOString();
    await h.say("Fatima", "/ik", { chat: "dm" });
    const out = await h.send("Fatima", "/mijngegevens", { chat: "dm" });
    const data = JSON.parse(out[0].text.slice(out[0].text.indexOf("{")));
    expect(data.privegesprekken).toEqual([{ platform: "console", kind: "direct", createdAt: began }]);
  });

  it("never posts the data in a group: without a private chat it asks for one", async () => {
    const out = await h.send("Fatima", "/mijngegevens");
    expect(out.map((m) => [m.chatId, m.text])).toEqual([
      ["kartrekkers", "🔒 Je gegevens stuur ik alleen privé. Stuur mij eerst een privébericht (bijvoorbeeld /ik) en typ daar /mijngegevens."],
    ]);
  });

  it("goes to the DM chat when there is one", async () => {
    await h.say("Fatima", "/acties mijn", { chat: "dm" });
    const out = await h.send("Fatima", "/mijngegevens");
    expect(out[1].chatId).toBe("dm:fatima");
  });
});

describe("/mijngegevens covers every wijk the person is known in", () => {
  it("includes the records of the same platform identity in another wijk", async () => {
    const { createWijk } = await import("../../src/services/create-wijk.ts");
    const { wijk } = await createWijk(h.db, { name: "Selwerd", pillars: [{ name: "Inclusie" }] });
    await h.db.chat.create({ data: { wijkId: wijk.id, platform: "console", externalId: "selwerd", kind: "kartrekkers" } });
    await h.say("Fatima", "/actie nieuw Taalcafé voor ouders", { chat: "selwerd" });
    const out = await h.send("Fatima", "/mijngegevens", { chat: "dm" });
    const data = JSON.parse(out[0].text.slice(out[0].text.indexOf("{")));
    expect(data.wijk).toBe("Lewenborg XL");
    expect(data.andereWijken.map((w: { wijk: string }) => w.wijk)).toEqual(["Selwerd"]);
    expect(data.andereWijken[0].eigenaarVan).toEqual([{ actie: "Taalcafé voor ouders", status: "gepland" }]);
  });
});
