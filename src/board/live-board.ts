import type { Db } from "../db.ts";
import type { Clock } from "../core/clock.ts";
import { errorForLog, type Logger } from "../core/logger.ts";
import type { Outbox } from "../core/outbox.ts";
import type { OutgoingMessage, SentMessage } from "../core/types.ts";
import type { ChatRow } from "../db/rows.ts";
import { sqlOf } from "../db/sql.ts";
import { Prisma } from "../generated/sqlite/client.ts";
import { getBoard } from "../services/get-board.ts";
import { boardCard, renderBoard } from "../render/board.ts";
import { overviewUrl } from "../web/public-url.ts";

/** Where the board cannot be edited (any more), a fresh one is posted at most this often: no stream of update messages. */
export const BOARD_REPOST_INTERVAL_MS = 3600_000;
/** An edit waits for its turn in the chat's queue: editing stops this long before the platform's window closes. */
export const EDIT_MARGIN_MS = 60_000;
/** A pin that expires (WhatsApp) is renewed this long before it would. */
export const PIN_RENEW_BEFORE_MS = 24 * 3600_000;
/** How often (real time) `npm start` looks for boards due for a fresh post or a renewed pin. */
const UPKEEP_EVERY_MS = 60_000;

/** The chat's columns by name (a prepared statement's result keeps its shape when a migration adds a column). */
const CHAT_COLUMNS = Object.keys(Prisma.ChatScalarFieldEnum)
  .map((column) => `"${column}"`)
  .join(", ");

export interface LiveBoard {
  /** Something in the wijk changed: bring its pinned board messages up to date (in the background). */
  refresh(wijkId: string): void;
  /**
   * What the passing of time asks for, by the app's clock: boards that waited for their
   * hourly fresh post, and pins that expire within a day. `start()` runs it every minute;
   * tests call it after moving the clock. Resolves when that work is done.
   */
  upkeep(): Promise<void>;
  /** Runs upkeep every minute (npm start). */
  start(): void;
  /** Resolves when no refresh is running (tests, shutdown). */
  idle(): Promise<void>;
  stop(): void;
}

/**
 * Keeps one board message per chat that asked for it (/overzicht vastzetten) current:
 * posted once and pinned where the platform allows, then edited in place on every
 * change. Where editing is not possible — the platform cannot, its edit window has passed
 * (WhatsApp: 15 minutes) or it refuses — a fresh board is posted at most once an hour,
 * pinned, and the old one unpinned. Pins that expire are renewed a day before. Refreshes
 * per wijk run one at a time; changes arriving meanwhile are folded into one more
 * refresh. Failures are logged, never thrown: a board is not worth failing a command for.
 */
export function createLiveBoard(deps: { db: Db; clock: Clock; logger: Logger; outbox: Outbox; publicUrl: () => string }): LiveBoard {
  const { db, clock, logger, outbox } = deps;
  const running = new Map<string, Promise<void>>();
  const dirty = new Set<string>();
  const lastText = new Map<string, string>();
  /** Wijken with a board that could not be edited, and when (ms, app clock) the next fresh post may go out. */
  const waiting = new Map<string, number>();
  let timer: ReturnType<typeof setInterval> | undefined;
  let stopped = false;

  function refresh(wijkId: string): void {
    if (stopped) return;
    if (running.has(wijkId)) {
      dirty.add(wijkId);
      return;
    }
    const run = (async () => {
      do {
        dirty.delete(wijkId);
        try {
          await update(wijkId);
        } catch (error) {
          logger.error({ err: errorForLog(error) }, "updating the live board failed");
        }
      } while (dirty.has(wijkId) && !stopped);
    })().finally(() => running.delete(wijkId));
    running.set(wijkId, run);
  }

  async function update(wijkId: string): Promise<void> {
    // Asked after every change: through the driver where there is one (src/db/sql.ts), the same rows.
    const sql = sqlOf(db);
    const chats = sql
      ? await sql.all<ChatRow>(`SELECT ${CHAT_COLUMNS} FROM "Chat" WHERE "wijkId" = ? AND "boardPinnedAt" IS NOT NULL`, [wijkId])
      : await db.chat.findMany({ where: { wijkId, boardPinnedAt: { not: null } } });
    if (!chats.length) return;
    const now = clock.now();
    const wijk = await db.wijk.findUniqueOrThrow({ where: { id: wijkId }, select: { overviewToken: true } });
    const board = await getBoard(db, { wijkId, now });
    const text = renderBoard(board, now, overviewUrl(deps.publicUrl(), wijk.overviewToken));
    const card = boardCard(board, now);

    for (const chat of chats) {
      const message: OutgoingMessage = { platform: chat.platform, chatId: chat.externalId, text, board: card, editKey: `board:${chat.id}` };
      if (!chat.boardMessageId) {
        await post(chat, message, now);
        continue;
      }
      if (lastText.get(chat.id) === text) continue;
      if (mayEdit(chat, now) && (await outbox.edit(boardRef(chat), message))) {
        lastText.set(chat.id, text);
        continue;
      }
      // Cannot edit (platform, window passed, refused or deleted): post anew, but not more than hourly.
      const nextPostAt = (chat.boardPostedAt?.getTime() ?? 0) + BOARD_REPOST_INTERVAL_MS;
      if (nextPostAt <= now.getTime()) await post(chat, message, now);
      else waiting.set(wijkId, Math.min(waiting.get(wijkId) ?? Infinity, nextPostAt));
    }
  }

  /** The platform edits, and the board is still young enough for its edit window (with a margin for the queue). */
  function mayEdit(chat: ChatRow, now: Date): boolean {
    const adapter = outbox.adapter(chat.platform);
    if (!adapter?.edit) return false;
    if (adapter.editWindowMs === undefined) return true;
    return chat.boardPostedAt !== null && now.getTime() - chat.boardPostedAt.getTime() < adapter.editWindowMs - EDIT_MARGIN_MS;
  }

  async function post(chat: ChatRow, message: OutgoingMessage, now: Date): Promise<void> {
    const sent = await outbox.send(message);
    if (!sent) return;
    // One board among the pins: WhatsApp keeps at most three per chat, and the old board is out of date.
    if (chat.boardMessageId) {
      await outbox
        .adapter(chat.platform)
        ?.unpin?.(boardRef(chat))
        .catch((error: unknown) => logger.warn({ platform: chat.platform, err: { name: (error as Error)?.name } }, "unpinning the old board message failed"));
    }
    const pinnedUntil = await pin(sent, now);
    await db.chat.update({ where: { id: chat.id }, data: { boardMessageId: sent.messageId, boardPostedAt: now, boardPinnedUntil: pinnedUntil ?? null } });
    lastText.set(chat.id, message.text);
  }

  /** Pins where the platform can: resolves with when the pin runs out (null: it does not), or undefined when pinning failed. */
  async function pin(sent: SentMessage, now: Date): Promise<Date | null | undefined> {
    const adapter = outbox.adapter(sent.platform);
    if (!adapter?.pin) return null;
    try {
      await adapter.pin(sent);
      return adapter.pinLastsMs === undefined ? null : new Date(now.getTime() + adapter.pinLastsMs);
    } catch (error) {
      logger.warn({ platform: sent.platform, err: { name: (error as Error)?.name } }, "pinning the board message failed");
      return undefined;
    }
  }

  /** Pins that run out within a day are pinned again; one that already ran out and cannot be pinned is let go. */
  async function renewPins(now: Date): Promise<void> {
    const due = await db.chat.findMany({
      where: { boardPinnedAt: { not: null }, boardMessageId: { not: null }, boardPinnedUntil: { lte: new Date(now.getTime() + PIN_RENEW_BEFORE_MS) } },
    });
    for (const chat of due) {
      if (!outbox.adapter(chat.platform)?.pin) continue;
      const until = await pin(boardRef(chat), now);
      if (until !== undefined) await db.chat.update({ where: { id: chat.id }, data: { boardPinnedUntil: until } });
      else if (chat.boardPinnedUntil! <= now) await db.chat.update({ where: { id: chat.id }, data: { boardPinnedUntil: null } });
    }
  }

  async function upkeep(): Promise<void> {
    if (stopped) return;
    const now = clock.now();
    const started: string[] = [];
    for (const [wijkId, at] of waiting) {
      if (at > now.getTime()) continue;
      waiting.delete(wijkId);
      refresh(wijkId);
      started.push(wijkId);
    }
    try {
      await renewPins(now);
    } catch (error) {
      logger.error({ err: errorForLog(error) }, "renewing the board pins failed");
    }
    await Promise.all(started.map((wijkId) => running.get(wijkId)));
  }

  return {
    refresh,
    upkeep,
    start() {
      if (timer || stopped) return;
      timer = setInterval(() => void upkeep(), UPKEEP_EVERY_MS);
      timer.unref?.();
    },
    async idle() {
      while (running.size) await Promise.all([...running.values()]);
    },
    stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      waiting.clear();
    },
  };
}

function boardRef(chat: ChatRow): SentMessage {
  return { platform: chat.platform, chatId: chat.externalId, messageId: chat.boardMessageId! };
}
