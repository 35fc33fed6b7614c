import type { Translate } from "../i18n/index.ts";
import type { DueReminder } from "../services/get-due-reminder.ts";

/** "⏰ Herinnering: …", or "⏰ Herinnering van Sanne: …" when someone else set it. */
export function renderReminderMessage(reminder: DueReminder, t: Translate): string {
  return reminder.from !== null ? t("reminder.messageFrom", { name: reminder.from, text: reminder.text }) : t("reminder.message", { text: reminder.text });
}
