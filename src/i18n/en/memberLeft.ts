import type { CatalogueText } from "../plural.ts";
import type { nlMemberLeft } from "../nl/memberLeft.ts";

/** English texts of members a platform reported as removed from a group (keys as in nl/memberLeft.ts). */
export const enMemberLeft: Record<keyof typeof nlMemberLeft, CatalogueText> = {
  "memberLeft.gone": "👋 {name} was removed from {chat} and is in none of the neighbourhood's groups any more. {name} is now marked as having left: no more messages, and in private I no longer give {name} any of the neighbourhood's data.",
  "memberLeft.oneChat": "👋 {name} was removed from {chat}. As far as I know {name} is still in another group of the neighbourhood. Has {name} left altogether? Mark it with /vertrek @{name}",
  "memberLeft.linkHint": "Did {name} have the web link of the overview? Make a new one with /overzicht nieuwe-link",
  "memberLeft.chatKartrekkers": "the kartrekkers group",
  "memberLeft.chatStuurgroep": "the steering group chat",
  "memberLeft.chatOther": "a group of the neighbourhood",
  "memberLeft.dmRefused": "You're no longer in a group of {wijk}, so in private I don't give you the neighbourhood's data any more. Not right? Ask the coordinator.",
};
