import { describe, expect, it } from "vitest";
import { useTestDb } from "../helpers/harness.ts";
import { createWijk } from "../../src/services/create-wijk.ts";
import { seedDemoWijk } from "../../src/services/seed-demo-wijk.ts";
import { createApp } from "../../src/app.ts";
import { ManualClock } from "../../src/core/clock.ts";
import { silentLogger } from "../../src/core/logger.ts";
import { TRANSCRIPT_START } from "../../src/transcript.ts";
import { consoleMessage } from "../helpers/message.ts";

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

  it("a Lewenborg XL made another way (CLI) still gets the console groups, so the terminal chat works", async () => {
    const db = testDb();
    await createWijk(db, { name: "Lewenborg XL", pillars: [{ name: "Gezond" }] });
    await seedDemoWijk(db, TRANSCRIPT_START);
    const app = createApp({ db, clock: new ManualClock(TRANSCRIPT_START), logger: silentLogger });
    const [reply] = await app.bot.handle(consoleMessage("Marieke", "/overzicht", TRANSCRIPT_START, { messageId: "1" }));
    expect(reply.text).toContain("*Overzicht Lewenborg XL*");
  });
});
