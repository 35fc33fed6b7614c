import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { listAgendaItems } from "../../src/services/list-agenda-items.ts";
import { getAgendaItemByNumber } from "../../src/services/get-agenda-item-by-number.ts";
import { renumberAgendaItems } from "../../src/services/renumber-agenda-items.ts";

const demo = useDemoWijk();

/** A meeting next week with items at the given positions (text = "item <position>"). */
async function meetingWithItems(positions: number[]) {
  const { db, wijkId, now } = demo();
  const meeting = await db.meeting.create({ data: { wijkId, startsAt: new Date(now.getTime() + 7 * 24 * 3600_000), createdAt: now } });
  for (const [i, position] of positions.entries()) {
    await db.agendaItem.create({ data: { wijkId, meetingId: meeting.id, text: `item ${position}`, kind: "bespreking", position, createdAt: new Date(now.getTime() + i * 1000) } });
  }
  return meeting;
}

describe("listAgendaItems", () => {
  it("gives a meeting's items in numbered order", async () => {
    const meeting = await meetingWithItems([3, 1, 2]);
    expect((await listAgendaItems(demo().db, meeting.id)).map((i) => i.text)).toEqual(["item 1", "item 2", "item 3"]);
  });

  it("orders items with the same position by when they were proposed", async () => {
    const meeting = await meetingWithItems([1, 1]);
    const items = await listAgendaItems(demo().db, meeting.id);
    expect(items[0].createdAt.getTime()).toBeLessThan(items[1].createdAt.getTime());
  });
});

describe("getAgendaItemByNumber", () => {
  it("gives item n, counting from 1", async () => {
    const meeting = await meetingWithItems([1, 2, 3]);
    expect((await getAgendaItemByNumber(demo().db, meeting.id, 2)).text).toBe("item 2");
  });

  it("throws NOT_FOUND for a number past the end", async () => {
    const meeting = await meetingWithItems([1, 2]);
    await expect(getAgendaItemByNumber(demo().db, meeting.id, 3)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("renumberAgendaItems", () => {
  it("numbers items 1..n in the given order, so numbers stay compact", async () => {
    const meeting = await meetingWithItems([2, 5, 9]);
    const { db } = demo();
    const items = await listAgendaItems(db, meeting.id);
    await renumberAgendaItems(db, [items[2], items[0], items[1]]);
    const after = await listAgendaItems(db, meeting.id);
    expect(after.map((i) => [i.position, i.text])).toEqual([
      [1, "item 9"],
      [2, "item 2"],
      [3, "item 5"],
    ]);
  });
});
