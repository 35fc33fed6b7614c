import { describe, expect, it } from "vitest";
import { proto, type WAMessage } from "@whiskeysockets/baileys";
import { readableMessages, toIncomingMessage } from "../../adapters/whatsapp/parse.ts";
import { BOT_LID, BOT_PN, GROUP } from "./whatsapp-simulated.ts";

const own = { pn: BOT_PN, lid: BOT_LID };
const now = () => new Date("2026-11-23T10:00:00Z");
const wa = (fields: Record<string, unknown>, alt: Record<string, unknown> = {}): WAMessage => {
  const message = proto.WebMessageInfo.fromObject({ messageTimestamp: 1795435200, ...fields }) as WAMessage;
  Object.assign(message.key, alt);
  return message;
};

describe("reading a Baileys message", () => {
  it("a reply in a group: @lid sender with phone jid, quoted message, mentions, and the bot's mention taken out", () => {
    const m = wa(
      {
        key: { remoteJid: GROUP, id: "R1", participant: "104512345678901:3@lid" },
        pushName: "Anneke",
        message: {
          extendedTextMessage: {
            text: "@200000000000001 actie klaar watertappunt @104598765432101",
            contextInfo: { stanzaId: "Q9", participant: "104598765432101@lid", quotedMessage: { conversation: "Wie doet het watertappunt?" }, mentionedJid: [BOT_LID, "104598765432101@lid"] },
          },
        },
      },
      { participantAlt: "31612345678@s.whatsapp.net", addressingMode: "lid" },
    );
    expect(toIncomingMessage(m, own, { now })).toEqual({
      platform: "whatsapp",
      chatId: GROUP,
      isDirect: false,
      senderId: "104512345678901@lid",
      senderAltId: "31612345678@s.whatsapp.net",
      senderName: "Anneke",
      text: "actie klaar watertappunt @104598765432101",
      messageId: "R1",
      at: new Date(1795435200 * 1000),
      mentions: [{ id: "104598765432101@lid", name: "104598765432101" }],
      mentionsBot: true,
      quoted: { messageId: "Q9", text: "Wie doet het watertappunt?" },
    });
  });

  it("disappearing-message groups wrap the text; it is still read", () => {
    const m = wa({ key: { remoteJid: GROUP, id: "E1", participant: "31612345678@s.whatsapp.net" }, message: { ephemeralMessage: { message: { extendedTextMessage: { text: "/acties" } } } } });
    expect(toIncomingMessage(m, own, { now })).toMatchObject({ text: "/acties", senderId: "31612345678@s.whatsapp.net", mentionsBot: false });
  });

  it("a message without text (a sticker) gives nothing to handle", () => {
    const m = wa({ key: { remoteJid: GROUP, id: "S1", participant: "31612345678@s.whatsapp.net" }, message: { stickerMessage: {} } });
    expect(toIncomingMessage(m, own, { now })).toBeNull();
  });

  it("only live messages from others in groups and direct chats are read", () => {
    const from = (remoteJid: string, extra: Record<string, unknown> = {}) => wa({ key: { remoteJid, id: remoteJid, participant: "31612345678@s.whatsapp.net", ...extra }, message: { conversation: "/help" } });
    const messages = [from(GROUP), from("31612345678@s.whatsapp.net"), from("104512345678901@lid"), from("status@broadcast"), from("120363111111111111@newsletter"), from(GROUP, { fromMe: true, id: "mine" })];
    expect(readableMessages({ type: "notify", messages }).map((m) => m.key.id)).toEqual([GROUP, "31612345678@s.whatsapp.net", "104512345678901@lid"]);
    expect(readableMessages({ type: "append", messages })).toEqual([]);
  });
});
