import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { consoleId } from "../../src/services/seed-demo-wijk.ts";
import type { MemberLeft } from "../../src/core/types.ts";

/** Issue 12, defect 13: someone the platform reports as removed from a bound group. */
let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.close());

const removed = (name: string, chatId: string): MemberLeft => ({ platform: "console", chatId, memberId: consoleId(name), at: h.clock.now() });

describe("a member removed from a group", () => {
  it("gone from one group while the wijk has another there: marked gone from that chat, the coördinator told once", async () => {
    const notices = await h.app.bot.memberLeft(removed("Peter", "kartrekkers"));
    expect(notices.map((n) => n.text)).toEqual([
      "@Marieke 👋 Peter is uit de kartrekkersgroep gehaald. In een andere groep van de wijk zit Peter voor zover ik weet nog. Is Peter helemaal weg? Meld af met /vertrek @Peter",
    ]);
    // Marieke has no direct chat with the bot: her group, with a mention.
    expect(notices[0]).toMatchObject({ chatId: "kartrekkers", mentions: [consoleId("Marieke")] });
    const peter = await h.db.person.findFirstOrThrow({ where: { wijkId: h.wijkId, displayName: "Peter" } });
    expect(peter.leftAt).toBeNull();
    expect(await h.db.chatDeparture.count({ where: { personId: peter.id } })).toBe(1);
    // Reported again (a second update of the same removal): nothing new.
    expect(await h.app.bot.memberLeft(removed("Peter", "kartrekkers"))).toEqual([]);
  });

  it("gone from every group of the wijk: leaves the wijk as after /vertrek, and the coördinator gets the actions that need a new owner", async () => {
    await h.app.bot.memberLeft(removed("Peter", "stuurgroep"));
    const notices = await h.app.bot.memberLeft(removed("Peter", "kartrekkers"));
    expect(notices.map((n) => n.text)).toEqual([
      [
        "@Marieke 👋 Peter is uit de kartrekkersgroep gehaald en zit in geen groep van de wijk meer. Peter staat nu als vertrokken: geen berichten meer, en privé geef ik Peter geen gegevens van de wijk meer.",
        "Deze acties hebben nu geen eigenaar meer:",
        "1. Financiële educatie in projectplan Campus 2025 (Kansrijk)",
        "Geef ze een nieuwe eigenaar: /actie eigenaar <actie> @persoon, of alles tegelijk: /overdracht @Peter @persoon",
        "Had Peter de weblink van het overzicht? Maak een nieuwe met /overzicht nieuwe-link",
      ].join("\n"),
    ]);
    const peter = await h.db.person.findFirstOrThrow({ where: { wijkId: h.wijkId, displayName: "Peter" } });
    expect(peter.leftAt).toEqual(h.clock.now());
    // /vertrek knows it already; /overdracht can hand the work over.
    expect((await h.say("Marieke", "/vertrek @Peter")).join("\n")).toBe("Peter stond al als vertrokken.");
  });

  it("in a direct chat, someone who left gets no wijk data (no actions, no web link), but still their own data, help and /vergeetmij", async () => {
    expect((await h.say("Peter", "/acties mijn", { chat: "dm" })).join("\n")).toMatch(/Financiële educatie/);
    await h.app.bot.memberLeft(removed("Peter", "stuurgroep"));
    await h.app.bot.memberLeft(removed("Peter", "kartrekkers"));
    const refused = "Je zit niet meer in een groep van Lewenborg XL, dus privé geef ik je geen gegevens van de wijk meer. Klopt dat niet? Vraag de coördinator.";
    expect(await h.say("Peter", "/acties mijn", { chat: "dm" })).toEqual([refused]);
    expect(await h.say("Peter", "/overzicht", { chat: "dm" })).toEqual([refused]);
    expect((await h.say("Peter", "/mijngegevens", { chat: "dm" })).join("\n")).toMatch(/Peter/);
    expect((await h.say("Peter", "/help", { chat: "dm" })).join("\n")).toMatch(/\/mijngegevens/);
  });

  it("ignores someone unknown in the wijk, a chat that is not bound, and the removal of someone who already left", async () => {
    expect(await h.app.bot.memberLeft(removed("Onbekende", "kartrekkers"))).toEqual([]);
    expect(await h.app.bot.memberLeft(removed("Peter", "ergens-anders"))).toEqual([]);
    await h.say("Marieke", "/vertrek @Peter");
    await h.say("Marieke", "ja");
    expect(await h.app.bot.memberLeft(removed("Peter", "kartrekkers"))).toEqual([]);
    expect(await h.db.chatDeparture.count()).toBe(0);
  });
});
