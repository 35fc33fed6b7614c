import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { addAction, at, clearDemoDeadlines, personId } from "./helpers.ts";
import { recordOutbox, type Recorded } from "../helpers/recording-adapter.ts";

/**
 * One simulated year (2026) on a real SQLite database with a manual clock: both
 * daylight-saving switches (29 March, 25 October), quiet weekends, a summer holiday,
 * two stuurgroep meetings, a weekly digest and a recurring reminder. The clock jumps
 * from one due moment to the next, so the whole year takes a few seconds.
 */
let h: Harness;
let sent: Recorded[];

const times = (filter: (m: Recorded) => boolean) => sent.filter(filter).map((m) => m.at);

beforeAll(async () => {
  h = await createHarness();
  sent = recordOutbox(h.app, { clock: h.clock });
  await clearDemoDeadlines(h.db);
  const marieke = await personId(h.db, "Marieke");
  // Marieke has a direct chat with the bot: her messages go there; the others are mentioned in the group.
  await h.db.chat.create({ data: { wijkId: h.wijkId, platform: "console", externalId: "dm:marieke", kind: "direct", personId: marieke } });
  const now = h.clock.now();
  await addAction(h.db, { wijkId: h.wijkId, title: "Zomerschool", owner: "Lisa", deadline: "2026-03-31", now });
  await addAction(h.db, { wijkId: h.wijkId, title: "Speeltuin", owner: "Ahmed", deadline: "2026-10-26", now });
  await addAction(h.db, { wijkId: h.wijkId, title: "Zomerfeest", owner: "Fatima", deadline: "2026-08-05", now });

  expect(await h.say("Marieke", "/vakantie 2026-07-18 t/m 2026-08-30")).toEqual([expect.stringContaining("🏖️ Vakantie van za 18 jul t/m zo 30 aug")]);
  expect(await h.say("Marieke", "/herinner mij stuurgroepstukken lezen elke eerste dinsdag van de maand 9:00")).toEqual([expect.stringContaining("Eerste keer: di 6 jan 09:00")]);
  await h.say("Marieke", "/vergadering nieuw 2 april 19:30 wijkcentrum");
  await h.say("Lisa", "/agendapunt Zomerschool evalueren bespreking");
  await h.say("Henk", "/vergadering nieuw 29 oktober 15:00", { chat: "stuurgroep" });

  await h.app.scheduler.advanceTo(h.clock, at("2026-04-20 10:00"));
  await h.say("Lisa", "/actie klaar zomerschool");
  await h.app.scheduler.advanceTo(h.clock, at("2026-09-03 10:00"));
  await h.say("Fatima", "/actie klaar zomerfeest");
  await h.app.scheduler.advanceTo(h.clock, at("2026-11-03 10:00"));
  await h.say("Ahmed", "/actie klaar speeltuin");
  await h.app.scheduler.advanceTo(h.clock, at("2026-12-31 23:00"));
});
afterAll(async () => h.close());

describe("deadline reminders over a year", () => {
  it("come 7 days before, 1 day before, on the morning and weekly while overdue — at 09:00 on both sides of the March switch — and stop when the action is done", () => {
    expect(times((m) => m.text.includes("*Zomerschool*"))).toEqual([
      "2026-03-24 09:00",
      "2026-03-30 09:00",
      "2026-03-31 09:00",
      "2026-04-07 09:00",
      "2026-04-14 09:00",
    ]);
  });

  it("move from the weekend to Monday 09:00, where two moments become one (October switch)", () => {
    // d-1 is Sunday 25 October (the switch itself) and joins the deadline morning on Monday 26th.
    expect(times((m) => m.text.includes("*Speeltuin*"))).toEqual(["2026-10-19 09:00", "2026-10-26 09:00", "2026-11-02 09:00"]);
  });

  it("pause during a holiday and come once on the first allowed day after it", () => {
    const messages = sent.filter((m) => m.text.includes("*Zomerfeest*"));
    expect(messages.map((m) => m.at)).toEqual(["2026-08-31 09:00", "2026-09-02 09:00"]);
    expect(messages[0].text).toContain("is over de deadline: die was wo 5 aug (26 dagen geleden)");
  });

  it("reach the owner by a mention in the group when they have no direct chat", () => {
    const message = sent.find((m) => m.text.includes("*Zomerschool*"))!;
    expect(message.chatId).toBe("kartrekkers");
    expect(message.text).toMatch(/^@Lisa ⏰ Over 7 dagen/);
  });
});

describe("the weekly digest over a year", () => {
  it("goes to the coördinator's direct chat every Monday at 08:30 local time, exactly once", () => {
    const digests = sent.filter((m) => m.text.includes("Weekoverzicht"));
    expect(digests).toHaveLength(51);
    expect(new Set(digests.map((d) => d.at)).size).toBe(51);
    expect(digests.every((d) => d.chatId === "dm:marieke" && d.at.endsWith(" 08:30"))).toBe(true);
    expect(digests[0].at).toBe("2026-01-12 08:30");
    expect(digests.map((d) => d.at)).toEqual(expect.arrayContaining(["2026-03-30 08:30", "2026-10-26 08:30", "2026-12-28 08:30"]));
    for (const d of digests) expect(new Date(`${d.at.slice(0, 10)}T12:00:00Z`).getUTCDay()).toBe(1);
  });
});

describe("a recurring reminder over a year", () => {
  it("comes on every first Tuesday at 09:00, also in the holiday (it was asked for)", () => {
    expect(times((m) => m.text.includes("stuurgroepstukken lezen"))).toEqual([
      "2026-01-06 09:00",
      "2026-02-03 09:00",
      "2026-03-03 09:00",
      "2026-04-07 09:00",
      "2026-05-05 09:00",
      "2026-06-02 09:00",
      "2026-07-07 09:00",
      "2026-08-04 09:00",
      "2026-09-01 09:00",
      "2026-10-06 09:00",
      "2026-11-03 09:00",
      "2026-12-01 09:00",
    ]);
  });
});

describe("the meeting cycle over a year", () => {
  it("asks for agenda items 10 days ahead, pushes the agenda 5 days ahead (Saturday → Monday) to both groups, and reminds on the morning", () => {
    expect(times((m) => m.text.includes("Agendapunten gezocht"))).toEqual(["2026-03-23 09:00", "2026-10-19 09:00"]);
    const agendas = sent.filter((m) => m.text.startsWith("🗓️ *Agenda stuurgroep"));
    expect(agendas.map((m) => `${m.at} ${m.chatId}`).sort()).toEqual([
      "2026-03-30 09:00 kartrekkers",
      "2026-03-30 09:00 stuurgroep",
      "2026-10-26 09:00 kartrekkers",
      "2026-10-26 09:00 stuurgroep",
    ]);
    expect(times((m) => m.text.startsWith("☕ Vandaag om"))).toEqual(["2026-04-02 08:00", "2026-10-29 08:00"]);
  });

  it("closes the meeting when it is over and carries the open item to the next one", async () => {
    const feedback = sent.filter((m) => m.text.includes("Uit de stuurgroep"));
    expect(feedback.map((m) => `${m.at} ${m.chatId}`)).toEqual(["2026-04-02 21:30 kartrekkers", "2026-10-29 17:00 kartrekkers"]);
    expect(feedback[0].text).toContain("- Zomerschool evalueren");
    const october = sent.find((m) => m.at === "2026-10-26 09:00" && m.text.startsWith("🗓️"))!;
    expect(october.text).toContain("Zomerschool evalueren (bespreking, doorgeschoven) — Lisa");
  });
});

describe("exactly once", () => {
  it("leaves every planned delivery sent or dropped, none pending, and never sends one key twice", async () => {
    const rows = await h.db.delivery.findMany();
    expect(rows.filter((r) => r.status === "pending")).toEqual([]);
    expect(rows.filter((r) => r.status === "sent").every((r) => r.attempts === 1)).toBe(true);
    const messages = sent.length;
    await h.app.scheduler.tick(h.clock.now());
    await h.app.scheduler.tick(h.clock.now());
    expect(sent.length).toBe(messages);
  });
});
