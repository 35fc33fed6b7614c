import type { CatalogueText } from "../plural.ts";
import type { nlHandover } from "../nl/handover.ts";

/** English texts of /overdracht: handing someone's work over to someone else (keys as in nl/handover.ts). */
export const enHandover: Record<keyof typeof nlHandover, CatalogueText> = {
  "handover.forbidden": "Only the coordinator, or a pillar lead within their own pillar, can hand over work.",
  "handover.shape": "name two people: /handover @from @to [pillar]",
  "handover.samePerson": "From and to are the same person; there is nothing to hand over.",
  "handover.nothing": "{from} has nothing open{pillar} to hand over.",
  "handover.inPillar": " in {pillar}",
  "handover.question": "This moves from {from} to {to}{pillar}:\n{list}\nIs that right?",
  "handover.actions": "- Actions ({count}): {titles}",
  "handover.reminders": "- Reminders: {count}",
  "handover.agenda": "- Agenda items: {count}",
  "handover.done": "🤝 Handed over from {from} to {to}{pillar} — actions: {count}, reminders: {reminders}, agenda items: {agenda}. Undo one action at a time with /undo.",
  "handover.dmFrom": "Your work{pillar} was handed over to {to}: {titles}. Thank you!",
  "handover.dmTo": "{by} handed over work{pillar} from {from} to you:\n{list}\nYour overview: /me",
};
