import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import type { Message } from "grammy/types";
import { createTelegramAdapter, telegramCommandMenu } from "../../adapters/telegram/index.ts";
import { choicesKeyboard, splitForTelegram, toTelegramHtml } from "../../adapters/telegram/format.ts";
import { toIncoming } from "../../adapters/telegram/parse.ts";
import { createHttpServer } from "../../src/http/server.ts";
import { silentLogger } from "../../src/core/logger.ts";
import { StartRefusal } from "../../src/core/start-refusal.ts";
import { commands } from "../../commands/index.ts";
import type { Harness } from "../helpers/harness.ts";
import { freePort } from "./drivers/support.ts";
import { TEST_BOT_TOKEN, telegramDriver } from "./drivers/telegram-driver.ts";
import { telegramEmulator } from "./drivers/telegram-emulator.ts";
import { spawnTs } from "../multiprocess/spawn.ts";

const GROUP = "-1001";

describe("telegram: a group chat through grammY and telegram-test-api", () => {
  const driver = telegramDriver();
  let h: Harness;
  beforeEach(async () => {
    h = await driver.start();
    await driver.bindChat();
  });
  afterEach(async () => driver.stop());

  const lastBotMessage = () => driver.server().storage.botMessages.at(-1)!.message as Record<string, unknown>;

  it("understands /actie@BotName as privacy mode delivers it, and replies to the command as HTML", async () => {
    await driver.sendText("Kim", "/actie@TestNameBot nieuw Speeltuin opknappen pijler Gezond");
    expect(await driver.replies()).toEqual(["🆕 Speeltuin opknappen (Gezond) staat op gepland. Eigenaar: Kim."]);
    const reply = lastBotMessage() as { chat_id: string; parse_mode: string; reply_parameters: { message_id: number } };
    expect(reply).toMatchObject({ chat_id: GROUP, parse_mode: "HTML" });
    // It quotes the very message the core recorded as handled.
    const handled = await h.db.processedMessage.findMany({ where: { platform: "telegram", chatId: GROUP } });
    expect(handled.map((m) => m.messageId)).toContain(String(reply.reply_parameters.message_id));
  });

  it("escapes what people typed, so a title cannot inject markup", async () => {
    await driver.sendText("Kim", "/actie nieuw Tafels <b>& stoelen</b> pijler Gezond");
    expect(lastBotMessage().text).toBe("🆕 Tafels &lt;b&gt;&amp; stoelen&lt;/b&gt; (Gezond) staat op gepland. Eigenaar: Kim.");
    expect(await h.db.action.count({ where: { title: "Tafels <b>& stoelen</b>" } })).toBe(1);
  });

  it("shows numbered choices as buttons and removes them once one is tapped", async () => {
    await driver.sendText("Kim", "/actie nieuw Speeltuin opknappen pijler Gezond");
    await driver.sendText("Kim", "/actie nieuw Speeltuin verlichting pijler Gezond");
    await driver.sendText("Kim", "/actie klaar speeltuin");
    const rows = (lastBotMessage().reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard;
    expect(rows.map((row) => row.map((b) => b.text))).toEqual([["Speeltuin opknappen (Gezond)"], ["Speeltuin verlichting (Gezond)"]]);
    // Each button carries an opaque id the bot looks up, not the answer or an action.
    for (const b of rows.flat()) expect(b.callback_data).toMatch(/^[0-9a-z]{4}[\w-]{8}\.[\w-]{4}$/);
    const question = driver.server().storage.botMessages.at(-1)!;
    await driver.sendChoice!("Kim", "2");
    expect(question.message.reply_markup).toEqual({ inline_keyboard: [] });
    expect((await h.db.action.findFirstOrThrow({ where: { title: "Speeltuin verlichting" } })).status).toBe("klaar");
  });

  it("edits a sent message in place (live board) through the outbox", async () => {
    const sent = await h.app.outbox.send({ platform: "telegram", chatId: GROUP, text: "*Bord* v1" });
    expect(await h.app.outbox.edit(sent!, { platform: "telegram", chatId: GROUP, text: "*Bord* v2" })).toBe(true);
    const stored = driver.server().storage.botMessages.find((m) => String(m.messageId) === sent!.messageId)!;
    expect(stored.message.text).toBe("<b>Bord</b> v2");
  });

  it("splits a reply longer than Telegram allows into several messages", async () => {
    const long = Array.from({ length: 300 }, (_, i) => `- actie nummer ${i + 1} met een wat langere omschrijving`).join("\n");
    await h.app.outbox.send({ platform: "telegram", chatId: GROUP, text: long });
    const parts = (await driver.replies()).filter((t) => t.startsWith("- actie"));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => p.length <= 4096)).toBe(true);
    expect(parts.join("\n")).toBe(long);
  });
});

describe("telegram: modes", () => {
  let server: TelegramServer;
  beforeEach(async () => {
    server = new TelegramServer({ port: await freePort(), host: "127.0.0.1", storeTimeout: 60 });
    await server.start();
  });
  afterEach(async () => server.stop());

  it("long-polls by default and hands messages to the core", async () => {
    const adapter = createTelegramAdapter({ botToken: TEST_BOT_TOKEN, apiRoot: server.config.apiURL, env: {} });
    expect(adapter.mode).toBe("polling");
    const received: string[] = [];
    await adapter.start(async (m) => {
      received.push(`${m.platform}|${m.chatId}|${m.isDirect}|${m.text}`);
    });
    try {
      const client = server.getClient(TEST_BOT_TOKEN, { chatId: 42, userId: 42, type: "private", firstName: "Kim" });
      await client.sendMessage(client.makeMessage("hallo"));
      await expect.poll(() => received, { timeout: 5000 }).toEqual(["telegram|42|true|hallo"]);
    } finally {
      await adapter.stop();
    }
  });

  it("needs a token", () => {
    expect(() => createTelegramAdapter({ env: {} })).toThrow(/TELEGRAM_BOT_TOKEN/);
  });
});

/**
 * A webhook without a secret accepts forged updates from anyone who finds its address
 * (issue 12, item 7): with TELEGRAM_WEBHOOK_URL set there is always a secret of at least 32
 * characters — configured, or generated at start — registered with setWebhook and required
 * on every call in the X-Telegram-Bot-Api-Secret-Token header.
 */
describe("telegram: the webhook's secret", () => {
  const CONFIGURED_SECRET = "k7Qz_3vR9-mXp2LwT8nYbH4cJ6dF0sGa"; // 32 characters
  let server: TelegramServer;
  let http: ReturnType<typeof createHttpServer>;
  let port: number;
  beforeEach(async () => {
    server = telegramEmulator({ port: await freePort() });
    await server.start();
    port = await freePort();
    http = createHttpServer({ port, host: "127.0.0.1", logger: silentLogger });
    await http.start();
  });
  afterEach(async () => {
    await http.stop();
    await server.stop();
  });

  const webhookAdapter = (env: Record<string, string>) =>
    createTelegramAdapter({ botToken: TEST_BOT_TOKEN, apiRoot: server.config.apiURL, http, env: { TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/hook`, ...env } });
  /** What setWebhook registered at Telegram (telegram-test-api keeps the request). */
  const registered = () => (server as unknown as { webhooks: Record<string, { url: string; secret_token?: string }> }).webhooks[TEST_BOT_TOKEN];
  const update = { update_id: 1, message: { message_id: 1, date: 0, chat: { id: 1, type: "private", first_name: "X" }, from: { id: 1, is_bot: false, first_name: "X" }, text: "/help" } };
  /** A call as Telegram (or a forger) would make it. */
  const post = (headers: Record<string, string>) =>
    fetch(`http://127.0.0.1:${port}/telegram/hook`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(update) });

  async function started(env: Record<string, string>) {
    const adapter = webhookAdapter(env);
    let reached = 0;
    await adapter.start(async () => {
      reached++;
    });
    return { adapter, reached: () => reached };
  }

  it("registers the configured secret and handles only calls that carry it", async () => {
    const { adapter, reached } = await started({ TELEGRAM_WEBHOOK_SECRET: CONFIGURED_SECRET });
    try {
      expect(adapter.mode).toBe("webhook");
      expect(registered()).toMatchObject({ url: `http://127.0.0.1:${port}/telegram/hook`, secret_token: CONFIGURED_SECRET });
      expect((await post({})).status).toBe(401);
      expect((await post({ "x-telegram-bot-api-secret-token": CONFIGURED_SECRET.slice(0, -1) })).status).toBe(401);
      expect((await post({ "x-telegram-bot-api-secret-token": `${CONFIGURED_SECRET}x` })).status).toBe(401);
      expect(reached()).toBe(0);
      expect((await post({ "x-telegram-bot-api-secret-token": CONFIGURED_SECRET })).status).toBe(200);
      expect(reached()).toBe(1);
      // Telegram itself sends the registered secret with every update.
      const client = server.getClient(TEST_BOT_TOKEN, { chatId: 42, userId: 42, type: "private", firstName: "Kim" });
      await client.sendMessage(client.makeMessage("hallo"));
      await expect.poll(() => reached(), { timeout: 5000 }).toBe(2);
    } finally {
      await adapter.stop();
    }
  });

  it("without a configured secret, generates a random one of at least 32 characters at start and requires it", async () => {
    const first = await started({});
    const secret = registered().secret_token!;
    try {
      expect(secret).toMatch(/^[A-Za-z0-9_-]{32,256}$/);
      expect((await post({})).status).toBe(401);
      expect(first.reached()).toBe(0);
      expect((await post({ "x-telegram-bot-api-secret-token": secret })).status).toBe(200);
      expect(first.reached()).toBe(1);
    } finally {
      await first.adapter.stop();
    }
  });

  it("a generated secret is new at every start", async () => {
    const secrets: string[] = [];
    for (let i = 0; i < 2; i++) {
      const { adapter } = await started({});
      secrets.push(registered().secret_token!);
      await adapter.stop();
    }
    expect(secrets[0]).not.toBe(secrets[1]);
  });

  it.each([
    ["shorter than 32 characters", "s3cret-token", /TELEGRAM_WEBHOOK_SECRET is te kort \(12 tekens\): gebruik er minstens 32/],
    ["with characters Telegram does not allow", `${CONFIGURED_SECRET}!?`, /TELEGRAM_WEBHOOK_SECRET mag alleen letters, cijfers, _ en - bevatten/],
  ])("refuses to start, saying why, with a configured secret %s", (_why, secret, message) => {
    expect(() => webhookAdapter({ TELEGRAM_WEBHOOK_SECRET: secret })).toThrow(StartRefusal);
    expect(() => webhookAdapter({ TELEGRAM_WEBHOOK_SECRET: secret })).toThrow(message);
  });

  it("npm start refuses a too short secret with that message alone and exit code 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wijkbot-telegram-"));
    try {
      const bot = spawnTs("src/main.ts", {
        DATABASE_URL: `file:${join(dir, "wijkbot.db")}`,
        LOG_FILE: join(dir, "log"),
        PORT: String(await freePort()),
        TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN,
        TELEGRAM_API_ROOT: server.config.apiURL,
        TELEGRAM_WEBHOOK_URL: "https://wijkbot.example.nl/telegram/webhook",
        TELEGRAM_WEBHOOK_SECRET: "geheim",
        MICROSOFT_APP_ID: "",
        TEAMS_ENABLED: "0",
        WHATSAPP_ENABLED: "",
      });
      expect((await bot.exited).code).toBe(1);
      expect(bot.stderr()).toBe(
        "wijkbot start niet: TELEGRAM_WEBHOOK_SECRET is te kort (6 tekens): gebruik er minstens 32, bijvoorbeeld de uitvoer van: openssl rand -hex 24. Of laat het leeg: dan maakt de bot bij elke start zelf een geheim.\n",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("telegram: translating updates", () => {
  const group = { id: -1001, type: "supergroup", title: "Werkgroep" } as const;
  const kim = { id: 7, is_bot: false, first_name: "Kim", last_name: "de Boer" };

  it("notices an @mention of the bot, strips it, and keeps other mentions and the quoted message", () => {
    const text = "@TestNameBot actie klaar speeltuin @sanne";
    const message = {
      message_id: 10,
      date: 1,
      chat: group,
      from: kim,
      text,
      entities: [
        { type: "mention", offset: 0, length: 12 },
        { type: "mention", offset: 35, length: 6 },
      ],
      reply_to_message: { message_id: 9, date: 1, chat: group, text: "Welke actie?" },
    } as unknown as Message;
    expect(toIncoming(message, "TestNameBot", new Date(0))).toMatchObject({
      platform: "telegram",
      chatId: "-1001",
      chatTitle: "Werkgroep",
      isDirect: false,
      senderId: "7",
      senderName: "Kim de Boer",
      text: "actie klaar speeltuin @sanne",
      mentionsBot: true,
      mentions: [{ id: "sanne", name: "sanne" }],
      quoted: { messageId: "9", text: "Welke actie?" },
    });
  });

  it("ignores other bots and messages without text", () => {
    const base = { message_id: 1, date: 1, chat: group };
    expect(toIncoming({ ...base, from: { ...kim, is_bot: true }, text: "/help" } as unknown as Message, "TestNameBot", new Date())).toBeUndefined();
    expect(toIncoming({ ...base, from: kim, photo: [] } as unknown as Message, "TestNameBot", new Date())).toBeUndefined();
  });
});

describe("telegram: formatting", () => {
  it("turns *bold* and _italic_ into HTML after escaping, and leaves snake_case alone", () => {
    expect(toTelegramHtml("*Kim* & <Sanne> _bijna_ klaar met file_name_x")).toBe("<b>Kim</b> &amp; &lt;Sanne&gt; <i>bijna</i> klaar met file_name_x");
  });

  it("splits at line breaks, and a single overlong line at a space", () => {
    expect(splitForTelegram("aaa\nbbb\nccc", 7)).toEqual(["aaa\nbbb", "ccc"]);
    expect(splitForTelegram("een twee drie vier", 9)).toEqual(["een twee", "drie vier"]);
  });

  it("puts ja/nee side by side and long labels one per row", () => {
    expect(choicesKeyboard([{ label: "ja", answer: "ja" }, { label: "nee", answer: "nee" }])?.inline_keyboard).toHaveLength(1);
    expect(choicesKeyboard([{ label: "x".repeat(10), answer: "x".repeat(80) }])).toBeUndefined();
  });

  it("builds the / menu with Dutch descriptions from the command list, one entry per first word", () => {
    const menu = telegramCommandMenu(commands);
    expect(menu.every((c) => /^[a-z0-9_]{1,32}$/.test(c.command) && c.description.length >= 3 && c.description.length <= 256)).toBe(true);
    expect(new Set(menu.map((c) => c.command)).size).toBe(menu.length);
    expect(menu.find((c) => c.command === "actie")?.description).toMatch(/^Nieuw, klaar, bezig/);
    expect(menu.find((c) => c.command === "koppel")?.description).toContain("Koppelt dit groepsgesprek");
  });

  it("builds the same menu in English for users whose Telegram app is in English", () => {
    const dutch = telegramCommandMenu(commands);
    const english = telegramCommandMenu(commands, "en");
    expect(english.map((c) => c.command)).toEqual(dutch.map((c) => c.command));
    expect(english.every((c) => c.description.length >= 3 && c.description.length <= 256)).toBe(true);
    expect(english.find((c) => c.command === "overzicht")?.description).toMatch(/^The neighbourhood's overview: per pillar what is planned, in progress and done · also: /);
    expect(english.some((c) => / · ook: |\(typ /.test(c.description))).toBe(false);
  });
});
