import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { createReminder, MAX_ACTIVE_REMINDERS_PER_PERSON, REMINDER_SET_FIELD } from "../../src/services/create-reminder.ts";

const demo = useDemoWijk();
const HOUR_MS = 3_600_000;

/** Fatima's reminder for herself, from the seed's moment (Monday 5 January 2026, 09:00). */
async function forFatima(extra: Partial<Parameters<typeof createReminder>[1]> = {}) {
  const { db, wijkId, person, now } = demo();
  const fatima = await person("Fatima");
  return createReminder(db, { wijkId, creatorId: fatima.id, target: { personId: fatima.id }, text: "Offerte opvragen", now, ...extra });
}

describe("createReminder (/herinner)", () => {
  it("stores a one-off reminder for a person at the given moment, cleaned of hidden characters", async () => {
    const { now, person } = demo();
    const at = new Date(now.getTime() + 2 * HOUR_MS);
    const reminder = await forFatima({ at, text: "Offerte\u202e opvragen" });
    expect(reminder).toMatchObject({ kind: "adhoc", targetPersonId: (await person("Fatima")).id, targetChatId: null, text: "Offerte opvragen", recurrence: null, nextAt: at, createdAt: now, cancelledAt: null });
  });

  it("can be for a chat instead of a person", async () => {
    const { db, wijkId, now } = demo();
    const chat = await db.chat.findFirstOrThrow({ where: { wijkId, externalId: "kartrekkers" } });
    const reminder = await forFatima({ target: { chatId: chat.id }, at: new Date(now.getTime() + HOUR_MS) });
    expect(reminder).toMatchObject({ targetPersonId: null, targetChatId: chat.id });
  });

  it("numbers the reminders of the wijk one after another, whoever sets them", async () => {
    const { db, wijkId, person, now } = demo();
    const at = new Date(now.getTime() + HOUR_MS);
    expect((await forFatima({ at })).number).toBe(1);
    const joke = await person("Joke");
    expect((await createReminder(db, { wijkId, creatorId: joke.id, target: { personId: joke.id }, text: "Bellen", at, now })).number).toBe(2);
    expect((await forFatima({ at })).number).toBe(3);
  });

  it("refuses a moment that is now or past, and a reminder without a moment", async () => {
    const { db, now } = demo();
    await expect(forFatima({ at: now })).rejects.toMatchObject({ code: "INVALID" });
    await expect(forFatima({ at: new Date(now.getTime() - HOUR_MS) })).rejects.toMatchObject({ code: "INVALID" });
    await expect(forFatima({})).rejects.toMatchObject({ code: "INVALID" });
    expect(await db.reminder.count({ where: { kind: "adhoc" } })).toBe(0);
  });

  it("starts a recurring reminder at its first occurrence strictly after now, and stores the rule", async () => {
    const daily = { kind: "daily" as const, workdaysOnly: true, hour: 9, minute: 0 };
    const reminder = await forFatima({ recurrence: daily });
    // It is Monday 09:00 sharp: the next one is Tuesday 09:00 (08:00 UTC in winter).
    expect(reminder.nextAt).toEqual(new Date("2026-01-06T08:00:00Z"));
    expect(JSON.parse(reminder.recurrence!)).toEqual(daily);
  });

  it("keeps a recurring reminder at its wall-clock time across the switch to summer time", async () => {
    // Friday 27 March 2026; clocks go forward on Sunday the 29th.
    const reminder = await forFatima({ now: new Date("2026-03-27T09:00:00Z"), recurrence: { kind: "weekly", weekday: 1, hour: 9, minute: 0 } });
    expect(reminder.nextAt).toEqual(new Date("2026-03-30T07:00:00Z"));
  });

  it("refuses more than the maximum of active reminders per person; cancelled ones do not count", async () => {
    const { db, now } = demo();
    const at = new Date(now.getTime() + HOUR_MS);
    for (let i = 0; i < MAX_ACTIVE_REMINDERS_PER_PERSON; i++) await forFatima({ at });
    await expect(forFatima({ at })).rejects.toMatchObject({ code: "CONFLICT" });
    await db.reminder.updateMany({ where: { number: 1 }, data: { cancelledAt: now } });
    expect((await forFatima({ at })).number).toBe(MAX_ACTIVE_REMINDERS_PER_PERSON + 1);
  });

  it("with change details, records the reminder in the history so /ongedaan can take it back", async () => {
    const { db, wijkId, person, now } = demo();
    const fatima = await person("Fatima");
    const reminder = await forFatima({ at: new Date(now.getTime() + HOUR_MS), meta: { wijkId, personId: fatima.id, batchId: "b1", chatId: "kartrekkers", messageId: "m1", at: now } });
    expect(await db.historyEntry.findMany({ where: { batchId: "b1" } })).toEqual([
      expect.objectContaining({ field: REMINDER_SET_FIELD, actionId: null, fromValue: null, toValue: reminder.id, personId: fatima.id, messageId: "m1", createdAt: now }),
    ]);
  });

  it("records nothing in the history without change details", async () => {
    const { db, now } = demo();
    await forFatima({ at: new Date(now.getTime() + HOUR_MS) });
    expect(await db.historyEntry.count({ where: { field: REMINDER_SET_FIELD } })).toBe(0);
  });
});
