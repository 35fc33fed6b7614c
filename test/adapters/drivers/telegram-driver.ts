import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { createTelegramAdapter, telegramCommandMenu, type TelegramAdapter } from "../../../adapters/telegram/index.ts";
import { connectAdapter } from "../../../src/core/runtime.ts";
import { createHttpServer, type HttpServer } from "../../../src/http/server.ts";
import { silentLogger } from "../../../src/core/logger.ts";
import { commands } from "../../../commands/index.ts";
import { createJoinCode } from "../../../src/services/create-join-code.ts";
import { createHarness, type Harness } from "../../helpers/harness.ts";
import type { ContractChat, ContractDriver } from "../contract.ts";
import { freePort, trackHandled, visibleText } from "./support.ts";
import { telegramEmulator } from "./telegram-emulator.ts";

export const TEST_BOT_TOKEN = "123456:TEST-TOKEN";
const CHAT_IDS: Record<ContractChat, number> = { group: -1001, other: -1002 };
/** No pacing in tests (the outbox's own tests cover pacing with virtual time). */
const FAST_POLICY = { retries: 1, backoffMs: 10 };

/**
 * A real grammY bot against telegram-test-api on 127.0.0.1, in webhook mode: the
 * emulator posts each update to the bot's webhook on the shared HTTP server, with the
 * webhook's secret like Telegram (the emulator answers getUpdates at once, so long
 * polling would spin a CPU in tests).
 */
export function telegramDriver(): ContractDriver & { adapter(): TelegramAdapter; server(): TelegramServer; callbackSettled(timeoutMs?: number): Promise<void> } {
  let h: Harness;
  let server: TelegramServer;
  let http: HttpServer;
  let adapter: TelegramAdapter;
  let tracker: ReturnType<typeof trackHandled>;
  let sent = 0;
  let read = 0;
  const userIds = new Map<string, number>();

  function client(from: string, chat: ContractChat) {
    if (!userIds.has(from)) userIds.set(from, 5000 + userIds.size);
    return server.getClient(TEST_BOT_TOKEN, {
      userId: userIds.get(from),
      firstName: from,
      userName: from.toLowerCase(),
      chatId: CHAT_IDS[chat],
      type: "group",
      chatTitle: chat === "group" ? "Werkgroep Lewenborg" : "Buurtapp",
      timeout: 5000,
    });
  }

  function groupMessages() {
    return server.storage.botMessages.filter((m) => String(m.message.chat_id) === String(CHAT_IDS.group));
  }

  const driver = {
    platform: "telegram",
    adapter: () => adapter,
    server: () => server,
    async start() {
      h = await createHarness();
      sent = 0;
      read = 0;
      server = telegramEmulator({ port: await freePort() });
      await server.start();
      const port = await freePort();
      http = createHttpServer({ port, host: "127.0.0.1", logger: silentLogger });
      adapter = createTelegramAdapter({
        botToken: TEST_BOT_TOKEN,
        apiRoot: server.config.apiURL,
        webhookUrl: `http://127.0.0.1:${port}/telegram/webhook`,
        http,
        commandMenu: telegramCommandMenu(commands),
        sendPolicy: FAST_POLICY,
        env: {},
      });
      tracker = trackHandled(adapter, h.app.outbox);
      await http.start();
      await connectAdapter(h.app.bot, adapter, h.app.outbox);
      return h;
    },
    async sendText(from: string, text: string, options: { chat?: ContractChat } = {}) {
      const c = client(from, options.chat ?? "group");
      if (text.startsWith("/")) await c.sendCommand(c.makeCommand(text));
      else await c.sendMessage(c.makeMessage(text));
      await tracker.waitFor(++sent);
    },
    async sendChoice(from: string, answer: string) {
      const question = groupMessages()
        .filter((m) => (m.message.reply_markup as { inline_keyboard?: unknown })?.inline_keyboard)
        .at(-1);
      if (!question) throw new Error("no question with buttons in the group");
      const rows = (question.message.reply_markup as { inline_keyboard: { callback_data?: string }[][] }).inline_keyboard;
      // Buttons carry opaque ids: the answer is the button's place ("1" the first; "ja" then "nee").
      const buttons = rows.flat();
      const button = buttons[/^\d+$/.test(answer) ? Number(answer) - 1 : answer === "nee" ? 1 : 0];
      if (!button) throw new Error(`no button with answer ${answer}`);
      const c = client(from, "group");
      const settled = driver.callbackSettled();
      await c.sendCallback(c.makeCallbackQuery(button.callback_data!, { message: { message_id: question.messageId } }));
      await tracker.waitFor(++sent);
      await settled;
    },
    /**
     * Resolves once the callback query sent next has been answered by the bot's webhook: the
     * emulator numbers a callback query only after that, so one sent sooner would get the same id.
     */
    async callbackSettled(timeoutMs = 5000) {
      const emulator = server as unknown as { callbackId: number };
      const before = emulator.callbackId;
      const until = Date.now() + timeoutMs;
      while (emulator.callbackId === before) {
        if (Date.now() > until) throw new Error("the callback query was not answered");
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    async replies() {
      const fresh = server.storage.botMessages.slice(read);
      read = server.storage.botMessages.length;
      return fresh.map((m) => visibleText(String(m.message.text)));
    },
    async bindChat() {
      const code = await createJoinCode(h.db, { wijkId: h.wijkId, kind: "kartrekkers", now: h.clock.now() });
      await driver.sendText("Kim", `/koppel ${code.code}`);
      await driver.replies();
    },
    async stop() {
      await adapter?.stop();
      await http?.stop();
      await server?.stop();
      await h?.close();
    },
  };
  return driver;
}
