import { fold } from "../parse/text.ts";
import type { IndexedAction } from "../action-names/action-index.ts";
import { locateActions, type ActionSpan } from "../action-names/locate-action.ts";
import { localText } from "../i18n/index.ts";
import { STATUS_WORDS } from "./words.ts";
import { findPersonIn, findPillarIn, run } from "./helpers.ts";
import { DIGEST, DIGEST_OFF } from "./read-admin.ts";
import { choose, pickAction } from "./pick.ts";
import type { Understanding, UnderstandWorld } from "./index.ts";

/** Questions answered from the current data, as the slash command that shows it. */
export async function readQuery(text: string, f: string, spans: ActionSpan<IndexedAction>[], w: UnderstandWorld, question: boolean): Promise<Understanding | undefined> {
  // ("wat staat er eigenlijk bij mij als rol en organisatie?": how one is known to the bot — /ik shows it.)
  if (question && !spans.length && /\b(organisatie|functie|werkgever)\b/.test(f) && /\b(mij|me|mijn|ik)\b/.test(f) && !/\b(acties|actie|taken|pijler)\b/.test(f) && /^(?:wijkbot\s+)?(?:wat|welke|hoe|klopt|sta|staat|what|which)\b/.test(f)) return { kind: "run", text: "/ik" };
  const showMe =
    // ("geef de voorleesochtend maar aan Lisa" hands it over; "geef me de moestuin" shows it.)
    /^(laat|toon|show|list|lijst|overzicht van)\b/.test(f) ||
    // ("Please send me the list of overdue actions.", "Graag de agenda voor donderdag.")
    /^(?:please\s+)?(?:send|give|show|mail)\s+(?:me|us)\b/.test(f) ||
    /^graag\s+(?:de|het|een|mijn|alle)\s+(?:\w+\s+)?(?:agenda|overzicht|lijst|lijstje|totaalbeeld|stand|acties|besluiten|vergaderingen)\b/.test(f) ||
    /^(geef|stuur)\s+(me|mij|ons|even|eens|ff|nog)\b/.test(f) ||
    /^(geef|stuur)\b.*\b(zien|\w*overzicht|lijst|acties|actions|agenda|info|informatie|details|stand)\b/.test(f) ||
    /^(kun je|kan je|kunt u|wil je|can you|could you|can u|could u|can i|could i|mag ik|kan ik) .*\b(laten zien|zien|tonen|geven|sturen|krijgen|show|get|see|have)\b/.test(f) ||
    // ("Graag ontvang ik een overzicht van alle acties binnen de pijler Kansrijk.")
    /^(graag ontvang ik|ik ontvang graag|ik zou graag|ik wil graag|ik wil|graag|i would like|i'd like) (\w+ ){0,4}(overzicht|lijst|lijstje|overview|list)\b/.test(f) ||
    // ("ff alle acties van vreedzaam laten zien aub", "ff de lijst van alle acties": a little word first, the wish said last.)
    /^(?:(?:ff|even|eens|nou|pls|please|aub)\s+)+(?:laat|toon|show|geef|stuur|alle|de lijst|het overzicht|lijst|overzicht)\b/.test(f) ||
    /\b(laten zien|laat zien|tonen)(\s+(aub|svp|pls|please|graag|alsjeblieft|ajb))*$/.test(f) ||
    /^(de |het )?(lijst|lijstje|overzicht|overzichtje) (van|met) (de |alle |mijn |pijler )?\w/.test(f);
  // ("is het punt over de begroting al geaccepteerd voor donderdag?", "staat mijn punt al op de agenda?": the agenda shows it.)
  if (question && /\b(punt|agendapunt|voorstel)\b/.test(f) && /\b(geaccepteerd|geaccepteerd|aangenomen|op de agenda|erop|uitgesteld|doorgeschoven)\b/.test(f) && /^(is|zijn|staat|staan|wordt|komt|heeft|weet)\b/.test(f) && !/\b(besloten|besluit|decision)\b/.test(f)) return run("/agenda");
  // ("kun je al mijn acties overzetten naar Daan?": handing them over is asked, not a list.)
  if (/\b(overzetten|over zetten|overdragen|over dragen|overhevelen|verhuizen|overgeven)\b/.test(f) && /\b(acties|taken|werk|alles|actions|tasks)\b/.test(f)) return undefined;
  // ("stuur het weekoverzicht voortaan niet meer": switching it off, read with the settings.)
  if (DIGEST.test(f) && DIGEST_OFF.test(f)) return undefined;
  // ("send me the weekly overview please": the digest now, not the overview of the wijk.)
  if (DIGEST.test(f) && /^(?:(?:please|pls|graag|even|ff|kun je|kan je|can you|could you)\s+)?(?:stuur|send|show|geef|give|laat)\b/.test(f) && !/\b(elke week|iedere week|every week|each week|voortaan|vanaf nu|from now on|aanzetten|subscribe|ook)\b/.test(f)) return run("/weekoverzicht");
  // "ik mis het overzicht van de besluiten", "waar is de lijst met besluiten": the list, missed.
  if (/\b(overzicht|lijst|lijstje|list|overview) (van|of|met) (de |alle |the |all )?(genomen )?(besluiten|beslissingen|decisions)\b/.test(f) && !/\b(noteer|noteren|vastleggen|record|add|toevoegen|zet)\b/.test(f)) return run("/besluitenlijst");
  // ("any reminders of mine coming up?", "heb ik nog herinneringen staan?": one's reminders, asked.)
  if (question && /\b(reminders?|herinneringen)\b/.test(f) && /\b(mine|my|mijn|ik|me|mij|i)\b/.test(f) && !/\b(stop|weg|cancel|verwijder\w*|remove|delete|zet|set|maak|make)\b/.test(f) && /^(?:wijkbot )?(?:any|are there|do i have|have i got|heb ik|staan er|zijn er|komen er|welke|which|what|wat)\b/.test(f)) return run("/herinneringen");
  // ("Wie is de aanjager van mijn pijler?": the sender's own pillar.)
  const ownPillar = question && w.senderPillar && /^(?:wijkbot )?(?:wie|who)\b/.test(f) && /\b(mijn|my|onze|our) (pijler|pillar)\b/.test(f) ? await w.senderPillar() : undefined;
  if (ownPillar) return run(`/wie ${ownPillar}`);
  // ("geef me even alles wat nog open staat": every open action.)
  if (/\b(alles|all|everything) (wat|that|what) (er )?(nog )?(open|openstaat|loopt|is open|still open)\b|\balles wat (er )?nog open staat\b/.test(f) && !spans.some((s) => s.exact)) return run("/acties open");
  if (!question && !showMe && !/^(mijn acties|my actions|wat nog|te laat|overdue|agenda|vergaderingen|alle acties|acties (?:van|bij|voor|in|binnen) |open acties|lopende acties|all actions|info|informatie|details|lijstje|lijst)\b/.test(f) && !asksNewsletter(f)) return undefined;
  // ("wie is eigenlijk mijn aanjager?", "wat is mijn rol hier en wat staat er bij mij open?", "… en bij wie kan ik terecht?":
  // the sender's personal start — role, open actions, aanjager and coördinator in one.)
  if (w.sender?.displayName && (/\bwaar (moet|kan) ik (\w+ )?beginnen\b|\bwhere (do|should) i start\b/.test(f) || /\b(wie is|wie zijn|who is) (\w+ )?(mijn|m n|my) (aanjager|aanjagers|coordinator|contactpersoon|aanspreekpunt)\b/.test(f) || (/\b(mijn rol|my role)\b/.test(f) && /\b(open|aanjager|terecht|vastloop|vastlopen|vragen|contact|acties)\b/.test(f)))) return run("/ik");
  // ("wie doet wat binnen vreedzaam", "welke mensen van de GGD doen hier mee?": the people of that pillar or organisation.)
  // ("welke acties zijn er van kansrijk en wie doet wat": the actions asked for.)
  const whoDoesWhat = /\b(wie doet wat|wie doen wat|who does what|welke mensen|wie zijn de mensen|wie werken er|wie zitten er (?:allemaal |eigenlijk )*(?:bij|in))\b/.test(f) && !/\b(acties|actions)\b/.test(f);
  const pillarSaid = whoDoesWhat ? findPillarIn(f, w.pillars) : undefined;
  if (pillarSaid) return run(`/wie ${pillarSaid}`);
  const orgSaid = whoDoesWhat ? w.organisations.find((o) => fold(o).split(" ").some((word) => word.length >= 3 && f.split(" ").includes(word) && !["groningen", "lewenborg"].includes(word))) : undefined;
  if (orgSaid) return run(`/wie ${orgSaid}`);
  // ("wie zijn de aanjagers van de drie pijlers?": everyone, with their roles.)
  if (/\b(wie zijn de aanjagers|who are the (aanjagers|leads))\b/.test(f) && !findPillarIn(f, w.pillars)) return run("/wie");
  // ("Welke acties zijn er al klaar? Ik wil het in de nieuwsbrief zetten": the finished actions asked for, the newsletter is why.)
  if (question && /^(welke acties|which actions)\b/.test(f) && /\b(klaar|af|afgerond|gedaan|voltooid|finished|completed|done)\b/.test(f) && !/\b(nog niet|niet|moet|moeten|still|yet)\b/.test(f.split(/\b(ik wil|i want)\b/)[0])) return run("/acties klaar");
  // "maak een stukje voor de wijkkrant": the monthly update, written from the data.
  if (asksNewsletter(f) && !spans.some((s) => s.quality >= 4)) {
    const month = f.match(/\b(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b/);
    return run(month ? `/maandbericht ${month[1]}` : "/maandbericht");
  }
  // "wat is de status van alle acties": all of them, not the action with "alle" in its name.
  // ("een lijst van alle acties die bij de politie liggen": that organisation's people and their actions.)
  const orgOfList = /\b(acties|actions)\b.*\b(bij|van|via) (de |het )?\S+/.test(f) ? w.organisations.find((o) => fold(o).split(" ").some((word) => word.length >= 3 && !["groningen", "lewenborg"].includes(word) && new RegExp(`\\b(bij|van|via) (de |het )?${word}\\b`).test(f))) : undefined;
  if (orgOfList && !spans.some((s) => s.exact || s.quality >= 3)) return run(`/wie ${orgOfList}`);
  // ("welke acties heeft WIJ Groningen allemaal lopen?": the organisation's people and their actions, before any list of actions.)
  const orgActions = question && /^(wat|welke)\b.*\b(heeft|hebben|doet|doen)\b.*\b(allemaal|lopen|op stapel|onder handen)\b/.test(f) ? w.organisations.find((o) => fold(o).split(" ")[0].length >= 3 && new RegExp(`\\b(?:heeft|hebben|doet|doen) (?:de |het )?${fold(o).split(" ")[0]}\\b`).test(f)) : undefined;
  if (orgActions && !spans.some((s) => s.exact)) return run(`/wie ${orgActions}`);
  // ("waar kan ik een excel met alle acties downloaden?": the exports are on the web overview.)
  if (/\b(excel|export|exporteren|spreadsheet|csv|xlsx|downloaden|download)\b/.test(f) && /\b(acties|actions|overzicht|projectenboek|alles|lijst|plan)\b/.test(f) && !spans.some((s) => s.exact || s.quality >= 3)) return run("/overzicht");
  if (/\b(alle|all) (acties|actions|lopende acties|open acties)\b/.test(f) && !/\b(begroot|uitgegeven|besteed|budget|spent|bereikt|reached)\b/.test(f) && !spans.some((s) => s.exact) && !findPillarIn(f, w.pillars)) return run(/\b(open|lopende)\b/.test(f) ? "/acties open" : "/acties");
  // ("can u show me the open actions")
  if (showMe && /\b(open|lopende) (acties|actions)\b/.test(f) && !spans.some((s) => s.exact) && !findPillarIn(f, w.pillars)) return run("/acties open");
  // "wat is er deze week gebeurd", "welke deadlines komen eraan", "welke deadlines zijn er de komende weken": the week in one message.
  if (/\b(wat is er|wat er) (deze|afgelopen|vorige) week (allemaal |zoal )?(gebeurd|gedaan)\b|\bwat (staat|ligt) er (deze|komende|volgende) week (op de planning|op het programma|gepland|te doen)\b|\bwelke deadlines (komen (er ?)?aan|zijn er binnenkort|(zijn|staan|komen) er (de |in de )?(komende|volgende) (twee |2 |paar )?(weken|week|dagen|tijd))\b|\bwat (komt|komen) er (de |in de )?(komende|volgende) (twee |2 |paar )?(weken|week|dagen|tijd) aan (deadlines|acties)( aan)?\b|\bwat (staat|ligt) er (de )?(komende|volgende) (tijd|weken|twee weken|paar weken) (op de planning|op het programma|gepland)\b|\bwat (moet|moeten) er (deze|komende|volgende) week (af|klaar|gebeuren)\b|\bwhat happened this week\b|\bupcoming deadlines\b|\bwat is er (gisteren|vandaag|recent|onlangs|laatst|de laatste dagen|afgelopen dagen) (veranderd|gewijzigd|gebeurd|aangepast)\b|\bwat (is|zijn) (er )?(de )?(laatste|recente) (wijzigingen|veranderingen|updates)\b|\bwhat changed\b/.test(f)) return run("/weekoverzicht");
  // ("stuur me het weekoverzicht even, heb hem vanochtend gemist": the digest asked for — "gemist" is not about deadlines.)
  if (/\bweekoverzicht\b/.test(f) && showMe && !/\b(niet|geen|not|no|uit|stop|nooit|never|voortaan|elke week|iedere week|wekelijks|vanaf nu|every week|from now on)\b/.test(f)) return run("/weekoverzicht");
  // ("is er iets te laat bij gezond?": a pillar named is no action, even when a title shares its word.)
  const pillarWord = (s: ActionSpan<IndexedAction>) => w.pillars.some((p) => fold(p) === fold(text.slice(s.start, s.end)));
  if (LATE.test(f) && !spans.some((s) => s.quality >= 3 && !pillarWord(s) && !LATE.test(fold(text.slice(s.start, s.end))))) return run("/acties te laat");
  if (/\b(te laat|op rood|in het rood|verlopen|achterstand|achter lopen|achterlopen|lopen achter|loopt achter|achter op schema|over de deadline|over de datum|over datum|datum voorbij|deadline voorbij|overdue|late|verlopen deadlines|deadline gemist|gemist)\b/.test(f) && !spans.length) return run("/acties te laat");
  // ("welke acties ik heb allemaal?": the order of someone writing Dutch as a second language.)
  // ("hoe staat mijn actie ervoor?", "how is my action doing?": the sender's one action — or which of theirs.)
  if (question && /\b(mijn|m n|my) (actie|action|project)\b/.test(f) && /\b(hoe|how|status|stand|staat|loopt|gaat)\b/.test(f) && !spans.some((s) => s.exact || s.quality >= 2) && w.ownActions) {
    const own = await w.ownActions();
    if (own.length === 1) return { kind: "run", text: `/actie info ${own[0].title}`, pickActionId: own[0].id };
    if (own.length > 1) return { kind: "need-action", question: localText("understand.whichAction"), command: "actie info" };
  }
  // ("en alleen de mijne?", "only mine?": the sender's own, after a list.)
  if (/^(?:wijkbot )?(?:en )?(?:alleen |enkel |only )?(?:de mijne|die van mij|mine|just mine)$/.test(f)) return run("/acties mijn");
  // ("kan ik een overview krijgen van alles wat klaar is?": the finished ones.)
  if (/\b(overzicht|overview|lijst|lijstje|list|zien|tonen|show)\b/.test(f) && /\b(alles|alle acties|everything) (wat|dat|die|that s|that is) (al )?(klaar|af|afgerond|done|finished) (is|zijn)?\b/.test(f)) return run("/acties klaar");
  if (/\b(welke|wat voor) acties (heb|sta|moet) ik\b|\b(welke|wat voor) acties ik (heb|sta|moet|doe|trek)\b|\bwat (staat|ligt|loopt) er (allemaal |nog |open |eigenlijk )*(voor|bij|van) mij\b|\bmy (open |current |own |ongoing )(actions|tasks)\b|\bwhich (actions|tasks) (am i|do i have)\b|\b(?:which|what) (?:actions|tasks) (?:are|r) mine\b|\bwelke acties zijn (?:van )?mij\b|\bmijn (open |lopende )(acties|taken)\b|\bwaar moet ik (\w+ ){0,3}aan denken\b|\b(wat|wanneer) (is|zijn) (mijn|mn) (deadline|deadlines)\b|\b(voor|van) mij (nog )?open\b|\b(wat moet ik|mijn acties|mijn taken|mijn lijst|wat staat er (nog )?op mijn|wat heb ik (nog )?(allemaal )?(nog )?(open|openstaan|open staan|uitstaan|lopen|staan|te doen)|wat sta ik|wat ligt er (nog )?bij mij|my actions|my tasks|what (do|should|must) i (still |yet )?(have|need|do)|what should i|what ?'?s (left|still open|on my plate|on my list) for me|what ?'?s (?:still |left )?on my (plate|list)|what am i (still )?(on|doing)|what is (left|still open) for me|wat moet ik nog|heb ik nog|welke deadlines (heb|sta|moet) ik|mijn deadlines|my deadlines|wat heb ik (\w+ ){0,3}op (mijn|mn|m n) naam|wat heb ik (\w+ ){0,3}(open ?staan|openstaan|nog lopen|lopen|op mijn bord)|wat is (er )?van mij|(staan|staat) (er )?(\w+ ){0,4}op (mijn|mn|m n) naam|wat staat er (\w+ ){0,2}op (mijn|mn|m n) naam|(op|onder) (mijn|mn|m n) naam (staan|staat)|what(s| is| do i have)? (\w+ )?(on|under) my name)\b/.test(f) && !(/\bheb ik nog\b/.test(f) && spans.some((s) => s.exact || s.quality >= 2)) && !(/\bwat moet ik (\w+ )?(voor|aan|bij|met) /.test(f) && spans.some((s) => s.exact || s.quality >= 3)) && !/\b(overzetten|over zetten|overdragen|over dragen|overhevelen|verhuizen|overgeven|over aan|hand over|transfer)\b/.test(f)) return run("/acties mijn");
  // "welke data zijn er al geprikt voor de volgende vergadering?": the date poll.
  // ("kun je een datumprikker zetten voor de volgende stuurgroep? … drie opties: …": one asked for, not the stand of one.)
  if (question && /\b(geprikt|datumprikker|prikker|poll|data geprikt|datums geprikt)\b/.test(f) && !/\b(?:zetten|zet|maken|maak|aanmaken|starten|start|opzetten|uitzetten|create|set up|start)\b/.test(f)) return run("/datumprikker");
  // ("what's on the agenda for the next steering group meeting?", "wanneer is de volgende stuurgroep en wat staat erop": what is on
  // it — the agenda of the next meeting, which says when and where.)
  if (/\b(vergadering|stuurgroep|meeting|steering group)\b/.test(f) && /\b(agenda|wat staat (er )?op|wat staat erop|what s on|what is on)\b/.test(f) && !/\b(zet|zetten|toevoegen|add|put|erbij|agendapunt)\b/.test(f)) return run("/agenda");
  // ("… Wil je de vergadering afsluiten en de besluiten rondsturen? Wat we niet besproken hebben gaat mee naar de volgende keer":
  // closing it is asked, not when the next one is.)
  if (/\b(vergadering|vergaderen|vergadert|stuurgroep|overleg|meeting|bijeenkomst|stuurgroepvergadering|steering group)\b/.test(f) && /\b(wanneer|volgende|next|when|datum|welke dag|hoe laat|date|waar|where|locatie|zaal)\b/.test(f) && !/\b(?:vergadering|stuurgroep|meeting) (?:\w+ ){0,2}(?:afsluiten|sluiten|closen|close)\b/.test(f) && !/\b(datumprikker|prikker|poll|doodle)\b/.test(f) && !/\b(?:plan|plannen|inplannen|vastleggen|beleggen|schedule)\b/.test(f)) return run("/vergaderingen");
  // ("welke vergaderingen staan er": the meetings planned.)
  if (/^(welke|wat zijn de|which|what are the)\s+(vergaderingen|meetings|stuurgroepvergaderingen|stuurgroepen)\b/.test(f)) return run("/vergaderingen");
  // ("is er na januari nog een stuurgroep gepland?": whether a meeting is planned.)
  if (question && /\b(stuurgroep|vergadering|meeting|overleg)\b/.test(f) && /\b(gepland|planned|ingepland|staat er|staan er)\b/.test(f) && (!/\b(plan|plannen|zet|nieuwe)\b/.test(f.replace(/\bgepland\b/, "")) || /^(?:wijkbot\s+)?(?:is|zijn|staat|staan)\s+er\s+(?:al\s+|nog\s+|alweer\s+)*(?:een\s+)?(?:nieuwe|volgende)\b/.test(f))) return run("/vergaderingen");
  // "welke besluiten hebben we genomen?", "wat heeft de stuurgroep besloten?": the decisions so far.
  // ("is er gisteren nou iets besloten over de speeltuin of niet": a day or a filler in between.)
  if (question && /^(is|zijn|werd|werden) er (\w+ ){0,6}(besluit|besluiten|besloten|beslist)\b/.test(f)) return run("/besluitenlijst");
  // ("kun je een jaaroverzicht per pijler laten zien": the plan year's overview.)
  if (/\b(jaaroverzicht|jaar overzicht|overzicht van (het|dit) (jaar|planjaar)|year overview|annual overview)\b/.test(f) && !/\b(hoe|how)\b/.test(f)) return run("/jaarplan overzicht");
  // ("in welk planjaar zitten we nu eigenlijk": the plan year.)
  if (question && /\b(welk|welke|wat is het|which|what)\s+(plan ?jaar|jaarplan|plan year)\b|\bplan ?jaar\b.*\b(zitten we|is het|hebben we|staan we)\b/.test(f)) return run("/jaarplan");
  // ("komt de begroting 2026 volgende keer aan bod?", "wordt de huiskamer donderdag besproken?": the agenda.)
  if (question && /\b(aan bod|besproken|op de agenda|agendapunt)\b/.test(f) && /^(?:wijkbot )?(komt|komen|wordt|worden|gaat|gaan|staat|staan|is|zijn)\b/.test(f) && /\b(volgende keer|donderdag|vergadering|stuurgroep|straks|vanavond|morgen|aan bod)\b/.test(f)) return run("/agenda");
  // ("wat is het volgende punt?" during the meeting: the agenda, which shows what is still open.)
  if (question && /^(wat|welk|welke|what)\b.*\b(volgende|next) (agenda)?(punt|item)\b/.test(f)) return run("/agenda");
  // ("wat is er vorige keer besloten over de wijkwebsite", "what did we decide last time about the wijkwebsite": about an
  // action, still the decisions.)
  if (question && /\b(besluiten|besloten|beslist|decisions|decided|decide)\b/.test(f) && /^(wat|welke|which|what|zijn er|hebben we|heeft de stuurgroep|waar|where)\b/.test(f) && (!spans.some((s) => s.exact || s.quality >= 3) || /\b(besloten|beslist|besluit|besluiten|decided|decide)\b.*\b(over|about)\b|\b(besloten|beslist|besluit|besluiten|decided|decide) (over|about|voor|bij|met)\b|\b(over|about) (?:\w+ ){1,5}(besloten|beslist|decided)$/.test(f))) return run("/besluitenlijst");
  // ("what's the order of the items tonight?", "in welke volgorde gaan de punten?": the agenda.)
  if (question && /\b(order of (?:the )?(?:agenda )?items|volgorde van de (?:agenda)?punten|welke volgorde)\b/.test(f) && !/\b(zet|change|verander|wijzig|omdraaien)\b/.test(f)) return run("/agenda");
  // "can you show me the decisions from the last meeting?", "ik mis het overzicht van de besluiten": the list asked for.
  if (/\b(besluiten|beslissingen|decisions)\b/.test(f) && (/\b(overzicht|lijst|list|overview) (van|of|met) (de |alle |the |all )?(genomen )?(besluiten|beslissingen|decisions)\b/.test(f) || (question && /\b(show|toon|laat|geef|see|zien|view)\b/.test(f)) || /^(?:(?:kun je|kan je|wil je|even|ff|graag)\s+)*(?:laat|toon|geef|stuur|show)\s+(?:me\s+|mij\s+|ons\s+)?(?:(?:even|ff|nog|maar|eens)\s+)*(?:de|alle|al de|the|all)?\s*(?:\w+\s+)?(?:besluiten|beslissingen|decisions)\b/.test(f)) && !/\b(noteer|noteren|vastleggen|record|add|toevoegen)\b/.test(f)) return run("/besluitenlijst");
  // ("heeft de stuurgroep nog wat gezegd over veilig naar school", "wat vond de stuurgroep van de moestuin": what was decided.)
  if (question && /\b(?:heeft|hebben|had)\s+de\s+stuurgroep\s+(?:\w+\s+){0,3}(?:gezegd|besloten|beslist|gevonden|gedaan)\s+(?:over|met|van)\b|\bwat\s+(?:vond|vindt|zei|zegt)\s+de\s+stuurgroep\b/.test(f)) return run("/besluitenlijst");
  // "wie is er deze week afwezig?", "wie is er allemaal afwezig en wie vervangt ze?": who is away, and their stand-ins.
  if (question && /\b(wie|who)\b/.test(f) && /\b(afwezig|afwezigheid|met verlof|away|absent|vervangt|vervanger|vervangers)\b/.test(f) && !spans.some((s) => s.exact || s.quality >= 3)) return run("/afwezig");
  // ("staat Ahmed nog als afwezig?", "moet ik nu ook de herinneringen van Ahmed oppakken?", "is Joke al terug?": who is away, and
  // who gets their reminders.)
  if (question && (/^(?:wijkbot )?(?:staat|is|zijn|staan) \p{L}+ (?:(?:nog|al|nu|inmiddels|eigenlijk)\s+)*(?:als\s+)?(?:afwezig|met verlof|ziek|weg|terug|away|absent|back)\b/u.test(f) || /\b(?:herinneringen|reminders) van \p{L}+ (?:(?:nu|ook|dan)\s+)*(?:oppakken|overnemen|krijgen|ontvangen|get)\b|\b(?:krijg|ontvang) ik (?:(?:nu|dan|ook)\s+)*(?:de )?(?:herinneringen|reminders) van \p{L}+/u.test(f)) && w.people.some((p) => f.includes(fold(p.displayName).split(" ")[0])) && !spans.some((s) => s.exact || s.quality >= 3)) return run("/afwezig");
  // "how many kids have we reached in total this year, per pillar?": the year's reach per pillar.
  if (question && /\b(hoeveel|how many|how much)\b/.test(f) && /\b(bereikt|bereik|reached|reach)\b/.test(f) && /\b(totaal|in total|total|samen|alles|alle acties|per pijler|per pillar|dit jaar|this year|overall)\b/.test(f) && !spans.some((s) => s.exact || s.quality >= 3)) return run("/jaarplan overzicht");
  // "hoeveel is er over alle acties samen begroot en uitgegeven?": the money of the year, in the report.
  if (question && /\b(hoeveel|how much|wat)\b/.test(f) && /\b(begroot|uitgegeven|besteed|budget|spent|geld|kosten)\b/.test(f) && /\b(totaal|in total|total|samen|alles|alle acties|all actions|overall|bij elkaar)\b/.test(f) && !spans.some((s) => s.exact || s.quality >= 3)) return run("/rapport");
  // "Wat hebben we eigenlijk al afgerond?": the finished actions.
  if (question && /^(wat|welke acties|which actions|what)\b/.test(f) && /\b(hebben we|zijn er|is er|have we|did we|zijn)\b/.test(f) && /\b(afgerond|afgemaakt|gedaan|voltooid|finished|completed|done)\b/.test(f) && !/\b(nog|moet|moeten|still|yet)\b/.test(f) && !spans.some((s) => s.exact || s.quality >= 3)) return run("/acties klaar");
  // "de stuurgroep heeft besloten dat het zomerkamp doorgaat toch? kun je dat checken", "… beslist X. klopt dat?": whether
  // something was decided — the decisions so far, not the action.
  if (question && /\b(heeft|hebben|is|werd|zijn) (\w+ ){0,2}(besloten|beslist)\b|\b(besloten|beslist) (dat|om)\b/.test(f) && /\b(klopt dat|klopt het|toch|checken|check|nakijken|controleren|zeker|is dat zo|right|correct)\b/.test(f)) return run("/besluitenlijst");
  // "in welke zaal zitten we donderdag?": where the meeting is.
  if (question && /\b(welke zaal|welk lokaal|waar zitten we|waar vergaderen we|waar is het|which room|where do we meet)\b/.test(f)) return run("/vergaderingen");
  // ("gaat de vergadering van donderdag gewoon door in het MFC?", "ik neem aan dat de stuurgroep in april weer in het MFC is?":
  // whether it goes on, and where — the meetings planned.)
  if (question && /\b(vergadering|stuurgroep|stuurgroepvergadering|meeting|overleg|bijeenkomst)\b/.test(f) && /\b(?:gaat|gaan|is going|still on)\b(?:\s+\S+){0,6}?\s+(?:door|ahead|on)\b|\b(?:weer|nog|gewoon|ook) (?:in|bij) (?:het|de)\b/.test(f) && !/\b(zet|plan|plannen|verzet|verzetten|verplaats|verplaatsen|niet door)\b/.test(f)) return run("/vergaderingen");
  // ("hadden we nou besloten dat het zomerkamp doorgaat of was dat nog niet rond?": what was decided — the list.)
  if (question && /^(?:wijkbot )?(?:hadden|hebben|had|heeft) (?:we|wij|jullie|de stuurgroep) (?:\w+ ){0,3}(?:besloten|beslist|afgesproken|decided)\b/.test(f)) return run("/besluitenlijst");
  // ("hebben we de begroting al als besluit genoteerd?", "staat dat al bij de besluiten?": whether it was recorded.)
  if (question && /\b(?:als besluit|bij de besluiten|in de besluitenlijst|op de besluitenlijst)\b/.test(f) && /\b(?:genoteerd|vastgelegd|opgeschreven|opgenomen|staat|staan|gezet)\b/.test(f)) return run("/besluitenlijst");
  // ("welk nummer heeft mijn punt nu?", "waar staat mijn agendapunt?": where one's item stands on the agenda.)
  if (question && /\b(?:mijn|ons|dat|het|die) (?:agenda)?punt(?:je)?\b/.test(f) && /^(?:wijkbot )?(?:welk nummer|welke plek|waar|hoeveelste|staat|als hoeveelste)\b/.test(f)) return run("/agenda");
  // ("hoe laat beginnen we donderdag ook alweer", in the stuurgroep: when the meeting starts.)
  if (question && w.chatKind === "stuurgroep" && /^(?:wijkbot )?(?:hoe laat|om hoe laat|what time|when)\b/.test(f) && /\b(beginnen|begint|starten|start|zijn we|zitten we|begin|does it start|do we start)\b/.test(f)) return run("/vergaderingen");
  // ("wanneer zien we elkaar weer?", "wanneer komen we weer bij elkaar?" in the stuurgroep: the next meeting.)
  if (question && w.chatKind === "stuurgroep" && /^(?:wijkbot )?(?:wanneer|when)\b/.test(f) && /\b(zien we elkaar|zien wij elkaar|komen we (?:weer |nog eens )?(?:bij elkaar|samen)|spreken we elkaar|treffen we elkaar|are we meeting|do we meet|see each other)\b/.test(f)) return run("/vergaderingen");
  // "welke punten staan er nog open voor donderdag?": the items of the next meeting.
  if (question && /^(welke|wat voor|hoeveel|which) (agenda)?punten\b/.test(f) && !/\b(besloten|besluiten|decided)\b/.test(f)) return run("/agenda");
  // ("ik heb met de agenda's van Henk en de wethouder gepuzzeld": people's own calendars are not the meeting's agenda.)
  if (/\bagenda(punten)?\b(?! s\b)/.test(f) && !/\b(datumprikker|prikker|doodle)\b/.test(f) && (/^(wat|welke|hoe|what|which|toon|laat|show)\b/.test(f) || !/\b(zet|op de agenda|agenderen)\b/.test(f))) return run("/agenda");
  // "wat gaan we volgende keer bespreken?", "wat komt er donderdag aan bod?": what the next meeting is about.
  if (question && /^(wat|welke|what)\b/.test(f) && /\b(bespreken|aan bod|behandelen|discuss)\b/.test(f) && !/\b(hebben|hadden|heb|had|zijn|did)\b/.test(f) && !spans.some((s) => s.quality >= 2)) return run("/agenda");
  // "welke acties heeft gezond", "lijst vreedzaam": a pillar's actions, even when a title shares the word.
  const pillarAsked = findPillarIn(f, w.pillars);
  // "wat doet pijler vreedzaam allemaal": the pillar named as a pillar — its actions.
  // ("graag een totaalbeeld van pijler Gezond, waar moeten we doorpakken?", "overzichtje van pijler gezond graag": asked to be shown.)
  if (pillarAsked && (question || showMe) && new RegExp(`\\b(pijler|pillar) ${fold(pillarAsked)}\\b`).test(f) && (/^(wat|welke|what|which)\b/.test(f) || showMe || /^hoe (staat|gaat|loopt|staan)\b/.test(f)) && !/\b(aanjager|wie|who)\b/.test(f)) return run(`/acties ${pillarAsked}`);
  // ("hoe staan we ervoor met gezond?": the pillar as a whole.)
  // ("wat is de stand van zaken bij Gezond?", "can you show me everything in Gezond?": likewise.)
  if (pillarAsked && /\b(acties|actions|lijst|lijstje|list|stand van zaken|everything|alles (van|bij|in|voor|binnen)|wie doet wat|who does what|loopt er|lopen er|wat loopt|wat gebeurt er|what is going on|staat er (nog )?open|is er (nog )?open|open|hoe (staan|staat|gaat|loopt) (we |wij |het )?(er ?voor |ervoor )?(met|bij)|hoe ver (zijn|staan|is) (we |wij |het |jullie )?(met|bij))\b/.test(f) && !spans.some((s) => s.exact || s.quality >= 4)) return run(`/acties ${pillarAsked}`);
  // "welke acties zijn er al klaar?", "hoeveel acties lopen er nog?": the finished or the open ones.
  // ("welke acties heeft ahmed eigenlijk allemaal lopen": that person's — below.)
  if (question && /\b(welke|wat voor|hoeveel|which|what|how many) (acties|actions)\b/.test(f) && !spans.some((s) => s.exact || s.quality >= 3) && !/\b(ik|mij|mijn|me|i|my|achter|behind)\b/.test(f) && !findPersonIn(text, w.people)) {
    if (/\b(klaar|af|afgerond|gedaan|voltooid|done|finished|completed)\b/.test(f) && !/\b(niet|nog niet|not)\b/.test(f)) return run("/acties klaar");
    if (/\b(lopen|loopt|lopend|lopende|open|ongoing|running)\b/.test(f) || /\b(niet|nog niet|not)( \w+)? (klaar|af|afgerond|done|finished)\b/.test(f)) return run("/acties open");
  }
  // "geef me een overzicht van alles": the whole board, not an action with "alle" in its name.
  // ("geef me even het totaalplaatje per pijler": everything, per pillar.)
  // ("hoe staat het er per pijler voor?": likewise.)
  if ((/\b(totaalplaatje|het hele plaatje|het grote plaatje|(?:alles|overzicht|stand|totaalbeeld) per pijler|overview of (?:all )?(?:the )?pillars|overzicht van (?:alle )?(?:de )?pijlers)\b/.test(f) || (question && /\bper (pijler|pillar)\b/.test(f) && /\b(hoe|how|stand|ervoor|er voor)\b/.test(f))) && !findPillarIn(f, w.pillars)) return run("/overzicht");
  if (/\b(overzicht van alles|(overzicht|overview) (van|of) (alle|de|all the|all) (pijlers|pillars)|(overzicht|overview) (van|of) (alle |all )?(de |the )?(acties|actions) per (pijler|pillar)|alles (even )?(zien|tonen|laten zien)|het hele overzicht|totaaloverzicht|overview of everything|everything at once)\b/.test(f)) return run("/overzicht");
  // "wie is eigenaar van de techniekdag?", "staat het inloopspreekuur op bezig? Anouk zei …": the action asked about.
  const firstSentence = text.split(/[?.!]/)[0];
  // (Located in the first sentence alone: "is geldlessen al klaar? … groep 8 …" has a better span for Geldlessen after the question.)
  const asked = firstSentence.length < text.length ? locateActions(w.index, firstSentence) : spans;
  // "wie trekt de pijler vreedzaam eigenlijk": the pillar's people, not an action that shares the word.
  const pillarNamed = findPillarIn(f, w.pillars);
  if (pillarNamed && /^(wie|who)\b/.test(f) && /\b(pijler|pillar|aanjager)\b/.test(f)) return run(`/wie ${pillarNamed}`);
  // ("I'm new here - who leads the Kansrijk pillar and who else is in it?": asked after a word about oneself.)
  if (pillarNamed && question && /\b(?:wie|who) (?:leads|runs|is|are|trekt|leidt|zit|zitten|doet|doen)\b/.test(f) && /\b(pijler|pillar)\b/.test(f) && !spans.some((s) => s.exact || s.quality >= 3)) return run(`/wie ${pillarNamed}`);
  // "wie doet er allemaal mee bij vreedzaam": the pillar named alone (not an action's title around it).
  if (pillarNamed && /^(wie|who)\b/.test(f) && new RegExp(`\\b(bij|van|in|for|at) (de |het )?${fold(pillarNamed)}\\s*$`).test(f)) return run(`/wie ${pillarNamed}`);
  // "hoeveel kinderen hebben we dit jaar bereikt?", "hoeveel geld is er al uitgegeven?": totals, which /rapport gives.
  if (/^(hoeveel|how many|how much)\b/.test(f) && /\b(bereikt|bereik|reached|uitgegeven|besteed|geld|euro|budget|spent|money)\b/.test(f)) {
    // ("hoeveel kinderen heeft het watertappunt bereikt?": that action's figures.)
    const named = spans.filter((s) => s.exact || s.quality >= 2);
    return named.length ? actionInfo(named, w, text) : { kind: "say", text: localText("understand.totals") };
  }
  // "wat is er dit jaar al afgerond?": the finished ones.
  // ("is er al iets klaar van de kansrijk acties deze maand?": whether anything is done — the finished ones.)
  if (question && (/^wat (is|zijn) er (\w+ ){0,4}(afgerond|klaar|af|gedaan|voltooid|afgesloten)\b/.test(f) || /^(is|zijn) er (al |nog |eigenlijk |dit jaar |deze maand |dit kwartaal )*(iets|wat|acties?|dingen) (\w+ ){0,2}(afgerond|klaar|af|voltooid)\b/.test(f)) && !spans.some((s) => s.exact || s.quality >= 2.5)) return run("/acties klaar");
  // "wat moet er deze maand af?": the open actions.
  if (/^wat (moet|moeten) er\b.*\b(af|klaar|gebeuren|gedaan worden)\b/.test(f) && !spans.some((s) => s.quality >= 2.5)) return run("/acties open");
  // "wie doet er wat bij de GGD": the organisation's people.
  const orgNamed = /^(wie|who)\b/.test(f) ? w.organisations.find((o) => new RegExp(`\\b(bij|van|from|at) (de |het )?${fold(o).split(" ")[0]}\\b`).test(f)) : undefined;
  if (orgNamed && !spans.some((s) => s.exact)) return run(`/wie ${orgNamed}`);
  // "wat heeft de GGD allemaal lopen": the organisation's people and their actions.
  const orgBusy = question && /^(wat|welke)\b.*\b(heeft|hebben|doet|doen)\b.*\b(allemaal|lopen|op stapel|onder handen)\b/.test(f) ? w.organisations.find((o) => new RegExp(`\\b(de |het )?${fold(o).split(" ")[0]}\\b`).test(f) && fold(o).split(" ")[0].length >= 3) : undefined;
  if (orgBusy && !spans.some((s) => s.exact)) return run(`/wie ${orgBusy}`);
  if (asked.length && /\b(wie (is|zijn) (de )?(eigenaar|eigenaren|trekker|kartrekker|owner)s? van|wie (trekt|doet)|who (owns|runs|leads))\b/.test(f)) return actionInfo(asked, w, text);
  // ("kan iemand anders die van mij overnemen?", "kan iemand anders mijn actie overnemen? ik ga minder werken": which one? Then
  // who — asked in turn, nothing changed before.)
  if (!asked.length && !spans.some((s) => s.exact || s.quality >= 2) && question && /\b(iemand anders|een ander|een collega|someone else)\b/.test(f) && /\b(overnemen|over nemen|overpakken|take over)\b/.test(f) && !/\b(al mijn|alle|all) (acties|actions)\b/.test(f)) {
    return { kind: "read-as", question: localText("understand.whoTakesOver"), prefix: "" };
  }
  // "kan iemand anders de techniekdag doen?": who, then? The next message names the new owner.
  if (asked.length && /\b(iemand anders|someone else|een ander)\b/.test(f) && /\b(doen|overnemen|over nemen|trekken|oppakken|take over|do|run)\b/.test(f)) {
    const picked = await pickAction(asked, w);
    if (picked.chosen) return { kind: "need-action", question: localText("understand.ask.owner", { title: picked.chosen.title }), command: `actie eigenaar ${picked.chosen.title}:`, pickActionId: picked.chosen.id };
  }
  // "heeft peter de speeltuin al op bezig gezet?": asked about the action's state, with its owner named.
  if (asked.length && question && /\b(al|nog|already|yet)\b/.test(f) && STATUS_WORDS.some((s) => s.pattern.test(f)) && !CHANGE_SIGNAL.test(fold(firstSentence).replace(/\bgezet\b/g, ""))) return actionInfo(asked, w, text);
  // "heb jij de deadline van het zomerkamp veranderd", "heeft iemand de moestuin al op klaar gezet": asked about a change — the action as it is.
  if (asked.length && question && /^(heb|heeft|hebben|had|hadden) (jij|je|u|iemand|hij|zij|ze|we|wij|\p{L}+) /u.test(f) && /\b(veranderd|gewijzigd|aangepast|gezet|verzet|verschoven|gedaan|bijgewerkt|genoteerd|afgevinkt|changed|updated|set|moved)\b/.test(f)) return actionInfo(asked, w, text);
  // "wat is de deadline van de wijkwebsite" (no question mark): asked about, not to be changed.
  if (asked.length && question && !text.includes("?") && /^(wat is|wat zijn|wat was|wanneer|hoe ver|hoeveel|welke|what is|what s|what are|when)\b/.test(f) && !/\b(zet|zetten|verzet|verzetten|verschuif|schuif|opschuiven|uitstellen|noteer|overnemen|parkeer|parkeren|stoppen|afronden|afsluiten|markeer|mark|set|move|postpone|moet|moeten|kan|kunnen|mag|wordt|worden|veranderen|aanpassen|wijzigen|naar|nieuwe)\b/.test(fold(firstSentence))) return actionInfo(asked, w, text);
  if (asked.length && question && text.includes("?") && !findPersonIn(firstSentence, w.people) && !/^(wie|who)\b/.test(f) && !CHANGE_SIGNAL.test(fold(firstSentence))) return actionInfo(asked, w, text);
  // ("heeft Lisa de huiswerkbegeleiding nog of is die al overgezet?", "zijn de geldlessen nog van mij of heeft Lisa ze
  // overgenomen?", "klopt het dat Esther de huiskamer heeft geparkeerd?", "wie heeft de buurtmoestuin nu eigenlijk, ik of joke?":
  // who has the action, or what someone did to it — the action as it is, not the person.)
  const ofWhom = question && text.includes("?") && (findPersonIn(text, w.people) || /\b(ik|mij|me)\b/.test(f)) ? spans.filter((s) => s.exact || s.quality >= 2) : [];
  if (ofWhom.length && /\b(nog van|van mij|van hem|van haar|nog (steeds )?(bij|van)|overgenomen|overgezet|overgedragen|klopt het dat|is het waar dat|wie heeft|alleen of|doet (\p{L}+ )?(ook )?mee|heeft (\p{L}+ ){1,4}(al|nog|net|inmiddels) |(al|nog|net|inmiddels) (\p{L}+ ){1,5}(gezet|gehangen|geparkeerd|gestopt|afgerond|verzet|veranderd|aangepast|gehaald|opgepakt))/u.test(f) && !/\b(verlof|afwezig|ziek|vakantie|met vakantie|op vakantie|away)\b/.test(f) && !/^(kun|kan|wil|wilt|zou|mag|moet|zet|doe)\b/.test(f)) return actionInfo(ofWhom, w, text);
  // "wat is mijn rol eigenlijk?", "welke rol heb ik": the sender as the team sees them.
  if (w.sender?.displayName && /\b(mijn rol|welke rol heb ik|wat is mijn functie|wie ben ik (hier|voor jou|in de wijk)|my role|what is my role)\b/.test(f)) return run(`/wie ${w.sender.displayName}`);
  const person = findPersonIn(text, w.people);
  if (person && /\b(acties|actions|doet|doen|bezig|heeft|trekt|werkt|organisatie|functie|rol|taken|does|has|working|works|op (de |zijn |haar )?naam|on (his|her) (name|plate)|lijstje|takenlijst)\b/.test(f) && !/\b(afmelden|uitschrijven|meld (\w+ ){0,2}af)\b/.test(f) && !spans.some((s) => s.quality >= 4) && !(/\b(mijn|onze|my|our) (pijler|pillar)\b/.test(f) && findPillarIn(f, w.pillars))) return run(`/wie ${person}`);
  const pillar = findPillarIn(f, w.pillars);
  if (/^(wie|who)\b/.test(f) || /\b(wie is|wie zijn|wie doet|wie doen|wie werken|wie zitten|wie trekt|wie zit|wie heeft|wie is wie|who is|who does)\b/.test(f)) {
    // ("wie zitten er allemaal in de wijk?", "wie doen er mee?": everyone — "de wijk" names no action here.)
    if (/\bwie is wie\b|\bwho is who\b|^(wie|who) (zitten|zijn|doen|werken|are) (er )?(allemaal )?(in (de|het|onze) (wijk|team|groep|wijkteam)|mee|erbij|in it)\b/.test(f)) return run("/wie");
    // ("ik ben Youssef, aanjager vreedzaam. wie doen er allemaal mee in mijn pijler?": the pillar, not the one introducing themselves.)
    if (pillar && /\b(mijn|onze|my|our) (pijler|pillar)\b/.test(f)) return run(`/wie ${pillar}`);
    if (person) return run(`/wie ${person}`);
    if (pillar) return run(`/wie ${pillar}`);
    const org = w.organisations.find((o) => f.includes(fold(o)) || fold(o).split(" ").some((word) => word.length >= 3 && f.split(" ").includes(word) && !["groningen", "lewenborg"].includes(word)));
    if (org) return run(`/wie ${org}`);
    if (spans.length) return actionInfo(spans, w, text);
    return run("/wie");
  }
  // ("graag een totaalbeeld van pijler Gezond": a pillar's name is no action.)
  if (spans.some((s) => !pillarWord(s)) && (question || showMe || /^(info|informatie|details)\b/.test(f)) && !CHANGE_SIGNAL.test(f)) return actionInfo(spans.filter((s) => !pillarWord(s)), w, text);
  if (pillar && /\b(acties|hoe staat|hoe gaat|stand|actions|how is|ervoor|totaalbeeld|overzicht|overview|stand van zaken)\b/.test(f)) return run(`/acties ${pillar}`);
  // ("stuur mij het weekoverzicht voortaan ook elke week": every week from now on — switched on.)
  if (/\bweekoverzicht\b/.test(f) && /\b(voortaan|elke week|iedere week|wekelijks|vanaf nu|every week|from now on)\b/.test(f) && !/\b(niet|geen|not|no|uit|stop)\b/.test(f)) return question ? { kind: "confirm", question: localText("understand.confirm", { what: "/weekoverzicht aan" }), text: "/weekoverzicht aan" } : run("/weekoverzicht aan");
  if (/\bweekoverzicht\b/.test(f) && /^(geef|stuur|laat|toon|mag ik|kan ik|kun je|kan je|wat staat er in|give|send|show)\b/.test(f) && !/\b(niet|geen|not|no|uit|stop|nooit|never)\b/.test(f)) return run("/weekoverzicht");
  // ("overzicht van alle acties van vreedzaam": that pillar's actions.)
  if (pillar && /\b(acties|actions)\b/.test(f) && /\b(overzicht|overview|lijst|list)\b/.test(f)) return run(`/acties ${pillar}`);
  if (/\b(\w*overzicht|hoe staan we|hoe staat het ervoor|hoe staat alles|stand van zaken|overview|hoe gaat het met alles|board)\b/.test(f)) return run("/overzicht");
  if (/\b(open acties|lopende acties|welke acties lopen|wat loopt er|wat is er open|open actions|wat staat er (nog |allemaal )*open)\b/.test(f)) return run("/acties open");
  if (/\b(welke acties|alle acties|hoeveel acties|which actions|all actions|wat zijn de acties)\b/.test(f)) return run(pillar ? `/acties ${pillar}` : "/acties");
  if (/\b(te laat|overdue|late)\b/.test(f)) return run("/acties te laat");
  // ("show me my reminders pls": one's reminders, in English.)
  if (/\bherinneringen\b/.test(f) || /\b(?:show|list|see|give)\b.*\bmy reminders\b/.test(f)) return run("/herinneringen");
  if (pillar) return run(`/acties ${pillar}`);
  // "hoe staat het met dat ding van de gemeente?": about an action, but which one?
  if (question && !spans.length && /\b(hoe (staat|gaat|loopt|zit) het (\w+ )?met|how is|what about)\b/.test(f) && !/\bmet (je|jou|jullie|u|iedereen|alles|ons|jezelf|de groep|het team)\b/.test(f)) {
    return { kind: "need-action", question: localText("understand.whichAction"), command: "actie info" };
  }
  return undefined;
}

export async function actionInfo(spans: ActionSpan<IndexedAction>[], w: UnderstandWorld, text: string): Promise<Understanding> {
  // "is geldlessen al klaar? wil weten of groep 8 …": the action asked about is the one in the question.
  const mark = text.indexOf("?");
  const asked = mark > 0 ? spans.filter((s) => s.end <= mark) : [];
  if (asked.length) spans = asked;
  const picked = await pickAction(spans, w);
  if (picked.chosen) return { kind: "run", text: `/actie info ${picked.chosen.title}`, pickActionId: picked.chosen.id };
  return choose(picked.contenders, "actie info", "", spans[0], text);
}

/** "welke acties lopen achter": a question about what is late (a title with "achter" in it is not meant). */
const LATE = /\b(welke|wat|which|what|is er (?:iets|wat|een actie|nog iets)|zijn er (?:acties|dingen)|is anything|are any)\b.*\b(lopen achter|loopt achter|loopt er (?:\w+ ){0,2}achter|lopen er (?:\w+ ){0,2}achter|achter op (het )?schema|achter op (de )?planning|achterstand|behind schedule|behind|achter lopen|achterlopen|te laat|over de deadline|over (hun|de|z n|zijn|haar) deadline( heen)?|over de datum|over tijd|over datum|overdue|late)\b/;

const NEWSLETTER = /\b(wijkkrant|nieuwsbrief|buurtkrant|stukje voor|maandbericht|bericht voor de (buurt|wijk|nieuwsbrief)|newsletter)\b/;
/** The monthly piece asked for — not the wijkkrant named as a partner ("Wijkkrant Lewenborg is nu ook partner bij …"). */
function asksNewsletter(f: string): boolean {
  return NEWSLETTER.test(f) && !/\b(partner\w*|doet mee|doen mee|doet ook mee|doen ook mee|samen met|sluit aan|sluiten aan|sponsor\w*)\b/.test(f);
}

/** Words that make a question about an action a request to change it ("kun je X op klaar zetten?"). */
const CHANGE_SIGNAL =
  /^(kan|kun|kunnen|mag|wil|wilt|zou|zullen|can|could|moet|moeten|hoort|should)\b.*\b(op|naar) (klaar|bezig|gestopt|stop|geparkeerd|af|done)\b|\b(pas|zet|verander|wijzig) (je|jij|u) (dat|dit|het|die|hem) (\w+ )?(aan|om|goed)\b|^(kan|kunnen|mag|can|could)\b.*\bnaar (\d|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|volgende|eind|begin|half|na de|voor de|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)|\b(zet|zetten|verzet|verzetten|verschuif|schuif|opschuiven|uitstellen|later|eerder|deadline|noteer|noteren|opschrijven|eigenaar|overnemen|partner|bereikt|uitgegeven|besteed|begroot|parkeer|parkeren|stoppen|afronden|afsluiten|markeer|mark|set|move|postpone)\b/;
