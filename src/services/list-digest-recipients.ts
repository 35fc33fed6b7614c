import type { Tx } from "../db.ts";

/** Who gets the weekoverzicht: every coördinator (it is their tool), plus whoever subscribed with /weekoverzicht aan. */
export async function listDigestRecipients(tx: Tx, wijkId: string): Promise<{ id: string; displayName: string }[]> {
  return tx.person.findMany({
    where: { wijkId, leftAt: null, OR: [{ digestSubscribed: true }, { role: "coordinator" }] },
    select: { id: true, displayName: true },
    orderBy: { createdAt: "asc" },
  });
}
