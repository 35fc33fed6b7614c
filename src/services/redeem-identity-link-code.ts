import type { Tx } from "../db.ts";
import { AppError } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";
import type { PersonRow } from "../db/rows.ts";
import { IDENTITY_LINK_CODE_VALID_MINUTES } from "./create-identity-link-code.ts";

/**
 * Links the sender's identity on this platform to the person who asked for the code.
 * Refuses when that identity already belongs to someone else in the wijk.
 */
export async function redeemIdentityLinkCode(
  tx: Tx,
  input: { code: string; platform: string; senderIds: string[]; now: Date },
): Promise<{ person: PersonRow; wijkName: string; alreadyLinked: boolean }> {
  const code = await tx.identityLinkCode.findUnique({ where: { code: input.code } });
  if (!code || code.usedAt) {
    throw new AppError("NOT_FOUND", localText("link.unknownCode"));
  }
  if (code.expiresAt.getTime() < input.now.getTime()) {
    throw new AppError("EXPIRED", localText("link.expired", { minutes: IDENTITY_LINK_CODE_VALID_MINUTES }));
  }
  const person = await tx.person.findUnique({ where: { id: code.personId }, include: { wijk: true } });
  if (!person || person.leftAt) throw new AppError("NOT_FOUND", localText("link.nobody"));
  const existing = await tx.identity.findMany({
    where: { wijkId: person.wijkId, platform: input.platform, externalId: { in: input.senderIds } },
  });
  if (existing.some((i) => i.personId !== person.id)) {
    throw new AppError("CONFLICT", localText("link.taken"));
  }
  const missing = input.senderIds.filter((id) => !existing.some((i) => i.externalId === id));
  if (missing.length) {
    await tx.identity.createMany({
      data: missing.map((externalId) => ({ wijkId: person.wijkId, personId: person.id, platform: input.platform, externalId })),
    });
  }
  await tx.identityLinkCode.update({ where: { code: input.code }, data: { usedAt: input.now } });
  const { wijk, ...row } = person;
  return { person: row, wijkName: wijk.name, alreadyLinked: !missing.length };
}
