import type { CatalogueText } from "../plural.ts";

/** Dutch texts of /snooze: putting an action's reminders off. */
export const nlSnooze = {
  "snooze.name": "noem de actie en daarna het moment",
  "snooze.when": "tot wanneer? Eindig met een moment, bijvoorbeeld maandag, morgen 14:00 of over 3 dagen",
  "snooze.done": "😴 Oké, de volgende herinnering voor \"{title}\" komt {when}.",
  "snooze.closed": "\"{title}\" staat op {status}; daar stuur ik geen herinneringen meer voor.",
  "snooze.noDeadline": "\"{title}\" heeft geen deadline, dus ook geen herinneringen. Zet er een met /actie deadline.",
} as const satisfies Record<string, CatalogueText>;
