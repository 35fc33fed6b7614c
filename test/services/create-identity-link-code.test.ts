import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { createIdentityLinkCode, IDENTITY_LINK_CODE_VALID_MINUTES } from "../../src/services/create-identity-link-code.ts";
import { redeemIdentityLinkCode } from "../../src/services/redeem-identity-link-code.ts";

const demo = useDemoWijk();
const MINUTE_MS = 60_000;

describe("createIdentityLinkCode (/ik koppel)", () => {
  it("gives a 6-digit code valid for a quarter of an hour", async () => {
    const { db, person, now } = demo();
    const code = await createIdentityLinkCode(db, { person: await person("Fatima"), now });
    expect(code).toMatch(/^\d{6}$/);
    const row = await db.identityLinkCode.findUniqueOrThrow({ where: { code } });
    expect(row.expiresAt.getTime() - now.getTime()).toBe(IDENTITY_LINK_CODE_VALID_MINUTES * MINUTE_MS);
  });

  it("a new code makes the person's earlier one stop working", async () => {
    const { db, person, now } = demo();
    const fatima = await person("Fatima");
    const first = await createIdentityLinkCode(db, { person: fatima, now });
    const second = await createIdentityLinkCode(db, { person: fatima, now });
    expect(await db.identityLinkCode.findUnique({ where: { code: first } })).toBeNull();
    expect(await db.identityLinkCode.findUnique({ where: { code: second } })).not.toBeNull();
  });
});

describe("redeemIdentityLinkCode", () => {
  it("links the sender's identity on another platform to the person, once", async () => {
    const { db, person, now } = demo();
    const fatima = await person("Fatima");
    const code = await createIdentityLinkCode(db, { person: fatima, now });
    const result = await redeemIdentityLinkCode(db, { code, platform: "telegram", senderIds: ["tg:42"], now });
    expect(result).toMatchObject({ wijkName: "Lewenborg XL", alreadyLinked: false, person: { id: fatima.id } });
    expect(await db.identity.findFirst({ where: { platform: "telegram", externalId: "tg:42" } })).toMatchObject({ personId: fatima.id });
    await expect(redeemIdentityLinkCode(db, { code, platform: "telegram", senderIds: ["tg:42"], now })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("says so when the identity was linked already", async () => {
    const { db, person, now } = demo();
    const fatima = await person("Fatima");
    const code = await createIdentityLinkCode(db, { person: fatima, now });
    expect((await redeemIdentityLinkCode(db, { code, platform: "console", senderIds: ["fatima"], now })).alreadyLinked).toBe(true);
  });

  it("refuses an expired code", async () => {
    const { db, person, now } = demo();
    const code = await createIdentityLinkCode(db, { person: await person("Fatima"), now });
    const later = new Date(now.getTime() + (IDENTITY_LINK_CODE_VALID_MINUTES + 1) * MINUTE_MS);
    await expect(redeemIdentityLinkCode(db, { code, platform: "telegram", senderIds: ["tg:42"], now: later })).rejects.toMatchObject({ code: "EXPIRED" });
    expect(await db.identity.count({ where: { platform: "telegram" } })).toBe(0);
  });

  it("refuses an identity that belongs to someone else in the wijk", async () => {
    const { db, person, now } = demo();
    const code = await createIdentityLinkCode(db, { person: await person("Fatima"), now });
    await expect(redeemIdentityLinkCode(db, { code, platform: "console", senderIds: ["joke"], now })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.identityLinkCode.findUniqueOrThrow({ where: { code } })).usedAt).toBeNull();
  });
});
