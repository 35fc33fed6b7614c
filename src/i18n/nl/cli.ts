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
  "cli.wijk.new.goals.one": " ({count} doel)",
  "cli.wijk.new.goals.other": " ({count} doelen)",
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
  "cli.import.good.one": "{count} rij in orde",
  "cli.import.good.other": "{count} rijen in orde",
  "cli.import.problem": "- rij {row}: {reasons}",
  "cli.import.newPeople": "Nieuwe personen (worden kartrekker): {names}",
  "cli.import.dryRun": "Proefrun: er is niets opgeslagen.",
  "cli.import.wouldRefuse": "Er zouden rijen afgekeurd worden; zie hierboven.",
  "cli.import.nothingImported": "Er is niets geïmporteerd: verbeter eerst de afgekeurde rijen.",
  "cli.import.done.one": "{count} actie geïmporteerd in {wijk}.",
  "cli.import.done.other": "{count} acties geïmporteerd in {wijk}.",
  "cli.import.refusedRows": "{count} rij(en) afgekeurd; er is niets geïmporteerd.",
  "cli.import.fileType": "Ik lees alleen .csv- en .xlsx-bestanden, niet \"{ext}\".",
  "cli.import.noWorksheet": "Het Excel-bestand heeft geen werkblad.",
  "cli.import.noTitleColumn":
    "De kolom \"Activiteit\" ontbreekt. Verwachte kolommen: Pijler/Opgave, Doel, Activiteit, Eigenaar, Partners, Resultaat, Status, Bereik, Deadline, Begroot, Besteed.",
  // Why a row is refused; several are joined with "; "
  "cli.import.titleMissing": "de activiteit (titel) ontbreekt",
  "cli.import.titleTooLong": "de titel is langer dan {max} tekens",
  "cli.import.titleExists": "er bestaat al een actie \"{title}\"",
  "cli.import.unknownPillar": "onbekende pijler \"{pillar}\" (bestaande pijlers: {pillars})",
  "cli.import.noPillars": "geen",
  "cli.import.goalWithoutPillar": "een doel hoort bij een pijler: vul ook Pijler/Opgave in",
  "cli.import.unknownStatus": "onbekende status \"{status}\" (gebruik gepland, bezig, klaar, gestopt of geparkeerd)",
  "cli.import.unknownAgeGroup": "onbekende doelgroep \"{ageGroup}\" (gebruik 0-4, 4-12, 12+ of algemeen)",
  "cli.import.badDate": "datum \"{date}\" is niet leesbaar (gebruik bijvoorbeeld 15-03-2027)",
  "cli.import.badReach": "bereik \"{reach}\" is niet leesbaar (gebruik beoogd/bereikt, bijvoorbeeld 300/120)",
  "cli.import.badPlanned": "begroot \"{amount}\" is geen bedrag",
  "cli.import.badSpent": "besteed \"{amount}\" is geen bedrag",

  // Transcripts' @lid directive (src/services/add-member.ts)
  "cli.member.unknownRole": "onbekende rol \"{role}\" (kartrekker, aanjager, coordinator, stuurgroep, voorzitter)",
  "cli.member.unknownPillar": "onbekende pijler \"{pillar}\"",
} as const satisfies Record<string, string>;
