import type { Tx } from "../db.ts";
import type { PersonRow } from "../db/rows.ts";
import { freeDisplayName } from "./choose-display-name.ts";

/**
 * The person behind a platform identity in a wijk. Anyone writing a command in a bound
 * group counts as a participant: an unknown sender is registered as kartrekker with
 * the display name the platform shows. The alternative id (WhatsApp's phone-number jid
 * beside the @lid) maps to the same person.
 */
export async function resolveSender(
  tx: Tx,
  input: { wijkId: string; platform: string; senderId: string; senderAltId?: string; senderName: string; at: Date },
): Promise<{ person: PersonRow; isNew: boolean }> {
  const ids = [input.senderId, input.senderAltId].filter((id): id is string => Boolean(id));
  const identities = await tx.identity.findMany({
    where: { wijkId: input.wijkId, platform: input.platform, externalId: { in: ids } },
    include: { person: true },
  });
  const found = identities[0]?.person;
  if (found) {
    const missing = ids.filter((id) => !identities.some((i) => i.externalId === id));
    if (missing.length) {
      await tx.identity.createMany({
        data: missing.map((externalId) => ({ wijkId: input.wijkId, personId: found.id, platform: input.platform, externalId })),
      });
    }
    return { person: found, isNew: false };
  }
  // The platform's display name, cleaned; never a reserved name or one someone in the wijk already has.
  const name = await freeDisplayName(tx, { wijkId: input.wijkId, name: input.senderName });
  const person = await tx.person.create({
    data: {
      wijkId: input.wijkId,
      displayName: name,
      createdAt: input.at,
      identities: { create: ids.map((externalId) => ({ wijkId: input.wijkId, platform: input.platform, externalId })) },
    },
  });
  return { person, isNew: true };
}
