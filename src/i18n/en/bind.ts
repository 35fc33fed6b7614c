import type { CatalogueText } from "../plural.ts";
import type { nlBind } from "../nl/bind.ts";

/** English texts of /koppel: binding a chat to a wijk with a code (keys as in nl/bind.ts). */
export const enBind: Record<keyof typeof nlBind, CatalogueText> = {
  "bind.codeMissing": "put the code after /link",
  "bind.codeLong": "that doesn't look like a code; codes have 8 characters",
  "bind.codeChars": "a code consists of letters and digits",
  "bind.already": "This chat is already linked to {wijk}.",
  "bind.coordinator": "\n{name}, you are now the coordinator of {wijk}.",
  "bind.stuurgroep": "the steering group",
  "bind.kartrekkers": "the action leads",
  "bind.done": "🔗 This chat is now linked to {wijk} ({kind}).{extra}\nStart with /help or /overview.",
  "bind.unknownCode": "I don't know that code. Check it, or ask the coordinator for a new one.",
  "bind.used": "That code was already used. Ask the coordinator for a new code.",
  "bind.expired": "That code has expired (codes last 7 days). Ask the coordinator for a new one.",
  "bind.direct": "Link a group chat, not a private chat: type /link <code> in the group.",
  "bind.chatTaken": "This chat is already linked to a neighbourhood.",
};
