import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";

/** What telegram-test-api keeps private but a faithful webhook call needs. */
interface EmulatorInternals {
  webhooks: Record<string, { url: string; secret_token?: string } | undefined>;
  updateId: number;
  addUserUpdate(update: { botToken: string }): Promise<void>;
}
const formatUpdate = (TelegramServer as unknown as { formatUpdate(update: unknown): unknown }).formatUpdate;

/**
 * telegram-test-api on 127.0.0.1, posting webhook updates the way Telegram does: with the
 * secret_token registered by setWebhook in the X-Telegram-Bot-Api-Secret-Token header (the
 * emulator itself leaves the header out, and the bot refuses calls without it).
 */
export function telegramEmulator(options: { port: number }): TelegramServer {
  const server = new TelegramServer({ port: options.port, host: "127.0.0.1", storeTimeout: 60 });
  const internals = server as unknown as EmulatorInternals;
  const addUserUpdate = internals.addUserUpdate.bind(server);
  internals.addUserUpdate = async (update) => {
    const webhook = internals.webhooks[update.botToken];
    if (!webhook) return addUserUpdate(update);
    const response = await fetch(webhook.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(webhook.secret_token ? { "x-telegram-bot-api-secret-token": webhook.secret_token } : {}) },
      body: JSON.stringify(formatUpdate(update)),
    });
    if (response.status > 204) throw new Error(`webhook answered ${response.status}`);
    internals.updateId++;
  };
  return server;
}
