import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../helpers/harness.ts";
import { createApp } from "../../../src/app.ts";
import { silentLogger } from "../../../src/core/logger.ts";

let h: Harness;
let app: ReturnType<typeof createApp>;
beforeEach(async () => {
  h = await createHarness();
  app = createApp({ db: h.db, clock: h.clock, logger: silentLogger, fairShare: true });
});
afterEach(async () => h.close());

const say = async (name: string, text: string) => (await app.bot.handle(h.message(name, text))).map((m) => m.text);

describe("fair share: one person flooding a chat (issue 12, defect 3)", () => {
  it("handles at most 20 commands a minute per person and chat, answers once 'rustig aan', and stores nothing of the rest", async () => {
    for (let i = 0; i < 20; i++) expect((await say("Fatima", `/actie update watertappunt ronde ${i}`))[0]).toMatch(/^📝/u);
    expect((await say("Fatima", "/actie update watertappunt ronde 20"))[0]).toMatch(/^Rustig aan: ik verwerk hooguit 20 berichten per minuut/);
    expect(await say("Fatima", "/actie update watertappunt ronde 21")).toEqual([]);
    expect(await h.db.progressNote.count({ where: { text: { startsWith: "ronde " } } })).toBe(20);
    expect(await h.db.progressNote.count({ where: { text: { in: ["ronde 20", "ronde 21"] } } })).toBe(0);
  });

  it("does not hold up someone else in the same chat, and lets the sender go on after a minute", async () => {
    for (let i = 0; i < 25; i++) await say("Fatima", `/actie update watertappunt ronde ${i}`);
    expect((await say("Ahmed", "/acties mijn"))[0]).toContain("Jouw open acties");
    h.clock.advance(61_000);
    expect((await say("Fatima", "/actie update watertappunt na een minuut"))[0]).toMatch(/^📝/u);
  });

  it("takes the wijk's own limit (commandsPerMinute)", async () => {
    await h.db.wijk.update({ where: { id: h.wijkId }, data: { settings: JSON.stringify({ commandsPerMinute: 30 }) } });
    for (let i = 0; i < 30; i++) expect((await say("Fatima", `/actie update watertappunt ronde ${i}`))[0]).toMatch(/^📝/u);
    expect((await say("Fatima", "/actie update watertappunt ronde 30"))[0]).toMatch(/hooguit 30/);
  });
});
