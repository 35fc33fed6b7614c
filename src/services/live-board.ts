import type { Db } from "../db.ts";
import type { Clock } from "../core/clock.ts";
import { errorForLog, type Logger } from "../core/logger.ts";
import type { Outbox } from "../core/outbox.ts";
import type { OutgoingMessage, SentMessage } from "../core/types.ts";
import { getBoard } from "./get-board.ts";
import { boardCard, renderBoard } from "../render/board.ts";
import { overviewUrl } from "../web/public-url.ts";

/** Platforms that cannot edit get a fresh board post at most this often: no stream of update messages. */
export const BOARD_REPOST_INTERVAL_MS = 3600_000;

export interface LiveBoard {
  /** Something in the wijk changed: bring its pinned board messages up to date (in the background). */
  refresh(wijkId: string): void;
  /** Resolves when no refresh is running (tests, shutdown). */
  idle(): Promise<void>;
  stop(): void;
}

/**
 * Keeps one board message per chat that asked for it (/overzicht vastzetten) current:
 * posted once and pinned where the platform allows, then edited in place on every
 * change. Refreshes per wijk run one at a time; changes arriving meanwhile are folded
 * into one more refresh. Failures are logged, never thrown: a board is not worth
 * failing a command for.
 */
export function createLiveBoard(deps: { db: Db; clock: Clock; logger: Logger; outbox: Outbox }): LiveBoard {
  const { db, clock, logger, outbox } = deps;
  const running = new Map<string, Promise<void>>();
  const dirty = new Set<string>();
  const lastText = new Map<string, string>();
  const deferred = new Map<string, NodeJS.Timeout>();
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
    const chats = await db.chat.findMany({ where: { wijkId, boardPinnedAt: { not: null } } });
    if (!chats.length) return;
    const now = clock.now();
    const wijk = await db.wijk.findUniqueOrThrow({ where: { id: wijkId }, select: { overviewToken: true } });
    const board = await getBoard(db, { wijkId, now });
    const text = renderBoard(board, now, overviewUrl(wijk.overviewToken));
    const card = boardCard(board, now);

    for (const chat of chats) {
      const message: OutgoingMessage = { platform: chat.platform, chatId: chat.externalId, text, board: card, editKey: `board:${chat.id}` };
      if (!chat.boardMessageId) {
        await post(chat.id, message, now);
        continue;
      }
      if (lastText.get(chat.id) === text) continue;
      const sent: SentMessage = { platform: chat.platform, chatId: chat.externalId, messageId: chat.boardMessageId };
      if (outbox.adapter(chat.platform)?.edit && (await outbox.edit(sent, message))) {
        lastText.set(chat.id, text);
        continue;
      }
      // Cannot edit (platform or deleted message): post anew, but not more than hourly.
      const waitMs = (chat.boardPostedAt?.getTime() ?? 0) + BOARD_REPOST_INTERVAL_MS - now.getTime();
      if (waitMs <= 0) await post(chat.id, message, now);
      else deferRefresh(wijkId, waitMs);
    }
  }

  async function post(chatRowId: string, message: OutgoingMessage, now: Date): Promise<void> {
    const sent = await outbox.send(message);
    if (!sent) return;
    await outbox.adapter(sent.platform)?.pin?.(sent).catch((error: unknown) => {
      logger.warn({ platform: sent.platform, err: { name: (error as Error)?.name } }, "pinning the board message failed");
    });
    await db.chat.update({ where: { id: chatRowId }, data: { boardMessageId: sent.messageId, boardPostedAt: now } });
    lastText.set(chatRowId, message.text);
  }

  function deferRefresh(wijkId: string, waitMs: number): void {
    if (deferred.has(wijkId)) return;
    const timer = setTimeout(() => {
      deferred.delete(wijkId);
      refresh(wijkId);
    }, waitMs);
    timer.unref();
    deferred.set(wijkId, timer);
  }

  return {
    refresh,
    async idle() {
      while (running.size) await Promise.all([...running.values()]);
    },
    stop() {
      stopped = true;
      for (const timer of deferred.values()) clearTimeout(timer);
      deferred.clear();
    },
  };
}
