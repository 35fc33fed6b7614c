import type { CatalogueText } from "../plural.ts";
import type { nlOperations } from "../nl/operations.ts";

/** English texts about the bot's own operation (storage faults, members removed from a group). */
export const enOperations: Record<keyof typeof nlOperations, CatalogueText> = {
  "storage.failing":
    "⚠️ *wijkbot hasn't been able to save anything for {minutes} minutes* (in {wijk}).\nThe server's storage is full or read-only. Anyone changing something now gets \"please try again shortly\"; what was confirmed earlier is kept. Ask the server's administrator to free up space. I'll let you know as soon as it works again.",
  "storage.working": "✅ wijkbot can save again (in {wijk}), after {minutes} minutes of trouble. What failed in that time can be done again now.",
  "storage.yourWijk": "your neighbourhood",
  "memberLeft.gone": "👋 {name} was removed from {chat} and is in none of the neighbourhood's groups any more. {name} is now marked as having left: no more messages, and in private I no longer give {name} any of the neighbourhood's data.",
  "memberLeft.oneChat": "👋 {name} was removed from {chat}. As far as I know {name} is still in another group of the neighbourhood. Has {name} left altogether? Mark it with /vertrek @{name}",
  "memberLeft.linkHint": "Did {name} have the web link of the overview? Make a new one with /overzicht nieuwe-link",
  "memberLeft.chatKartrekkers": "the kartrekkers group",
  "memberLeft.chatStuurgroep": "the steering group chat",
  "memberLeft.chatOther": "a group of the neighbourhood",
  "memberLeft.dmRefused": "You're no longer in a group of {wijk}, so in private I don't give you the neighbourhood's data any more. Not right? Ask the coordinator.",
};
