import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { proto } from "@whiskeysockets/baileys";
import { createWhatsAppAdapter, type WhatsAppAdapter } from "../../adapters/whatsapp/index.ts";
import { Outbox } from "../../src/core/outbox.ts";
import { silentLogger } from "../../src/core/logger.ts";
import { connectAdapter } from "../../src/core/runtime.ts";
import { createJoinCode } from "../../src/services/create-join-code.ts";
import { createAuthKeyValueStore } from "../../src/db/whatsapp-auth-store.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { BOT_LID, GROUP, SimulatedWhatsApp, waitUntil } from "./whatsapp-simulated.ts";

const ANNEKE = { lid: "104512345678901@lid", pn: "31612345678@s.whatsapp.net", name: "Anneke" };
const BRAM = { lid: "104598765432101@lid", pn: "31687654321@s.whatsapp.net", name: "Bram" };
const UNBOUND_GROUP = "120363999999999999@g.us";

describe("WhatsApp through the real core (simulated Baileys socket)", () => {
  let h: Harness;
  let sim: SimulatedWhatsApp;
  let adapter: WhatsAppAdapter;
  let outbox: Outbox;
  let handled = 0;

  /** Delivers a message and waits until the core has answered it. */
  async function deliver(send: () => void): Promise<string[]> {
    const before = sim.sent.length;
    const target = handled + 1;
    send();
    await waitUntil(() => handled >= target);
    return sim.sent.slice(before).map((s) => s.message.message?.extendedTextMessage?.text ?? "");
  }

  beforeEach(async () => {
    h = await createHarness();
    sim = new SimulatedWhatsApp();
    adapter = createWhatsAppAdapter({
      authStore: createAuthKeyValueStore(h.db),
      isChatAllowed: async (chatId) => Boolean(await h.db.chat.findFirst({ where: { platform: "whatsapp", externalId: chatId } })),
      makeSocket: sim.makeSocket,
      // The "typing…" pause need not really pass (pacing and time have their own test).
      timers: { now: () => Date.now(), sleep: async () => undefined },
      env: {},
    });
    // The one send path, with time that does not really wait (pacing has its own test).
    outbox = new Outbox(silentLogger, { now: () => Date.now(), sleep: async () => undefined });
    const start = adapter.start.bind(adapter);
    adapter.start = (onMessage) => start(async (m) => void (await onMessage(m), handled++));
    await connectAdapter(h.app.bot, adapter, outbox);
    await waitUntil(() => sim.sockets.length > 0);
    sim.open();
    const code = await createJoinCode(h.db, { wijkId: h.wijkId, kind: "kartrekkers", now: h.clock.now() });
    await deliver(() => sim.groupText(`/koppel ${code.code}`, ANNEKE));
  });
  afterEach(async () => {
    await adapter.stop();
    await h.close();
  });

  it("/koppel binds the group; the reply quotes the command", async () => {
    expect(await h.db.chat.findFirst({ where: { platform: "whatsapp", externalId: GROUP } })).toMatchObject({ wijkId: h.wijkId, kind: "kartrekkers" });
    const [reply] = sim.sent;
    expect(reply.jid).toBe(GROUP);
    expect(reply.message.message?.extendedTextMessage?.text).toContain("gekoppeld aan Lewenborg XL");
    const context = reply.message.message?.extendedTextMessage?.contextInfo;
    expect(context?.stanzaId).toBe("IN1");
    expect(context?.participant).toBe(ANNEKE.lid);
    expect(context?.quotedMessage?.conversation).toMatch(/^\/koppel /);
  });

  it("a group command from an @lid sender is stored, and lid and phone jid are one person", async () => {
    const replies = await deliver(() => sim.groupText("/actie nieuw Buurtmoestuin pijler Gezond", ANNEKE));
    expect(replies).toEqual(["🆕 Buurtmoestuin (Gezond) staat op gepland. Eigenaar: Anneke."]);
    const anneke = await h.db.person.findFirstOrThrow({ where: { wijkId: h.wijkId, displayName: "Anneke" }, include: { identities: true } });
    expect(anneke.identities.map((i) => `${i.platform} ${i.externalId}`).sort()).toEqual([`whatsapp ${ANNEKE.pn}`, `whatsapp ${ANNEKE.lid}`].sort());

    // The same member from a group that still addresses by phone number: no second person.
    await deliver(() => sim.deliver({ key: { remoteJid: GROUP, participant: ANNEKE.pn }, message: { conversation: "/actie bezig buurtmoestuin" }, pushName: "Anneke" }));
    expect(await h.db.person.count({ where: { wijkId: h.wijkId, displayName: "Anneke" } })).toBe(1);
    expect(await h.db.action.findFirst({ where: { title: "Buurtmoestuin" } })).toMatchObject({ status: "bezig" });
  });

  it("a direct message (@lid chat with the phone jid beside it) reaches the same person, answered in the DM", async () => {
    await deliver(() => sim.groupText("/actie nieuw Buurtmoestuin", ANNEKE));
    const dm = ANNEKE.lid;
    const replies = await deliver(() =>
      sim.deliver({ key: { remoteJid: dm, remoteJidAlt: ANNEKE.pn, addressingMode: "lid" }, message: { conversation: "/acties" }, pushName: "Anneke" }),
    );
    expect(sim.sent.at(-1)!.jid).toBe(dm);
    expect(replies.join("\n")).toContain("Buurtmoestuin");
    const chat = await h.db.chat.findFirstOrThrow({ where: { platform: "whatsapp", externalId: dm } });
    const anneke = await h.db.person.findFirstOrThrow({ where: { displayName: "Anneke" } });
    expect(chat).toMatchObject({ kind: "direct", personId: anneke.id });
  });

  it("mentions in a message map to people; mentioning the bot makes free text count", async () => {
    await deliver(() => sim.groupText("/help", BRAM));
    const bramLid = BRAM.lid.replace("@lid", "");
    const replies = await deliver(() =>
      sim.groupText(`@${BOT_LID.replace("@lid", "")} actie nieuw Voorleesochtend eigenaar @${bramLid}`, ANNEKE, {
        contextInfo: { mentionedJid: [BOT_LID, BRAM.lid] },
      }),
    );
    expect(replies.join("\n")).toContain("Voorleesochtend");
    const action = await h.db.action.findFirstOrThrow({ where: { title: { startsWith: "Voorleesochtend" } }, include: { owners: { include: { person: true } } } });
    expect(action.owners.map((o) => o.person.displayName)).toEqual(["Bram"]);
  });

  it("text in an image caption is read; the bot's own messages, status updates and history sync are not", async () => {
    await deliver(() => sim.deliver({ key: { remoteJid: GROUP, participant: BRAM.lid }, message: { imageMessage: { caption: "/actie nieuw Fotowedstrijd" } }, pushName: "Bram" }));
    expect(await h.db.action.count({ where: { title: "Fotowedstrijd" } })).toBe(1);

    const sentBefore = sim.sent.length;
    sim.deliver({ key: { remoteJid: GROUP, fromMe: true }, message: { conversation: "/actie nieuw Van mezelf" } });
    sim.deliver({ key: { remoteJid: "status@broadcast", participant: BRAM.lid }, message: { conversation: "/actie nieuw Status" } });
    sim.deliver({ key: { remoteJid: GROUP, participant: BRAM.lid }, message: { conversation: "/actie nieuw Uit de geschiedenis" } }, "append");
    await deliver(() => sim.groupText("/actie nieuw Daarna", BRAM));
    expect(await h.db.action.count({ where: { title: { in: ["Van mezelf", "Status", "Uit de geschiedenis"] } } })).toBe(0);
    expect(sim.sent.length).toBe(sentBefore + 1);
  });

  it("an unbound group gets an answer to a command, but nothing on the bot's own initiative", async () => {
    const replies = await deliver(() => sim.groupText("/acties", BRAM, {}, UNBOUND_GROUP));
    expect(replies).toEqual([expect.stringContaining("nog niet gekoppeld aan een wijk")]);
    const sentBefore = sim.sent.length;
    expect(await outbox.send({ platform: "whatsapp", chatId: UNBOUND_GROUP, text: "Herinnering!" })).toBeUndefined();
    expect(await outbox.send({ platform: "whatsapp", chatId: GROUP, text: "Herinnering!" })).toMatchObject({ platform: "whatsapp", chatId: GROUP });
    expect(sim.sent.slice(sentBefore).map((s) => s.jid)).toEqual([GROUP]);
  });

  it("outgoing: mentions become mentionedJid, *bold* stays WhatsApp markup, a sent message can be edited", async () => {
    const sent = await outbox.send({ platform: "whatsapp", chatId: GROUP, text: "@Bram je actie is *bijna* te laat", mentions: [BRAM.lid] });
    const message = sim.sent.at(-1)!.message.message!;
    expect(message.extendedTextMessage?.text).toBe("@Bram je actie is *bijna* te laat");
    expect(message.extendedTextMessage?.contextInfo?.mentionedJid).toEqual([BRAM.lid]);

    expect(await outbox.edit(sent!, { platform: "whatsapp", chatId: GROUP, text: "Bijgewerkt bord" })).toBe(true);
    const edit = sim.sent.at(-1)!.message.message!.protocolMessage!;
    expect(edit.type).toBe(proto.Message.ProtocolMessage.Type.MESSAGE_EDIT);
    expect(edit.key?.id).toBe(sent!.messageId);
    expect(edit.editedMessage?.extendedTextMessage?.text).toBe("Bijgewerkt bord");
  });

  it("a longer reply shows 'typing…' first", async () => {
    await outbox.send({ platform: "whatsapp", chatId: GROUP, text: "Overzicht\n" + "- een regel van het bord\n".repeat(20) });
    expect(sim.current.presence).toEqual([expect.objectContaining({ type: "composing", jid: GROUP })]);
    await outbox.send({ platform: "whatsapp", chatId: GROUP, text: "Kort." });
    expect(sim.current.presence).toHaveLength(1);
  });
});
