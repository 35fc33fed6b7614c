import type { Db, Tx } from "../db.ts";
import { sqlOf } from "../db/sql.ts";
import { textList } from "../db-lists.ts";
import { HANDOVER_STATUSES } from "./plan-handover.ts";

export interface OrphanedAction {
  id: string;
  title: string;
  pillarName: string | null;
}

/**
 * Which of these wijken have an action owned by someone who left: only there can an action be
 * orphaned (findOrphanedActions). One query for every wijk; nearly always none.
 */
export async function wijkenWithDepartedOwners(tx: Tx | Db, wijkIds: readonly string[]): Promise<Set<string>> {
  // Through the driver where there is one (the scheduler's tick: no Prisma compile), else Prisma.
  const driver = sqlOf(tx);
  if (driver) {
    const rows = await driver.all<{ wijkId: string }>(
      // From the few people who left to what they own (CROSS JOIN keeps SQLite to that order; from the actions' side it reads every action of the wijken).
      `SELECT DISTINCT a."wijkId" FROM "Person" p CROSS JOIN "ActionOwner" o CROSS JOIN "Action" a
      WHERE p."leftAt" IS NOT NULL AND o."personId" = p."id" AND a."id" = o."actionId" AND a."wijkId" IN ${textList(driver)}`,
      [JSON.stringify(wijkIds)],
    );
    return new Set(rows.map((r) => r.wijkId));
  }
  const inWijken = { action: { wijkId: { in: [...wijkIds] } } };
  const departed = await tx.person.findMany({
    where: { leftAt: { not: null }, ownerships: { some: inWijken } },
    select: { ownerships: { where: inWijken, select: { action: { select: { wijkId: true } } } } },
  });
  return new Set(departed.flatMap((p) => p.ownerships.map((o) => o.action.wijkId)));
}

/**
 * Open actions whose every owner has left the wijk (optionally only those one person
 * owned). They stay listed to the coördinator until someone new owns them.
 */
export async function findOrphanedActions(tx: Tx | Db, input: { wijkId: string; formerOwnerId?: string }): Promise<OrphanedAction[]> {
  // Nearly always nobody who owns something here has left: a look at the few people who left
  // spares the query below, which checks every open action's owners (~40 ms per 10,000 actions).
  const departedOwner = await tx.person.findFirst({
    where: { ...(input.formerOwnerId ? { id: input.formerOwnerId } : {}), leftAt: { not: null }, ownerships: { some: { action: { wijkId: input.wijkId } } } },
    select: { id: true },
  });
  if (!departedOwner) return [];
  const actions = await tx.action.findMany({
    where: {
      wijkId: input.wijkId,
      deletedAt: null,
      status: { in: [...HANDOVER_STATUSES] },
      owners: { some: input.formerOwnerId ? { personId: input.formerOwnerId } : {}, every: { person: { leftAt: { not: null } } } },
    },
    include: { pillar: { select: { name: true } } },
    orderBy: [{ deadline: "asc" }, { title: "asc" }],
  });
  return actions.map((a) => ({ id: a.id, title: a.title, pillarName: a.pillar?.name ?? null }));
}
