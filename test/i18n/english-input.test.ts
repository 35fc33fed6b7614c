import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { localParts } from "../../src/time/amsterdam.ts";

/**
 * Someone who chose /taal en types the rest in English too: role words, agenda kinds,
 * times like "10am" and "7:30pm", recurring moments like "every monday". What they type
 * lands in the same data as the Dutch words would.
 */
let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  await h.say("Marieke", "/language en");
});
afterEach(async () => h.close());

const local = (d: Date) => {
  const p = localParts(d);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")} ${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`;
};

describe("English words in commands", () => {
  it.each([
    ["/role @Sanne pillar lead Gezond", "aanjager", "🧭 Sanne is now pillar lead of Gezond."],
    ["/role @Sanne action lead", "kartrekker", "🧭 Sanne is now action lead."],
    ["/role @Sanne steering group", "stuurgroep", "🧭 Sanne is now steering group member."],
    ["/role @Sanne chair", "voorzitter", undefined],
  ])("%s gives the role %s", async (line, role, reply) => {
    const replies = await h.say("Marieke", line);
    const sanne = await h.db.person.findFirstOrThrow({ where: { wijkId: h.wijkId, displayName: "Sanne" } });
    expect(sanne.role).toBe(role);
    if (reply) expect(replies).toEqual([reply]);
  });

  it("/agenda add … decision action … files a decision item about that action", async () => {
    await h.say("Marieke", "/meeting new 12 february 7:30pm De Kiosk");
    const meeting = await h.db.meeting.findFirstOrThrow({ where: { wijkId: h.wijkId } });
    expect(local(meeting.startsAt)).toBe("2026-02-12 19:30");
    expect(meeting.place).toBe("De Kiosk");

    const [reply] = await h.say("Marieke", "/agenda add Budget 2026 decision action watertappunt");
    expect(reply).toContain('"Budget 2026" (decision, action Watertappunt in de wijk)');
    const item = await h.db.agendaItem.findFirstOrThrow({ where: { text: "Budget 2026" } });
    expect(item.kind).toBe("besluit");
    expect(item.actionId).not.toBeNull();
  });

  it("/remind me … tomorrow at 10am is 10:00 Amsterdam time", async () => {
    const [reply] = await h.say("Marieke", "/remind me call the council tomorrow at 10am");
    expect(reply).toContain('Tue 6 Jan 10:00 about "call the council"');
    const reminder = await h.db.reminder.findFirstOrThrow({ where: { text: "call the council" } });
    expect(local(reminder.nextAt!)).toBe("2026-01-06 10:00");
  });

  it("/remind group … every monday 9am repeats weekly and is described in English", async () => {
    const [reply] = await h.say("Marieke", "/remind group stand-up every monday 9am");
    expect(reply).toContain("every Monday at 09:00");
    const reminder = await h.db.reminder.findFirstOrThrow({ where: { text: "stand-up" } });
    expect(JSON.parse(reminder.recurrence!)).toMatchObject({ kind: "weekly", weekday: 1, hour: 9, minute: 0 });
  });

  it("/actions pillar Gezond lists that pillar, as /actions Gezond does", async () => {
    expect(await h.say("Marieke", "/actions pillar Gezond")).toEqual(await h.say("Marieke", "/actions Gezond"));
  });
});

describe("English replies that name several people", () => {
  it("joins the owners with 'and' when someone may not change an action", async () => {
    await h.say("Peter", "/language en");
    const [reply] = await h.say("Peter", "/action done wijkplan jonge kind");
    expect(reply).toContain("Sanne and Lisa");
    expect(reply).not.toContain("Sanne en Lisa");
  });
});
