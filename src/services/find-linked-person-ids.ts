import type { Tx } from "../db.ts";

/**
 * The same person's records in other wijken: the rows (in any wijk) that share one of
 * this person's platform identities. A right of access covers all of them.
 */
export async function findLinkedPersonIds(tx: Tx, personId: string): Promise<string[]> {
  const identities = await tx.identity.findMany({ where: { personId }, select: { platform: true, externalId: true } });
  if (!identities.length) return [];
  const others = await tx.identity.findMany({
    where: { OR: identities.map((i) => ({ platform: i.platform, externalId: i.externalId })), NOT: { personId } },
    select: { personId: true },
  });
  return [...new Set(others.map((o) => o.personId))];
}
