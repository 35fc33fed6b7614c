import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { deferAgendaItem } from "../../src/services/defer-agenda-item.ts";
import { setAgendaItemStatus } from "../../src/services/set-agenda-item-status.ts";
import { listAgendaItems } from "../../src/services/list-agenda-items.ts";

const demo = useDemoWijk();
const DAY_MS = 24 * 3600_000;

async function meetingWithItems(inDays: number, texts: string[]) {
  const { db, wijkId, now } = demo();
  const meeting = await db.meeting.create({ data: { wijkId, startsAt: new Date(now.getTime() + inDays * DAY_MS), createdAt: now } });
  for (const [i, text] of texts.entries()) {
    await db.agendaItem.create({ data: { wijkId, meetingId: meeting.id, text, kind: "bespreking", position: i + 1, createdAt: now } });
  }
  return meeting;
}

const texts = async (meetingId: string) => (await listAgendaItems(demo().db, meetingId)).map((i) => `${i.position}. ${i.text}`);

describe("deferAgendaItem (/agenda uitstellen)", () => {
  it("moves the item to the end of the next meeting's agenda and renumbers both", async () => {
    const first = await meetingWithItems(7, ["opening", "speeltuin", "rondvraag"]);
    const second = await meetingWithItems(35, ["opening"]);
    const { item, next } = await deferAgendaItem(demo().db, { meeting: first, number: 2 });
    expect(next?.id).toBe(second.id);
    expect(item.status).toBe("uitgesteld");
    expect(await texts(first.id)).toEqual(["1. opening", "2. rondvraag"]);
    expect(await texts(second.id)).toEqual(["1. opening", "2. speeltuin"]);
  });

  it("without a next meeting, the item waits without one", async () => {
    const only = await meetingWithItems(7, ["opening", "speeltuin"]);
    const { item, next } = await deferAgendaItem(demo().db, { meeting: only, number: 2 });
    expect(next).toBeNull();
    expect(item.meetingId).toBeNull();
    expect(await texts(only.id)).toEqual(["1. opening"]);
  });

  it("refuses a number that is not on the agenda", async () => {
    const only = await meetingWithItems(7, ["opening"]);
    await expect(deferAgendaItem(demo().db, { meeting: only, number: 4 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("setAgendaItemStatus (/agenda behandeld, /agenda accepteer)", () => {
  it("marks item n dealt with", async () => {
    const meeting = await meetingWithItems(7, ["opening", "speeltuin"]);
    await setAgendaItemStatus(demo().db, { meetingId: meeting.id, number: 2, status: "behandeld" });
    expect((await listAgendaItems(demo().db, meeting.id)).map((i) => i.status)).toEqual(["voorgesteld", "behandeld"]);
  });
});
