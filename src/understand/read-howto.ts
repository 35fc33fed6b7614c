import { fold } from "../parse/text.ts";
import type { CommandRouter } from "../core/router.ts";
import type { Understanding } from "./index.ts";

/** "hoe zet ik een deadline?", "is er een manier om …": a how-to question, answered with that command's help. */
const HOWTO_TOPICS: [RegExp, string][] = [
  [/\b(nieuwe actie|new action|actie (aan)?maken|actie aanmaken|actie toevoegen)\b/, "actie nieuw"],
  [/\bvolgorde\b/, "agenda volgorde"],
  // Undoing a mistake before anything the mistake was about ("set it to done by mistake, how do I undo that").
  [/\b(ongedaan|terugdraaien|undo)\b|\bdraai\b.*\bterug\b/, "ongedaan"],
  // "hoe stuur ik de tussentijdse check nu naar iedereen": sent from /jaarplan check.
  [/\b(stuur|verstuur|versturen|sturen|rondsturen)\b.*\b(check ?-?in|checkin|tussentijdse check)\b/, "jaarplan"],
  [/\b(nieuwe|andere) (link|url)\b|\blink\b.*\b(oude|vernieuwen|ongeldig|niet meer werkt)\b/, "overzicht nieuwe-link"],
  [/\b(verbinding\w*|storing\w*|berichten (\w+ ){0,2}niet (aan)?(kwamen|komen|aankwamen|aankomen))\b/, "status"],
  [/\b(vergadering|meeting)\b.*\b(voorbij|afgelopen|ended|is over)\b|\bna (de|afloop van de) vergadering\b.*\bbesluiten\b/, "vergadering afsluiten"],
  // ("kan ik zomerkamp verplaatsen naar een andere pijler": moving an action, not a new pillar.)
  [/\b(naar|onder|in|bij|to|under) (een |an )?(andere|ander|another|other|different) (pijler|pillar)\b/, "actie pijler"],
  [/\bnaam van (een|de|die) (pijler|pillar)\b|\b(pijler|pillar)\b.*\bnoemen\b/, "pijler hernoem"],
  [/\bniet bij \w+ (hoort|valt)\b|\bhoort (\w+ )?(eigenlijk )?bij (een )?andere\b/, "actie pijler"],
  [/\b(acties|actions) (van|per|uit|in) (een|één|1|de|mijn|one|a) (pijler|pillar)\b/, "acties"],
  [/\bper (pijler|pillar)\b/, "overzicht"],
  [/\b(verwijder\w*|weggooien|gooi (\w+ ){0,3}weg|haal (\w+ ){0,3}weg)\b.*\b(actie|action)\b|\b(actie|action)\b.*\b(dubbel|twee keer)\b.*\b(weg|verwijder\w*)\b/, "actie verwijder"],
  [/\bnaam van (\w+ ){1,4}(actie|project)\b|\b(korter|langer) (\w+ )?(maken|noemen)\b/, "actie hernoem"],
  [/\bherinnering\w* (\w+ ){0,5}(opschuiven|verschuiven|uitstellen|later|paar dagen)\b/, "snooze"],
  [/\b(aantal|hoeveel) (\w+ ){0,2}(kinderen|kids|jongens|meiden|meisjes|ouders|deelnemers|jongeren|mensen|bezoekers|gezinnen)\b|\bbereik\b/, "actie bereik"],
  [/\b(kosten|uitgaven|uitgegeven|bonnetjes|budget|begroting|begroot|bedrag)\b/, "actie budget"],
  [/\b(verslag\w*|verslagje)\b/, "actie update"],
  [/\b(de|een) rol\b|\brol (van|geven)\b|\b(aanjager|voorzitter) (maken|worden)\b/, "rol"],
  [/\b(met|van|over) (één|een|1) actie\b.*\b(alles|erop en eraan)\b|\bhoe het (\w+ ){0,2}met (één|een|1) actie staat\b|\b(laatste )?wijzigingen (van|bij|aan)\b|\bwie wat (heeft )?(aangepast|veranderd|gewijzigd)\b/, "actie info"],
  [/\b(een |zelf een |er een )?(agenda)?punt (\w+ ){0,2}(bij|erbij|toevoegen)\b/, "agendapunt"],
  [/\b(punt|agendapunt)\w*\b.*\b(niet halen|door ?schuiven|schuif (\w+ )?door|volgende keer)\b/, "agenda uitstellen"],
  [/\b\w*rapport\b|\bjaarverslag\b/, "rapport"],
  [/\b(ijskast|parkeren|parkeer|geparkeerd|stil (te )?leggen|stilleggen|stil (te )?zetten|stilzetten)\b/, "actie parkeer"],
  [/\b(0-4|4-12|0 4|4 12|pubers|peuters|kleuters|tieners|twaalfplussers)\b|\b12 ?(\+|plus)/, "actie doelgroep"],
  [/\bvakantie\w* (\w+ ){0,3}(weg|verwijder\w*|weghalen)\b|\bvakantieperiode\w*\b/, "vakantie"],
  [/\b(zijn|haar|hun|iemands|zijn of haar) acties\b.*\b(over|overdragen)\b|\b(overdragen|draag)\b.*\b(zijn|haar|hun|iemands) acties\b/, "overdracht"],
  [/\b(al mijn|alle|mijn) acties\b.*\b(overdragen|overdoen|overnemen|overneemt|aan een (collega|ander)|geven aan|geef)\b|\b(geef|draag)\b.*\b(al mijn|alle|mijn) acties\b.*\bover\b|\b(overdragen|overdracht)\b|\bdraag (ik |je )?(al mijn |mijn |alle )?acties (\w+ )?over\b/, "overdracht"],
  // Specific field changes first: "hoe verander ik de pijler van een actie" is not "a new pillar".
  [/\b(pijler|pillar)\b.*\b(van|bij|of) (een|de|mijn|an?|the) (actie|action)\b|\b(actie|action)\b.*\b(andere|another|other|a different) (pijler|pillar)\b|\b(verander|wijzig|aanpassen|change)\w*\b.*\b(pijler|pillar)\b/, "actie pijler"],
  [/\b(doelgroep|leeftijd|leeftijdsgroep|age group|target group)\b/, "actie doelgroep"],
  [/\b(verwijder\w*|weghalen|wissen|schrappen|delete|remove)\b.*\b(actie|action)\b|\b(actie|action)\b.*\b(verwijder\w*|weghalen|wissen|schrappen|delete|remove)\b/, "actie verwijder"],
  // "hoe zie ik mijn herinneringen": the list, not a new one.
  [/\b(herinneringen|reminders)\b.*\b(zien|bekijken|lijst|overzicht|opvragen|terugvinden|see|view|list)\b|\b(zie|zien|bekijk|bekijken|vind|see|view|list)\b.*\b(herinneringen|reminders)\b/, "herinneringen"],
  [/\bhaal (\w+ ){0,3}(herinnering|reminder)\w* (\w+ )?weg\b|\b(herinnering|reminder)\w* (\w+ ){0,3}weg\b|\b(herinnering|reminder)\w*\b.*\b(stop\w*|uitzetten|weghalen|verwijder\w*|annuleer\w*|cancel|remove)\b|\b(stop\w*|uitzetten|weghalen|verwijder\w*|annuleer\w*|cancel|remove)\b.*\b(herinnering|reminder)\w*\b/, "herinner stop"],
  [/\b(te laat|achterstand|verlopen|overdue|late)\b/, "acties"],
  // "hoe kan ik zien wat ik allemaal moet doen", "… wat er deze week moet gebeuren": the list of actions.
  [/\bwat (ik|er|we|wij) (\w+ ){0,3}(moet|moeten) (doen|gebeuren|oppakken)\b|\bwat (ik|er|we|wij) (\w+ ){0,3}(af|klaar) (moet|moeten)\b|\b(mijn taken|my tasks|what i (still )?have to do)\b/, "acties"],
  // "hoe geef ik een actie aan iemand anders": one action to another owner.
  [/^(?!.*\b(al mijn|alle) acties\b).*\b(actie|action)\b.*\b(aan iemand anders|aan een ander|aan een collega|naar iemand anders|to someone else)\b/, "actie eigenaar"],
  [/\b(wie wat doet|wie doet wat|who does what)\b|\bwie (er )?(\w+ ){0,2}bij welke (organisatie|pijler)\b/, "wie"],
  // ("ik ben 2 weken weg, hoe zorg ik dat iemand mijn herinneringen krijgt": a stand-in while away.)
  [/\b(iemand|een ander|collega|vervanger|someone)\b.*\b(herinneringen|meldingen|reminders)\b.*\b(krijgt|ontvangt|overneemt|gets)\b/, "afwezig"],
  [/^(?!.*\b(rapport|monitor|jaarverslag|report|maandbericht|projectenboek|jaarplan|importeer\w*|import)\b).*\b(excel|spreadsheet|exporteren|export|downloaden|download|csv|pdf|agenda ?link|ics|kalender|mijn agenda|outlook|google agenda|calendar)\b/, "overzicht"],
  // "hoe zet ik iets op de agenda van de stuurgroep": putting an item on it, not reading it.
  [/\b(zet|zetten|plaats|plaatsen|voeg|toevoegen|krijg|breng|brengen|indienen|aanmelden|inbrengen)\b.*\b(op|aan) de agenda\b|\b(breng|brengen) (\w+ ){0,3}punt\w* (\w+ ){0,2}in\b|\bpunt\w* (\w+ ){0,3}(inbrengen|aandragen|indienen)\b|\bagendapunt\w* (toevoegen|indienen|aanmelden|inbrengen|maken|aanleveren)\b|\bagenderen\b/, "agendapunt"],
  [/\b(agenda van de (stuurgroep|vergadering)|agenda zien|agenda bekijken|agenda inzien|agenda (\w+ )?(opvragen|op vragen|lezen)|(zie|bekijk|lees|vind) ik de agenda|vraag (ik |je |we )?de agenda (\w+ )?op|wat (er )?op de agenda staat|what s on the agenda|see the agenda)\b/, "agenda"],
  [/^(?!.*\b(eigenaar|eigenaren|owner|partner|actie|action|herinner\w*|remind\w*)\b).*\b(nieuwe collega|nieuw teamlid|nieuwe kartrekker|iemand (toevoegen|erbij|uitnodigen)|collega (toevoegen|erbij|uitnodigen)|uitnodigen|invite|nodig (\w+ ){0,4}uit)\b/, "rol"],
  [/\b(alles|details|info|informatie|alle gegevens) (van|over) (een|één|1|de|die) (actie|action)\b|\b(actie|action) (bekijken|inzien)\b/, "actie info"],
  [/\b(de status|status (op ?vragen|opvragen|zien|bekijken))\b/, "status"],
  [/\b(welke acties|mijn acties|acties van mij|acties zien|lijst van (de )?acties)\b/, "acties"],
  // ("hoe geef ik een pijler een andere naam": the pillar's.)
  [/\b(pijler|pillar)\b.*\b(andere naam|hernoem\w*|nieuwe naam|rename)\b|\b(hernoem\w*|rename)\b.*\b(pijler|pillar)\b/, "pijler hernoem"],
  [/\b(naam van (een|de|mijn) actie|naam van (de|het|een|mijn) \w+ (veranderen|wijzigen|aanpassen)|actie (hernoemen|een andere naam)|een andere (titel|naam)|hernoem\w*|titel (van|aanpassen|veranderen)|name of (an|the|my) action|rename\w*|action s name|title of (an|the) action)\b/, "actie hernoem"],
  [/\b(vergadering (af ?sluiten|sluiten)|sluit\b.*\bvergadering\b.*\baf|sluit\b.*\baf\b.*\bvergadering)\b|\bvergadering\b.*\baf( ?sluiten)?\b/, "vergadering afsluiten"],
  [/\bwanneer (we|wij|de stuurgroep) (\w+ )?(vergaderen|vergadert|bij elkaar komen)\b|\b(vergaderingen|meetings)\b.*\b(zien|bekijken|overzicht|lijst|opvragen|see|view|list)\b|\b(zie|bekijk|see|view)\b.*\b(vergaderingen|meetings)\b/, "vergaderingen"],
  [/\b(vakanties?|vrij|afwezig)\b.*\b(herinnering\w*|meldingen)\b|\bvakantie (in ?(stellen|voeren|zetten)|aangeven|doorgeven)\b|\bzet ik vakantie\b/, "vakantie"],
  [/\b(wie er (allemaal )?in|wie (is wie|wie is|zitten|doen mee)|teamleden|wie er meedoen|het team|de mensen)\b/, "wie"],
  // "hoe prik ik een datum met de groep": a date poll, not a deadline.
  [/\b(kies|kiezen|uitkiezen|choose|pick)\b.*\b(prikker|datumprikker|poll)\b/, "datumprikker kies"],
  [/\b(datumprikker|datum prikken|prik|prikt|prikken|prikker|poll)\b/, "datumprikker"],
  // "hoe kan ik zien wat de stuurgroep besloten heeft": the decisions so far.
  [/\blijst (met|van) (alle )?(de )?(besluiten|beslissingen)\b|\b(besloten|besluiten|beslissingen|decisions|decided)\b.*\b(zien|bekijken|terugzien|terugvinden|teruglezen|lijst|opvragen|overzicht|see|view|list)\b|\b(zie|zien|bekijk|bekijken|vind|vinden|lees|lezen|see|view)\b.*\b(besloten|besluiten|beslissingen|decisions|decided)\b|\bbesluitenlijst\b/, "besluitenlijst"],
  [/\b(deadline|datum|einddatum|due)\b/, "actie deadline"],
  [/\b(nieuwe actie|actie (aan)?maken|actie toevoegen|actie aan|new action|add an action|create an action|actie invoeren|actie erbij)\b/, "actie nieuw"],
  [/\b(eigenaar|eigenaren|owner)\b/, "actie eigenaar"],
  [/\b(snooze|snoozen|uitstellen van (een|de) herinnering|herinnering\w* (\w+ ){0,3}(op pauze|pauzeren|even stil|tot volgende week)|herinnering (\w+ ){0,4}(uitstellen|later)|stel (ik |je )?(een |de |die |mijn )?herinnering (\w+ )?uit)\b/, "snooze"],
  [/\b(herinner\w*|remind\w*|seintje)\b/, "herinner"],
  [/^(?!.*\b(vergadering|meeting|herinnering)\b).*\b(verzetten|verschuiven|uitstellen|later zetten|postpone)\b/, "actie deadline"],
  [/\b(afwezig|afwezigheid|\w*verlof|out of office)\b|\b(als|wanneer|zodra) ik (\w+ ){0,2}(op vakantie|met vakantie|weg|ziek|met verlof|er niet) (ga|ben|is)\b|\b(ik ben|ben ik|dat ik|als ik|i am|i m) (\w+ )?(op |met )?(vakantie|weg|ziek|er niet)\b|\bik (\w+ ){0,2}(ziek|weg|afwezig|op vakantie|met vakantie|er niet) (ben|bent|is)\b/, "afwezig"],
  [/\b(datumprikker|datum prikken|prikken|poll)\b/, "datumprikker"],
  // "hoe werkt het met vakanties": the school holidays in which reminders pause.
  [/\b(vakanties|schoolvakantie\w*|vakantieperiode\w*|holidays)\b|^(?!.*\b(ik|i)\b).*\bvakantie\b/, "vakantie"],
  [/\b(weekoverzicht|weekly digest|digest)\b/, "weekoverzicht"],
  [/\b(wijkkrant|nieuwsbrief|maandbericht|stukje voor|newsletter)\b/, "maandbericht"],
  [/\b(rapport|monitor|jaarverslag|report)\b/, "rapport"],
  [/\b(check[ -]?in|checkin|tussentijdse check)\b/, "checkin"],
  [/\b(code)\b.*\b(telegram|whatsapp|teams|groep|bot)\b|\b(telegram|whatsapp|teams)\b.*\bcode\b/, "koppel"],
  [/\b(schuif|schuiven|doorschuiven|uitstellen)\b.*\b(agenda)?punt\b|\b(agenda)?punt\b.*\b(doorschuiven|uitstellen|door naar)\b/, "agenda uitstellen"],
  [/\b(vergeet mij|vergeetmij|gegevens (laten )?(verwijderen|wissen)|forget me)\b/, "vergeetmij"],
  [/\b(mijn gegevens|welke gegevens|privacy|my data)\b/, "mijngegevens"],
  [/\b(pijler|pillar)\b/, "pijler nieuw"],
  [/\b(jaarplan|importeren|import)\b/, "jaarplan"],
  [/\b(agenda\w*)\b/, "agendapunt"],
  [/\b(eigenaar|owner|overdragen|overdracht)\b/, "actie eigenaar"],
  [/\b(bereik|bereikt|bereiken|reach|reached|aantal (kinderen|ouders|deelnemers|jongeren|mensen|gezinnen)|hoeveel (kinderen|ouders|deelnemers|jongeren|mensen|gezinnen)|deelnemers|how many (children|kids|people|parents))\b/, "actie bereik"],
  [/\b(budget|begroting|geld|uitgave\w*|uitgegeven|kosten|besteed|spent|hoeveel euro|how much money)\b/, "actie budget"],
  // "hoe laat ik weten wat ik gedaan heb": telling how it went is an update.
  [/\b(update|voortgang|notitie|progress|note)\b|\bwat (ik|we|wij) (\w+ ){0,3}gedaan (heb|hebben)\b|\bwhat (i|we) (ve |have )?done\b/, "actie update"],
  [/\b(klaar|afronden|afgerond|afvinken|af te (vinken|ronden|sluiten|melden|zetten)|vink (\w+ ){0,3}af|af zetten|afmelden|af is|is af|af zijn|zijn af|gereed|done|finish\w*|afsluiten|sluit (\w+ ){0,3}af)\b/, "actie klaar"],
  [/\b(stoppen|stop|gestopt|stopzetten|annuleren|geannuleerd|cancel\w*)\b/, "actie stop"],
  [/\b(parkeren|parkeer|geparkeerd|pauze|on hold|park|stilzetten|stil zetten|stilleggen|zet (\w+ ){0,3}stil)\b/, "actie parkeer"],
  [/\b(op bezig|bezig zetten|starten|gestart|in progress|started)\b/, "actie bezig"],
  [/\bmijn (naam|organisatie|gegevens aanpassen)\b/, "ik"],
  [/\b(\w*partner\w*|organisatie)\b/, "actie partner"],
  [/\b(besluit|besluiten|decision)\b/, "besluit"],
  [/\b(\w*vergadering|meeting|stuurgroep)\b/, "vergadering nieuw"],
  [/\b(ongedaan|terugdraaien|undo)\b|\bdraai\b.*\bterug\b/, "ongedaan"],
  [/\b(taal|engels|english|language)\b/, "taal"],
  // "hoe koppel ik mijn telefoon / whatsapp aan telegram": the sender's own accounts, not a group.
  [/\b(koppel\w*|link\w*|verbind\w*)\b.*\b(mijn (telefoon|account|nummer|whatsapp|telegram|teams)|ander (platform|account|nummer)|andere (telefoon|app))\b|\b(whatsapp|telegram|teams)\b.*\b(koppel\w*|verbind\w*|link\w*)\b.*\b(whatsapp|telegram|teams)\b/, "ik koppel"],
  [/\b(koppel\w*|link)\b/, "koppel"],
  [/\b(overzicht|overview|board)\b/, "overzicht"],
  [/\b(naam|name)\b/, "ik"],
  // Last: the plain words people use when none of the above is said.
  [/\b(af heb|af hebben|af is|af zijn|afgerond|klaar is|opgeleverd|gelukt)\b/, "actie klaar"],
  [/\b(niet door ?gaat|niet doorgaan|gaat niet door|afgelast|afblazen|niet meer door)\b/, "actie stop"],
  [/\b(stil ?zetten|stil ?leggen|pauzeren|pauze|tijdelijk (stoppen|stilzetten|niet)|even niet|on hold)\b/, "actie parkeer"],
  [/\b(begonnen|begint|beginnen|gestart|van start|weer openen|heropenen|weer oppakken|opnieuw openen|reopen|started)\b/, "actie bezig"],
  [/\b(er (\w+ ){0,3}niet (ben|bent|is)|niet (aanwezig|bereikbaar) (ben|bent|is)|weg ben|vrij ben|niet werk)\b/, "afwezig"],
  [/\b(alles van mij|mij (laten )?(verwijderen|wissen|vergeten)|account (verwijderen|opheffen))\b/, "vergeetmij"],
  [/\b(van mij|over mij|about me)\b.*\b(op ?slaan|opgeslagen|bewaren|bewaard|weten|weet|store|keep)\b|\b(op ?slaan|opgeslagen|bewaren|bewaard|weet|weten)\b.*\b(van mij|over mij)\b/, "mijngegevens"],
  [/\b\d+ (kinderen|ouders|deelnemers|jongeren|mensen|bezoekers|gezinnen)\b|\b(kinderen|ouders|deelnemers|jongeren|mensen|bezoekers) (er )?(waren|kwamen|geweest)\b/, "actie bereik"],
  [/\b(all|alle|see|zie|zien|bekijken|view) (the )?(actions|acties)\b|\b(actions|acties)\b.*\b(zien|bekijken|see|view|list)\b/, "acties"],
  [/\b(plannen|inplannen|beleggen|schedule|organiseren)\b.*\b\w*(vergadering|overleg|meeting)\b|\b\w*(vergadering|overleg|meeting)\b.*\b(plannen|inplannen|beleggen|schedule)\b/, "vergadering nieuw"],
];

/** "hoe zet ik een deadline?" → that command's help. */
export function readHowTo(f: string, text: string, router: CommandRouter): Understanding | undefined {
  // "is er ergens een lijst van alles wat ik tegen je kan zeggen", "hoe werkt dat met die commando's": all of it.
  if (/\b(lijst|overzicht) (van|met) (alles|alle commandos|alle commando s|de commandos|de commando s) (wat|die) (ik|je|we)\b|\b(hoe werkt|how does) (dat|dit|het|that|this|it) (\w+ ){0,2}(met|with) (die|de|deze|the|those) (commandos|commando s|schuine strepen|commands)\b|\b(schuine streep|slash)\b.*\b(beginnen|typen|begin|start)\b/.test(f)) return { kind: "run", text: "/help" };
  // ("ik sta nergens bij toch? wat kan ik met deze bot": what the bot is for, asked anywhere.)
  if (/\bwat (kan|kun) ik (allemaal |eigenlijk |precies |nou |dan )*(met|bij) (jou|je|u|de bot|wijkbot|deze bot|dit ding|deze app)\b|\bwhat can i (do|ask) (with|from) (you|this bot|the bot)\b/.test(f)) return { kind: "run", text: "/help" };
  // "ben je er nog?", "werkt dit ding nog", "?": whether the bot is there — it is, and this is what it does.
  if (/^(?:wijkbot )?(?:(?:ben je|bent u|are you) (?:er|daar|there|still there|nog daar|wakker)(?: nog)?|werkt (?:dit|deze|de|het|je|jij) ?(?:ding|bot|app|wijkbot)? ?(?:nog|eigenlijk|wel)?|is (?:dit|deze) (?:ding|bot) (?:nog )?(?:aan|wakker|online))$/.test(f) || /^\s*\?+\s*$/.test(text)) return { kind: "run", text: "/help" };
  if (/^(help|hulp|helpen|\?|wat kun je|wat kan je|wat kun jij|wat kan jij|wat doe je|what can you do|wat kan ik (allemaal |eigenlijk |precies )*(met|bij) (jou|je|u|de bot|wijkbot|deze bot|dit ding|deze app)|what can i (do|ask) (with|from) (you|the bot)|commandos|commando s|uitleg|welke (commandos|commando s|opdrachten) (zijn er|heb je|kan ik)|which commands)\b/.test(f)) {
    const topic = HOWTO_TOPICS.find(([p]) => p.test(f.replace(/^(help|hulp)\s*/, "")));
    return { kind: "run", text: topic && f.split(" ").length > 1 ? `/help ${topic[1]}` : "/help" };
  }
  const asksHow =
    /^(?:(?:en|maar|ok|oke|nou|dus|and|so)\s+)?(hoe|how)\b/.test(f) && !/^(?:(?:en|maar|ok|oke|nou|dus|and|so)\s+)?(hoe|how) (staat|gaat|loopt|is|zijn|staan|lopen|zit|zitten|ver|vaak|laat|veel|lang|are|is|far|about|much|many|often|long|late|soon|old)\b/.test(f) ||
    // ("kan ik de naam van de techniekdag veranderen? hoe", "kan ik via jou een datumprikker maken?")
    /\b(hoe|how)\s*$/.test(f) || /\b(hoe|how)\s*\?/i.test(text) || /^(kan|kun|mag) ik (via|met|bij) (jou|je|de bot|wijkbot)\b/.test(f) ||
    // ("is er een manier om …", "ik snap niet hoe …", "can you explain …", "wat is de bedoeling als …", "hoe heet dat commando",
    // "hoe verander je de naam", "hoe gooi ik er eentje weg": asking how, anywhere in the message.)
    /\b(is er (een |ook een |ergens een )?(manier|mogelijkheid|optie|commando|functie)|is het mogelijk om|(ik )?(snap|begrijp|weet|snapte|wist) (het )?(niet|nie|nog niet) (goed |precies |zo goed )?hoe|(can|could) you explain|explain (how|what)|leg (\w+ ){0,3}uit|wat is de bedoeling (als|met|bij|wanneer|na)|hoe heet (dat|dit|het|die|de) (commando|opdracht)|welke? (commando|opdracht|command)\b|hoe gaat (dat|dit|het) (dan|precies|in zijn werk)|hoe werkt (dat|dit|het)\b)/.test(f) ||
    /\bhoe (?!(?:staat|gaat|loopt|is|zijn|staan|lopen|zit|zitten|ver|vaak|veel|lang|laat (?!ik|je|we))\b)\w+ (ik|je|jij|u)\b/.test(f) ||
    /\bwat moet ik (er )?(mee|ermee|mee doen|ermee doen|doen met)\b/.test(f) ||
    // ("wat moet ik doen als ik op vakantie ga?", "ik ga met verlof, hoe regel ik dat": how to, for a situation.)
    /\bwat (moet|kan) ik doen (als|wanneer|zodra|if|when)\b|\bhoe (regel|organiseer|zorg|krijg|meld|geef) (ik|je|we) (dat|dit|het|zoiets)\b|\bwhat (do|should) i do (if|when)\b/.test(f) ||
    /\b(hoe (moet|kan|doe|zet|maak|voeg|werkt|draag|geef|vink|haal)|hoe laat ik (\w+ )?weten|how (do|can|to)|kun je uitleggen|(kunt u|kun je|kan je) (mij |me )?uitleggen|op welke (wijze|manier)|wat moet ik typen|wat typ ik|welke? (commando|opdracht|command) (\w+ ){0,3}(ik|je|u|we)\b|which command|what command)\b/.test(f) ||

    // "kan ik de bot ook in het engels gebruiken?", "can I use this in English": the language setting.
    (/^(kan ik|kun ik|mag ik|kunnen we|can i|could i|is het mogelijk|is dat mogelijk)\b/.test(f) && /\b(engels|english|in het nederlands|in dutch|andere taal|other language)\b/.test(f));
  // "wat doet checkin precies": what a command does — its help.
  // ("wat is de agenda?" asks for the agenda itself: "is" only with the word "commando".)
  const named = (f.match(/^(?:wat (?:doet|betekent)|what does) (?:het |de |the )?(?:commando |command )?\/?([a-z][a-z-]+)(?: (?:precies|eigenlijk|exactly|do))?$/) ?? f.match(/^(?:wat is|what is) (?:het |the )?(?:commando|command) \/?([a-z][a-z-]+)(?: (?:precies|eigenlijk|exactly))?$/))?.[1];
  // ("what's this weekly digest thing?", "wat is dat weekoverzicht eigenlijk": a command named as a thing.)
  const thing = named ? undefined : f.match(/^(?:wat is|what is|whats|what s|wat betekent)\s+(?:dat|die|dit|deze|het|de|this|that|the)\s+((?:\S+\s+){0,2}\S+?)\s+(?:ding|dingetje|thing|eigenlijk|precies|exactly|about)\b/)?.[1];
  const thingCommand = thing ? router.commands.find((c) => [c.name, ...(c.aliases ?? [])].some((n) => fold(n).length >= 5 && fold(n) !== "actie" && ` ${thing} `.includes(` ${fold(n)} `))) : undefined;
  if (thingCommand) return { kind: "run", text: `/help ${thingCommand.name}` };
  const namedCommand = named ? router.commands.find((c) => [c.name, ...(c.aliases ?? [])].some((n) => fold(n) === named)) : undefined;
  if (namedCommand) return { kind: "run", text: `/help ${namedCommand.name}` };
  // ("is de taal ook in het Arabisch te zetten?": whether something can be set — the help that says how.)
  const canBeSet = (/^(is|zijn|kan|kun|mag)\b/.test(f) && /\b(te zetten|in te stellen|instellen|mogelijk|possible)\b/.test(f)) ||
    // ("kan ik ook mijn gegevens laten verwijderen als ik stop?": whether one may, about one's own things — the help that says how.)
    // ("kan ik zomerkamp verplaatsen naar een andere pijler?": whether a thing can be done at all, said without a value.)
    (/^(kan|kun|mag) ik\b/.test(f) && /\b(naar|onder|in|aan|to) (een |an )?(andere|ander|another|other|different) (pijler|pillar|eigenaar|owner|naam|name)\b/.test(f)) ||
    /^(kan|kun|mag) ik (ook |eigenlijk |zelf |later )*(mijn|mn|m n) (gegevens|data|account|naam|taal|herinneringen|profiel) (\w+ )?(laten )?(verwijderen|wissen|weghalen|aanpassen|veranderen|wijzigen|exporteren|downloaden|inzien|opvragen)\b/.test(f);
  if (!asksHow && !canBeSet) return undefined;
  const topic = HOWTO_TOPICS.find(([p]) => p.test(f));
  if (!asksHow && !topic) return undefined;
  const known = topic && router.commands.some((c) => c.name === topic[1]);
  return { kind: "run", text: known ? `/help ${topic![1]}` : "/help" };
}
