import type { Tx } from "../db.ts";
import { addMonths, toInstant, type CivilDate } from "../time/amsterdam.ts";

/** Progress notes quoted in the text: enough to tell a story, short enough for a wijkkrant. */
const MAX_NOTES = 4;

/** What /maandbericht tells about one month; no names of people (privacy). */
export interface MonthlyUpdate {
  wijkName: string;
  /** The month's first day. */
  month: CivilDate;
  /** Titles of the actions finished in the month (and still finished). */
  done: string[];
  /** Titles of the actions started in the month (and still going). */
  started: string[];
  /** The newest progress note of up to four actions, newest first; `text` as written. */
  notes: { actionTitle: string; text: string }[];
  /** The stuurgroep's decisions of the month, oldest first, as written. */
  decisions: string[];
}

/**
 * /maandbericht: what was finished, what started, what people report and what the
 * stuurgroep decided in one month.
 */
export async function getMonthlyUpdate(tx: Tx, input: { wijkId: string; month: CivilDate }): Promise<MonthlyUpdate> {
  const first = { ...input.month, day: 1 };
  const start = toInstant(first);
  const end = toInstant(addMonths(first, 1));
  const [wijk, statusChanges, notes, decisions] = await Promise.all([
    tx.wijk.findUniqueOrThrow({ where: { id: input.wijkId } }),
    tx.historyEntry.findMany({ where: { wijkId: input.wijkId, field: "status", undoneAt: null, createdAt: { gte: start, lt: end } }, include: { action: true } }),
    tx.progressNote.findMany({
      where: { action: { wijkId: input.wijkId, deletedAt: null }, removedAt: null, createdAt: { gte: start, lt: end } },
      include: { action: { select: { title: true } } },
      orderBy: { createdAt: "desc" },
    }),
    tx.decision.findMany({ where: { wijkId: input.wijkId, createdAt: { gte: start, lt: end } }, orderBy: { createdAt: "asc" } }),
  ]);
  const titles = (to: string) =>
    [...new Set(statusChanges.filter((c) => c.toValue === to && c.action && !c.action.deletedAt && c.action.status === to).map((c) => c.action!.title))];
  const seen = new Set<string>();
  const quoted = notes.filter((n) => !seen.has(n.actionId) && seen.add(n.actionId)).slice(0, MAX_NOTES);
  return {
    wijkName: wijk.name,
    month: first,
    done: titles("klaar"),
    started: titles("bezig"),
    notes: quoted.map((n) => ({ actionTitle: n.action.title, text: n.text })),
    decisions: decisions.map((d) => d.text),
  };
}
