import type { CatalogueText } from "../plural.ts";

/** Dutch texts of the welcome and /ik: a person's name, organisation and start. */
export const nlMe = {
  // Welcome and /ik
  "me.profile": "Je staat bekend als *{name}*{organisation}, {role}.\nAanpassen: /ik <naam>, <organisatie>",
  "me.profileDmHint": "Je persoonlijke overzicht krijg je als je mij /ik in een privébericht stuurt.",
  "me.nameTooShort": "Een naam heeft minstens 2 tekens. Zo werkt het: /ik <naam>, <organisatie>",
  "me.updated": "👋 Je wordt nu getoond als *{name}*{organisation}.",
  "me.startTitle": "*Hallo {name}!* Dit is je start in {wijk}.",
  "me.startRole": "Je rol: {role}{pillar}{organisation}.",
  "me.startActions": "Je open acties:",
  "me.startAction": "- {title}{deadline}",
  "me.startDeadline": " — deadline {date}",
  "me.startNoActions": "Je hebt geen open acties. Iets nieuws? /actie nieuw <titel>",
  "me.startAanjager": "Aanjager van {pillar}: {name}.",
  "me.startMeeting": "Volgende vergadering: {when}{place}.",
  "me.startHelp": "Hulp nodig? Typ /help, of vraag het aan {coordinator} (coördinator).",
  "me.startHelpNoCoordinator": "Hulp nodig? Typ /help.",
  "me.startLanguage": "In English? Type /taal en",
  "me.nameTaken": "Er is al iemand die *{name}* heet in deze wijk. Kies een naam met een toevoeging, bijvoorbeeld /ik {name} B. of /ik {name} de Vries.",
  "me.nameReserved": "\"{name}\" kan ik niet als naam gebruiken: zo heet de bot of een rol. Kies een andere naam, bijvoorbeeld je voornaam.",
  "me.nameLong": "een naam van hoogstens 60 tekens graag",
  "me.orgShort": "de organisatie heeft minstens 2 tekens",
  "me.orgLong": "die organisatienaam is te lang",
} as const satisfies Record<string, CatalogueText>;
