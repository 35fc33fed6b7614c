import { randomBytes } from "node:crypto";
import type { Tx } from "../db.ts";
import { AppError } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";
import { cleanLabel } from "../parse/clean-text.ts";

/** Telegram takes 2 to 10 options; more would not fit a phone screen anyway. */
export const DATE_POLL_MAX_OPTIONS = 10;

/**
 * Puts up a date poll in a stuurgroep chat: the moments in the order given. One open poll per
 * wijk, so a typed "1 3" always means the same poll.
 */
export async function createDatePoll(tx: Tx, input: { wijkId: string; chatId: string; moments: readonly Date[]; place?: string; now: Date }) {
  if (input.moments.length < 2 || input.moments.length > DATE_POLL_MAX_OPTIONS) {
    throw new AppError("INVALID", localText("datePoll.optionCount", { max: DATE_POLL_MAX_OPTIONS }));
  }
  if (input.moments.some((m) => m.getTime() <= input.now.getTime())) throw new AppError("INVALID", localText("datePoll.past"));
  const seen = new Set(input.moments.map((m) => m.getTime()));
  if (seen.size !== input.moments.length) throw new AppError("INVALID", localText("datePoll.twice"));
  const open = await tx.datePoll.findFirst({ where: { wijkId: input.wijkId, closedAt: null } });
  if (open) throw new AppError("CONFLICT", localText("datePoll.alreadyOpen"));
  return tx.datePoll.create({
    data: {
      wijkId: input.wijkId,
      chatId: input.chatId,
      ref: randomBytes(6).toString("base64url"),
      place: cleanLabel(input.place ?? "") || null,
      createdAt: input.now,
      options: { create: input.moments.map((startsAt, i) => ({ position: i + 1, startsAt })) },
    },
    include: { options: { orderBy: { position: "asc" } } },
  });
}
