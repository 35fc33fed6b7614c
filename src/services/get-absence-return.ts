import type { Tx } from "../db.ts";
import { OPEN_STATUSES } from "../domain.ts";
import { isOverdue } from "../rules/deadlines.ts";
import { backAt, covers } from "../rules/absence-routing.ts";

const DAY_MS = 24 * 60 * 60_000;

/** What someone back from an absence should know now. */
export interface AbsenceReturn {
  /** Their open actions due by then, earliest deadline first. */
  actions: { title: string; deadline: Date; overdue: boolean }[];
  /** The one-off /herinner reminders for them that fell while they were away, in order. */
  reminders: { text: string; at: Date }[];
}

/**
 * For the one message someone gets when an absence ends (src/jobs/absence-return.ts), instead
 * of every reminder that was held: their open actions that are overdue or due within
 * `dueWithinDays`, and the one-off reminders that fell while they were away. Null when there
 * is nothing, when the absence was undone or replaced (they are not back), or when they left
 * the wijk.
 */
export async function getAbsenceReturn(tx: Tx, input: { absenceId: string; now: Date; dueWithinDays: number }): Promise<AbsenceReturn | null> {
  const absence = await tx.absence.findUnique({ where: { id: input.absenceId }, include: { person: { select: { id: true, leftAt: true, erasedAt: true } } } });
  if (!absence || absence.person.leftAt || absence.person.erasedAt) return null;
  const back = backAt(absence);
  if (back <= absence.startsAt || back > input.now) return null;
  const others = await tx.absence.findMany({ where: { personId: absence.personId, id: { not: absence.id } } });
  if (others.some((a) => covers(a, input.now))) return null;

  const [actions, reminders] = await Promise.all([
    tx.action.findMany({
      where: { deletedAt: null, status: { in: [...OPEN_STATUSES] }, deadline: { not: null, lte: new Date(input.now.getTime() + input.dueWithinDays * DAY_MS) }, owners: { some: { personId: absence.personId } } },
      orderBy: { deadline: "asc" },
      select: { title: true, status: true, deadline: true },
    }),
    tx.reminder.findMany({
      where: { targetPersonId: absence.personId, kind: "adhoc", recurrence: null, cancelledAt: null, nextAt: { gte: absence.startsAt, lt: back } },
      orderBy: { nextAt: "asc" },
      select: { text: true, nextAt: true },
    }),
  ]);
  if (!actions.length && !reminders.length) return null;
  return {
    actions: actions.map((a) => ({ title: a.title, deadline: a.deadline!, overdue: isOverdue(a, input.now) })),
    reminders: reminders.map((r) => ({ text: r.text, at: r.nextAt! })),
  };
}
