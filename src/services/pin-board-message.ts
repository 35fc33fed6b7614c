import type { Tx } from "../db.ts";
import { AppError } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";
import type { ChatRow } from "../db/rows.ts";

/**
 * Marks a group chat as one that keeps a live board message. The board itself is
 * posted (and later edited) by the live board after the command's transaction, because
 * only a sent message has a platform id to edit. Asking again posts a fresh message,
 * e.g. when someone deleted the old one.
 */
export async function pinBoardMessage(tx: Tx, input: { chat: ChatRow | null; now: Date }): Promise<void> {
  if (!input.chat || input.chat.kind === "direct") {
    throw new AppError("INVALID", localText("overview.pinGroupOnly"));
  }
  await tx.chat.update({
    where: { id: input.chat.id },
    data: { boardPinnedAt: input.now, boardMessageId: null, boardPostedAt: null },
  });
}
