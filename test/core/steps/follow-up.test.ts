import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../helpers/harness.ts";
import { localParts } from "../../../src/time/amsterdam.ts";
import { dutch } from "../../../src/i18n/index.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ start: new Date("2026-01-05T08:00:00Z") });
});
afterEach(async () => h.close());

const MINUTE_MS = 60_000;
const NOTHING_CHANGED = dutch("core.nothingChanged");
const EXPIRED = dutch("core.promptExpired");

const byTitle = (title: string) => h.db.action.findFirstOrThrow({ where: { wijkId: h.wijkId, title } });
const status = async (title: string) => (await byTitle(title)).status;
async function deadlineOf(title: string): Promise<string> {
  const { deadline } = await byTitle(title);
  if (!deadline) return "none";
  const p = localParts(deadline);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/** Marieke (coördinator) says "betrokkenheid is gestart": Ouderbetrokkenheid and the CB action fit equally well. */
async function askWhichBetrokkenheid(): Promise<string> {
  const [question] = await h.say("Marieke", "@wijkbot betrokkenheid is gestart");
  expect(question).toContain("1. Ouderbetrokkenheid (Vreedzaam)");
  expect(question).toContain("2. Verhoogde betrokkenheid CB en GGD (Gezond)");
  return question;
}

describe("an answer to 'which one?'", () => {
  it("by number runs the command for that option, in the group without addressing the bot", async () => {
    await askWhichBetrokkenheid();
    expect(await h.say("Marieke", "2")).toEqual(["🔧 Verhoogde betrokkenheid CB en GGD (Gezond) staat op bezig. Eigenaar: Joke."]);
    expect(await status("Verhoogde betrokkenheid CB en GGD")).toBe("bezig");
    expect(await status("Ouderbetrokkenheid")).toBe("gepland");
  });

  it("by ordinal ('de eerste') takes that option", async () => {
    await askWhichBetrokkenheid();
    expect(await h.say("Marieke", "de eerste")).toEqual(["🔧 Ouderbetrokkenheid (Vreedzaam) staat op bezig. Eigenaar: Youssef en Ahmed."]);
  });

  it("by (part of) an option's name takes that option", async () => {
    await askWhichBetrokkenheid();
    expect(await h.say("Marieke", "ouder")).toEqual(["🔧 Ouderbetrokkenheid (Vreedzaam) staat op bezig. Eigenaar: Youssef en Ahmed."]);
  });

  it("with a number that is not an option asks again, and the question stays", async () => {
    await askWhichBetrokkenheid();
    expect(await h.say("Marieke", "7")).toEqual([dutch("core.pickNumber", { max: 2 })]);
    expect(await h.say("Marieke", "1")).toEqual(["🔧 Ouderbetrokkenheid (Vreedzaam) staat op bezig. Eigenaar: Youssef en Ahmed."]);
  });

  it("'laat maar' changes nothing and ends the question", async () => {
    await askWhichBetrokkenheid();
    expect(await h.say("Marieke", "laat maar")).toEqual([NOTHING_CHANGED]);
    expect(await h.say("Marieke", "1")).toEqual([]);
    expect(await status("Ouderbetrokkenheid")).toBe("gepland");
  });

  it("only counts from the person who was asked", async () => {
    await askWhichBetrokkenheid();
    expect(await h.say("Fatima", "1")).toEqual([]);
    expect(await status("Ouderbetrokkenheid")).toBe("gepland");
    expect(await h.say("Marieke", "1")).toHaveLength(1);
  });

  it("only counts in the chat where the question was asked", async () => {
    await askWhichBetrokkenheid();
    expect(await h.say("Marieke", "1", { chat: "stuurgroep" })).toEqual([]);
    expect(await status("Ouderbetrokkenheid")).toBe("gepland");
  });

  it("still counts after nine minutes", async () => {
    await askWhichBetrokkenheid();
    h.clock.advance(9 * MINUTE_MS);
    expect(await h.say("Marieke", "1")).toEqual(["🔧 Ouderbetrokkenheid (Vreedzaam) staat op bezig. Eigenaar: Youssef en Ahmed."]);
  });

  it("after ten minutes is told the question expired, once, and nothing changes", async () => {
    await askWhichBetrokkenheid();
    h.clock.advance(11 * MINUTE_MS);
    expect(await h.say("Marieke", "1")).toEqual([EXPIRED]);
    expect(await status("Ouderbetrokkenheid")).toBe("gepland");
    expect(await h.say("Marieke", "1")).toEqual([]);
  });
});

describe("an answer to 'are you sure? (ja/nee)'", () => {
  it("'ja' makes the change the question asked about", async () => {
    const [question] = await h.say("Fatima", "@wijkbot kun je het watertappunt op klaar zetten?");
    expect(question).toContain(dutch("core.answerYesNo"));
    expect(await status("Watertappunt in de wijk")).toBe("bezig");

    expect(await h.say("Fatima", "ja")).toEqual(["✅ Watertappunt in de wijk (Gezond) staat op klaar. Eigenaar: Fatima."]);
    expect(await status("Watertappunt in de wijk")).toBe("klaar");
  });

  it("'nee' changes nothing", async () => {
    await h.say("Fatima", "@wijkbot kun je het watertappunt op klaar zetten?");
    expect(await h.say("Fatima", "nee")).toEqual([NOTHING_CHANGED]);
    expect(await status("Watertappunt in de wijk")).toBe("bezig");
  });
});

describe("an answer to 'which action do you mean?'", () => {
  it("names the action, and the waiting change is made", async () => {
    expect((await h.say("Youssef", "@wijkbot is gestart"))[0]).toMatch(/^Welke actie bedoel je\? Antwoord met het nummer, of typ de naam/);
    expect(await h.say("Youssef", "wijkwebsite")).toEqual(["🔧 Eén wijkwebsite (Vreedzaam) staat op bezig. Eigenaar: Youssef."]);
  });
});

describe("a correction of the change just made", () => {
  it("'nee, 3 februari' after a deadline change sets the corrected date", async () => {
    await h.say("Fatima", "/actie deadline watertappunt 1 maart");
    expect(await deadlineOf("Watertappunt in de wijk")).toBe("2026-03-01");

    const [reply] = await h.say("Fatima", "nee, 3 februari");
    expect(reply).toMatch(/^Gecorrigeerd: 📅 Deadline van Watertappunt in de wijk \(Gezond\) is nu di 3 feb/);
    expect(await deadlineOf("Watertappunt in de wijk")).toBe("2026-02-03");
  });

  it("'o wacht t/m 27 maart moet het zijn' after an absence: the absence corrected, the stand-in kept, once", async () => {
    await h.say("Fatima", "/afwezig t/m 20 maart vervanger @Lisa", { chat: "dm" });
    const [reply] = await h.say("Fatima", "o wacht t/m 27 maart moet het zijn, ik zit de week erna ook nog in Spanje", { chat: "dm" });
    expect(reply).toMatch(/^Gecorrigeerd: 🏖️ Je staat afwezig t\/m 27 mrt\./);
    const absences = await h.db.absence.findMany({ where: { person: { displayName: "Fatima" }, endedAt: null } });
    expect(absences.map((a) => a.lastDay.toISOString().slice(0, 10))).toEqual(["2026-03-26"]); // local midnight of 27 March
  });

  it("'nee, bezig' after a status change sets the corrected status", async () => {
    await h.say("Fatima", "@wijkbot watertappunt is klaar");
    expect(await h.say("Fatima", "nee, bezig")).toEqual(["Gecorrigeerd: 🔧 Watertappunt in de wijk (Gezond) staat op bezig. Eigenaar: Fatima."]);
    expect(await status("Watertappunt in de wijk")).toBe("bezig");
  });

  it("'niet die, de andere' undoes the change and makes it on the one other action that fitted", async () => {
    await h.say("Marieke", "/actie nieuw Moestuin Noord pijler Gezond eigenaar @Joke");
    await h.say("Marieke", "/actie nieuw Moestuin Zuid pijler Gezond eigenaar @Fatima");
    // Joke (aanjager of Gezond) means her own Moestuin Noord first.
    expect(await h.say("Joke", "/actie klaar moestuin")).toEqual(["✅ Moestuin Noord (Gezond) staat op klaar. Eigenaar: Joke."]);

    const replies = await h.say("Joke", "niet die, de andere");

    expect(replies).toHaveLength(2);
    expect(replies[1]).toBe("✅ Moestuin Zuid (Gezond) staat op klaar. Eigenaar: Fatima.");
    expect(await status("Moestuin Noord")).toBe("gepland");
    expect(await status("Moestuin Zuid")).toBe("klaar");
  });

  it("'niet die, de andere' when several others fitted asks for the name, and the typed name is then taken", async () => {
    // Marieke (coördinator) means the CB action first; Ouderbetrokkenheid also has the word.
    expect(await h.say("Marieke", "/actie klaar betrokkenheid")).toEqual(["✅ Verhoogde betrokkenheid CB en GGD (Gezond) staat op klaar. Eigenaar: Joke."]);
    expect(await h.say("Marieke", "niet die, de andere")).toEqual([dutch("followUp.whichOther")]);

    const replies = await h.say("Marieke", "ouderbetrokkenheid");

    expect(replies.length).toBeGreaterThan(0);
    expect(await status("Ouderbetrokkenheid")).toBe("klaar");
    expect(await status("Verhoogde betrokkenheid CB en GGD")).toBe("gepland");
  });

  it("a correction whose action needs a choice still takes the last change back once the choice is answered", async () => {
    await h.say("Marieke", "/actie nieuw Moestuin Noord pijler Gezond eigenaar @Fatima");
    await h.say("Marieke", "/actie nieuw Moestuin Zuid pijler Gezond eigenaar @Peter");
    expect(await h.say("Joke", "/actie klaar betrokkenheid cb")).toEqual(["✅ Verhoogde betrokkenheid CB en GGD (Gezond) staat op klaar. Eigenaar: Joke."]);
    // Neither moestuin is Joke's (aanjager of Gezond): asked.
    const [question] = await h.say("Joke", "niet die, ik bedoelde de moestuin");
    expect(question).toMatch(/Moestuin Noord[\s\S]*Moestuin Zuid|Moestuin Zuid[\s\S]*Moestuin Noord/);
    const number = question.split("\n").find((l) => l.includes("Moestuin Noord"))!.match(/^(\d)\./)![1];

    await h.say("Joke", number);

    expect(await status("Moestuin Noord")).toBe("klaar");
    expect(await status("Verhoogde betrokkenheid CB en GGD")).toBe("gepland");
  });

  it("'die van Peter' right after an action was shown shows Peter's one of the actions that fitted", async () => {
    await h.say("Marieke", "/actie nieuw Moestuin Noord pijler Gezond eigenaar @Fatima");
    await h.say("Marieke", "/actie nieuw Moestuin Zuid pijler Gezond eigenaar @Peter");
    const [shown] = await h.say("Joke", "/actie info moestuin");
    const [other, owner] = shown.startsWith("*Moestuin Noord*") ? ["Moestuin Zuid", "Peter"] : ["Moestuin Noord", "Fatima"];
    const [again] = await h.say("Joke", `die van ${owner}`);
    expect(again).toMatch(new RegExp(`^\\*${other}\\*`));
  });

  it("a bare 'nee' explains how to undo and changes nothing", async () => {
    await h.say("Fatima", "@wijkbot watertappunt is klaar");
    expect(await h.say("Fatima", "nee")).toEqual([dutch("followUp.undoHint")]);
    expect(await status("Watertappunt in de wijk")).toBe("klaar");
  });

  it("is not read after ten minutes: the message is ordinary chatter again", async () => {
    await h.say("Fatima", "/actie deadline watertappunt 1 maart");
    h.clock.advance(11 * MINUTE_MS);
    expect(await h.say("Fatima", "nee, 3 februari")).toEqual([]);
    expect(await deadlineOf("Watertappunt in de wijk")).toBe("2026-03-01");
  });

  it("a number long after a change is ordinary chatter, not an answer to an expired question (no question was asked)", async () => {
    await h.say("Fatima", "/actie update watertappunt: de kraan zit erin");
    h.clock.advance(3 * 60 * MINUTE_MS);
    expect(await h.say("Fatima", "2")).toEqual([]);
  });
});

describe("a swipe-reply by someone else to the bot's message about a change", () => {
  /** Fatima sets a deadline; the bot's answer is what the next person swipes. */
  async function fatimaSetsADeadline(): Promise<string> {
    const [answer] = await h.say("Fatima", "/actie deadline watertappunt 1 maart");
    expect(await deadlineOf("Watertappunt in de wijk")).toBe("2026-03-01");
    return answer;
  }
  const replyTo = (name: string, text: string, quoted: string) => {
    const message = h.message(name, text, { repliesToBot: true });
    message.quoted = { messageId: "bot-answer", text: quoted };
    return h.app.bot.handle(message);
  };

  it("corrects that change with the replier's rights: the coördinator's 'moet 3 februari zijn'", async () => {
    const answer = await fatimaSetsADeadline();

    const [reply] = await replyTo("Marieke", "moet 3 februari zijn", answer);

    expect(reply.text).toMatch(/^Gecorrigeerd: 📅 Deadline van Watertappunt in de wijk \(Gezond\) is nu di 3 feb/);
    expect(await deadlineOf("Watertappunt in de wijk")).toBe("2026-02-03");
  });

  it("from a kartrekker who may not change that action is refused, and nothing changes", async () => {
    const answer = await fatimaSetsADeadline();

    const replies = await replyTo("Ahmed", "nee, 3 februari", answer);

    expect(replies).toHaveLength(1);
    expect(await deadlineOf("Watertappunt in de wijk")).toBe("2026-03-01");
  });

  it("is not a correction when the quoted message is about something else", async () => {
    await fatimaSetsADeadline();

    await replyTo("Marieke", "nee, 3 februari", "📅 Volgende stuurgroep: do 22 jan 19:30");

    expect(await deadlineOf("Watertappunt in de wijk")).toBe("2026-03-01");
  });

  it("is not read after ten minutes", async () => {
    const answer = await fatimaSetsADeadline();
    h.clock.advance(11 * MINUTE_MS);

    await replyTo("Marieke", "nee, 3 februari", answer);

    expect(await deadlineOf("Watertappunt in de wijk")).toBe("2026-03-01");
  });

  it("a thank-you in reply changes nothing", async () => {
    const answer = await fatimaSetsADeadline();

    await replyTo("Marieke", "top, dank je!", answer);

    expect(await deadlineOf("Watertappunt in de wijk")).toBe("2026-03-01");
  });
});

describe("a follow-up that names something else", () => {
  it("'en de wijkwebsite ook' makes the same change on the action named, and leaves the first as it is", async () => {
    await h.say("Youssef", "/actie bezig ouderbetrokkenheid");
    const [reply] = await h.say("Youssef", "en de wijkwebsite ook");
    expect(reply).toContain("Eén wijkwebsite (Vreedzaam) staat op bezig");
    expect(await status("Eén wijkwebsite")).toBe("bezig");
    expect(await status("Ouderbetrokkenheid")).toBe("bezig");
  });

  it("'oeps verkeerde, moest de wijkwebsite zijn' undoes the change and makes it on the action named", async () => {
    await h.say("Youssef", "/actie bezig ouderbetrokkenheid");
    const replies = await h.say("Youssef", "oeps verkeerde, moest de wijkwebsite zijn");
    expect(replies).toEqual([dutch("followUp.undidOther"), "🔧 Eén wijkwebsite (Vreedzaam) staat op bezig. Eigenaar: Youssef."]);
    expect(await status("Eén wijkwebsite")).toBe("bezig");
    expect(await status("Ouderbetrokkenheid")).toBe("gepland");
  });

  it("'en Lisa ook' after an owner change adds Lisa as owner", async () => {
    await h.say("Fatima", "/actie eigenaar watertappunt @Fatima @Joke");
    await h.say("Fatima", "en Lisa ook");
    const owners = await h.db.actionOwner.findMany({ where: { action: { title: "Watertappunt in de wijk" } }, select: { person: { select: { displayName: true } } } });
    expect(owners.map((o) => o.person.displayName).sort()).toEqual(["Fatima", "Joke", "Lisa"]);
  });

  it("'reden: …' right after a status change is noted on that action", async () => {
    await h.say("Youssef", "/actie stop wijkwebsite");
    const [reply] = await h.say("Youssef", "reden: de scholen hebben al een eigen site");
    expect(reply).toContain("de scholen hebben al een eigen site");
    const notes = await h.db.progressNote.findMany({ where: { action: { title: "Eén wijkwebsite" } } });
    expect(notes.map((n) => n.text)).toEqual(["de scholen hebben al een eigen site"]);
  });

  it("'die van Joke' answers 'which one?' with the option whose owner is Joke", async () => {
    await askWhichBetrokkenheid();
    expect(await h.say("Marieke", "die van Joke")).toEqual(["🔧 Verhoogde betrokkenheid CB en GGD (Gezond) staat op bezig. Eigenaar: Joke."]);
  });
});

describe("a field named without its value", () => {
  it("'wijkwebsite deadline' asks for the new date, and the date typed next sets it", async () => {
    const [question] = await h.say("Youssef", "@wijkbot wijkwebsite deadline");
    expect(question).toBe(dutch("understand.ask.deadline", { title: "Eén wijkwebsite" }));
    await h.say("Youssef", "eind maart");
    expect(await deadlineOf("Eén wijkwebsite")).toBe("2026-03-31");
  });
});

describe("a moment answered to 'wanneer?'", () => {
  it("completes the reminder that waited for it", async () => {
    const [question] = await h.say("Fatima", "herinner me aan de subsidie", { chat: "dm" });
    expect(question).toContain("Wanneer");
    const [done] = await h.say("Fatima", "donderdag om 10 uur 's ochtends", { chat: "dm" });
    expect(done).toContain("subsidie");
    const [reminder] = await h.db.reminder.findMany({ where: { text: { contains: "subsidie" } } });
    const p = localParts(reminder.nextAt!);
    expect([p.day, p.hour, p.minute]).toEqual([8, 10, 0]);
  });
});

describe("a change said with a second sentence", () => {
  it("is asked first with the note shown, and 'ja' makes the change and keeps the note", async () => {
    const [question] = await h.say("Youssef", "@wijkbot de wijkwebsite lopen we mee uit, nieuwe deadline 27 maart. de bouwer is ziek");
    expect(question).toContain("de bouwer is ziek");
    expect(await deadlineOf("Eén wijkwebsite")).not.toBe("2026-03-27");
    const [done] = await h.say("Youssef", "ja");
    expect(done).toContain("de bouwer is ziek");
    expect(await deadlineOf("Eén wijkwebsite")).toBe("2026-03-27");
    const notes = await h.db.progressNote.findMany({ where: { action: { title: "Eén wijkwebsite" } } });
    expect(notes.map((n) => n.text)).toEqual(["de bouwer is ziek"]);
  });
});

describe("a date answered to a date question", () => {
  it("'31 mei bedoel ik' to '30 april of 1 mei?' sets 31 May, not the option labelled 1 mei", async () => {
    const [question] = await h.say("Fatima", "/actie deadline watertappunt 31 april");
    expect(question).toContain("1. donderdag 30 april");
    expect(question).toContain("2. vrijdag 1 mei");

    const [reply] = await h.say("Fatima", "31 mei bedoel ik");

    expect(reply).toContain("31 mei");
    expect(await deadlineOf("Watertappunt in de wijk")).toBe("2026-05-31");
  });

  it("a number picks that option's date", async () => {
    await h.say("Fatima", "/actie deadline watertappunt 31 april");
    await h.say("Fatima", "2");
    expect(await deadlineOf("Watertappunt in de wijk")).toBe("2026-05-01");
  });
});

describe("an answer to 'what is the new action called?'", () => {
  const NEW_WHAT = dutch("understand.newWhat");

  it("is read as the new action, with its pillar, even in the group without addressing the bot (asked first)", async () => {
    expect(await h.say("Lisa", "@wijkbot nieuwe actie")).toEqual([NEW_WHAT]);
    const [question] = await h.say("Lisa", "Leesclub in de bieb, kansrijk");
    expect(question).toContain("/actie nieuw Leesclub in de bieb pijler Kansrijk");
    expect(await h.db.action.count({ where: { wijkId: h.wijkId, title: "Leesclub in de bieb" } })).toBe(0);
    const [made] = await h.say("Lisa", "ja");
    expect(made).toContain("Leesclub in de bieb (Kansrijk) staat op gepland");
  });

  it("'laat maar' cancels, and someone else's message is not the answer", async () => {
    await h.say("Lisa", "@wijkbot nieuwe actie");
    expect(await h.say("Peter", "Leesclub in de bieb, kansrijk")).toEqual([]);
    expect(await h.say("Lisa", "laat maar")).toEqual([NOTHING_CHANGED]);
    expect(await h.say("Lisa", "Leesclub in de bieb, kansrijk")).toEqual([]);
  });
});

describe("a short message right after a new action is about that action", () => {
  it("'deadline 1 juni' after /actie nieuw sets its deadline, and 'oeps, terugdraaien' undoes that", async () => {
    await h.say("Lisa", "/actie nieuw Leesclub in de bieb pijler Kansrijk");
    const [set] = await h.say("Lisa", "deadline 1 juni");
    expect(set).toContain("Deadline van Leesclub in de bieb (Kansrijk) is nu ma 1 jun");
    const [undone] = await h.say("Lisa", "oeps, terugdraaien");
    expect(undone).toContain("Teruggedraaid bij Leesclub in de bieb");
    const action = await h.db.action.findFirstOrThrow({ where: { wijkId: h.wijkId, title: "Leesclub in de bieb" } });
    expect(action.deadline).toBeNull();
  });
});

describe("a moment right after a reminder was set changes that reminder", () => {
  it("'om 10 uur graag' keeps the day and takes the new time; the first one is gone", async () => {
    await h.say("Fatima", "herinner me morgen aan de offerte", { chat: "dm" });
    expect(await h.say("Fatima", "om 10 uur graag", { chat: "dm" })).toEqual(['Gecorrigeerd: ⏰ Ik herinner je di 6 jan 10:00 aan "de offerte". (nr 2; stoppen: /herinner stop 2)']);
    const active = await h.db.reminder.findMany({ where: { cancelledAt: null } });
    expect(active.map((r) => [r.text, localParts(r.nextAt!).hour])).toEqual([["de offerte", 10]]);
  });

  it("'nee, vrijdag' keeps the time and takes the new day, in a group too", async () => {
    await h.say("Fatima", "@wijkbot herinner me morgen om 8:30 aan de offerte");
    expect(await h.say("Fatima", "nee, vrijdag")).toEqual(['Gecorrigeerd: ⏰ Ik herinner je vr 9 jan 08:30 aan "de offerte". (nr 2; stoppen: /herinner stop 2)']);
  });

  it("someone else's moment, or a sentence that is more than a moment, changes nothing", async () => {
    await h.say("Fatima", "@wijkbot herinner me morgen aan de offerte");
    expect(await h.say("Ahmed", "vrijdag")).toEqual([]);
    await h.say("Fatima", "vrijdag ben ik er niet");
    const active = await h.db.reminder.findMany({ where: { cancelledAt: null } });
    expect(active.map((r) => localParts(r.nextAt!).day)).toEqual([6]);
  });
});


describe("a part added to 'Bedoel je: /actie nieuw …?'", () => {
  it("'gezond graag' reads the new action again with its pillar, asked again; 'ja' makes it", async () => {
    await h.say("Fatima", "@wijkbot nieuwe actie: Fietsles voor moeders");
    expect((await h.say("Fatima", "gezond graag"))[0]).toContain("/actie nieuw Fietsles voor moeders pijler Gezond?");
    expect(await h.say("Fatima", "ja")).toEqual(["🆕 Fietsles voor moeders (Gezond) staat op gepland. Eigenaar: Fatima."]);
  });

  it("'ja en deadline 1 mei' adds the deadline (asked again); chatter in the group is no part", async () => {
    await h.say("Fatima", "@wijkbot nieuwe actie: Fietsles voor moeders");
    expect((await h.say("Fatima", "ja en deadline 1 mei"))[0]).toContain("/actie nieuw Fietsles voor moeders deadline 1 mei?");
    await h.say("Fatima", "@wijkbot nieuwe actie: Taalcafé");
    expect(await h.say("Fatima", "leuk idee trouwens van Sanne")).toEqual([]);
    expect(await h.db.action.count({ where: { title: { in: ["Fietsles voor moeders", "Taalcafé"] } } })).toBe(0);
  });
});

describe("an undo that names the action meant (nineteenth session)", () => {
  it("'sorry wrong one, moest 2e schil zijn, undo pls' takes the change back and makes it on the one named", async () => {
    await h.say("Ahmed", "/actie klaar ouderbetrokkenheid", { chat: "dm", isDirect: true });
    expect(await status("Ouderbetrokkenheid")).toBe("klaar");
    await h.say("Ahmed", "sorry wrong one!! moest 2e schil zijn, undo pls", { chat: "dm", isDirect: true });
    expect(await status("Ouderbetrokkenheid")).toBe("gepland");
    expect(await status("Vreedzaam breder trekken naar de 2e schil")).toBe("klaar");
  });

  it("a plain 'undo pls' only takes the change back", async () => {
    await h.say("Ahmed", "/actie klaar ouderbetrokkenheid", { chat: "dm", isDirect: true });
    await h.say("Ahmed", "oeps undo pls", { chat: "dm", isDirect: true });
    expect(await status("Ouderbetrokkenheid")).toBe("gepland");
    expect(await status("Vreedzaam breder trekken naar de 2e schil")).toBe("bezig");
  });
});

describe("'laat maar' right after a change (nineteenth session)", () => {
  it("asks whether to undo it; 'ja' undoes, nothing is undone before", async () => {
    await h.say("Ahmed", "/actie klaar ouderbetrokkenheid", { chat: "dm", isDirect: true });
    const [asked] = await h.say("Ahmed", "laat maar, ik doe het morgen zelf wel", { chat: "dm", isDirect: true });
    expect(asked).toBe(dutch("followUp.undoAsk"));
    expect(await status("Ouderbetrokkenheid")).toBe("klaar");
    await h.say("Ahmed", "ja", { chat: "dm", isDirect: true });
    expect(await status("Ouderbetrokkenheid")).toBe("gepland");
  });
});

describe("'laat maar, 30 april dan' to an impossible date's question (nineteenth session)", () => {
  it("takes the option named after it", async () => {
    const [asked] = await h.say("Fatima", "/actie deadline watertappunt 31 april", { chat: "dm", isDirect: true });
    expect(asked).toContain("30 april");
    await h.say("Fatima", "laat maar, 30 april dan", { chat: "dm", isDirect: true });
    expect(await deadlineOf("Watertappunt in de wijk")).toBe("2026-04-30");
  });

  it("a bare 'laat maar' still changes nothing", async () => {
    const before = await deadlineOf("Watertappunt in de wijk");
    await h.say("Fatima", "/actie deadline watertappunt 31 april", { chat: "dm", isDirect: true });
    expect(await h.say("Fatima", "laat maar", { chat: "dm", isDirect: true })).toEqual([NOTHING_CHANGED]);
    expect(await deadlineOf("Watertappunt in de wijk")).toBe(before);
  });
});

describe("'en Lisa ook graag' right after a reminder for someone else (nineteenth session)", () => {
  it("sets the same reminder for Lisa too", async () => {
    await h.say("Marieke", "/herinner @Sanne verslag voorleesochtend sturen vrijdag", { chat: "dm", isDirect: true });
    await h.say("Marieke", "en Lisa ook graag, zelfde tijd", { chat: "dm", isDirect: true });
    const reminders = await h.db.reminder.findMany({ where: { wijkId: h.wijkId, text: { contains: "verslag voorleesochtend" } }, select: { targetPersonId: true, nextAt: true } });
    expect(reminders).toHaveLength(2);
    expect(new Set(reminders.map((r) => r.targetPersonId)).size).toBe(2);
    expect(reminders[0].nextAt?.getTime()).toBe(reminders[1].nextAt?.getTime());
  });
});

describe("'nee alleen Lisa' right after two owners were set (nineteenth session)", () => {
  it("leaves Lisa alone as the owner, as a correction", async () => {
    await h.say("Sanne", "/actie eigenaar wijkplan jonge kind @Sanne @Lisa", { chat: "dm", isDirect: true });
    const [reply] = await h.say("Sanne", "nee alleen Lisa", { chat: "dm", isDirect: true });
    expect(reply).toContain("Lisa");
    const owners = await h.db.actionOwner.findMany({ where: { action: { title: "Integraal pedagogisch wijkplan jonge kind" } }, select: { person: { select: { displayName: true } } } });
    expect(owners.map((o) => o.person.displayName)).toEqual(["Lisa"]);
  });
});

describe("a correction that names the amount it was (nineteenth session)", () => {
  it("'Correctie: het bedrag is € 1.250 excl. btw, niet € 1.520.' sets 1.250", async () => {
    await h.say("Youssef", "/actie budget wijkwebsite besteed 1520", { chat: "dm", isDirect: true });
    await h.say("Youssef", "Correctie: het bedrag is € 1.250 excl. btw, niet € 1.520.", { chat: "dm", isDirect: true });
    expect((await byTitle("Eén wijkwebsite")).budgetSpentCents).toBe(125_000);
  });
});

describe("a change taken back in other words (twenty-first session)", () => {
  const DM = { chat: "dm", isDirect: true };
  it.each(["vergeet wat ik zei", "negeer mijn vorige bericht", "haal die update maar weer weg", "sorry verkeerde chat", "die hoort niet bij de 2e schil", "scratch that", "nee niet opslaan", "wis dat maar"])(
    "%j asks whether to undo it; 'ja' undoes, nothing is undone before",
    async (text) => {
      await h.say("Ahmed", "/actie klaar ouderbetrokkenheid", DM);
      const [asked] = await h.say("Ahmed", text, DM);
      expect(asked).toMatch(/terugdraaien|ongedaan/);
      expect(await status("Ouderbetrokkenheid")).toBe("klaar");
      await h.say("Ahmed", "ja", DM);
      expect(await status("Ouderbetrokkenheid")).toBe("gepland");
    },
  );

  it("'verwijder het schoolontbijt' names what to delete: no undo is offered", async () => {
    await h.say("Marieke", "/actie klaar ouderbetrokkenheid", DM);
    const replies = await h.say("Marieke", "verwijder het watertappunt, dubbel ingevoerd", DM);
    expect(replies.join()).not.toMatch(/terugdraaien|\/ongedaan/);
  });
});

describe("answers in other words (twenty-first session)", () => {
  it.each([["de tweede", "bezig"], ["nummer twee", "bezig"], ["2 graag", "bezig"], ["de laatste", "bezig"], ["de bovenste", "gepland"]])(
    "%j to a numbered question picks that line",
    async (answer, cbStatus) => {
      await askWhichBetrokkenheid();
      await h.say("Marieke", answer);
      expect(await status("Verhoogde betrokkenheid CB en GGD")).toBe(cbStatus);
    },
  );

  it("'geen van beide' asks which action then, and the name typed next gets the change", async () => {
    await askWhichBetrokkenheid();
    const [asked] = await h.say("Marieke", "geen van beide");
    expect(asked).toBe(dutch("followUp.whichOther"));
    await h.say("Marieke", "de wijkwebsite", { repliesToBot: true });
    expect(await status("Eén wijkwebsite")).toBe("bezig");
    expect(await status("Ouderbetrokkenheid")).toBe("gepland");
  });

  it("'ja, en zet erbij dat …' to a change shown first does it and keeps the note", async () => {
    const [asked] = await h.say("Fatima", "watertappunt is klaar denk ik", { chat: "dm", isDirect: true });
    expect(asked).toContain("Bedoel je");
    await h.say("Fatima", "ja, en zet erbij dat de kraan is aangesloten", { chat: "dm", isDirect: true });
    expect(await status("Watertappunt in de wijk")).toBe("klaar");
    const notes = await h.db.progressNote.findMany({ where: { action: { title: "Watertappunt in de wijk" } }, orderBy: { createdAt: "desc" }, take: 1 });
    expect(notes[0]?.text).toBe("de kraan is aangesloten");
  });
});

describe("more follow-ups after a change (twenty-first session)", () => {
  const DM = { chat: "dm", isDirect: true };
  const reminders = async () => (await h.db.reminder.findMany({ where: { text: { in: ["offerte bellen", "zaadjes bestellen"] }, cancelledAt: null }, orderBy: { createdAt: "asc" } })).map((r) => ({ text: r.text, at: localParts(r.nextAt!) }));

  it("'kan ook een uurtje later' moves the reminder just set an hour", async () => {
    await h.say("Fatima", "herinner me morgen om 9 uur aan offerte bellen", DM);
    await h.say("Fatima", "kan ook een uurtje later", DM);
    expect((await reminders()).map((r) => `${r.text} ${r.at.hour}:${r.at.minute}`)).toEqual(["offerte bellen 10:0"]);
  });

  it("'en ook aan de zaadjes bestellen' sets a second reminder at the same moment", async () => {
    await h.say("Fatima", "herinner me morgen om 9 uur aan offerte bellen", DM);
    await h.say("Fatima", "en ook aan de zaadjes bestellen", DM);
    expect((await reminders()).map((r) => `${r.text} ${r.at.day} ${r.at.hour}`)).toEqual(["offerte bellen 6 9", "zaadjes bestellen 6 9"]);
  });

  it("'de wijkwebsite trouwens ook' does the same change for that action", async () => {
    await h.say("Youssef", "/actie bezig ouderbetrokkenheid", DM);
    await h.say("Youssef", "de wijkwebsite trouwens ook", DM);
    expect(await status("Eén wijkwebsite")).toBe("bezig");
  });

  it("'was 300 euro' right after what was spent corrects the amount", async () => {
    await h.say("Fatima", "/actie budget watertappunt besteed 250", DM);
    await h.say("Fatima", "was 300 euro", DM);
    expect((await byTitle("Watertappunt in de wijk")).budgetSpentCents).toBe(30000);
  });
});

describe("a nod in the group after the bot's change (thirty-second session)", () => {
  it.each(["👍", "mooi 💪", "top"])("'%s', not addressed to the bot, gets no reply and changes nothing", async (nod) => {
    await h.say("Fatima", "@wijkbot watertappunt: 120 handtekeningen opgehaald");
    expect(await h.say("Fatima", nod)).toEqual([]);
  });

  it("'@wijkbot top' is addressed, and answered", async () => {
    await h.say("Fatima", "@wijkbot watertappunt: 120 handtekeningen opgehaald");
    expect((await h.say("Fatima", "@wijkbot top")).length).toBeGreaterThan(0);
  });
});

describe("an owner corrected by the kartrekker who just handed the action over (thirty-sixth session)", () => {
  const DM = { chat: "dm", isDirect: true };
  const TITLE = "Vreedzaam breder trekken naar de 2e schil";
  const owners = async () => (await h.db.actionOwner.findMany({ where: { action: { wijkId: h.wijkId, title: TITLE } }, select: { person: { select: { displayName: true } } } })).map((o) => o.person.displayName).sort();

  it("'sorry, Fatima moest het zijn ipv Peter': the hand-over is taken back first, so Ahmed may still make it — Fatima owns it", async () => {
    await h.say("Ahmed", "/actie eigenaar 2e schil @Peter", DM);
    expect(await owners()).toEqual(["Peter"]);
    const [reply] = await h.say("Ahmed", "sorry, Fatima moest het zijn ipv Peter", DM);
    expect(reply).toContain("Fatima");
    expect(await owners()).toEqual(["Fatima"]);
  });

  it("'oeps ik wilde Peter erbij, ik blijf zelf ook eigenaar': both", async () => {
    await h.say("Ahmed", "/actie eigenaar 2e schil @Peter", DM);
    await h.say("Ahmed", "oeps ik wilde Peter erbij, ik blijf zelf ook eigenaar", DM);
    expect(await owners()).toEqual(["Ahmed", "Peter"]);
  });
});
