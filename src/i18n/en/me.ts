import type { CatalogueText } from "../plural.ts";
import type { nlMe } from "../nl/me.ts";

/** English texts of the welcome and /ik: a person's name, organisation and start (keys as in nl/me.ts). */
export const enMe: Record<keyof typeof nlMe, CatalogueText> = {
  "me.profile": "You're known as *{name}*{organisation}, {role}.\nChange it: /me <name>, <organisation>",
  "me.profileDmHint": "Send me /me in a private message for your personal overview.",
  "me.nameTooShort": "A name has at least 2 characters. How it works: /me <name>, <organisation>",
  "me.updated": "👋 You're now shown as *{name}*{organisation}.",
  "me.startTitle": "*Hello {name}!* This is your start in {wijk}.",
  "me.startRole": "Your role: {role}{pillar}{organisation}.",
  "me.startActions": "Your open actions:",
  "me.startAction": "- {title}{deadline}",
  "me.startDeadline": " — deadline {date}",
  "me.startNoActions": "You have no open actions. Something new? /action new <title>",
  "me.startAanjager": "Lead of {pillar}: {name}.",
  "me.startMeeting": "Next meeting: {when}{place}.",
  "me.startHelp": "Need help? Type /help, or ask {coordinator} (coordinator).",
  "me.startHelpNoCoordinator": "Need help? Type /help.",
  "me.startLanguage": "Terug naar Nederlands? Typ /taal nl",
  "me.nameTaken": "Someone in this wijk is already called *{name}*. Choose a name with an addition, for example /me {name} B. or /me {name} Smith.",
  "me.nameReserved": "I can't use \"{name}\" as a name: it is the bot's name or a role. Choose another name, for example your first name.",
  "me.nameLong": "a name of at most 60 characters, please",
  "me.orgShort": "the organisation needs at least 2 characters",
  "me.orgLong": "that organisation name is too long",
};
