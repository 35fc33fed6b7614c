import type { Tx } from "../db.ts";
import { chatHash } from "./record-dead-letter.ts";

/** How far back /status looks for messages that could not be delivered. */
export const DEAD_LETTER_WINDOW_MS = 7 * 24 * 60 * 60_000;

export interface DeadLetterView {
  at: Date;
  platform: string;
  /** The bound chat's title or kind; "privébericht" for a direct chat; undefined when unknown. */
  chat?: string;
  what: string;
  reason?: string;
  attempts: number;
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
