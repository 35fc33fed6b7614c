import { describe, expect, it } from "vitest";
import { useTestDb } from "../helpers/harness.ts";
import { createWijk } from "../../src/services/create-wijk.ts";
import { seedDemoWijk } from "../../src/services/seed-demo-wijk.ts";
import { createApp } from "../../src/app.ts";
import { ManualClock } from "../../src/core/clock.ts";
import { silentLogger } from "../../src/core/logger.ts";
import { TRANSCRIPT_START } from "../../src/transcript.ts";
import { consoleMessage } from "../helpers/message.ts";
import { createJoinCode } from "../../src/services/create-join-code.ts";
import { bindChat } from "../../src/services/bind-chat.ts";
import { resolveChatKindTargets } from "../../src/core/addressing.ts";

const testDb = useTestDb();

describe("the demo wijk of npm start", () => {
  it("is created once, with people, actions and the console's two groups; a rerun changes nothing", async () => {
    const db = testDb();
    const first = await seedDemoWijk(db, TRANSCRIPT_START);
    const counts = async () => [await db.person.count(), await db.action.count(), await db.chat.count()];
    const before = await counts();
    expect(first.created).toBe(true);
    expect(before).toEqual([10, 10, 2]);
    expect((await seedDemoWijk(db, TRANSCRIPT_START)).created).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it("dates the wijk and its groups by the seed's clock, not the machine's: a group bound later comes after the demo's", async () => {
    const db = testDb();
    const { wijkId } = await seedDemoWijk(db, TRANSCRIPT_START);
    expect((await db.wijk.findUniqueOrThrow({ where: { id: wijkId } })).createdAt).toEqual(TRANSCRIPT_START);
    expect((await db.chat.findMany({ where: { wijkId } })).map((c) => c.createdAt)).toEqual([TRANSCRIPT_START, TRANSCRIPT_START]);
    const nextDay = new Date(TRANSCRIPT_START.getTime() + 24 * 3_600_000);
    await db.$transaction(async (tx) => {
      const { code } = await createJoinCode(tx, { wijkId, kind: "kartrekkers", now: nextDay });
      await bindChat(tx, { code, platform: "telegram", chatId: "-100123", isDirect: false, now: nextDay });
    });
    expect((await resolveChatKindTargets(db, wijkId, "kartrekkers")).map((t) => t.chatId)).toEqual(["kartrekkers", "-100123"]);
  });

  it("gives the console groups to a Lewenborg XL made another way the seed's date too", async () => {
    const db = testDb();
    const { wijk } = await createWijk(db, { name: "Lewenborg XL", pillars: [{ name: "Gezond" }], now: TRANSCRIPT_START });
    await seedDemoWijk(db, TRANSCRIPT_START);
    expect((await db.chat.findMany({ where: { wijkId: wijk.id } })).map((c) => c.createdAt)).toEqual([TRANSCRIPT_START, TRANSCRIPT_START]);
  });

  it("a Lewenborg XL made another way (CLI) still gets the console groups, so the terminal chat works", async () => {
    const db = testDb();
    await createWijk(db, { name: "Lewenborg XL", pillars: [{ name: "Gezond" }] });
    await seedDemoWijk(db, TRANSCRIPT_START);
    const app = createApp({ db, clock: new ManualClock(TRANSCRIPT_START), logger: silentLogger });
    const [reply] = await app.bot.handle(consoleMessage("Marieke", "/overzicht", TRANSCRIPT_START, { messageId: "1" }));
    expect(reply.text).toContain("*Overzicht Lewenborg XL*");
  });
});
