import { occurrencesBetween, recurrenceSchema } from "../parse/recurrence.ts";
import { getDueReminder } from "../services/get-due-reminder.ts";
import { renderReminderMessage } from "../render/reminder-message.ts";
import { translator } from "../i18n/index.ts";
import type { PlannedDelivery, ScheduledJob } from "../scheduler/types.ts";
import { recipientLanguage } from "../scheduler/recipient-language.ts";
import { absenceRouterOf, rowsOfWijk } from "../scheduler/every-wijk.ts";
import { findOpenReminders } from "../services/find-open-reminders.ts";

/**
 * Reminders set with /herinner, one-off or recurring; sent at the asked time (no quiet hours:
 * someone chose it). While someone is away (/afwezig) a recurring reminder they set or get is
 * paused (it carries on after), and a one-off one for them waits for their return message.
 */
export const adhocRemindersJob: ScheduledJob = {
  id: "reminder",
  async schedule(ctx, window) {
    const reminders = await rowsOfWijk(ctx, "adhoc reminders", (wijkIds) => findOpenReminders(ctx.db, { wijkIds, kind: "adhoc" }));
    const route = await absenceRouterOf(ctx, window);
    const away = (personId: string | null, at: Date) => personId !== null && route(personId, at).kind !== "deliver";
    const planned: PlannedDelivery[] = [];
    for (const r of reminders) {
      const rule = r.recurrence ? recurrenceSchema.safeParse(JSON.parse(r.recurrence)) : undefined;
      const times = rule?.success
        ? occurrencesBetween(rule.data, r.nextAt!, window.from, window.to)
        : r.nextAt! > window.from && r.nextAt! <= window.to
          ? [r.nextAt!]
          : [];
      const recipient = r.targetChatId ? { chatId: r.targetChatId } : r.targetPersonId ? { personId: r.targetPersonId } : undefined;
      if (!recipient) continue;
      for (const at of times) {
        if (away(r.targetPersonId, at) || (r.recurrence && away(r.creatorId, at))) continue;
        planned.push({ key: `reminder:${r.id}:${at.toISOString()}`, dueAt: at, recipient, data: { reminderId: r.id } });
      }
    }
    return planned;
  },
  async handler(ctx, delivery) {
    const reminder = await getDueReminder(ctx.db, String(delivery.data.reminderId));
    return reminder && renderReminderMessage(reminder, translator(await recipientLanguage(ctx.db, delivery)));
  },
};
