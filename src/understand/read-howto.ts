import { editDistance, fold } from "../parse/text.ts";
import type { CommandRouter } from "../core/router.ts";
import type { Understanding } from "./index.ts";

/** "hoe zet ik een deadline?", "is er een manier om …": a how-to question, answered with that command's help. */
const HOWTO_TOPICS: [RegExp, string][] = [
  [/\b(nieuwe actie|new action|actie (aan)?maken|actie aanmaken|actie toevoegen)\b/, "actie nieuw"],
  // ("wat is de juiste volgorde van woorden" is about typing a command, not the agenda.)
  [/^(?!.*\bvolgorde van (de )?(woorden|tekst|het commando)\b).*\bvolgorde\b|\b(the )?order of (the )?(agenda|items)\b|\breorder\b/, "agenda volgorde"],
  // Undoing a mistake before anything the mistake was about ("set it to done by mistake, how do I undo that").
  [/\b(ongedaan|terugdraaien|undo)\b|\bdraai\b.*\bterug\b|\b(per ongeluk|per abuis|verkeerd|verkeerds|fout)\b.*\b(ingevoerd|ingetypt|getypt|gezet|ingesteld|gedaan)\b.*\b(terug|ongedaan|herstellen)\b/, "ongedaan"],
  // The date poll: voting ("wat moet ik terugtypen bij de prikker", "welke data mij uitkomen") before choosing, before making one.
  [/\b(stem|stemmen|stemt|vote|voting|terugtypen|terug typen|terugsturen|terug sturen|antwoorden|beantwoorden|reageren|reageer|aangeven|doorgeven|opgeven|respond|reply|answer|fill in)\b.*\b(datumprikker|prikker|poll)\b|\b(datumprikker|prikker|poll)\b.*\b(stem|stemmen|stemt|vote|voting|terugtypen|terug typen|terugsturen|terug sturen|antwoorden|beantwoorden|reageren|reageer|invullen|(optie|opties|option|options) \d|aangeven|doorgeven|opgeven)\b/, "datumprikker stem"],
  [/^(?!.*\b(vakantie|verlof|afwezig\w*)\b).*(\b(ik|i) (\w+ ){0,3}(kan|kun|can)\b.*\b(prikker|datumprikker|poll)\b|\b(welke|which) (data|datums|dagen|avonden|dates|days|options) (\w+ ){0,2}(work|works|suit|suits|passen|past|uitkomen|uitkomt)\b|\b(welke|which) (data|datums|dagen|avonden|momenten|opties|tijden|dates|days|options)\b.*\b(ik|mij|me|i)\b.*\b(kan|kun|uitkomen|uitkomt|passen|past|can|suits?|works?)\b|\bgeen (enkele )?(van de )?(datum|data|datums|opties|optie)\b.*\b(kan|kun|past|passen|uitkomt)\b)/, "datumprikker stem"],
  [/\b(kies|kiezen|uitkiezen|sluit|sluiten|afsluiten|choose|pick|close)\b.*\b(prikker|datumprikker|poll)\b|\b(datumprikker|prikker|poll)\b.*\b(kiezen|uitkiezen|sluiten|afsluiten|vastleggen|definitief|choose|pick|close)\b/, "datumprikker kies"],
  // The interim check: who answered is its stand (/checkin); answering it is /check.
  [/^(?=.*\b(check|checkin|tussentijdse check|tussenstand)\b).*(\b(wie|hoeveel|welke mensen|who|how many)\b.*\b(geantwoord|beantwoord|ingevuld|gereageerd|teruggestuurd|answered|responded|replied|filled|nog niet|still|not yet)\b|\bstand van (de )?(check|checkin|tussentijdse))/, "checkin"],
  [/^(?=.*\b(check|checkin|tussentijdse|tussenstand)\b).*\b(beantwoord\w*|antwoord\w*|invullen|ingevuld|aangeven|doorgeven|ervoor staan|reageer|reageren|terugsturen|terug sturen|terugtypen|terug typen|cijfer\w*|op koers|loopt achter|answer\w*|respond|reply|fill)\b/, "check"],
  [/\btussenstand\b/, "check"],
  // Messages that did not arrive, a connection that may be down: /status (the weekly digest has its own help).
  [/^(?!.*\b(weekoverzicht|digest|weekly|maandbericht)\b).*(\bniet (\w+ ){0,2}(aangekomen|aankwamen|aankomen|aankomt|ontvangen|verstuurd|verzonden|doorgekomen|doorkomen|bezorgd|afgeleverd|binnengekomen)\b|\b(kreeg|krijgt|kregen|ontving|ontvangt) (\w+ ){0,2}(niks|niets|geen berichten|nothing)\b|\b(niks|niets|nothing) (\w+ ){0,3}(kreeg|krijgt|ontvangen|ontving|got|received)\b|\b(failed|didn t|did not|not) (to )?(send|sent|arrive|arrived|deliver\w*|come through)\b|\b(goed|wel) (\w+ ){0,2}(verstuurd|aangekomen|doorgekomen|verzonden|bezorgd)\b|\b(berichten|messages)\b.*\b(aangekomen|afgeleverd|bezorgd|verstuurd|verzonden|delivered|arrived)\b|\b(delivered|delivery|afgeleverd)\b|\b(koppeling\w*|verbinding\w*|connection\w*)\b.*\b(werkt|werken|goed|kapot|down|works|working)\b|\b(bot|wijkbot)\b (\w+ ){0,2}(nog |wel |goed )?(werkt|works|working|draait|running|online)\b)/, "status"],
  // Taking the open actions into the next plan year, or starting one: /jaarplan.
  [/\b(planjaar|jaarplan\w*|jaaroverzicht|year ?plan|plan year)\b|\b(acties|actions)\b.*\b(nieuwe|volgend|volgende|next|new) (plan ?)?(jaar|year)\b|\b(acties|actions|punten)\b.*\b(meenemen|mee|overzetten|doorzetten|doorschuiven|overhevelen|carry|over|naar)\b.*\b(jaar|year|20\d\d)\b|\b(het|nieuw|nieuwe|volgend|volgende|next|new) (plan ?)?(jaar|year)( 20\d\d)?\b.*\b(starten|beginnen|instellen|inrichten|klaarzetten|aanmaken|inzetten|set up|start)\b/, "jaarplan"],
  // One action handed to someone else ("hoe draag ik een actie over aan een collega", "dat iemand anders mijn actie overneemt"):
  // its owner — all of one's actions are /overdracht, below.
  [/^(?!.*\b(al (mijn|mn|zijn|haar)|alle|all|mijn|my) (acties|actions)\b).*(\b(een|die|deze|mijn|mn|één|1|an?|my) (actie|action)\b.*\b(overdragen|overgeven|overnemen|overneemt|overpakt|overpakken|hand over|take over|takes over)\b|\b(iemand anders|een ander|een collega|someone else)\b (\w+ ){0,2}(mijn|die|de|een) (actie|action)\b)/, "actie eigenaar"],
  // "hoe stel ik een punt voor voor de volgende vergadering": proposing an agenda item, not planning a meeting.
  [/\b(agenda)?punt\w*\b.*\bvoorstellen\b|\bvoorstellen\b.*\b(agenda)?punt\w*\b/, "agendapunt"],
  // ("hoe kan ik een punt voor de agenda van de stuurgroep insturen": sending in an item.)
  [/\b(agenda)?punt\w*\b.*\b(insturen|instuur|aanleveren|indienen|aandragen|inbrengen|opsturen)\b|\b(insturen|aanleveren|indienen|aandragen|inbrengen)\b.*\b(agenda)?punt\w*\b/, "agendapunt"],
  // "hoe kan ik zien waar de anderen in mijn pijler mee bezig zijn": the actions of a pillar.
  [/\b(in|binnen|van|bij) (mijn|onze|de|die|deze|een|my|our) (pijler|pillar)\b.*\b(bezig|doen|doet|acties|actions|working on|doing)\b|\b(bezig|doen|doet|acties)\b.*\b(in|binnen|van) (mijn|onze|my|our) (pijler|pillar)\b/, "acties"],
  // Handing over all of one's (or someone's) actions: /overdracht; one action to someone else is "actie eigenaar".
  [/^(?!.*\b(excel|csv|pdf|export\w*|download\w*|agenda|pijler|pillar|weg ben|afwezig|vakantie|ziek|verlof|waarneemt|waarnemen|vervangt|zolang)\b).*(\b(al (mijn|mn|zijn|haar|zn|hun)|alle|mijn|mn|zijn|haar|al het|my|all)\b (\w+ ){0,2}(acties|actions|werk|taken|zaken|dossiers|projecten|work|tasks)\b.*\b(overdragen|overdracht|overgeven|over (aan|naar|als|want|omdat|wanneer|zodra|voordat|~)|over$|overzetten|overnemen|overhevelen|door (aan|naar)|opvolger|op naam|iemand anders|een ander|collega|over to|to (someone|somebody|a colleague|another|my successor))\b|\b(iemand anders|een ander|collega|opvolger|someone else)\b.*\b(al (mijn|mn|zijn|haar)|alle|all) (\w+ ){0,2}(acties|actions|werk|taken|zaken|dossiers|work|tasks)\b|\b(acties|actions|werk|taken) van\b.*\b(overzetten|overdragen|overhevelen|overnemen|naar|op naam van|to)\b|\b(acties|actions|werk|taken)\b.*\b(overdragen|overgeven|overzetten|overhevelen|overnemen)\b|\b(hand over|handover|hand off|transfer|take over|taking over)\b|\bopvolger\b)/, "overdracht"],
  // ("hoe meld ik me af als ik met groep 8 op kamp ben", "how do I set myself as away?": away for a while, not leaving.)
  [/^(?!.*\b(stop|stopt|stoppen|vertrek\w*|weggaat|weg ga|uit dienst|andere baan|nieuwe baan)\b).*\bmeld (ik )?(me|mij) (\w+ ){0,2}af (als|wanneer|zolang) (ik|i)\b|\b(set|mark|zet) (myself|me|mezelf|mij) (as |als |op )?(away|afwezig)\b|\bop kamp\b/, "afwezig"],
  // Someone leaving the team for good: /vertrek (a while away is /afwezig).
  [/\b(vertrek\w*|vertrokken|uit dienst|(andere|nieuwe) (baan|werkgever|job)|offboard\w*|weggaat|weg gaat|(gaat|ga|gaan) (\w+ ){0,3}weg bij|(stopt|stop|stoppen) (\w+ ){0,2}(bij|met) (de|het|mijn|onze|ons) (organisatie|team|wijk|project|werk|wijkplan|wijkteam|plan)|(stop|stopt|stoppen) met (werken|mijn werk|mijn functie)|niet meer (werkzaam|in dienst)|(who|someone who) (has )?left|left (the|our) (team|organisation|organization|wijk|neighbourhood)|is leaving|leaves (the|our))\b/, "vertrek"],
  // Being unavailable for a while ("niet beschikbaar", "met verlof", "wie mij vervangt"): /afwezig.
  [/\b(niet beschikbaar|onbeschikbaar|unavailable|not available|niet bereikbaar|niet aanwezig|afwezig\w*|\w*verlof|out of office|absent|absence|on leave|ziek|ziekgemeld|sick|vervanger|waarnemer|waarneming|stand ?in|(mij|me) (\w+ )?vervang\w*|(als|dat|wanneer|zodra) (ik|i) (\w+ ){0,2}weg (ben|bent|zijn|am)|(i m|i am|i ll be|i will be|be|being) (\w+ ){0,2}(away|on holiday|on vacation|off sick|off)\b|\b(day off|days off|time off|annual leave)|away (for|until|till|from|next)|(ik|we|wij|i) (\w+ ){0,2}er (\w+ ){0,3}niet (ben|bent|zijn)|\ber (\w+ ){0,3}(week|weken|dag|dagen|maand|maanden|\w*vakantie|zomer|periode|tijdje) (\w+ )?niet|tijdje (\w+ )?weg|(weken|dagen|maand|maanden|periode|tijdje) (\w+ ){0,2}(weg|er niet)|afmelden (voor|tot|t m|tijdens))\b/, "afwezig"],
  // The school holidays in which deadline reminders pause ("herinneringen pauzeren tijdens de kerstvakantie").
  // ("hoe zet ik een herinnering voor na de herfstvakantie": a reminder, the holiday only says when.)
  [/^(?!.*\b((ik|i) (\w+ ){0,2}(op|met) vakantie|(mijn|my) vakantie)\b)(?!(?!.*\b(geen|niet|no|not)\b).*\b(zet|maak|plan|stel|set|make) (ik|je|we|i|you) (een|a) (herinnering|reminder)\b).*(\b\w*vakantie\w*\b.*\b(inzetten|instellen|invoeren|toevoegen)\b|\b(herinnering\w*|reminders|meldingen|notificaties)\b.*\b(\w*vakantie\w*|holidays?|feestdagen)\b|\b(schoolvakantie\w*|school vakantie\w*|vakantieperiode\w*|kerstvakantie|zomervakantie|meivakantie|herfstvakantie|voorjaarsvakantie|krokusvakantie|school holidays)\b)/, "vakantie"],
  // ("hoe geef ik iemand een andere rol?": a role, whichever.)
  [/\b(een )?(andere|nieuwe) rol\b|\brol (geven|veranderen|wijzigen|aanpassen|toekennen)\b|\b(change|give|assign) (someone s |somebody s |a )?(role|another role|a new role)\b/, "rol"],
  // Making someone aanjager, coördinator, voorzitter: /rol (not "als voorzitter doe ik …").
  [/^(?!.*\b(als (\w+ )?(aanjager|coordinator|voorzitter|kartrekker|chair)|herinner\w*|remind\w*|bericht|vergadering|agenda\w*|actie|action)\b).*\b(maak|maken|make|benoem\w*|wordt|worden|word|become|geef|geven|aanstellen|zet|zetten|promoveer\w*|aanwijzen|wijs)\b (\w+ ){0,4}(tot |als |to )?(aanjager|coordinator|voorzitter|kartrekker|stuurgroeplid|chair|admin|beheerder|lid van de stuurgroep|in de stuurgroep)\b|\b(tot|als) (aanjager|coordinator|voorzitter|kartrekker|stuurgroeplid) (\w+ )?(benoem\w*|maken|aanstellen|aanwijzen)\b|\b(rechten|bevoegdheden|toegang|permissions|access|rollen|role|roles)\b|\b(add|invite) (\w+ ){0,2}(to|into) (the |our )?(team|wijk|bot|neighbourhood)\b/, "rol"],
  // How I am shown (name, organisation): /ik.
  [/^(?!.*\b(op (mijn|mn) naam|actie\w*|action\w*|partner\w*|gegevens|data)\b).*(\b(hoe|zoals|wat) (ik|mijn naam) (\w+ ){0,3}(getoond|weergegeven|genoemd|vermeld|sta|heet)\b|\b(ik|mij|me|i|my name) (\w+ ){0,3}(getoond|weergegeven|displayed|shown|appear)\b|\b(ik sta|sta ik) (er |erin )?(als|zonder)\b|\b(welke|mijn|which) (organisatie|organisation|organization) (ik|i) (\w+ )?(werk|zit|hoor|work)\b|\b(display ?name|weergavenaam|schermnaam|gebruikersnaam|username|profiel\w*|profile)\b|\b(mijn|mn|my) (eigen )?(naam|organisatie\w*|werkgever|functie|name|organisation|organization)\b)/, "ik"],
  // ("hoe verwijder ik m'n gegevens bij jullie": erased.)
  [/\b(verwijder|verwijderen|wis|wissen|delete|remove|erase)\b (\w+ ){0,2}(m n |mn |mijn |my |al mijn |all my )(\w+ )?(gegevens|data)\b/, "vergeetmij"],
  // Having everything about me erased (/vergeetmij) before seeing it (/mijngegevens).
  [/\b(my|mijn) (?:\w+ )?(data|gegevens)\b.*\b(removed|deleted|erased|verwijderd|gewist|weg)\b|\b(stop|stoppen) (\w+ ){0,2}met (de|deze) (bot|wijkbot|app)\b|\balles (\w+ ){0,2}(laten )?(wissen|vergeten)\b|\b(vergeet mij|vergeetmij|vergeten worden|forget me|forget about me|right to be forgotten)\b|\b(gegevens|persoonsgegevens|account|profiel|alles van mij|mezelf)\b (\w+ ){0,3}(laten )?(verwijderen|wissen|weghalen|vergeten|opheffen|uitschrijven|gewist|verwijderd|delete|erase|removed?)\b|\b(verwijder\w*|wis|delete|erase|remove|opheffen)\b (\w+ ){0,2}(mijn|my|mn) (gegevens|data|account|profiel|profile)\b|\b(word|wordt) (ik|mijn \w+) (\w+ ){0,4}(gewist|verwijderd|vergeten|erased|deleted)\b/, "vergeetmij"],
  [/^(?!.*\b(actie|action|acties|actions|pijler|vergadering|agenda|overzicht)\b).*(\b(persoonsgegevens|my data|my personal data|mydata|privacy|avg|gdpr)\b|\bgegevens\b.*\b(bewaard|opgeslagen|bewaart|opslaat|vastgelegd|stored|kept|inzien|opvragen|downloaden|download|export\w*|zien)\b|\b(over|van) (mij|me)\b.*\b(bewaard|bewaart|opgeslagen|opslaat|weet|vastgelegd|heeft|hebt|stored|know)\b|\b(info|informatie|data)\b.*\b(over|van|about) (mij|me)\b|\b(wat|welke|what)\b.*\b(weet|bewaart|opslaat|heeft|hebt|vastlegt|know|store)\b.*\b(over|about) (mij|me)\b)/, "mijngegevens"],
  // The monthly piece for the wijkkrant before "update".
  [/\b(monthly|maandbericht|maandupdate|maandelijks\w*|wijkkrant|wijkblad|buurtkrant|nieuwsbrief|newsletter|newspaper)\b|\b(stukje|bericht|tekst|samenvatting|verhaal) (\w+ ){0,4}(vorige|afgelopen) maand\b/, "maandbericht"],
  // Every week a summary: the weekly digest (a weekly reminder is a reminder).
  [/^(?!.*\b(herinner\w*|remind\w*|deadline)\b).*(\b((elke|iedere|every) (week|maandag|vrijdag)|wekelijks\w*|weekly|per week)\b.*\b(samenvatting|overzicht|update|bericht|mail|overview|summary|digest)\b|\b(weeksamenvatting|week samenvatting|weekupdate|weekbericht)\b|\boverzicht van de week\b.*\b(elke|iedere|every) (week|maandag|vrijdag)\b)/, "weekoverzicht"],
  // Pinning the overview in the group.
  [/\b(vastzetten|vastpinnen|pinnen|pin|vastgezet|pinned)\b.*\b(overzicht|bord|board|overview|bericht|groep|chat)\b|\b(overzicht|bord|board|overview)\b.*\b(vastzetten|vastpinnen|pinnen|pin|vast|bovenaan|pinned)\b/, "overzicht vastzetten"],
  // Agenda items: accepting a proposed one, marking one handled or postponed — before proposing one.
  // ("hoe laat ik de anderen kiezen uit een paar data": a date poll.)
  [/\b(kiezen|kies|stemmen|prikken) (\w+ ){0,3}(uit )?(een paar |een aantal |meerdere )?(data|datums|momenten|avonden|dagen)\b|\b(datumprikker|prikker|doodle|poll)\b/, "datumprikker"],
  [/\b(accepteer\w*|accepteren|goedkeur\w*|goedkeuren|goed keuren|keur (\w+ ){0,3}goed|akkoord|approve\w*|accept\w*)\b.*\b(agenda\w*|punt\w*|items?|voorstel\w*)\b|\b(agenda\w*|punt\w*|items?|voorstel\w*)\b.*\b(accepteer\w*|accepteren|goedkeuren|keur \w+ goed|akkoord|approve\w*|accept\w*)\b|\b(voorgestelde|ingediende) (\w+ ){0,2}(agenda)?punt\w*\b.*\b(opnemen|toelaten|toevoegen)\b/, "agenda accepteer"],
  [/^(?=.*\b(agenda\w*|punt|punten|items?)\b).*\b(behandeld|besproken|afgehandeld|handled|discussed|dealt with)\b/, "agenda behandeld"],
  [/^(?=.*\b(agendapunt\w*|punt|punten|items?)\b).*\b(uitgesteld|doorgeschoven|postponed?|defer\w*)\b|\b(move|push|carry|postpone|defer)\b (\w+ ){0,4}(to|until|till) (the )?next (time|meeting)\b/, "agenda uitstellen"],
  // Closing the meeting, in English too, before planning one.
  [/\b(close|end|finish|wrap up) (the |a |our |this )?(meeting|vergadering)\b|\bmeeting (close|end)\b/, "vergadering afsluiten"],
  // Recording a decision before the list of decisions.
  [/\b(noteer\w*|noteren|vastleggen|opschrijven|record|log|write down)\b.*\b(besluit\w*|besloten|beslissing\w*|decision|decided)\b|\b(besluit\w*|besloten|beslissing\w*|decision|decided)\b.*\b(noteren|vastleggen|opschrijven|record|log|write down)\b/, "besluit"],
  [/\b(besloten|besluiten|beslissingen|decisions|decided)\b.*\b(nalezen|na lezen|nakijken|terugkijken|teruglezen|terugzien|terug zien|terugvinden|opzoeken|lijst|list)\b|\b(nalezen|na lezen|nakijken|terugkijken|teruglezen|terugzien|terug zien|terugvinden|opzoeken|raadple\w*|inzien)\b.*\b(besloten|besluiten|beslissingen|decisions|decided)\b|\bgenomen (besluiten|beslissingen)\b|\b(eerdere|oude|vorige|earlier|past|previous|old) (besluiten|beslissingen|decisions)\b|\b(besluiten|beslissingen|decisions)\b.*\b(raadple\w*|inzien)\b/, "besluitenlijst"],
  // Linking a group chat to the wijk (with the coördinator's code); one's own other account is "ik koppel".
  // ("ik heb ook telegram, kan ik daar dezelfde acties zien?": the same person on another platform.)
  [/\b(ik heb|heb ik|i have|i also have) (ook |also )?(teams|telegram|whatsapp)\b|\b(zelfde|hetzelfde|same) account\b|\b(tweede|andere|nieuwe|second|other|new) (telefoon|phone|account|nummer|toestel|device)\b|\b(ook|tevens|also) (via|op|in|on) (teams|telegram|whatsapp)\b|\b(ander|another|other) (platform|apparaat|device)\b|\bandere (telefoon|app)\b/, "ik koppel"],
  [/^(?!.*\b(mijn|my|mn) (telefoon|account|nummer|whatsapp|telegram|teams)\b).*(\b(koppel\w*|verbind\w*|aansluit\w*|aansluiten|connect\w*|link (this|the|our))\b.*\b(groep\w*|groepsgesprek|groepsapp|groepschat|chat|kanaal|channel|group)\b|\b(groep\w*|groepsgesprek|groepsapp|groepschat|kanaal|channel|group)\b.*\b(koppelen|aansluiten|verbinden|connect)\b|\b(krijg|zet|voeg|haal|add|get|invite|nodig)\b (ik|je|we|i|you)? ?(de |the )?(bot|wijkbot) (\w+ )?(in|aan|bij|to|into)\b|\bcode\b.*\b(invullen|invoeren|intypen|typen|plakken|gebruiken|enter|use)\b|\b(invullen|invoeren|intypen|typen|plakken|gebruiken|enter|use)\b.*\bcode\b)/, "koppel"],
  // "welke mensen er bij Kansrijk zitten": who is who.
  [/\b(welke mensen|welke personen|wie)\b (er )?(\w+ ){0,3}(zitten|zit|werken|werkt|actief|meedoen|horen)\b/, "wie"],
  // "de link naar het bord": the overview on the web (a new link is "overzicht nieuwe-link").
  [/^(?!.*\b(nieuwe|andere|new|another|different|oude|old|vernieuw\w*|ongeldig|invalid)\b).*(\blink\b.*\b(bord|overzicht|board|overview|website|webpagina)\b|\b(bord|overzicht|board|overview)\b.*\blink\b)/, "overzicht"],
  [/\b(vergaderdata|vergaderdatums|vergaderplanning|vergaderschema|meeting dates|meeting schedule)\b/, "vergaderingen"],
  // "hoe verschuif ik de agendapunten": their order (moving them on to next time is "agenda uitstellen").
  [/\b(herorden\w*|sorteer\w*|sorteren)\b|^(?!.*\b(door|volgende|next)\b).*\b(verschuif\w*|schuif|schuiven)\b (\w+ ){0,2}agendapunten\b/, "agenda volgorde"],
  // "tijdelijk stopzetten", "in de wacht": parked, not stopped.
  [/^(?!.*\b(herinner\w*|remind\w*|melding\w*)\b).*(\b(tijdelijk|voorlopig|temporarily) (\w+ ){0,3}(stop\w*|stil\w*|pauze\w*|pauzeren|niet)\b|\bin de wacht\b)/, "actie parkeer"],
  // "wie de aanjager van Gezond is": who is who, not making someone one.
  [/\bwie (er )?(de |het )?(aanjager|kartrekker|coordinator|voorzitter|contactpersoon)\b/, "wie"],
  // "hoe herstel ik een fout die ik net maakte": undoing (a connection to repair is /status).
  [/^(?!.*\b(koppeling\w*|verbinding\w*|link)\b).*(\bherstel\w*\b|\b(fout|foutje|vergissing)\b (\w+ ){0,3}(herstellen|corrigeren|terugdraaien|goedmaken)\b)/, "ongedaan"],
  // "hoe voeg ik een actie toe", "hoe maak ik een project aan": a new action, said with the verb around it.
  [/\b(voeg|voegen|maak|maken|voer|voeren) (ik|je|we|wij|u|jij) (een |nog een )?(nieuwe? )?(actie|project|activiteit|initiatief) (toe|aan|in)\b/, "actie nieuw"],
  // "hoe stuur ik de tussentijdse check nu naar iedereen": sent from /jaarplan check.
  [/\b(stuur|verstuur|versturen|sturen|rondsturen)\b.*\b(check ?-?in|checkin|tussentijdse check)\b/, "jaarplan"],
  [/\b(nieuwe|andere|new|another|different) (link|url)\b|\blink\b.*\b(oude|vernieuwen|ongeldig|niet meer werkt)\b/, "overzicht nieuwe-link"],
  [/\b(verbinding\w*|storing\w*|berichten (\w+ ){0,2}niet (aan)?(kwamen|komen|aankwamen|aankomen))\b/, "status"],
  [/\b(vergadering|meeting)\b.*\b(voorbij|afgelopen|ended|is over)\b|\bna (de|afloop van de) vergadering\b.*\bbesluiten\b/, "vergadering afsluiten"],
  // ("kan ik zomerkamp verplaatsen naar een andere pijler": moving an action, not a new pillar.)
  [/\b(naar|onder|in|bij|to|under) (een |an )?(andere|ander|another|other|different) (pijler|pillar)\b/, "actie pijler"],
  [/\bnaam van (een|de|die) (pijler|pillar)\b|\b(pijler|pillar)\b.*\bnoemen\b/, "pijler hernoem"],
  [/\bniet bij \w+ (hoort|valt)\b|\bhoort (\w+ )?(eigenlijk )?bij (een )?andere\b/, "actie pijler"],
  [/\b(acties|actions) (van|per|uit|in) (een|één|1|de|mijn|one|a) (pijler|pillar)\b/, "acties"],
  [/\bper (pijler|pillar)\b/, "overzicht"],
  // ("waar zie ik wat de andere pijlers allemaal doen": the other pillars are on the overview.)
  [/\b(andere|alle|overige|other|all) (pijlers|pillars)\b/, "overzicht"],
  [/\b(verwijder\w*|weggooien|gooi (\w+ ){0,3}weg|haal (\w+ ){0,3}weg)\b.*\b(actie|action)\b|\b(actie|action)\b.*\b(dubbel|twee keer)\b.*\b(weg|verwijder\w*)\b/, "actie verwijder"],
  [/\bnaam van (\w+ ){1,4}(actie|project)\b|\b(korter|langer) (\w+ )?(maken|noemen)\b/, "actie hernoem"],
  [/\bherinnering\w* (\w+ ){0,5}(opschuiven|verschuiven|uitstellen|later|paar dagen)\b/, "snooze"],
  // "hoe stel ik de deadline-herinnering uit", "… pas volgende week weer krijg": one reminder later.
  [/\b(snooze\w*|sluimer\w*)\b|\b(postpone|delay|uitstellen)\b.*\b(herinnering\w*|melding\w*|reminder\w*)\b(?!.*\b(\w*vakantie\w*|holidays?)\b)|^(?!.*\b(\w*vakantie\w*|holidays?)\b).*\b(herinnering\w*|melding\w*|reminder\w*)\b.*(\b(uitstellen|opschuiven|verschuiven|postpone|delay)\b|\b(pas|weer|opnieuw) (\w+ ){0,3}(volgende week|over een week|later|morgen)\b|\b(volgende week|later) (\w+ ){0,2}(weer|opnieuw)\b|\blater (\w+ )?(komt|komen|krijg|krijgen|ontvang\w*)\b)/, "snooze"],
  [/\b(aantal|hoeveel) (\w+ ){0,2}(kinderen|kids|jongens|meiden|meisjes|ouders|deelnemers|jongeren|mensen|bezoekers|gezinnen|leerlingen|lln|scholieren|bewoners|buurtbewoners|gasten|moeders|vaders|vrouwen|peuters|kleuters|tieners)\b|\bbereik\b/, "actie bereik"],
  [/\b(kosten|gekost|kostte|uitgaven|uitgegeven|bonnetjes|budget|begroting|begroot|bedrag)\b/, "actie budget"],
  [/\b(verslag\w*|verslagje|opmerking\w*|aantekening\w*)\b|\b(opschrijven|noteren|noteer|vastleggen|doorgeven|schrijf|write|log)\b.*\bwat er (\w+ ){0,3}(gebeurd|gedaan)\b/, "actie update"],
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
  [/\b(verwijder\w*|weghalen|wissen|wis|schrappen|schrap|weggooien|wegdoen|delete|remove)\b.*\b(actie|action)\b|\b(actie|action)\b.*\b(verwijder\w*|weghalen|wissen|schrappen|weggooien|wegdoen|dubbel|delete|remove)\b|\bdubbele (\w+ )?(actie|action)\b/, "actie verwijder"],
  // "hoe zie ik mijn herinneringen": the list, not a new one.
  [/\bwelke (herinneringen|reminders)\b|\b(herinneringen|reminders)\b.*\b(zie|zien|bekijken|lijst|overzicht|opvragen|terugvinden|see|view|list)\b|\b(zie|zien|bekijk|bekijken|vind|see|view|list)\b.*\b(herinneringen|reminders)\b/, "herinneringen"],
  [/\bhaal (\w+ ){0,3}(herinnering|reminder)\w* (\w+ )?weg\b|\b(herinnering|reminder)\w* (\w+ ){0,3}weg\b|\b(herinnering|reminder)\w*\b.*\b(stop\w*|uitzetten|weghalen|verwijder\w*|annuleer\w*|cancel|remove)\b|\b(stop\w*|uitzetten|weghalen|verwijder\w*|annuleer\w*|cancel|remove)\b.*\b(herinnering|reminder)\w*\b/, "herinner stop"],
  [/\b(te laat|achterstand|verlopen|overdue|late)\b/, "acties"],
  // "hoe kan ik zien wat ik allemaal moet doen", "… wat er deze week moet gebeuren": the list of actions.
  [/\bwat (ik|er|we|wij) (\w+ ){0,3}(moet|moeten) (doen|gebeuren|oppakken)\b|\bwat (ik|er|we|wij) (\w+ ){0,3}(af|klaar) (moet|moeten)\b|\b(mijn taken|my tasks|what i (still )?have to do)\b/, "acties"],
  // "hoe geef ik een actie aan iemand anders": one action to another owner.
  [/^(?!.*\b(al mijn|alle) acties\b).*\b(actie|action)\b.*\b(aan iemand anders|aan een ander|aan een collega|naar iemand anders|to someone else)\b/, "actie eigenaar"],
  // "hoe wijs ik een actie toe", "een tweede trekker": the owners of one action.
  [/^(?!.*\b(al mijn|alle|all) (acties|actions)\b).*\b(toewijzen|toekennen|toebedelen|assign\w*|trekker|trekkers|verantwoordelijke|op (zijn|haar|mijn|iemands) naam|op naam van)\b/, "actie eigenaar"],
  [/\b(who is who|who s who|whos who|team members|teamleden)\b/, "wie"],
  [/\b(wie wat doet|wie doet wat|who does what)\b|\bwie (er )?(\w+ ){0,2}bij welke (organisatie|pijler)\b/, "wie"],
  // ("ik ben 2 weken weg, hoe zorg ik dat iemand mijn herinneringen krijgt": a stand-in while away.)
  [/\b(iemand|een ander|collega|vervanger|someone)\b.*\b(herinneringen|meldingen|reminders)\b.*\b(krijgt|ontvangt|overneemt|gets)\b/, "afwezig"],
  [/^(?!.*\b(rapport|monitor|jaarverslag|report|maandbericht|projectenboek|jaarplan|importeer\w*|import)\b).*\b(excel|spreadsheet|exporteren|export|downloaden|download|csv|pdf|agenda ?link|ics|kalender|mijn agenda|outlook|google agenda|calendar)\b/, "overzicht"],
  // "hoe zet ik iets op de agenda van de stuurgroep": putting an item on it, not reading it.
  [/\b(zet|zetten|plaats|plaatsen|voeg|toevoegen|krijg|krijgen|breng|brengen|indienen|aanmelden|inbrengen)\b.*\b(op|aan) de agenda\b|\b(op|aan) de agenda\b.*\b(krijgen|zetten|plaatsen|brengen|toevoegen|krijg|zet)\b|\b(breng|brengen) (\w+ ){0,3}punt\w* (\w+ ){0,2}in\b|\bpunt\w* (\w+ ){0,3}(inbrengen|aandragen|indienen)\b|\bagendapunt\w* (toevoegen|indienen|aanmelden|inbrengen|maken|aanleveren)\b|\bagenderen\b/, "agendapunt"],
  [/\b(agenda van de (stuurgroep|vergadering)|agenda zien|agenda bekijken|agenda inzien|agenda (\w+ )?(opvragen|op vragen|lezen)|(zie|bekijk|lees|vind) ik de agenda|vraag (ik |je |we )?de agenda (\w+ )?op|wat (er )?op de agenda staat|what s on the agenda|see the agenda)\b/, "agenda"],
  [/^(?!.*\b(eigenaar|eigenaren|owner|partner|actie|action|herinner\w*|remind\w*)\b).*\b(nieuwe collega|nieuw teamlid|nieuwe kartrekker|iemand (toevoegen|erbij|uitnodigen)|collega (toevoegen|erbij|uitnodigen)|uitnodigen|invite|nodig (\w+ ){0,4}uit)\b/, "rol"],
  [/\b(everything|all info|all details|alles|details|info|informatie|alle gegevens) (van|over|about|of|on) (een|één|1|de|die|one|an|the|a) (actie|action)\b|\b(actie|action) (bekijken|inzien)\b/, "actie info"],
  [/\b(de status|status (op ?vragen|opvragen|zien|bekijken))\b/, "status"],
  [/\b(welke acties|mijn acties|acties van mij|acties zien|lijst van (de )?acties)\b/, "acties"],
  // "hoe zie ik alleen de acties van Vreedzaam", "only my actions": the list, filtered.
  [/\b(acties|actions)\b.*\b(zien|zie|inzien|bekijk\w*|raadple\w*|lijst|lijstje|filter\w*|alleen|uitsluitend|only|see|view|list|show|toon\w*|opvragen|vinden|vind)\b|\b(zie|zien|inzien|bekijk\w*|raadple\w*|filter\w*|toon\w*|see|view|list|show|only|alleen|uitsluitend|vind|vinden)\b.*\b(acties|actions)\b|\b(open ?staat|open ?staan|openstaande|nog open|achterstallig\w*|overdue)\b/, "acties"],
  // "hoe zie ik de details van de moestuin": everything of one action.
  [/^(?!.*\b(vergadering\w*|meeting|agenda\w*|besluit\w*)\b).*\b(details?|historie|geschiedenis|history)\b/, "actie info"],
  // ("hoe geef ik een pijler een andere naam": the pillar's.)
  [/\b(pijler|pillar)\b.*\b(andere naam|hernoem\w*|nieuwe naam|rename)\b|\b(hernoem\w*|rename)\b.*\b(pijler|pillar)\b/, "pijler hernoem"],
  [/\b(naam van (een|de|mijn) actie|naam van (de|het|een|mijn) \w+ (veranderen|wijzigen|aanpassen)|actie (hernoemen|een andere naam)|een andere (titel|naam)|hernoem\w*|titel (van|aanpassen|veranderen)|name of (an|the|my) action|rename\w*|action s name|title of (an|the) action)\b/, "actie hernoem"],
  [/\b(vergadering (af ?sluiten|sluiten)|sluit\b.*\bvergadering\b.*\baf|sluit\b.*\baf\b.*\bvergadering)\b|\bvergadering\b.*\baf( ?sluiten)?\b/, "vergadering afsluiten"],
  [/\bwanneer (we|wij|de stuurgroep) (\w+ )?(vergaderen|vergadert|bij elkaar komen)\b|\b(wanneer|when) (is )?(de |the )?(volgende|eerstvolgende|next) (vergadering|stuurgroep|meeting)\b|\b(vergaderingen|meetings)\b.*\b(zien|bekijken|overzicht|lijst|opvragen|see|view|list)\b|\b(zie|bekijk|see|view)\b.*\b(vergaderingen|meetings)\b/, "vergaderingen"],
  [/\b(vakanties?|vrij|afwezig)\b.*\b(herinnering\w*|meldingen)\b|\bvakantie (in ?(stellen|voeren|zetten)|aangeven|doorgeven)\b|\bzet ik vakantie\b/, "vakantie"],
  [/\b(wie er (allemaal )?in|wie (is wie|wie is|zitten|doen mee)|teamleden|wie er meedoen|het team|de mensen)\b/, "wie"],
  // "hoe prik ik een datum met de groep": a date poll, not a deadline.
  [/\b(kies|kiezen|uitkiezen|choose|pick)\b.*\b(prikker|datumprikker|poll)\b/, "datumprikker kies"],
  // "hoe stem ik" (not "stem ik af met"): voting in the date poll.
  [/^(?!.*\bstem\w* (\w+ ){0,4}af\b).*\b(stem|stemmen|stemt|vote|voting)\b/, "datumprikker stem"],
  [/\b(datumprikker|datum prikken|prik|prikt|prikken|prikker|poll)\b/, "datumprikker"],
  // "hoe kan ik zien wat de stuurgroep besloten heeft": the decisions so far.
  [/\blijst (met|van) (alle )?(de )?(besluiten|beslissingen)\b|\b(besloten|besluiten|beslissingen|decisions|decided)\b.*\b(zien|bekijken|terugzien|terugvinden|teruglezen|lijst|opvragen|overzicht|see|view|list)\b|\b(zie|zien|bekijk|bekijken|vind|vinden|lees|lezen|see|view)\b.*\b(besloten|besluiten|beslissingen|decisions|decided)\b|\bbesluitenlijst\b/, "besluitenlijst"],
  [/\b(deadline|datum|einddatum|due|end date|due date|enddate|duedate)\b|\bdate of (my |the |an |a |this |our )?(action|project)\b/, "actie deadline"],
  [/\b(nieuwe actie|actie (aan)?maken|actie toevoegen|actie aan|new action|add an action|create an action|actie invoeren|actie erbij)\b/, "actie nieuw"],
  [/\b(eigenaar|eigenaren|owner)\b/, "actie eigenaar"],
  [/\b(snooze|snoozen|uitstellen van (een|de) herinnering|herinnering\w* (\w+ ){0,3}(op pauze|pauzeren|even stil|tot volgende week)|herinnering (\w+ ){0,4}(uitstellen|later)|stel (ik |je )?(een |de |die |mijn )?herinnering (\w+ )?uit)\b/, "snooze"],
  [/\b(herinner\w*|remind\w*|seintje)\b/, "herinner"],
  [/^(?!.*\b(vergadering|meeting|herinnering)\b).*\b(verzetten|verschuiven|opschuiven|uitstellen|later zetten|postpone)\b/, "actie deadline"],
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
  [/\b(update|voortgang|notitie|progress|note)\b|\bwat (ik|we|wij) (\w+ ){0,3}gedaan (heb|hebben)\b|\bwhat (i|we) (ve |have )?done\b|\b(door ?geven|doorgeven|geef (\w+ )?door|laten weten|vertellen|melden) (\w+ )?hoe het (gaat|loopt|ging|staat)\b/, "actie update"],
  [/\b(klaar|afronden|afmaken|afgerond|afvinken|af te (vinken|ronden|sluiten|melden|zetten)|vink (\w+ ){0,3}af|af zetten|afmelden|af is|is af|af zijn|zijn af|gereed|done|finish\w*|afsluiten|sluit (\w+ ){0,3}af)\b/, "actie klaar"],
  [/\b(stoppen|stop|gestopt|stopzetten|annuleren|geannuleerd|cancel\w*)\b/, "actie stop"],
  [/\b(parkeren|parkeer|geparkeerd|pauze|on hold|park|stilzetten|stil zetten|stilleggen|zet (\w+ ){0,3}stil)\b/, "actie parkeer"],
  [/\b(op bezig|bezig zetten|starten|gestart|in uitvoering|aan de gang|in progress|started)\b/, "actie bezig"],
  [/\bmijn (naam|organisatie|gegevens aanpassen)\b/, "ik"],
  [/\b(\w*partner\w*|organisatie|meedoet|meewerkt|samenwerk\w*)\b/, "actie partner"],
  // "hoe zet ik een nieuw project in de bot", "add an action": a new action, after every field of one.
  [/^(?!.*\b(aan|bij|van|op|to|for|of) (een|de|die|an|the) (actie|action)\b).*\b(een|nieuwe?|new|an?) (actie|project|activiteit|initiatief|action)\b.*\b(toevoegen|aanmaken|invoeren|registreren|opvoeren|erbij|add|create)\b|\b(toevoegen|aanmaken|invoeren|registreren|opvoeren|add|create)\b (\w+ ){0,2}(actie|project|activiteit|initiatief|action)\b|\bnieuwe? (project|initiatief|activiteit)\b/, "actie nieuw"],
  [/\b(besluit|besluiten|decision)\b/, "besluit"],
  [/\b(\w*vergadering|meeting|stuurgroep)\b/, "vergadering nieuw"],
  [/\b(ongedaan|terugdraaien|undo)\b|\bdraai\b.*\bterug\b/, "ongedaan"],
  [/\b(taal|engels|english|language)\b/, "taal"],
  // "hoe koppel ik mijn telefoon / whatsapp aan telegram": the sender's own accounts, not a group.
  [/\b(koppel\w*|link\w*|verbind\w*)\b.*\b((mijn|my|mn) (telefoon|phone|account|nummer|number|whatsapp|telegram|teams)|ander (platform|account|nummer)|andere (telefoon|app))\b|\b(whatsapp|telegram|teams)\b.*\b(koppel\w*|verbind\w*|link\w*)\b.*\b(whatsapp|telegram|teams)\b/, "ik koppel"],
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

/**
 * Dutch splits its verbs: "hoe rond ik een actie af", "hoe voeg ik er een toe", "zet die herinnering uit".
 * The whole verb is added after the text ("… afronden"), behind a mark so it never joins the last word.
 */
const SEPARABLE: (readonly [RegExp, string])[] = [
  ["voeg|voegt|voegen", "toe", "toevoegen"],
  ["rond|rondt|ronden", "af", "afronden"],
  ["maak|maakt|maken", "af", "afmaken"],
  ["maak|maakt|maken", "aan", "aanmaken"],
  ["haal|haalt|halen", "weg", "weghalen"],
  ["gooi|gooit|gooien", "weg", "weggooien"],
  ["wijs|wijst|wijzen", "toe", "toewijzen"],
  ["zet|zetten", "uit", "uitzetten"],
  ["zet|zetten", "vast", "vastzetten"],
  ["zet|zetten", "over", "overzetten"],
  ["zet|zetten", "stil", "stilzetten"],
  ["zet|zetten", "in", "inzetten"],
  ["voer|voert|voeren", "in", "invoeren"],
  ["geef|geeft|geven", "aan", "aangeven"],
  ["stel|stelt|stellen", "uit", "uitstellen"],
  ["stel|stelt|stellen", "in", "instellen"],
  ["stel|stelt|stellen", "voor", "voorstellen"],
  ["sluit|sluiten", "af", "afsluiten"],
  ["sluit|sluiten", "aan", "aansluiten"],
  ["neem|neemt|nemen", "mee", "meenemen"],
  ["neem|neemt|nemen", "over", "overnemen"],
  ["neem|neemt|nemen", "op", "opnemen"],
  ["draag|draagt|dragen", "over", "overdragen"],
  ["geef|geeft|geven", "over", "overgeven"],
  ["vul|vult|vullen", "in", "invullen"],
  ["schuif|schuift|schuiven", "op", "opschuiven"],
  ["schuif|schuift|schuiven", "door", "doorschuiven"],
  ["vink|vinkt|vinken", "af", "afvinken"],
  ["geef|geeft|geven", "door", "doorgeven"],
  ["leg|legt|leggen", "vast", "vastleggen"],
  ["leg|legt|leggen", "stil", "stilleggen"],
  ["vraag|vraagt|vragen", "op", "opvragen"],
  ["schrijf|schrijft|schrijven", "op", "opschrijven"],
  ["stuur|stuurt|sturen", "terug", "terugsturen"],
  ["typ|type|typt|typen", "terug", "terugtypen"],
  ["lees|leest|lezen", "na", "nalezen"],
  ["lees|leest|lezen", "terug", "teruglezen"],
  ["kijk|kijkt|kijken", "na", "nakijken"],
  ["zoek|zoekt|zoeken", "op", "opzoeken"],
  ["keur|keurt|keuren", "goed", "goedkeuren"],
  ["sla|slaat|slaan", "op", "opslaan"],
  ["pin|pint|pinnen", "vast", "vastpinnen"],
  ["hef|heft|heffen", "op", "opheffen"],
].map(([stems, particle, whole]) => [new RegExp(`\\b(?:${stems}) (?:\\w+ ){0,10}?${particle}\\b`), whole] as const);

/** The words the topics hang on, for "dedline", "afwezg", "datumprikkr": one letter off (two in long words) still counts. */
const TOPIC_WORDS = [
  "deadline", "datumprikker", "prikker", "verwijder", "afwezig", "afwezigheid", "herinnering", "herinneringen", "vergadering", "vergaderingen",
  "agendapunt", "agendapunten", "overdracht", "overdragen", "vakantie", "schoolvakantie", "eigenaar", "verwijderen", "doelgroep",
  "weekoverzicht", "overzicht", "maandbericht", "besluitenlijst", "besluiten", "jaarplan", "planjaar", "wijkkrant", "nieuwsbrief",
  "snooze", "storingen", "parkeren", "afronden", "afgerond", "aanjager", "coordinator", "voorzitter", "kartrekker", "vertrekken",
  "jaarverslag", "gegevens", "persoonsgegevens", "beschikbaar", "tussentijdse", "hernoemen", "organisatie", "voortgang", "ongedaan",
  "volgorde", "uitstellen", "accepteren", "behandeld", "vastzetten", "stemmen", "koppelen", "verlof", "budget", "begroting", "partner",
];
const TOPIC_WORD_SET = new Set(TOPIC_WORDS);

function correctTypos(f: string): string {
  return f.split(" ").map((word) => {
    if (word.length < 6 || TOPIC_WORD_SET.has(word) || /\d/.test(word)) return word;
    // (Not "vakanties" → "vakantie", "koppeling" → "koppelen": another form of a word is no typo.)
    const max = word.length >= 11 ? 2 : 1;
    const near = TOPIC_WORDS.filter((w) => Math.abs(w.length - word.length) <= max && !w.startsWith(word) && !word.startsWith(w) && editDistance(word, w, max) <= max);
    return near.length === 1 ? near[0] : word;
  }).join(" ");
}

/** The text the topics are read in: typos of topic words mended, split verbs added whole. */
function topicText(f: string): string {
  // ("de deadline-herinnering … uit": a joined word is read as its parts.)
  const mended = correctTypos(f.replace(/(\p{L})-(\p{L})/gu, "$1 $2"));
  const whole = SEPARABLE.filter(([p]) => p.test(mended)).map(([, w]) => w);
  return whole.length ? `${mended} ~ ${whole.join(" ")}` : mended;
}

function findTopic(f: string): [RegExp, string] | undefined {
  const t = topicText(f);
  return HOWTO_TOPICS.find(([p]) => p.test(t));
}

/** "hoe zet ik een deadline?" → that command's help. */
export function readHowTo(f: string, text: string, router: CommandRouter): Understanding | undefined {
  // "is er ergens een lijst van alles wat ik tegen je kan zeggen", "hoe werkt dat met die commando's": all of it.
  if (/\b(lijst|overzicht) (van|met) (alles|alle commandos|alle commando s|de commandos|de commando s) (wat|die) (ik|je|we)\b|\b(hoe werkt|how does) (dat|dit|het|that|this|it) (\w+ ){0,2}(met|with) (die|de|deze|the|those) (commandos|commando s|schuine strepen|commands)\b|\b(schuine streep|slash)\b.*\b(beginnen|typen|begin|start)\b/.test(f)) return { kind: "run", text: "/help" };
  // ("ik sta nergens bij toch? wat kan ik met deze bot": what the bot is for, asked anywhere.)
  // ("als voorzitter wil ik weten wat ik met deze bot kan doen rond de vergaderingen": what it does for that — that topic's help.)
  const aboutTopic = f.match(/\bwat (?:ik|je|we) (?:allemaal )?(?:met|bij) (?:jou|je|u|de bot|wijkbot|deze bot|dit ding|deze app) (?:allemaal )?(?:kan|kun|kunnen) (?:doen )?(?:rond|met|voor|bij|over) (?:de |het )?(.+)$/)?.[1];
  const aboutCommand = aboutTopic ? findTopic(aboutTopic.replace(/\bvergaderingen\b/g, "vergadering").replace(/\bherinneringen\b/g, "herinnering")) : undefined;
  // (Around a whole subject — "rond de vergaderingen" — the help of all its commands: /help vergadering.)
  const subject = aboutCommand?.[1].split(" ")[0];
  const family = subject && aboutTopic && !fold(aboutTopic).includes(aboutCommand![1].split(" ")[1] ?? "\u0000") && router.commands.filter((c) => c.name.split(" ")[0] === subject).length > 1 ? subject : undefined;
  if (family) return { kind: "run", text: `/help ${family}` };
  if (aboutCommand && router.commands.some((c) => c.name === aboutCommand[1])) return { kind: "run", text: `/help ${aboutCommand[1]}` };
  if (/\bwhat can you do( for me| for us)?\b|\bwat (ik|je|we) (allemaal )?(met|bij) (jou|je|u|de bot|wijkbot|deze bot|dit ding|deze app) (allemaal )?(kan|kun|kunnen) doen\b/.test(f)) return { kind: "run", text: "/help" };
  if (/\bwat (kan|kun) ik (allemaal |eigenlijk |precies |nou |dan )*(met|bij) (jou|je|u|de bot|wijkbot|deze bot|dit ding|deze app)\b|^wat (kan|kun|doet) (die|de|deze|dat|dit) (bot|ding|app)( (allemaal|eigenlijk|precies|zoal))*$|^wat (kan|kun|doet) wijkbot( (allemaal|eigenlijk|precies|zoal))*$|\bwhat can i (do|ask) (with|from) (you|this bot|the bot)\b/.test(f)) return { kind: "run", text: "/help" };
  // "ben je er nog?", "werkt dit ding nog", "?": whether the bot is there — it is, and this is what it does.
  if (/^(?:wijkbot )?(?:(?:ben je|bent u|are you) (?:er|daar|there|still there|nog daar|wakker)(?: nog)?|werkt (?:dit|deze|de|het|je|jij) ?(?:ding|bot|app|wijkbot)? ?(?:nog|eigenlijk|wel)?|is (?:dit|deze) (?:ding|bot) (?:nog )?(?:aan|wakker|online))$/.test(f) || /^\s*\?+\s*$/.test(text)) return { kind: "run", text: "/help" };
  if (/^(help|hulp|helpen|\?|wat kun je|wat kan je|wat kun jij|wat kan jij|wat doe je|what can you do|wat kan ik (allemaal |eigenlijk |precies )*(met|bij) (jou|je|u|de bot|wijkbot|deze bot|dit ding|deze app)|what can i (do|ask) (with|from) (you|the bot)|commandos|commando s|uitleg|welke (commandos|commando s|opdrachten) (zijn er|heb je|kan ik)|which commands)\b/.test(f)) {
    const topic = findTopic(f.replace(/^(help|hulp)\s*/, ""));
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
    // ("wat moet ik terugtypen bij de prikker", "Kunt u aangeven hoe ik een actie kan afronden", "waar moet ik die code invullen")
    /\bwat (moet|kan|moeten) (ik|we|je|u) (\w+ )?(terugtypen|terug typen|terugsturen|terug sturen|antwoorden|invullen|typen|sturen)\b|\bwat (typ|stuur|antwoord|vul) (ik|je|we|u)\b|\bwhat (do|should|must|can) i (type|write|say|reply|answer|send)\b/.test(f) ||
    // (Not "weten hoe ik ervoor sta", "laat me weten hoe je het vond": how things are.)
    /\b(aangeven|vertellen|uitleggen|toelichten|weten|laten weten|vragen|vernemen|verneem|horen|informeren|uitleg|tell me|explain|know|ask) (\w+ ){0,3}(hoe|how) (ik|je|jij|we|wij|u|men|i|you|to|(dat|dit|het) (werkt|moet))\b(?! (\w+ )?(ervoor|er voor|het|it) (sta|staan|staat|stond|vond|vind|vindt|deed|doe|gaat|ging|is|was|went|goes)\b)/.test(f) ||
    // ("Ik verzoek u mij te informeren over de wijze waarop ik …")
    /\b(de )?(wijze|manier) waarop (ik|je|we|wij|u|men)\b|\bin what way (can|do|should) i\b/.test(f) ||
    /\bwaar (moet|kan) (ik|je|we|u) (\w+ ){0,3}(invullen|intypen|typen|invoeren|plakken|aangeven|doorgeven|melden)\b/.test(f) ||
    // ("waar zie ik wat de andere pijlers allemaal doen": where to find it — the help that says where.)
    /^(?:en |maar |dus )?waar (zie|bekijk) (ik|je|we|u) (wat|welke|alles|alle|de andere|wie)\b/.test(f) ||
    // ("… of moet dat via Marieke? Hoe gaat dat?": how, asked last.)
    // (Not "hoe gaat het?" on its own: that asks how the bot is.)
    /\S\s+hoe (gaat|werkt) (dat|dit|het)( dan| precies| eigenlijk)?$/.test(f) ||
    // ("… when I leave in March, how does that work", "kan ik daar dezelfde acties zien als hier?": how, or whether one can.)
    /\bhow (?:does|do|would|will) (?:that|this|it) work\b/.test(f) || /\b(?:kan|kun|mag) ik (?:daar|dan|er|ook|op \w+|in \w+) (?:\w+ ){0,3}(?:zien|gebruiken|bekijken|doen|volgen)\b/.test(f) ||
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
    // ("mag ik als kartrekker ook iemand anders afwezig melden?": whether one may do it for someone else — the help says who may.)
    /^(?:wijkbot )?(?:mag|kan|kun) ik (?:als \w+ )?(?:(?:ook|eigenlijk|zelf|zomaar|gewoon) )*(?:iemand anders|een ander|anderen|andere mensen|een collega|collega s)\b/.test(f) ||
    // ("wie mag agendapunten accepteren eigenlijk?": who may do it — the help says who.)
    /^(?:wijkbot )?(?:wie|who) (?:mag|mogen|kan|kunnen|moet|moeten|can|may) (?:\w+ ){0,3}(?:accepteren|goedkeuren|verwijderen|weghalen|aanpassen|veranderen|wijzigen|instellen|invoeren|afwezig melden|melden|toevoegen|aanmaken|afsluiten|hernoemen|overdragen|plannen|inplannen|noteren|accept|approve|remove|change|add|close)\b/.test(f) ||
    // ("kan ik zelf een actie verwijderen of moet dat via de coördinator?": whether one may do it oneself.)
    (/^(kan|kun|mag) ik (\w+ ){0,6}zelf\b/.test(f) && /\bof (moet|moeten|mag) (dat|dit|het|ik|die) (via|door|bij|aan)\b/.test(f)) ||
    // ("kan ik ook mijn gegevens laten verwijderen als ik stop?": whether one may, about one's own things — the help that says how.)
    // ("kan ik zomerkamp verplaatsen naar een andere pijler?": whether a thing can be done at all, said without a value.)
    (/^(kan|kun|mag) ik\b/.test(f) && /\b(naar|onder|in|aan|to) (een |an )?(andere|ander|another|other|different) (pijler|pillar|eigenaar|owner|naam|name)\b/.test(f)) ||
    // ("kan ik eigenlijk een actie verwijderen als die dubbel staat?": whether a kind of thing can be done, said of any one.)
    /^(kan|kun|mag) ik (ook |eigenlijk |zelf |zomaar |gewoon )*(een|zo n) (actie|agendapunt|herinnering|pijler|vergadering|besluit|notitie|partner|eigenaar) (\w+ ){0,2}(verwijderen|weghalen|wissen|schrappen|hernoemen|verplaatsen|aanpassen|veranderen|wijzigen|terugzetten|heropenen|toevoegen|aanmaken|overdragen|parkeren|stoppen)\b/.test(f) ||
    /^(kan|kun|mag) ik (ook |eigenlijk |zelf |later )*(mijn|mn|m n) (gegevens|data|account|naam|taal|herinneringen|profiel) (\w+ )?(laten )?(verwijderen|wissen|weghalen|aanpassen|veranderen|wijzigen|exporteren|downloaden|inzien|opvragen)\b/.test(f);
  if (!asksHow && !canBeSet) return undefined;
  // ("… Marieke zei dat ik via jou mijn acties kan bijhouden. Hoe geef ik door dat iets klaar is?": the sentence that asks how
  // says what about.)
  const sentences = text.split(/(?<=[.!?])\s+/);
  const howSentence = sentences.length > 1 ? sentences.find((x) => /\b(hoe|how)\b/i.test(x)) : undefined;
  // ("Ik ga per 1 februari weg bij WIJ. Hoe regel ik dat mijn acties goed terechtkomen?": a question only about "acties" takes
  // its topic from the whole message.)
  const whole = findTopic(f);
  const asked = howSentence ? findTopic(fold(howSentence)) : undefined;
  const topic = asked && whole && /^(acties|overzicht)$/.test(asked[1]) ? whole : asked ?? whole;
  if (!asksHow && !topic) return undefined;
  const known = topic && router.commands.some((c) => c.name === topic[1]);
  return { kind: "run", text: known ? `/help ${topic![1]}` : "/help" };
}
