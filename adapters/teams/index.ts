import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from "botbuilder";
import pino from "pino";
import type { Adapter, AdapterEvents, AdapterStatus, IncomingMessage, MessageHandler, OutgoingMessage, SendPolicy, SentMessage, Logger, HttpServer } from "../../src/core/index.ts";
import { processBotRequest } from "./http-shim.ts";
import { chatKey, chatReference, pollVoteToIncoming, pressToIncoming, TEAMS_PLATFORM, toIncoming, toMembersLeft } from "./parse.ts";
import { pollCard, pressedCard, toActivity } from "./format.ts";
import { createTeamsSender, TEAMS_SEND_POLICY, type ConversationStore } from "./send.ts";

export { TEAMS_SEND_POLICY, type ConversationStore } from "./send.ts";

/** The Bot Framework's endpoint path (Azure Bot "Messaging endpoint": https://<host>/api/messages). */
export const TEAMS_MESSAGES_PATH = "/api/messages";
/** How long a vote's invoke waits for the core's answer to reach the adapter (Teams gives up on an invoke after about 15 s). */
const POLL_ANSWER_WAIT_MS = 10_000;
/** Votes whose answer is still expected, bounded (a reply that never comes must not keep one forever). */
const MAX_PENDING_VOTES = 200;
const FAILED = "Er ging iets mis; probeer het zo nog eens.";

/** A vote on a date poll card whose answer from the core is on its way: the card it came from, and the invoke waiting for it. */
interface PendingVote {
  chatId: string;
  /** The conversation the card is in (a channel thread, or the chat). */
  conversationId: string;
  /** The card's message (the invoke's replyToId). */
  cardId?: string;
  answered(reply: OutgoingMessage): void;
}

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
  /** Votes by their incoming message id: the core's reply to one is the refreshed card, not a new message. */
  const pendingVotes = new Map<string, PendingVote>();

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
    const vote = pollVoteToIncoming(activity, new Date());
    if (vote) return answerVote(context, vote);
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

  /**
   * A vote on a date poll card goes through the core like the typed `/datumprikker stem 1 3`
   * (as a press, so a refusal is shown only to the voter). The command's reply to it carries the
   * refreshed poll: when it reaches send() it replaces the card for everyone (in the chat's
   * turn at the outbox, retried like any send) and becomes the invoke's answer, so the voter
   * sees it at once. A reply without a poll (a closed poll, an option that no longer exists) is
   * shown to the voter only and the card stays as it was.
   */
  async function answerVote(context: TurnContext, incoming: IncomingMessage) {
    const events = adapterEvents;
    let answered: (reply: OutgoingMessage) => void = () => undefined;
    const reply = new Promise<OutgoingMessage>((resolve) => (answered = resolve));
    pendingVotes.set(incoming.messageId, {
      chatId: incoming.chatId,
      conversationId: context.activity.conversation.id,
      ...(context.activity.replyToId ? { cardId: context.activity.replyToId } : {}),
      answered,
    });
    if (pendingVotes.size > MAX_PENDING_VOTES) pendingVotes.delete(pendingVotes.keys().next().value as string);
    const pressed = inbox.then(() => events?.press?.(incoming));
    inbox = pressed.then(
      () => undefined,
      () => undefined,
    );
    const answer = await pressed.catch((error: unknown) => {
      logger.error({ err: { name: (error as Error)?.name } }, "handling a teams date poll vote failed");
      return undefined;
    });
    let text = answer?.text || FAILED;
    let taken: OutgoingMessage | undefined;
    if (answer && !answer.refused && answer.text) {
      const late = new Promise<undefined>((resolve) => {
        const timer = setTimeout(resolve, POLL_ANSWER_WAIT_MS);
        void reply.then(() => clearTimeout(timer));
      });
      taken = await Promise.race([reply, late]);
      if (taken && !taken.poll) text = taken.text;
    } else {
      // Nothing of it reaches send(): a refusal is not delivered, and there may be no reply at all.
      pendingVotes.delete(incoming.messageId);
    }
    const body = taken?.poll
      ? { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: pollCard(taken.poll, taken.text).content }
      : { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: text };
    await context.sendActivity({ type: "invokeResponse", value: { status: 200, body } });
  }

  /** The core's reply to a pending vote: the refreshed card for everyone (poll), or an answer only the voter sees. */
  async function answerPendingVote(vote: PendingVote, message: OutgoingMessage): Promise<SentMessage> {
    vote.answered(message);
    if (message.poll && vote.cardId) await sender.replace(vote.chatId, vote.conversationId, vote.cardId, toActivity(message));
    pendingVotes.delete(message.replyTo!);
    return { platform: TEAMS_PLATFORM, chatId: message.chatId, messageId: vote.cardId ?? "" };
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
    send(message) {
      const vote = message.replyTo ? pendingVotes.get(message.replyTo) : undefined;
      return vote ? answerPendingVote(vote, message) : sender.send(message);
    },
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
