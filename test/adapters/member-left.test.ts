import { afterEach, describe, expect, it } from "vitest";
import { createWhatsAppAdapter, type WhatsAppAdapter } from "../../adapters/whatsapp/index.ts";
import { connectAdapter } from "../../src/core/runtime.ts";
import { createJoinCode } from "../../src/services/create-join-code.ts";
import { createAuthKeyValueStore } from "../../src/db/whatsapp-auth-store.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";
import type { Adapter, OutgoingMessage } from "../../src/core/types.ts";
import { BOT_LID, GROUP, SimulatedWhatsApp, waitUntil } from "./whatsapp-simulated.ts";
import { whatsappUser } from "./drivers/whatsapp-driver.ts";
import { telegramDriver, TEST_BOT_TOKEN } from "./drivers/telegram-driver.ts";
import { channelActivity, teamsDriver, BOT as TEAMS_BOT } from "./drivers/teams-driver.ts";

/**
 * Issue 12, defect 13 per platform: the platform's own "removed from the group" payload
 * reaches the core as MemberLeft, and the coördinator hears it once, with Bram's open work.
 */
const GONE = /👋 Bram is uit de kartrekkersgroep gehaald en zit in geen groep van de wijk meer\.[\s\S]*1\. Speeltuin opknappen \(Gezond\)[\s\S]*\/overzicht nieuwe-link/;

/** The coördinator (Marieke) is reached in the demo wijk's console group: recorded here. */
function consoleInbox(h: Harness): OutgoingMessage[] {
  const got: OutgoingMessage[] = [];
  const adapter: Adapter = {
    name: "console",
    async start() {},
    async stop() {},
    async send(message) {
      got.push(message);
      return { platform: "console", chatId: message.chatId, messageId: `c${got.length}` };
    },
  };
  h.app.outbox.register(adapter);
  return got;
}

async function bram(h: Harness) {
  return h.db.person.findFirstOrThrow({ where: { wijkId: h.wijkId, displayName: "Bram" } });
}

async function expectGone(h: Harness, inbox: OutgoingMessage[]) {
  await expect.poll(async () => (await bram(h)).leftAt, { timeout: 10_000 }).not.toBeNull();
  await expect.poll(() => inbox.map((m) => m.text), { timeout: 10_000 }).toEqual([expect.stringMatching(GONE)]);
  expect(await h.db.chatDeparture.count()).toBe(1);
}

describe("telegram: left_chat_member and chat_member through the real grammY bot (telegram-test-api)", () => {
  const driver = telegramDriver();
  afterEach(async () => driver.stop());

  it("a member removed from the bound group (service message) is gone; the bot's own removal is not a member leaving", async () => {
    const h = await driver.start();
    await driver.bindChat();
    await driver.sendText("Bram", "/actie nieuw Speeltuin opknappen pijler Gezond");
    const inbox = consoleInbox(h);
    const admin = driver.server().getClient(TEST_BOT_TOKEN, { userId: 4999, firstName: "Kim", chatId: -1001, type: "group", timeout: 5000 });
    const bramUser = (await h.db.identity.findFirstOrThrow({ where: { platform: "telegram", person: { displayName: "Bram" } } })).externalId;
    // The bot itself removed first: nothing happens.
    const botRemoved = admin.makeMessage("", { left_chat_member: { id: 123456, is_bot: true, first_name: "Wijkbot" } }) as Record<string, unknown>;
    delete botRemoved.text;
    await admin.sendMessage(botRemoved as never);
    const removed = admin.makeMessage("", { left_chat_member: { id: Number(bramUser), is_bot: false, first_name: "Bram" } }) as Record<string, unknown>;
    delete removed.text;
    await admin.sendMessage(removed as never);
    await expectGone(h, inbox);
  });
});

describe("teams: conversationUpdate membersRemoved through the real CloudAdapter", () => {
  const driver = teamsDriver();
  afterEach(async () => driver.stop());

  it("a member removed from the team channel is gone; the bot's own removal is not a member leaving", async () => {
    const h = await driver.start();
    await driver.bindChat();
    await driver.sendText("Bram", "/actie nieuw Speeltuin opknappen pijler Gezond");
    const inbox = consoleInbox(h);
    const bramId = (await h.db.identity.findFirstOrThrow({ where: { platform: "teams", person: { displayName: "Bram" } } })).externalId;
    const channel = (await h.db.chat.findFirstOrThrow({ where: { platform: "teams" } })).externalId;
    const update = {
      ...channelActivity(driver.connector().serviceUrl, { id: "29:user-1", name: "Kim" }, "", channel),
      type: "conversationUpdate",
      text: undefined,
      entities: undefined,
      membersRemoved: [{ id: TEAMS_BOT.id }, { id: bramId }],
      channelData: { eventType: "teamMemberRemoved", team: { id: channel } },
    };
    const response = await fetch(`${driver.url()}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(update) });
    expect(response.status).toBe(200);
    await expectGone(h, inbox);
  });
});

describe("whatsapp: group-participants.update 'remove' as Baileys emits it, through a simulated socket", () => {
  let h: Harness | undefined;
  let adapter: WhatsAppAdapter | undefined;
  afterEach(async () => {
    await adapter?.stop();
    await h?.close();
  });

  it("a member removed from the bound group (by @lid, phone jid beside it) is gone; the bot's own removal is not", async () => {
    h = await createHarness();
    const sim = new SimulatedWhatsApp();
    adapter = createWhatsAppAdapter({
      authStore: createAuthKeyValueStore(h.db),
      isChatAllowed: async () => true,
      makeSocket: sim.makeSocket,
      pacing: { perChatMs: 0, numberWideMs: 0, perGroupPerMinute: 1000 },
      env: {},
    });
    await connectAdapter(h.app.bot, adapter, h.app.outbox);
    await waitUntil(() => sim.sockets.length > 0);
    sim.open();
    const code = await createJoinCode(h.db, { wijkId: h.wijkId, kind: "kartrekkers", now: h.clock.now() });
    const kim = whatsappUser("Kim");
    const bramUser = whatsappUser("Bram");
    sim.groupText(`/koppel ${code.code}`, kim);
    await expect.poll(() => h!.db.chat.count({ where: { platform: "whatsapp" } }), { timeout: 10_000 }).toBe(1);
    sim.groupText("/actie nieuw Speeltuin opknappen pijler Gezond", bramUser);
    await expect.poll(() => h!.db.action.count({ where: { title: "Speeltuin opknappen" } }), { timeout: 10_000 }).toBe(1);
    const inbox = consoleInbox(h);

    // As process-message.js emits it for a GROUP_PARTICIPANT_REMOVE stub: participants parsed from its parameters.
    sim.current.ev.emit("group-participants.update", { id: GROUP, author: kim.lid, authorPn: kim.pn, participants: [{ id: BOT_LID }], action: "remove" });
    sim.current.ev.emit("group-participants.update", { id: GROUP, author: kim.lid, authorPn: kim.pn, participants: [{ id: bramUser.lid, phoneNumber: bramUser.pn }], action: "remove" });
    await expectGone(h, inbox);
  });
});
