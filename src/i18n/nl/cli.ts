import type { CatalogueText } from "../plural.ts";

/**
 * Dutch texts of the command line (`npm run wijkbot -- …`): setting up wijken, codes, imports,
 * including the errors of the services only the command line and transcripts reach
 * (find-wijk, import-jaarplan, add-member). `cli.arg.*` are the names shown in `<…>` in the help.
 */
export const nlCli = {
  "cli.description": "Beheer van wijkbot",
  "cli.languageOption": "taal van de uitvoer: {languages} (standaard: WIJKBOT_TAAL, anders nl)",
  "cli.wijkName": "naam van de wijk",
  "cli.arg.wijk": "wijk",
  "cli.arg.name": "naam",
  "cli.arg.kind": "soort",
  "cli.arg.template": "sjabloon",
  "cli.arg.pillar": "pijler",
  "cli.arg.old": "oud",
  "cli.arg.new": "nieuw",
  "cli.arg.file": "bestand",

  // wijkbot code
  "cli.code.description": "maak een koppelcode ({days} dagen geldig, één keer te gebruiken) voor een groepsgesprek",
  "cli.code.kind": "kartrekkers of stuurgroep",
  "cli.code.badKind": "Soort moet kartrekkers of stuurgroep zijn.",
  "cli.code.created": "Koppelcode voor {wijk} ({kind}): {code}\nGeldig tot {until}. Typ in de groep: /koppel {code}",
  "cli.wijkNotFound": "Wijk \"{name}\" bestaat niet. Bestaande wijken: {wijken}.",
  "cli.noWijkenYet": "(nog geen)",

  // wijkbot wijk nieuw|lijst
  "cli.wijk.description": "wijken aanmaken en hun pijlers beheren",
  "cli.wijk.new.description": "maak een wijk met de pijlers (en doelen) van een sjabloon",
  "cli.wijk.new.template": "structuur: {templates}",
  "cli.wijk.new.templates": "Sjablonen:",
  "cli.wijk.new.unknownTemplate": "Onbekend sjabloon \"{template}\". Kies uit: {templates}.",
  "cli.wijk.new.nameMissing": "Geef de wijk een naam, bijvoorbeeld: wijk nieuw \"Lewenborg XL\" --sjabloon lewenborg",
  "cli.wijk.new.exists": "Wijk {name} bestaat al; er is niets veranderd.",
  "cli.wijk.new.created": "Wijk {name} is aangemaakt (sjabloon {template}).",
  "cli.wijk.new.pillar": "- {word} {name}{goals}",
  "cli.wijk.new.goals": { one: " ({count} doel)", other: " ({count} doelen)" },
  "cli.wijk.new.next": "Volgende stap: wijkbot code \"{name}\" kartrekkers",
  "cli.wijk.list.description": "alle wijken met hun pijlers",
  "cli.wijk.list.none": "Er zijn nog geen wijken. Maak er een: wijk nieuw \"<naam>\" --sjabloon lewenborg",
  "cli.wijk.list.wijk": "{name}{planYear} — {people} mensen, {chats} gesprekken",
  "cli.wijk.list.planYear": " — planjaar {year}",
  "cli.wijk.list.pillars": "  {words}: {pillars}",
  "cli.wijk.list.noPillars": "(nog geen pijlers)",

  // What a template calls its top level (WIJK_TEMPLATES[…].pillarWord)
  "cli.pillarWords.pijler": "pijlers",
  "cli.pillarWords.opgave": "opgaven",
  "cli.pillarWords.spoor": "sporen",
  "cli.pillarWord.pijler": "pijler",
  "cli.pillarWord.opgave": "opgave",
  "cli.pillarWord.spoor": "spoor",

  // wijkbot wijk instellingen
  "cli.settings.description": "toon de instellingen van een wijk (herinneringen, rustige uren, weekoverzicht, vergaderingen, check), of wijzig ze met --zet",
  "cli.settings.set": "wijziging als JSON, bijvoorbeeld '{example}'",
  "cli.settings.notJson": "Dat is geen geldige JSON. Voorbeeld: --zet '{example}'",
  "cli.settings.invalid": "Die instelling klopt niet ({path}: {problem}). Er is niets veranderd.",
  "cli.settings.updated": "Instellingen van {wijk} bijgewerkt.",
  "cli.settings.help":
    "Zonder --zet toont dit elke sleutel met haar waarde (ook de standaardwaarden); uitleg per sleutel staat in de README, hoofdstuk 13.\n" +
    "Voorbeeld: --zet '{\"meetings\":{\"durationMinutes\":90}}' laat een vergadering 90 minuten duren (15 tot 1440, standaard 120):\n" +
    "zo lang staat ze in de agenda-feed (agenda.ics), en daarna gaan de besluiten rond.",

  // wijkbot wijk pijler toevoegen|hernoemen
  "cli.pillar.description": "pijlers van een wijk toevoegen of hernoemen",
  "cli.pillar.add.description": "voeg een pijler toe (bestaat hij al, dan verandert er niets)",
  "cli.pillar.add.name": "naam van de nieuwe pijler",
  "cli.pillar.added": "Pijler {name} is toegevoegd aan {wijk}.",
  "cli.pillar.exists": "Pijler {name} bestaat al in {wijk}; er is niets veranderd.",
  "cli.pillar.rename.description": "geef een pijler een nieuwe naam (acties en mensen blijven eraan gekoppeld)",
  "cli.pillar.rename.from": "huidige naam",
  "cli.pillar.rename.to": "nieuwe naam",
  "cli.pillar.renamed": "Pijler {from} heet nu {to}.",
  "cli.pillar.alreadyNamed": "Pijler {name} heet al zo; er is niets veranderd.",

  // wijkbot import (src/cli-import.ts, src/services/import-jaarplan.ts)
  "cli.import.description": "importeer een jaarplan (CSV of XLSX met de kolommen van het projectenboek) als acties",
  "cli.import.file": "pad naar het .csv- of .xlsx-bestand",
  "cli.import.dryRunOption": "alleen controleren: toon welke rijen afgekeurd zouden worden, sla niets op",
  "cli.import.summary": "Jaarplan {file} voor {wijk}: {good}, {refused} afgekeurd.",
  "cli.import.good": { one: "{count} rij in orde", other: "{count} rijen in orde" },
  "cli.import.problem": "- rij {row}: {reasons}",
  "cli.import.newPeople": "Nieuwe personen (worden kartrekker): {names}",
  "cli.import.dryRun": "Proefrun: er is niets opgeslagen.",
  "cli.import.wouldRefuse": "Er zouden rijen afgekeurd worden; zie hierboven.",
  "cli.import.nothingImported": "Er is niets geïmporteerd: verbeter eerst de afgekeurde rijen.",
  "cli.import.done": { one: "{count} actie geïmporteerd in {wijk}.", other: "{count} acties geïmporteerd in {wijk}." },
  "cli.import.refusedRows": { one: "1 rij afgekeurd; er is niets geïmporteerd.", other: "{count} rijen afgekeurd; er is niets geïmporteerd." },
  "cli.import.fileType": "Ik lees alleen .csv- en .xlsx-bestanden, niet \"{ext}\".",
  "cli.import.noWorksheet": "Het Excel-bestand heeft geen werkblad.",
  "cli.import.noTitleColumn":
    "De kolom \"Activiteit\" ontbreekt. Verwachte kolommen: Pijler/Opgave, Doel, Activiteit, Eigenaar, Partners, Resultaat, Status, Bereikt, Beoogd, Deadline, Begroot, Besteed, Doelgroep.",

  // Why a row is refused; several are joined with "; "
  "cli.import.titleMissing": "de activiteit (titel) ontbreekt",
  "cli.import.titleTooLong": "de titel is langer dan {max} tekens",
  "cli.import.titleExists": "er bestaat al een actie \"{title}\"",
  "cli.import.unknownPillar": "onbekende pijler \"{pillar}\" (bestaande pijlers: {pillars})",
  "cli.import.noPillars": "geen",
  "cli.import.goalWithoutPillar": "een doel hoort bij een pijler: vul ook Pijler/Opgave in",
  "cli.import.unknownStatus": "onbekende status \"{status}\" (gebruik gepland, bezig, klaar, gestopt of geparkeerd)",
  "cli.import.unknownAgeGroup": "onbekende doelgroep \"{ageGroup}\" (gebruik 0–4 jaar, 4–12 jaar, 12+ jaar of algemeen)",
  "cli.import.badDate": "datum \"{date}\" is niet leesbaar (gebruik bijvoorbeeld 15-03-2027)",
  "cli.import.badReach": "bereik \"{reach}\" is niet leesbaar (gebruik beoogd/bereikt, bijvoorbeeld 300/120)",
  "cli.import.badReached": "bereikt \"{count}\" is geen aantal (gebruik een heel getal, bijvoorbeeld 120)",
  "cli.import.badIntended": "beoogd \"{count}\" is geen aantal (gebruik een heel getal, bijvoorbeeld 300)",
  "cli.import.badPlanned": "begroot \"{amount}\" is geen bedrag",
  "cli.import.badSpent": "besteed \"{amount}\" is geen bedrag",

  // Transcripts' @lid directive (src/services/add-member.ts)
  "cli.member.unknownRole": "onbekende rol \"{role}\" (kartrekker, aanjager, coordinator, stuurgroep, voorzitter)",
  "cli.member.unknownPillar": "onbekende pijler \"{pillar}\"",

  // wijkbot taal (src/cli-taal.ts) and the loading of JSON catalogues (src/i18n/index.ts)
  "cli.arg.code": "code",
  "cli.taal.description": "talen van de bot: welke er zijn, een sjabloon voor een vertaler, en een vertaling controleren",
  "cli.taal.list.description": "toon de talen met hoeveel teksten er vertaald zijn",
  "cli.taal.list.source": "{code}  {name} — bron, {total} teksten",
  "cli.taal.list.line": "{code}  {name} — {done} van {total} teksten vertaald",
  "cli.taal.list.rest": " (de rest in het Nederlands)",
  "cli.taal.template.description": "schrijf alle teksten als JSON naar het scherm, om te vertalen (bewaar als bijvoorbeeld ar.json)",
  "cli.taal.template.from": "de taal waaruit vertaald wordt (standaard nl)",
  "cli.taal.check.description": "controleer een vertaling (een .json-bestand) voordat je hem gebruikt",
  "cli.taal.check.file": "pad naar het .json-bestand",
  "cli.taal.check.summary": "{file}: {done} van {total} teksten vertaald.",
  "cli.taal.check.help": "Regels van /help: {done} van {total} vertaald (de rest in het Nederlands).",
  "cli.taal.check.missing": "Nog niet vertaald ({count}, daar toont de bot Nederlands): {keys}",
  "cli.taal.check.unknown": "Onbekende sleutels ({count}, die toont de bot nooit): {keys}",
  "cli.taal.check.notText": "Geen tekst ({count}): {keys}",
  "cli.taal.check.placeholder": "- {key}: hoort {expected} te bevatten, heeft {found}",
  "cli.taal.check.placeholders": "Andere {…}-plekken dan in het Nederlands ({count}); namen of getallen zouden wegvallen:",
  "cli.taal.check.none": "niets",
  "cli.taal.check.fileName": "Let op: noem het bestand naar de taalcode (bijvoorbeeld ar.json), anders vindt de bot het niet.",
  "cli.taal.check.ok": "In orde. Zet het bestand in src/i18n/ (of in de map van WIJKBOT_CATALOGUES) en herstart de bot; daarna kiest iedereen het met /taal {code}.",
  "cli.taal.check.failed": "Verbeter eerst wat hierboven staat; zo gebruikt is de vertaling onvolledig of fout.",
  "cli.taal.dirMissing": "map met taalbestanden {dir} niet gevonden; overgeslagen",
  "cli.taal.skipped": "taalbestand {file} overgeslagen: {reason}",
  "cli.taal.error.missing": "het bestand bestaat niet",
  "cli.taal.error.json": "geen geldige JSON",
  "cli.taal.error.object": "geen JSON-object met teksten (verwacht: {\"sleutel\": \"tekst\", …})",
  "cli.taal.unknownLanguage": "De taal \"{code}\" ken ik niet. Bekende talen: {languages}.",
} as const satisfies Record<string, CatalogueText>;
