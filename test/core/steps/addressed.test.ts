import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app.ts";
import { silentLogger } from "../../../src/core/logger.ts";
import { createHarness, type Harness } from "../../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.close());

const STARTED = "🔧 Watertappunt in de wijk (Gezond) staat op bezig. Eigenaar: Fatima.";
const DONE = "✅ Watertappunt in de wijk (Gezond) staat op klaar. Eigenaar: Fatima.";

const watertappunt = () => h.db.action.findFirstOrThrow({ where: { wijkId: h.wijkId, shortName: "watertappunt" } });

describe("in a group, a message is for the bot when", () => {
  it("it is a slash command", async () => {
    expect(await h.say("Fatima", "/actie klaar watertappunt")).toEqual([DONE]);
  });

  it("it is a command with an exclamation mark", async () => {
    expect((await h.say("Fatima", "!acties mijn"))[0]).toContain("Jouw open acties");
  });

  it("the platform says the bot was mentioned", async () => {
    expect(await h.say("Fatima", "watertappunt is klaar", { mentionsBot: true })).toEqual([DONE]);
  });

  it("it @mentions the bot by name, anywhere in the message", async () => {
    expect(await h.say("Fatima", "@wijkbot watertappunt is klaar")).toEqual([DONE]);
    expect(await h.say("Fatima", "watertappunt is gestart @wijkbot")).toEqual([STARTED]);
    expect(await h.say("Fatima", "het watertappunt, @wijkbot: klaar")).toEqual([DONE]);
  });

  it("it replies to one of the bot's own messages", async () => {
    expect(await h.say("Fatima", "watertappunt is klaar", { repliesToBot: true })).toEqual([DONE]);
  });

  it.each(["wijkbot, watertappunt is klaar", "Wijkbot: watertappunt is klaar", "hoi wijkbot, watertappunt is klaar", "hey wijkbot watertappunt is klaar", "he wijkbot watertappunt is klaar", "ha wijkbot, watertappunt is klaar"])(
    "it starts with the bot's name: %j",
    async (text) => {
      expect(await h.say("Fatima", text)).toEqual([DONE]);
    },
  );

  it.each(["goedemorgen wijkbot! watertappunt is klaar", "watertappunt is klaar, wijkbot", "watertappunt is klaar. Wijkbot!", "watertappunt is klaar wijkbot", "Lieve wijkbot!! 😊 watertappunt is klaar", "hoi!! wijkbot... watertappunt is klaar"])(
    "it greets the bot by name first, or calls it at the end after a comma: %j",
    async (text) => {
      expect(await h.say("Fatima", text)).toEqual([DONE]);
    },
  );

  it.each(["en wijkbot watertappunt is klaar", "oja wijkbot, watertappunt is klaar", "trouwens wijkbot: watertappunt is klaar"])(
    "a little word before the name still starts with it: %j",
    async (text) => {
      expect(await h.say("Fatima", text)).toEqual([DONE]);
    },
  );

  it("it starts with another name the bot was given", async () => {
    const buurtbot = createApp({ db: h.db, clock: h.clock, logger: silentLogger, botNames: ["buurtbot"] });
    const replies = await buurtbot.bot.handle(h.message("Fatima", "buurtbot, watertappunt is klaar"));
    expect(replies.map((r) => r.text)).toEqual([DONE]);
  });
});

describe("the bot's name is taken off before the message is read", () => {
  it("so a command typed after the name runs as that command", async () => {
    expect((await h.say("Fatima", "hoi wijkbot, acties mijn"))[0]).toContain("Jouw open acties");
    expect((await h.say("Fatima", "@wijkbot acties mijn"))[0]).toContain("Jouw open acties");
  });

  it("so the name never ends up in a note", async () => {
    await h.say("Fatima", "@wijkbot update watertappunt: de kraan zit erin");
    const notes = await h.db.progressNote.findMany({ where: { actionId: (await watertappunt()).id }, orderBy: { createdAt: "desc" }, take: 1 });
    expect(notes[0]?.text).toBe("de kraan zit erin");
  });
});

describe("the bot's name dictated in two words (thirty-sixth session)", () => {
  it("'Wijk bot acties mijn' at the start addresses it, and the name is taken off", async () => {
    expect((await h.say("Fatima", "Wijk bot acties mijn"))[0]).toContain("Jouw open acties");
  });

  it("'de wijk bot is handig' is still chatter", async () => {
    expect(await h.say("Fatima", "de wijk bot is handig")).toEqual([]);
  });
});

describe("other group chatter", () => {
  it("gets silence and changes nothing", async () => {
    expect(await h.say("Fatima", "watertappunt is klaar")).toEqual([]);
    expect((await watertappunt()).status).toBe("bezig");
  });

  it("gets silence when the bot's name is only said in passing, without @", async () => {
    expect(await h.say("Fatima", "ik vraag het straks wel aan wijkbot")).toEqual([]);
    expect(await h.say("Fatima", "watertappunt is klaar, wijkbot doet het goed")).toEqual([]);
    expect(await h.say("Fatima", "ik zet het straks wel in de wijkbot")).toEqual([]);
  });

  it("gets silence when it only @mentions someone else", async () => {
    expect(await h.say("Fatima", "@Joke watertappunt is klaar")).toEqual([]);
  });

  it("gets silence in a group that belongs to no wijk", async () => {
    expect(await h.say("Fatima", "goedemorgen", { chat: "onbekende-groep" })).toEqual([]);
  });

  it("gets the one-time welcome from someone who writes in the group for the first time", async () => {
    const [welcome] = await h.say("Bert", "goedemorgen allemaal");
    expect(welcome).toMatch(/^Welkom Bert!/);
    expect(welcome).toContain("Lewenborg XL");

    expect(await h.say("Bert", "nog een berichtje")).toEqual([]);
    expect(await h.db.person.count({ where: { wijkId: h.wijkId, displayName: "Bert" } })).toBe(1);
  });

  it("gets no welcome for someone the wijk already knows", async () => {
    expect(await h.say("Fatima", "goedemorgen allemaal")).toEqual([]);
  });

  it("welcomes a newcomer only once, even after the bot restarts", async () => {
    await h.say("Bert", "goedemorgen allemaal");
    const restarted = createApp({ db: h.db, clock: h.clock, logger: silentLogger });
    expect(await restarted.bot.handle(h.message("Bert", "nog iets"))).toEqual([]);
  });
});

describe("a direct message", () => {
  it("is always for the bot, without a name or mention", async () => {
    expect(await h.say("Fatima", "watertappunt is klaar", { chat: "dm" })).toEqual([DONE]);
  });

  it("always gets an answer, also when nothing in it is understood", async () => {
    await h.say("Fatima", "/acties mijn", { chat: "dm" });
    const replies = await h.say("Fatima", "hoe gaat het?", { chat: "dm" });
    expect(replies).toHaveLength(1);
    expect(replies[0].length).toBeGreaterThan(0);
  });

  it("from someone no wijk knows gets told how to start", async () => {
    const replies = await h.say("Onbekende", "hallo", { chat: "dm" });
    expect(replies).toEqual(["Ik ken je nog niet. Schrijf eerst iets in de groep van je wijk (bijvoorbeeld /help), dan kun je mij ook hier berichten sturen."]);
  });
});
