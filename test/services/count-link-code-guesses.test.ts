import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { countRecentWrongLinkCodes, linkCodeGuessWindowStart } from "../../src/services/count-link-code-guesses.ts";
import { recordWrongLinkCode } from "../../src/services/record-link-code-guess.ts";
import { forgetWrongLinkCodes } from "../../src/services/forget-link-code-guesses.ts";
import { IDENTITY_LINK_CODE_VALID_MINUTES } from "../../src/services/create-identity-link-code.ts";

// The wrong /ik koppel codes: counting, recording and forgetting them only mean something
// together, so the three services share this spec.

const demo = useDemoWijk();
const MINUTE_MS = 60_000;
const telegram = { platform: "telegram", senderId: "4711" };
const sameIdOnWhatsapp = { platform: "whatsapp", senderId: "4711" };
const minutesLater = (minutes: number) => new Date(demo().now.getTime() + minutes * MINUTE_MS);

describe("wrong link code guesses (count, record, forget)", () => {
  it("counts each recorded wrong code of the account", async () => {
    const { db } = demo();
    for (const minute of [0, 1, 2]) await recordWrongLinkCode(db, telegram, minutesLater(minute));
    expect(await countRecentWrongLinkCodes(db, telegram, minutesLater(3))).toBe(3);
  });

  it("counts per account: the same id on another platform is another account", async () => {
    const { db } = demo();
    await recordWrongLinkCode(db, telegram, minutesLater(0));
    await recordWrongLinkCode(db, { platform: "telegram", senderId: "42" }, minutesLater(0));
    expect(await countRecentWrongLinkCodes(db, sameIdOnWhatsapp, minutesLater(1))).toBe(0);
    expect(await countRecentWrongLinkCodes(db, telegram, minutesLater(1))).toBe(1);
  });

  it(`stops counting a guess once it is older than a code's lifetime (${IDENTITY_LINK_CODE_VALID_MINUTES} minutes)`, async () => {
    const { db } = demo();
    await recordWrongLinkCode(db, telegram, minutesLater(0));
    await recordWrongLinkCode(db, telegram, minutesLater(5));
    expect(await countRecentWrongLinkCodes(db, telegram, minutesLater(IDENTITY_LINK_CODE_VALID_MINUTES - 1))).toBe(2);
    expect(await countRecentWrongLinkCodes(db, telegram, minutesLater(IDENTITY_LINK_CODE_VALID_MINUTES))).toBe(1);
    expect(await countRecentWrongLinkCodes(db, telegram, minutesLater(IDENTITY_LINK_CODE_VALID_MINUTES + 5))).toBe(0);
  });

  it("drops guesses that no longer count, of every account, when it records a new one", async () => {
    const { db } = demo();
    await recordWrongLinkCode(db, telegram, minutesLater(0));
    await recordWrongLinkCode(db, sameIdOnWhatsapp, minutesLater(10));
    await recordWrongLinkCode(db, { platform: "teams", senderId: "x" }, minutesLater(IDENTITY_LINK_CODE_VALID_MINUTES + 1));
    const left = await db.identityLinkGuess.findMany({ orderBy: { at: "asc" }, select: { platform: true } });
    expect(left.map((g) => g.platform)).toEqual(["whatsapp", "teams"]);
  });

  it("forgets every wrong guess of the account whose code worked, and only of that account", async () => {
    const { db } = demo();
    for (const minute of [0, 1]) await recordWrongLinkCode(db, telegram, minutesLater(minute));
    await recordWrongLinkCode(db, sameIdOnWhatsapp, minutesLater(1));
    await forgetWrongLinkCodes(db, telegram);
    expect(await countRecentWrongLinkCodes(db, telegram, minutesLater(2))).toBe(0);
    expect(await countRecentWrongLinkCodes(db, sameIdOnWhatsapp, minutesLater(2))).toBe(1);
  });

  it("starts the window one code lifetime before now", () => {
    expect(linkCodeGuessWindowStart(minutesLater(IDENTITY_LINK_CODE_VALID_MINUTES))).toEqual(demo().now);
  });
});
