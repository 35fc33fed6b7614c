import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, snapshotCounts, type Harness } from "../helpers/harness.ts";
import { consoleId } from "../../src/services/seed-demo-wijk.ts";
import { createDb } from "../../src/db.ts";
import { createApp } from "../../src/app.ts";
import { silentLogger } from "../../src/core/logger.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.close());

const onTelegram = { platform: "telegram", chat: "dm", isDirect: true } as const;

async function codeFor(name: string): Promise<string> {
  const [reply] = await h.say(name, "/ik koppel", { chat: "dm" });
  const code = reply.match(/\*(\d{6})\*/)?.[1];
  if (!code) throw new Error(`no code in: ${reply}`);
  return code;
}

async function telegramIdentityOf(senderName: string) {
  return h.db.identity.findFirst({ where: { platform: "telegram", externalId: consoleId(senderName) }, include: { person: true } });
}

describe("/ik koppel", () => {
  it("gives a one-time code in a DM that links an account on another platform to the same person", async () => {
    const code = await codeFor("Fatima");
    const [linked] = await h.say("Fatima Telegram", `/ik koppel ${code}`, onTelegram);
    expect(linked).toBe("🔗 Gekoppeld! Ik ken je hier nu ook als *Fatima* (Lewenborg XL). Typ /help om te beginnen.");
    expect((await telegramIdentityOf("Fatima Telegram"))?.person.displayName).toBe("Fatima");

    // From now on the Telegram DM acts as Fatima: she may close her own action there.
    expect(await h.say("Fatima Telegram", "/actie klaar watertappunt", onTelegram)).toEqual([
      "✅ Watertappunt in de wijk (Gezond) staat op klaar. Eigenaar: Fatima.",
    ]);
  });

  it("works once: a used code is refused", async () => {
    const code = await codeFor("Fatima");
    await h.say("Fatima Telegram", `/ik koppel ${code}`, onTelegram);
    const [reply] = await h.say("Iemand Anders", `/ik koppel ${code}`, onTelegram);
    expect(reply).toContain("Die koppelcode ken ik niet (of hij is al gebruikt)");
    expect(await telegramIdentityOf("Iemand Anders")).toBeNull();
  });

  it("expires after 15 minutes", async () => {
    const code = await codeFor("Fatima");
    h.clock.advance(16 * 60_000);
    const [reply] = await h.say("Fatima Telegram", `/ik koppel ${code}`, onTelegram);
    expect(reply).toContain("Die koppelcode is verlopen (codes gelden 15 minuten)");
    expect(await telegramIdentityOf("Fatima Telegram")).toBeNull();
  });

  it("is refused in a group, where others would see the code", async () => {
    const before = await snapshotCounts(h.db);
    const [reply] = await h.say("Fatima", "/ik koppel");
    expect(reply).toContain("Doe dit in een privégesprek met mij");
    expect(await h.db.identityLinkCode.count()).toBe(0);
    expect(await snapshotCounts(h.db)).toEqual(before);
  });

  it("tells someone the bot does not know yet how to get a code", async () => {
    const [reply] = await h.say("Nieuweling", "/ik koppel", onTelegram);
    expect(reply).toContain("Ik ken je hier nog niet");
    expect(await h.db.identityLinkCode.count()).toBe(0);
  });

  it("says what is wrong with a code that is not six digits", async () => {
    const [reply] = await h.say("Fatima Telegram", "/ik koppel abc", onTelegram);
    expect(reply).toContain("Een koppelcode bestaat uit 6 cijfers");
  });

  it("stops guessing after five wrong codes", async () => {
    const code = await codeFor("Fatima");
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < 5; i++) await h.say("Raadspeler", `/ik koppel ${wrong}`, onTelegram);
    const [reply] = await h.say("Raadspeler", `/ik koppel ${code}`, onTelegram);
    expect(reply).toContain("Te veel verkeerde codes");
    expect(await telegramIdentityOf("Raadspeler")).toBeNull();
  });

  it("counts wrong codes across processes: two on one database allow five guesses together, not five each", async () => {
    const code = await codeFor("Fatima");
    const wrong = code === "000000" ? "111111" : "000000";
    // A second process: its own database client and app on the same database.
    const otherDb = await createDb(h.url);
    try {
      const other = createApp({ db: otherDb, clock: h.clock, logger: silentLogger });
      const sayOn = (app: typeof other, text: string) => app.bot.handle(h.message("Raadspeler", text, onTelegram));
      for (let i = 0; i < 3; i++) await sayOn(h.app, `/ik koppel ${wrong}`);
      for (let i = 0; i < 2; i++) await sayOn(other, `/ik koppel ${wrong}`);
      expect(await h.db.identityLinkGuess.count()).toBe(5);
      const [reply] = await sayOn(other, `/ik koppel ${code}`);
      expect(reply.text).toContain("Te veel verkeerde codes");
      expect(await telegramIdentityOf("Raadspeler")).toBeNull();
    } finally {
      await otherDb.$disconnect();
    }
  });

  it("lets an account guess again once its wrong codes are older than a code's lifetime", async () => {
    for (let i = 0; i < 5; i++) await h.say("Raadspeler", "/ik koppel 000000", onTelegram);
    h.clock.advance(16 * 60_000);
    const [reply] = await h.say("Raadspeler", "/ik koppel 000000", onTelegram);
    expect(reply).toContain("Die koppelcode ken ik niet");
    // The old guesses are gone from the database: only the new one is kept.
    expect(await h.db.identityLinkGuess.count()).toBe(1);
  });

  it("does not move an account that already belongs to someone else in the wijk", async () => {
    const sanneCode = await codeFor("Sanne");
    await h.say("Gedeeld Toestel", `/ik koppel ${sanneCode}`, onTelegram);
    const fatimaCode = await codeFor("Fatima");
    const [reply] = await h.say("Gedeeld Toestel", `/ik koppel ${fatimaCode}`, onTelegram);
    expect(reply).toContain("hoort in deze wijk al bij iemand anders");
    expect((await telegramIdentityOf("Gedeeld Toestel"))?.person.displayName).toBe("Sanne");
  });
});
