import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { resolveChatKindTargets, resolvePersonTarget, resolvePersonTargetOn, resolvePersonTargets } from "../../src/core/addressing.ts";
import { createWijk } from "../../src/services/create-wijk.ts";

const demo = useDemoWijk();

describe("resolvePersonTarget (where to reach a person)", () => {
  it("without a direct chat: the kartrekkers group, with a mention of their id there", async () => {
    const { db, person } = demo();
    expect(await resolvePersonTarget(db, (await person("Fatima")).id)).toEqual({
      platform: "console",
      chatId: "kartrekkers",
      viaGroup: true,
      mentionIds: ["fatima"],
      displayName: "Fatima",
    });
  });

  it("their direct chat with the bot when they have one", async () => {
    const { db, wijkId, person } = demo();
    const fatima = await person("Fatima");
    await db.chat.create({ data: { wijkId, platform: "telegram", externalId: "tg-777", kind: "direct", personId: fatima.id } });
    expect(await resolvePersonTarget(db, fatima.id)).toEqual({ platform: "telegram", chatId: "tg-777", viaGroup: false, mentionIds: [] });
  });

  it("nobody for someone who left", async () => {
    const { db, person, now } = demo();
    const peter = await db.person.update({ where: { id: (await person("Peter")).id }, data: { leftAt: now } });
    expect(await resolvePersonTarget(db, peter.id)).toBeNull();
  });
});

describe("resolvePersonTargets (the scheduler's batch)", () => {
  it("chooses for each person what resolvePersonTarget chooses: a direct chat, a group with a mention, nobody", async () => {
    const { db, wijkId, person, now } = demo();
    const fatima = await person("Fatima");
    const henk = await person("Henk");
    const peter = await db.person.update({ where: { id: (await person("Peter")).id }, data: { leftAt: now } });
    await db.chat.create({ data: { wijkId, platform: "telegram", externalId: "tg-777", kind: "direct", personId: fatima.id } });
    // Someone of another wijk without a group there: nobody.
    const other = await createWijk(db, { name: "Elders", pillars: [] });
    const stranger = await db.person.create({ data: { wijkId: other.wijk.id, displayName: "Kees" } });
    const everyone = await db.person.findMany({ where: { wijkId } });
    const ids = [...everyone.map((p) => p.id), stranger.id, "unknown-id", henk.id];
    const batch = await resolvePersonTargets(db, ids);
    for (const id of ids) expect(batch.get(id) ?? null).toEqual(await resolvePersonTarget(db, id));
    expect(batch.get(fatima.id)?.chatId).toBe("tg-777");
    expect(batch.has(peter.id)).toBe(false);
    expect(batch.has(stranger.id)).toBe(false);
    expect(await resolvePersonTargets(db, [])).toEqual(new Map());
  });
});

describe("resolveChatKindTargets", () => {
  it("gives every chat of that kind in the wijk, oldest first", async () => {
    const { db, wijkId } = demo();
    await db.chat.create({ data: { wijkId, platform: "whatsapp", externalId: "1203@g.us", kind: "stuurgroep", createdAt: new Date(Date.now() + 1000) } });
    expect((await resolveChatKindTargets(db, wijkId, "stuurgroep")).map((t) => `${t.platform}:${t.chatId}`)).toEqual(["console:stuurgroep", "whatsapp:1203@g.us"]);
  });
});

describe("resolvePersonTargetOn (only platforms that work right now)", () => {
  it("keeps the usual target when its platform works", async () => {
    const { db, person } = demo();
    const fatima = await db.person.findUniqueOrThrow({ where: { id: (await person("Fatima")).id }, include: { identities: true } });
    expect((await resolvePersonTargetOn(db, fatima, () => true))?.chatId).toBe("kartrekkers");
  });

  it("falls back to a group on a working platform, mentioning their id there", async () => {
    const { db, wijkId, person } = demo();
    const fatima = await person("Fatima");
    await db.identity.create({ data: { wijkId, personId: fatima.id, platform: "telegram", externalId: "tg-42" } });
    await db.chat.create({ data: { wijkId, platform: "telegram", externalId: "-100555", kind: "stuurgroep" } });
    const withIds = await db.person.findUniqueOrThrow({ where: { id: fatima.id }, include: { identities: true } });
    expect(await resolvePersonTargetOn(db, withIds, (p) => p === "telegram")).toEqual({ platform: "telegram", chatId: "-100555", viaGroup: true, mentionIds: ["tg-42"] });
  });

  it("is null when no platform of theirs works", async () => {
    const { db, person } = demo();
    const fatima = await db.person.findUniqueOrThrow({ where: { id: (await person("Fatima")).id }, include: { identities: true } });
    expect(await resolvePersonTargetOn(db, fatima, () => false)).toBeNull();
  });
});
