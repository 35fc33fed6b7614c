import type { CatalogueText } from "../plural.ts";
import type { nlSnooze } from "../nl/snooze.ts";

/** English texts of /snooze: putting an action's reminders off (keys as in nl/snooze.ts). */
export const enSnooze: Record<keyof typeof nlSnooze, CatalogueText> = {
  "snooze.name": "name the action, then the moment",
  "snooze.when": "until when? End with a moment, for example maandag, morgen 14:00 or over 3 dagen",
  "snooze.done": "😴 OK, the next reminder for \"{title}\" comes {when}.",
  "snooze.closed": "\"{title}\" is {status}; I no longer send reminders for it.",
  "snooze.noDeadline": "\"{title}\" has no deadline, so no reminders either. Set one with /action deadline.",
};
