import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { at, personId } from "../scheduler/helpers.ts";
import { recordOutbox } from "../helpers/recording-adapter.ts";
import type { OutgoingMessage } from "../../src/core/types.ts";
import { parseRoundAnswers } from "../../src/parse/round-answers.ts";
import { openCheckInRound } from "../../src/services/open-check-in-round.ts";
import { renderCheckInRoundInvite } from "../../src/render/check-in-round.ts";
import { getAgenda } from "../../src/services/get-agenda.ts";
import { renderAgenda } from "../../src/render/agenda.ts";
import { getWeeklyDigest } from "../../src/services/get-weekly-digest.ts";
import { renderWeeklyDigest } from "../../src/render/weekly-digest.ts";
import { dutch, translator } from "../../src/i18n/index.ts";
import { scheduleSettingsPatchSchema } from "../../src/scheduler/settings.ts";

/**
 * One full round on one database (the steps build on each other): a meeting on Tuesday
 * 17 February 19:30, so the round goes out 12 days before, Thursday 5 February 09:00.
 */
let h: Harness;
let sent: OutgoingMessage[];
const invites = () => sent.filter((m) => m.text.includes("🧭 *Check-in voor de stuurgroep"));
const dmOf = (name: string) => sent.filter((m) => m.chatId === `dm:${name.toLowerCase()}`);
const actionOf = (title: string) => h.db.action.findFirstOrThrow({ where: { title } });
const checkInOf = async (name: string) => h.db.checkIn.findFirstOrThrow({ where: { personId: await personId(h.db, name), round: { not: "" } } });

beforeAll(async () => {
  // Starting the day before keeps the scheduler from walking through a month of demo reminders.
  h = await createHarness({ start: at("2026-02-04 09:00") });
  sent = recordOutbox(h.app);
  await h.app.scheduler.init(h.clock.now());
  for (const name of ["Sanne", "Fatima", "Peter", "Lisa", "Ahmed", "Ingrid"]) await h.say(name, "/ik", { chat: "dm" });
  // Youssef is away until Monday 9 February (no stand-in): he is asked on his first morning back.
  await h.say("Youssef", "/afwezig t/m 9 februari");
  // Joke is away until 20 February with Ingrid (no actions of her own) as stand-in: Ingrid is asked for Joke's actions.
  await h.say("Joke", "/afwezig t/m 20 februari vervanger @Ingrid");
  await h.say("Marieke", "/vergadering nieuw 17 februari 19:30 wijkcentrum");
});
afterAll(async () => h.close());

describe("the check-in round before a stuurgroep meeting", () => {
  it("goes out 12 days before the meeting at the reminder hour, once, to every owner of open actions", async () => {
    await h.app.scheduler.advanceTo(h.clock, at("2026-02-05 08:59"));
    expect(invites()).toEqual([]);
    await h.app.scheduler.advanceTo(h.clock, at("2026-02-05 09:00"));
    const owners = await h.db.checkIn.count({ where: { round: { not: "" } } });
    expect(owners).toBeGreaterThan(3);
    expect(invites()).toHaveLength(owners);
    const fatima = dmOf("Fatima").find((m) => m.text.startsWith("🧭"))!;
    expect(fatima.text).toContain("🧭 *Check-in voor de stuurgroep van di 17 feb 19:30*\nHoe staan je acties ervoor?\n1. Watertappunt in de wijk");
    expect(fatima.text).toContain("Antwoord met één cijfer per actie, in deze volgorde: 1 op koers · 2 loopt achter · 3 klaar · 4 hulp nodig.");
    expect(fatima.choices?.map((c) => c.label)).toEqual(["✅ Op koers", "🐢 Loopt achter", "🏁 Klaar", "🙋 Hulp nodig"]);
    expect(fatima.promptRef).toBeTruthy();
    expect(await h.db.checkIn.count({ where: { personId: await personId(h.db, "Youssef"), round: { not: "" } } })).toBe(0);
    await h.app.scheduler.advanceTo(h.clock, at("2026-02-05 12:00"));
    expect(invites()).toHaveLength(owners);
  });

  it("an owner away with a stand-in: the stand-in is asked for their actions, saying for whom; the answer counts for the owner", async () => {
    expect(dmOf("Joke").filter((m) => m.text.includes("Check-in"))).toEqual([]);
    const ingrid = dmOf("Ingrid").find((m) => m.text.startsWith("🧭"))!;
    expect(ingrid.text).toContain(
      "🧭 *Check-in voor de stuurgroep van di 17 feb 19:30*\nHoe staan deze acties ervoor?\n🤝 Voor Joke (afwezig t/m 20 feb); jij bent vervanger.\n1. Verhoogde betrokkenheid CB en GGD",
    );
    expect(ingrid.choices?.map((c) => c.label)).toEqual(["✅ Op koers", "🐢 Loopt achter", "🏁 Klaar", "🙋 Hulp nodig"]);
    h.clock.set(at("2026-02-05 09:30"));
    const [reply] = await h.say("Ingrid", "2 wacht op de GGD", { chat: "dm" });
    expect(reply).toContain("Genoteerd: *Verhoogde betrokkenheid CB en GGD* loopt achter.");
    expect(reply).toContain("Alles beantwoord, dank je wel!");
    const action = await actionOf("Verhoogde betrokkenheid CB en GGD");
    const notes = await h.db.progressNote.findMany({ where: { actionId: action.id, personId: await personId(h.db, "Ingrid") } });
    expect(notes.map((n) => n.text)).toEqual(["Check-in: loopt achter — wacht op de GGD"]);
    expect(await h.db.historyEntry.count({ where: { actionId: action.id, personId: await personId(h.db, "Ingrid") } })).toBeGreaterThan(0);
    expect((await checkInOf("Ingrid")).answeredAt).not.toBeNull();
    // /checkin counts Joke as answered, and neither Joke nor Ingrid is waited for.
    const [state] = await h.say("Marieke", "/checkin");
    const missing = /Nog niet beantwoord: (.*)/.exec(state)?.[1] ?? "";
    expect(missing).not.toMatch(/Joke|Ingrid/);
    const answered = Number(/(\d+) van \d+ beantwoord/.exec(state)?.[1]);
    expect(answered).toBe(1);
  });

  it("answered by number: 3 sets the action klaar through the same change as /actie klaar, with history and undo", async () => {
    h.clock.set(at("2026-02-05 10:00"));
    const [reply] = await h.say("Fatima", "3", { chat: "dm" });
    expect(reply).toContain("Genoteerd: *Watertappunt in de wijk* klaar.");
    expect(reply).toContain("Alles beantwoord, dank je wel!");
    const action = await actionOf("Watertappunt in de wijk");
    expect(action.status).toBe("klaar");
    expect(await h.db.historyEntry.count({ where: { actionId: action.id, field: "status", toValue: "klaar" } })).toBe(1);
    expect((await checkInOf("Fatima")).answeredAt).not.toBeNull();
    await h.say("Fatima", "/ongedaan", { chat: "dm" });
    expect((await actionOf("Watertappunt in de wijk")).status).not.toBe("klaar");
  });

  it("answered by a tap on the invitation's button, with a note: the note becomes a progress note", async () => {
    const invite = dmOf("Peter").find((m) => m.text.startsWith("🧭"))!;
    const replies = await h.app.bot.handle({ ...h.message("Peter", "2", { chat: "dm" }), isChoiceAnswer: true, promptRef: invite.promptRef });
    expect(replies.map((r) => r.text).join("\n")).toContain("loopt achter");
    const notes = await h.db.progressNote.findMany({ where: { personId: await personId(h.db, "Peter") } });
    expect(notes.map((n) => n.text)).toContain("Check-in: loopt achter");
  });

  it("'hulp nodig' with a note proposes an agenda item in that person's name", async () => {
    const [reply] = await h.say("Sanne", "4 we zoeken een locatie", { chat: "dm" });
    expect(reply).toContain("als agendapunt voorgesteld");
    const item = await h.db.agendaItem.findFirstOrThrow({ where: { proposerId: await personId(h.db, "Sanne") } });
    expect(item.text).toMatch(/^Hulp nodig bij .+: we zoeken een locatie$/);
    expect(item.status).toBe("voorgesteld");
  });

  it("bad input changes nothing: an answer number that does not exist, words it cannot read", async () => {
    const before = await checkInOf("Lisa");
    expect((await h.say("Lisa", "/check 7", { chat: "dm" }))[0]).toBe(
      "Antwoord 7 bestaat niet; er is niets opgeslagen. Kies 1 (op koers), 2 (loopt achter), 3 (klaar) of 4 (hulp nodig).",
    );
    // Within a day of the invitation a bare number answers its buttons, which number 1 to 4.
    expect((await h.say("Lisa", "7", { chat: "dm" }))[0]).toBe("Kies een nummer van 1 tot en met 4.");
    expect((await h.say("Lisa", "/check hallo")).join()).toContain("Dat begrijp ik niet; er is niets opgeslagen.");
    expect((await checkInOf("Lisa")).answers).toBe(before.answers);
  });

  it("an answer for an action that is no longer yours is refused and changes nothing", async () => {
    const ahmed = await checkInOf("Ahmed");
    const items = JSON.parse(ahmed.items) as { title: string }[];
    const last = items[items.length - 1].title;
    await h.say("Marieke", `/actie eigenaar ${last}: Lisa`);
    const tooMany = items.map(() => "1").join(" ");
    const [reply] = await h.say("Ahmed", tooMany, { chat: "dm" });
    expect(reply).toContain(`*${last}* is niet meer jouw actie`);
    expect(reply).toContain("er is niets opgeslagen");
    expect((await checkInOf("Ahmed")).answers).toBe("{}");
  });

  it("/checkin shows the coördinator and the voorzitter the state; others get a short refusal", async () => {
    const [state] = await h.say("Marieke", "/checkin");
    expect(state).toMatch(/^🧭 \*Check-in voor de stuurgroep van di 17 feb 19:30\*\nVerstuurd do 5 feb; \d+ van \d+ beantwoord\.\nNog niet beantwoord: /);
    expect(state).toContain("Lisa");
    expect((await h.say("Henk", "/checkin", { chat: "stuurgroep" }))[0]).toContain("beantwoord");
    expect((await h.say("Lisa", "/checkin"))[0]).toBe("Alleen de coördinator en de voorzitter zien de stand van de check-in. Je eigen acties: /acties mijn");
  });

  it("reminds once, 3 days later, only those who have not answered", async () => {
    const count = sent.length;
    await h.app.scheduler.advanceTo(h.clock, at("2026-02-08 12:00"));
    await h.app.scheduler.advanceTo(h.clock, at("2026-02-09 09:30"));
    const reminders = sent.slice(count).filter((m) => m.text.startsWith("⏰ Je check-in staat nog open"));
    expect(reminders.map((m) => m.chatId)).toContain("dm:lisa");
    expect(reminders.map((m) => m.chatId)).not.toContain("dm:fatima");
    await h.app.scheduler.advanceTo(h.clock, at("2026-02-12 12:00"));
    expect(sent.slice(count).filter((m) => m.text.startsWith("⏰ Je check-in"))).toHaveLength(reminders.length);
  });

  it("reaches someone who was away when it went out on their first morning back, before the meeting", async () => {
    expect((await checkInOf("Youssef")).sentAt).toEqual(at("2026-02-10 09:00"));
  });

  it("the agenda push has 'Voortgang per pijler' with who is on track, behind or done; the digest has the round", async () => {
    const meeting = await h.db.meeting.findFirstOrThrow();
    const agenda = renderAgenda(await getAgenda(h.db, { meeting, now: h.clock.now(), withPillars: true }), dutch, "nl", h.clock.now());
    expect(agenda).toContain("*Voortgang per pijler* (check-in)");
    expect(agenda).toMatch(/loopt achter: Peter \(/);
    expect(agenda).toContain("Joke (Verhoogde betrokkenheid CB en GGD)");
    expect(agenda).not.toContain("Ingrid (");
    expect(agenda).toMatch(/hulp nodig: Sanne \(/);
    expect(agenda).toMatch(/Nog geen antwoord van: .*Lisa/);
    const digest = renderWeeklyDigest(await getWeeklyDigest(h.db, { wijkId: h.wijkId, end: h.clock.now() }), "nl", h.clock.now());
    expect(digest).toMatch(/🧭 \*Check-in\* \(Check-in voor de stuurgroep van di 17 feb 19:30\): \d+ van \d+ beantwoord\./);
    expect(digest).toContain("🙋 Hulp nodig:");
  });

  it("an answer after the meeting is refused and changes nothing", async () => {
    h.clock.set(at("2026-02-18 10:00"));
    const [reply] = await h.say("Lisa", "1", { chat: "dm" });
    expect(reply).toBe("De check-in voor di 17 feb 19:30 is voorbij; er is niets opgeslagen. Voortgang doorgeven kan nog: /actie update <naam> <wat er gebeurd is>");
    expect((await checkInOf("Lisa")).answers).toBe("{}");
  });
});

describe("a stand-in who owns actions too", () => {
  it("gets one list: their own actions, then under 'Voor …' the absent owner's (a shared action once); the answers count for each owner", async () => {
    h.clock.set(at("2026-02-18 11:00"));
    await h.say("Youssef", "/afwezig t/m 6 maart vervanger @Ahmed");
    const [ahmedId, youssefId] = [await personId(h.db, "Ahmed"), await personId(h.db, "Youssef")];
    // Ouderbetrokkenheid is theirs together (an earlier step gave it to Lisa).
    const shared = await actionOf("Ouderbetrokkenheid");
    await h.db.action.update({ where: { id: shared.id }, data: { owners: { deleteMany: {}, create: [{ personId: youssefId }, { personId: ahmedId }] } } });
    const now = h.clock.now();
    const invite = await h.db.$transaction((tx) =>
      openCheckInRound(tx, {
        wijkId: h.wijkId,
        personId: ahmedId,
        round: "month:2026-03",
        meetingId: null,
        closesAt: at("2026-03-31 09:00"),
        sentAt: now,
        now,
        standInFor: [{ personId: youssefId, lastDay: at("2026-03-06 00:00") }],
      }),
    );
    const text = invite && renderCheckInRoundInvite(invite, translator(invite.lang), invite.lang, now);
    expect(text).toMatch(/Hoe staan je acties ervoor\?\n1\. [^\n]+\n(?:\d+\. [^\n]+\n)*🤝 Voor Youssef \(afwezig t\/m (?:vr )?6 mrt\); jij bent vervanger\.\n\d+\. Eén wijkwebsite/);
    expect(text?.match(/Ouderbetrokkenheid/g)).toHaveLength(1);
    const row = await h.db.checkIn.findFirstOrThrow({ where: { personId: ahmedId, round: "month:2026-03" } });
    const items = JSON.parse(row.items) as { title: string }[];
    expect(items[items.length - 1].title).toBe("Eén wijkwebsite");
    const [reply] = await h.say("Ahmed", `/check ${items.map((_, i) => (i === items.length - 1 ? "2" : "1")).join(" ")}`, { chat: "dm" });
    expect(reply).toContain("*Eén wijkwebsite* loopt achter");
    const website = await actionOf("Eén wijkwebsite");
    expect((await h.db.progressNote.findMany({ where: { actionId: website.id, personId: ahmedId } })).map((n) => n.text)).toEqual(["Check-in: loopt achter"]);
    expect((await h.say("Marieke", "/checkin"))[0]).toContain("2 van 2 beantwoord");
  });
});

describe("reading round answers", () => {
  it.each([
    ["1 3", [["op-koers", ""], ["klaar", ""]]],
    ["2 wacht op offerte, 1", [["loopt-achter", "wacht op offerte"], ["op-koers", ""]]],
    ["2 loopt achter", [["loopt-achter", ""]]],
    ["1 120 handtekeningen opgehaald", [["op-koers", "120 handtekeningen opgehaald"]]],
  ])("%j", (text, expected) => {
    expect(parseRoundAnswers(text)?.map((a) => [a.verdict, a.note])).toEqual(expected);
  });
});

describe("the wijk setting", () => {
  it("takes days before the meeting or a monthly day, and refuses anything else in Dutch", () => {
    expect(scheduleSettingsPatchSchema.safeParse({ checkInRound: { daysBeforeMeeting: 10 } }).success).toBe(true);
    expect(scheduleSettingsPatchSchema.safeParse({ checkInRound: { monthlyDay: 1 } }).success).toBe(true);
    const bad = scheduleSettingsPatchSchema.safeParse({ checkInRound: { monthlyDay: 31 } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].message).toBe("monthlyDay is 1 tot en met 28 (of null: voor elke vergadering)");
  });
});
