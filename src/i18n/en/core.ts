import type { CatalogueText } from "../plural.ts";
import type { nlCore } from "../nl/core.ts";

/** English texts of the core's own replies (src/core/bot.ts) and words many commands share (keys as in nl/core.ts). */
export const enCore: Record<keyof typeof nlCore, CatalogueText> = {
  "core.dbUnavailable": "The database can't be reached right now. Nothing was changed; please try again in a moment.",
  "core.failure": "Something went wrong on my side; nothing was changed. Please try again in a moment.",
  "core.tooLong": "That message is too long for a command. Keep it short, for example: /action update watertappunt signatures collected",
  "core.slowDown": "Slow down: I handle at most {limit} messages a minute from one person in a chat. I'm leaving what you send now; try again in a minute.",
  "core.notBound": "This chat isn't linked to a neighbourhood yet. Ask the coordinator for a code, then type: /koppel <code>",
  "core.notKnownDm": "I don't know you yet. Write something in your neighbourhood's group first (for example /help), then you can message me here too.",
  "core.unknownCommand": "I don't know the command \"/{word}\". Type /help for all commands.",
  "core.incomplete": "What do you want to do with /{group}? Choose from: {options}.\nFor example: /{group} {first} …  — or type /help {group}.",
  "core.badDate": "I don't understand the date \"{phrase}\". Try for example \"friday\", \"15 march\", \"over 2 weken\" or \"15-3\".",
  "core.onlyRole": "Only the {roles} can {what}.",
  "core.namesAnd": "{first} and {last}",
  "core.notUnderstood": "I don't understand that",
  "core.or": "or",
  "core.answerNumber": "Answer with the number.",
  "core.answerYesNo": "Answer *yes* to go ahead or *no* to stop.",
  "core.yes": "yes",
  "core.no": "no",
  "core.promptExpired": "That question has expired (after 10 minutes). Please type the command again.",
  "core.pickNumber": "Choose a number from 1 to {max}.",
  "core.nothingChanged": "OK, I didn't change anything.",
  "core.usage": "How it works: {usage}",
  "core.example": "For example: {example}",
  "core.writeFailed": "I couldn't save this right now: the server's storage isn't working for a moment. Nothing was changed; please try again shortly.",
  "core.welcome":
    "Welcome {name}! 👋 I'm the bot of {wijk} and keep track of who does what.\nIntroduce yourself with: /ik <name>, <organisation>\nThe three most useful commands:\n- /acties — what's going on\n- /actie update <action> <what happened> — tell how it's going\n- /wie — who's who\nMore: /help",
};
