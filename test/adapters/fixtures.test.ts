import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import type { Activity } from "botbuilder";
import { proto, type WAMessage } from "@whiskeysockets/baileys";
import { choiceToIncoming, toIncoming as telegramToIncoming } from "../../adapters/telegram/parse.ts";
import { pollVoteToIncoming, pressToIncoming, toIncoming as teamsToIncoming } from "../../adapters/teams/parse.ts";
import { readableMessages, toIncomingMessage } from "../../adapters/whatsapp/parse.ts";
import { BOT_LID, BOT_PN, GROUP } from "./whatsapp-simulated.ts";

/**
 * Real platform payloads (test/adapters/fixtures/<platform>/*.json), shaped after the libraries'
 * own types — Telegram Bot API updates (@grammyjs/types), Bot Framework activities as Teams sends
 * them (botframework-schema), Baileys WAMessages (WAProto) — replayed through each adapter's parse
 * functions: what the core gets (text, sender, chat, mention, reply-to) or that it gets nothing.
 */
const fixture = <T>(platform: string, name: string): T => JSON.parse(readFileSync(join(import.meta.dirname, "fixtures", platform, `${name}.json`), "utf8")) as T;
const RECEIVED = new Date("2026-11-23T10:00:30Z");

describe("Telegram updates", () => {
  const BOT_USERNAME = "wijkbot_test";
  const GROUP_CHAT = { platform: "telegram", chatId: "-1001987654321", chatTitle: "Kartrekkers Lewenborg", isDirect: false };
  const ANNEKE = { senderId: "6123456789", senderName: "Anneke de Vries" };
  const message = (name: string) => telegramToIncoming(fixture<Update>("telegram", name).message!, BOT_USERNAME, RECEIVED);

  it("a group message that @mentions the bot and someone else: the bot's mention is taken out of the text", () => {
    expect(message("group-mention")).toEqual({
      ...GROUP_CHAT,
      ...ANNEKE,
      text: "actie klaar watertappunt @joke_gezond",
      messageId: "4711",
      at: RECEIVED,
      mentions: [{ id: "joke_gezond", name: "joke_gezond" }],
      mentionsBot: true,
    });
  });

  it("a reply to the bot's question: quoted, and counted as addressing the bot", () => {
    expect(message("reply-to-bot")).toMatchObject({
      ...GROUP_CHAT,
      ...ANNEKE,
      text: "2",
      mentionsBot: false,
      repliesToBot: true,
      quoted: { messageId: "4712", text: expect.stringContaining('Welke actie bedoel je met "ouder"?') },
    });
  });

  it("a private chat: every message is meant for the bot", () => {
    expect(message("private")).toEqual({ platform: "telegram", chatId: "6123456789", isDirect: true, ...ANNEKE, text: "/acties mijn", messageId: "88", at: RECEIVED, mentions: [], mentionsBot: true });
  });

  it("a tap on an inline button: the answer and the prompt's opaque ref, from the presser in the message's chat", () => {
    expect(choiceToIncoming(fixture<Update>("telegram", "callback-query").callback_query!, RECEIVED)).toEqual({
      ...GROUP_CHAT,
      ...ANNEKE,
      text: "1",
      messageId: "callback-4382bfdwdsb323b2d9",
      at: RECEIVED,
      isChoiceAnswer: true,
      promptRef: "Kx7dQ2",
    });
  });

  it("ignores a sticker (no text) and another bot's message", () => {
    expect(message("sticker")).toBeUndefined();
    expect(message("from-other-bot")).toBeUndefined();
  });
});

describe("Teams activities", () => {
  const KARTREKKERS = { platform: "teams", chatId: "19:kartrekkers0123456789abcdef@thread.tacv2", isDirect: false };
  const ANNEKE = { senderId: "29:1aNneKe-dEvRiEs-0123456789abcdefABCDEF", senderAltId: "6b1f4c1e-1a2b-4c3d-8e9f-0a1b2c3d4e5f", senderName: "Anneke de Vries" };
  const activity = (name: string) => fixture<Activity>("teams", name);

  it("a channel message that @mentions the bot and a member: the channel (not the thread) is the chat; the member becomes @Name", () => {
    expect(teamsToIncoming(activity("channel-mention"), RECEIVED)).toEqual({
      ...KARTREKKERS,
      chatTitle: "Kartrekkers",
      ...ANNEKE,
      text: "actie eigenaar watertappunt @Joke Mulder",
      messageId: "1795435200123",
      at: RECEIVED,
      mentions: [{ id: "29:1jOkE-mUlDeR-abcdef0123456789", name: "Joke Mulder" }],
      mentionsBot: true,
    });
  });

  it("a reply in the thread under the bot's post: the same channel, the HTML and the bot's mention gone (Teams does not say whose post it answers)", () => {
    const incoming = teamsToIncoming(activity("thread-reply-to-bot"), RECEIVED);
    expect(incoming).toMatchObject({ ...KARTREKKERS, ...ANNEKE, text: "2", messageId: "1795435260456", mentionsBot: true });
    expect(incoming).not.toHaveProperty("repliesToBot");
  });

  it("a personal chat: every message is meant for the bot", () => {
    expect(teamsToIncoming(activity("personal"), RECEIVED)).toEqual({
      platform: "teams",
      chatId: "a:1Pz9kPersonalChatWithAnneke0123456789",
      isDirect: true,
      ...ANNEKE,
      text: "/acties mijn",
      messageId: "f:3b9a0c7d-personal-0001",
      at: RECEIVED,
      mentions: [],
      mentionsBot: true,
    });
  });

  it("an Action.Execute press on a card: the button's opaque id, from the presser in the card's channel; not a poll vote", () => {
    const press = activity("card-action-invoke");
    expect(pressToIncoming(press, RECEIVED)).toEqual({
      ...KARTREKKERS,
      ...ANNEKE,
      text: "Kx7dQ2.1",
      messageId: "f:7c1e5a2b-invoke-0001",
      at: RECEIVED,
      isChoiceAnswer: true,
      promptRef: "Kx7dQ2.1",
    });
    expect(pollVoteToIncoming(press, RECEIVED)).toBeUndefined();
    expect(teamsToIncoming(press, RECEIVED)).toBeUndefined();
  });

  it("a vote on a date poll card becomes the typed vote, with the poll's ref", () => {
    expect(pollVoteToIncoming(activity("poll-vote-invoke"), RECEIVED)).toMatchObject({
      chatId: "19:stuurgroep0123456789abcdef@thread.tacv2",
      senderName: "Henk Bakker",
      text: "/datumprikker stem 1 3",
      pollRef: "dp-5Yq2",
    });
  });

  it("ignores a reaction (not a message)", () => {
    expect(teamsToIncoming(activity("message-reaction"), RECEIVED)).toBeUndefined();
  });
});

describe("WhatsApp messages (Baileys)", () => {
  const own = { pn: BOT_PN, lid: BOT_LID };
  const now = () => RECEIVED;
  /** As Baileys emits it: the protobuf WebMessageInfo, with v7's extra key fields (…Alt, addressingMode) beside it. */
  const waMessage = (name: string): WAMessage => {
    const raw = fixture<{ key: Record<string, unknown> }>("whatsapp", name);
    const message = proto.WebMessageInfo.fromObject(raw) as WAMessage;
    Object.assign(message.key, raw.key);
    return message;
  };
  /** What reaches the core: only what readableMessages lets through, then parsed. */
  const read = (name: string) => readableMessages({ type: "notify", messages: [waMessage(name)] }).map((m) => toIncomingMessage(m, own, { now }));
  const ANNEKE = { senderId: "104512345678901@lid", senderAltId: "31612345678@s.whatsapp.net", senderName: "Anneke" };

  it("a group message that @mentions the bot and a member (by @lid): the bot's mention is taken out of the text", () => {
    expect(read("group-mention")).toEqual([
      {
        platform: "whatsapp",
        chatId: GROUP,
        isDirect: false,
        ...ANNEKE,
        text: "actie eigenaar watertappunt @104598765432101",
        messageId: "3EB0A1B2C3D4E5F60718",
        at: new Date(1795435200 * 1000),
        mentions: [{ id: "104598765432101@lid", name: "104598765432101" }],
        mentionsBot: true,
      },
    ]);
  });

  it("a reply to the bot's question (how choices are answered on WhatsApp: by number)", () => {
    expect(read("reply-to-bot")).toMatchObject([
      { chatId: GROUP, isDirect: false, ...ANNEKE, text: "2", mentionsBot: false, repliesToBot: true, quoted: { messageId: "3EB0F9E8D7C6B5A40719", text: expect.stringContaining("Antwoord met het nummer.") } },
    ]);
  });

  it("a direct chat addressed by @lid, the phone number beside it: meant for the bot", () => {
    expect(read("direct")).toEqual([
      { platform: "whatsapp", chatId: "104512345678901@lid", isDirect: true, ...ANNEKE, text: "/acties mijn", messageId: "3EB0A1B2C3D4E5F60721", at: new Date(1795435300 * 1000), mentions: [], mentionsBot: true },
    ]);
  });

  it("a photo's caption in a disappearing-messages group is read as the text", () => {
    expect(read("image-caption")).toMatchObject([{ chatId: GROUP, senderId: "31687654321@s.whatsapp.net", senderName: "Joke", text: "/actie update speeltuin de nieuwe schommel staat er", mentionsBot: false }]);
  });

  it("ignores a legacy button tap (the bot sends numbered choices, no buttons), a status update and its own messages", () => {
    expect(read("buttons-response")).toEqual([null]);
    expect(read("status-broadcast")).toEqual([]);
    expect(read("from-me")).toEqual([]);
  });
});
