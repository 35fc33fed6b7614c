import type { Tx } from "../db.ts";
import { sqlOf } from "../db/sql.ts";
import { textList } from "../db-lists.ts";

/** Who gets the weekoverzicht: every coördinator (it is their tool), plus whoever subscribed with /weekoverzicht aan. */
export async function listDigestRecipients(tx: Tx, wijkId: string): Promise<{ id: string; displayName: string }[]> {
  return listDigestRecipientsOf(tx, [wijkId]);
}

/** listDigestRecipients of several wijken in one query (the digest job plans every wijk at once), each with its wijkId. */
export async function listDigestRecipientsOf(tx: Tx, wijkIds: readonly string[]): Promise<{ id: string; displayName: string; wijkId: string }[]> {
  // Through the driver where there is one (the scheduler's tick: no Prisma compile), else Prisma.
  const driver = sqlOf(tx);
  if (driver) {
    return driver.all<{ id: string; displayName: string; wijkId: string }>(
      `SELECT "id", "displayName", "wijkId" FROM "Person"
      WHERE "wijkId" IN ${textList(driver)} AND "leftAt" IS NULL AND ("digestSubscribed" = ? OR "role" = ?) ORDER BY "createdAt" ASC`,
      [JSON.stringify(wijkIds), true, "coordinator"],
    );
  }
  return tx.person.findMany({
    where: { wijkId: { in: [...wijkIds] }, leftAt: null, OR: [{ digestSubscribed: true }, { role: "coordinator" }] },
    select: { id: true, displayName: true, wijkId: true },
    orderBy: { createdAt: "asc" },
  });
}
