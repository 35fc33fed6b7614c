import type { CatalogueText } from "../plural.ts";
import type { nlAction } from "../nl/action.ts";

/** English texts of finding and guarding an action: which one is meant, who may change it (keys as in nl/action.ts). */
export const enAction: Record<keyof typeof nlAction, CatalogueText> = {
  "action.noOwner": "nobody yet",
  "action.late": " ⚠️ overdue",
  "action.formerMember": "former member",
  "action.twoParts": "Name the action first, then what should change.",
  "action.which": "Which action do you mean? Give (part of) its name.",
  "action.notFound": "I can't find an action like \"{query}\". Type /actions to see all actions.",
  "action.choose": "Which action do you mean by \"{query}\"?",
  "action.chooseFirst": "Which action do you mean by \"{query}\"? (the first {shown} of {total})",
  "action.exists": "There already is an action \"{title}\". Choose another title, or update that action.",
  "action.otherWijk": "This action doesn't belong to your neighbourhood.",
  "action.onlyOwners": "Only {owners} (owner){pillar} or the coordinator can change \"{title}\".",
  "action.onlyOwnersPillar": ", the pillar lead of {pillar}",
};
