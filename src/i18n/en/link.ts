import type { CatalogueText } from "../plural.ts";
import type { nlLink } from "../nl/link.ts";

/** English texts of /ik koppel: linking one person's accounts on several platforms (keys as in nl/link.ts). */
export const enLink: Record<keyof typeof nlLink, CatalogueText> = {
  "link.codeShape": "a link code has 6 digits",
  "link.privately": "Do this in a private chat with me, so nobody else sees your code. Send me there: /me link",
  "link.unknownHere": "I don't know you here yet. Type /me link in a private chat where I already know you (for example in your other app); you get a code to enter here: /me link <code>",
  "link.code": "🔑 Your link code: *{code}* (valid for {minutes} minutes, works once).\nSend me this on the other platform in a private chat: /me link {code}",
  "link.tooMany": "Too many wrong codes. Wait {minutes} minutes, then ask for a new code with /me link.",
  "link.already": "This account was already yours, {name}.",
  "link.done": "🔗 Linked! I now know you here too as *{name}* ({wijk}). Type /help to start.",
  "link.unknownCode": "I don't know that link code (or it was already used). Ask for a new one with /me link where I already know you.",
  "link.expired": "That link code has expired (codes last {minutes} minutes). Ask for a new one with /me link.",
  "link.nobody": "That link code no longer belongs to anyone. Ask for a new one with /me link.",
  "link.taken": "In this neighbourhood this account already belongs to someone else. Ask the coordinator for help.",
};
