import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { createJoinCode, JOIN_CODE_VALID_DAYS } from "../../src/services/create-join-code.ts";
import { bindChat } from "../../src/services/bind-chat.ts";

const demo = useDemoWijk();
const DAY_MS = 24 * 3600_000;

describe("createJoinCode", () => {
  it("gives an 8-character code without look-alike characters, valid for a week", async () => {
    const { db, wijkId, now } = demo();
    const code = await createJoinCode(db, { wijkId, kind: "stuurgroep", now });
    expect(code.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(code.expiresAt.getTime() - now.getTime()).toBe(JOIN_CODE_VALID_DAYS * DAY_MS);
    expect(code).toMatchObject({ wijkId, kind: "stuurgroep", usedAt: null });
  });
});

describe("bindChat (/koppel)", () => {
  const telegramGroup = { platform: "telegram", chatId: "-100123", chatTitle: "Stuurgroep Lewenborg", isDirect: false };

  it("binds a group to the code's wijk as the code's kind, and uses the code up", async () => {
    const { db, wijkId, now } = demo();
    const { code } = await createJoinCode(db, { wijkId, kind: "stuurgroep", now });
    const { wijk, chat } = await bindChat(db, { ...telegramGroup, code: code.toLowerCase().replace(/^(....)/, "$1-"), now });
    expect(wijk.id).toBe(wijkId);
    expect(chat).toMatchObject({ wijkId, platform: "telegram", externalId: "-100123", kind: "stuurgroep", title: "Stuurgroep Lewenborg" });
    expect((await db.joinCode.findUniqueOrThrow({ where: { code } })).usedAt).toEqual(now);
  });

  it("refuses an unknown, a used and an expired code", async () => {
    const { db, wijkId, now } = demo();
    await expect(bindChat(db, { ...telegramGroup, code: "ZZZZZZZZ", now })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { code } = await createJoinCode(db, { wijkId, kind: "kartrekkers", now });
    await bindChat(db, { ...telegramGroup, code, now });
    await expect(bindChat(db, { ...telegramGroup, chatId: "-100999", code, now })).rejects.toMatchObject({ code: "EXPIRED" });
    const old = await createJoinCode(db, { wijkId, kind: "kartrekkers", now });
    const later = new Date(now.getTime() + (JOIN_CODE_VALID_DAYS + 1) * DAY_MS);
    await expect(bindChat(db, { ...telegramGroup, chatId: "-100777", code: old.code, now: later })).rejects.toMatchObject({ code: "EXPIRED" });
  });

  it("refuses a direct chat, and a chat that is already bound, without using the code", async () => {
    const { db, wijkId, now } = demo();
    const { code } = await createJoinCode(db, { wijkId, kind: "kartrekkers", now });
    await expect(bindChat(db, { ...telegramGroup, isDirect: true, code, now })).rejects.toMatchObject({ code: "INVALID" });
    await expect(bindChat(db, { platform: "console", chatId: "kartrekkers", isDirect: false, code, now })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.joinCode.findUniqueOrThrow({ where: { code } })).usedAt).toBeNull();
  });
});
