import { createHash } from "node:crypto";
import type { Tx } from "../db.ts";
import type { GaveUp } from "../core/outbox.ts";

/** How far back /status looks for messages that could not be delivered. */
export const DEAD_LETTER_WINDOW_MS = 7 * 24 * 60 * 60_000;
/** Dead letters are evidence for the coördinator, not an archive: older ones are removed. */
export const DEAD_LETTER_RETENTION_MS = 30 * 24 * 60 * 60_000;

export interface DeadLetterView {
  at: Date;
  platform: string;
  /** The bound chat's title or kind; "privébericht" for a direct chat; undefined when unknown. */
  chat?: string;
  what: string;
  reason?: string;
  attempts: number;
}

/** Chat ids are stored hashed: a WhatsApp DM id is a phone number. */
export function chatHash(platform: string, chatId: string): string {
  return createHash("sha256").update(`${platform}\u0000${chatId}`).digest("hex").slice(0, 16);
}

/**
 * Stores a message the outbox gave up on, with the wijk of its chat when the chat is
 * bound (group chats; a DM through the person's identity), so /status can show it.
 */
export async function recordDeadLetter(db: Tx, giveUp: GaveUp, at: Date): Promise<void> {
  const wijkId = await wijkOfChat(db, giveUp.platform, giveUp.chatId);
  const reason = [giveUp.error.name, giveUp.error.status].filter((part) => part !== undefined && part !== "").join(" ") || null;
  await db.deadLetter.create({
    data: {
      wijkId,
      platform: giveUp.platform,
      chatHash: chatHash(giveUp.platform, giveUp.chatId),
      what: giveUp.what,
      reason: reason?.slice(0, 120) ?? null,
      attempts: giveUp.attempts,
      createdAt: at,
    },
  });
  await db.deadLetter.deleteMany({ where: { createdAt: { lt: new Date(at.getTime() - DEAD_LETTER_RETENTION_MS) } } });
}

async function wijkOfChat(db: Tx, platform: string, chatId: string): Promise<string | null> {
  const chat = await db.chat.findFirst({ where: { platform, externalId: chatId }, select: { wijkId: true } });
  if (chat) return chat.wijkId;
  // A DM without a chat row: the person it goes to is known by their platform identity.
  const dmOwner = chatId.startsWith("dm:") ? chatId.slice(3) : chatId;
  const identity = await db.identity.findFirst({ where: { platform, externalId: dmOwner }, select: { wijkId: true } });
  return identity?.wijkId ?? null;
}

/** The wijk's dead letters since `since`, newest first, with chat names resolved where the chat is bound. */
export async function listDeadLetters(db: Tx, input: { wijkId: string; since: Date; limit?: number }): Promise<{ total: number; recent: DeadLetterView[] }> {
  const where = { wijkId: input.wijkId, createdAt: { gte: input.since } };
  const [total, rows, chats] = await Promise.all([
    db.deadLetter.count({ where }),
    db.deadLetter.findMany({ where, orderBy: { createdAt: "desc" }, take: input.limit ?? 5 }),
    db.chat.findMany({ where: { wijkId: input.wijkId }, select: { platform: true, externalId: true, kind: true, title: true } }),
  ]);
  const names = new Map(chats.map((c) => [chatHash(c.platform, c.externalId), c.kind === "direct" ? "privébericht" : (c.title ?? c.kind)]));
  return {
    total,
    recent: rows.map((r) => ({
      at: r.createdAt,
      platform: r.platform,
      chat: names.get(r.chatHash),
      what: r.what,
      reason: r.reason ?? undefined,
      attempts: r.attempts,
    })),
  };
}

/** A pending delivery this far past its time is overdue (the scheduler sends every minute). */
export const DELIVERY_OVERDUE_MS = 15 * 60_000;

/** Scheduled deliveries of the wijk still to go out, how many are overdue, and how many were given up recently. */
export async function countOpenDeliveries(
  db: Tx,
  input: { wijkId: string; now: Date },
): Promise<{ pending: number; overdue: number; dead: number; maxAttempts: number }> {
  const since = new Date(input.now.getTime() - DEAD_LETTER_WINDOW_MS);
  const [pending, overdue, dead] = await Promise.all([
    db.delivery.count({ where: { wijkId: input.wijkId, status: "pending" } }),
    db.delivery.count({ where: { wijkId: input.wijkId, status: "pending", dueAt: { lt: new Date(input.now.getTime() - DELIVERY_OVERDUE_MS) } } }),
    db.delivery.findMany({ where: { wijkId: input.wijkId, status: "dead", dueAt: { gte: since } }, select: { attempts: true } }),
  ]);
  return { pending, overdue, dead: dead.length, maxAttempts: Math.max(0, ...dead.map((d) => d.attempts)) };
}
