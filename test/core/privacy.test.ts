import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Writable } from "node:stream";
import pino from "pino";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
let logLines: string[];
beforeEach(async () => {
  logLines = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  h = await createHarness({ logger: pino({ level: "trace" }, sink) });
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

describe("/vergeetmij: erasure after confirmation", () => {
  it("keeps the actions, shows the owner as oud-lid and forgets the identity", async () => {
    expect((await h.say("Fatima", "/vergeetmij"))[0]).toContain("Weet je het zeker, Fatima?");
    expect(await h.db.person.count({ where: { displayName: "Fatima" } })).toBe(1);
    expect((await h.say("Fatima", "ja"))[0]).toContain("Je gegevens zijn gewist");
    expect(await h.db.identity.count({ where: { externalId: "fatima" } })).toBe(0);
    expect((await h.say("Marieke", "/actie info watertappunt"))[0]).toContain("Eigenaar: oud-lid");
    expect((await h.say("Marieke", "/wie"))[0]).not.toContain("Fatima");
  });

  it("'nee' keeps everything", async () => {
    await h.say("Fatima", "/vergeetmij");
    await h.say("Fatima", "nee");
    expect(await h.db.person.count({ where: { displayName: "Fatima", erasedAt: null } })).toBe(1);
  });
});

describe("logs hold no personal data", () => {
  it("no message texts, names or platform ids in any log line, also when something fails", async () => {
    await h.say("Fatima", "/actie update watertappunt geheim-bericht-0612345678");
    await h.say("Fatima", "/actie klaar watertappunt");
    await h.say("Fatima", "/pizza 0612345678");
    await h.say("Piet", "/overzicht", { chat: "buurtapp" });
    // Force an unexpected failure: the database goes away mid-conversation.
    await h.db.$disconnect();
    await h.say("Fatima", "/actie bezig watertappunt met 0612345678").catch(() => undefined);
    const all = logLines.join("\n");
    for (const secret of ["geheim-bericht", "0612345678", "Fatima", "fatima", "Piet", "watertappunt", "buurtapp"]) {
      expect(all).not.toContain(secret);
    }
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
