import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { createDatePoll } from "../../src/services/create-date-poll.ts";
import { listOpenDatePollOptions } from "../../src/services/list-open-date-poll-options.ts";
import { voteDatePoll } from "../../src/services/vote-date-poll.ts";

const demo = useDemoWijk();
const DAY_MS = 24 * 3600_000;

describe("listOpenDatePollOptions", () => {
  it("is empty when no poll is open", async () => {
    const { db, wijkId } = demo();
    expect(await listOpenDatePollOptions(db, { wijkId })).toEqual([]);
  });

  it("gives the open poll's options numbered as its card shows them, with when each starts", async () => {
    const { db, wijkId, now } = demo();
    const chat = await db.chat.findFirstOrThrow({ where: { wijkId, kind: "stuurgroep" } });
    const moments = [2, 9].map((d) => new Date(now.getTime() + d * DAY_MS));
    await createDatePoll(db, { wijkId, chatId: chat.id, moments, now });
    expect(await listOpenDatePollOptions(db, { wijkId })).toEqual([
      { number: 1, startsAt: moments[0] },
      { number: 2, startsAt: moments[1] },
    ]);
  });

  it("with a person, says which options they already voted for", async () => {
    const { db, wijkId, now } = demo();
    const chat = await db.chat.findFirstOrThrow({ where: { wijkId, kind: "stuurgroep" } });
    const moments = [2, 9, 16].map((d) => new Date(now.getTime() + d * DAY_MS));
    await createDatePoll(db, { wijkId, chatId: chat.id, moments, now });
    const henk = await db.person.findFirstOrThrow({ where: { wijkId, displayName: "Henk" } });
    await voteDatePoll(db, { wijkId, personId: henk.id, positions: [2], now });
    expect(await listOpenDatePollOptions(db, { wijkId, personId: henk.id })).toEqual([
      { number: 1, startsAt: moments[0], mine: false },
      { number: 2, startsAt: moments[1], mine: true },
      { number: 3, startsAt: moments[2], mine: false },
    ]);
  });

  it("leaves a closed poll out", async () => {
    const { db, wijkId, now } = demo();
    const chat = await db.chat.findFirstOrThrow({ where: { wijkId, kind: "stuurgroep" } });
    const poll = await createDatePoll(db, { wijkId, chatId: chat.id, moments: [1, 2].map((d) => new Date(now.getTime() + d * DAY_MS)), now });
    await db.datePoll.update({ where: { id: poll.id }, data: { closedAt: now } });
    expect(await listOpenDatePollOptions(db, { wijkId })).toEqual([]);
  });
});
