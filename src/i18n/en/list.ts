import type { CatalogueText } from "../plural.ts";
import type { nlList } from "../nl/list.ts";

/** English texts of /acties: the list of actions and its filters (keys as in nl/list.ts). */
export const enList: Record<keyof typeof nlList, CatalogueText> = {
  "list.filter": "choose mine, open, overdue, done or a pillar",
  "list.mine": "Your open actions",
  "list.open": "Open actions",
  "list.overdue": "Actions past their deadline",
  "list.done": "Finished actions",
  "list.all": "All actions",
  "list.pillar": "Actions of {pillar}",
  "list.noneOverdue": "No actions past their deadline. 👍",
  "list.none": "{heading}: none. A new action? /action new <title>",
};
