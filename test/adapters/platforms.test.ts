import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { telegramEmulator } from "./drivers/telegram-emulator.ts";
import { createPlatformAdapters } from "../../adapters/index.ts";
import { createHttpServer } from "../../src/http/server.ts";
import { silentLogger } from "../../src/core/logger.ts";
import { startBot } from "../../src/start.ts";
import { freePort } from "./drivers/support.ts";
import { channelActivity, startFakeConnector } from "./drivers/teams-driver.ts";
import { TEST_BOT_TOKEN } from "./drivers/telegram-driver.ts";

async function configured(env: NodeJS.ProcessEnv) {
  const http = createHttpServer({ port: 0, logger: silentLogger });
  return (await createPlatformAdapters({ env, http, logger: silentLogger })).map((a) => a.name);
}

describe("which platforms start", () => {
  it("starts what .env configures: Telegram with a token, Teams with an app id or TEAMS_ENABLED=1", async () => {
    expect(await configured({})).toEqual([]);
    expect(await configured({ TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN })).toEqual(["telegram"]);
    expect(await configured({ MICROSOFT_APP_ID: "1a2b3c4d-0000-4000-8000-123456789abc", MICROSOFT_APP_PASSWORD: "x" })).toEqual(["teams"]);
    expect(await configured({ TEAMS_ENABLED: "1" })).toEqual(["teams"]);
    expect(await configured({ MICROSOFT_APP_ID: "1a2b3c4d-0000-4000-8000-123456789abc", TEAMS_ENABLED: "0" })).toEqual([]);
    expect(await configured({ TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN, TEAMS_ENABLED: "1" })).toEqual(["telegram", "teams"]);
  });
});

describe("npm start with Telegram and Teams together", () => {
  it("runs both adapters in one process next to the HTTP server, each answering its own chat", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wijkbot-platforms-"));
    const telegram = telegramEmulator({ port: await freePort() });
    await telegram.start();
    const connector = await startFakeConnector();
    const port = await freePort();
    const bot = await startBot({
      env: {
        DATABASE_URL: `file:${join(dir, "bot.db")}`,
        PORT: String(port),
        HOST: "127.0.0.1",
        TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN,
        TELEGRAM_API_ROOT: telegram.config.apiURL,
        TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/webhook`,
        TEAMS_ENABLED: "1",
      },
      logger: silentLogger,
    });
    try {
      expect(bot.adapters.map((a) => a.name)).toEqual(["telegram", "teams"]);
      const health = await (await fetch(`${bot.httpUrl}/healthz`)).json();
      expect(health).toMatchObject({ ok: true, adapters: { telegram: { state: "webhook" }, teams: { state: "emulator" } } });

      const client = telegram.getClient(TEST_BOT_TOKEN, { chatId: -1009, type: "group", chatTitle: "Groep" });
      await client.sendCommand(client.makeCommand("/actie nieuw Speeltuin"));
      await expect.poll(() => telegram.storage.botMessages.map((m) => String(m.message.text)), { timeout: 5000 }).toEqual([
        expect.stringContaining("nog niet gekoppeld"),
      ]);

      const activity = channelActivity(connector.serviceUrl, { id: "29:kim", name: "Kim" }, "/actie nieuw Speeltuin", "19:kanaal@thread.tacv2");
      const response = await fetch(`${bot.httpUrl}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(activity) });
      expect(response.status).toBe(200);
      await expect.poll(() => connector.calls.map((c) => String(c.body?.text)), { timeout: 5000 }).toEqual([expect.stringContaining("nog niet gekoppeld")]);
    } finally {
      await bot.stop();
      await connector.stop();
      await telegram.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
