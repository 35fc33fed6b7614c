import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, snapshotCounts, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.close());

describe("messages without a slash", () => {
  it("are ignored unless they mention the bot", async () => {
    expect(await h.say("Fatima", "watertappunt is klaar")).toEqual([]);
    expect(await h.say("Fatima", "3")).toEqual([]);
  });

  it("are understood where unambiguous when the bot is @mentioned", async () => {
    expect(await h.say("Fatima", "@wijkbot watertappunt is klaar")).toEqual(["✅ Watertappunt in de wijk (Gezond) staat op klaar. Eigenaar: Fatima."]);
    expect(await h.say("Youssef", "@wijkbot wijkwebsite is gestart")).toEqual(["🔧 Eén wijkwebsite (Vreedzaam) staat op bezig. Eigenaar: Youssef."]);
    expect((await h.say("Fatima", "@wijkbot acties mijn"))[0]).toContain("Jouw open acties");
  });

  it("get one precise question otherwise", async () => {
    // (Fatima's own open actions are offered by number; a name typed works as well.)
    const [which] = await h.say("Fatima", "@wijkbot is klaar");
    expect(which).toMatch(/^Welke actie bedoel je\? Antwoord met het nummer, of typ de naam \(of een deel ervan\)\.\n1\. /);
    expect(which).toContain("Watertappunt in de wijk (Gezond)");
    expect(await h.say("Fatima", "watertappunt")).toEqual(["✅ Watertappunt in de wijk (Gezond) staat op klaar. Eigenaar: Fatima."]);
    const [generic] = await h.say("Fatima", "@wijkbot hoe gaat het?");
    expect(generic).toMatch(/^Wat kan ik voor je doen\? Bedoel je misschien:\n- \/.+\n- \/.+\n- \/.+\nOf typ \/help voor alles\.$/);
  });

  it("a number without an action asks which one and keeps the number for the answer", async () => {
    expect((await h.say("Fatima", "@wijkbot bereik is nu 140 kinderen"))[0]).toMatch(/^Welke actie bedoel je\?/);
    const [reply] = await h.say("Fatima", "watertappunt");
    expect(reply).toContain("140 bereikt");
  });

  it("a change without an action's name offers the sender's own open actions by number, and the number answers it", async () => {
    const [which] = await h.say("Fatima", "@wijkbot bereik is nu 150 kinderen");
    const line = which.split("\n").find((l) => l.includes("Watertappunt in de wijk"));
    expect(line).toMatch(/^\d\. Watertappunt in de wijk \(Gezond\)$/);
    const [reply] = await h.say("Fatima", line!.split(".")[0]);
    expect(reply).toContain("Watertappunt in de wijk");
    expect(reply).toContain("150 bereikt");
  });
});

describe("bad input never crashes and never writes", () => {
  const inputs = [
    "",
    "   ",
    "/",
    "//",
    "/actie",
    "/actie klaar",
    "/actie klaar 🙂🙂🙂",
    "🎉🎉",
    "/actie nieuw " + "x".repeat(10_000),
    "/actie klaar " + "watertappunt ".repeat(1000),
    "/actie klaar نقطة المياه",
    "/مساعدة",
    "/actie klaar \u0000\u0007\u001b[31m",
    "/actie klaar '; DROP TABLE \"Action\"; --",
    "/actie deadline watertappunt 31-02",
    "/actie bereik watertappunt -5",
    "/actie budget watertappunt besteed veel",
    "/actie eigenaar watertappunt",
    "/koppel ../../etc/passwd",
    "/rol @Lisa keizer",
    "/acties %%%",
    "/help " + "a".repeat(500),
    "/pizza bestellen",
  ];
  it.each(inputs.map((t) => [t.slice(0, 40), t]))("%j gets a short reply or silence, stores nothing", async (_label, text) => {
    const before = await snapshotCounts(h.db);
    const replies = await h.say("Fatima", text);
    for (const reply of replies) {
      expect(reply.length).toBeLessThan(2000);
      expect(reply).not.toMatch(/Error|undefined|\[object|at .*\.ts/);
    }
    expect(await snapshotCounts(h.db)).toEqual(before);
  });

  it("an unknown command points to /help", async () => {
    expect(await h.say("Fatima", "/pizza bestellen")).toEqual(['Het commando "/pizza" ken ik niet. Typ /help voor alle commando\'s.']);
  });

  it("a group word alone asks which sub-command", async () => {
    expect((await h.say("Fatima", "/actie"))[0]).toMatch(/^Wat wil je met \/actie doen\? Kies uit: nieuw, klaar, bezig, stop, parkeer/);
  });
});
