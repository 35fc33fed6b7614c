import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanText, dedupeStep } from "../../../src/core/steps/dedupe.ts";
import { newTurn, runSteps, type Step, type Turn } from "../../../src/core/pipeline.ts";
import type { IncomingMessage } from "../../../src/core/types.ts";
import { consoleMessage } from "../../helpers/message.ts";
import type { Db } from "../../../src/db.ts";
import { createApp } from "../../../src/app.ts";
import { silentLogger } from "../../../src/core/logger.ts";
import { createHarness, type Harness } from "../../helpers/harness.ts";

const AT = new Date("2026-01-05T08:00:00Z");

function incoming(overrides: Partial<IncomingMessage> = {}): IncomingMessage {
  return { ...consoleMessage("Fatima", "/acties", AT, { messageId: "m1" }), ...overrides };
}

/** A database that has processed only the given message ids (the step only asks about those). */
function databaseThatProcessed(...messageIds: string[]): Db {
  return {
    processedMessage: {
      findUnique: async (query: { where: { platform_chatId_messageId: { messageId: string } } }) =>
        messageIds.includes(query.where.platform_chatId_messageId.messageId) ? { messageId: query.where.platform_chatId_messageId.messageId } : null,
    },
  } as unknown as Db;
}

async function runDedupe(step: Step, message: IncomingMessage): Promise<Turn> {
  const turn = newTurn(message);
  await step.run(turn);
  return turn;
}

describe("cleanText", () => {
  it("trims the text", () => {
    expect(cleanText("  watertappunt is klaar \n")).toBe("watertappunt is klaar");
  });

  it("turns control characters into spaces", () => {
    expect(cleanText("a\u0000b\u0007c\u001b[31md\u007fe\rf")).toBe("a b c [31md e f");
  });

  it("keeps line breaks and tabs inside the text", () => {
    expect(cleanText("regel 1\nregel 2\tkolom")).toBe("regel 1\nregel 2\tkolom");
  });

  it("replaces a lone UTF-16 surrogate (which the database cannot store) with U+FFFD", () => {
    expect(cleanText("a\ud83db")).toBe("a\ufffdb");
    expect(cleanText("a\udc00b")).toBe("a\ufffdb");
  });

  it("keeps emoji and accents (whole surrogate pairs) as they are", () => {
    expect(cleanText("geoogst 🥕 café")).toBe("geoogst 🥕 café");
  });

  it("leaves nothing of a message made only of control characters and spaces", () => {
    expect(cleanText(" \u0000\u0001 \u001f ")).toBe("");
  });
});

describe("the dedupe step", () => {
  it("passes a new message on with its cleaned text", async () => {
    const turn = await runDedupe(dedupeStep(databaseThatProcessed()), incoming({ text: "  /acties\u0000mijn " }));
    expect(turn.done).toBe(false);
    expect(turn.text).toBe("/acties mijn");
  });

  it("ends the turn in silence for the same message delivered a second time", async () => {
    const step = dedupeStep(databaseThatProcessed());
    expect((await runDedupe(step, incoming())).done).toBe(false);
    const again = await runDedupe(step, incoming());
    expect(again.done).toBe(true);
    expect(again.replies).toEqual([]);
  });

  it("treats the same message id in another chat or on another platform as a new message", async () => {
    const step = dedupeStep(databaseThatProcessed());
    await runDedupe(step, incoming());
    expect((await runDedupe(step, incoming({ chatId: "stuurgroep" }))).done).toBe(false);
    expect((await runDedupe(step, incoming({ platform: "telegram" }))).done).toBe(false);
    expect((await runDedupe(step, incoming({ messageId: "m2" }))).done).toBe(false);
  });

  it("ends the turn for a message the database records as processed (from before a restart)", async () => {
    const turn = await runDedupe(dedupeStep(databaseThatProcessed("m1")), incoming());
    expect(turn.done).toBe(true);
  });

  it("ends the turn in silence for an empty message", async () => {
    for (const text of ["", "   ", "\u0000\u0007"]) {
      const turn = await runDedupe(dedupeStep(databaseThatProcessed()), incoming({ text, messageId: `empty-${text.length}` }));
      expect(turn.done, JSON.stringify(text)).toBe(true);
      expect(turn.replies).toEqual([]);
    }
  });

  it("forgets the message when a later step fails, so the platform's redelivery is handled again", async () => {
    const dedupe = dedupeStep(databaseThatProcessed());
    let failNext = true;
    const act: Step = {
      name: "act",
      async run(turn) {
        if (failNext) {
          failNext = false;
          throw new Error("database weg");
        }
        turn.replies.push({ text: "gedaan" });
      },
    };
    const render: Step = { name: "render", async run(turn) { for (const r of turn.replies) turn.outgoing.push({ platform: "console", chatId: "kartrekkers", text: r.text }); } };
    const boundary = () => [];

    expect(await runSteps([dedupe, act], render, newTurn(incoming()), boundary)).toEqual([]);
    const redelivered = await runSteps([dedupe, act], render, newTurn(incoming()), boundary);

    expect(redelivered.map((o) => o.text)).toEqual(["gedaan"]);
  });

  it("keeps two bots apart: each step remembers only its own messages", async () => {
    const first = dedupeStep(databaseThatProcessed());
    const second = dedupeStep(databaseThatProcessed());
    await runDedupe(first, incoming());
    expect((await runDedupe(second, incoming())).done).toBe(false);
  });
});

describe("a redelivered message, end to end", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => h.close());

  const financialEducation = () => h.db.action.findFirstOrThrow({ where: { wijkId: h.wijkId, shortName: "financiële educatie" } });

  it("gets silence the second time, and the change is made once", async () => {
    expect(await h.say("Peter", "/actie klaar financiële educatie", { messageId: "wa-1" })).toEqual([
      "✅ Financiële educatie in projectplan Campus 2025 (Kansrijk) staat op klaar. Eigenaar: Peter.",
    ]);
    const historyAfterFirst = await h.db.historyEntry.count();

    expect(await h.say("Peter", "/actie klaar financiële educatie", { messageId: "wa-1" })).toEqual([]);
    expect(await h.db.historyEntry.count()).toBe(historyAfterFirst);
  });

  it("is still recognised by a bot restarted on the same database", async () => {
    await h.say("Peter", "/actie bezig financiële educatie", { messageId: "wa-2" });
    const restarted = createApp({ db: h.db, clock: h.clock, logger: silentLogger });

    expect(await restarted.bot.handle(h.message("Peter", "/actie bezig financiële educatie", { messageId: "wa-2" }))).toEqual([]);
    expect((await financialEducation()).status).toBe("bezig");
  });

  it("is handled again when it comes with a new message id (the same words typed twice)", async () => {
    await h.say("Peter", "/actie bezig financiële educatie", { messageId: "wa-3" });
    await h.say("Peter", "/actie klaar financiële educatie", { messageId: "wa-4" });
    expect(await h.say("Peter", "/actie bezig financiële educatie", { messageId: "wa-5" })).toEqual([
      "🔧 Financiële educatie in projectplan Campus 2025 (Kansrijk) staat op bezig. Eigenaar: Peter.",
    ]);
  });
});
