import { createHash } from "node:crypto";
import { createWhatsAppAdapter, type WhatsAppAdapter } from "../../../adapters/whatsapp/index.ts";
import { connectAdapter } from "../../../src/core/runtime.ts";
import { createJoinCode } from "../../../src/services/create-join-code.ts";
import { createAuthKeyValueStore } from "../../../src/db/whatsapp-auth-store.ts";
import { createHarness, type Harness } from "../../helpers/harness.ts";
import type { ContractChat, ContractDriver } from "../contract.ts";
import { GROUP, SimulatedWhatsApp, waitUntil } from "../whatsapp-simulated.ts";
import { trackHandled } from "./support.ts";

const CHATS: Record<ContractChat, string> = { group: GROUP, other: "120363000000000999@g.us" };

/** A stable WhatsApp identity per name, in v7's form: an @lid with the phone-number jid beside it. */
export function whatsappUser(name: string): { lid: string; pn: string; name: string } {
  const digits = BigInt(`0x${createHash("sha256").update(name).digest("hex").slice(0, 12)}`).toString().padStart(15, "1").slice(0, 15);
  return { lid: `${digits}@lid`, pn: `316${digits.slice(0, 8)}@s.whatsapp.net`, name };
}

/**
 * The WhatsApp adapter with a simulated Baileys socket: members' messages arrive as real
 * protobuf `messages.upsert` events, the bot's replies are the messages Baileys builds.
 * Pacing is off here (it has its own test); the contract is about behaviour.
 */
export function whatsappDriver(): ContractDriver {
  let h: Harness;
  let adapter: WhatsAppAdapter;
  const sim = new SimulatedWhatsApp();
  let read = 0;
  let sent = 0;
  let tracker: ReturnType<typeof trackHandled>;

  const driver: ContractDriver = {
    platform: "whatsapp",
    async start() {
      h = await createHarness();
      adapter = createWhatsAppAdapter({
        authStore: createAuthKeyValueStore(h.db),
        isChatAllowed: async (chatId) => Boolean(await h.db.chat.findFirst({ where: { platform: "whatsapp", externalId: chatId } })),
        makeSocket: sim.makeSocket,
        pacing: { perChatMs: 0, numberWideMs: 0, perGroupPerMinute: 1000 },
        env: {},
      });
      tracker = trackHandled(adapter, h.app.outbox);
      await connectAdapter(h.app.bot, adapter, h.app.outbox);
      await waitUntil(() => sim.sockets.length > 0);
      sim.open();
      return h;
    },
    async sendText(from, text, options = {}) {
      sim.groupText(text, whatsappUser(from), {}, CHATS[options.chat ?? "group"]);
      await tracker.waitFor(++sent);
    },
    async replies() {
      const fresh = sim.sent.slice(read);
      read = sim.sent.length;
      return fresh.map((s) => s.message.message?.extendedTextMessage?.text ?? "");
    },
    async bindChat() {
      const code = await createJoinCode(h.db, { wijkId: h.wijkId, kind: "kartrekkers", now: h.clock.now() });
      await driver.sendText("Kim", `/koppel ${code.code}`);
      await driver.replies();
    },
    async stop() {
      await adapter?.stop();
      await h?.close();
    },
  };
  return driver;
}
