import { TurnContext, type Activity, type ConversationReference } from "botbuilder";
import type { IncomingMessage, MemberLeft, Mention } from "../../src/core/index.ts";

export const TEAMS_PLATFORM = "teams";

/** The key a tap on a choice button carries in the Adaptive Card's submit data. */
export const CHOICE_ANSWER_KEY = "wijkbotAnswer";
/** The key of a button's opaque id in an Action.Execute's data (the core looks it up). */
export const CHOICE_BUTTON_KEY = "wijkbotButton";
/** The verb of the bot's Action.Execute buttons (Universal Actions). */
export const PRESS_VERB = "wijkbot.press";
/** The invoke Teams sends for an Action.Execute. */
export const CARD_ACTION_INVOKE = "adaptiveCard/action";
/** The verb of a date poll card's vote button. */
export const POLL_VERB = "wijkbot.poll";
/** The key of the date poll's opaque ref (PollCard.ref) in the vote button's data: all the card itself carries. */
export const POLL_REF_KEY = "wijkbotPoll";
/** The id of the card's option checkboxes: Teams merges their value ("1,3") into the button's data under it. */
export const POLL_CHOICE_ID = "wijkbotPollChoice";

/**
 * A vote on a date poll card (an `adaptiveCard/action` invoke with the poll's ref) as the typed
 * vote it stands for, `/datumprikker stem 1 3` (`geen` when nothing is ticked), with the poll's
 * ref: it takes the same path as typing it. Option numbers are read strictly; anything else
 * becomes "?", which the command answers with how to vote. Undefined for other invokes.
 */
export function pollVoteToIncoming(activity: Activity, receivedAt: Date): IncomingMessage | undefined {
  if (activity.type !== "invoke" || activity.name !== CARD_ACTION_INVOKE || !activity.from || !activity.conversation) return undefined;
  const action = (activity.value as { action?: { verb?: unknown; data?: Record<string, unknown> } } | undefined)?.action;
  const data = action?.data ?? {};
  if (action?.verb !== POLL_VERB && !(POLL_REF_KEY in data)) return undefined;
  const ref = data[POLL_REF_KEY];
  const raw = data[POLL_CHOICE_ID];
  const tokens = (Array.isArray(raw) ? raw.map(String) : typeof raw === "string" ? raw.split(",") : []).map((t) => t.trim()).filter(Boolean);
  const numbers = tokens.every((t) => /^\d{1,2}$/.test(t)) ? [...new Set(tokens.map(Number))] : undefined;
  const vote = raw !== undefined && raw !== null && typeof raw !== "string" && !Array.isArray(raw) ? "?" : !numbers ? "?" : numbers.length ? numbers.join(" ") : "geen";
  return {
    ...fromAndWhere(activity),
    text: `/datumprikker stem ${vote}`,
    messageId: activity.id ?? `teams-vote-${receivedAt.getTime()}`,
    at: receivedAt,
    // A forged or missing ref finds no poll: the command says so and nothing changes.
    pollRef: typeof ref === "string" && ref ? ref.slice(0, 100) : "?",
  };
}

/** Who wrote or pressed, and in which chat: the fields every message from Teams has. */
function fromAndWhere(activity: Activity) {
  return {
    platform: TEAMS_PLATFORM,
    chatId: chatKey(activity.conversation.id),
    isDirect: activity.conversation.conversationType === "personal",
    senderId: activity.from.id,
    ...(activity.from.aadObjectId ? { senderAltId: activity.from.aadObjectId } : {}),
    senderName: activity.from.name ?? "Onbekend",
  };
}

/**
 * An Action.Execute press (an `adaptiveCard/action` invoke) as the core's IncomingMessage:
 * the button's opaque id, from the presser, in the card's chat; undefined for other invokes.
 */
export function pressToIncoming(activity: Activity, receivedAt: Date): IncomingMessage | undefined {
  if (activity.type !== "invoke" || activity.name !== CARD_ACTION_INVOKE || !activity.from || !activity.conversation) return undefined;
  const data = (activity.value as { action?: { data?: Record<string, unknown> } } | undefined)?.action?.data;
  const raw = data?.[CHOICE_BUTTON_KEY] ?? data?.[CHOICE_ANSWER_KEY];
  const button = typeof raw === "string" && raw ? raw.slice(0, 100) : "?";
  return {
    ...fromAndWhere(activity),
    text: button,
    messageId: activity.id ?? `teams-press-${receivedAt.getTime()}`,
    at: receivedAt,
    isChoiceAnswer: true,
    promptRef: button,
  };
}

/**
 * A channel's conversation id carries the thread (";messageid=…"); the chat the bot is
 * bound to is the channel itself.
 */
export function chatKey(conversationId: string): string {
  return conversationId.split(";messageid=")[0];
}

/** The reference for posting to the chat itself (a channel's root, not a thread). */
export function chatReference(activity: Activity): Partial<ConversationReference> {
  // Without the incoming activity's id: a later message is a new post, not a reply to it.
  const { activityId: _replyTarget, ...reference } = TurnContext.getConversationReference(activity);
  return { ...reference, conversation: { ...reference.conversation!, id: chatKey(activity.conversation.id) } };
}

/**
 * A Teams message (channel, group chat or personal) as the core's IncomingMessage. The
 * bot's own @mention is removed; other mentions become "@Name" in the text.
 */
export function toIncoming(activity: Activity, receivedAt: Date): IncomingMessage | undefined {
  if (activity.type !== "message" || !activity.from || !activity.conversation) return undefined;
  const botId = activity.recipient?.id;
  const mentions: Mention[] = [];
  let mentionsBot = false;
  for (const entity of activity.entities ?? []) {
    if (entity.type !== "mention") continue;
    const mentioned = (entity as { mentioned?: { id?: string; name?: string } }).mentioned;
    if (!mentioned?.id) continue;
    if (mentioned.id === botId) mentionsBot = true;
    else mentions.push({ id: mentioned.id, name: mentioned.name });
  }
  const answer = (activity.value as Record<string, unknown> | undefined)?.[CHOICE_ANSWER_KEY];
  const isChoiceAnswer = typeof answer === "string";
  const raw = isChoiceAnswer ? (answer as string) : (TurnContext.removeRecipientMention(activity) ?? activity.text ?? "");
  const isDirect = activity.conversation.conversationType === "personal";
  const channelData = activity.channelData as { channel?: { name?: string }; team?: { name?: string } } | undefined;
  return {
    platform: TEAMS_PLATFORM,
    chatId: chatKey(activity.conversation.id),
    chatTitle: channelData?.channel?.name ?? activity.conversation.name ?? channelData?.team?.name,
    isDirect,
    senderId: activity.from.id,
    ...(activity.from.aadObjectId ? { senderAltId: activity.from.aadObjectId } : {}),
    senderName: activity.from.name ?? "Onbekend",
    text: plainText(raw),
    messageId: activity.id ?? `teams-${receivedAt.getTime()}`,
    at: receivedAt,
    mentions,
    // In a personal chat every message is meant for the bot.
    mentionsBot: mentionsBot || isDirect,
    ...(isChoiceAnswer ? { isChoiceAnswer } : {}),
  };
}

/**
 * A conversationUpdate with membersRemoved (someone removed from the team or group chat) as
 * the core's MemberLeft events; the bot's own removal (the recipient) is not a member leaving.
 */
export function toMembersLeft(activity: Activity, receivedAt: Date): MemberLeft[] {
  if (activity.type !== "conversationUpdate" || !activity.conversation || !activity.membersRemoved?.length) return [];
  if (activity.conversation.conversationType === "personal") return [];
  const botId = activity.recipient?.id;
  return activity.membersRemoved
    .filter((member) => member.id && member.id !== botId)
    .map((member) => ({
      platform: TEAMS_PLATFORM,
      chatId: chatKey(activity.conversation.id),
      memberId: member.id,
      ...(member.aadObjectId ? { memberAltId: member.aadObjectId } : {}),
      at: receivedAt,
    }));
}

/** Teams may send a little HTML (mentions, line breaks, entities): the core reads plain text. */
function plainText(text: string): string {
  return text
    .replace(/<at>(.*?)<\/at>/g, "@$1")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/p>\s*<p>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .trim();
}
