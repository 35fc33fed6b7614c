import type { CatalogueText } from "../plural.ts";
import type { nlLeave } from "../nl/leave.ts";

/** English texts of /vertrek: marking someone as left, and the actions left without an owner (keys as in nl/leave.ts). */
export const enLeave: Record<keyof typeof nlLeave, CatalogueText> = {
  "leave.what": "mark someone as left",
  "leave.already": "{name} was already marked as left.",
  "leave.done": "👋 {name} is now marked as left and gets no more messages.",
  "leave.noOrphans": "No actions are left without an owner.",
  "leave.orphans": "These actions now have no owner:",
  "leave.orphan": "{n}. {title}{pillar}",
  "leave.hint": "Give them a new owner: /action owner <action> @person, or all at once: /handover @{name} @person",
  "leave.reminder": "🧩 Still without an owner since someone left:",
  "leave.question": "Mark {name} as left? {name} then gets no more messages. Open actions of {name}: {count}.",
  "leave.reminderHint": "Give them a new owner: /action owner <action> @person, or /handover @former @person",
  "leave.personShape": "name the person who leaves, for example: /leave @Peter",
};
