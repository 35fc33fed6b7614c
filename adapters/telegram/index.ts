import { Bot, webhookCallback } from "grammy";
import type { LanguageCode } from "grammy/types";
import pino from "pino";
import { localText, type Adapter, type AdapterEvents, type AdapterStatus, type MessageHandler, type SendPolicy, type Logger, type HttpServer } from "../../src/core/index.ts";
import type { BotCommandEntry } from "./commands-menu.ts";
import { choiceToIncoming, TELEGRAM_PLATFORM, toIncoming, toMemberLeft } from "./parse.ts";
import { createTelegramSender, TELEGRAM_SEND_POLICY } from "./send.ts";
import { toPollAnswer } from "./poll.ts";
import { isWebhookSecret, webhookSecret } from "./webhook-secret.ts";

export { telegramCommandMenu, type BotCommandEntry } from "./commands-menu.ts";
export { TELEGRAM_SEND_POLICY } from "./send.ts";

/** Telegram cuts a callback query's answer (toast or alert) at this length. */
const CALLBACK_ANSWER_MAX_CHARS = 200;
/** Updates the bot asks Telegram for; everything else is never delivered. */
/** chat_member updates reach a bot that is admin in the group: who was removed (issue 12, defect 13). */
/** poll_answer: votes in the bot's own (non-anonymous) date polls. */
const ALLOWED_UPDATES = ["message", "callback_query", "chat_member", "poll_answer"] as const;

export interface TelegramAdapterConfig {
  /** From BotFather. Default: TELEGRAM_BOT_TOKEN. */
  botToken?: string;
  /** Bot API address (self-hosted Bot API server, tests). Default: TELEGRAM_API_ROOT or Telegram's. */
  apiRoot?: string;
  /** Public https URL Telegram posts updates to; without it the bot long-polls. Default: TELEGRAM_WEBHOOK_URL. */
  webhookUrl?: string;
  /**
   * Required on every webhook call (X-Telegram-Bot-Api-Secret-Token): at least 32 characters
   * (A-Z, a-z, 0-9, _, -). Default: TELEGRAM_WEBHOOK_SECRET; without one, a random secret is
   * made at start and registered with setWebhook.
   */
  webhookSecret?: string;
  /** The shared HTTP server; needed for webhook mode (the route is the webhook URL's path). */
  http?: Pick<HttpServer, "app">;
  /** The "/" menu with Dutch descriptions, set for groups and private chats at start. */
  commandMenu?: BotCommandEntry[];
  /** The same menu in other languages, by Telegram language code ("en"): shown to users whose app uses that language. */
  commandMenuByLanguage?: Record<string, BotCommandEntry[]>;
  logger?: Logger;
  /** Overrides Telegram's pacing (tests use a faster one). */
  sendPolicy?: SendPolicy;
  env?: NodeJS.ProcessEnv;
}

export interface TelegramAdapter extends Adapter {
  /** The grammY bot (tests and diagnostics). */
  readonly bot: Bot;
  readonly mode: "polling" | "webhook";
}

/**
 * Telegram via grammY. Long polling by default; webhook mode when a webhook URL is set
 * (the handler is mounted on the bot's one HTTP server). Works in groups with privacy
 * mode on: the bot then receives commands ("/actie@Bot …"), replies to it and
 * @mentions — which is all it reads in a group anyway.
 */
export function createTelegramAdapter(config: TelegramAdapterConfig = {}): TelegramAdapter {
  const env = config.env ?? process.env;
  const token = config.botToken ?? env.TELEGRAM_BOT_TOKEN;
  if (!token) throw new Error("TELEGRAM_BOT_TOKEN ontbreekt: maak een bot aan bij @BotFather en zet het token in .env");
  const apiRoot = config.apiRoot ?? env.TELEGRAM_API_ROOT;
  const webhookUrl = config.webhookUrl ?? env.TELEGRAM_WEBHOOK_URL;
  // Checked before anything else, so a bad secret stops the start with its own message.
  const secret = webhookUrl ? webhookSecret(config.webhookSecret ?? env.TELEGRAM_WEBHOOK_SECRET) : undefined;
  const logger = config.logger ?? pino({ level: "silent" });
  const mode = webhookUrl ? "webhook" : "polling";

  const bot = new Bot(token, apiRoot ? { client: { apiRoot } } : {});
  const sender = createTelegramSender(bot.api);
  let state: AdapterStatus = { ok: true, state: "stopped" };
  let started = false;
  let polling: Promise<void> | undefined;

  if (webhookUrl) {
    if (!config.http) throw new Error("Telegram-webhook heeft de HTTP-server nodig");
    const path = new URL(webhookUrl).pathname;
    // Telegram retries on a non-2xx answer, so updates that arrive before start are not lost.
    // "return" on timeout: a slow reply must not make Telegram redeliver the update.
    // grammY checks the secret too; it is checked here first, in constant time (grammY compares with !==).
    const handle = webhookCallback(bot, "hono", { onTimeout: "return", secretToken: secret!.secret });
    config.http.app.post(path, (c) => {
      if (!isWebhookSecret(c.req.header("x-telegram-bot-api-secret-token"), secret!.secret)) return c.text("secret token is wrong", 401);
      return started ? handle(c) : c.text("nog niet gestart", 503);
    });
  }

  return {
    name: TELEGRAM_PLATFORM,
    bot,
    mode,
    sendPolicy: config.sendPolicy ?? TELEGRAM_SEND_POLICY,

    async start(onMessage: MessageHandler, events?: AdapterEvents) {
      // Before "message": a removal arrives as a service message without text.
      bot.on("message:left_chat_member", async (ctx) => {
        const left = toMemberLeft(ctx.message.chat, ctx.message.left_chat_member, new Date());
        if (left) await events?.memberLeft(left);
      });
      bot.on("chat_member", async (ctx) => {
        const update = ctx.chatMember;
        if (update.new_chat_member.status !== "left" && update.new_chat_member.status !== "kicked") return;
        const left = toMemberLeft(update.chat, update.new_chat_member.user, new Date());
        if (left) await events?.memberLeft(left);
      });
      bot.on("poll_answer", async (ctx) => {
        const answer = toPollAnswer(ctx.pollAnswer, ctx.update.update_id, new Date());
        if (answer) await events?.pollAnswer?.(answer);
      });
      bot.on("message", async (ctx) => {
        const incoming = toIncoming(ctx.message, ctx.me.username, new Date());
        if (incoming) await onMessage(incoming);
      });
      // A press: the core decides; the answer is a toast (an alert, private, when nothing changed) and the question closed.
      bot.on("callback_query:data", async (ctx) => {
        const incoming = choiceToIncoming(ctx.callbackQuery, new Date());
        const answer = incoming && events?.press ? await events.press(incoming) : undefined;
        const toast = answer?.refused ? answer.text : (answer?.outcome ?? answer?.text.split("\n")[0]);
        await ctx.answerCallbackQuery(toast ? { text: toast.slice(0, CALLBACK_ANSWER_MAX_CHARS), show_alert: answer!.refused } : {}).catch(() => undefined);
        const question = ctx.callbackQuery.message;
        if (!question || !answer || answer.refused || !answer.text) return;
        const where = { chatId: String(question.chat.id), messageId: question.message_id };
        if (answer.outcome) await sender.closeQuestion({ ...where, ...("text" in question ? { text: question.text, entities: question.entities } : {}) }, answer.outcome);
        else await sender.clearButtons(where.chatId, where.messageId);
      });
      // One bad update must not stop the bot (grammY's default handler would).
      bot.catch((error) => {
        logger.error({ err: { name: error.error instanceof Error ? error.error.name : "unknown" }, updateId: error.ctx.update.update_id }, "telegram update failed");
      });

      await bot.init();
      await setCommandMenu();
      if (webhookUrl) {
        await bot.api.setWebhook(webhookUrl, { secret_token: secret!.secret, allowed_updates: [...ALLOWED_UPDATES] });
        // Never the secret itself; a generated one changes at every start (several processes need a configured one).
        if (secret!.generated) logger.info("telegram webhook secret generated for this run (set TELEGRAM_WEBHOOK_SECRET to keep one)");
        started = true;
        state = { ok: true, state: "webhook" };
      } else {
        state = { ok: true, state: "connecting" };
        polling = bot
          .start({
            allowed_updates: [...ALLOWED_UPDATES],
            onStart: () => {
              state = { ok: true, state: "polling" };
            },
          })
          .catch((error: unknown) => {
            state = { ok: false, state: "stopped", detail: localText("telegramState.pollingStopped") };
            logger.error({ err: { name: (error as Error)?.name } }, "telegram long polling stopped");
          });
        started = true;
      }
      logger.info({ mode, bot: bot.botInfo.username }, "telegram adapter started");
    },

    send: (message) => sender.send(message),
    edit: (sent, message) => sender.edit(sent, message),
    pin: (sent) => sender.pin(sent),
    typing: (chatId) => sender.typing(chatId),
    status: () => state,

    async stop() {
      started = false;
      if (polling) {
        await bot.stop();
        await polling;
      }
      state = { ok: true, state: "stopped" };
    },
  };

  /** The "/" menu for groups and private chats; a failure only costs the menu, not the bot. */
  async function setCommandMenu() {
    const commands = config.commandMenu ?? [];
    if (!commands.length) return;
    const menus: [string | undefined, BotCommandEntry[]][] = [[undefined, commands], ...Object.entries(config.commandMenuByLanguage ?? {})];
    for (const [language, menu] of menus) {
      for (const scope of [{ type: "all_group_chats" }, { type: "all_private_chats" }] as const) {
        await bot.api.setMyCommands(menu, { scope, ...(language ? { language_code: language as LanguageCode } : {}) }).catch((error: unknown) => {
          logger.warn({ err: { name: (error as Error)?.name }, scope: scope.type, language }, "telegram setMyCommands failed");
        });
      }
    }
  }
}
