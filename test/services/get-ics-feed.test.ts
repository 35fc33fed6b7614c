import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { getIcsFeed } from "../../src/services/get-ics-feed.ts";
import { OPEN_STATUSES } from "../../src/domain.ts";

const demo = useDemoWijk();
const DAY_MS = 24 * 3600_000;

describe("getIcsFeed", () => {
  it("gives every open action with a deadline, soonest first, and the meetings from half a year ago on with their end and agenda in order", async () => {
    const { db, wijkId, now, action } = demo();
    const water = await action("watertappunt");
    const old = await db.meeting.create({ data: { wijkId, startsAt: new Date(now.getTime() - 200 * DAY_MS) } });
    const next = await db.meeting.create({ data: { wijkId, startsAt: new Date(now.getTime() + 14 * DAY_MS), place: "Wijkcentrum" } });
    // Made out of order: the feed lists the agenda by position.
    await db.agendaItem.create({ data: { wijkId, meetingId: next.id, text: "Begroting", position: 2 } });
    await db.agendaItem.create({ data: { wijkId, meetingId: next.id, text: "Opening", position: 1 } });

    const feed = await getIcsFeed(db, { wijkId, now });
    expect(feed.wijkName).toBe("Lewenborg XL");
    const open = await db.action.findMany({ where: { wijkId, deletedAt: null, status: { in: [...OPEN_STATUSES] }, deadline: { not: null } } });
    expect(feed.deadlines.map((d) => d.actionId).sort()).toEqual(open.map((a) => a.id).sort());
    const times = feed.deadlines.map((d) => d.deadline.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(feed.deadlines.find((d) => d.actionId === water.id)).toMatchObject({ title: "Watertappunt in de wijk", status: "bezig", pillarName: "Gezond" });

    expect(feed.meetings.map((m) => m.meetingId)).not.toContain(old.id);
    expect(feed.meetings.find((m) => m.meetingId === next.id)).toEqual({
      meetingId: next.id,
      startsAt: next.startsAt,
      endsAt: new Date(next.startsAt.getTime() + 120 * 60_000),
      place: "Wijkcentrum",
      agenda: ["Opening", "Begroting"],
    });
  });
});
