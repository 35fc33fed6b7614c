import {
  areJidsSameUser,
  getContentType,
  isJidGroup,
  isJidStatusBroadcast,
  isLidUser,
  isPnUser,
  jidDecode,
  jidNormalizedUser,
  normalizeMessageContent,
  toNumber,
} from "@whiskeysockets/baileys";
import type { BaileysEventMap, proto, WAMessage } from "@whiskeysockets/baileys";
import type { IncomingMessage, MemberLeft, Mention } from "../../src/core/index.ts";

export const WHATSAPP_PLATFORM = "whatsapp";

/** The bot's own ids: WhatsApp addresses it by phone-number jid or by @lid. */
export interface OwnIds {
  pn?: string;
  lid?: string;
}

/**
 * The messages of a `messages.upsert` the bot should read: only live ones ("notify",
 * not history sync), not our own, not status updates, channels or broadcast lists.
 */
export function readableMessages(event: BaileysEventMap["messages.upsert"]): WAMessage[] {
  if (event.type !== "notify") return [];
  return event.messages.filter((m) => {
    const chat = m.key.remoteJid;
    if (!chat || m.key.fromMe || !m.message) return false;
    if (isJidStatusBroadcast(chat)) return false;
    return Boolean(isJidGroup(chat) || isPnUser(chat) || isLidUser(chat));
  });
}

/** A Baileys message as the core's IncomingMessage, or null when it carries no text. */
export function toIncomingMessage(m: WAMessage, own: OwnIds, options: { now: () => Date; chatTitle?: string }): IncomingMessage | null {
  const chatId = m.key.remoteJid;
  const id = m.key.id;
  if (!chatId || !id) return null;
  const content = normalizeMessageContent(m.message);
  const text = textOf(content);
  if (text === null) return null;

  const isDirect = !isJidGroup(chatId);
  // Groups: the author is the participant; direct chats: the chat itself. Since v7 the
  // primary id may be an @lid with the phone-number jid beside it (or the other way round).
  const primary = isDirect ? chatId : (m.key.participant ?? m.participant ?? undefined);
  const alternative = isDirect ? m.key.remoteJidAlt : m.key.participantAlt;
  if (!primary) return null;
  const senderId = jidNormalizedUser(primary);
  const senderAltId = alternative ? jidNormalizedUser(alternative) : undefined;

  const context = contextInfoOf(content);
  const mentioned = (context?.mentionedJid ?? []).map((jid) => jidNormalizedUser(jid));
  const isOwn = (jid: string) => areJidsSameUser(jid, own.pn) || areJidsSameUser(jid, own.lid);
  const mentionsBot = mentioned.some(isOwn);
  const mentions: Mention[] = mentioned.filter((jid) => !isOwn(jid)).map((jid) => ({ id: jid, name: jidDecode(jid)?.user }));

  return {
    platform: WHATSAPP_PLATFORM,
    chatId,
    ...(options.chatTitle ? { chatTitle: options.chatTitle } : {}),
    isDirect,
    senderId,
    ...(senderAltId && senderAltId !== senderId ? { senderAltId } : {}),
    senderName: m.pushName ?? "",
    text: mentionsBot ? stripOwnMentions(text, own) : text,
    messageId: id,
    at: m.messageTimestamp ? new Date(toNumber(m.messageTimestamp) * 1000) : options.now(),
    mentions,
    // In a direct chat every message is meant for the bot, so free text is read there too.
    mentionsBot: isDirect || mentionsBot,
    ...(context?.stanzaId ? { quoted: { messageId: context.stanzaId, ...quotedText(context) } } : {}),
    ...(context?.participant && isOwn(jidNormalizedUser(context.participant)) ? { repliesToBot: true } : {}),
  };
}

function textOf(content: proto.IMessage | undefined): string | null {
  if (!content) return null;
  return (
    content.conversation ??
    content.extendedTextMessage?.text ??
    content.imageMessage?.caption ??
    content.videoMessage?.caption ??
    content.documentMessage?.caption ??
    null
  );
}

function contextInfoOf(content: proto.IMessage | undefined): proto.IContextInfo | undefined {
  const type = getContentType(content);
  if (!content || !type) return undefined;
  const inner = content[type];
  if (inner && typeof inner === "object" && "contextInfo" in inner) return (inner as { contextInfo?: proto.IContextInfo | null }).contextInfo ?? undefined;
  return undefined;
}

function quotedText(context: proto.IContextInfo): { text?: string } {
  const text = textOf(normalizeMessageContent(context.quotedMessage));
  return text === null ? {} : { text };
}

/** "@31612345678 actie nieuw …" → "actie nieuw …": WhatsApp writes a mention as the number. */
function stripOwnMentions(text: string, own: OwnIds): string {
  let out = text;
  for (const jid of [own.pn, own.lid]) {
    const user = jidDecode(jid)?.user;
    if (user) out = out.replace(new RegExp(`(^|\\s)@${user}\\b[,:]?`, "g"), " ");
  }
  return out.trim();
}

/**
 * A `group-participants.update` with action "remove" (removed by an admin, or left) as the
 * core's MemberLeft events, one per person; the bot's own removal is not a member leaving.
 * Since v7 a participant's id may be an @lid with the phone-number jid beside it.
 */
export function toMembersLeft(event: BaileysEventMap["group-participants.update"], own: OwnIds, at: Date): MemberLeft[] {
  if (event.action !== "remove" || !isJidGroup(event.id)) return [];
  const isOwn = (jid: string) => areJidsSameUser(jid, own.pn) || areJidsSameUser(jid, own.lid);
  const out: MemberLeft[] = [];
  for (const participant of event.participants) {
    // Older Baileys versions sent bare jids.
    const p = typeof participant === "string" ? { id: participant as string } : participant;
    if (!p.id || isOwn(p.id)) continue;
    const memberId = jidNormalizedUser(p.id);
    const alt = [p.phoneNumber, p.lid].map((jid) => (jid ? jidNormalizedUser(jid) : undefined)).find((jid) => jid && jid !== memberId);
    out.push({ platform: WHATSAPP_PLATFORM, chatId: event.id, memberId, ...(alt ? { memberAltId: alt } : {}), at });
  }
  return out;
}
