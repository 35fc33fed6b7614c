import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { findNextMeeting } from "../../src/services/find-next-meeting.ts";
import { requireNextMeeting } from "../../src/services/require-next-meeting.ts";
import { findMeetingAfter } from "../../src/services/find-meeting-after.ts";
import { listUpcomingMeetings } from "../../src/services/list-upcoming-meetings.ts";

const demo = useDemoWijk();
const HOUR_MS = 3600_000;

async function meetingAt(hoursFromNow: number, options: { closed?: boolean } = {}) {
  const { db, wijkId, now } = demo();
  return db.meeting.create({
    data: { wijkId, startsAt: new Date(now.getTime() + hoursFromNow * HOUR_MS), closedAt: options.closed ? now : null, createdAt: now },
  });
}

describe("findNextMeeting: the meeting /agenda is about", () => {
  it("is null while no meeting is planned", async () => {
    const { db, wijkId, now } = demo();
    expect(await findNextMeeting(db, { wijkId, now })).toBeNull();
  });

  it("is the soonest meeting not closed yet", async () => {
    const { db, wijkId, now } = demo();
    await meetingAt(14 * 24);
    const soon = await meetingAt(7 * 24);
    expect((await findNextMeeting(db, { wijkId, now }))?.id).toBe(soon.id);
  });

  it("is still the meeting that started an hour ago and was not closed (it is running)", async () => {
    const { db, wijkId, now } = demo();
    const running = await meetingAt(-1);
    await meetingAt(7 * 24);
    expect((await findNextMeeting(db, { wijkId, now }))?.id).toBe(running.id);
  });

  it("skips a closed meeting and one left open for more than a day", async () => {
    const { db, wijkId, now } = demo();
    await meetingAt(2, { closed: true });
    await meetingAt(-25);
    const next = await meetingAt(7 * 24);
    expect((await findNextMeeting(db, { wijkId, now }))?.id).toBe(next.id);
  });
});

describe("requireNextMeeting", () => {
  it("gives the next meeting", async () => {
    const { db, wijkId, now } = demo();
    const next = await meetingAt(48);
    expect((await requireNextMeeting(db, { wijkId, now })).id).toBe(next.id);
  });

  it("throws NOT_FOUND when none is planned", async () => {
    const { db, wijkId, now } = demo();
    await expect(requireNextMeeting(db, { wijkId, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("findMeetingAfter: where open items move to", () => {
  it("is the first unclosed meeting after the given one", async () => {
    const { db } = demo();
    const first = await meetingAt(24);
    await meetingAt(48, { closed: true });
    const third = await meetingAt(72);
    await meetingAt(96);
    expect((await findMeetingAfter(db, first))?.id).toBe(third.id);
  });

  it("is null after the last one", async () => {
    const { db } = demo();
    await meetingAt(24);
    const last = await meetingAt(48);
    expect(await findMeetingAfter(db, last)).toBeNull();
  });
});

describe("listUpcomingMeetings (/vergaderingen)", () => {
  it("lists the coming meetings (closed ones in the future too) and a running one, soonest first", async () => {
    const { db, wijkId, now } = demo();
    const running = await meetingAt(-2);
    await meetingAt(-48);
    await meetingAt(-3, { closed: true });
    const later = await meetingAt(48);
    const closedLater = await meetingAt(24, { closed: true });
    expect((await listUpcomingMeetings(db, { wijkId, now })).map((m) => m.id)).toEqual([running.id, closedLater.id, later.id]);
  });
});
