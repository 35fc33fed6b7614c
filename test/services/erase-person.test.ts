import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { ERASED_NAME, erasePerson } from "../../src/services/erase-person.ts";

const demo = useDemoWijk();

describe("erasePerson (/vergeetmij, AVG)", () => {
  it("keeps their actions, notes and history under 'oud-lid', and removes every way to reach them", async () => {
    const { db, wijkId, person, action, now } = demo();
    const fatima = await person("Fatima");
    const dm = await db.chat.create({ data: { wijkId, platform: "telegram", externalId: "tg-9", kind: "direct", personId: fatima.id } });
    await db.identity.create({ data: { wijkId, personId: fatima.id, platform: "telegram", externalId: "tg-9" } });
    await db.reminder.create({ data: { wijkId, creatorId: fatima.id, targetPersonId: fatima.id, text: "bel de GGD", nextAt: now } });
    await db.absence.create({ data: { wijkId, personId: fatima.id, startsAt: now, lastDay: now } });
    await db.processedMessage.create({ data: { platform: "telegram", chatId: "tg-9", messageId: "1" } });
    await db.identityLinkGuess.create({ data: { platform: "telegram", senderId: "tg-9", at: now } });
    await db.identityLinkGuess.create({ data: { platform: "telegram", senderId: "tg-other", at: now } });

    expect(await erasePerson(db, { personId: fatima.id, at: now })).toEqual([fatima.id]);

    const erased = await db.person.findUniqueOrThrow({ where: { id: fatima.id } });
    expect(erased).toMatchObject({ displayName: ERASED_NAME, organisationId: null, pillarId: null, role: "kartrekker", digestSubscribed: false, leftAt: now, erasedAt: now });
    expect(await db.identity.count({ where: { personId: fatima.id } })).toBe(0);
    expect(await db.chat.findUnique({ where: { id: dm.id } })).toBeNull();
    expect(await db.reminder.count({ where: { wijkId } })).toBe(0);
    expect(await db.absence.count({ where: { personId: fatima.id } })).toBe(0);
    expect(await db.processedMessage.count({ where: { chatId: "tg-9" } })).toBe(0);
    // Her wrong /ik koppel codes go; someone else's stay.
    expect(await db.identityLinkGuess.findMany({ select: { senderId: true } })).toEqual([{ senderId: "tg-other" }]);
    // The plan's record stays: her action with its owner and note.
    const watertappunt = await db.action.findUniqueOrThrow({ where: { id: (await action("watertappunt")).id }, include: { owners: true, notes: true } });
    expect(watertappunt.owners.map((o) => o.personId)).toEqual([fatima.id]);
    expect(watertappunt.notes).toHaveLength(1);
  });

  it("removes them as someone's stand-in", async () => {
    const { db, wijkId, person, now } = demo();
    const [joke, fatima] = [await person("Joke"), await person("Fatima")];
    const absence = await db.absence.create({ data: { wijkId, personId: joke.id, standInId: fatima.id, startsAt: now, lastDay: now } });
    await erasePerson(db, { personId: fatima.id, at: now });
    expect((await db.absence.findUniqueOrThrow({ where: { id: absence.id } })).standInId).toBeNull();
  });

  it("removes their organisation only when nobody else belongs to it and no action has it as partner", async () => {
    const { db, wijkId, person, now } = demo();
    const peter = await person("Peter");
    const own = await db.organisation.create({ data: { wijkId, name: "Peters eenmanszaak" } });
    await db.person.update({ where: { id: peter.id }, data: { organisationId: own.id } });
    await erasePerson(db, { personId: peter.id, at: now });
    expect(await db.organisation.findUnique({ where: { id: own.id } })).toBeNull();

    const fatima = await person("Fatima");
    await erasePerson(db, { personId: fatima.id, at: now });
    // GGD Groningen: Joke belongs to it too, and it is a partner of the watertappunt.
    expect(await db.organisation.count({ where: { wijkId, name: "GGD Groningen" } })).toBe(1);
  });

  it("erases the same person's rows in other wijken, found by a shared platform account", async () => {
    const { db, person, now } = demo();
    const fatima = await person("Fatima");
    const other = await db.wijk.create({ data: { name: "Beijum", overviewToken: "beijum-token" } });
    const twin = await db.person.create({ data: { wijkId: other.id, displayName: "Fatima", identities: { create: { wijkId: other.id, platform: "console", externalId: "fatima" } } } });
    expect((await erasePerson(db, { personId: fatima.id, at: now })).sort()).toEqual([fatima.id, twin.id].sort());
    expect((await db.person.findUniqueOrThrow({ where: { id: twin.id } })).displayName).toBe(ERASED_NAME);
  });
});
