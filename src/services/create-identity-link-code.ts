import { randomInt } from "node:crypto";
import type { Tx } from "../db.ts";
import type { PersonRow } from "../db/rows.ts";

/** A link code is typed within minutes on another phone or computer; a short life limits guessing. */
export const IDENTITY_LINK_CODE_VALID_MINUTES = 15;

const CODE_DIGITS = 6;

/**
 * A one-time code that links another platform identity (Telegram, Teams, WhatsApp) to
 * this person. Earlier unused codes of the person stop working.
 */
export async function createIdentityLinkCode(tx: Tx, input: { person: PersonRow; now: Date }): Promise<string> {
  await tx.identityLinkCode.deleteMany({ where: { OR: [{ personId: input.person.id }, { expiresAt: { lt: input.now } }] } });
  for (;;) {
    const code = String(randomInt(10 ** CODE_DIGITS)).padStart(CODE_DIGITS, "0");
    // A collision with another person's live code: draw again.
    if (await tx.identityLinkCode.findUnique({ where: { code } })) continue;
    await tx.identityLinkCode.create({
      data: {
        code,
        wijkId: input.person.wijkId,
        personId: input.person.id,
        createdAt: input.now,
        expiresAt: new Date(input.now.getTime() + IDENTITY_LINK_CODE_VALID_MINUTES * 60_000),
      },
    });
    return code;
  }
}
