import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from "botbuilder";
import pino from "pino";
import type { Adapter, AdapterEvents, AdapterStatus, IncomingMessage, MessageHandler, SendPolicy } from "../../src/core/types.ts";
import type { Logger } from "../../src/core/logger.ts";
import type { HttpServer } from "../../src/http/server.ts";
import { processBotRequest } from "./http-shim.ts";
import { chatKey, chatReference, pressToIncoming, TEAMS_PLATFORM, toIncoming, toMembersLeft } from "./parse.ts";
import { pressedCard } from "./format.ts";
import { createTeamsSender, TEAMS_SEND_POLICY, type ConversationStore } from "./send.ts";

export { TEAMS_SEND_POLICY, type ConversationStore } from "./send.ts";

/** The Bot Framework's endpoint path (Azure Bot "Messaging endpoint": https://<host>/api/messages). */
export const TEAMS_MESSAGES_PATH = "/api/messages";

export interface TeamsAdapterConfig {
  /** Azure Bot registration. Default: MICROSOFT_APP_ID; empty = Bot Framework Emulator mode (no auth). */
  appId?: string;
  /** Default: MICROSOFT_APP_PASSWORD. */
  appPassword?: string;
  /** Default: MICROSOFT_APP_TENANT_ID (SingleTenant bots). */
  tenantId?: string;
  /** "MultiTenant" | "SingleTenant" | "UserAssignedMSI". Default: MICROSOFT_APP_TYPE. */
  appType?: string;
  /** The shared HTTP server: POST /api/messages is mounted on it. */
  http: Pick<HttpServer, "app">;
  /** Keeps conversation references so the bot can write later (reminders, digests). */
  conversationStore?: ConversationStore;
  logger?: Logger;
  sendPolicy?: SendPolicy;
  env?: NodeJS.ProcessEnv;
}

export interface TeamsAdapter extends Adapter {
  /** The botbuilder CloudAdapter (tests and diagnostics). */
  readonly cloudAdapter: CloudAdapter;
  /** False when no app id is set: unauthenticated traffic is accepted (Emulator, local only). */
  readonly authenticated: boolean;
}

/**
 * Microsoft Teams via botbuilder's CloudAdapter behind POST /api/messages on the bot's
 * one HTTP server. Channel, group-chat and personal messages; the bot's @mention is
 * stripped; every chat's conversation reference is kept so messages can be sent later.
 */
export function createTeamsAdapter(config: TeamsAdapterConfig): TeamsAdapter {
  const env = config.env ?? process.env;
  const appId = config.appId ?? env.MICROSOFT_APP_ID ?? "";
  const logger = config.logger ?? pino({ level: "silent" });
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: appId,
    MicrosoftAppPassword: config.appPassword ?? env.MICROSOFT_APP_PASSWORD ?? "",
    MicrosoftAppTenantId: config.tenantId ?? env.MICROSOFT_APP_TENANT_ID ?? "",
    MicrosoftAppType: config.appType ?? env.MICROSOFT_APP_TYPE ?? (appId ? "MultiTenant" : ""),
  });
  const cloudAdapter = new CloudAdapter(auth);
  cloudAdapter.onTurnError = async (_context, error) => {
    logger.error({ err: { name: (error as Error)?.name } }, "teams turn failed");
  };
  const sender = createTeamsSender({ adapter: cloudAdapter, appId, store: config.conversationStore });

  let onMessage: MessageHandler | undefined;
  let adapterEvents: AdapterEvents | undefined;
  /** Messages are handled one after another in arrival order, after Teams got its 200. */
  let inbox: Promise<void> = Promise.resolve();
  let state: AdapterStatus = { ok: true, state: "stopped" };

  async function onTurn(context: TurnContext) {
    const activity = context.activity;
    if (!activity.conversation?.id || !activity.serviceUrl) return;
    const chatId = chatKey(activity.conversation.id);
    // Any activity (message, bot added to a team) tells where the bot may write.
    await sender.rememberChat(chatId, chatReference(activity), activity.id, activity.conversation.id).catch((error: unknown) => {
      logger.warn({ err: { name: (error as Error)?.name } }, "storing a teams conversation reference failed");
    });
    for (const left of toMembersLeft(activity, new Date())) {
      const events = adapterEvents;
      inbox = inbox.then(() => events?.memberLeft(left)).catch((error: unknown) => {
        logger.error({ err: { name: (error as Error)?.name } }, "handling a teams member update failed");
      });
    }
    const press = pressToIncoming(activity, new Date());
    if (press) return answerPress(context, press);
    const incoming = toIncoming(activity, new Date());
    if (!incoming || !onMessage) return;
    const handle = onMessage;
    // Answered before the core runs: a slow send (429 backoff) must not make Teams redeliver.
    inbox = inbox.then(() => handle(incoming)).catch((error: unknown) => {
      logger.error({ err: { name: (error as Error)?.name } }, "handling a teams message failed");
    });
  }

  /**
   * An Action.Execute press is answered in the invoke's own HTTP response, so it waits for the
   * core (in turn with the messages). Refused: a message only the presser sees, the card as it
   * was. Otherwise the presser gets the refreshed card at once, and the card is updated for
   * everyone who sees it.
   */
  async function answerPress(context: TurnContext, incoming: IncomingMessage) {
    const events = adapterEvents;
    const pressed = inbox.then(() => events?.press?.(incoming));
    inbox = pressed.then(
      () => undefined,
      () => undefined,
    );
    const answer = await pressed.catch((error: unknown) => {
      logger.error({ err: { name: (error as Error)?.name } }, "handling a teams press failed");
      return undefined;
    });
    if (!answer || answer.refused) {
      const text = answer?.text || "Er ging iets mis; probeer het zo nog eens.";
      await context.sendActivity({ type: "invokeResponse", value: { status: 200, body: { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: text } } });
      return;
    }
    const card = pressedCard(answer.outcome ?? answer.text);
    await context.sendActivity({ type: "invokeResponse", value: { status: 200, body: { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: card.content } } });
    const cardMessageId = context.activity.replyToId;
    if (cardMessageId) {
      await context.updateActivity({ type: "message", id: cardMessageId, attachments: [card] }).catch((error: unknown) => {
        logger.warn({ err: { name: (error as Error)?.name } }, "refreshing a pressed teams card for everyone failed");
      });
    }
  }

  config.http.app.post(TEAMS_MESSAGES_PATH, (c) => processBotRequest(cloudAdapter, c.req.raw, onTurn));

  return {
    name: TEAMS_PLATFORM,
    cloudAdapter,
    authenticated: Boolean(appId),
    sendPolicy: config.sendPolicy ?? TEAMS_SEND_POLICY,

    async start(handler: MessageHandler, events?: AdapterEvents) {
      onMessage = handler;
      adapterEvents = events;
      if (!appId) {
        logger.warn("MICROSOFT_APP_ID is not set: /api/messages accepts unauthenticated traffic (Bot Framework Emulator, local testing only)");
      }
      state = { ok: true, state: appId ? "listening" : "emulator" };
    },
    send: (message) => sender.send(message),
    edit: (sent, message) => sender.edit(sent, message),
    typing: (chatId) => sender.typing(chatId),
    status: () => state,
    async stop() {
      onMessage = undefined;
      adapterEvents = undefined;
      await inbox;
      state = { ok: true, state: "stopped" };
    },
  };
}
