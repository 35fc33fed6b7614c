import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Message, Update } from "grammy/types";
import type { Harness } from "../helpers/harness.ts";
import { telegramDriver } from "./drivers/telegram-driver.ts";
import { bindStuurgroepChat } from "./drivers/support.ts";

/**
 * telegram-test-api has no polls (no sendPoll route, no poll_answer updates), so the two
 * edges are tested as Telegram defines them: the outgoing sendPoll call is read where grammY
 * hands it to the Bot API (answered with a Message shaped as the Bot API documents), and
 * votes arrive as real poll_answer updates through grammY's update handling. Everything in
 * between — adapter, core, database — is the real thing.
 */
describe("telegram: the datumprikker as Telegram's own poll", () => {
  const driver = telegramDriver();
  let h: Harness;
  const polls: { method: string; payload: Record<string, unknown> }[] = [];
  const TELEGRAM_POLL_ID = "5424987153926471234";
  let updateId = 900_000;

  beforeAll(async () => {
    h = await driver.start();
    await driver.bindChat();
    // The group -1002 becomes the stuurgroep chat; Greet (who binds it) is its voorzitter.
    await bindStuurgroepChat(driver, h, "Greet");
    driver.adapter().bot.api.config.use(async (previous, method, payload, signal) => {
      if (method !== "sendPoll") return previous(method, payload, signal);
      const p = payload as unknown as { chat_id: number | string; question: string; options: { text: string }[]; allows_multiple_answers: boolean; is_anonymous: boolean };
      polls.push({ method, payload: p as unknown as Record<string, unknown> });
      const message = {
        message_id: 777,
        date: Math.floor(Date.now() / 1000),
        chat: { id: Number(p.chat_id), type: "supergroup", title: "Stuurgroep" },
        poll: {
          id: TELEGRAM_POLL_ID,
          question: p.question,
          options: p.options.map((o, i) => ({ persistent_id: `opt${i}`, text: o.text, voter_count: 0 })),
          total_voter_count: 0,
          is_closed: false,
          is_anonymous: p.is_anonymous,
          type: "regular",
          allows_multiple_answers: p.allows_multiple_answers,
          allows_revoting: true,
          members_only: false,
        },
      } satisfies Message;
      return { ok: true as const, result: message as never };
    });
  });
  afterAll(async () => driver.stop());

  /** A poll_answer update as Telegram sends it (Bot API: PollAnswer with poll_id, user, option_ids, option_persistent_ids). */
  async function vote(user: { id: number; first_name: string }, optionIds: number[], pollId = TELEGRAM_POLL_ID) {
    const update: Update = { update_id: ++updateId, poll_answer: { poll_id: pollId, user: { ...user, is_bot: false }, option_ids: optionIds, option_persistent_ids: optionIds.map((i) => `opt${i}`) } };
    await driver.adapter().bot.handleUpdate(update);
    await h.app.outbox.idle();
  }

  const votesOf = async (name: string) =>
    (await h.db.datePollVote.findMany({ where: { person: { displayName: name } }, include: { option: true } })).map((v) => v.option.position).sort();

  it("goes up as a non-anonymous, multiple-answer sendPoll in the stuurgroep chat, and its poll id is kept", async () => {
    await driver.sendText("Greet", "/datumprikker 12 feb 19:30, 19 feb 19:30, 26 feb 16:00 wijkcentrum De Kiosk", { chat: "other" });
    await h.app.outbox.idle();
    expect(polls).toHaveLength(1);
    expect(polls[0].payload).toMatchObject({
      chat_id: "-1002",
      question: "Datumprikker stuurgroep — wijkcentrum De Kiosk: wanneer kun je?",
      options: [{ text: "do 12 feb 19:30" }, { text: "do 19 feb 19:30" }, { text: "do 26 feb 16:00" }],
      is_anonymous: false,
      allows_multiple_answers: true,
    });
    // The poll is the message: no numbered text beside it.
    expect(await driver.replies()).toEqual([]);
    await vi.waitFor(async () => expect((await h.db.datePoll.findFirstOrThrow()).platformPollId).toBe(TELEGRAM_POLL_ID));
  });

  it("a poll_answer is the voter's vote (0-based options → 1, 3), silently; a retracted vote (no options) removes it", async () => {
    await vote({ id: 7001, first_name: "Wim" }, [0, 2]);
    expect(await votesOf("Wim")).toEqual([1, 3]);
    await vote({ id: 7002, first_name: "Joost" }, [1]);
    expect(await votesOf("Joost")).toEqual([2]);
    // Nothing about the votes in the chat (Telegram shows them); newcomers get the usual one-time welcome.
    expect((await driver.replies()).filter((r) => !r.startsWith("Welkom"))).toEqual([]);

    await vote({ id: 7002, first_name: "Joost" }, []);
    expect(await votesOf("Joost")).toEqual([]);
    await driver.sendText("Greet", "/datumprikker", { chat: "other" });
    const state = (await driver.replies()).join("\n");
    expect(state).toContain("1. do 12 feb 19:30 — 1 (Wim)");
    expect(state).toContain("2. do 19 feb 19:30 — 0");
    expect(state).toMatch(/Nog niet gestemd: .*Henk/);
  });

  it("a vote in a poll the bot does not know changes nothing; a vote after the poll was closed gets a short answer", async () => {
    await vote({ id: 7001, first_name: "Wim" }, [1], "999");
    expect(await votesOf("Wim")).toEqual([1, 3]);
    expect(await driver.replies()).toEqual([]);

    await driver.sendText("Greet", "/datumprikker kies 1", { chat: "other" });
    expect((await driver.replies()).join("\n")).toContain("Stuurgroep gepland: do 12 feb 19:30");
    await vote({ id: 7001, first_name: "Wim" }, [1]);
    expect(await votesOf("Wim")).toEqual([1, 3]);
    expect((await driver.replies()).join("\n")).toContain("al gesloten");
  });
});
