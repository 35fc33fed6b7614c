import { editDistance, fold } from "../parse/text.ts";
import type { ActionSpan } from "../action-names/locate-action.ts";
import { locateActions } from "../action-names/locate-action.ts";
import type { IndexedAction } from "../action-names/action-index.ts";
import { localText } from "../i18n/index.ts";
import type { Understanding, UnderstandWorld } from "./index.ts";
import { confirmCommand, confirmEach, findOrganisationIn, numberWordsToDigits, tidyDictation } from "./helpers.ts";
import { contentWords } from "./pick.ts";
import { findDateIn } from "./find-date.ts";
import { ENGLISH_GLOSS } from "../parse/english-gloss.ts";

const NEW_ACTION =
  /^(?:@?wijkbot[\s,:]+)?(?:nieuw|nieuwe|new|new one|nog een|nieuwe erbij|(?:nieuw|nieuwe) (?:plan|idee|project|actiepunt|actei|aktie))(?:\s+(?:please|pls|graag|aub))?\s*:|\b(?:zet|zetten) er (?:een |even een )?(?:nieuwe )?actie bij\b|\b(?:kan|mag|kun) er (?:een |nog een )?(?:nieuwe )?actie bij\b|\b(nieuwe actie|nieuw actie|nieuwe activiteit|nieuw project|(?:een |een nieuwe )actie (?:toe te voegen|aan te maken|te maken|te registreren|in te voeren)|maak (?:een |even een |graag een )?(?:nieuwe )?actie(?: aan)?|voeg (?:een |even een )?(?:nieuwe )?actie(?: toe)?|actie (?:aan)?maken|actie toevoegen|(?:een |een nieuwe |nieuwe )actie (?:starten|beginnen|opstarten|opzetten)|(?:start|begin|starten|beginnen) (?:we |ik )?(?:een |een nieuwe |nieuwe )actie|actie erbij|actie aanmaken|voeg (?:(?:graag|even|ff|maar|nog)\s+)?toe(?!\s+aan\s+de\s+agenda)|zet (?:een )?nieuwe actie(?: op de lijst)?|als (?:nieuwe )?actie (?:zetten|toevoegen|aanmaken)|new action|new actie|nieuw actie|add (?:an |a new )?action|add (?:a )?new (?:actie|action)|create (?:an |a new )?action|nije aksje|nieuwe aksie|nieuwe akie)\b/i;

const AGE = /(?:^|[\s,(])(?:(?:voor\s+)?(?:de\s+)?(?:jongeren|kinderen|kids|tieners|jeugd)(?:\s+van)?\s+|(?:doelgroep|target group|age group|leeftijdsgroep|leeftijd|age|ages)\s*:?\s*)?(0\s*[-–]\s*4|4\s*[-–]\s*12|12\s*\+|12\+|12 plus|12plus|algemeen)(?:\s*jaar)?(?=$|[\s,.)])/i;

/**
 * "nieuwe actie: Buurtmoestuin, pijler Gezond, deadline 1 juni, eigenaar @Fatima": the title
 * and the parts people add after it (pillar, deadline, owners, age group, partner), in any
 * order, with or without the keywords. Always asked first: a new action is shown as the
 * exact command before anything is stored.
 */
export function readNewAction(said: string, f: string, w: UnderstandWorld, _question: boolean): Understanding | undefined {
  // The words people use around the parts: thanks at the end, "streefdatum" for the deadline, "ondergetekende" for "ik".
  const tidied = said
    .replace(/[\s,.]*\b(?:dank je wel|dank je|dankjewel|dank u wel|dank u|bedankt|alvast bedankt|alvast dank|thanks|thx|groetjes)\b[\s.!\p{Extended_Pictographic}\u{FE0F}]*$/iu, "")
    // ("…, deadline 26 september haha": laughter at the end is not a part.)
    .replace(/(?:[\s,]+(?:haha\w*|hihi\w*|hehe\w*|xd|lol))+[\s.!]*$/i, "")
    .replace(/\b(?:streefdatum|einddatum|opleverdatum|target date|due date)\b/gi, "deadline")
    .replace(/\s+en (?:de )?deadline (?:is|wordt)\s+/gi, ", deadline ")
    .replace(/\bondergetekende\b/gi, "ik")
    // ("… Deadline na de zomervakantie. Wil je hem aanmaken?": asking to make it is no part of it.)
    .replace(/[\s.,;!?]+(?:wil|kun|kan|zou)\s+(?:je|jij|u)\s+(?:hem|het|die|deze|dat)\s+(?:(?:even|graag|alvast|nog)\s+)*(?:aanmaken|toevoegen|maken|erbij zetten|invoeren|opnemen)\s*\??[\s.!]*$/i, "")
    // ("zet deze erbij: Vaccinatievoorlichting voor jongeren, pijler Gezond, …": a new action with its parts.)
    .replace(/^(\s*(?:@?wijkbot[\s,:]*)?)(?:zet|doe|voeg)\s+(?:deze|dit|die)\s+(?:er\s+)?(?:(?:ook|nog|even|maar)\s+)*(?:bij|erbij|erin|toe)\s*:\s*(?=\S[^:]*,\s*(?:pijler|deadline|doelgroep|eigenaar|eigenaren|partner|beoogd|begroot)\b)/i, "$1nieuwe actie: ")
    // ("new action Teen sleep workshop, Gezond pillar, 12+, with GGD Groningen, target 40 students, by June 1st": the parts in English.)
    .replace(/,\s*(\p{Lu}\p{L}+)\s+pillar\b/gu, ", pijler $1")
    .replace(/,\s*(?:together\s+)?with\s+(\p{Lu}[^,;]{1,40}?)(?=\s*(?:,|$))/gu, ", partner $1")
    .replace(/,\s*target(?:ing)?\s+(\d{1,6})(?:\s+[a-z]+)?(?=\s*(?:,|$))/gi, ", beoogd $1")
    .replace(/,\s*(?:by|before|due)\s+(?=(?:the\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|end of|next))/gi, ", deadline ")
    // ("nieuwe aktie: …, eigenar ik, deadlien eind april, parter Lefier": the words for the parts typed with a letter wrong.)
    .replace(/\b(nieuwe|new|een|de)\s+aktie\b/gi, "$1 actie")
    .replace(/(^|[\s,.;:])(eigenar|eigennaar|eigeaar|eignaar|deadlien|dealine|deadine|deadlne|parter|partnr|patner|pijlr|pilaar)(?=[\s:]+\S)/gi, (_m, lead: string, word: string) => `${lead}${/^ei/i.test(word) ? "eigenaar" : /^de/i.test(word) ? "deadline" : /^pa/i.test(word) ? "partner" : "pijler"}`)
    // ("Actie nieuw: Training oudermediatoren ronde 2. …": the command's own words, typed without the slash, with a colon.)
    .replace(/^(\s*(?:@?wijkbot[\s,:]*)?)actie\s+nieuw\s*:/i, "$1nieuwe actie:")
    // ("nog een actie: buurtbarbecue flat, …": one more new action.)
    .replace(/^(\s*(?:@?wijkbot[\s,:]*)?)(?:nog\s+(?:een|1)|ook\s+een|en\s+nog\s+een)\s+(?:nieuwe\s+)?actie\s*:/i, "$1nieuwe actie:")
    // ("new action for the youth: gaming workshop", "nieuwe actie voor komend schooljaar: …", "nieuwe actie namens de stuurgroep: …":
    // who or when it is for, said before the colon, is no part of the name — a person or a pillar there is read below.)
    // ("new action for Ahmed: …": a person of the wijk it is for stays, as "voor Ahmed:".)
    .replace(/\b(nieuwe actie|new action)\s+((?:for|namens|on behalf of)\s+[^:,]{2,30}?|voor\s+(?:komend|volgend|het nieuwe|na|de|het)\s+[^:,]{2,30}?)\s*:\s*(?=\S)/gi, (_m, lead: string, who: string) => {
      const person = /^for\s+\S+$/i.test(who.trim()) ? w.people.find((x) => fold(x.displayName).split(" ")[0] === fold(who.trim().slice(4)))?.displayName : undefined;
      return person ? `${lead} voor ${person}: ` : `${lead}: `;
    })
    // ("nieuwe actie op verzoek van de stuurgroep: …", "new action from tonight: …", "nieuw actiepunt uit het veiligheidsoverleg: …":
    // where it comes from, said before the colon, is no part of the name.)
    .replace(/\b(nieuwe actie|new action|nieuw actiepunt)\s+(?:op verzoek van|uit|vanuit|naar aanleiding van|n\.?a\.?v\.?|from|after|out of)\s+[^:,]{2,40}?\s*:\s*(?=\S)/gi, (_m, lead: string) => `${/actiepunt/i.test(lead) ? "nieuwe actie" : lead}: `)
    // ("nieuwe actie trouwens: schaakclub na schooltijd": an aside before the colon.)
    .replace(/\b(nieuwe actie|new action)\s+(?:trouwens|btw|ook|nog|graag|even|ff)\s*:/gi, "$1:")
    // ("wintertoernooi op 28 en 29 december": an action of two days is done on the last.)
    .replace(/\b(op|van)\s+\d{1,2}\s*(?:en|t\/m|tot en met|&|-|–)\s*(\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec))\b/i, "$1 $2")
    // ("zet maar als actie: jongerenraad lewenborg, …", "noteer als actie: …", "zet er ook nog een actie bij: …", "zet een actie erin:
    // …", "zet ook maar een actie neer voor gezond: 'X'": a new action asked for before the colon (what was said before that is
    // why); a pillar said with it is its pillar.)
    // ("zet een actie uit voor Fatima: …", "ik zet even een actie neer voor het hele team: …": the same, with who it is for.)
    .replace(/^.*?\b(?:zet|noteer|voeg|doe)\s+(?:(?:ook|nog|even|ff|maar|er|graag|dan)\s+)*(?:als|een)\s+(?:nieuwe\s+)?actie(?:\s+(?:bij|erbij|erin|in|toe|neer|aan|uit))?(?:\s+voor\s+(?:het\s+hele\s+team|iedereen|de hele wijk|ons allemaal)|\s+voor\s+(\p{L}+))?\s*:\s*(\S.*)$/iu, (m, pillar: string | undefined, rest: string) => {
      const known = pillar ? w.pillars.find((p) => fold(p) === fold(pillar)) : undefined;
      // ("zet een actie uit voor Fatima: …": a person of the wijk it is for is its owner.)
      const person = pillar && !known ? w.people.find((x) => fold(x.displayName).split(" ")[0] === fold(pillar))?.displayName : undefined;
      if (person) return `nieuwe actie voor ${person}: ${rest}`;
      return pillar && !known ? m : `nieuwe actie: ${rest}${known ? `, pijler ${known}` : ""}`;
    })
    // ("zet ff een actie neer: …": an action put down is one made.)
    .replace(/\b(?:zet|zetten)\s+(?:(?:ff|even|maar|graag|snel)\s+)*(?:een\s+)?(?:nieuwe\s+)?actie\s+neer\b/i, "maak een nieuwe actie aan")
    // ("maak aan: valpreventie peuters, gezond": the new action after the colon.)
    .replace(/^(\s*(?:@?wijkbot[\s,:]*)?)(?:maak aan|graag aanmaken|aanmaken|create)\s*:\s*(?=\S)/i, "$1nieuwe actie: ")
    // ("nieuwe actie vóór 1 maart: …", "voor 1 april wil ik een actie: …": the deadline said before the colon.)
    .replace(/^(\s*(?:@?wijkbot[\s,:]*)?)(?:(?:nieuwe actie|new action)\s+(?:vóór|voor|uiterlijk|before)\s+([^:,]{3,25}?)|(?:vóór|voor|uiterlijk|before)\s+([^:,]{3,25}?)\s+(?:wil ik|willen we|graag)\s+(?:een\s+)?(?:nieuwe\s+)?actie)\s*:\s*(\S.*)$/i, (m, lead: string, a: string | undefined, b: string | undefined, rest: string) => {
      const when = (a ?? b ?? "").trim();
      return /\d|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|vakantie|kerst|zomer/i.test(when) ? `${lead}nieuwe actie: ${rest}, deadline ${when}` : m;
    })
    // ("kan er een actie bij voor taalles voor ouders?": what the action is for is its name.)
    .replace(/\b((?:kan|mag|kun) er (?:een |nog een )?(?:nieuwe )?actie bij)\s+(?:voor|over|rond)\s+(?=\S)/i, "$1: ")
    // ("…? weet nog niet welke pijler", "pijler weet ik nog niet": no pillar said.)
    .replace(/[\s,.;?!]*(?:(?:ik\s+)?weet\s+(?:ik\s+)?(?:nog\s+)?niet\s+(?:onder\s+)?welke\s+pijler|pijler\s+weet\s+ik\s+(?:nog\s+)?niet)[\s.!]*$/i, "");
  // "zou ik graag de actie 'Slaapspreekuur voor ouders van baby's' registreren, pijler Gezond": the quoted name is the new action.
  const registered = tidied.match(/\b(?:de|een)\s+(?:nieuwe\s+)?actie\s+(["'“‘].{3,80}?["'”’])\s+(?:registreren|toevoegen|aanmaken|vastleggen|maken|invoeren|opnemen|zetten)\b[\s,.;:]*(.*)$/i);
  // "nieuwe actie, deadline 10 april, kansrijk, trekker ben ik: leesclub voor groep 5 en 6": the parts first, the name after the colon.
  const partsFirst = registered ? null : tidied.match(/^(.*?\bnieuwe actie)\s*,\s*([^:]+?)\s*:\s*([^,;:]{3,80}?)[\s.!]*$/i);
  const reordered = registered ? `nieuwe actie: ${registered[1]}${registered[2].trim() ? `, ${registered[2].trim()}` : ""}` : partsFirst ? `${partsFirst[1]}: ${partsFirst[3]}, ${partsFirst[2]}` : tidied;
  if (reordered !== said) {
    said = reordered;
    f = fold(said);
  }
  // "Twee nieuwe acties: 1. X (vreedzaam, eigenaar Youssef) 2. Y (gezond, 0-4)": each line its own new action, all shown first.
  const listed = /\b(nieuwe acties|new actions|acties (?:aanmaken|toevoegen)|(?:twee|drie|vier|2|3|4) (?:nieuwe )?acties)\b/.test(f) ? [...said.matchAll(/(?:^|\n)\s*(?:\d{1,2}[.)]|[-*•])\s+([^\n]{3,})/g)].map((m) => m[1].trim()) : [];
  if (listed.length >= 2) {
    const commands = listed.map((line) => {
      const one = `nieuwe actie: ${line.replace(/\s*\(([^)]*)\)\s*[.;]?$/, ", $1")}`;
      const reading = readNewAction(one, fold(one), w, false);
      return reading && reading.kind === "confirm" && !reading.then ? reading.text : undefined;
    });
    if (commands.every(Boolean)) return confirmEach((commands as string[]).map((text) => ({ text })));
  }
  // "misschien moeten we ook iets met een repaircafé doen, weet niet of dat past": an idea — offered as a new action, asked first.
  const idea = said.match(/^\s*(?:@?wijkbot[\s,:]*)?(?:misschien|wellicht|mss|zullen we|moeten we|kunnen we|zouden we)\s+(?:(?:moeten|kunnen|zouden)\s+)?(?:we\s+)?(?:ook\s+|eens\s+|nog\s+)*iets\s+(?:met|rond|rondom|doen met)\s+(?:een\s+|de\s+|het\s+)?([^,.;?!]{3,40}?)\s+(?:doen|organiseren|opzetten|starten|beginnen|oppakken)\b/i)?.[1];
  if (idea && !/^(iets|dat|dit|het)$/i.test(idea.trim())) return confirmCommand(`/actie nieuw ${idea.trim().charAt(0).toUpperCase()}${idea.trim().slice(1)}`);
  // ("ik wil graag een actie Energiespreekuur in de flat starten. Begroot 1500 euro, …", "kun je een actie Schoolpleinen open na
  // schooltijd aanmaken onder Vreedzaam, …?", "kan je een actie aanmaken, kansrijk, deadline eind mei, met als titel X": the name,
  // then the parts said around it.)
  const namedStart = said.match(/\b(?:ik wil|we willen|wil ik|willen we|ik zou|we zouden)\s+(?:graag\s+|ook\s+|nog\s+)*een\s+(?:nieuwe\s+)?actie\s+(\p{Lu}[^,.;:!?]{2,60}?)\s+(?:starten|opzetten|beginnen|opstarten|aanmaken|maken|organiseren)\b[\s.,;:!]*(.*)$/u) ??
    said.match(/\b(?:kun|kan|kunt|wil|wilt|zou)\s+(?:je|jij|u)\s+(?:(?:voor mij|voor ons|even|ff|misschien)\s+)*een\s+(?:nieuwe\s+)?actie\s+(\p{Lu}[^,.;:!?]{2,60}?)\s+(?:aanmaken|maken|toevoegen|zetten|erbij zetten|invoeren)\b[\s,]*(.*?)[?.!]*$/u);
  const withTitle = namedStart ? null : said.match(/\b(?:(?:kun|kan|kunt|wil|wilt|zou)\s+(?:je|jij|u)\s+(?:(?:voor mij|voor ons|even|ff)\s+)*)?een\s+(?:nieuwe\s+)?actie\s+(?:aanmaken|maken|toevoegen|zetten)\b[\s,]*(.*?)[\s,]*\bmet als (?:titel|naam)\s*:?\s*(.{3,80}?)[\s.!?]*$/i);
  if (namedStart || withTitle) {
    const title = namedStart ? namedStart[1] : withTitle![2];
    const parts = (namedStart ? namedStart[2] : withTitle![1]).trim().replace(/[.!?]+$/, "").replace(/\.\s+/g, ", ");
    said = `nieuwe actie: ${title.trim()}${parts ? `, ${parts}` : ""}`;
    f = fold(said);
  }
  // ("de stuurgroep wil een actie Wijkfeest onder Vreedzaam, …": a new action asked for by its name.)
  const wanted = said.replace(/^(\s*(?:@wijkbot[\s,:]*)?)(?:(?:de\s+)?stuurgroep|we|wij|ik|de coördinator|de coordinator)\s+(?:wil|willen|wilt)\s+(?:graag\s+|ook\s+|nog\s+)*een\s+(?:nieuwe\s+)?actie\s+(?=\p{Lu})/u, "$1nieuwe actie ");
  if (wanted !== said) {
    said = wanted;
    f = fold(said);
  }
  // ("…, kun je dat als actie voor gezond zetten met Anouk als eigenaar?": the pillar said inside the request is one of the parts.)
  const pillarAlternatives = w.pillars.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  if (pillarAlternatives) {
    const pillarInRequest = new RegExp(`\\bals\\s+(nieuwe\\s+)?actie\\s+(?:voor|bij|onder)\\s+(?:de\\s+)?(?:pijler\\s+)?(${pillarAlternatives})\\s+(toevoegen|erbij zetten|aanmaken|zetten)\\b`, "i");
    const moved = said.replace(pillarInRequest, (_m, fresh: string | undefined, pillar: string, verb: string) => `als ${fresh ?? ""}actie ${verb}, pijler ${pillar},`);
    if (moved !== said) {
      said = moved;
      f = fold(said);
    }
  }
  // "we gaan een taalcafé voor ouders opzetten, kun je dat toevoegen? kansrijk": the plan is the new action.
  const plan =
    said.match(/^\s*(?:@wijkbot\s+)?(?:we|wij|ik)\s+(?:gaan|willen|ga|wil)\s+(?:ook\s+|binnenkort\s+)?(?:een\s+|het\s+|de\s+)?(.{3,60}?)\s+(?:opzetten|organiseren|starten|beginnen|opstarten)\s*[,.;]?\s*(?:kun|kan|wil|zou)\s+(?:je|jij|u)\s+(?:dat|dit|het|die|deze)\s+(?:als\s+(?:nieuwe\s+)?actie\s+)?(?:toevoegen|erbij zetten|aanmaken|erbij doen|zetten|erbij)\b\s*[?!.]*\s*(.*)$/i) ??
    // ("we starten in maart met een babymassage cursus, kun je die toevoegen? pijler gezond": what is started is the action.)
    said.match(/^\s*(?:@wijkbot\s+)?(?:we|wij|ik)\s+(?:starten|beginnen|start|begin|gaan starten|gaan beginnen)\s+(?:(?:in|na|vanaf|per)\s+\S+\s+|binnenkort\s+|volgende\s+\S+\s+|ook\s+)*met\s+(?:een\s+|het\s+|de\s+)?(.{3,60}?)\s*[,.;]?\s*(?:kun|kan|wil|zou)\s+(?:je|jij|u)\s+(?:dat|dit|het|die|deze)\s+(?:als\s+(?:nieuwe\s+)?actie\s+)?(?:toevoegen|erbij zetten|aanmaken|erbij doen|zetten|erbij)\b\s*[?!.]*\s*(.*)$/i);
  // "we gaan starten met een beweegspreekuur voor peuters, gezond, 0-4, ik trek hem": a plan with the parts of an action.
  const starts = plan ? null : said.match(/^\s*(?:@wijkbot\s+)?(?:we|wij|ik)\s+(?:gaan|ga|willen|wil)\s+(?:binnenkort\s+|ook\s+|volgende maand\s+)?(?:starten|beginnen|opzetten|organiseren|opstarten)\s+(?:met\s+)?(?:een\s+|het\s+|de\s+)?([^,;:.]{3,60}?)\s*[,;]\s*(.+)$/i);
  // "we willen een robotica-club starten voor groep 6 tot 8, valt onder kansrijk": the plan, then its parts.
  const startsAfter = plan || starts ? null : said.match(/^\s*(?:@wijkbot\s+)?(?:we|wij|ik)\s+(?:gaan|ga|willen|wil)\s+(?:binnenkort\s+|ook\s+|graag\s+|volgende maand\s+|deze (?:zomer|winter|herfst|lente|maand)\s+|in het (?:voorjaar|najaar)\s+|in de (?:zomer|winter|herfst|lente)\s+|na de \S+\s+|dit (?:jaar|voorjaar|najaar)\s+|volgend jaar\s+)*(?:een\s+|het\s+|de\s+)?([^,;:.]{3,60}?)\s+(?:starten|beginnen|opzetten|organiseren|opstarten)\b([^,;:.]{0,40}?)\s*[,;]\s*(.+)$/i);
  const isPart = (p: string) => w.pillars.some((name) => fold(p) === fold(name) || fold(p) === `pijler ${fold(name)}` || new RegExp(`^(valt|hoort) (onder|bij) (de )?(pijler )?${fold(name)}$`).test(fold(p))) || AGE.test(` ${p}`) || /^(ik trek (hem|het)|eigenaar\b|deadline\b)/i.test(p.trim());
  const partsSaid = starts ? starts[2].split(/\s*[,;]\s*/).some(isPart) : false;
  const partsAfter = startsAfter ? startsAfter[3].split(/\s*[,;]\s*/).some(isPart) : false;
  // "zet de lentemarkt er even bij als actie, deadline 20 april", "graag een actie voor de buurtbarbecue in juni, Esther trekt hem".
  const putAsAction = plan || starts || startsAfter ? null : said.match(/^\s*(?:@wijkbot\s+)?(?:zet|doe)\s+(?:de\s+|het\s+|een\s+)?(.{3,60}?)\s+(?:er\s+)?(?:even\s+|ook\s+|nog\s+|maar\s+)*bij\s+als\s+(?:nieuwe\s+)?actie\b\s*[,;.:]?\s*(.*)$/i);
  const actionFor = plan || starts || startsAfter || putAsAction ? null : said.match(/^\s*(?:@wijkbot\s+)?(?:(?:graag|ik wil graag|ik wil|ik zou graag|kun je|kan je|wil je|maak)\s+)?(?:(?:even|ook|nog|ff)\s+)*een\s+(?:nieuwe\s+)?actie\s+(?:(?:maken|aanmaken|toevoegen)\s+)?(?:voor|over)\s+(?:de\s+|het\s+|een\s+)?([^,;:.?]{3,60}?)(?:\s+(?:aanmaken|maken|toevoegen))?\s*(?:[,;]\s*(.*))?[?.!]*$/i);
  // ("ik wil iets nieuws opstarten want …, een straatvoetbaltoernooi in de meivakantie, valt onder vreedzaam, voor de 12+": the
  // new thing is the part that starts with "een"; the parts after it go along, the reason before it does not.)
  const somethingNew = said.match(/^\s*(?:@?wijkbot[\s,:]*)?(?:ik|we|wij)\s+(?:wil|willen|ga|gaan|zou|zouden)\s+(?:graag\s+|ook\s+|binnenkort\s+)*iets\s+nieuws?\s+(?:willen\s+)?(?:opstarten|starten|beginnen|opzetten|organiseren|doen)\b(.*)$/i);
  const newParts = somethingNew ? somethingNew[1].split(/\s*[,;:]\s*/) : [];
  const newTitleAt = newParts.findIndex((p, i) => i > 0 && /^(?:namelijk\s+|nl\s+|en wel\s+)?(?:een|an?)\s+\S/i.test(p.trim()));
  const newTitle = newTitleAt > 0 ? newParts[newTitleAt].trim().replace(/^(?:namelijk\s+|nl\s+|en wel\s+)?(?:een|an?)\s+/i, "").replace(/[.!]+$/, "") : undefined;
  const newAfter = newTitleAt > 0 ? newParts.slice(newTitleAt + 1).map((p) => p.replace(/\s+(?:denk ik|lijkt me|toch|of zo|ofzo|geloof ik)[\s.!]*$/i, "").replace(/^voor de (?=0|4|12)/i, "")).filter((p) => p.trim()) : [];
  const text = newTitle && newTitle.split(/\s+/).length <= 8
    ? `nieuwe actie: ${newTitle.charAt(0).toUpperCase()}${newTitle.slice(1)}${newAfter.length ? `, ${newAfter.join(", ")}` : ""}`
    : plan
    ? `nieuwe actie: ${plan[1]}${plan[2].trim() ? `, ${plan[2].trim()}` : ""}`
    : starts && partsSaid
      ? `nieuwe actie: ${starts[1]}, ${starts[2]}`
      : startsAfter && partsAfter
        ? `nieuwe actie: ${startsAfter[1]}${startsAfter[2]}, ${startsAfter[3]}`
        : putAsAction
          ? `nieuwe actie: ${putAsAction[1]}${putAsAction[2].trim() ? `, ${putAsAction[2].trim()}` : ""}`
          : actionFor
            ? `nieuwe actie: ${actionFor[1]}${actionFor[2]?.trim() ? `, ${actionFor[2].trim()}` : ""}`
            : said;
  if ((starts && partsSaid) || (startsAfter && partsAfter) || putAsAction || actionFor || newTitle) f = fold(text);
  if (plan) f = fold(text);
  const trigger = text.match(NEW_ACTION);
  if (!trigger || /^(wie|wat|welke|hoe|waar|who|what|which|how)\b/.test(f)) return undefined;
  // ("eigenaar Lisa en 0-4": "en" before an age group or a pillar that ends a part joins two parts.)
  const joined = new RegExp(`\\s+en\\s+(?=(?:0\\s*-\\s*4|4\\s*-\\s*12|12\\s*\\+|12 plus|algemeen|${w.pillars.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\s*(?:[,.;]|$))`, "gi");
  // ("… onder kansrijk en maak daan de eigenaar", "… 4 tot 12 jaar en de deadline is eind december": "en" before a part's word.)
  const joinedWord = /\s+en\s+(?=(?:de\s+)?(?:deadline|eigenaar|eigenaren|trekker|pijler|doelgroep|partner|beoogd|begroting)\b|maak\s+\S+\s+(?:de\s+)?(?:eigenaar|trekker)\b)/gi;
  // ("kun je een nieuwe actie zetten: X": the verb before the colon is no part of the name.)
  let rest = text.slice(trigger.index! + trigger[0].length).replace(joined, ", ").replace(joinedWord, ", ").replace(/^\s*(?:zetten|aanmaken|maken|toevoegen|invoeren|erbij zetten|registreren)\s*:\s*/i, " ");
  // "nieuwe actie voor Sanne: …": who it is for, before the colon.
  // ("kan er een nieuwe actie bij voor Ahmed: …", "nieuwe actie Kansrijk: …", "nieuwe actie voor Esther en Peter samen: …".)
  rest = rest.replace(/^\s*(?:er\s+)?bij\s+(?=voor\s)/i, " ");
  const forWhom = rest.match(/^\s*:?\s*(?:voor\s+|for\s+)?@?([\p{L}][\p{L}\p{N}_-]*)\s*:\s*/iu);
  /** A person of the wijk by full or first name, as typed. */
  const wijkPerson = (name: string) => w.people.find((x) => fold(x.displayName) === fold(name) || fold(x.displayName).split(" ")[0] === fold(name))?.displayName;
  const forPerson = forWhom ? wijkPerson(forWhom[1]) : undefined;
  if (forWhom && forPerson) rest = rest.slice(forWhom[0].length);
  const forTwo = forWhom ? undefined : rest.match(/^\s*voor\s+@?([\p{L}][\p{L}-]*)\s*(?:,|en|&)\s*@?([\p{L}][\p{L}-]*)(?:\s+samen)?\s*:\s*/iu);
  // ("nieuwe actie voor daan en mij: …": "mij" is the sender.)
  const forPeople = forTwo ? [forTwo[1], forTwo[2]].map((n) => (/^(mij|me|ik|mezelf)$/i.test(n) ? w.sender?.displayName : wijkPerson(n))) : undefined;
  if (forTwo && forPeople?.every(Boolean)) rest = rest.slice(forTwo[0].length);
  // "nieuwe actie voor vreedzaam: …": the pillar before the colon.
  const underPillar = forWhom ? undefined : rest.match(/^\s*(?:onder|bij|in|binnen)\s+(?:de\s+)?(?:pijler\s+)?([\p{L}-]+)\s*:\s*/iu);
  const forPillar = !forPerson && forWhom ? w.pillars.find((p) => fold(p) === fold(forWhom[1])) : underPillar ? w.pillars.find((p) => fold(p) === fold(underPillar[1])) : undefined;
  if (forPillar) rest = rest.slice((forWhom ?? underPillar)![0].length);
  rest = rest.replace(/^\s*voor\s+(?:mezelf|mijzelf|zelf)\s*:?\s*/i, "");
  // ("nieuwe actie voor de kartrekkers: …": who it is announced to, not what it is.)
  rest = rest.replace(/^\s*voor\s+(?:de\s+|het\s+|onze\s+|alle\s+)?(?:kartrekkers|aanjagers|stuurgroep|groep|team|wijkteam|wijk|ons|iedereen)\s*:\s*/i, "");
  // "… toevoegen die heet X en dat valt onder kansrijk met als deadline 1 april": the parts said in a sentence.
  rest = rest
    .replace(/^\s*(?:(?:willen|wil|kunnen|even|voor me|voor mij)\s+)*(?:voegen|voeg|aanmaken|maken|toevoegen)\b\s*/i, "")
    .replace(/^\s*(?:(?:die|dat|het) heet|genaamd|met de naam|namelijk|te weten|called|named)\s*:?\s*/i, "")
    .replace(/\s+(?:en\s+)?(?:dat|die|het|hij|ze)\s+(?:valt|hoort)\s+(?:onder|bij)\s+/gi, ", pijler ")
    // "…, valt onder kansrijk en Lefier doet mee als partner": the pillar said without a subject, and "en" joining two parts.
    .replace(/[,;]\s*(?:valt|hoort)\s+(?:onder|bij)\s+(?:de\s+pijler\s+|pijler\s+)?([\p{L}-]+)(?:\s+en\s+|(?=\s*(?:[,;.]|$)))/giu, (m, name: string) => (w.pillars.some((p) => fold(p) === fold(name)) ? `, pijler ${name}${/\sen\s+$/.test(m) ? ", " : ""}` : m))
    .replace(/\s+met (?:als )?deadline\s+/gi, ", deadline ");
  rest = rest.replace(/^\s*(?:(?:aan|toe|voor mij|voor me|op de lijst|erbij|bij|aanmaken|maken|toevoegen|registreren|vastleggen|invoeren|starten|beginnen|opstarten|graag|alsjeblieft|aub|please|pls|plz|svp|ff|even)\b\s*)*[:\-–,]?\s*/i, "").replace(/^(?:genaamd|met de naam|met als titel|titel|called|named)\s*:?\s*/i, "");
  // "kan je dat als actie zetten bij vreedzaam? titel Voetbaltoernooi meivakantie"
  const titled = text.match(/\b(?:titel|title|naam)\s*:?\s*(.+)$/i);
  const before = text.slice(0, trigger.index).trim();
  /** Partners after the first ("partners Bibliotheek Lewenborg en GGD Groningen"): each added after the action is made. */
  const morePartners: string[] = [];
  /** "A en B", "A, B en C": the organisations of a list, as the wijk knows them or as typed (one when the whole is a known name). */
  const partnerNames = (typed: string): string[] => {
    const whole = w.organisations.find((o) => fold(o) === fold(typed));
    if (whole) return [whole];
    const names = typed.split(/\s*,\s*|\s+(?:en|and)\s+|\s*&\s*/i).map((n) => n.trim()).filter(Boolean);
    if (names.length < 2 || names.some((n) => n.length < 2 || /^(?:ik|mij|me|wij|we|zij|ze)$/i.test(n))) return [findOrganisationIn(typed, fold(typed), w.organisations) ?? typed.trim()];
    return names.map((n) => w.organisations.find((o) => fold(o) === fold(n)) ?? n);
  };
  const addPartners = (names: string[]) => {
    parts.push(`partner ${names[0]}`);
    morePartners.push(...names.slice(1));
  };
  const parts: string[] = forPerson && forPerson !== w.sender?.displayName ? [`eigenaar @${forPerson}`] : forPillar ? [`pijler ${forPillar}`] : forPeople?.every(Boolean) ? [`eigenaar ${forPeople.map((n) => `@${n}`).join(" ")}`] : [];
  let title = "";
  // ("binnen de pijler Gezond: 'Voorlichting zindelijkheid voor ouders van peuters', doelgroep 0-4": a quoted name, wherever it stands.)
  const quote = titled ? null : rest.match(/(?:^|[\s:(])["'“‘](.{3,80}?)["'”’](?=[\s,.;:!?)]|$)/);
  const quoted = quote ? [quote[0], quote[1], `${rest.slice(0, quote.index).replace(/[\s:,]+$/, "")}, ${rest.slice(quote.index! + quote[0].length)}`] : null;
  // ("budget 2,5k": a comma between digits parts nothing.)
  const pieces = quoted ? [quoted[1], ...quoted[2].split(/\s*(?:;|(?<!\d),|,(?!\d))\s*|\.\s+|(?<=\p{L})[?!]\s+/u)].filter((p) => p.trim()) : (titled ? titled[1] : rest).split(/\s*(?:;|(?<!\d),|,(?!\d))\s*|\.\s+|(?<=\p{L})[?!]\s+|\s+[-–]\s+/u).filter((p) => p.trim());
  const extras = titled ? `${before} ${rest.replace(titled[0], "")}` : "";
  // (whole: a piece between commas; a tail of the title is not taken for a list of people — "Spreekuur met wijkagent Bram".)
  function consume(piece: string, whole = true): boolean {
    // ("maken onder kansrijk": the verb of the request before a part.)
    // ("… deadline 1 mei en lisa doet het samen met mij": "en" before the last part, typed without commas.)
    // ("wil het voor de voorjaarsvakantie gedaan hebben 🥦": emoji at the end are no part.)
    let p = piece.trim().replace(/(?<=\S)[\s\p{Extended_Pictographic}\uFE0F\u200D]+$/u, "").replace(/[.!?]+$/, "").replace(/^(?:maken|aanmaken|toevoegen|zetten|erbij zetten)\s+(?=\S)/i, "").replace(/^en\s+(?=\S+\s+\S)/i, "")
      // ("eind februari graag": a please after a part.)
      .replace(/(?<=\S)\s+(?:graag|aub|svp|please|pls)$/i, "")
      // ("eind februari wil ik de eerste ronde gehad hebben": the day first, then the wish.)
      .replace(/^((?:eind|begin|half|medio|voor|op|uiterlijk|\d{1,2})\s+\S+(?:\s+\d{4})?)\s+(?:wil|willen)\s+(?:ik|we|wij)\s+(?:\S+\s+){0,5}?(?:gehad hebben|af hebben|klaar hebben|gedaan hebben|rond hebben|hebben staan|hebben draaien|hebben)$/i, "deadline $1")
      // ("zet m onder vreedzaam", "in de vreedzaam pijler", "doelgroep 4 tot 12", "klaar voor de zomervakantie": the same parts in other words.)
      .replace(/^(?:zet|doe)\s+(?:m|'m|em|hem|het|die|dat)\s+(?:(?:maar|even|dan|gewoon)\s+)*(?=(?:onder|bij|in)\s)/i, "")
      .replace(/^(?:in|bij|onder|voor)\s+(?:de\s+)?([\p{L}-]+)\s+(?:pijler|opgave)$/iu, "pijler $1")
      .replace(/\b(0|4)\s+(?:tot|t\/m|tot en met)\s+(4|12)(?:\s+jaar)?\b/gi, "$1-$2")
      .replace(/\b(?:vanaf|boven de)\s+12(?:\s+jaar)?\b|\b12\s+(?:jaar\s+)?en\s+ouder\b/gi, "12+")
      .replace(/^(?:klaar|af|gereed|rond)\s+(?=(?:voor|op|by|uiterlijk)\b)/i, "")
      .replace(/^(?:(?:en\s+)?(?:het|dit|dat|die|hij|ze|alles)\s+)?(?:moet|moeten)\s+(\S.*?)\s+(?:staan|klaar zijn|af zijn|rond zijn|draaien|lopen|klaar|af)$/i, "deadline $1")
      // ("13 maart moet het er staan": the day first.)
      .replace(/^((?:op\s+|voor\s+|uiterlijk\s+)?(?:\d{1,2}|eind|begin|half|medio)\s+\p{L}+)\s+(?:moet|moeten)\s+(?:het|hij|ie|dit|dat|alles|ze)\s+(?:er\s+)?(?:staan|klaar zijn|af zijn|rond zijn|draaien|klaar|af)$/iu, "deadline $1")
      // ("de deadline is eind december", "voor de leeftijd 4 tot 12 jaar": the part said as a sentence.)
      .replace(/^(?:en\s+)?(?:de\s+)?deadline\s+(?:is|wordt)\s+(?=\S)/i, "deadline ")
      .replace(/^(?:voor\s+)?(?:de\s+)?leeftijd(?:sgroep)?\s+(?:van\s+)?(?=\d)/i, "doelgroep ")
      // ("wil het voor de zomervakantie draaien", "graag voor de meivakantie af", "ik wil het voor de zomer gedaan hebben": when
      // it has to be done, said with a wish.)
      .replace(/^(?:en\s+)?(?:(?:ik|we|wij)\s+)?(?:wil|willen|graag|liefst|het liefst|bij voorkeur)\s+(?:(?:het|hem|dit|dat|m)\s+)?(?:(?:graag|liefst)\s+)?((?:voor|op|uiterlijk|by)\s+\S.*?)(?:\s+(?:draaien|lopen|doen|hebben|af hebben|klaar hebben|gedaan hebben|rond hebben|af|klaar|gedaan|rond|afronden|afgerond))?$/i, "deadline $1")
      // ("het valt denk ik onder Vreedzaam": the pillar, said with a doubt.)
      .replace(/^(?:het|dit|dat|die|deze)\s+(valt|hoort)\s+(?:(?:denk ik|volgens mij|wel|eigenlijk|ook|waarschijnlijk)\s+)*(onder|bij)\s+/i, "$1 $2 ")
      // ("Joke doet mee als eigenaar", "Sanne en ik samen eigenaar", "eigenaar ikzelf": who owns it, in other words.)
      .replace(/^(@?[\p{L}][\p{L}\p{N}_-]*)\s+(?:doet|doen)\s+(?:ook\s+)?mee\s+als\s+(?:mede-?)?(?:eigenaar|trekker)$/iu, "samen met $1")
      .replace(/\s+samen\s+(eigenaar|eigenaren|trekker|trekkers|owner|owners)$/i, " $1")
      // ("Youssef mag trekker zijn", "maak daan de eigenaar", "eigenaar anouk en fatima samen": who owns it, in a sentence.)
      .replace(/^(?:en\s+)?(?:maak\s+)?@?(\p{L}[\p{L}-]*(?:\s+(?:en|&)\s+@?\p{L}[\p{L}-]*)?)\s+(?:(?:mag|wordt|is|gaat|zal|mogen|worden|zijn|gaan)\s+)?(?:de\s+)?(?:trekker|eigenaar|kartrekker|eigenaren|trekkers)(?:\s+(?:zijn|worden|van|ervan))?$/iu, "eigenaar $1")
      .replace(/^((?:eigenaar|eigenaren|trekker|trekkers)\s+\S.*?)\s+samen$/i, "$1")
      .replace(/^((?:eigenaar|eigenaren|trekker|owner)\s*:?\s*)(?:ikzelf|mezelf|mijzelf|ik zelf)$/i, "$1ik")
      // ("valt onder Kansrijk denk ik", "vreedzaam toch?": a doubt after the part is no part of it.)
      .replace(/\s+(?:denk ik|lijkt me|lijkt mij|volgens mij|geloof ik|of zo|ofzo|toch)\s*\??$/i, "")
      // ("moet voor de zomervakantie geregeld zijn": when it has to be done.)
      .replace(/^(?:(?:en\s+)?(?:het|dit|dat|die|hij|ze|alles)\s+)?(?:moet|moeten)\s+((?:voor|op|uiterlijk|by)\s+\S.*?)\s+(?:geregeld|georganiseerd|gedaan|gebeurd|klaar|af|rond)(?:\s+(?:zijn|wezen))?$/i, "deadline $1")
      // ("partner is CBK Groningen": the partner, said with "is".)
      .replace(/^(partner|partners)\s+(?:is|zijn|wordt|worden)\s+(?=\S)/i, "$1 ")
      // ("15 meiden", "80 bewoners": a count of people, alone, is the reach aimed at.)
      .replace(/^(?:(?:voor|met|zo'?n|ongeveer|circa|ca\.?|rond de)\s+)*(\d{1,5})\s+(?:kinderen|kids|jongeren|tieners|ouders|deelnemers|bewoners|meiden|meisjes|jongens|gezinnen|leerlingen|peuters|mensen|vrouwen|moeders|vaders|children|parents|people|students|families)$/i, "beoogd $1")
      // ("voor iedereen (algemeen)", "doelgroep nul tot vier": the age group in other words.)
      .replace(/\s*\(\s*algemeen\s*\)$/i, "")
      // ("voor meiden van 12 tot 16": teenagers are 12+.)
      .replace(/\b(?:van\s+)?1[2-6]\s*(?:tot|t\/m|tot en met|-|–)\s*1[4-9](?:\s+jaar)?\b/gi, "12+")
      .replace(/\bnul\s+tot\s+vier\b/gi, "0-4").replace(/\bvier\s+tot\s+twaalf\b/gi, "4-12").replace(/\btwaalf\s*(?:plus|\+)/gi, "12+");
    // ("…, 200 euro, …": an amount alone is its budget.)
    p = p.replace(/^(?:€\s*(\d[\d.,]*k?)|(\d[\d.,]*k?)\s*(?:euro|eur))$/i, (_m, a?: string, b?: string) => `begroot ${a ?? b}`);
    // ("pijlr kansrijk", "begrooot 400": the word for a part, mistyped.)
    p = p.replace(/^(?:pijlr|pijlar|pyler|pilaar|peiler)\b/i, "pijler").replace(/^begro{2,}t\b/i, "begroot").replace(/^(?:deadlinee+|dealine|deadine|dedline)\b/i, "deadline").replace(/^(?:eignaar|eigenar|eigenaat)\b/i, "eigenaar");
    const pf = fold(p);
    // ("eigenaar Fatima, ik doe ook mee", "eigenaar ik, Henk ook", "owners me and Ahmed": one more owner after the owner said.)
    const ownerAt = parts.findIndex((x) => x.startsWith("eigenaar "));
    const alsoOwner = pf.match(/^(?:en\s+)?(?:(ik|i|me|mij)\s+(?:doe|do)\s+(?:ook\s+|also\s+)?mee|(ik|i|me|mij)\s+(?:ook|too|also)|@?([a-z][a-z-]*)\s+(?:ook|too|also)(?:\s+(?:eigenaar|trekker|owner))?)$/);
    const alsoName = alsoOwner ? (alsoOwner[1] || alsoOwner[2] ? w.sender?.displayName : wijkPerson(alsoOwner[3])) : undefined;
    if (ownerAt >= 0 && alsoName) {
      if (!parts[ownerAt].includes(`@${alsoName}`)) parts[ownerAt] = `${parts[ownerAt]} @${alsoName}`;
      return true;
    }
    // ("ik ben eigenaar met bram", "ik trek hem samen met Lisa": the sender and that person.)
    const meWith = pf.match(/^ik ben (?:de\s+)?(?:trekker|eigenaar)\s+(?:samen\s+)?met\s+([a-z][a-z-]*)$|^ik (?:trek|doe) (?:hem|het|m|dit)\s+(?:samen\s+)?met\s+([a-z][a-z-]*)$/);
    const meWithName = meWith ? wijkPerson(meWith[1] ?? meWith[2]) : undefined;
    if (meWithName && w.sender && ownerAt < 0) return void parts.push(`eigenaar @${w.sender.displayName} @${meWithName}`), true;
    // ("ik ben trekker en esther ook": the sender and that person.)
    const bothLead = pf.match(/^ik ben (?:de\s+)?(?:trekker|eigenaar) en ([a-z][a-z-]*) ook$/);
    const bothWith = bothLead ? wijkPerson(bothLead[1]) : undefined;
    if (bothWith && w.sender && ownerAt < 0) return void parts.push(`eigenaar @${w.sender.displayName} @${bothWith}`), true;
    // ("healthy", "pillar peaceful": the English word for the pillar's Dutch name.)
    const gloss = ENGLISH_GLOSS[pf.replace(/^(?:pillar|pijler)\s+/, "")];
    const pillar = w.pillars.find((name) => pf === fold(name) || new RegExp(`^(?:pijler|pillar|bij|onder|in|voor|opgave|binnen|valt onder|hoort bij)\\s+${fold(name)}$`).test(pf) || new RegExp(`^(?:bij|onder|in|voor|valt onder|hoort bij|binnen)\\s+(?:de\\s+)?(?:pijler|opgave|pillar)\\s+${fold(name)}$`).test(pf) || pf === `(${fold(name)})` || (gloss !== undefined && (gloss === fold(name) || gloss.startsWith(fold(name)))));
    if (pillar) return void parts.push(`pijler ${pillar}`), true;
    // ("vreedzam", "pijler gezont": the pillar's name typed with one letter wrong.)
    const bare = pf.replace(/^(?:pijler|pillar)\s+/, "");
    const nearPillar = bare.length >= 6 && !/\s/.test(bare) ? w.pillars.find((name) => fold(name).length >= 6 && editDistance(bare, fold(name), 1) === 1) : undefined;
    if (nearPillar) return void parts.push(`pijler ${nearPillar}`), true;
    // ("Anouk wordt mede-eigenaar": the sender and that person.)
    const coOwner = pf.match(/^([a-z][a-z-]*) (?:wordt|is|word) (?:ook )?(?:mede[ -]?eigenaar|co[ -]?owner|tweede eigenaar)$/);
    const coName = coOwner ? wijkPerson(coOwner[1]) : undefined;
    if (coName && w.sender) {
      if (ownerAt >= 0) {
        if (!parts[ownerAt].includes(`@${coName}`)) parts[ownerAt] = `${parts[ownerAt]} @${coName}`;
      } else parts.push(`eigenaar @${w.sender.displayName} @${coName}`);
      return true;
    }
    if (/^(geen pijler|zonder pijler|no pillar)$/.test(pf)) return true;
    // ("Een einddatum is nog niet bekend", "deadline volgt nog": no deadline, said.)
    if (/^(?:(?:een|de) )?deadline (?:is |wordt |heb ik |hebben we |weet ik |weten we )?(?:nog )?(?:niet|geen|onbekend|volgt|n ?v ?t)\b/.test(pf) || /^(?:nog )?geen deadline\b/.test(pf)) return true;
    // ("met Esther als eigenaar": the owner too.)
    // ("Trekkers: Esther en ik", "Eigenaar wordt Joke": the owners after the word for them.)
    p = p.replace(/^(eigenaar|eigenaren|trekker|trekkers|kartrekker|kartrekkers)\s+(?:wordt|worden|is|zijn)\s+(?=\S)/i, "$1 ");
    const owner = p.match(/^(?:eigenaar|eigenaren|trekker|trekkers|owners|owner|voor|door|kartrekker|kartrekkers|met)?\s*:?\s*((?:@?[\p{L}][\p{L}\p{N}_-]*)(?:\s*(?:,|en|&|\+|and)\s*@?[\p{L}][\p{L}\p{N}_-]*)*)(?:\s+(?:is|zijn|wordt|worden|als)\s+(?:de\s+)?(?:eigenaar|eigenaren|trekker|kartrekker|owner))?$/iu);
    if (owner && /^(eigenaar|eigenaren|trekker|trekkers|owners|owner|voor|door|kartrekker|kartrekkers)\b|@|\b(is|zijn|wordt|worden|als)\s+(de\s+)?(eigenaar|eigenaren|trekker|kartrekker|owner)$/i.test(p)) {
      const names = owner[1].split(/\s*(?:,|\ben\b|&|\+|\band\b)\s*/i).map((n) => n.replace(/^@/, "")).filter(Boolean);
      const known = names.map((n) => (/^(ik|mij|me|i|ikzelf|mezelf|mijzelf)$/i.test(n) ? w.sender?.displayName : wijkPerson(n)));
      if (known.every(Boolean)) return void parts.push(`eigenaar ${known.map((n) => `@${n}`).join(" ")}`), true;
    }
    // "Sanne en ik", "Lisa, Peter": only people of the wijk (or "ik") — the owners.
    // ("Lisa en ik samen": the two of them.)
    // ("anouk en ik eigenaar": the word for what they are, after their names.)
    const names = p.replace(/\s+samen$/i, "").replace(/\s+(?:zijn\s+|als\s+)?(?:de\s+)?(?:eigenaar|eigenaren|trekker|trekkers|owner|owners)$/i, "").split(/\s*(?:,|\ben\b|&|\+|\band\b)\s*/i).map((n) => n.replace(/^@/, "").trim()).filter(Boolean);
    const people = names.length >= 1 && names.length <= 4 ? names.map((n) => (/^(ik|mij|me|i)$/i.test(n) ? w.sender?.displayName : w.people.find((x) => fold(x.displayName) === fold(n))?.displayName)) : [];
    if (whole && people.length && people.every(Boolean) && names.some((n) => !/^(ik|mij|me|i)$/i.test(n)) && !parts.some((x) => x.startsWith("eigenaar "))) return void parts.push(`eigenaar ${[...new Set(people)].map((n) => `@${n}`).join(" ")}`), true;
    // ("Esther trekt hem", "Lisa doet het"): that person is the owner.
    // ("bram trekt", "Lisa trekt 'm"): that person is the owner.
    const takes = p.match(/^@?([\p{L}][\p{L}\p{N}_-]*)\s+(?:trekt|doet|neemt|pakt)\s+(?:hem|het|dit|deze|die|m|'m|em)(?:\s+(?:op|wel))?$/iu) ?? p.match(/^@?([\p{L}][\p{L}\p{N}_-]*)\s+trekt(?:\s+(?:hem|het|m|'m|em))?$/iu);
    const taker = takes && !/^(ik|i)$/i.test(takes[1]) ? w.people.find((x) => fold(x.displayName) === fold(takes[1]))?.displayName : undefined;
    if (taker && !parts.some((x) => x.startsWith("eigenaar "))) return void parts.push(`eigenaar @${taker}`), true;
    // ("Fatima en ik trekken samen", "I'll do it samen met Sanne", "Fatima trekt m": who does it, said as a sentence.)
    const jointly = p.match(/^(?:(?:i'?ll|i will|ik)\s+(?:do|doe|trek|run|lead)\s+(?:it|het|hem|dit)?\s*(?:samen met|together with|with|met)\s+@?([\p{L}][\p{L}\p{N}_-]*)|@?([\p{L}][\p{L}\p{N}_-]*)\s+(?:doet|trekt|does|runs)\s+(?:het|hem|dit|it)?\s*(?:samen met|together with|with|met)\s+(?:mij|me)|@?([\p{L}][\p{L}\p{N}_-]*)\s+(?:en|and|&)\s+(?:ik|i|me|mij)\s+(?:trekken|doen|doen het|trekken het|pakken)(?:\s+(?:het|hem|dit))?\s+samen|(?:ik|i)\s+(?:en|and|&)\s+@?([\p{L}][\p{L}\p{N}_-]*)\s+(?:trekken|doen|pakken)(?:\s+(?:het|hem|dit))?(?:\s+samen)?)$/iu);
    const partnerName = jointly ? (jointly[1] ?? jointly[2] ?? jointly[3] ?? jointly[4]) : undefined;
    const jointWith = partnerName ? wijkPerson(partnerName) : undefined;
    if (jointWith && w.sender && !parts.some((x) => x.startsWith("eigenaar "))) return void parts.push(`eigenaar @${w.sender.displayName} @${jointWith}`), true;
    // ("Ahmed en ik trekken m", "ik en Lisa doen het": the two of them, without "samen".)
    const pair = p.match(/^(?:@?([\p{L}][\p{L}\p{N}_-]*)\s+(?:en|&)\s+(?:ik|mij)|(?:ik|mij)\s+(?:en|&)\s+@?([\p{L}][\p{L}\p{N}_-]*))\s+(?:trekken|doen|pakken|regelen)(?:\s+(?:het|hem|m|'m|em|dit|die|dat))?(?:\s+(?:samen|op))*$/iu);
    const pairWith = pair ? wijkPerson(pair[1] ?? pair[2]) : undefined;
    if (pairWith && w.sender && !parts.some((x) => x.startsWith("eigenaar "))) return void parts.push(`eigenaar @${w.sender.displayName} @${pairWith}`), true;
    if (/^((die|dat|deze|dit) (doe|trek) ik( zelf| wel)?|ik trek (hem|het|dit|deze)( zelf| wel)?|ik doe (hem|het|dit|deze) zelf|ik ben (zelf )?(de )?(eigenaar|trekker)( zelf)?|(eigenaar|trekker|de trekker|de eigenaar) ben ik( zelf)?|ik ben (zelf )?eigenaar|mijn actie|ik doe (het|dit)|(aan )?voor (mij|me|mezelf|mijzelf)( zelf)?|for (me|myself)|aan|toe|eigenaar ik|eigenaar (mij|me|mezelf))$/i.test(pf)) return true;
    // "…, samen met Lisa": a person of the wijk is a second owner (an organisation is a partner, below).
    // ("…, ahmed doet mee", "Lisa helpt ook": a person of the wijk who joins in is a second owner.)
    const joins = p.match(/^@?([\p{L}][\p{L}\p{N}_-]*)\s+(?:(?:doet|helpt|werkt)\s+(?:ook\s+)?mee|helpt(?:\s+ook)?)$/iu);
    const together = p.match(/^samen met\s+@?([\p{L}][\p{L}\p{N}_-]*)$/iu) ?? joins;
    const buddy = together ? wijkPerson(together[1]) : undefined;
    if (buddy && w.sender && !parts.some((x) => x.startsWith("eigenaar "))) return void parts.push(`eigenaar @${w.sender.displayName} @${buddy}`), true;
    // ("…, is voor de bovenbouw", "voor de peuters": who it is for, in words, is its age group.)
    // ("is voor de kleuters en groep 3": two words for the same age group.)
    const forAge = p.trim().match(new RegExp(String.raw`^(?:(?:het|dit|die|deze)\s+)?(?:is\s+)?(?:bedoeld\s+)?(?:voor|for)\s+(?:de\s+|het\s+|the\s+)?(${AGE_WORDS})(?:\s+(?:en|of|and|or)\s+(?:de\s+)?(${AGE_WORDS}))?$`, "iu"));
    const forAgeGroup = forAge && (!forAge[2] || ageOfWords(forAge[2]) === ageOfWords(forAge[1])) ? ageOfWords(forAge[1]) : whole ? ageOfPiece(p) : undefined;
    // (A piece of its own only: at the end of the name, "voor peuters" may be what it is called.)
    if (whole && forAgeGroup && !parts.some((x) => x.startsWith("doelgroep "))) return void parts.push(`doelgroep ${forAgeGroup}`), true;
    // ("…, voor iedereen, …": everyone is the age group "algemeen".)
    if (/^(?:doelgroep\s+)?(?:voor\s+)?(?:iedereen|alle leeftijden|jong en oud|everyone|all ages)$/i.test(p.trim()) && !parts.some((x) => x.startsWith("doelgroep "))) return void parts.push("doelgroep algemeen"), true;
    const age = p.match(AGE);
    // ("voor meiden 12+": who it is for, with their age — not "Training weerbaarheid meiden 12+", where they are part of the name.)
    if (age && fold(p.replace(age[0], "")).replace(/\b(meiden|meisjes|jongens|tieners|jongeren|leerlingen)\b/g, (m) => (/^\s*voor\b/i.test(p) ? "" : m)).replace(/\b(doelgroep|jaar|voor|years|year|old|kinderen|kids|van|de|leeftijd)\b/g, "").trim() === "") return void parts.push(`doelgroep ${normaliseAge(age[1])}`), true;
    // "Lefier is partner", "met Lefier als partner"
    // ("Albert Heijn Lewenborg is partner (zij leveren het fruit)": what the partner brings, in brackets, is no part of its name.)
    // ("Kids2b doet mee", "Lefier doet ook mee": an organisation taking part, as a piece of its own.)
    // ("lefier doet mee": an organisation the wijk knows, typed in lower case.)
    const knownJoins = whole ? p.match(/^(\p{L}[\p{L}\p{N}&'.-]*(?:\s+\p{L}[\p{L}\p{N}&'.-]*){0,3}?)\s+(?:doet|doen)\s+(?:ook\s+|nu\s+)?mee$/u) : null;
    const partnerAfter = p.replace(/\s*\([^)]*\)$/, "").match(/^(?:met\s+)?(.+?)\s+(?:is|wordt|als|zijn|worden)\s+(?:de\s+|onze\s+)?(?:partner|partners)$/i) ?? (whole ? p.match(/^(\p{Lu}[\p{L}\p{N}&'.-]*(?:\s+\p{L}[\p{L}\p{N}&'.-]*){0,3}?)\s+(?:doet|doen)\s+(?:ook\s+|nu\s+)?mee$/u) : null) ?? (knownJoins && !wijkPerson(knownJoins[1]) && findOrganisationIn(knownJoins[1], fold(knownJoins[1]), w.organisations) ? knownJoins : null);
    if (partnerAfter && !parts.some((x) => x.startsWith("partner "))) {
      // ("Begroting 900 euro en Waterbedrijf Groningen is partner": a part, then the partner.)
      const lead = partnerAfter[1].match(/^(.+?)\s+en\s+(\S.*)$/i);
      if (lead && !/\b(?:zijn|worden)\b/i.test(p) && consume(lead[1])) return void addPartners([findOrganisationIn(lead[2], fold(lead[2]), w.organisations) ?? lead[2].trim()]), true;
      return void addPartners(/\b(?:zijn|worden)\s+(?:de\s+|onze\s+)?partners?$/i.test(p) || /\bpartners$/i.test(p) ? partnerNames(partnerAfter[1]) : [findOrganisationIn(partnerAfter[1], fold(partnerAfter[1]), w.organisations) ?? partnerAfter[1].trim()]), true;
    }
    // ("partner Bibliotheek Groningen (die leveren de coach)": what the partner brings, in brackets, is no part of its name.)
    // ("voorschoolse partners": the word at the end of a name is no partner called "s".)
    const partner = p.replace(/\s*\([^)]*\)$/, "").match(/^(?:partners|partner|samen met|met)\b\s*:?\s*(.+)$/i);
    // ("…, met Jongerenwerk Lewenborg": an organisation the wijk knows, said with "met", is a partner too.)
    const knownWith = partner && /^met\s/i.test(p) ? w.organisations.find((o) => fold(o) === fold(partner[1])) : undefined;
    // ("partner kids2b kinderopvang beoogd 25 gezinnen": the partner ends where the next part begins.)
    if (partner && /\b(?:beoogd|deadline|eigenaar|eigenaren|pijler|doelgroep|begroot|begroting)\b/i.test(partner[1])) return false;
    if (knownWith && !parts.some((x) => x.startsWith("partner "))) return void parts.push(`partner ${knownWith}`), true;
    // ("…. met sportvereniging.", "…, met de gemeente,", "…, with OBS De Zonnewijzer,": an organisation, said with "met" as a
    // piece of its own, is a partner — not a person of the wijk, nor who it is done with ("met de kinderen van groep 6").)
    const plainWith = whole && !partner?.[1].includes(" als ") ? p.match(/^(?:met|with)\s+(?:de\s+|het\s+|the\s+)?(\p{L}[\p{L}\p{N}&'-]*(?:\s+\p{L}[\p{L}\p{N}&'-]*){0,3})$/iu) : null;
    if (plainWith && !wijkPerson(plainWith[1].split(/\s+/)[0]) && !/^(?:als|kinderen|kids|ouders|bewoners|leerlingen|jongeren|vrijwilligers|iedereen|elkaar|ons|jullie|hen|hun|mij|me|ze|alle|een|twee|drie|vier|vijf|zijn|haar|mijn|onze|deze|die|dat|dit)\b/i.test(plainWith[1]) && !/\b(?:eigenaar|partner|deadline|pijler|doelgroep|begroot|beoogd|en|and)\b/i.test(plainWith[1]) && !parts.some((x) => x.startsWith("partner "))) {
      return void parts.push(`partner ${findOrganisationIn(plainWith[1], fold(plainWith[1]), w.organisations) ?? plainWith[1].trim()}`), true;
    }
    if (partner && /^(partner|partners|samen met)/i.test(p) && !parts.some((x) => x.startsWith("partner "))) {
      // ("partners politie groningen en fietsersbond groningen": each of them.)
      if (/^partners\b/i.test(p)) return void addPartners(partnerNames(partner[1])), true;
      const org = findOrganisationIn(partner[1], fold(partner[1]), w.organisations) ?? partner[1].trim();
      return void parts.push(`partner ${org}`), true;
    }
    // "we willen 60 jongeren bereiken", "bereik 60", "doel: 25 meiden": the intended reach.
    const reach =
      pf.match(/^(?:we willen|willen we|we hopen|we mikken op|mikken we op|we rekenen op|we gaan voor|doel(?:stelling)?|streven|streefgetal|beoogd(?: bereik)?|bereik|target|aim)\s*:?\s*(?:is\s+|om\s+|op\s+)?(?:(?:zo n|zon|ongeveer|circa|rond de|een stuk of)\s+)?(\d{1,6})(?:\s+\p{L}+)?(?:\s+(?:bereiken|te bereiken|beoogd|reach|reached))?$/u) ??
      pf.match(/^(\d{1,6})\s+\p{L}+\s+(?:bereiken|te bereiken|beoogd|als doel|is het doel|is ons doel|is de target|is het streven|is the goal|is the target)$/u);
    if (reach && !parts.some((x) => x.startsWith("beoogd "))) return void parts.push(`beoogd ${reach[1]}`), true;
    // "begroting €400", "budget 750 euro", "€ 1.200 begroot": the planned budget.
    const money = p.match(/^(?:begroting|budget|begroot|budgeted)\s*:?\s*(?:is\s+|van\s+)?(€\s*\d[\d.,]*k?|\d[\d.,]*k?\s*(?:euro|eur)?)$/iu) ?? p.match(/^(€\s*\d[\d.,]*k?|\d[\d.,]*k?\s*(?:euro|eur)?)\s+(?:begroot|budget|begroting)$/iu);
    if (money && !parts.some((x) => x.startsWith("begroot "))) return void parts.push(`begroot ${money[1].replace(/\s*(?:euro|eur)$/i, "").replace(/\s+/g, "")}`), true;
    // ("moet klaar voor de zomervakantie", "moet af zijn op 1 juni": when it has to be done.)
    const deadline = p.replace(/^(?:deadline|uiterlijk|due|datum|einddatum|date)\s*:?\s*/i, "").replace(/^(?:moet|moeten|is|zijn)\s+(?:klaar|af|gereed|rond)(?:\s+zijn)?\s+(?=(?:voor|op|by|uiterlijk|aan|tegen|rond)\b)/i, "").replace(/^(?:moet|moeten)\s+(?=(?:voor|op|by|uiterlijk)\b)/i, "").replace(/\s+(?:klaar|af|gereed|done)(?:\s+(?:zijn|wezen))?$/i, "").trim();
    // ("straatvoetbal op woensdag": a weekday said without "deadline", "voor" or "klaar" is when it happens, not a deadline.)
    const bareWeekday = /^(?:op\s+)?(?:elke\s+|iedere\s+)?(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:middag|ochtend|avond|en)?$/i.test(p.trim());
    const date = deadline && !bareWeekday && !/^(in|tijdens|during)\b/i.test(deadline) ? findDateIn(deadline, w.now, w.region) : undefined;
    if (date && fold(deadline.replace(date.phrase, "")).replace(/^(klaar|af) (voor|op)$|^(voor|op|by)$|^(klaar|af|gereed|ready|done)$|^(aan|tegen|rond)( het| de)?$/, "").trim() === "") return void parts.push(`deadline ${date.phrase}`), true;
    return false;
  }
  // "we starten met Kickboksen voor meiden, kun je dat als nieuwe actie zetten? vreedzaam": the title was said before.
  const saidBefore = titled || quoted ? undefined : before.match(/\b(?:we|wij|ik)\s+(?:starten|beginnen|gaan(?:\s+(?:starten|beginnen))?)\s+(?:binnenkort\s+|volgende week\s+|ook\s+)?(?:met\s+)?(?:een\s+|de\s+|het\s+)([^,.;?!]{3,60}?)\s*(?:[,.;?!]|\s+(?:kun|kan|wil|zou)\b|$)/i)?.[1] ?? before.match(/\b(?:we|wij|ik)\s+(?:starten|beginnen|gaan(?:\s+(?:starten|beginnen))?)\s+(?:binnenkort\s+|volgende week\s+|ook\s+)?met\s+([^,.;?!]{3,60}?)\s*(?:[,.;?!]|\s+(?:kun|kan|wil|zou)\b|$)/i)?.[1];
  // (A dry run: is this piece only parts — "onder kansrijk" — so the name said before is the title?)
  const onlyParts = (piece: string | undefined) => {
    if (!piece) return false;
    const n = parts.length;
    const ok = consume(piece);
    parts.length = n;
    return ok;
  };
  if (saidBefore && pieces.length && onlyParts(pieces[0].replace(/\?+\s*$/, ""))) {
    title = saidBefore.trim();
  } else if (saidBefore && /^\s*[?!.,:;]*\s*(?:en\s+)?(?:zetten|toevoegen|aanmaken|maken)?\s*[?!.,:;]*\s*$/i.test(pieces[0]?.replace(/\?.*$/, "") ?? "")) {
    title = saidBefore.trim();
    pieces.splice(0, 1, ...(pieces[0]?.includes("?") ? [pieces[0].slice(pieces[0].indexOf("?") + 1)].filter((x) => x.trim()) : []));
  }
  // "kun je een voetbaltoernooi voor de jeugd als actie toevoegen? Vreedzaam, 12+": the title stands before "als actie".
  const named = titled || quoted || title ? undefined : /^als\b/i.test(trigger[0]) ? before.replace(/^@wijkbot\s+/i, "").replace(/^(?:(?:kun|kan|kunt|wil|wilt|zou|zoudt)\s+(?:je|jij|u)\s+)?(?:(?:even|ff|graag|nog|ook)\s+)*(?:(?:een|de|het)\s+)?/i, "").trim() : undefined;
  if (named && !/[,.;:?!]/.test(named) && named.split(/\s+/).length <= 8 && /\p{L}{3}/u.test(named) && !/^(dit|dat|die|deze|het|this|that|it)$/i.test(named)) {
    title = named.charAt(0).toUpperCase() + named.slice(1);
    if (pieces[0]?.replace(/\?.*$/, "").trim() === "" || pieces[0]?.trim().startsWith("?")) pieces.splice(0, 1, ...(pieces[0]?.includes("?") ? [pieces[0].slice(pieces[0].indexOf("?") + 1)].filter((x) => x.trim()) : []));
  }
  let partsAfterTitle = false;
  /** ("…, is al geweest", "…, zijn vorige week al begonnen": how it stands already, said after the parts.) */
  let statusAfter: "klaar" | "bezig" | undefined;
  for (let piece of pieces) {
    const already = title ? fold(piece).match(/^(?:(?:en|maar)\s+)?(?:het|dit|dat|die|hij|ze|we|wij)?\s*(?:is|zijn|was|waren)\s+(?:(?:vorige week|vorige maand|gisteren|vandaag|vanochtend|eigenlijk|trouwens|dus|ook)\s+)*al\s+(?:(?:vorige week|vorige maand|gisteren|eigenlijk)\s+)*(geweest|gedaan|afgerond|klaar|begonnen|gestart|bezig|van start gegaan)(?:\s+\S+){0,3}$|^(?:(?:en|maar)\s+)?(?:het|dit|dat|die|hij|ze)?\s*loopt\s+(?:eigenlijk\s+)?al(?:\s+\S+){0,3}$/) : null;
    if (already && !statusAfter) {
      statusAfter = !already[1] || /^(begonnen|gestart|bezig|van start gegaan)$/.test(already[1]) ? "bezig" : "klaar";
      continue;
    }
    if (!title) {
      // ("voorleesmarathon heet ie": the name, said first.)
      piece = piece.replace(/\s+(?:heet|heten)\s+(?:ie|hij|het|die|ze|zij|dat|dit)[\s.!]*$/i, "");
      // The first piece is the title, less the parts typed at its end without commas ("Boksclinic voor jongeren vreedzaam deadline 13 maart 12+").
      // ("wil ik graag toevoegen: Lego robotica club", "uit de vergadering: Monitor 2026": words that bring it in, before a colon.)
      piece = piece.replace(/^(?:(?:wil|ik|we|wij|graag|even|ff|nog|een|nieuwe|actie|toevoegen|aanmaken|invoeren|erbij|zetten|uit|van|na|de|het|vergadering|stuurgroep|bijeenkomst|overleg|vandaag|gisteren|vanavond)\s*)+:\s*(?=\S)/i, "");
      title = trailingParts(piece, (x) => consume(x, false));
      continue;
    }
    // A piece after the title is a part, or several parts typed without commas ("vreedzaam 12+ deadline 1 maart").
    const partsBefore = parts.length;
    if (consume(piece) || trailingParts(`\u0000 ${piece}`, (x) => consume(x, false)) === "\u0000") {
      partsAfterTitle = true;
      continue;
    }
    // ("…, doe ik samen met Ahmed", "…, elke week tot de zomervakantie", "Kids2b doet mee": a short piece a part was read from
    // is that part, not more of the name.)
    if (parts.length > partsBefore && piece.trim().split(/\s+/).length <= 6) {
      partsAfterTitle = true;
      continue;
    }
    // ("…, moet rond zijn eind april en ik doe het samen met youssef", "…, eind februari wil ik de eerste ronde gehad hebben": a
    // part said in a sentence of its own about the plan — that part, not more of the name.)
    if (parts.length > partsBefore && piece.trim().split(/\s+/).length <= 12 && /^(?:(?:en|maar|dus)\s+)?(?:\S+\s+){0,3}?(?:moet|moeten|wil|willen|wilt|doe|doen|doet|trek|trekken|trekt|graag|hoop|hopen)\b/i.test(piece.trim())) {
      partsAfterTitle = true;
      continue;
    }
    // ("…, geen haast, deadline 1 september", "…, eind februari graag": words of manner, no part of the name.)
    if (/^(?:geen haast|geen haast hoor|niet dringend|heeft geen haast|(?:alvast\s+)?(?:bedankt|dank je(?:wel)?|thanks)|graag|aub)[\s.!]*$/i.test(piece.trim())) continue;
    // ("we willen 40 peuters bereiken en het moet eind juni klaar zijn": two parts joined by "en".)
    const halves = piece.split(/\s+en\s+/);
    if (halves.length === 2 && onlyParts(halves[0]) && onlyParts(halves[1])) {
      consume(halves[0]);
      consume(halves[1]);
      continue;
    }
    // ("Lisa is eigenaar en ik doe mee": the second part adds to the first.)
    if (halves.length === 2 && onlyParts(halves[0])) {
      const kept = [...parts];
      if (consume(halves[0]) && consume(halves[1])) continue;
      parts.splice(0, parts.length, ...kept);
    }
    // ("…, deadline 1 december. Esther laat je even weten wanneer de ruimte rond is", "… ze heeft zelf geen tijd om het in te
    // voeren": a sentence to the reader after the parts, not more of the name.)
    if (partsAfterTitle && isAside(piece, w)) continue;
    title = `${title}, ${piece.trim()}`;
  }
  if (extras) for (const word of extras.split(/[\s,?!.]+/)) if (word) consume(word);
  // ("Start na de voorjaarsvakantie, dus deadline 23 februari": two days said — the later said one, with its own word, is meant.)
  const deadlines = parts.filter((x) => x.startsWith("deadline "));
  if (deadlines.length > 1) for (const extra of deadlines.slice(0, -1)) parts.splice(parts.indexOf(extra), 1);
  title = title.replace(/^["“‘']+|["”’']+$/g, "").replace(/[.!?]+$/, "").replace(/\?\s*$/, "").replace(/^(?:voor|over)\s+(?:de|het|een)\s+/i, "").trim();
  // ("Het gaat om een klussendag met jongeren": what it is, said about it.)
  title = title.replace(/^(?:het|dit|dat)\s+(?:gaat|ging)\s+(?:dus\s+)?om\s+(?:een|de|het)\s+(?=\S{3})/i, "").trim();
  // ("zomerlezen met de bibliotheek voor groep 3 tot 5", "gameavond in het jongerencentrum voor tieners", "excursie
  // wetenschapsmuseum voor groep 8 (4-12)", "street league for teens": who it is for, at the end of the name, is its age group;
  // an organisation it is done with, after that, its partner — when not said as parts already.)
  // (Only in English ("street league for teens"), when no age group is said as a part: in Dutch "taalspel voor peuters",
  // "leesclub voor groep 5 en 6" is what it is called, and so is "coding club for group 7 and 8".)
  const ageSaid = parts.some((x) => x.startsWith("doelgroep "));
  const ageAtEnd = ageSaid ? null : title.match(new RegExp(String.raw`(?:\s*,)?\s+\(?for\s+(?:the\s+)?(${AGE_WORDS})\)?(?:\s*\((0-4|4-12|12\+)\))?$`, "iu"));
  const ageMeant = ageAtEnd && !/^(?:groep|groepen|group|groups)\b/i.test(ageAtEnd[1]) ? (ageAtEnd[2] ?? ageOfWords(ageAtEnd[1])) : undefined;
  if (ageAtEnd && ageMeant) {
    title = title.slice(0, ageAtEnd.index).trim().replace(/[\s,;]+$/, "");
    parts.push(`doelgroep ${ageMeant}`);
  }
  // ("zakgeld workshop voor pubers", "Ouder-kindgym voor dreumesen en peuters": at the end of the name, who it is for may be
  // part of what it is called or its age group — asked, with both shown.)
  const attachedAge = ageSaid || ageMeant ? null : title.match(new RegExp(String.raw`^(.{3,}?)\s+((?:voor|for)\s+(?:de\s+|alle\s+|the\s+)?(?:${AGE_WORDS}|kinderen|kids|children|toddlers|kleintjes)(?:\s+(?:en|and|&)\s+(?:hun\s+|their\s+)?(?:ouders|parents|${AGE_WORDS}))?)$`, "iu"));
  const attachedGroup = attachedAge ? ageOfPiece(attachedAge[2]) : undefined;
  const withAtEnd = parts.some((x) => x.startsWith("partner ")) ? null : title.match(/\s+(?:samen\s+)?met\s+(?:de\s+|het\s+)?((?:\p{Lu}[\p{L}\p{N}&'-]*|bibliotheek|bieb)(?:\s+(?:\p{Lu}[\p{L}\p{N}&'-]*|van|voor|de|en))*?)$/u);
  const withWhom = withAtEnd ? withAtEnd[1].trim() : undefined;
  if (withAtEnd && withWhom && !wijkPerson(withWhom) && !/\s(?:van|voor|de|en)$/i.test(withWhom)) {
    title = title.slice(0, withAtEnd.index).trim().replace(/[\s,;]+$/, "");
    parts.push(`partner ${findOrganisationIn(withWhom, fold(withWhom), w.organisations) ?? withWhom}`);
  }
  // ("voetbaltoernooi voor de 12+": the age group taken off leaves "voor de" behind.)
  if (parts.some((x) => x.startsWith("doelgroep "))) title = title.replace(/\s+(?:voor|van|met)(?:\s+(?:de|het|een))?$/i, "").trim();
  // ("kun je ook een actie maken voor trapportaal opfleuren": what the action is for is its name.)
  if (/\bactie\s+(?:(?:maken|aanmaken|toevoegen)\s+)?(?:voor|over)\s/i.test(said)) title = title.replace(/^(?:voor|over)\s+(?=\S)/i, "");
  if (!title || /^(maken|aanmaken|toevoegen|erbij|aan)$/i.test(title)) return { kind: "read-as", question: localText("understand.newWhat"), prefix: "nieuwe actie:" };
  const command = ["/actie nieuw", title, ...parts].join(" ");
  // (More partners and a status said with it, for the action of that name, after it is made.)
  const followUps = (name: string) => [...morePartners.map((org) => ({ text: `/actie partner ${name}: ${org}` })), ...(statusAfter ? [{ text: `/actie ${statusAfter} ${name}` }] : [])];
  if (attachedAge && attachedGroup && title.endsWith(attachedAge[2])) {
    const shortTitle = title.slice(0, title.length - attachedAge[2].length).trim().replace(/[\s,;]+$/, "");
    const asAge = ["/actie nieuw", shortTitle, ...parts, `doelgroep ${attachedGroup}`].join(" ");
    return {
      kind: "choose",
      question: localText("understand.newAgeOrName", { who: attachedAge[2] }),
      options: [
        { label: asAge, text: asAge, ...(followUps(shortTitle).length ? { then: followUps(shortTitle) } : {}) },
        { label: command, text: command, ...(followUps(title).length ? { then: followUps(title) } : {}) },
      ],
    };
  }
  const after = followUps(title);
  return after.length ? confirmEach([{ text: command }, ...after]) : confirmCommand(command);
}

/** A sentence of its own said after the parts of a new action: a subject and a verb, or a remark ("maar dat …", "als iemand …"). */
function isAside(piece: string, w: UnderstandWorld): boolean {
  const f = fold(piece);
  if (f.split(" ").length < 3) return false;
  if (/^(?:ik|we|wij|ze|zij|hij|het|dat|dit|er|maar|want|omdat|als|iemand|die|dan|graag|alvast|bedankt|dank|thanks)\b/.test(f)) return true;
  // ("Lefier doet misschien ook mee maar dat moet ik nog navragen": a maybe is no part.)
  if (/\b(misschien|wellicht|nog navragen|nog niet zeker|weet (?:ik|ze|we|hij) nog niet)\b/.test(f)) return true;
  const first = f.split(" ")[0];
  const person = w.people.some((p) => fold(p.displayName).split(" ")[0] === first);
  return person && /^\S+ (?:laat|heeft|weet|komt|doet|wil|kan|moet|zal|gaat|is|stuurt|regelt|zoekt|belt|mailt)\b/.test(f);
}

/** "Boksclinic voor jongeren vreedzaam deadline 13 maart 12+" → title, and the parts taken off its end. */
function trailingParts(piece: string, consume: (part: string) => boolean): string {
  let tokens = piece.trim().split(/\s+/);
  for (let guard = 0; guard < 8 && tokens.length > 1; guard++) {
    let taken = 0;
    for (let k = Math.min(8, tokens.length - 1); k >= 1; k--) {
      const tail = tokens.slice(tokens.length - k).join(" ");
      // ("leesclub groep 5/6": the numbers after "groep" are school groups, part of the name.)
      if (/^(groep|groepen|gr\.?)$/i.test(tokens[tokens.length - k - 1] ?? "") && /^\d/.test(tail)) continue;
      if (consume(tail)) {
        taken = k;
        break;
      }
    }
    if (!taken) break;
    tokens = tokens.slice(0, tokens.length - taken);
  }
  return tokens.join(" ");
}

/** Who an action is for, in words ("peuters", "groep 3 tot 5", "de bovenbouw", "teens"). */
const AGE_WORDS = String.raw`peuters|peutertjes|dreumesen|baby'?s|kleuters|groep(?:en)?\s+\d(?:\s*(?:,|en|t\/m|tot|-|&)\s*\d)*|bovenbouw|onderbouw|middenbouw|basisschoolkinderen|basisschoolleerlingen|tieners|jongeren|pubers|teens|teenagers|groups?\s+\d(?:\s*(?:and|to|-|&)\s*\d)*`;

/**
 * A piece of its own that says who the action is for, in more words than the age group alone (", voor ouders met baby's,",
 * ", voor de jongeren die daar 's avonds hangen.", ", for parents of toddlers,", ", groep 7 en 8,", ", voor de kinderen van de
 * moestuin,"): its age group. Between commas only — at the end of the name, "taalspel voor peuters" may be what it is called.
 */
export function ageOfPiece(piece: string): string | undefined {
  const f = fold(piece).replace(/\b(?:trouwens|dus|he|hoor|btw)\b/g, " ").replace(/\s+/g, " ").trim();
  const years = f.match(/^(?:(?:het|dit|die|deze) )?(?:is )?(?:bedoeld )?(?:voor|for) (?:de |het |alle |the )?(?:jongens en meiden|meiden en jongens|kinderen|kids|jongeren|meiden|jongens|children|young people) (?:van|tussen|from|aged|of) (\d{1,2}) (?:tot|en|to|t m|tot en met|-) (\d{1,2})(?: jaar| years)?$/);
  if (years) return Number(years[1]) >= 12 ? "12+" : Number(years[1]) >= 4 && Number(years[2]) <= 12 ? "4-12" : Number(years[2]) <= 4 ? "0-4" : undefined;
  const bareGroups = f.match(/^(?:(?:het|dit|die|deze) )?(?:is )?(?:(?:voor|for) )?(?:de |alle )?(?:groep|groepen|group|groups) \d{1,2}(?: ?(?:en|and|t m|tot en met|tot|to|&|-|,) ?\d{1,2})*$/);
  if (bareGroups) return "4-12";
  const who = f.match(/^(?:(?:het|dit|die|deze) )?(?:is )?(?:bedoeld )?(?:voor|for) (?:de |het |alle |the |onze |our )?(?:(?:jonge |young )?(?:ouders|moeders|vaders|gezinnen|parents|mothers|fathers|families) (?:met|van|of|with) (?:hun |de |jonge |young |their )?)?([a-z' ]+?)(?: (?:en|and|&) (?:hun |their |de )?(?:ouders|parents|[a-z']+))?(?: (?:van|uit|in|die|bij|op|from|who|at|on|that) .*)?$/);
  if (!who) return undefined;
  const head = who[1].replace(/'/g, " ").replace(/\s+/g, " ").trim();
  return ageOfWords(head) ?? AGE_HEADS[head];
}

/** Who an action is for, in the words that are not in AGE_WORDS, with their age group. */
const AGE_HEADS: Record<string, string> = {
  kinderen: "4-12", kids: "4-12", children: "4-12", kleintjes: "0-4", babies: "0-4", toddlers: "0-4",
  brugklas: "12+", brugklassers: "12+", scholieren: "12+", "middelbare scholieren": "12+",
};

/** The age group those words name. */
function ageOfWords(words: string): string | undefined {
  const f = fold(words);
  if (/^(peuters|peutertjes|dreumesen|baby ?s)$/.test(f)) return "0-4";
  if (/^(tieners|jongeren|pubers|teens|teenagers)$/.test(f)) return "12+";
  if (/^(kleuters|bovenbouw|onderbouw|middenbouw|basisschoolkinderen|basisschoolleerlingen)$/.test(f) || /^(groep|groepen|group|groups)\b/.test(f)) return "4-12";
  return undefined;
}

function normaliseAge(age: string): string {
  const a = fold(age).replace(/\s+/g, "");
  if (a.startsWith("0")) return "0-4";
  if (a.startsWith("4")) return "4-12";
  if (a.startsWith("12") || a === "tieners" || a.startsWith("jongeren")) return "12+";
  if (a === "peuters") return "0-4";
  return "algemeen";
}

const AGENDA = /\b(als (?:besluitpunt|bespreekpunt|informatiepunt|agendapunt) (?:opvoeren|opnemen|toevoegen|zetten|inbrengen)|op de agenda|op de stuurgroepagenda|(?:on|to) the (?:steering group |stuurgroep |board )agenda|add an item|an item (?:about|on|for)|(?:een )?bespreking (?:in|voor|tijdens) de (?:volgende |eerstvolgende )?(?:stuurgroep|vergadering)|agendapunt|agenderen|op de agenda zetten|bespreken in de stuurgroep|in de stuurgroep bespreken|on the agenda|to the agenda|agenda item|voor de agenda|aan de agenda|(?:volgende|eerstvolgende) (?:keer|vergadering|stuurgroep) bespreken|bespreken (?:in|op|tijdens|bij) de (?:volgende |eerstvolgende )?(?:keer|vergadering|stuurgroep|stuurgroepvergadering)|besproken (?:worden )?(?:in|op|tijdens|bij) de (?:volgende |eerstvolgende )?(?:keer|vergadering|stuurgroep|stuurgroepvergadering)|in de (?:volgende |eerstvolgende )?(?:stuurgroep|vergadering) besproken|punt voor de (?:volgende |eerstvolgende )?(?:vergadering|stuurgroep|meeting))\b/;
/** "informatiepunt voor de stuurgroep: …", "bespreekpunt: …": an item of a kind, before a colon. */
const KIND_OF_ITEM = /\b(informatiepunt|bespreekpunt|besluitpunt|discussiepunt)\b[^:]{0,40}:\s*\S/i;

/**
 * "zet X op de agenda (voor de stuurgroep)", "agendapunt: X, ter bespreking": the item, its
 * kind (besluit, bespreking, informatie) and the action it is about. Asked first.
 */
export function readAgendaItem(text: string, f: string, spans: ActionSpan<IndexedAction>[], _w: UnderstandWorld, _question: boolean): Understanding | undefined {
  // ("zet er twee punten bij: jaarplan 2026 ter besluit, en evaluatie schoolontbijt ter info", "agenda 18 maart aanvullen met:
  // X (besluit) en Y (bespreking)": several items, each with its kind — each proposed, shown first.)
  /** The words read again as an item said after "agendapunt:". */
  const asItem = (item: string, question: boolean) => readAgendaItem(`agendapunt: ${item}`, fold(`agendapunt: ${item}`), locateActions(_w.index, `agendapunt: ${item}`), _w, question);
  const several = severalItems(text);
  if (several) {
    const each = several.map((item) => asItem(item, _question));
    if (each.every((u) => u?.kind === "confirm" && u.text.startsWith("/agendapunt ") && !u.then?.length)) return confirmEach(each.map((u) => ({ text: (u as { text: string }).text })));
  }
  // ("en nog een: terugblik kerstmarkt moestuin, ter informatie": one more, said with the kind of item it is.)
  const oneMoreOfKind = text.match(/^\s*(?:@?wijkbot[\s,:]*)?(?:(?:en|ook|o ja|oja)\s+)*nog\s+(?:een|eentje|1)\s*:\s*(\S.{3,}?[,;]?\s*(?:ter informatie|ter info|ter bespreking|ter besluitvorming|als besluit|besluit nodig)\s*)[.!]*$/i)?.[1];
  const oneMore = oneMoreOfKind ? asItem(oneMoreOfKind, false) : undefined;
  if (oneMore) return oneMore;
  // ("kan ik voor maart nog iets op de agenda zetten? betrokkenheid CB en GGD, ter informatie": asked for a place, then the item
  // after the question mark.)
  const askedThenItem = text.match(/\b(?:iets|wat|een\s+(?:agenda)?punt(?:je)?)\s+(?:\S+\s+){0,3}?(?:op\s+de\s+(?:stuurgroep)?agenda|agenderen)\b(?:(?!\b(?:over|about)\b)[^?:])*\?\s*(\S.{3,})$/i)?.[1];
  const asked = askedThenItem && !/\?/.test(askedThenItem) ? asItem(askedThenItem, false) : undefined;
  if (asked) return asked;
  // ("graag een punt erbij: vergaderschema tweede helft 2026", "kan er nog een punt bij voor 22 januari: overlast …": one more
  // item, said after the colon — read as an agendapunt.)
  const onePointMore = text.match(/^\s*(?:@?wijkbot[\s,:]*)?(?:(?:graag|kan er|mag er|zet er|ff|even|nog|nou|hoi|he)[\s,]+)*(?:nog\s+)?(?:een|1)\s+(?:agenda)?punt(?:je)?\s+(?:erbij|bij|erop|toevoegen)(?:\s+(?:voor|op|in)\s+[^:]{1,40})?\s*:\s*(\S.{2,})$/i);
  if (onePointMore && !/^agendapunt:/i.test(text)) {
    const again = readAgendaItem(`agendapunt: ${onePointMore[1]}`, fold(`agendapunt: ${onePointMore[1]}`), locateActions(_w.index, `agendapunt: ${onePointMore[1]}`), _w, _question);
    if (again) return again;
  }
  // ("staat mijn punt over de huiskamer al op de agenda?": asking whether it is there, not putting it on.)
  if (_question && /^(?:wijkbot )?(?:staat|staan|is|zijn|komt|komen|wordt|worden)\b.*\b(?:al|nog|ook|wel)\b.*\bop de agenda\b/.test(f)) return { kind: "run", text: "/agenda" };
  // ("zoals net in de stuurgroep besproken krijgt X uitstel tot 1 juni": what was discussed, reported — not an item to add.)
  // ("ouderbetrokkenheid mag naar 1 juni, zo besproken in de stuurgroep": the same, said afterwards.)
  if (/\bzoals (?:\w+ ){0,5}(?:besproken|afgesproken|besloten)\b|\b(?:zo|net|vanavond|gisteren|vandaag|gisteravond)\s+(?:\w+\s+){0,2}(?:besproken|afgesproken|besloten)\b|\b(?:besproken|afgesproken|besloten)\s+(?:in|op|tijdens|door)\s+de\s+(?:stuurgroep|vergadering)\b/.test(f)) return undefined;
  // ("kun je een datumprikker zetten voor de volgende stuurgroep? …": a date poll for the meeting, not an item on it.)
  if (/\b(datumprikker|prikker|doodle)\b/.test(f)) return undefined;
  // "haal punt 3 van de agenda", "het agendapunt over de wijkwebsite mag eraf": taking one off, which no command does — say so.
  if (/\b(agenda|agendapunt|punt \d+)\b/.test(f) && /\b(van de agenda (af|halen|weg|schrappen)|haal\b.*\bvan de agenda|haal (?:\w+ ){1,5}(?:eraf|er af|weg)|(?:kan|mag|kunnen|mogen) (?:\w+ ){0,5}van de agenda|mag (eraf|er af|weg|van de agenda)|kan (eraf|er af|weg)|schrappen|schrap|verwijder\w*|weghalen|take off|remove)\b/.test(f) && !/\b(uitstellen|schuift|doorschuiven|volgende keer)\b/.test(f)) {
    return { kind: "say", text: localText("understand.agendaRemove") };
  }
  // ("betrokkenheid cb - eerste afstemming met het consultatiebureau op de agenda van de stuurgroep gezet": done already — news.)
  if (!text.includes("?") && /\bop de agenda\b.*\b(gezet|geplaatst|gekomen|gestaan|besproken|behandeld)\b/.test(f) && !/\b(kan|kun|wil|graag|mag|moet|zet)\b/.test(f)) return undefined;
  // "voor de stuurgroep wil ik een besluit over extra geld voor de speeltuin": an item asked for the meeting.
  const askedFor = /\b(voor|in|op|tijdens) de (volgende |eerstvolgende )?(stuurgroep|vergadering|meeting)\b/.test(f) && /\b(wil ik|willen we|wil graag|graag|nodig|vraag ik|vragen we)\b.*\b(een )?(besluit|bespreking|informatiepunt|bespreekpunt|besluitpunt)( (in|voor|op|tijdens) de (volgende |eerstvolgende )?(stuurgroep|vergadering|meeting))? over\b/.test(f);
  const forMeeting = askedFor ? undefined : itemForMeeting(text, _w.chatKind === "stuurgroep" || /\b(ter bespreking|ter info|ter informatie|stuurgroep|vergadering|agenda)\b/.test(f));
  // "agenda volgende keer: jaarplan 2027 bespreken": the agenda of the next meeting, then a colon and the item.
  // ("agenda stuurgroep: overlast bij het winkelcentrum, ter bespreking": the same, the meeting named by its body.)
  const nextAgenda = text.match(/^\s*(?:@?wijkbot[\s,:]*)?(?:voor\s+de\s+|op\s+de\s+)?agenda\s+(?:voor\s+|van\s+)?(?:de\s+)?(?:(?:volgende|eerstvolgende|komende)\s+(?:keer|vergadering|stuurgroep|meeting|week)|(?:stuurgroep|stuurgroepvergadering|vergadering))\s*:\s*(.{3,}?)[\s.!]*$/i)?.[1];
  // ("voor de stuurgroep van maart: evaluatie veilig naar school, ter info": the meeting it is for, then a colon and the item.)
  const forMeetingColon = text.match(/^\s*(?:@?wijkbot[\s,:]*)?(?:(?:ff|even|nog)\s+)?(?:een\s+)?(?:punt(?:je)?\s+)?voor\s+de\s+(?:volgende\s+|eerstvolgende\s+)?(?:stuurgroep|stuurgroepvergadering|vergadering)(?:\s+(?:van|in|op)\s+(?:de\s+)?[\p{L}\d ]{2,20}?)?\s*:\s*(.{3,}?)[\s.!]*$/iu)?.[1];
  // "agendapunt: jongeren laten meepraten in de stuurgroep": after the colon every word is the item's own.
  const afterItemColon = /^\s*(?:@?wijkbot[\s,:]*)?(?:nieuw\s+)?(?:agendapunt|agenda item|agendapuntje)\s*:\s*\S/i.test(text);
  // ("kan er een punt bij: evaluatie zomerkamp vorig jaar, ter info": a point added, named after the colon.)
  const pointAdded = _w.chatKind === "stuurgroep" || /\b(stuurgroep|vergadering|agenda)\b/.test(f) ? text.match(/^\s*(?:@?wijkbot[\s,:]*)?(?:(?:kan|mag|kunnen|zou|wil)\s+(?:je\s+)?(?:er\s+)?(?:nog\s+|ook\s+|even\s+)*(?:een\s+)?(?:agenda)?punt(?:je)?\s+(?:bij|erbij|op|toevoegen|bijzetten|erbij zetten)(?:\s+(?:voor|op|van)\s+(?:de\s+)?[^:]{1,20})?|(?:nog\s+)?(?:een\s+)?(?:agenda)?punt(?:je)?\s+erbij|(?:voeg|zet)\s+(?:er\s+)?(?:nog\s+|even\s+|ook\s+)*(?:een\s+)?(?:agenda)?punt(?:je)?\s+(?:toe|erbij|bij|op|aan)|(?:\S+\s+){0,8}?(?:het\s+volgende|the\s+following)(?:\s+\S+){0,3}|(?:nog\s+)?(?:een\s+)?(?:nieuw|nieuwe|extra)\s+(?:agenda)?punt(?:je)?(?:\s+(?:voor|op)\s+(?:de\s+)?[^:]{1,20})?|(?:de\s+)?agenda\s+(?:aanvullen|uitbreiden)(?:\s+met)?|aanvulling\s+(?:op|voor)\s+de\s+agenda|(?:voor\s+[^:]{1,25}?\s+)?(?:graag\s+)?(?:nog\s+)?een\s+(?:agenda)?punt(?:je)?(?:\s+graag)?)\s*[:?]\s*(.{3,}?)[\s.!]*$/i)?.[1] : undefined;
  // ("wil de speeltuin graag als besluitpunt op de volgende vergadering": the thing, then what kind of point and where.)
  const asPoint = text.match(/^\s*(?:@?wijkbot[\s,:]*)?(?:ik\s+)?(?:wil|zou|kan|kunnen|mag|graag)\s+(?:(?:ik|we|je)\s+)?(?:graag\s+)?(.+?)\s+(?:graag\s+)?als\s+(?:besluit|bespreek|informatie|discussie|agenda)?punt\s+(?:op|voor|in|tijdens)\s+de\s+(?:volgende\s+|eerstvolgende\s+)?(?:vergadering|stuurgroep|agenda|meeting)\b/i)?.[1];
  if (!(AGENDA.test(f) || KIND_OF_ITEM.test(text) || askedFor || forMeeting || nextAgenda || forMeetingColon || pointAdded || asPoint) || /^(wat|welke|what|which|wanneer|when)\b/.test(f) || /^(besluit|besloten|decision|decided)\b/.test(f)) return undefined;
  let kind = "";
  // ("(info)", "ik wil de stuurgroep even informeren, niks te beslissen hoor": for information.)
  if (/\b(ter informatie|als informatie|ter info|ter kennisname|informatie|informatiepunt|infopunt|informatief|informerend|informeren|for information|fyi|mededeling|toelichten|toelichting|presenteren|presentatie|vertellen)\b/.test(f) || /\(\s*(?:ter\s+)?info\s*\)/i.test(text)) kind = "informatie";
  // ("…, we moeten kiezen tussen twee bouwers": a choice to make is a decision.)
  // ("For discussion, no decision needed yet", "geen besluit nodig": the decision said not to be asked.)
  else if (/\b(besluit|besluitpunt|besluiten|beslissen|beslissing|besluitvorming|besluitvormend|decision|decide|akkoord|ja of nee|moeten kiezen|moet kiezen|keuze maken|een keuze|besloten worden|beslist worden|moet besloten|moet beslist)\b/.test(f.replace(/\b(?:geen|no|nog geen|not a|nog niet een) (?:besluit|beslissing|decision)(?: (?:nodig|needed|required|yet|nog))*\b/g, " ").replace(/\b(?:niks|niets|geen|nothing) (?:te |to )?(?:beslissen|besluiten|decide)\b/g, " "))) kind = "besluit";
  else if (/\b(ter bespreking|bespreken|besproken|bespreking|bespreekpunt|discussie|discussiepunt|discuss|discussion|meedenkt|meedenken|mee denken|over praten|samen praten|van gedachten wisselen)\b/.test(f)) kind = "bespreking";
  // "zet de speeltuin op de agenda …, we hebben een besluit nodig": the thing put on it is the item.
  // "kan er op de agenda: hoe houden we de huiskamer open": the item follows the colon.
  // ("… op de agenda over de cijfers van de jeugdmonitor": what it is about follows "over".)
  const afterColon = text.match(/\b(?:(?:op|aan|voor) de agenda(?:\s+van\s+de\s+(?:stuurgroep|vergadering))?(?:\s+(?:van|voor)\s+(?:de\s+)?(?:\d{1,2}(?:e|ste|de)?(?:\s+[a-z]+)?|volgende\s+(?:keer|vergadering|week)|donderdag|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december))?(?:\s+(?:willen|kunnen|graag|even|ff)){0,2}(?:\s+(?:zetten|plaatsen|opnemen|toevoegen|erbij))?|punt voor de (?:volgende |eerstvolgende )?(?:vergadering|stuurgroep|meeting))\s*(?::|\s(?:over|met als onderwerp|about)\b)\s*(.{3,})$/i)?.[1];
  // ("…, titel: rol consultatiebureau in het wijkplan, actie betrokkenheid cb": the title said as such.)
  const titled = text.match(/\b(?:titel|title)\s*:\s*(.{3,}?)(?=\s*[,;]\s*(?:actie|action)\b|[\s.!]*$)/i)?.[1];
  // ("agendapunt voor de stuurgroep graag, besluit nodig: uitbreiding voorleesochtend naar zaterdag": the kind, then the item.)
  const kindColon = AGENDA.test(f) ? text.match(/\b(?:besluit|bespreking|informatie|discussie)(?:\s+(?:nodig|graag|gevraagd|gewenst))?\s*:\s*(.{3,}?)(?=\s*[,;]\s*(?:actie|action)\b|[\s.!]*$)/i)?.[1] : undefined;
  // ("zet op de agenda: 'Wie betaalt de spreker?' – is een besluit", "Kun je 'Gymzaal beschikbaar' als punt agenderen?": the title
  // in quotes, whatever is said around it.)
  const quoted = text.match(/(?:^|[\s:(])['"‘“]([^'"’”]{3,80})['"’”](?=[\s,.;:!?)–—-]|$)/u)?.[1];
  const object =
    titled ??
    quoted ??
    pointAdded ??
    kindColon ??
    nextAgenda ??
    forMeetingColon ??
    forMeeting ??
    afterColon ??
    // ("kun je 'jaarplan 2026 tussenevaluatie' als besluitpunt opvoeren": the title in quotes.)
    text.match(/['"‘“]([^'"’”]{3,80})['"’”]/u)?.[1] ??
    // ("graag voor de volgende stuurgroep een agendapunt wachtlijsten bij het jongerenwerk daar moeten we een besluit over nemen":
    // the item right after "een agendapunt", up to the clause about it.)
    (/:/.test(text) ? undefined : text.match(/\b(?:een|nog een)\s+agendapunt\s+(?!(?:over|voor|bij|toevoegen|erbij|aanmaken|maken|graag|op|aan)\b)(\S.{2,}?)(?=\s+(?:daar|want|omdat|waar|dan|zodat|dat)\b|\s*[,.;!?]|\s*$)/i)?.[1]) ??
    // ("zet je voor de stuurgroep van de 22e een punt over de betrokkenheid van CB en GGD op de agenda?": what the point is about.)
    text.match(/\b(?:een|nog een)\s+(?:agenda)?punt\s+over\s+(.{3,}?)\s+(?:op|aan|voor)\s+de\s+agenda\b/i)?.[1] ??
    (askedFor ? text.match(/\b(?:een\s+)?(?:besluit|bespreking|informatiepunt|bespreekpunt|besluitpunt)(?:\s+(?:in|voor|op|tijdens)\s+de\s+(?:volgende\s+|eerstvolgende\s+)?(?:stuurgroep|vergadering|meeting))?\s+over\s+(.{3,}?)[\s.!?]*$/i)?.[1] : undefined) ??
    asPoint ??
    text.match(/\b(?:zet|zetten|plaats|plaatsen|breng|brengen|put|add)\s+(.+?)\s+(?:als\s+\p{L}+\s+|ter\s+\p{L}+\s+)?(?:op|aan) de agenda\b/iu)?.[1] ??
    text.match(/^\s*(?:@wijkbot\s+)?(.+?)\s+(?:graag\s+|even\s+|ook\s+)?(?:opnemen|zetten|plaatsen|agenderen)\s+(?:op|in|aan) de agenda\b/iu)?.[1] ??
    text.match(/^\s*(?:@wijkbot\s+)?(?:kan|kunnen|mag|moet|moeten|zou|kun je)\s+(?:we\s+|jij\s+|je\s+)?((?!(?:je|jij|u|we)\s+op de agenda)\S.*?)\s+(?:als\s+\p{L}+\s+|ter\s+\p{L}+\s+)?op de agenda\b/iu)?.[1] ??
    // "kan het budget van de speeltuin besproken worden in de stuurgroep"
    text.match(/^\s*(?:@wijkbot\s+)?(?:kan|kunnen|mag|moet|moeten|zou|zouden)\s+(?:we\s+)?(.+?)\s+(?:(?:in|op|tijdens|bij) de (?:volgende |eerstvolgende )?(?:stuurgroep|vergadering|keer)\s+)?(?:besproken|bespreken)(?:\s+worden)?\s*(?:(?:in|op|tijdens|bij) de\b|\?|$)/iu)?.[1] ??
    // "ik wil de huiskamer in de flat op de agenda als informatiepunt"
    text.match(/^\s*(?:@wijkbot\s+)?(?:ik wil|wil ik|we willen|willen we|ik zou graag|graag)\s+(?:graag\s+)?(.+?)\s+(?:als\s+\p{L}+\s+|ter\s+\p{L}+\s+)?op de agenda\b/iu)?.[1] ??
    // ("een toelichting geven op het inloopspreekuur JGZ": an information item, named as such.)
    (/\b(agendapunt\w*|agenderen)\b|:/i.test(text) ? undefined : text.match(/\b(toelichting)\s+(?:geven\s+|houden\s+|doen\s+)?(op|over)\s+(.{3,}?)(?:[,;]\s*(?:ter|for|as)\s+\S+)?[\s.!?]*$/i)?.slice(1).join(" ")) ??
    // ("… dat we een besluit nodig hebben over de huiswerkbegeleiding na de zomer", "graag bespreking in de stuurgroep over X",
    // "could we add an item about the kindteams, ter bespreking": what the item is about.)
    (/\b(agendapunt\w*|agenderen)\b|:/i.test(text) ? undefined : text.match(/\b(?:een\s+|an\s+)?(?:besluit|bespreking|discussie|item|decision|discussion)(?:\s+(?:nodig hebben|nodig is|nodig|graag))?(?:\s+(?:in|voor|tijdens|op|bij) de (?:volgende |eerstvolgende )?(?:stuurgroep|stuurgroepvergadering|vergadering|meeting))?\s+(?:over|about|on|regarding)\s+(?!(?:komen|gaan|hebben|nemen)\b)(?:de\s+|het\s+|the\s+)?(.{3,}?)(?:[,;]\s*(?:ter|for|as)\s+\S+)?[\s.!?]*$/i)?.[1]);
  const item = (object ?? text)
    // ("can you add an item for the next steering group meeting: X", "zet op de agenda vd 19e: X", "voor 10 december X": who it
    // is for and which meeting, said before the item.)
    .replace(/^.*?\b(?:add|put)\s+(?:an?\s+)?(?:item|point|agenda item)\s+(?:for|to|on)\s+[^:]{1,60}:\s*/i, " ")
    // ("schoolpleinen openstellen na schooltijd daar wil ik een besluit over": the clause about its kind, without a comma.)
    .replace(/\s+(?:daar|hier)\s+(?:wil|willen|moet|moeten|zou|zouden)\s+(?:ik|we|wij)?\s*(?:graag\s+)?(?:een\s+)?(?:besluit|bespreking|beslissing)(?:\s+over)?(?:\s+(?:nemen|hebben|komen))?[\s.!]*$/i, "")
    // ("…, informatie, actie schoolontbijt": which action, not the title.)
    .replace(/[,;]\s*(?:actie|action)\s+[^,;]{2,40}$/i, " ")
    // ("agendapunt voor 22 januari: evaluatie zomerkamp": which meeting, said before the colon, is not the item.)
    .replace(/^.*?\b(?:agendapunt|agenda item|informatiepunt|bespreekpunt|besluitpunt|discussiepunt|agendapuntje)\s+(?:voor|op|van|for)\s+[^:]{1,30}:\s*/i, " ")
    // ("ik wil … een bespreekpunt aandragen: …": what is brought in follows the colon.)
    // ("… een agendapunt indienen ter besluitvorming: …": the kind said between the verb and the colon.)
    .replace(/^.*?\b(?:agendapunt|agenda item|informatiepunt|bespreekpunt|besluitpunt|discussiepunt|agendapuntje|punt)\s+(?:(?:willen|wil|graag|even|ff|nog)\s+)*(?:aandragen|inbrengen|indienen|voorstellen|toevoegen|aanmelden)(?:\s+(?:ter|als|voor)\s+(?:besluitvorming|besluit|bespreking|informatie|info|kennisname))?\s*:\s*/i, " ")
    // ("agendapunt informatie: …": the kind said before the colon.)
    .replace(/^.*?\b(?:agendapunt|agenda item|informatiepunt|bespreekpunt|besluitpunt|discussiepunt|agendapuntje)\b(?:\s+(?:toevoegen|erbij|bij|nieuw|maken|aanmaken|add))?(?:\s+(?:(?:voor|van)\s+)?(?:de\s+)?(?:volgende\s+)?(?:stuurgroep|vergadering|meeting))?(?:\s+(?:ter\s+|als\s+)?(?:informatie|info|bespreking|besluit|besluitvorming)(?=\s*:))?\s*:?/i, " ")
    // ("kan er een agendapunt bij over de samenwerking …": what it is about.)
    .replace(/^\s*(?:er\s*)?bij\s+(?:over|met als onderwerp|about)\s+/i, " ")
    // ("agendapunt voorstel: huiswerkbegeleiding ook op woensdag": what kind of thing it is, said before the colon.)
    .replace(/^\s*(?:voorstel|idee|vraag|verzoek|proposal|idea)\s*:\s*(?=\S{3})/i, " ")
    .replace(/\b(kun je|kan je|kunnen we|kunnen jullie|wil je|zou je|ik wil graag|wil graag|ik zou graag|zou graag|graag|even|alsjeblieft|aub|svp|please|can you|could you|ik wil)\b/gi, " ")
    // ("… in plaats van per kwartaal": "plaats" there is no verb.)
    .replace(/\b(zet|zetten|(?<!\bin )plaats|plaatsen|put|add|agenderen)\b/gi, " ")
    .replace(/\b(?:add\s+)?(op de agenda|aan de agenda|voor de agenda|on the agenda|to the agenda|(?:on|to) the (?:steering group |stuurgroep |board )agenda)\b/gi, " ")
    .replace(/\b(voor|van|bij|in|op) de (volgende |eerstvolgende )?(stuurgroep|vergadering|meeting|stuurgroepvergadering)\b/gi, (m) => (afterItemColon ? m : " "))
    // ("…, needs a decision", "…, just for information", "namens Lefier wil ik …": what kind of item, and on whose behalf.)
    .replace(/[,;]\s*(?:(?:it\s+)?needs?\s+(?:a\s+)?(?:decision|discussion)|(?:just|only|purely)\s+(?:for|as)\s+(?:information|info|discussion|a decision))\s*[.!]*$/i, " ")
    .replace(/^\s*(?:namens|vanuit|on behalf of)\s+\S+(?:\s+\S+)?\s+(?:wil|willen|zou|zouden)\s+(?:ik|we|wij)\s+(?:graag\s+)?/i, " ")
    // ("…, gewoon ter info", "…, alleen ter kennisname": only what kind of item it is.)
    .replace(/[,;]\s*(?:gewoon|alleen|puur|slechts|enkel|even)\s+(?:ter|als|for)\s+(?:info|informatie|kennisname|bespreking)\s*[.!]*$/i, " ")
    // ("Geldlessen ook voor groep 7 — ter besluitvorming, koppelen aan geldlessen": what follows a dash and says the kind is no
    // part of the title.)
    .replace(/\s+[–—-]\s+(?:ter\s+|voor\s+|is\s+een\s+|als\s+)?(?:besluit\w*|bespreking|informatie|info|discussie|decision|discussion|information)\b.*$/i, " ")
    .replace(/\b(ter|als|for)\s+(bespreking|informatie|info|kennisname|besluit|besluitvorming|information|discussion|decision)\b/gi, " ")
    .replace(/[,;]\s*(besluit|bespreking|informatie|bespreken|ter bespreking|ter info|ter informatie|besluiten|informerend|informatief|besluitvormend|ter besluitvorming|ter bespreking graag|discussie|discussion|decision|information)(?:\s+(?:needed|required|please|nodig|graag|gevraagd))?\s*$/i, " ")
    // ("…, moet besloten worden", "…, om te bespreken": what kind of item it is, said as a clause.)
    .replace(/[,;]\s*(?:(?:dat\s+)?(?:moet|moeten)\s+(?:besloten|beslist|besproken)\s+worden|om\s+te\s+(?:bespreken|besluiten)|for\s+(?:discussion|decision))\s*[.!]*$/i, " ")
    .replace(/\s*[,;?]\s*\b(bespreken|ter bespreking|ter info)\s*[?!.]*$/i, " ")
    // ("agendapunt Techniekdag presentatie van groep 8 informatie", "… weer opstarten? besluit": the kind typed last, without a comma.)
    .replace(/(?<=\S)(?<!\b(?:een|de|het|geen|a|the|voor|over|om|wil|willen|nodig|ter|als|meer|nog)\b\s*)([?.])?\s+(besluit|bespreking|informatie|info)\s*[!.]*(?:\s*(?:nou|hoor|ja|graag|aub|pls)[.!]*)?$/i, (m, _q: string | undefined, word: string) => (word.toLowerCase().replace(/^info$/, "informatie") === kind ? " " : m))
    // ("… moestuin? groep 3 moet nu lopen en dat is best ver. graag bespreken": the item is the first sentence.)
    .replace(/^([^(]*?\S{3,}[^(]*?)[?!.]\s+\S.*$/su, "$1 ")
    // ("…, wil ik met jullie bespreken", "…, wil graag dat de stuurgroep meedenkt", "… we twijfelen tussen …": why it is brought
    // in, not its title.)
    .replace(/[,;]?\s+(?:(?:ik|we|wij)\s+)?(?:wil|willen|zou|zouden)\s+(?:ik\s+)?(?:graag\s+)?(?:(?:met jullie|even|graag)\s+)*(?:bespreken|dat\b).*$/i, " ")
    .replace(/[,;]?\s+dat\s+(?:we|wij|jullie|de stuurgroep|ze|zij)\s+(?:daar\s+)?(?:\S+\s+){0,3}(?:meedenkt|meedenken|over praten|praten|bespreken|beslissen|kijken)\b.*$/i, " ")
    .replace(/\s+(?:we|wij|ik)\s+(?:twijfelen|twijfel|weten|denken|snappen)\b.*$/i, " ")
    // ("…, ze moeten er ja of nee tegen zeggen": what kind of item it is, not its title.)
    .replace(/[,;]\s*(?:ze|zij|we|de stuurgroep)\s+(?:moeten|moet|mogen)\s+er\s+(?:ja of nee|een besluit|iets)\b.*$/i, " ")
    // ("… met het sociaal team in de wijk dat loopt niet lekker en dat moeten we bespreken", "…, want …": why, not the title.)
    .replace(/\s+(?:want|omdat)\s+\S.*$/i, " ")
    .replace(/\s+dat\s+loopt\s+(?:nog\s+)?niet\b.*$/i, " ")
    .replace(/\s+(?:en\s+)?(?:dat|daar)\s+(?:moeten|willen|moet|wil)\s+(?:we|wij|jullie|ik)\b.*$/i, " ")
    // ("nieuwe locatie huiswerkbegeleiding (besluit)": the kind in brackets.)
    .replace(/\s*\(\s*(?:ter\s+|for\s+)?(besluit|bespreking|informatie|info|besluitvorming|decision|discussion|information)\s*\)\s*/gi, " ")
    // ("…, daar moet een besluit over komen", "…, we hebben een besluit nodig": what kind of item it is, not its title.)
    .replace(/[,;]\s*([^,;]{0,60})$/, (clause, words: string) => (isKindClause(words) ? " " : clause))
    .replace(/\b(in de stuurgroep bespreken|bespreken in de stuurgroep)\b/gi, " ")
    // "kunnen we de jeugdmonitor volgende keer bespreken?", "punt voor de volgende vergadering: …", "als besluitpunt op de agenda".
    .replace(/\b((?:de )?(?:volgende|eerstvolgende) (?:keer|vergadering|stuurgroep) bespreken|bespreken (?:in|op|tijdens|bij) de (?:volgende |eerstvolgende )?(?:keer|vergadering|stuurgroep|stuurgroepvergadering)|(?:een )?punt voor de (?:volgende |eerstvolgende )?(?:vergadering|stuurgroep|meeting))\b/gi, " ")
    .replace(/\b(?:kunnen|kan|mogen|mag|zullen) we\b/gi, " ")
    // ("kan het wijkplan jonge kind volgende keer op de agenda": when, not what.)
    .replace(/\b(?:de\s+)?(?:volgende|eerstvolgende|komende)\s+keer\b/gi, " ")
    .replace(/\bals (besluitpunt|bespreekpunt|informatiepunt|infopunt|agendapunt|punt)\b/gi, " ")
    .replace(/\s+bespreken\s*[?!.]*$/i, (m) => (/\bbespreken (?:in|op|tijdens|bij) de\b/i.test(text) ? " " : m))
    // ("…, ter bespreking. hoort bij de moestuin natuurlijk 🌱", "…, actie voorleesochtend": which action, not the title.)
    .replace(/[,.;]\s*(?:het\s+|dit\s+|dat\s+)?(?:hoort|valt)\s+(?:natuurlijk\s+|ook\s+|wel\s+|trouwens\s+)?(?:bij|onder)\s+.*$/is, " ")
    .replace(/\s+/g, " ")
    .replace(/^[\s,:;\-–]+|[\s,.;:!?\-–]+$/g, "")
    .replace(/^(?:(?:voor|op)\s+(?:de\s+)?(?:\d{1,2}(?:e|ste|de)|maandag|dinsdag|woensdag|donderdag|vrijdag|volgende keer|volgende vergadering)\s+)?(?:over|dat|het punt|een punt over|iets over|pls|please|aub)\s*:?\s+/i, "")
    .replace(/^(?:(?:voor|op)\s+(?:de\s+)?(?:\d{1,2}(?:e|ste|de)|maandag|dinsdag|woensdag|donderdag|vrijdag)\s+)(?:iets\s+)?(?:over\s+)?/i, "")
    // ("voeg … van 12 maart toe: X", "vd 19e: X", "voor 10 december X": the meeting, said before the item.)
    .replace(/^(?:voeg\s+)?(?:van|voor|vd|v d)\s+(?:de\s+)?\d{1,2}(?:e|ste|de)?(?:\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december))?(?:\s+toe)?\s*:?\s+/i, "")
    .replace(/^['"‘“]([^'"’”]{3,})['"’”]$/u, "$1")
    // ("ik wil een besluit over de begroting van het zomerkamp op de agenda": what the decision is about is the title.)
    .replace(/^(?:een\s+)?(?:besluit|bespreking|discussie|beslissing)\s+over\s+(?:de\s+|het\s+)?(?=\S{3})/i, "")
    .replace(/\s+(?:als\s+)?(?:opvoeren|opnemen|inbrengen)$/i, "")
    .replace(/[,;]\s*(?:hoort|valt)\s+(?:bij|onder)\s+.*$/i, "")
    .replace(/\s+(weer|nog|ook|even|graag)$/i, "")
    // ("An item: volunteer allowance", "the JGZ waiting list for the steering group": English around the title.)
    .replace(/^(?:an?\s+)?(?:agenda\s+)?(?:item|point)\s*:\s*(?=\S)/i, "")
    .replace(/\s+for the (?:next\s+)?(?:steering group|stuurgroep)(?:\s+meeting)?$/i, "")
    .trim();
  // ("ik wil graag iets op de agenda zetten": what? The answer — "Personele wisseling WIJ-team, ter info" — is the item.)
  if (!item || /^(iets|something|wat|een punt|een agendapunt)$/i.test(item)) return { kind: "read-as", question: localText("understand.agendaWhat"), prefix: "agendapunt:" };
  // The action it is about: a name inside the item ("wachtlijst van de huiswerkbegeleiding").
  const at = object ? text.indexOf(object) : 0;
  // ("verkeersveiligheid rond de scholen" is about no action: a common word like "scholen" names none on its own.)
  const named = (s: ActionSpan<IndexedAction>) => tokenWords(text.slice(s.start, s.end)).some((word) => !GENERIC_WORDS.has(word));
  // ("Techniekdag presentatie van groep 8": the action named by its own short name, before one that shares "groep 8".)
  const inside = object ? spans.filter((s) => s.start >= at && s.end <= at + object.length + 1 && s.quality >= 1 && named(s)) : [];
  // ("“Vaste ruimte voor het inloopspreekuur” (besluit). Gaat over mijn inloopspreekuur JGZ": a title in quotes, and the action
  // it is about said after it.)
  const saidAfter = quoted && object === quoted && !inside.length ? spans.find((s) => s.start >= at + object.length && (s.exact || s.quality >= 2) && /\b(?:gaat over|over|hoort bij|bij|voor|about|for)\s+(?:(?:de|het|mijn|onze|the|my)\s+)?$/i.test(text.slice(Math.max(0, s.start - 30), s.start))) : undefined;
  const about = saidAfter ?? (object ? inside.find((s) => s.exact) ?? inside[0] : spans.find((s) => s.quality >= 2.5 || (s.score >= 3 && s.end - s.start >= 8 && !/^\p{Lu}/u.test(text.slice(s.start, s.end)) && new Set(spans.filter((o) => o.start === s.start).map((o) => o.action.id)).size === 1)));
  // ("zet mijn punt over het zomerkamp op de agenda: locatie kiezen", "…, hoort bij dat ding over schermtijd": the action named around the item.)
  // ("…, actie voorleesochtend": the action said as such.)
  const saidAction = spans.find((s) => s.quality >= 1 && /[,;]\s*(?:actie|action)\s+$/i.test(text.slice(0, s.start)));
  const aroundItem = saidAction ?? about ?? (object && afterColon === object ? spans.find((s) => s.end <= text.indexOf(object) && s.quality >= 2 && /\b(over|van|bij|voor)\s+(de|het)?\s*$/i.test(text.slice(0, s.start))) : undefined) ?? spans.find((s) => s.quality >= 1.5 && /\b(hoort|valt)\s+(bij|onder)\s+(?:\S+\s+){0,8}$/i.test(text.slice(0, s.start)));
  const action = aroundItem ? ` actie ${aroundItem.action.shortName ?? aroundItem.action.title}` : "";
  // ("het jaar plan twee duizend zes en twintig": dictated, stored as meant.)
  const title = tidyDictation(item).replace(/^(de|het|een|the|an?)\s+(?=\S)/i, "");
  return confirmCommand(`/agendapunt ${title.charAt(0).toUpperCase()}${title.slice(1)}${kind ? ` ${kind}` : ""}${action}`);
}

/** The items of "twee punten bij: A ter besluit, en B ter info" / "aanvullen met: A (besluit) en B (bespreking)", each with its kind. */
function severalItems(text: string): string[] | undefined {
  const list = text.match(/\b(?:(?:twee|drie|2|3|een paar|paar|nog wat)\s+(?:agenda)?punten(?:\s+(?:bij|erbij|toevoegen|op de agenda))?|(?:agenda)?punten\s+(?:bij|erbij|toevoegen)|aanvullen\s+met|uitbreiden\s+met)\s*:?\s*(\S.{5,})$/i)?.[1];
  if (!list) return undefined;
  const KIND = String.raw`(?:\(\s*(?:ter\s+)?(?:besluit|bespreking|informatie|info|besluitvorming)\s*\)|,?\s*ter\s+(?:besluit|bespreking|info|informatie|kennisname|besluitvorming)|,\s*(?:besluit|bespreking|informatie))`;
  const items = [...list.matchAll(new RegExp(String.raw`\s*(?:(?:,\s*)?(?:en|and)\s+|[,;]\s*)?(.+?${KIND})(?=\s*(?:[,;]|\s(?:en|and)\s|[.!]*\s*$))`, "gi"))].map((m) => m[1].trim());
  return items.length >= 2 && items.join(" ").length >= list.replace(/[\s.!]+$/, "").length - 8 ? items : undefined;
}

/** Words too common to name an action on their own when an agenda item is linked to one. */
const GENERIC_WORDS = new Set("school scholen kinderen kind ouders ouder jongeren jeugd wijk buurt groep groepen cijfers plan wijkplan project geld budget samenwerking".split(" "));

function tokenWords(text: string): string[] {
  return fold(text).split(" ").filter((word) => word.length >= 2);
}

/**
 * An item for the meeting said without the word agenda: "graag bespreken volgende keer: …",
 * "voor donderdag wil ik iets inbrengen over de huiskamer", "ik wil het inloopspreekuur toelichten in
 * de stuurgroep", "…als we het over de GGD samenwerking hebben in de stuurgroep", "kan er een punt bij
 * over de website". Its subject, as typed.
 */
function itemForMeeting(typed: string, meetingSaid = false): string | undefined {
  // ("wil graag in de stuurgroep … vertellen": the "ik" left out.)
  const text = typed.replace(/^(\s*(?:@?wijkbot[\s,:]*)?)(wil|wou|zou)\s+graag\b/i, "$1ik $2 graag");
  // ("in de stuurgroep", "voor de vergadering van de 22e", "voor de 22e", "voor donderdag de 22e", "de volgende keer".)
  const meeting = String.raw`(?:in|op|tijdens|bij|voor)\s+(?:de\s+)?(?:volgende\s+|eerstvolgende\s+|komende\s+)?(?:stuurgroep|vergadering|stuurgroepvergadering|meeting|keer)(?:\s+van\s+(?:de\s+)?\d{1,2}(?:e|ste|de)?(?:\s+\p{L}+)?)?|(?:de\s+)?volgende\s+keer|(?:voor|op)\s+(?:donderdag|dinsdag|maandag|woensdag|vrijdag)(?:\s+de\s+\d{1,2}(?:e|ste|de))?|(?:voor|op)\s+de\s+\d{1,2}(?:e|ste|de)`;
  const verbs = String.raw`inbrengen|toelichten|presenteren|bespreken|aankaarten|voorleggen|agenderen|vertellen|bijpraten`;
  const kindWords = String.raw`besluit|bespreking|informatiepunt|bespreekpunt|besluitpunt|discussiepunt|agendapunt|punt`;
  const patterns = [
    // ("ik wil in de stuurgroep een besluit over de kosten van het zomerkamp", "graag een bespreekpunt in de stuurgroep: …")
    new RegExp(String.raw`\b(?:ik wil|wil ik|we willen|willen we|ik zou graag|ik wil graag|graag)\s+(?:graag\s+)?(?:${meeting})\s+(?:een\s+)?(?:${kindWords})(?:\s+nodig)?\s+(?:over\s+|:\s*)(.{3,}?)(?:\s*[.;!?]|$)`, "iu"),
    new RegExp(String.raw`\b(?:ik wil|wil ik|we willen|willen we|ik zou graag|ik wil graag|graag)\s+(?:graag\s+)?(?:een\s+)?(?:${kindWords})(?:\s+nodig)?\s+(?:${meeting})\s*(?:over\s+|:\s*)(.{3,}?)(?:\s*[.;!?]|$)`, "iu"),
    // ("stel voor om in de stuurgroep te beslissen over een rookvrij schoolplein")
    new RegExp(String.raw`\b(?:ik\s+)?stel\s+voor\s+om\s+(?:${meeting})\s+te\s+(?:beslissen|besluiten|bespreken|praten|het hebben)\s+over\s+(.{3,}?)(?:\s*[.;!?]|$)`, "iu"),
    // ("voor de stuurgroep graag bespreken: …", "voor de stuurgroep: besluit nodig over …", "punt voor de volgende vergadering: …")
    new RegExp(String.raw`^\s*(?:@wijkbot[\s,:]*)?(?:(?:een\s+)?(?:${kindWords})(?:je)?\s+)?(?:${meeting})\s*(?:graag\s+)?(?:(?:bespreken|ter bespreking|beslissen|ter info|ter informatie|informatie|besluit nodig|bespreking nodig)\s*)?:\s*(?:(?:besluit|bespreking|informatie)(?:\s+nodig)?\s+over\s+)?(.{3,})$`, "iu"),
    // ("mag ik een punt aandragen voor de stuurgroep: …", "een punt inbrengen over …")
    new RegExp(String.raw`\b(?:een\s+)?(?:agenda)?punt(?:je)?\s+(?:aandragen|inbrengen|indienen|toevoegen)\s+(?:(?:${meeting})\s*)?(?::\s*|over\s+)(.{3,})$`, "iu"),
    // ("kan er voor de volgende stuurgroep een punt bij over …")
    new RegExp(String.raw`\b(?:kan|mag|moet)\s+er\s+(?:(?:${meeting})\s+)?(?:nog\s+)?een\s+(?:agenda)?punt(?:je)?\s+bij\s+(?:(?:${meeting})\s+)?over\s+(.{3,}?)(?:\s*[,.;!?]|$)`, "iu"),
    // ("voor de vergadering van de 22e wil ik het hebben over …")
    new RegExp(String.raw`^\s*(?:@wijkbot[\s,:]*)?(?:${meeting})\s+(?:wil ik|willen we|wil ik graag|zou ik graag)\s+(?:het\s+)?(?:graag\s+)?(?:even\s+)?(?:hebben|praten|het hebben)\s+over\s+(.{3,}?)(?:\s*[.;!?]|$)`, "iu"),
    // ("ik wil graag in de stuurgroep vertellen hoe het met de moestuin gaat")
    new RegExp(String.raw`\b(?:ik wil|wil ik|ik zou graag|ik wil graag|we willen)\s+(?:graag\s+)?(?:${meeting})\s+(?:vertellen|toelichten|laten zien|presenteren|uitleggen)\s+(.{3,}?)(?:\s*[.;!?]|$)`, "iu"),
    // ("ik zou de techniekdag graag agenderen voor de 22e, ter bespreking")
    new RegExp(String.raw`\b(?:ik zou|ik wil|wil ik|we willen|willen we|zou ik)\s+(?:graag\s+)?(.{3,60}?)\s+(?:graag\s+)?agenderen(?:\s+(?:${meeting}))?\s*(?:,\s*(?:ter\s+\p{L}+|graag))?[\s.!]*$`, "iu"),
    // ("agendapunt stuurgroep 22 januari - zomerkamp locatie kiezen (besluit)": which meeting, then a dash and the item.)
    new RegExp(String.raw`^\s*(?:@wijkbot[\s,:]*)?agendapunt\s+(?:(?:voor\s+)?(?:de\s+)?(?:stuurgroep|vergadering)\s+)?(?:(?:van\s+|op\s+)?\d{1,2}\s+\p{L}+\s+|(?:van\s+|op\s+)?de\s+\d{1,2}(?:e|ste|de)\s+)?[-–]\s*(.{3,})$`, "iu"),
    // ("de stuurgroep moet beslissen over het budget van de speeltuin, kan dat op de agenda")
    new RegExp(String.raw`^\s*(?:@wijkbot[\s,:]*)?de\s+stuurgroep\s+(?:moet|moeten|mag|zou)\s+(?:\S+\s+)?(?:beslissen|besluiten|praten|iets vinden|een besluit nemen)\s+over\s+(.{3,}?)(?:\s*[,.;!?]|$)`, "iu"),
    new RegExp(String.raw`^\s*(?:@wijkbot[\s,:]*)?(?:graag\s+)?(?:${verbs})\s+(?:${meeting})\s*:\s*(.{3,})$`, "i"),
    new RegExp(String.raw`\b(?:ik wil|wil ik|we willen|willen we|ik zou graag|ik wil graag|graag)\s+(?:graag\s+)?(?:iets\s+|wat\s+|even\s+)?(?:${verbs})\s+(?:(?:${meeting})\s+)?over\s+(.{3,}?)(?:\s*[,.;!?]|\s+(?:${meeting})|$)`, "i"),
    new RegExp(String.raw`(?:\b(?:ik wil|wil ik|we willen|willen we|ik zou graag|ik wil graag|graag)|^\s*(?:@wijkbot[\s,:]*)?wil)\s+(?:graag\s+)?(.{3,60}?)\s+(?:(?:even|graag|nog|kort|ff)\s+)*(?:${verbs})\s+(?:${meeting})`, "i"),
    // "ooit wil ik het in de stuurgroep over de GGD-monitor hebben": what it is about.
    new RegExp(String.raw`\b(?:wil ik|ik wil|willen we|we willen|zou ik|ik zou)\s+het\s+(?:(?:graag|even|nog|ook)\s+)*(?:(?:in|op|tijdens|bij)\s+de\s+(?:volgende\s+)?(?:stuurgroep|vergadering)\s+)?over\s+(.{3,60}?)\s+(?:hebben|praten)\b`, "i"),
    // "kunnen we de speeltuin bespreken volgende keer", "zullen we het budget in de stuurgroep voorleggen".
    new RegExp(String.raw`^\s*(?:@wijkbot[\s,:]*)?(?:kunnen|zullen|moeten|gaan)\s+we\s+(.{3,60}?)\s+(?:${verbs})\s+(?:${meeting})`, "i"),
    new RegExp(String.raw`\b(?:als|dat)\s+we\s+het\s+(?:over|met)\s+(.{3,60}?)\s+(?:hebben|gaan hebben|kunnen hebben)\s+(?:${meeting})`, "i"),
    new RegExp(String.raw`\b(?:kan|mag|moet)\s+er\s+(?:nog\s+)?een\s+(?:agenda)?punt(?:je)?\s+bij\s+over\s+(.{3,}?)(?:\s*[,.;!?]|$)`, "i"),
    // ("voor de volgende stuurgroep een bespreekpunt over de rookvrije generatie": the meeting, the kind of point, what about.)
    new RegExp(String.raw`^\s*(?:@wijkbot[\s,:]*)?(?:${meeting})\s+(?:graag\s+|nog\s+|even\s+)*(?:een\s+)?(?:${kindWords})(?:je)?\s+over\s+(.{3,}?)(?:\s*[,.;!?]|$)`, "iu"),
  ];
  // ("ik wil het graag hebben over de samenwerking met de huisartsen, ter bespreking": in the stuurgroep, or with the meeting said.)
  if (meetingSaid) patterns.push(new RegExp(String.raw`^\s*(?:@wijkbot[\s,:]*)?(?:ik wil|wil ik|we willen|willen we|ik zou|zou ik)\s+het\s+(?:(?:graag|even|nog|ook|eens)\s+)*(?:hebben|praten)\s+over\s+(.{3,}?)(?:\s*[,.;!?]|$)`, "i"));
  for (const re of patterns) {
    const m = text.match(re);
    const item = m?.[1]?.trim().replace(/[\s.!?]+$/, "");
    if (item && !/^(iets|wat|het|dit|dat|something)$/i.test(item)) return item;
  }
  return undefined;
}

const KIND_CLAUSE_WORDS = new Set("daar hier er moet moeten wil willen we wij ik hebben heb is zijn graag nodig komen over een de het stuurgroep vergadering door van voor nog even wel genomen nemen worden wordt over gaan gaat kan kunnen mag zou zouden dus dan".split(" "));

/** "daar moet een besluit over komen": a clause that only says the item's kind. */
function isKindClause(words: string): boolean {
  const tokens = fold(words).split(" ").filter(Boolean);
  const kinds = tokens.filter((t) => /^(besluit|besluiten|beslissen|beslissing|bespreking|bespreken|informatie|discussie|decision)$/.test(t));
  return kinds.length === 1 && tokens.length <= 10 && tokens.every((t) => kinds.includes(t) || KIND_CLAUSE_WORDS.has(t));
}

/** "accepteer punt 3", "punt 2 is besproken", "schuif punt 4 door": an agenda item by its number. */
export function readAgendaByNumber(f: string, question: boolean): Understanding | undefined {
  // ("please accept item 3": an item is a punt.) ("pnt 3 acepteren": typed short, a letter off.)
  // ("accept point 3", "point 2 is done", "move point 3 to next meeting": a point is a punt too.)
  f = f.replace(/\b(?:agenda )?(?:items?|points?) (\d{1,2})\b/g, "punt $1").replace(/\bpnt (?=\d)/g, "punt ")
    // ("4 en 5 allebei geaccepteerd": a list of item numbers with what was done to them, "punt" left out.)
    .replace(/^((?:wijkbot\s+)?)(\d{1,2}(?:\s*(?:,|en|&|and)\s*\d{1,2}|\s+\d{1,2}(?=\s+(?:,|en|&|and)\s*\d))*(?:\s*(?:,|en|&|and)\s*\d{1,2}))(?=\s+(?:(?:zijn|is|allebei|beide|alle|ook|both)\s+)*(?:geaccepteerd|accepteren|akkoord|behandeld|besproken|uitgesteld|afgehandeld|accepted|handled|discussed)\b)/, "$1punten $2").replace(/\b(?:acepteren|accpeteren|acceptere|accepteeren|acepteer|accpeteer)\b/g, "accepteren");
  // ("agendapunt twee en drie zijn beide behandeld": the numbers said as words.)
  if (/\b(?:agenda)?punt(?:en)? (een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\b/.test(f)) f = numberWordsToDigits(f);
  // "punten 2 en 3 zijn ook behandeld", "punt 1, 2 en 4 afgehandeld": several at once.
  // ("punt 3 4 en 5 accepteren": the commas left out, or folded away.)
  const several = f.match(/\b(?:agenda)?punt(?:en)? (\d{1,2}(?:\s*(?:,|en|&|and)\s*\d{1,2}|\s+\d{1,2}(?=\s+(?:,|en|&|and)\s*\d))*(?:\s*(?:,|en|&|and)\s*\d{1,2}))\b/);
  const number = several ? [several[0], several[1].match(/\d{1,2}/g)!.join(" ")] : f.match(/\b(?:agenda)?punt (\d{1,2})\b|\bnummer (\d{1,2}) (?:van|op) de agenda\b/) ?? f.match(/\b(?:nummer|nr) (\d{1,2})\b(?=.*\b(?:uitgesteld|uitstellen|behandeld|geaccepteerd|accepteren|doorschuiven)\b)/);
  if (!number || /^(besluit|besloten|decision|decided)\b/.test(f)) return undefined;
  const n = number[1] ?? number[2];
  let command: string | undefined;
  // ("punt 3 mag op de agenda", "punt 3 nemen we mee": taken onto the agenda.)
  if (/\b(accepteer|accepteren|geaccepteerd|neem .*\bop\b|nemen .*\bop\b|keur .*\bgoed|goedkeuren|goedgekeurd|akkoord|accept|accepted|approve|approved|(?:mag|kan|mogen|kunnen) (?:er (?:ook |wel |nog )?op|erop|erbij|op de agenda)|nemen we (?:\w+ ){0,3}mee|neem (?:\w+ ){0,3}mee|meenemen)\b/.test(f)) command = `/agenda accepteer ${n}`;
  // ("punt 1 gehad 👍", "2 en 3 zijn afgehandelt", "item 3 done": dealt with, also misspelt.)
  // ("punt 2 en 3 zijn klaar": the items done, said of the items.)
  else if (/\b(besproken|behandel[dt]|afgehandel[dt]|gedaan|afgerond|is geweest|gehad|afgevinkt|afgestreept|discussed|handled|covered|done|finished)\b|\b(?:is|zijn) (?:ook |al )?(?:klaar|af)\b/.test(f)) command = `/agenda behandeld ${n}`;
  else if (/\b(uitstellen|uitgesteld|stel .*\buit|stellen .*\buit|schui[fv]\w* .*\bdoor|doorschuiven|doorgeschoven|volgende vergadering|volgende keer|postpone\w*|defer\w*|next meeting|next time|(mag|kan|gaat|moet) (\w+ )?door naar|naar (de vergadering van )?(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)|(?:to|until|till) (?:the )?(?:january|february|march|april|may|june|july|september|october|november|december) (?:meeting|one|session)|(?:doen|bespreken|behandelen|pakken|nemen) (?:we|jullie) (?:\w+ ){0,2}(?:in|na) (?:januari|februari|maart|april|mei|juni|juli|september|oktober|november|december|de volgende|volgende))\b/.test(f)) command = `/agenda uitstellen ${n}`;
  // ("is punt 2 nou een besluitpunt of alleen ter info?": a question about the item — the agenda answers it.)
  if (!command) return question && /\b(besluitpunt|informatiepunt|bespreekpunt|ter info|ter informatie|ter bespreking|besluit|bespreking|wie brengt|van wie|agenda)\b/.test(f) ? { kind: "run", text: "/agenda" } : undefined;
  // ("foutje, punt 3 is nog niet behandeld": the opposite of what was done — taking that back is asked.)
  if (/\b(?:nog niet|niet|toch niet|helemaal niet)\s+(?:\w+\s+)?(?:behandeld|besproken|afgehandeld|geaccepteerd|uitgesteld)\b/.test(f)) return { kind: "confirm", question: localText("understand.confirm", { what: "/ongedaan" }), text: "/ongedaan" };
  // "is punt 2 al besproken?" is answered with the agenda, not changed; several at once are shown first.
  // ("kun je punt 3 accepteren?": a request asked as a question — shown first, done only on "ja".)
  if (question && /^(?:wijkbot )?(?:kun|kan|kunt|wil|wilt|zou|zullen|mag|can|could|would) (?:je|jij|u|we|wij|ik|you|i) /.test(f)) return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command };
  if (question) return { kind: "run", text: "/agenda" };
  // ("twee punten erbij: … En het voorstel van Fatima (punt 3) mag ook geaccepteerd": more is asked than this one step — shown first.)
  // ("agendapunt 3 mag erop en zet hem meteen als eerste": a second instruction — shown first.)
  const saysMore = f.split(" ").length > 12 || /\b(erbij|op de agenda|agendapunt|agendapunten|punten|nieuw punt|nieuwe punten|en zet|en zetten|daarna|bovenaan|onderaan|als eerste|als laatste|volgorde)\b/.test(f.replace(number[0], " "));
  // ("punt 3 akkoord": in a meeting that may as well be what was agreed on the item — taking it onto the agenda is shown first.)
  const onlyAgreed = command.startsWith("/agenda accepteer") && /\b(akkoord|approved|approve)\b/.test(f) && !/\b(accepteer|accepteren|geaccepteerd|accept|accepted|op de agenda|erop|erbij|mee)\b/.test(f);
  return several || saysMore || onlyAgreed ? { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command } : { kind: "run", text: command };
}

/**
 * Agreements said the way a meeting says them: "afgesproken dat X", "conclusie: X", "X, leg dat
 * vast", "kun je als besluit vastleggen dat X", "punt 3 is besloten: X"; in the stuurgroep chat also
 * "we zijn akkoord met X", "we hebben gekozen voor X" and "X is vastgesteld". Asked first, as /besluit.
 */
/** "…, punt 2", "…, dat bij punt 2 graag", "(agendapunt 3)": the agenda item a decision belongs to, named at its end. */
const ITEM_AT_END = /[,;]?\s*\(?\s*(?:(?:dat|die|dit|graag|en|hoort)\s+)*(?:bij\s+|onder\s+)?(?:agenda)?punt\s+(\d+)\s*\)?(?:\s+(?:graag|aub|svp|please))?[\s.!]*$/i;

export function readAgreement(text: string, f: string, question: boolean, stuurgroep: boolean): Understanding | undefined {
  if (question) return undefined;
  // ("nog even voor het verslag we hebben afgesproken dat …": who it is written down for is no part of it.)
  const body = text.replace(/^\s*@wijkbot[\s,:]*/i, "").trim().replace(/^(?:(?:en|nog|even|ff)\s+)*(?:voor het verslag|voor de notulen|ter notulering|for the minutes)\s*[,:]?\s*/i, "");
  // ("we hebben net afgesproken dat X, leg dat even vast": the agreement, not who made it; "…. besluit graag vastleggen": the word "besluit" left over.)
  const clean = (x: string) =>
    x
      .trim()
      .replace(/^(?:(?:we|wij) hebben|de stuurgroep heeft|er is)\s+(?:(?:net|zojuist|vanavond|gisteren|gisteravond|vandaag|dus|ook|unaniem|samen)\s+)*(?:afgesproken|besloten)\s+(?:dat|om)\s+/i, "")
      .replace(/[\s,.;-]+(?:(?:het|dit|dat|de)\s+)?(?:besluit|besluiten)\s*$/i, "")
      // ("…, leg dat vast": the request to record it.)
      .replace(/[\s,;]+(?:(?:wil je|kun je|graag)\s+)?(?:leg|noteer|schrijf)\s+(?:je\s+)?(?:dat|het|dit)\s*(?:(?:maar|even|graag|ook)\s+)*(?:vast|op)?[\s.!?]*$/i, "")
      .replace(/[\s.!]+$/, "");
  // (stuurgroep) "nog eentje van vanavond: de stuurgroep vergadert voortaan om 19:00": one more agreement of the meeting.
  const oneMore = stuurgroep ? body.match(/^(?:en\s+)?(?:nog\s+)?(?:eentje|een|één|1|iets)\s+(?:van|uit)\s+(?:vanavond|vandaag|gisteren|gisteravond|de vergadering|het overleg|de stuurgroep)\s*:\s*(.{3,})$/i) : null;
  if (oneMore) return confirmCommand(`/besluit ${clean(oneMore[1])}`);
  // ("vergeten te noteren gisteren: het zomerkamp mag doorgaan als er minimaal 25 aanmeldingen zijn": an agreement of the
  // meeting, recorded afterwards — shown first; /besluit checks who may and when.)
  // ("vergeten te noteren: we hebben gisteren ook besloten dat …": when is said inside, too.)
  const forgotten = body.match(/^(?:ik\s+(?:ben|was)\s+|was\s+)?vergeten\s+(?:te\s+noteren|vast\s+te\s+leggen|te\s+melden|door\s+te\s+geven)(?:\s+(?:van\s+)?(?:gisteren|gisteravond|vanavond|de vergadering|de stuurgroep|in de vergadering))*\s*:\s*(.{3,})$/i)?.[1];
  if (forgotten && /\b(mag|mogen|moet|moeten|krijgt|krijgen|wordt|worden|gaat|gaan|komt|komen|blijft|blijven|maximaal|minimaal|akkoord|door|besloten|afgesproken)\b/i.test(forgotten)) return confirmCommand(`/besluit ${clean(forgotten)}`);
  const item = body.match(/^(?:agenda)?punt\s+(\d+)\s*(?:is\s+)?(?:besloten|besluit|afgesproken)\s*(?:dat\s+|:\s*)(.{3,})$/i);
  if (item) return confirmCommand(`/besluit ${clean(item[2])} agendapunt ${item[1]}`);
  // "de kinderraad heeft gekozen, leg maar vast bij punt 3: het watertappunt komt bij het winkelcentrum".
  const atItem = body.match(/(?:^|[,.;]\s*)(?:leg|legt|noteer)\s+(?:(?:het|dat|dit)\s+)?(?:(?:even|maar|graag|ook)\s+)*(?:vast|als besluit)\s+(?:bij|onder)\s+(?:agenda)?punt\s+(\d{1,2})\s*:\s*(.{3,})$/i);
  if (atItem) return confirmCommand(`/besluit ${clean(atItem[2])} agendapunt ${atItem[1]}`);
  // ("begroting 2026 is vastgesteld, noteer dat maar als besluit bij punt 2": the decision first, then where it belongs.)
  const thenItem = body.match(/^(.{6,}?)[\s,.;-]+(?:leg|noteer|schrijf|zet)\s+(?:(?:het|dat|dit)\s+)?(?:(?:even|maar|graag|ook|ff)\s+)*(?:vast\s+)?(?:als\s+besluit|vast)\s+(?:bij|onder)\s+(?:agenda)?punt\s+(\d{1,2})\s*(?:aub|graag|please|svp)?[\s.!]*$/i);
  if (thenItem) return confirmCommand(`/besluit ${clean(thenItem[1])} agendapunt ${thenItem[2]}`);
  const said =
    body.match(/^(?:afgesproken|afspraak|conclusie|we concluderen|vastgesteld|we spreken af|we hebben afgesproken|de stuurgroep heeft afgesproken)\s*(?:is\s+)?(?:dat\s+|:\s*)(.{3,})$/i)?.[1] ??
    body.match(/^(?:kun je|kan je|wil je|graag)?\s*(?:als|het) besluit\s+(?:even\s+)?(?:vastleggen|noteren|opschrijven|opnemen)\s*(?:dat\s+|:\s*)(.{3,})$/i)?.[1] ??
    // "leg vast: geen nieuwe acties meer dit jaar", "leg even vast dat …".
    body.match(/^(?:en\s+)?(?:leg|legt)\s+(?:(?:even|maar|graag|ook|nog)\s+)*vast\s*(?:dat\s+|:\s*)(.{3,})$/i)?.[1] ??
    // ("even vastleggen wat we net hebben afgesproken: …")
    body.match(/^(?:(?:even|graag|nog|ff)\s+)*(?:vastleggen|noteren|opschrijven)\s+wat\s+(?:we|wij)\s+(?:(?:net|zojuist|vanavond|gisteren|gisteravond|vandaag)\s+)*(?:hebben\s+)?(?:afgesproken|besloten)(?:\s+hebben)?\s*:\s*(.{3,})$/i)?.[1] ??
    // ("…, ik ben vergeten het te noteren maar we hebben afgesproken dat …", said of the meeting: the agreement at the end.)
    ((stuurgroep || /\b(stuurgroep|vergadering|gisteravond|vanavond|overleg)\b/.test(f)) && !/\?/.test(body) ? body.match(/(?:^|[,.;:!]\s*|\bmaar\s+)(?:(?:we|wij)\s+hebben|hebben\s+(?:we|wij)|de stuurgroep heeft)\s+(?:(?:net|zojuist|vanavond|gisteren|gisteravond|vandaag|dus|ook|unaniem|samen)\s+)*(?:afgesproken|besloten)\s+(?:dat)\s+(.{6,})$/i)?.[1] : undefined) ??
    // ("vastleggen graag: begroting 2026 is vastgesteld", "graag vastleggen dat …".)
    body.match(/^(?:graag\s+|even\s+|svp\s+)?(?:ook\s+|nog\s+)?(?:vastleggen|noteren|genoteerd|vastgelegd|notuleren)\s*(?:graag|aub|svp|please)?\s*(?:dat\s+|:\s*)(.{3,})$/i)?.[1] ??
    body.match(/^(.{6,}?)[\s,.;-]+(?:leg\s+(?:(?:dat|dit|het)\s+)?(?:even\s+|maar\s+|ook\s+)?vast|(?:leg|noteer|schrijf)\s+(?:dat|dit|het)\s+(?:even\s+|maar\s+|ook\s+)?(?:vast|op|als besluit)|noteer\s+(?:(?:dat|dit|het)\s+)?als besluit)(?:\s+als besluit)?\s*(?:aub|graag|please)?[\s.!]*$/i)?.[1];
  // In the stuurgroep, or said of the stuurgroep's own agreement: "Genoteerd mag worden dat de stuurgroep …",
  // "we zijn unaniem akkoord gegaan met X, graag zo vastleggen".
  const agreeing = stuurgroep || /\b(stuurgroep|besluit|besloten|akkoord|afgesproken)\b/.test(f);
  const formal = agreeing
    ? (body.match(/^(?:het\s+)?(?:genoteerd|vastgelegd|opgenomen|opgeschreven|genotuleerd)\s+(?:mag|moet|kan|dient)\s+(?:(?:nog|even|ook)\s+)?worden\s+dat\s+(.{3,})$/i)?.[1] ??
      body.match(/^(?:mag|moet|kan)\s+(?:het\s+)?(?:genoteerd|vastgelegd|opgenomen|genotuleerd)\s+worden\s+dat\s+(.{3,})$/i)?.[1] ??
      body.match(/^(?:voor de notulen|for the minutes)\s*[:,]\s*(.{3,})$/i)?.[1] ??
      (/\b(akkoord|eens|besloten|afgesproken|gekozen|vastgesteld|goedgekeurd|aangenomen)\b/.test(f)
        ? body.match(/^(.{6,}?)[\s,.;-]+(?:(?:graag|aub|svp|even|wil je)\s+)?(?:zo|dat|dit|het)?\s*(?:graag\s+)?(?:vastleggen|noteren|opschrijven|notuleren)\s*(?:aub|graag|please|svp)?[\s.!]*$/i)?.[1]
        : undefined))
    : undefined;
  const decided = said ?? formal;
  // ("…, punt 2": the agenda item it was decided at, named at the end.)
  // ("…, dat bij punt 2 graag": likewise.)
  const at = decided?.match(ITEM_AT_END);
  if (decided && at) return confirmCommand(`/besluit ${clean(decided.slice(0, at.index))} agendapunt ${at[1]}`);
  if (decided && !/\b(op de agenda|agendapunt|herinner\w*)\b/.test(fold(decided))) return confirmCommand(`/besluit ${clean(decided)}`);
  // ("ik vergat het vanavond in de groep te zetten: de stuurgroep gaat akkoord met …": the stuurgroep's agreement, named as
  // such, in any chat — shown first; /besluit checks who may and when.)
  const stuurgroepAgreed = body.match(/(?:^|[:.]\s*)((?:de\s+)?stuurgroep\s+(?:gaat|is|heeft)\s+(?:(?:unaniem|ook|vanavond|gisteren)\s+)*(?:akkoord|ingestemd|besloten)\b.{3,}?)[\s.!]*$/i)?.[1];
  const stuurgroepAt = stuurgroepAgreed ? stuurgroepAgreed.match(ITEM_AT_END) : null;
  if (stuurgroepAgreed && stuurgroepAt && !question) return confirmCommand(`/besluit ${clean(stuurgroepAgreed.slice(0, stuurgroepAt.index))} agendapunt ${stuurgroepAt[1]}`);
  if (stuurgroepAgreed && !question) return confirmCommand(`/besluit ${clean(stuurgroepAgreed)}`);
  if (!stuurgroep || /\b(voorstel|agenda|agendapunt)\b/.test(f)) return undefined;
  // In the stuurgroep: "we zijn akkoord met X", "de stuurgroep gaat akkoord met X", "we hebben gekozen voor X", "X is vastgesteld".
  // ("De stuurgroep stemt in met de verlenging van het zomerkamp", "we stemmen in met …": agreed.)
  const agreed = body.match(/^(?:we|wij|(?:de\s+)?stuurgroep)\s+(?:zijn|is|gaan|gaat)\s+(?:(?:ook|unaniem|allemaal|volledig)\s+)?(akkoord\s+met\s+.{3,})$/i)?.[1] ?? body.match(/^(?:we|wij|(?:de\s+)?stuurgroep)\s+(?:hebben|heeft)\s+(gekozen\s+voor\s+.{3,})$/i)?.[1] ?? body.match(/^(?:we|wij|(?:de\s+)?stuurgroep)\s+(?:stemt|stemmen)\s+(?:(?:unaniem|allemaal|ook)\s+)?(in\s+met\s+.{3,})$/i)?.[1];
  // ("akkoord: de wijkwebsite krijgt een knop per organisatie": what is agreed, after the colon.)
  const agreedColon = body.match(/^(?:akkoord|afgesproken|besloten|aangenomen|goedgekeurd|unaniem akkoord)\s*:\s*(.{6,}?)[\s.!]*$/i)?.[1];
  if (agreedColon) return confirmCommand(`/besluit ${clean(agreedColon)}`);
  // ("de stuurgroep gaat akkoord met X": the decision keeps who agreed, as it was said.)
  // ("…, dat bij punt 2 graag": at that item.)
  const agreedAt = agreed ? body.match(ITEM_AT_END) : null;
  if (agreed && agreedAt) return confirmCommand(`/besluit ${clean(body.slice(0, agreedAt.index))} agendapunt ${agreedAt[1]}`);
  if (agreed) return confirmCommand(`/besluit ${clean(body)}`);

  if (/^.{3,60}\s(?:is|zijn|wordt|worden)\s+(?:bij deze\s+|hierbij\s+)?(?:vastgesteld|goedgekeurd|aangenomen)[\s.!]*$/i.test(body)) return confirmCommand(`/besluit ${clean(body)}`);
  return undefined;
}

/**
 * "akkoord met de begroting", "begroting: akkoord" in the stuurgroep chat: agreed, said short — a decision, shown first
 * (read after the agenda, so an item only proposed is accepted instead).
 */
export function shortAgreement(text: string, question: boolean, stuurgroep: boolean): Understanding | undefined {
  if (question || !stuurgroep) return undefined;
  const body = text.replace(/^\s*@wijkbot[\s,:]*/i, "").trim().replace(/[\s.!]+$/, "");
  if (/^(?:(?:unaniem|helemaal|volledig)\s+)?akkoord\s+(?:met|op)\s+\S.{2,60}$/i.test(body) || /^\S.{2,60}?\s*:\s*(?:akkoord|goedgekeurd|aangenomen|vastgesteld)$/i.test(body)) return confirmCommand(`/besluit ${body}`);
  return undefined;
}

/** Words that say which decision it is, not what it is about ("besluit stuurgroep van gisteravond: …"). */
const DECISION_FRAME = new Set("stuurgroep stuurgroepvergadering vergadering overleg van de het een gisteravond gisteren vandaag vanavond vorige week noteren noteer vastleggen opschrijven graag aub svp even nog genomen gevallen over bij wil je kun je kan je please ff die dat dit is zijn was we wij hebben heeft voor vanuit meeting from the of alvast maar ook nu meteen direct trouwens vanmiddag vanochtend".split(" "));

/** "besluit ouderavond mediawijsheid: gaat door in april": the subject named before the colon belongs to the decision. */
function subjectFirst(m: RegExpMatchArray | null): [string, string] | null {
  if (!m) return null;
  const subject = m[1].trim();
  // ("besluit bij 2: …": the agenda item's number.)
  const item = subject.match(/^(?:bij|voor|onder)\s+(?:agenda)?(?:punt\s+)?(\d{1,2})$/i)?.[1];
  if (item) return [m[0], `punt ${item}: ${m[2]}`];
  const content = fold(subject).split(" ").filter((word) => word && !DECISION_FRAME.has(word));
  return [m[0], content.length ? `${subject.replace(/^(?:van|over|bij|voor)\s+/i, "")}: ${m[2]}` : m[2]];
}

const DAYS_AND_MOMENTS = "vanavond|vandaag|gisteren|gisteravond|vanmiddag|vanochtend|vorige week|maandag|dinsdag|woensdag|donderdag|vrijdag|de vergadering|de stuurgroep|stuurgroep";
/** Words that say "this is a decision" before the decision itself, each with the agenda item it may name. */
const DECISION_MARKERS: RegExp[] = [
  // "besluit: …", "besluit, …", "besluit stuurgroep: …", "besluit van de stuurgroep: …", "nog een besluit van donderdag vergeten: …"
  new RegExp(`^(?:nog een |een |het )?besluit(?:\\s+(?:van\\s+)?(?:de\\s+)?(?:${DAYS_AND_MOMENTS}))*(?:\\s+(?:graag|even|nog|ook))*(?:\\s+(?:noteren|vastleggen|vergeten|genomen|opschrijven))*(?:\\s+te\\s+(?:noteren|vastleggen|melden|zetten))?(?:\\s+(?:in|per|via|tijdens|bij)\\s+(?:de\\s+|het\\s+)?(?:mail|e-mail|app|vergadering|overleg|stuurgroep))?(?:\\s*[:,]|\\s+[-–])\\s*`, "i"),
  // ("ter info voor iedereen, besluit van de stuurgroep gisteren: …": the decision announced after a few words.)
  new RegExp(`^[^:]{0,60}?\\bbesluit\\s+van\\s+(?:de\\s+)?stuurgroep(?:\\s+(?:van\\s+)?(?:${DAYS_AND_MOMENTS}))*\\s*:\\s*(?=\\S)`, "i"),
  // ("hoi, voor de besluitenlijst: besloten dat …": for the list of decisions.)
  /^[^:]{0,30}?\b(?:voor\s+)?(?:de\s+)?besluitenlijst\s*:\s*(?:(?:we\s+hebben\s+)?(?:besloten|afgesproken|vastgesteld)\s+(?:dat|om)\s+)?(?=\S)/i,
  // ("Vergeten te noteren, besluit agendapunt 2: …": what was forgotten, then the item and what was decided.)
  /^[^:]{0,40}?[,.]\s*besluit\s+(?:bij\s+)?(?:agenda)?punt\s+(\d{1,2})\s*[:,-]\s*(?=\S)/i,
  // ("hierbij leg ik vast dat …", "… dus bij dezen: besloten dat …": recorded in so many words, after whatever came first.)
  /^[^]{0,300}?\b(?:bij dezen|hierbij)\b[\s:,]*(?:leg ik vast|stel ik vast|stellen we vast|besluiten we|besloten|vastgesteld|afgesproken)\s+(?:dat|om)\s+/i,
  // "besluit punt 3 watertappunt komt …"
  // ("besluit punt 3 vergeten: plek watertappunt …": forgotten, then what was decided.)
  /^besluit\s+(?:bij\s+)?(?:agenda)?punt\s+(\d{1,2})(?:\s+(?:vergeten|nog|ook|graag|noteren|vastleggen))*\s*[:,-]?\s*/i,
  // "stuurgroep besluit: …"
  /^(?:de\s+)?stuurgroep\s+(?:besluit|heeft besloten|besloot)\s*:\s*/i,
  // "agendapunt 3 akkoord: het watertappunt komt bij het MFC", "bij punt 3 graag: besluit uitgesteld, eerst advies": what
  // follows the colon is what was decided on that item.
  /^(?:agenda)?punt\s+(\d{1,2})\s+(?:is\s+)?(?:akkoord|besloten|vastgesteld|aangenomen|goedgekeurd)\s*:\s*(?:besluit\s*[:,]?\s*)?(?=\S)/i,
  // ("punt 2 hebben we per mail al besloten: de huiswerkbegeleiding gaat ook op woensdag")
  /^(?:agenda)?punt\s+(\d{1,2})\s+(?:hebben\s+we|is|werd|hadden\s+we)\s+(?:\S+\s+){0,4}?(?:besloten|vastgesteld|afgesproken|goedgekeurd|beslist)\s*:\s*(?=\S)/i,
  /^(?:bij|voor|onder)\s+(?:agenda)?punt\s+(\d{1,2})(?:\s+(?:graag|even|noteren|vastleggen|als besluit|(?:twee|drie|2|3)\s+besluiten|besluiten|besluit))*\s*:\s*(?:besluit\s*[:,]?\s*)?(?=\S)/i,
  // ("decision on item 2: budget approved, …": the same in English.)
  /^(?:the\s+)?decision\s+(?:on|for|at|about)\s+(?:agenda\s+)?(?:item|point)\s+(\d{1,2})\s*:\s*/i,
  // "vastgesteld bij agendapunt 2: …", "afgesproken bij agendapunt 1: …", "conclusie punt 1: …", "ok vastleggen: …"
  /^(?:(?:graag|even|ff|nog)\s+)*(?:vastleggen|leg vast|leg dat vast|vastgesteld|afgesproken|conclusie|noteren)(?:\s+(?:bij\s+|onder\s+)?(?:agenda)?punt\s+(\d{1,2}))?\s*:\s*/i,
  // "notulen vanavond: besloten dat …"
  new RegExp(`^notulen(?:\\s+(?:van\\s+)?(?:${DAYS_AND_MOMENTS}))?\\s*:\\s*(?:we hebben\\s+)?(?:besloten|afgesproken|vastgesteld)\\s+(?:dat|om)\\s+`, "i"),
  // "vastgesteld dat …", "besloten dat …"
  /^(?:vastgesteld|besloten|afgesproken)\s+(?:dat|om)\s+/i,
  // "we've agreed that …"
  /^(?:we've|we have|we)\s+(?:just\s+)?agreed\s+(?:that|to|on)\s+|^agreed\s*:\s*|^decision\s*:\s*/i,
  // ("punt 2: besloten, begroting akkoord met 2 stemmen tegen": the item, then that it was decided, then what.)
  /^(?:agenda)?punt\s+(\d{1,2})\s*:\s*(?:besloten|besluit|akkoord|vastgesteld|aangenomen)\s*[:,]\s*(?=\S)/i,
  // ("Goedemorgen, ter aanvulling op het verslag van donderdag graag het volgende besluit vastleggen: …": asked in so many words.)
  // ("kun je nog een besluit aan de vergadering van afgelopen donderdag toevoegen: …": to which meeting, said between.)
  /^[^:]{0,90}?\b(?:het volgende |dit |een |nog een |volgend )?besluit\s+(?:(?:graag|even|nog|ook)\s+)*(?:(?:aan|bij|voor|in)\s+(?:de|het)\s+[^:]{3,50}?\s+)?(?:vastleggen|noteren|opschrijven|toevoegen)\s*:\s*(?=\S)/i,
];
/** Said in the stuurgroep only: "akkoord op agendapunt 2, de begroting is vastgesteld op …", "we gaan voor de plek naast …". */
const STUURGROEP_MARKERS: RegExp[] = [
  /^akkoord\s+op\s+(?:(?:agenda)?punt\s+(\d{1,2})\s*[,:]\s*)?/i,
  /^we\s+gaan\s+voor\s+/i,
  // ("voor de notulen bij agendapunt 2 de begroting is aangenomen met vijf stemmen voor": for the minutes, at that item.)
  /^(?:voor\s+(?:de\s+notulen|het\s+verslag)|(?:graag\s+)?in\s+de\s+notulen|notuleer(?:\s+(?:even|maar|graag))?)\s*[:,]?\s*(?:bij|onder)\s+(?:agenda)?punt\s+(\d{1,2})\s*[:,]?\s*(?=\S)/i,
];

/**
 * "vastgesteld bij agendapunt 2: 5% blijft reserve", "besluit: de techniekdag mag 750 euro kosten, leg dat vast",
 * "afgesproken: A. en we gaan voor B": the decision after the words that mark it, with the item they name.
 */
export function markedDecision(text: string, question: boolean, stuurgroep: boolean): Understanding | undefined {
  if (question) return undefined;
  // ("en ook afgesproken: …": one more, said as such.)
  const body = text.replace(/^\s*@?wijkbot[\s,:]*/i, "").replace(/^(?:(?:ok|oke|oké|dus|nou|goed|prima)[\s,]+)+/i, "").replace(/^(?:(?:en|ook|nog|verder)\s+)+(?=(?:afgesproken|vastgesteld|besloten|conclusie)\b)/i, "").trim();
  let item: string | undefined;
  let rest: string | undefined;
  for (const marker of [...DECISION_MARKERS, ...(stuurgroep ? STUURGROEP_MARKERS : [])]) {
    const m = body.match(marker);
    if (!m) continue;
    item = m[1];
    rest = body.slice(m[0].length);
    break;
  }
  if (!rest) return undefined;
  rest = rest
    .replace(/[\s,.;]+(?:leg (?:je )?(?:dat|dit|het) (?:even |maar |ook )?vast|graag vastleggen|vastleggen graag|noteer (?:je )?(?:dat|dit|het)(?: (?:even|maar|ook|graag))*|(?:wil|kun|kan) (?:je|jij|u) (?:dat|dit|het) (?:(?:even|ook|nog|graag|alsnog) )*(?:als besluit )?(?:noteren|vastleggen|opschrijven))[\s.!?]*$/i, "")
    .replace(/[\s,.;!]+(?:dank(?:\s+(?:je|jullie|u))?(?:\s+wel)?|bedankt|thanks)(?:\s+(?:allen|allemaal|iedereen|all))?[\s.!👏🙏👍]*$/iu, "")
    // ("… Dank voor het snelle schakelen!": thanks for something, closing the message.)
    .replace(/[\s,.;!]+(?:dank|bedankt|thanks)\s+(?:(?:je|jullie|u)\s+)?(?:wel\s+)?(?:voor|for)\s+[^.!?]{3,50}[\s.!👏🙏👍]*$/iu, "")
    .trim();
  // ("…, agendapunt 3": the item named at the end.)
  const at = rest.match(ITEM_SAID_AFTER) ?? rest.match(/[,;]?\s*\(?\s*(?:bij\s+|onder\s+|dat is\s+|dat was\s+)?(?:(?:agenda)?punt|agenda item|item)\s+(\d{1,2})\s*\)?[\s.!]*$/i);
  if (at && !item) {
    item = at[1] ?? at[2];
    rest = rest.slice(0, at.index).trim();
  }
  // ("…. en we gaan voor de locatie in Zuidlaren": a second decision in a second sentence.)
  // ("afgesproken dat de wijkwebsite een knop krijgt en dat het zomerkamp 2 weken duurt": two, joined by "en dat".)
  // ("€ 750 t.l.v. post Gezond", "excl. btw": the dot of an abbreviation ends no sentence.)
  // ("bij punt 3 twee besluiten: het watertappunt komt …, en Ingrid vraagt een offerte op": said to be two, ", en" parts them.)
  const saidTwo = /\b(?:twee|drie|2|3)\s+besluiten\b/i.test(body.slice(0, body.length - rest.length));
  const parts = rest.split(saidTwo ? /(?<!(?:^|[\s.])(?:\p{L}|excl|incl|ca|bijv|evt|nr|dhr|mevr|ong|resp|etc|vs|bv|max|min))[.!]\s+(?:en\s+)?(?=\S)|\s+en\s+dat\s+|,\s*en\s+|;\s*/iu : /(?<!(?:^|[\s.])(?:\p{L}|excl|incl|ca|bijv|evt|nr|dhr|mevr|ong|resp|etc|vs|bv|max|min))[.!]\s+(?:en\s+)?(?:(?:we\s+gaan\s+voor|ook)\s+)?(?=\S)|\s+en\s+dat\s+/iu).map((x) => x.trim().replace(/[.!]+$/, "")).filter((x) => contentWords(x) >= 1);
  if (!parts.length || contentWords(parts.join(" ")) < 2) return undefined;
  const suffix = item ? ` agendapunt ${item}` : "";
  // ("…. en punt 2 schuift door naar maart": another item moved on, said after the decision — that, not a decision.)
  const movedOn = (x: string) => x.match(/^(?:en\s+)?(?:agenda)?punt\s+(\d{1,2})\s+(?:schuift\s+(?:\S+\s+)?door|gaat\s+door\s+naar|wordt\s+uitgesteld|is\s+uitgesteld|uitgesteld|uitstellen|gaat\s+naar\s+de\s+volgende)\b/i)?.[1];
  return decisionsShownFirst(parts.map((x) => (movedOn(x) ? `/agenda uitstellen ${movedOn(x)}` : `/besluit ${x}${suffix}`)));
}

/** One decision or several, shown first; on "ja" they are recorded one after the other. */
function decisionsShownFirst(commands: string[]): Understanding {
  return commands.length === 1 ? confirmCommand(commands[0]) : confirmEach(commands.map((text) => ({ text })));
}

/**
 * "Goed overleg allen! besluiten: 1) ouderavond in februari 2) kindteams blijft geparkeerd": several decisions
 * listed after "besluiten:", each its own — shown first, all on "ja".
 */
function decisionList(text: string): Understanding | undefined {
  // ("Voor het verslag nog twee besluiten die ik mis in de lijst:\n- …\n- …": a few words after "besluiten", then a list.)
  const m = text.match(/(?:^|[.!?,]\s*|\n)\s*(?:@?wijkbot[\s,:]*)?(?:de\s+)?(?:besluiten|genomen besluiten|decisions)(?:\s+(?:van\s+)?(?:vanavond|vandaag|gisteren|gisteravond|de vergadering|de stuurgroep))?\s*:\s*([\s\S]{3,})$/iu) ??
    text.match(/\bbesluiten\b[^:\n.!?]{0,50}:\s*((?:\n\s*(?:[-•*]|\d{1,2}[).])\s*[^\n]{3,}){2,})\s*$/iu);
  if (!m) return undefined;
  const parts = m[1]
    .split(/\s*(?:\n\s*[-•*]?\s*|;\s*|(?:^|\s)\d{1,2}[).]\s+|(?:^|\s)[-•]\s+)/u)
    // ("1. techniekdag …\n2. huiskamer …": the number that starts a line is no part of the decision.)
    .map((x) => x.trim().replace(/^(?:\d{1,2}[).]|[-•*])\s+/u, "").replace(/[.!,]+$/, ""))
    .filter((x) => contentWords(x) >= 1);
  if (!parts.length) return undefined;
  return decisionsShownFirst(parts.map((x) => `/besluit ${x}`));
}

/** "…. Dit hoort bij agendapunt 2.", "…. Graag vastleggen bij punt 2.": the item a decision belongs to, said in a sentence of its own. */
const ITEM_SAID_AFTER = /(?:[.,;]\s*|\s+)(?:(?:dit|dat|het)\s+)?(?:hoort|hoorde|valt)\s+(?:ook\s+)?(?:bij|onder)\s+(?:agenda)?punt\s+(\d{1,2})[\s.!]*$|(?:[.,;]\s*|\s+)(?:graag\s+)?(?:vastleggen|noteren|opschrijven)\s+(?:bij|onder)\s+(?:agenda)?punt\s+(\d{1,2})[\s.!]*$/i;

/** "Voor het verslag: de stuurgroep stelt de begroting vast …": what was decided, said for the minutes. */
export const FOR_THE_MINUTES = /^\s*(?:@?wijkbot[\s,:]*)?(?:(?:nog\s+)?(?:even\s+)?(?:voor het verslag|voor de notulen|for the minutes))\s*:\s*(?=.*\b(?:vastgesteld|stelt (?:\S+\s+){0,4}vast|stellen (?:\S+\s+){0,4}vast|besloten|besluit|akkoord|gekozen|kiest|kiezen|steunt|steunen|stemt in|stemmen in|ingestemd|goedgekeurd|keurt (?:\S+\s+){0,3}goed|approved|decided|agreed)\b)(.{3,})$/iu;

/** "de stuurgroep stelt de begroting vast. Graag vastleggen bij punt 2.": a decision, then the item to record it at. */
export const RECORD_AT_ITEM = /^\s*(?:@?wijkbot[\s,:]*)?(?!.*\?)(.{3,}?)[.,;]\s*(?:graag\s+|even\s+|wil je (?:dat|dit|het)\s+)?(?:vastleggen|noteren|opschrijven)\s+(?:bij|onder)\s+(?:agenda)?punt\s+(\d{1,2})[\s.!?]*$/iu;

/** "besluit: X", "we hebben besloten dat X". Asked first. */
export function readDecision(typed: string, f: string, question: boolean): Understanding | undefined {
  if (question) return undefined;
  // ("besluit. zomerkamp 2000 euro.", "ook besluit: speeltuin krijgt 500 euro": a full stop for the colon, "ook" before it.)
  // ("besluit de begroting twee duizend zes en twintig is vast gesteld agendapunt twee": dictated, stored as meant.)
  // ("gisteren vergeten, nog een besluit: …": why it comes now is no part of it.)
  const text = tidyDictation(typed).replace(/^(\s*(?:@?wijkbot[\s,:]*)?)[^:]{0,40}?[,.;!]\s*(?=(?:(?:en|o ja|oja|ook)\s+)?(?:nog\s+een|ander|tweede|derde|volgend|volgende|laatste)\s+besluit\s*:)/i, "$1").replace(/^(\s*(?:@?wijkbot[\s,:]*)?)(?:(?:en|ook|nog|and)\s+)+(?=(?:besluit|decision)\s*[:.])/i, "$1").replace(/^(\s*(?:@?wijkbot[\s,:]*)?(?:besluit|decision))\s*\.\s+(?=\S)/i, "$1: ");
  // ("besluit 1) kindteams blijft geparkeerd 2) …": a numbered list after the word, without a colon.)
  const listed = decisionList(text.replace(/^(\s*(?:@?wijkbot[\s,:]*)?)(?:besluit|besluiten|besloten|decisions?|decided)\s*:?\s*(?=1[).]\s)/i, "$1besluiten: "));
  if (listed) return listed;
  // "vastleggen als besluit: WIJ levert twee jongerenwerkers", "zet die van het watertappunt ook als besluit: komt bij
  // het winkelcentrum": the decision after the colon (with the thing it is about, when it starts with its verb).
  const asDecision = text.match(/\bals besluit\b([^:]{0,30}):\s*(.{3,})$/iu);
  if (asDecision && !/^\s*(?:@wijkbot[\s,:]*)?(?:genoteerd\s+)?als besluit/i.test(text)) {
    const about = text.slice(0, asDecision.index).match(/\b(?:die|dat|het|de)\s+(?:van|over)\s+(?:de\s+|het\s+)?(\p{L}[\p{L}\p{N}-]*)/iu)?.[1];
    let decision = asDecision[2].trim().replace(/[.!]+$/, "");
    if (about && /^(komt|gaat|wordt|blijft|is|moet|krijgt|mag|kost|start|stopt)\b/i.test(decision)) decision = `${about.charAt(0).toUpperCase()}${about.slice(1)} ${decision}`;
    // ("noteer als besluit bij punt 3: …": at that agenda item.)
    const item = asDecision[1].match(/\b(?:agenda)?punt\s+(\d{1,2})\b/i)?.[1];
    return confirmCommand(`/besluit ${decision}${item ? ` agendapunt ${item}` : ""}`);
  }
  // ("en noteer ook als besluit dat het watertappunt bij het winkelcentrum komt (punt 3)": what was decided after "dat", the item at
  // the end.)
  const asDecisionThat = text.match(/\b(?:noteer|leg)\s+(?:(?:ook|nog|even|maar|graag)\s+)*als\s+besluit\s+(?:vast\s+)?dat\s+(\S.{3,}?)[\s.!]*$/i)?.[1];
  if (asDecisionThat) {
    const item = asDecisionThat.match(ITEM_AT_END);
    return confirmCommand(`/besluit ${item ? asDecisionThat.slice(0, item.index).trim() : asDecisionThat}${item ? ` agendapunt ${item[1]}` : ""}`);
  }
  // ("besluit (punt 4): de stuurgroep steunt de subsidieaanvraag": the item in brackets before the colon.)
  const itemFirst = text.match(/^\s*(?:@?wijkbot[\s,:]*)?(?:besluit|decision)\s*\(\s*(?:bij\s+)?(?:agenda)?(?:punt|item)\s+(\d{1,2})\s*\)\s*:\s*(.{3,}?)[\s.!]*$/iu);
  if (itemFirst) return confirmCommand(`/besluit ${itemFirst[2].trim()} agendapunt ${itemFirst[1]}`);
  // "besluit stuurgroep van gisteravond: …", "besluit van gisteren noteren aub: …": what follows the colon is the decision.
  // ("de stuurgroep stelt de begroting vast zoals voorgesteld. Graag vastleggen bij punt 2.": what to record, then where.)
  const toRecordAt = text.match(RECORD_AT_ITEM);
  if (toRecordAt) return confirmCommand(`/besluit ${toRecordAt[1].trim().replace(/^(?:(?:voor het verslag|voor de notulen|for the minutes)\s*:\s*)/i, "")} agendapunt ${toRecordAt[2]}`);
  const m =
    text.match(FOR_THE_MINUTES) ??
    subjectFirst(text.match(/^(?:@wijkbot[\s,:]*)?(?:en\s+)?(?:noteer\s+(?:(?:graag|even|maar|ff)\s+)*(?:het\s+|een\s+)?(?:als\s+)?)?(?:(?:nog een|een|het|ander|tweede|derde|volgend|volgende|laatste)\s+)?(?:besluit|genomen besluit|decision)\b(?![^:]{0,50}\b(?:agenda)?punt\s+\d)([^:]{0,50}):\s*(.+)$/iu)) ??
    text.match(/^\s*(?:@wijkbot[\s,:]*)?(?:please\s+)?(?:add|record|log|note|write down)\s+(?:the\s+|a\s+|this\s+)?decision(?:\s+(?:from|of)\s+[^:]{0,40})?\s*:\s*(.{3,})$/i) ??
    text.match(/^(?:noteer\s+(?:het\s+|een\s+)?(?:als\s+)?)?(?:besluit|besloten|genomen besluit|decision|decided)(?=\s*:|\s+(?:dat|van|:)|\s+\p{L})(?:\s+dat)?(?:\s+(?:van\s+)?(?:gisteravond|gisteren|vandaag|vanavond|de stuurgroep|de vergadering))?(?:\s+(?:genomen|gevallen|vastleggen|noteren|opschrijven|vastgelegd))?\s*:?\s*(.+)$/iu) ??
    text.match(/\b(?:we hebben besloten|de stuurgroep (?:heeft )?besloten|de stuurgroep besluit|besloten is|we besluiten|we decided|the board decided)\s*(?:dat|om|:|that|to)?\s*(.+)$/i) ??
    // "unaniem besloten: …", "we hebben vanavond unaniem besloten dat …", "er is gisteren besloten om …".
    text.match(/^\s*(?:@wijkbot[\s,:]*)?(?:(?:we|wij) hebben |de stuurgroep heeft |het team heeft |er is |er werd )?(?:(?:vanavond|gisteravond|gisteren|vandaag|zojuist|net|eindelijk|officieel|unaniem|dus|ook|nog)\s+){1,3}(?:besloten|besluit genomen|afgesproken)\s*(?:dat|om|:)\s*(.{3,})$/i) ??
    // ("we hebben afgesproken dat het zomerkamp maximaal 45 deelnemers krijgt, leg dat vast": agreed, and asked to be recorded.)
    text.match(/^\s*(?:@wijkbot[\s,:]*)?(?:we|wij) hebben afgesproken\s+(?:dat|om)\s+(.{3,}?)[\s,;]+(?:(?:wil je|kun je|graag)\s+)?(?:leg|noteer|schrijf)\s+(?:dat|het|dit)\s+(?:(?:maar|even|graag|ook)\s+)*(?:vast|op)?[\s.!]*$/i) ??
    // "noteer even dat we akkoord zijn met de plek van het watertappunt": agreeing is deciding; the decision keeps the words.
    text.match(/^\s*(?:@wijkbot\s+)?(?:noteer|noteren|schrijf op)\s+(?:even\s+|maar\s+)?(?:dat\s+)?(?:we|wij|de stuurgroep)\s+(?:zijn\s+|is\s+|gaan\s+|gaat\s+)?((?:akkoord|eens)\b.+)$/i) ??
    // "genoteerd als besluit: …", "afgesproken: …", "wil je nog een besluit van gisteren vastleggen: …": the decision after the colon.
    text.match(/^\s*(?:@wijkbot[\s,:]*)?(?:(?:en|ook|nog|verder)\s+)*(?:genoteerd als besluit|als besluit(?:\s+(?:noteren|vastleggen|genoteerd))?|afgesproken|conclusie(?:\s+van\s+(?:vanavond|vandaag|gisteren|gisteravond|de vergadering|de stuurgroep))?)\s*:\s*(.{3,})$/iu) ??
    text.match(/^\s*(?:@wijkbot[\s,:]*)?(?:wil je|kun je|kan je|graag|even|ff|nog)\b[^:]{0,40}\bbesluit\b(?![^:]{0,50}\b(?:agenda)?punt\s+\d)[^:]{0,50}:\s*(.{3,})$/iu);
  // ("noteer: watertappunt komt bij het MFC. agendapunt 3": what to record, then the item it was decided at.)
  const notedAt = m ? undefined : text.match(/^\s*(?:@wijkbot[\s,:]*)?(?:noteer|genoteerd|vastleggen|leg vast)\s*:\s*(.{3,}?)[\s.,;]+(?:bij\s+)?(?:agenda)?punt\s+(\d{1,2})[\s.!]*$/iu);
  if (notedAt) return confirmCommand(`/besluit ${notedAt[1].trim().replace(/[.!]+$/, "")} agendapunt ${notedAt[2]}`);
  // "vastgelegd bij punt 3: watertappunt komt bij de Zonnewijzer": recorded at an item, with what was decided after the colon.
  const recorded = m ? undefined : text.match(/^\s*(?:@wijkbot\s+)?(?:vastgelegd|genoteerd|vastleggen|noteer|afgesproken|besluit genomen)\s+(?:bij|onder|voor)\s+(?:agenda)?punt\s+(\d+)\s*:\s*(.+)$/iu);
  if (recorded) return confirmCommand(`/besluit ${recorded[2].trim().replace(/[.!]+$/, "")} agendapunt ${recorded[1]}`);
  if (!m) return undefined;
  // ("…, leg dat vast", "…, noteer dat maar": the request to record it is not part of the decision.)
  // ("…, noteer je dat", "…, wil je dat vastleggen?": the same request, asked.)
  let decision = m[1].trim().replace(/[\s,;]+(?:(?:wil je|kun je|graag)\s+)?(?:leg|noteer|schrijf)\s+(?:je\s+)?(?:dat|het|dit)\s+(?:(?:maar|even|graag|ook)\s+)*(?:vast|op)?[\s.!?]*$/i, "").replace(/[\s,;]+(?:wil|kun|kan|zou)\s+(?:je|jij|u)\s+(?:dat|het|dit)\s+(?:(?:even|ook|nog|graag|alsnog)\s+)*(?:(?:als\s+besluit)\s+)?(?:noteren|vastleggen|opschrijven)[\s.!?]*$/i, "").replace(/[.!]+$/, "").replace(/^(akkoord|eens)\s+(?:zijn|is|gaan|gaat)\s+/i, "$1 ");
  let item = "";
  const leading = decision.match(/^(?:bij\s+)?(?:agenda)?punt\s+(\d+)\s*[:,-]?\s*/i);
  if (leading) {
    item = ` agendapunt ${leading[1]}`;
    decision = decision.slice(leading[0].length).trim();
  }
  const ref = decision.match(ITEM_SAID_AFTER) ?? decision.match(/[,;]?\s*\(?\s*(?:bij\s+|onder\s+|dat is\s+|dat was\s+)?(?:agenda)?punt\s+(\d+)\s*\)?\s*$/i);
  if (ref && !item) {
    item = ` agendapunt ${ref[1] ?? ref[2]}`;
    decision = decision.slice(0, ref.index).trim();
  }
  decision = decision.replace(/^(de|het)\s+/i, (a) => a);
  return confirmCommand(`/besluit ${decision}${item}`);
}
