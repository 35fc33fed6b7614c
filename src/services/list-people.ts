import type { Tx } from "../db.ts";
import { OPEN_STATUSES } from "../domain.ts";

export interface PersonOverview {
  id: string;
  displayName: string;
  role: string;
  pillarName: string | null;
  organisation: string | null;
  openActions: { title: string; deadline: Date | null }[];
}

/** Who's who: everyone in the wijk (not those who left), with organisation, role and open actions. */
export async function listPeople(tx: Tx, wijkId: string): Promise<PersonOverview[]> {
  const people = await tx.person.findMany({
    where: { wijkId, leftAt: null },
    include: {
      organisation: true,
      pillar: true,
      ownerships: {
        where: { action: { deletedAt: null, status: { in: [...OPEN_STATUSES] } } },
        include: { action: { select: { title: true, deadline: true } } },
      },
    },
    orderBy: { displayName: "asc" },
  });
  return people.map((p) => ({
    id: p.id,
    displayName: p.displayName,
    role: p.role,
    pillarName: p.pillar?.name ?? null,
    organisation: p.organisation?.name ?? null,
    openActions: p.ownerships.map((o) => o.action),
  }));
}
