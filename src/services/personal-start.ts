import type { Tx } from "../db.ts";
import { OPEN_STATUSES } from "../domain.ts";
import type { PersonRow } from "../db/rows.ts";

export interface PersonalStart {
  role: string;
  pillarName: string | null;
  organisation: string | null;
  openActions: { title: string; deadline: Date | null }[];
  /** The aanjager(s) of the person's pillar and of the pillars of their actions (not themselves). */
  aanjagers: { pillarName: string; name: string }[];
  nextMeeting: { startsAt: Date; place: string | null } | null;
  coordinatorName: string | null;
}

/** Everything /ik shows a person privately: who they are here, what is theirs, who to ask. */
export async function getPersonalStart(tx: Tx, input: { person: PersonRow; now: Date }): Promise<PersonalStart> {
  const { person, now } = input;
  const [full, ownerships, coordinator, nextMeeting] = await Promise.all([
    tx.person.findUniqueOrThrow({ where: { id: person.id }, include: { pillar: true, organisation: true } }),
    tx.actionOwner.findMany({
      where: { personId: person.id, action: { deletedAt: null, status: { in: [...OPEN_STATUSES] } } },
      include: { action: { select: { title: true, deadline: true, pillarId: true } } },
    }),
    tx.person.findFirst({ where: { wijkId: person.wijkId, role: "coordinator", leftAt: null, NOT: { id: person.id } }, orderBy: { createdAt: "asc" } }),
    tx.meeting.findFirst({ where: { wijkId: person.wijkId, startsAt: { gte: now }, closedAt: null }, orderBy: { startsAt: "asc" } }),
  ]);
  const actions = ownerships
    .map((o) => o.action)
    .sort((a, b) => (a.deadline?.getTime() ?? Infinity) - (b.deadline?.getTime() ?? Infinity) || a.title.localeCompare(b.title));
  const pillarIds = [...new Set([person.pillarId, ...actions.map((a) => a.pillarId)].filter((id): id is string => Boolean(id)))];
  const aanjagers = pillarIds.length
    ? await tx.person.findMany({
        where: { wijkId: person.wijkId, role: "aanjager", leftAt: null, pillarId: { in: pillarIds }, NOT: { id: person.id } },
        include: { pillar: true },
        orderBy: { displayName: "asc" },
      })
    : [];
  return {
    role: full.role,
    pillarName: full.pillar?.name ?? null,
    organisation: full.organisation?.name ?? null,
    openActions: actions.map(({ title, deadline }) => ({ title, deadline })),
    aanjagers: aanjagers.map((a) => ({ pillarName: a.pillar?.name ?? "", name: a.displayName })),
    nextMeeting: nextMeeting ? { startsAt: nextMeeting.startsAt, place: nextMeeting.place } : null,
    coordinatorName: coordinator?.displayName ?? null,
  };
}
