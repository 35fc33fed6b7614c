import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { at, personId } from "../scheduler/helpers.ts";
import { recordOutbox, type Recorded } from "../helpers/recording-adapter.ts";
import { chatHash } from "../../src/services/record-dead-letter.ts";
import { createWijk } from "../../src/services/create-wijk.ts";

/**
 * /vergeetmij (AVG right to erasure, issue 12 item 6): after "ja" nothing of the person can
 * reach them or point to them any more — their reminders stop and are gone, and none of their
 * platform ids is stored anywhere. The plan's record (actions, notes, history) stays, under "oud-lid".
 */
let h: Harness;
let sent: Recorded[];
beforeEach(async () => {
  h = await createHarness();
  sent = recordOutbox(h.app, { clock: h.clock });
  await h.app.scheduler.init(h.clock.now());
});
afterEach(async () => h.close());

const WHATSAPP_PHONE = "31612345678";
const WHATSAPP_LID = "207843915322514";

const CONFIRMATION_ID = "ja-to-forget";
async function forget(name: string, options: { chat?: string } = {}) {
  expect((await h.say(name, "/vergeetmij", options))[0]).toContain(`Weet je het zeker, ${name}?`);
  expect((await h.say(name, "ja", { ...options, messageId: CONFIRMATION_ID }))[0]).toContain("Je gegevens zijn gewist");
}

/** Every row of every table, as text: what a database dump would show. */
async function everythingStored(): Promise<string> {
  const db = h.db;
  const tables = await Promise.all([
    db.wijk.findMany(), db.pillar.findMany(), db.goal.findMany(), db.action.findMany(), db.actionOwner.findMany(), db.organisation.findMany(),
    db.actionPartner.findMany(), db.historyEntry.findMany(), db.progressNote.findMany(), db.person.findMany(), db.identity.findMany(), db.chat.findMany(),
    db.joinCode.findMany(), db.processedMessage.findMany(), db.pendingPrompt.findMany(), db.reminder.findMany(), db.delivery.findMany(),
    db.schedulerCursor.findMany(), db.meeting.findMany(), db.agendaItem.findMany(), db.decision.findMany(), db.holiday.findMany(), db.authKV.findMany(),
    db.lease.findMany(), db.checkIn.findMany(), db.identityLinkCode.findMany(), db.deadLetter.findMany(), db.absence.findMany(),
  ]);
  return JSON.stringify(tables);
}

describe("/vergeetmij stops and deletes the person's reminders", () => {
  it("the ones they set (for themselves or the group) and the ones set for them; other people's reminders go on", async () => {
    await h.say("Fatima", "/herinner mij flyers ophalen morgen 10:00");
    await h.say("Fatima", "/herinner groep koffie meenemen elke maandag 9:00");
    await h.say("Marieke", "/herinner @Fatima verslag rondsturen morgen 11:00");
    await h.say("Marieke", "/herinner @Sanne subsidie aanvragen morgen 12:00");
    const fatima = await personId(h.db, "Fatima");

    await forget("Fatima");

    expect(await h.db.reminder.count({ where: { OR: [{ creatorId: fatima }, { targetPersonId: fatima }] } })).toBe(0);
    await h.app.scheduler.advanceTo(h.clock, at("2026-01-20 12:00"));
    expect(sent.map((m) => m.text)).not.toContainEqual(expect.stringMatching(/Herinnering van oud-lid|flyers|koffie|verslag/));
    expect(sent.map((m) => m.text)).toContain("@Sanne ⏰ Herinnering van Marieke: subsidie aanvragen");
  });
});

describe("/vergeetmij removes when the person was away", () => {
  it("their absences go, and where they stood in for someone the absence stays without a stand-in", async () => {
    expect((await h.say("Fatima", "/afwezig t/m 20 januari vervanger @Sanne"))[0]).toContain("afwezig");
    expect((await h.say("Anouk", "/afwezig t/m 22 januari vervanger @Fatima"))[0]).toContain("afwezig");
    const fatima = await personId(h.db, "Fatima");
    expect(await h.db.absence.count({ where: { OR: [{ personId: fatima }, { standInId: fatima }] } })).toBe(2);

    await forget("Fatima");

    expect(await h.db.absence.count({ where: { OR: [{ personId: fatima }, { standInId: fatima }] } })).toBe(0);
    const anouk = await h.db.absence.findFirstOrThrow({ where: { person: { displayName: "Anouk" } } });
    expect(anouk.standInId).toBeNull();
  });
});

describe("/vergeetmij removes every platform id of the person, everywhere", () => {
  it("history of their DM, deliveries, questions, chats, WhatsApp ids and LIDs, processed messages, dead letters, link codes — also in another wijk", async () => {
    const wijkId = h.wijkId;
    const fatima = await personId(h.db, "Fatima");
    // A change typed in her DM: history and processed-message rows carry the DM's chat id.
    await h.say("Fatima", "/actie update watertappunt flyers rondgebracht", { chat: "dm" });
    await h.say("Fatima", "/ik koppel", { chat: "dm" });
    // Her WhatsApp account: phone-number jid and LID, and the session's LID↔phone directory.
    await h.db.identity.createMany({
      data: [
        { wijkId, personId: fatima, platform: "whatsapp", externalId: `${WHATSAPP_PHONE}@s.whatsapp.net` },
        { wijkId, personId: fatima, platform: "whatsapp", externalId: `${WHATSAPP_LID}@lid` },
      ],
    });
    await h.db.authKV.createMany({
      data: [
        { id: `wijkbot:lid-mapping-${WHATSAPP_PHONE}`, value: JSON.stringify(WHATSAPP_LID) },
        { id: `wijkbot:lid-mapping-${WHATSAPP_LID}_reverse`, value: JSON.stringify(WHATSAPP_PHONE) },
        { id: "wijkbot:lid-mapping-31699999999", value: JSON.stringify("999") },
        { id: "wijkbot:creds", value: "{}" },
      ],
    });
    // Questions waiting for her answer, in the group and on WhatsApp.
    const expiresAt = at("2026-01-05 12:00");
    await h.db.pendingPrompt.createMany({
      data: [
        { platform: "console", chatId: "kartrekkers", senderId: "fatima", payload: "{}", expiresAt },
        { platform: "whatsapp", chatId: "120363@g.us", senderId: `${WHATSAPP_LID}@lid`, payload: "{}", expiresAt },
      ],
    });
    // A scheduled message for her, and one that failed to reach her DM.
    const dm = await h.db.chat.findFirstOrThrow({ where: { personId: fatima, kind: "direct" } });
    await h.db.delivery.createMany({
      data: [
        { key: "checkin:test", wijkId, kind: "checkin", dueAt: expiresAt, payload: JSON.stringify({ recipient: { personId: fatima }, data: {} }) },
        { key: "dm:test", wijkId, kind: "digest", dueAt: expiresAt, payload: JSON.stringify({ recipient: { chatId: dm.id }, data: {} }) },
      ],
    });
    await h.db.deadLetter.create({ data: { wijkId, platform: "console", chatHash: chatHash("console", "dm:fatima"), attempts: 5 } });
    // The same console account is known in a second wijk.
    const { wijk: selwerd } = await createWijk(h.db, { name: "Selwerd", pillars: [{ name: "Inclusie" }] });
    await h.db.chat.create({ data: { wijkId: selwerd.id, platform: "console", externalId: "selwerd", kind: "kartrekkers" } });
    await h.say("Fatima", "/actie nieuw Taalcafé voor ouders", { chat: "selwerd" });
    const before = await everythingStored();
    for (const id of ['"fatima"', "dm:fatima", WHATSAPP_PHONE, WHATSAPP_LID]) expect(before).toContain(id);

    await forget("Fatima", { chat: "dm" });

    // The message path keeps nothing of the confirming "ja" either: no processed-message row, no remembered change.
    const after = await everythingStored();
    for (const id of ['"fatima"', "dm:fatima", WHATSAPP_PHONE, WHATSAPP_LID, dm.id, chatHash("console", "dm:fatima")]) expect(after).not.toContain(id);
    // What is not hers stays: the plan's history of her change, another person's LID mapping, the session itself.
    expect(await h.db.historyEntry.count({ where: { personId: fatima, field: "note" } })).toBe(1);
    expect(await h.db.authKV.count({ where: { id: { in: ["wijkbot:lid-mapping-31699999999", "wijkbot:creds"] } } })).toBe(2);
    expect(await h.db.person.findMany({ where: { displayName: { contains: "Fatima" } } })).toEqual([]);
    expect(await h.db.person.count({ where: { wijkId: selwerd.id, displayName: "oud-lid" } })).toBe(1);
  });
});


describe("/vergeetmij removes the person's organisation when no one else uses it", () => {
  it("an organisation only they belonged to goes", async () => {
    await h.say("Fatima", "/ik Fatima, Buurtmoestuin Lewenborg");
    await forget("Fatima");
    expect(await h.db.organisation.count({ where: { name: "Buurtmoestuin Lewenborg" } })).toBe(0);
  });

  it("an organisation another person belongs to stays", async () => {
    // Joke is with GGD Groningen too.
    await forget("Fatima");
    expect(await h.db.organisation.count({ where: { name: "GGD Groningen" } })).toBe(1);
  });

  it("an organisation that is an action's partner stays", async () => {
    await h.say("Fatima", "/ik Fatima, Buurtmoestuin Lewenborg");
    expect((await h.say("Fatima", "/actie partner watertappunt Buurtmoestuin Lewenborg"))[0]).toMatch(/^🤝/);
    await forget("Fatima");
    expect(await h.db.organisation.count({ where: { name: "Buurtmoestuin Lewenborg" } })).toBe(1);
  });
});

describe("/vergeetmij: erasure after confirmation", () => {
  it("keeps the actions, shows the owner as oud-lid and forgets the identity", async () => {
    expect((await h.say("Fatima", "/vergeetmij"))[0]).toContain("Weet je het zeker, Fatima?");
    expect(await h.db.person.count({ where: { displayName: "Fatima" } })).toBe(1);
    expect((await h.say("Fatima", "ja"))[0]).toContain("Je gegevens zijn gewist");
    expect(await h.db.identity.count({ where: { externalId: "fatima" } })).toBe(0);
    expect((await h.say("Marieke", "/actie info watertappunt"))[0]).toContain("Eigenaar: oud-lid");
    expect((await h.say("Marieke", "/wie"))[0]).not.toContain("Fatima");
  });

  it("'nee' keeps everything", async () => {
    await h.say("Fatima", "/vergeetmij");
    await h.say("Fatima", "nee");
    expect(await h.db.person.count({ where: { displayName: "Fatima", erasedAt: null } })).toBe(1);
  });
});
