import type { CatalogueText } from "./plural.ts";
import { nlActions } from "./nl/actions.ts";
import { nlPeople } from "./nl/people.ts";
import { nlMeetings } from "./nl/meetings.ts";
import { nlReminders } from "./nl/reminders.ts";
import { nlCli } from "./nl/cli.ts";
import { nlWeb } from "./nl/web.ts";
import { nlUnderstand } from "./nl/understand.ts";
import { nlCharts } from "./nl/charts.ts";
import { nlReport } from "./nl/report.ts";
import { nlOperations } from "./nl/operations.ts";
import { nlRound } from "./nl/round.ts";
import { nlAbsence } from "./nl/absence.ts";
import { nlButtons } from "./nl/buttons.ts";
import { nlCalendar } from "./nl/calendar.ts";

/**
 * Dutch, the default language and the source of the message keys. Placeholders are
 * `{name}`; texts stay short because they are read on a phone in a group chat.
 */
export const nl = {
  "language.name": "Nederlands",
  /** Used for number and money formats (Intl). */
  "language.locale": "nl-NL",

  "recurrence.daily": "elke dag om {time}",
  "recurrence.workdays": "elke werkdag om {time}",
  "recurrence.weekly": "elke {day} om {time}",
  "recurrence.monthlyWeekday": "elke {nth} {day} van de maand om {time}",
  "recurrence.monthlyDay": "elke {day}e van de maand om {time}",
  "recurrence.ordinals": "eerste tweede derde vierde",
  "recurrence.last": "laatste",

  // The core's own replies (src/core/bot.ts)
  "core.dbUnavailable": "De database is even niet bereikbaar. Er is niets veranderd; probeer het zo nog eens.",
  "core.failure": "Er ging iets mis aan mijn kant; er is niets veranderd. Probeer het zo nog eens.",
  "core.tooLong": "Dat bericht is te lang voor een commando. Houd het kort, bijvoorbeeld: /actie update watertappunt handtekeningen opgehaald",
  "core.slowDown": "Rustig aan: ik verwerk hooguit {limit} berichten per minuut van één persoon in een gesprek. Wat je nu stuurt, laat ik liggen; probeer het over een minuut opnieuw.",
  "core.notBound": "Dit gesprek is nog niet gekoppeld aan een wijk. Vraag de coördinator om een code en typ dan: /koppel <code>",
  "core.notKnownDm": "Ik ken je nog niet. Schrijf eerst iets in de groep van je wijk (bijvoorbeeld /help), dan kun je mij ook hier berichten sturen.",
  "core.unknownCommand": "Het commando \"/{word}\" ken ik niet. Typ /help voor alle commando's.",
  "core.incomplete": "Wat wil je met /{group} doen? Kies uit: {options}.\nBijvoorbeeld: /{group} {first} …  — of typ /help {group}.",
  "date.past": "{day1} {year1} ligt in het verleden. Bedoel je {day2} {year2}?",
  "date.weekdayMismatch": "{date} is een {actual}, geen {typed}. Welke dag bedoel je?",
  "date.whichOfTwo": "Bedoel je {day1} of {day2}?",
  "date.todayOrNext": "Bedoel je vandaag ({day1}) of {day2}?",
  "date.whichDayWeek": "Welke dag volgende week? Noem een datum, bijvoorbeeld 15-3 of \"dinsdag volgende week\".",
  "date.whichDayMonth": "Welke dag volgende maand? Noem een datum, bijvoorbeeld 15-3 of \"dinsdag volgende week\".",
  "date.impossible": "{date} bestaat niet. Bedoel je {day1} of {day2}?",
  "date.tooFar": "Dat is meer dan 10 jaar vooruit. Kies een datum binnen 10 jaar.",
  "date.longAgo": "Die datum ligt te ver in het verleden. Kies een datum vanaf vandaag.",
  "date.holidayUnknown": "De data van de {holiday} na schooljaar {schoolYear} ken ik nog niet. Noem een datum, bijvoorbeeld 15-3.",
  "date.holiday.herfst": "herfstvakantie",
  "date.holiday.kerst": "kerstvakantie",
  "date.holiday.voorjaar": "voorjaarsvakantie",
  "date.holiday.mei": "meivakantie",
  "date.holiday.zomer": "zomervakantie",
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

  // Roles and statuses as words in a sentence
  "status.gepland": "gepland",
  "status.bezig": "bezig",
  "status.klaar": "klaar",
  "status.gestopt": "gestopt",
  "status.geparkeerd": "geparkeerd",

  // /actie klaar|bezig|stop|parkeer (src/core/status-command.ts)
  "status.unchanged": "{label} stond al op {status}.",
  "status.changed": "{emoji} {label} staat op {status}. Eigenaar: {owners}.",
  "status.noName": "noem de actie die je bedoelt",
  "status.nameTooLong": "die naam is te lang",
  "status.noted": "📝 Notitie bij {label}: “{note}”",

  // /help (commands/help.ts, src/render/help.ts)
  "help.title": "*Wat ik kan* (typ /help <commando> voor uitleg)",
  "help.also": "Ook: {aliases}",
  "help.examples": "Voorbeelden:",
  "help.unknownTopic": "Over \"{topic}\" weet ik niets. Typ /help voor alle commando's.",

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

  // /taal
  "language.set": "Ik praat vanaf nu Nederlands met je.",
  "language.current": "Ik praat {language} met je. Andere taal: /taal {options}",
  "language.unknown": "Die taal ken ik niet. Kies uit: {options}.",

  // /pijler nieuw|hernoem and the CLI
  "pillar.added": "🏛️ Pijler *{name}* is toegevoegd aan {wijk}.",
  "pillar.exists": "Pijler *{name}* bestaat al; er is niets veranderd.",
  "pillar.renamed": "✏️ Pijler *{from}* heet nu *{to}*.",
  "pillar.alreadyNamed": "Pijler *{name}* heet al zo; er is niets veranderd.",
  "pillar.notFound": "Ik vind geen pijler \"{name}\". Pijlers: {pillars}.",
  "pillar.nameTaken": "Er is al een pijler *{name}*. Kies een andere naam.",
  "pillar.nameMissing": "noem de naam van de pijler",
  "pillar.nameTooLong": "een pijlernaam heeft hoogstens 60 tekens",
  "pillar.renameShape": "schrijf: /pijler hernoem <oude naam> naar <nieuwe naam>",
  "pillar.what": "pijlers beheren",
  "pillar.name": "noem de actie en daarna de pijler",
  "pillar.pillar": "noem de pijler achteraan",
  "pillar.unchanged": "{title} viel al onder {pillar}.",
  "pillar.set": "📌 {title} valt nu onder pijler {pillar}.",
  "pillar.unknown": "Ik ken geen pijler \"{name}\". De pijlers zijn: {pillars}.",
  "pillar.noneYet": "(nog geen)",

  // /overdracht
  "handover.forbidden": "Alleen de coördinator, of een aanjager binnen de eigen pijler, kan werk overdragen.",
  "handover.shape": "noem twee mensen: /overdracht @van @naar [pijler]",
  "handover.samePerson": "Van en naar zijn dezelfde persoon; er valt niets over te dragen.",
  "handover.nothing": "{from} heeft niets open{pillar} om over te dragen.",
  "handover.inPillar": " in {pillar}",
  "handover.question": "Dit gaat van {from} naar {to}{pillar}:\n{list}\nKlopt dat?",
  "handover.actions": "- Acties ({count}): {titles}",
  "handover.reminders": "- Herinneringen: {count}",
  "handover.agenda": "- Agendapunten: {count}",
  "handover.done": "🤝 Overgedragen van {from} naar {to}{pillar} — acties: {count}, herinneringen: {reminders}, agendapunten: {agenda}. Terugdraaien kan per actie met /ongedaan.",
  "handover.dmFrom": "Je werk{pillar} is overgedragen aan {to}: {titles}. Dank je wel!",
  "handover.dmTo": "{by} heeft werk{pillar} van {from} aan jou overgedragen:\n{list}\nJe overzicht: /ik",

  // /vertrek
  "leave.what": "iemand als vertrokken markeren",
  "leave.already": "{name} stond al als vertrokken.",
  "leave.done": "👋 {name} staat nu als vertrokken en krijgt geen berichten meer.",
  "leave.noOrphans": "Er blijven geen acties zonder eigenaar achter.",
  "leave.orphans": "Deze acties hebben nu geen eigenaar meer:",
  "leave.orphan": "{n}. {title}{pillar}",
  "leave.hint": "Geef ze een nieuwe eigenaar: /actie eigenaar <actie> @persoon, of alles tegelijk: /overdracht @{name} @persoon",
  "leave.reminder": "🧩 Nog zonder eigenaar sinds een vertrek:",
  "leave.question": "{name} afmelden als vertrokken? {name} krijgt dan geen berichten meer. Open acties van {name}: {count}.",
  "leave.reminderHint": "Geef ze een nieuwe eigenaar: /actie eigenaar <actie> @persoon, of /overdracht @vertrokkene @persoon",
  "leave.personShape": "noem de persoon die vertrekt, bijvoorbeeld: /vertrek @Peter",

  // /jaarplan
  "plan.what": "het jaarplan instellen",
  "plan.none": "{wijk} heeft nog geen planjaar. Stel het in: /jaarplan {year}",
  "plan.current": "📅 Planjaar van {wijk}: {year}. {open} open, {done} klaar, {stopped} gestopt.\nOverzicht: /jaarplan overzicht — open acties meenemen naar volgend jaar: /jaarplan {next} meenemen",
  "plan.set": "📅 Het planjaar van {wijk} is nu {year}. Nieuwe acties horen bij {year}.",
  "plan.unchanged": "Het planjaar was al {year}; er is niets veranderd.",
  "plan.carried": "📅 Planjaar {year}: {count} open acties meegenomen uit {from}.",
  "plan.carriedNothing": "📅 Planjaar {year}. Er waren geen open acties uit {from} om mee te nemen.",
  "plan.yearShape": "noem een jaar, bijvoorbeeld: /jaarplan 2026, /jaarplan 2027 meenemen of /jaarplan overzicht",
  "plan.yearRange": "kies een jaar tussen 2000 en 2100",
  "plan.summaryTitle": "*Jaaroverzicht {year} — {wijk}*",
  "plan.summaryPillar": "*{pillar}*: {done} klaar, {running} lopend, {stopped} gestopt{reach}",
  "plan.summaryReach": " — bereik {reached} van {intended} bedoeld",
  "plan.summaryNoPillar": "Zonder pijler",
  "plan.summaryEmpty": "In {year} zijn er geen acties.",
  "plan.summaryCheckIns": "Tussentijdse check: {answered} van {sent} eigenaren antwoordden.",
  "plan.checkSent": "🧭 Tussentijdse check verstuurd aan {count} eigenaren.",
  "plan.checkNone": "Er is niemand meer om de tussentijdse check aan te sturen (iedereen met open acties kreeg hem al).",

  // The mid-year check-in
  "checkin.dm": "🧭 *Tussentijdse check {year}*\nHoe staan je acties ervoor?\n{list}\nAntwoord per nummer met *op koers*, *loopt achter* of *stoppen*, bijvoorbeeld: {example}",
  "checkin.reminder": "⏰ Herinnering: je tussentijdse check {year} staat nog open.\n{list}\nAntwoord bijvoorbeeld: {example}",
  "checkin.item": "{n}. {title}{deadline}",
  "checkin.example": "1 op koers, 2 loopt achter",
  "checkin.none": "Er staat geen tussentijdse check voor je open.",
  "checkin.badAnswer": "Dat begrijp ik niet. Antwoord per nummer met \"op koers\", \"loopt achter\" of \"stoppen\", bijvoorbeeld: /check 1 op koers, 2 loopt achter",
  "checkin.unknownNumber": "Nummer {n} staat niet in je lijst (1 tot en met {max}). Er is niets opgeslagen.",
  "checkin.noted": "Genoteerd: {list}.",
  "checkin.missing": "Nog te beantwoorden: {numbers}.",
  "checkin.complete": "Alles beantwoord, dank je wel! De coördinator krijgt het overzicht.",
  "checkin.summary": "🧭 Tussentijdse check van {name}:\n{list}",
  "checkin.summaryLine": "- {title}: {verdict}",
  "checkin.answerShape": "zet je antwoorden erachter, bijvoorbeeld: /check 1 op koers, 2 loopt achter",
  "verdict.op-koers": "op koers",
  "verdict.loopt-achter": "loopt achter",
  "verdict.stoppen": "stoppen",

  // /status for the coördinator (commands/status.ts)
  "botStatus.what": "de status van de bot bekijken",
  "botStatus.title": "*Status van de bot in {wijk}*",
  "botStatus.connections": "*Verbindingen*",
  "botStatus.delivered": "*Afgeleverd*",
  "botStatus.planned": "*Gepland*",
  "botStatus.state.connected": "verbonden",
  "botStatus.state.running": "actief",
  "botStatus.state.connecting": "verbinding maken…",
  "botStatus.state.logged-out": "uitgelogd — opnieuw koppelen nodig",
  "botStatus.state.lease-elsewhere": "verbonden via een ander proces",
  "whatsappState.stoppedUnexpectedly": "de verbinding is onverwacht gestopt; zie de log",
  "whatsappState.replaced": "een ander programma gebruikt deze WhatsApp-koppeling; herstart wijkbot als dat niet klopt",
  "whatsappState.forbidden": "WhatsApp weigert dit nummer (mogelijk geblokkeerd)",
  "whatsappState.standby": "een ander proces houdt de WhatsApp-verbinding",
  "whatsappState.attempt": "poging {attempt}",
  "whatsappState.reconnecting": "verbinding verbroken (code {code}); opnieuw over {seconds} s",
  "whatsappState.enterPairingCode": "vul de koppelcode in op de telefoon",
  "whatsappState.scanQr": "scan de QR-code met WhatsApp",
  "whatsappState.loggedOut": "WhatsApp heeft de gekoppelde telefoon uitgelogd; start opnieuw en koppel opnieuw (QR-code of koppelcode)",
  "telegramState.pollingStopped": "long polling gestopt",
  "botStatus.state.starting": "opstarten",
  "botStatus.state.standby": "stand-by (een ander proces is verbonden)",
  "botStatus.state.awaiting-login": "wacht op koppelen",
  "botStatus.state.reconnecting": "opnieuw verbinden…",
  "botStatus.state.replaced": "overgenomen door een ander programma",
  "botStatus.state.forbidden": "geweigerd door WhatsApp",
  "botStatus.state.stopped": "gestopt",
  "telegram.menuSubs": "{subs} (typ /help {command})",
  "telegram.menuAlso": " · ook: {subs}",
  "botStatus.noPlatform": "- geen platform verbonden in dit proces",
  "botStatus.dead": { one: "⚠️ 1 bericht kwam de afgelopen 7 dagen niet aan (na herhaald proberen):", other: "⚠️ {count} berichten kwamen de afgelopen 7 dagen niet aan (na herhaald proberen):" },
  "botStatus.unknownChat": "onbekende chat",
  "botStatus.edit": "bewerking",
  "botStatus.attempts": "{count}× geprobeerd",
  "botStatus.earlier": "- en {count} eerder",
  "botStatus.allDelivered": "Alle berichten van de afgelopen 7 dagen zijn aangekomen.",
  "botStatus.pending": "Nog te versturen: {count}",
  "botStatus.pendingLate": "Nog te versturen: {count} (waarvan {late} te laat)",
  "botStatus.gaveUp": { one: "⚠️ 1 geplande herinnering opgegeven na {attempts} pogingen (7 dagen)", other: "⚠️ {count} geplande herinneringen opgegeven na {attempts} pogingen (7 dagen)" },

  // To the coördinator when WhatsApp logged the bot out (src/services/announce-whatsapp-logout.ts)
  "whatsappLogout.text": "⚠️ *WhatsApp is ontkoppeld.*\nWhatsApp heeft het botnummer uitgelogd (dat gebeurt als de telefoon ongeveer 14 dagen niet online was). In de WhatsApp-groepen van {wijk} lees en schrijf ik nu niets.\nZo los je het op: zet de telefoon van het botnummer aan, herstart wijkbot en scan de nieuwe QR-code (of vul de koppelcode in) via WhatsApp → Instellingen → Gekoppelde apparaten.",
  "whatsappLogout.yourWijk": "je wijk",

  // By area, one file each (src/i18n/nl/*.ts)
  ...nlActions,
  ...nlPeople,
  ...nlMeetings,
  ...nlReminders,
  ...nlCli,
  ...nlWeb,
  ...nlUnderstand,
  ...nlCharts,
  ...nlReport,
  ...nlOperations,
  ...nlRound,
  ...nlAbsence,
  ...nlButtons,
  ...nlCalendar,
} as const satisfies Record<string, CatalogueText>;

export type MessageKey = keyof typeof nl;
