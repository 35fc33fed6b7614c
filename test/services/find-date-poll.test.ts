import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { createDatePoll } from "../../src/services/create-date-poll.ts";
import { voteDatePoll } from "../../src/services/vote-date-poll.ts";
import { findDatePoll } from "../../src/services/find-date-poll.ts";
import { findDatePollByPlatformId } from "../../src/services/find-date-poll-by-platform-id.ts";
import { requireOpenDatePoll } from "../../src/services/require-open-date-poll.ts";
import { listDatePollNonVoters } from "../../src/services/list-date-poll-non-voters.ts";

const demo = useDemoWijk();
const DAY_MS = 24 * 3600_000;

/** A poll in the stuurgroep chat with options 1, 2 and 3 days ahead. */
async function putUpPoll(options: { closed?: boolean; platformPollId?: string } = {}) {
  const { db, wijkId, now } = demo();
  const chat = await db.chat.findFirstOrThrow({ where: { wijkId, kind: "stuurgroep" } });
  const poll = await createDatePoll(db, { wijkId, chatId: chat.id, moments: [1, 2, 3].map((d) => new Date(now.getTime() + d * DAY_MS)), now });
  if (options.closed || options.platformPollId) {
    await db.datePoll.update({ where: { id: poll.id }, data: { closedAt: options.closed ? now : null, platformPollId: options.platformPollId ?? null } });
  }
  return poll;
}

describe("findDatePoll", () => {
  it("is null for a wijk that never had a poll", async () => {
    const { db, wijkId } = demo();
    expect(await findDatePoll(db, { wijkId })).toBeNull();
  });

  it("gives the open poll with its options in order and the votes on them", async () => {
    const { db, wijkId, now, person } = demo();
    const poll = await putUpPoll();
    await voteDatePoll(db, { wijkId, personId: (await person("Henk")).id, positions: [2, 3], now });
    const found = await findDatePoll(db, { wijkId });
    expect(found?.id).toBe(poll.id);
    expect(found?.options.map((o) => o.position)).toEqual([1, 2, 3]);
    expect(found?.options.map((o) => o.votes.map((v) => v.person.displayName))).toEqual([[], ["Henk"], ["Henk"]]);
  });

  it("gives the most recent closed poll when none is open (so a late vote hears it closed)", async () => {
    const { db, wijkId } = demo();
    const closed = await putUpPoll({ closed: true });
    expect((await findDatePoll(db, { wijkId }))?.id).toBe(closed.id);
  });

  it("by ref: only a poll of this wijk", async () => {
    const { db, wijkId } = demo();
    const poll = await putUpPoll();
    expect((await findDatePoll(db, { wijkId, ref: poll.ref }))?.id).toBe(poll.id);
    const other = await db.wijk.create({ data: { name: "Elders", overviewToken: "elders-token" } });
    expect(await findDatePoll(db, { wijkId: other.id, ref: poll.ref })).toBeNull();
  });

  it("by the platform's poll id (a Telegram poll_answer)", async () => {
    const { db } = demo();
    const poll = await putUpPoll({ platformPollId: "tg-5551" });
    expect((await findDatePollByPlatformId(db, "tg-5551"))?.id).toBe(poll.id);
    expect(await findDatePollByPlatformId(db, "tg-0000")).toBeNull();
  });
});

describe("requireOpenDatePoll", () => {
  it("gives the open poll", async () => {
    const poll = await putUpPoll();
    expect((await requireOpenDatePoll(demo().db, { wijkId: demo().wijkId })).id).toBe(poll.id);
  });

  it("NOT_FOUND without a poll; CONFLICT when it is closed", async () => {
    const { db, wijkId } = demo();
    await expect(requireOpenDatePoll(db, { wijkId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await putUpPoll({ closed: true });
    await expect(requireOpenDatePoll(db, { wijkId })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("listDatePollNonVoters", () => {
  it("names the stuurgroep (voorzitter, leden, coördinator) who have not voted, by name", async () => {
    const { db, wijkId, now, person } = demo();
    await putUpPoll();
    expect((await listDatePollNonVoters(db, (await findDatePoll(db, { wijkId }))!)).map((p) => p.displayName)).toEqual(["Henk", "Ingrid", "Marieke"]);
    await voteDatePoll(db, { wijkId, personId: (await person("Ingrid")).id, positions: [1], now });
    expect((await listDatePollNonVoters(db, (await findDatePoll(db, { wijkId }))!)).map((p) => p.displayName)).toEqual(["Henk", "Marieke"]);
  });

  it("leaves out stuurgroep members who left", async () => {
    const { db, wijkId, now, person } = demo();
    await putUpPoll();
    await db.person.update({ where: { id: (await person("Henk")).id }, data: { leftAt: now } });
    expect((await listDatePollNonVoters(db, (await findDatePoll(db, { wijkId }))!)).map((p) => p.displayName)).toEqual(["Ingrid", "Marieke"]);
  });
});
