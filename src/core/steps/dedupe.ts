import type { Db } from "../../db.ts";
import type { Step } from "../pipeline.ts";
import type { IncomingMessage } from "../types.ts";
import { sqlOf } from "../../db/sql.ts";

/** Recent message keys kept in memory, beside the database record, to answer a duplicate delivery with silence. */
const RECENT_KEYS_MAX = 5000;

/**
 * Step 1: a platform that delivers the same message twice gets silence the second time
 * (in memory for the last few thousand, and the database record of changes for the rest).
 * Also cleans the text: control characters become spaces, a lone UTF-16 surrogate becomes
 * U+FFFD (the database cannot store it); an empty message ends the turn.
 */
export function dedupeStep(db: Db): Step {
  const recent = new Set<string>();
  return {
    name: "dedupe",
    async run(turn) {
      const { message } = turn;
      const key = `${message.platform}\u0000${message.chatId}\u0000${message.messageId}`;
      if (recent.has(key)) {
        turn.done = true;
        return;
      }
      recent.add(key);
      if (recent.size > RECENT_KEYS_MAX) recent.delete(recent.values().next().value as string);
      // Not handled after all: a platform's redelivery of this message must be tried again.
      turn.onFailure.push(() => recent.delete(key));
      turn.text = cleanText(message.text ?? "");
      if (!turn.text || (await isDuplicate(db, message))) turn.done = true;
    },
  };
}

export function cleanText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, " ")
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd")
    .trim();
}

export async function isDuplicate(db: Db, message: IncomingMessage): Promise<boolean> {
  // Every message asks this: one statement through the driver where there is one (src/db/sql.ts).
  const sql = sqlOf(db);
  if (sql) {
    const rows = await sql.all(`SELECT 1 AS "seen" FROM "ProcessedMessage" WHERE "platform" = ? AND "chatId" = ? AND "messageId" = ?`, [message.platform, message.chatId, message.messageId]);
    return rows.length > 0;
  }
  const seen = await db.processedMessage.findUnique({
    where: { platform_chatId_messageId: { platform: message.platform, chatId: message.chatId, messageId: message.messageId } },
    select: { messageId: true },
  });
  return Boolean(seen);
}
