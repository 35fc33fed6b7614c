import type { Tx } from "../db.ts";
import { nextOccurrence, recurrenceSchema, type Recurrence } from "../parse/recurrence.ts";
import { translate } from "../i18n/index.ts";

export interface ReminderListItem {
  id: string;
  number: number;
  text: string;
  /** Who set it (their display name). */
  creator: string;
  /** "jou" (own list) or "zichzelf" (wijk list) when set for its maker, else a person's name or the group's title. */
  target: string;
  next: Date;
  recurrence?: Recurrence;
}

/** Whose reminders: the ones a person set (/herinneringen), or every one in a wijk (the coördinator's /herinneringen alle). */
export type ReminderScope = { creatorId: string } | { wijkId: string };

/** Active reminders with their next time, in number order (numbers are per wijk). */
export async function listReminders(tx: Tx, input: { scope: ReminderScope; now: Date; lang?: string }): Promise<ReminderListItem[]> {
  const lang = input.lang ?? "nl";
  const ownList = "creatorId" in input.scope;
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
    const target = r.targetChatId
      ? translate(lang, "reminder.targetGroup", { title: chats.get(r.targetChatId) ?? "" }).trim()
      : r.targetPersonId === r.creatorId
        ? translate(lang, ownList ? "reminder.targetYou" : "reminder.targetSelf")
        : (people.get(r.targetPersonId ?? "") ?? "?");
    items.push({ id: r.id, number: r.number, text: r.text, creator: people.get(r.creatorId ?? "") ?? "?", target, next, recurrence });
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
