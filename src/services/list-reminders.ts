import type { Tx } from "../db.ts";
import { nextOccurrence, recurrenceSchema, type Recurrence } from "../parse/recurrence.ts";

export interface ReminderListItem {
  id: string;
  number: number;
  text: string;
  /** Who set it (their display name). */
  creator: string;
  /** Who gets it (src/render/reminder-list.ts words it). */
  target: ReminderTarget;
  next: Date;
  recurrence?: Recurrence;
}

/** A group (its title, or its kind when it has none), the reminder's maker, or another person (their name, "?" when gone). */
export type ReminderTarget = { kind: "group"; title: string } | { kind: "maker" } | { kind: "person"; name: string };

/** Whose reminders: the ones a person set (/herinneringen), or every one in a wijk (the coördinator's /herinneringen alle). */
export type ReminderScope = { creatorId: string } | { wijkId: string };

/** Active reminders with their next time, in number order (numbers are per wijk). */
export async function listReminders(tx: Tx, input: { scope: ReminderScope; now: Date }): Promise<ReminderListItem[]> {
  const rows = await tx.reminder.findMany({
    where: { ...input.scope, kind: "adhoc", cancelledAt: null, nextAt: { not: null } },
    orderBy: [{ number: "asc" }, { createdAt: "asc" }],
  });
  const personIds = rows.flatMap((r) => [r.targetPersonId ?? "", r.creatorId ?? ""]);
  const people = new Map(
    (await tx.person.findMany({ where: { id: { in: personIds } }, select: { id: true, displayName: true } })).map((p) => [p.id, p.displayName]),
  );
  const chats = new Map(
    (await tx.chat.findMany({ where: { id: { in: rows.map((r) => r.targetChatId ?? "") } }, select: { id: true, title: true, kind: true } })).map((c) => [c.id, c.title ?? c.kind]),
  );
  const items: ReminderListItem[] = [];
  for (const r of rows) {
    const rule = r.recurrence ? recurrenceSchema.safeParse(JSON.parse(r.recurrence)) : undefined;
    const recurrence = rule?.success ? rule.data : undefined;
    const next = recurrence ? (r.nextAt! > input.now ? r.nextAt! : nextOccurrence(recurrence, input.now)) : r.nextAt!;
    if (!recurrence && next <= input.now) continue;
    const target: ReminderTarget = r.targetChatId
      ? { kind: "group", title: chats.get(r.targetChatId) ?? "" }
      : r.targetPersonId === r.creatorId
        ? { kind: "maker" }
        : { kind: "person", name: people.get(r.targetPersonId ?? "") ?? "?" };
    items.push({ id: r.id, number: r.number, text: r.text, creator: people.get(r.creatorId ?? "") ?? "?", target, next, recurrence });
  }
  return items;
}
