import type { Db } from "../db.ts";

/**
 * Remembers the platform's own poll (Telegram's poll id) for a date poll once it has been
 * sent, so the votes that platform reports later find it.
 */
export async function linkPlatformPoll(db: Db, input: { ref: string; platformPollId: string }): Promise<void> {
  await db.datePoll.updateMany({ where: { ref: input.ref }, data: { platformPollId: input.platformPollId } });
}
