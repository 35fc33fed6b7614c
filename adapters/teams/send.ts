import type { Activity, CloudAdapter, ConversationReference, TurnContext } from "botbuilder";
import type { OutgoingMessage, SendPolicy, SentMessage } from "../../src/core/index.ts";
import { toActivity } from "./format.ts";
import { TEAMS_PLATFORM } from "./parse.ts";

/** Teams has no fixed per-chat quota to pace by: it answers HTTP 429 with Retry-After, which the outbox honours. */
export const TEAMS_SEND_POLICY: SendPolicy = { retries: 4, backoffMs: 1000 };
/** Thread and sent-message memories are bounded; old entries fall back to the chat's root. */
const MAX_REMEMBERED = 2000;

/** Where the adapter keeps conversation references (the database, via a service). */
export interface ConversationStore {
  save(chatId: string, referenceJson: string): Promise<void>;
  load(chatId: string): Promise<string | undefined>;
}

/**
 * Every send is proactive: the adapter continues the conversation from its stored
 * reference, so replies, reminders and digests take the same path. A reply to a channel
 * message goes into that message's thread.
 */
export function createTeamsSender(options: { adapter: CloudAdapter; appId: string; store?: ConversationStore }) {
  const references = new Map<string, Partial<ConversationReference>>();
  /** Incoming channel message id → its thread's conversation id. */
  const threads = new Map<string, string>();
  /** Sent message id → the conversation id it was posted in (edits must use the same). */
  const postedIn = new Map<string, string>();

  function remember<K, V>(map: Map<K, V>, key: K, value: V) {
    map.set(key, value);
    if (map.size > MAX_REMEMBERED) map.delete(map.keys().next().value as K);
  }

  async function reference(chatId: string): Promise<Partial<ConversationReference>> {
    let found = references.get(chatId);
    if (!found && options.store) {
      const json = await options.store.load(chatId);
      if (json) remember(references, chatId, (found = JSON.parse(json) as Partial<ConversationReference>));
    }
    // Nothing to continue: Teams only lets a bot write where it was spoken to (or installed).
    if (!found) throw Object.assign(new Error("no conversation reference for this Teams chat"), { retryable: false });
    return found;
  }

  async function inConversation(
    chatId: string,
    thread: { conversationId: string; replyTo?: string } | undefined,
    logic: (ctx: TurnContext) => Promise<void>,
  ) {
    const ref = await reference(chatId);
    const target = thread
      ? { ...ref, conversation: { ...ref.conversation!, id: thread.conversationId }, ...(thread.replyTo ? { activityId: thread.replyTo } : {}) }
      : ref;
    try {
      await options.adapter.continueConversationAsync(options.appId, target, logic);
    } catch (error) {
      throw toSendError(error);
    }
  }

  return {
    /** Called for every incoming activity: keeps the reference current (memory and store). */
    async rememberChat(chatId: string, ref: Partial<ConversationReference>, incomingId: string | undefined, conversationId: string) {
      remember(references, chatId, ref);
      if (incomingId && conversationId !== chatId) remember(threads, incomingId, conversationId);
      await options.store?.save(chatId, JSON.stringify(ref));
    },

    async send(message: OutgoingMessage): Promise<SentMessage> {
      const conversationId = message.replyTo ? threads.get(message.replyTo) : undefined;
      let id: string | undefined;
      const thread = conversationId ? { conversationId, replyTo: message.replyTo } : undefined;
      await inConversation(message.chatId, thread, async (ctx) => {
        id = (await ctx.sendActivity(toActivity(message)))?.id;
      });
      const messageId = id ?? "";
      if (conversationId && messageId) remember(postedIn, messageId, conversationId);
      return { platform: TEAMS_PLATFORM, chatId: message.chatId, messageId };
    },

    async edit(sent: SentMessage, message: OutgoingMessage): Promise<void> {
      const conversationId = postedIn.get(sent.messageId);
      await inConversation(sent.chatId, conversationId ? { conversationId } : undefined, async (ctx) => {
        await ctx.updateActivity({ ...toActivity(message), id: sent.messageId });
      });
    },

    /**
     * Replaces a message the bot did not necessarily send in this process (a date poll card a
     * vote came from), in the conversation the vote named: a channel thread or the chat itself.
     */
    async replace(chatId: string, conversationId: string, messageId: string, activity: Partial<Activity>): Promise<void> {
      await inConversation(chatId, { conversationId }, async (ctx) => {
        await ctx.updateActivity({ ...activity, id: messageId });
      });
    },

    async typing(chatId: string): Promise<void> {
      await inConversation(chatId, undefined, async (ctx) => {
        await ctx.sendActivity({ type: "typing" });
      });
    },
  };
}

/**
 * The outbox's view of a Bot Connector failure: 429 (and 503) carry Retry-After; other
 * 4xx cannot succeed on retry; network errors and 5xx may.
 */
export function toSendError(error: unknown): Error {
  const e = (error instanceof Error ? error : new Error(String(error))) as Error & {
    statusCode?: number;
    response?: { status?: number; headers?: { get?(name: string): string | undefined | null } & Record<string, unknown> };
  };
  const status = e.statusCode ?? e.response?.status;
  if (status === undefined) return Object.assign(e, { retryable: (e as { retryable?: boolean }).retryable ?? true });
  const headers = e.response?.headers;
  const retryAfter = headers?.get?.("retry-after") ?? (headers?.["retry-after"] as string | undefined);
  const seconds = retryAfter !== undefined && retryAfter !== null ? Number(retryAfter) : Number.NaN;
  return Object.assign(e, {
    status,
    retryable: status === 429 || status === 408 || status >= 500,
    ...(Number.isFinite(seconds) ? { retryAfterMs: seconds * 1000 } : {}),
  });
}
