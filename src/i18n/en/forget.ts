import type { CatalogueText } from "../plural.ts";
import type { nlForget } from "../nl/forget.ts";

/** English texts of /vergeetmij: forgetting a person (AVG) (keys as in nl/forget.ts). */
export const enForget: Record<keyof typeof nlForget, CatalogueText> = {
  "forget.question": "Are you sure, {name}? I'll erase your name, organisation, role, your reminders and your links to the bot, in every wijk. Your actions and their history stay, with \"{erased}\" as the name.",
  "forget.done": "Your data has been erased. Thank you for your work! The coordinator arranges who takes over your actions.",
};
