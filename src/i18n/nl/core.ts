import type { CatalogueText } from "../plural.ts";

/** Dutch texts of the core's own replies (src/core/bot.ts) and words many commands share. */
export const nlCore = {
  // The core's own replies (src/core/bot.ts)
  "core.dbUnavailable": "De database is even niet bereikbaar. Er is niets veranderd; probeer het zo nog eens.",
  "core.failure": "Er ging iets mis aan mijn kant; er is niets veranderd. Probeer het zo nog eens.",
  "core.tooLong": "Dat bericht is te lang voor een commando. Houd het kort, bijvoorbeeld: /actie update watertappunt handtekeningen opgehaald",
  "core.slowDown": "Rustig aan: ik verwerk hooguit {limit} berichten per minuut van één persoon in een gesprek. Wat je nu stuurt, laat ik liggen; probeer het over een minuut opnieuw.",
  "core.notBound": "Dit gesprek is nog niet gekoppeld aan een wijk. Vraag de coördinator om een code en typ dan: /koppel <code>",
  "core.notKnownDm": "Ik ken je nog niet. Schrijf eerst iets in de groep van je wijk (bijvoorbeeld /help), dan kun je mij ook hier berichten sturen.",
  "core.unknownCommand": "Het commando \"/{word}\" ken ik niet. Typ /help voor alle commando's.",
  "core.incomplete": "Wat wil je met /{group} doen? Kies uit: {options}.\nBijvoorbeeld: /{group} {first} …  — of typ /help {group}.",
  "core.badDate": "Ik begrijp de datum \"{phrase}\" niet. Probeer bijvoorbeeld \"vrijdag\", \"15 maart\", \"over 2 weken\" of \"15-3\".",
  "core.onlyRole": "Alleen de {roles} kan {what}.",
  "core.namesAnd": "{first} en {last}",
  "core.notUnderstood": "dat begrijp ik niet",
  "core.or": "of",
  "core.answerNumber": "Antwoord met het nummer.",
  "core.answerYesNo": "Antwoord met *ja* om door te gaan of *nee* om te stoppen.",
  "core.yes": "ja",
  "core.no": "nee",
  "core.promptExpired": "Die vraag is verlopen (na 10 minuten). Typ het commando opnieuw.",
  "core.pickNumber": "Kies een nummer van 1 tot en met {max}.",
  "core.nothingChanged": "Oké, ik heb niets veranderd.",
  "core.usage": "Zo werkt het: {usage}",
  "core.example": "Bijvoorbeeld: {example}",
  "core.writeFailed": "Ik kon dit nu niet opslaan: de opslag van de server doet het even niet. Er is niets veranderd; probeer het zo nog eens.",
  "core.welcome":
    "Welkom {name}! 👋 Ik ben de wijkbot van {wijk} en houd bij wie wat doet.\nStel je voor met: /ik <naam>, <organisatie>\nDe drie handigste commando's:\n- /acties — wat er loopt\n- /actie update <actie> <wat er gebeurde> — laat weten hoe het gaat\n- /wie — wie is wie\nMeer: /help",
} as const satisfies Record<string, CatalogueText>;
