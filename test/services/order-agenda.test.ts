import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { orderAgenda } from "../../src/services/order-agenda.ts";
import { listAgendaItems } from "../../src/services/list-agenda-items.ts";

const demo = useDemoWijk();

async function meetingWithItems(texts: string[]) {
  const { db, wijkId, now } = demo();
  const meeting = await db.meeting.create({ data: { wijkId, startsAt: new Date(now.getTime() + 7 * 24 * 3600_000), createdAt: now } });
  for (const [i, text] of texts.entries()) {
    await db.agendaItem.create({ data: { wijkId, meetingId: meeting.id, text, kind: "bespreking", position: i + 1, createdAt: now } });
  }
  return meeting;
}

const texts = async (meetingId: string) => (await listAgendaItems(demo().db, meetingId)).map((i) => i.text);

describe("orderAgenda (/agenda volgorde)", () => {
  it("puts the named items first, in that order, and the rest after them as they were", async () => {
    const meeting = await meetingWithItems(["opening", "begroting", "speeltuin", "rondvraag"]);
    await orderAgenda(demo().db, { meetingId: meeting.id, order: [3, 2] });
    expect(await texts(meeting.id)).toEqual(["speeltuin", "begroting", "opening", "rondvraag"]);
  });

  it("refuses a number that is not on the agenda, and keeps the order", async () => {
    const meeting = await meetingWithItems(["opening", "begroting"]);
    await expect(orderAgenda(demo().db, { meetingId: meeting.id, order: [2, 3] })).rejects.toMatchObject({ code: "INVALID" });
    await expect(orderAgenda(demo().db, { meetingId: meeting.id, order: [0] })).rejects.toMatchObject({ code: "INVALID" });
    expect(await texts(meeting.id)).toEqual(["opening", "begroting"]);
  });

  it("refuses a number named twice", async () => {
    const meeting = await meetingWithItems(["opening", "begroting", "rondvraag"]);
    await expect(orderAgenda(demo().db, { meetingId: meeting.id, order: [2, 2] })).rejects.toMatchObject({ code: "INVALID" });
    expect(await texts(meeting.id)).toEqual(["opening", "begroting", "rondvraag"]);
  });
});
