import type { Tx } from "../db.ts";
import { matchPeople } from "./find-person.ts";
import type { PersonRow } from "../db/rows.ts";

/**
 * Someone who left, by @mention id or name: their work can still be handed over after
 * /vertrek, while ordinary lookups no longer find them. Null when nobody (or more than one) matches.
 */
export async function findFormerMember(
  tx: Tx,
  input: { wijkId: string; ref: string; platform: string; mentions?: { id: string; name?: string }[] },
): Promise<PersonRow | null> {
  const ref = input.ref.trim().replace(/^@/, "");
  const mentionIds = (input.mentions ?? []).map((m) => m.id);
  if (mentionIds.length) {
    const identity = await tx.identity.findFirst({
      where: { wijkId: input.wijkId, platform: input.platform, externalId: { in: mentionIds }, person: { leftAt: { not: null } } },
      include: { person: true },
    });
    if (identity && matchPeople([identity.person], ref).length) return identity.person;
  }
  const former = await tx.person.findMany({ where: { wijkId: input.wijkId, leftAt: { not: null } } });
  const matches = matchPeople(former, ref);
  return matches.length === 1 ? matches[0] : null;
}
