import type { Tx } from "../db.ts";
import { OPEN_STATUSES } from "../domain.ts";
import { translator } from "../i18n/index.ts";
import { formatDay, formatMoment } from "../render/format.ts";
import { absenceDay } from "../render/absence.ts";
import { isOverdue } from "./deadlines.ts";
import { backAt, covers } from "./route-for-absence.ts";

const DAY_MS = 24 * 60 * 60_000;

/** The line above a reminder that goes to a stand-in: "🤝 Voor Ahmed (afwezig t/m 15 mrt); jij bent vervanger." */
export async function onBehalfLine(tx: Tx, input: { personId: string; lastDay: Date; now: Date; lang?: string }): Promise<string> {
  const person = await tx.person.findUnique({ where: { id: input.personId }, select: { displayName: true } });
  return translator(input.lang)("absence.onBehalf", { name: person?.displayName ?? "?", day: absenceDay(input.lastDay, input.now, input.lang) });
}

/**
 * The one message someone gets when an absence ends (src/jobs/absence-return.ts), instead of
 * every reminder that was held: their open actions that are overdue or due within
 * `dueWithinDays`, and the one-off /herinner reminders for them that fell while they were
 * away. Null when there is nothing, when the absence was undone or replaced (they are not
 * back), or when they left the wijk.
 */
export async function buildAbsenceReturn(tx: Tx, input: { absenceId: string; now: Date; dueWithinDays: number; lang?: string }): Promise<string | null> {
  const absence = await tx.absence.findUnique({ where: { id: input.absenceId }, include: { person: { select: { id: true, leftAt: true, erasedAt: true } } } });
  if (!absence || absence.person.leftAt || absence.person.erasedAt) return null;
  const back = backAt(absence);
  if (back <= absence.startsAt || back > input.now) return null;
  const others = await tx.absence.findMany({ where: { personId: absence.personId, id: { not: absence.id } } });
  if (others.some((a) => covers(a, input.now))) return null;

  const t = translator(input.lang);
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
  const lines = [t("absence.returnTitle")];
  for (const a of actions) {
    lines.push(t(isOverdue(a, input.now) ? "absence.returnOverdue" : "absence.returnDue", { title: a.title, day: formatDay(a.deadline!, input.now, input.lang) }));
  }
  if (reminders.length) {
    lines.push(t("absence.returnReminders"));
    for (const r of reminders) lines.push(t("absence.returnReminder", { text: r.text, day: formatMoment(r.nextAt!, input.now, input.lang) }));
  }
  return lines.join("\n");
}
