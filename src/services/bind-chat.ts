import type { Tx } from "../db.ts";
import { AppError } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";

/**
 * Binds a chat to the wijk of a join code. The code is used up; the chat kind comes
 * from the code. Returns the wijk and kind.
 */
export async function bindChat(
  tx: Tx,
  input: { code: string; platform: string; chatId: string; chatTitle?: string; isDirect: boolean; now: Date },
) {
  const normalized = input.code.toUpperCase().replace(/[^A-Z0-9]/g, "");
  const code = await tx.joinCode.findUnique({ where: { code: normalized }, include: { wijk: true } });
  if (!code) throw new AppError("NOT_FOUND", localText("bind.unknownCode"));
  if (code.usedAt) throw new AppError("EXPIRED", localText("bind.used"));
  if (code.expiresAt.getTime() < input.now.getTime()) throw new AppError("EXPIRED", localText("bind.expired"));
  if (input.isDirect) throw new AppError("INVALID", localText("bind.direct"));
  const existing = await tx.chat.findFirst({ where: { platform: input.platform, externalId: input.chatId } });
  if (existing) throw new AppError("CONFLICT", localText("bind.chatTaken"));
  await tx.joinCode.update({ where: { code: normalized }, data: { usedAt: input.now } });
  const chat = await tx.chat.create({
    data: { wijkId: code.wijkId, platform: input.platform, externalId: input.chatId, kind: code.kind, title: input.chatTitle ?? null, createdAt: input.now },
  });
  return { wijk: code.wijk, chat };
}
