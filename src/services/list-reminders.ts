import type { Tx } from "../db.ts";
import { nextOccurrence, recurrenceSchema, type Recurrence } from "../parse/recurrence.ts";
import { translate } from "../i18n/index.ts";

export interface ReminderListItem {
  id: string;
  number: number;
  text: string;
  /** "jou", a person's name or the group's title. */
  target: string;
  next: Date;
  recurrence?: Recurrence;
}

/** The person's own active reminders (set by them), with their next time, in number order. */
export async function listReminders(tx: Tx, input: { creatorId: string; now: Date; lang?: string }): Promise<ReminderListItem[]> {
  const lang = input.lang ?? "nl";
  const rows = await tx.reminder.findMany({
    where: { creatorId: input.creatorId, kind: "adhoc", cancelledAt: null, nextAt: { not: null } },
    orderBy: { number: "asc" },
  });
  const people = new Map(
    (await tx.person.findMany({ where: { id: { in: rows.map((r) => r.targetPersonId ?? "") } }, select: { id: true, displayName: true } })).map((p) => [p.id, p.displayName]),
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
    const target = r.targetChatId
      ? translate(lang, "reminder.targetGroup", { title: chats.get(r.targetChatId) ?? "" }).trim()
      : r.targetPersonId === input.creatorId
        ? translate(lang, "reminder.targetYou")
        : (people.get(r.targetPersonId ?? "") ?? "?");
    items.push({ id: r.id, number: r.number, text: r.text, target, next, recurrence });
  }
  return items;
}

/** The message of a due reminder, or null when it was cancelled in the meantime. */
export async function buildReminderMessage(tx: Tx, reminderId: string, lang = "nl"): Promise<string | null> {
  const reminder = await tx.reminder.findUnique({ where: { id: reminderId } });
  if (!reminder || reminder.cancelledAt) return null;
  const creator = reminder.creatorId && reminder.creatorId !== reminder.targetPersonId
    ? await tx.person.findUnique({ where: { id: reminder.creatorId }, select: { displayName: true } })
    : null;
  return creator
    ? translate(lang, "reminder.messageFrom", { name: creator.displayName, text: reminder.text })
    : translate(lang, "reminder.message", { text: reminder.text });
}
