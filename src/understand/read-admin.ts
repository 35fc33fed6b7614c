import { locateActions, type ActionSpan } from "../action-names/locate-action.ts";
import type { IndexedAction } from "../action-names/action-index.ts";
import { matchStrength } from "../services/find-action.ts";
import { editDistance, fold } from "../parse/text.ts";
import { MONTHS, MONTH_NAMES_NL, resolveDate } from "../parse/dates.ts";
import { addDays, compareCivil, isoDay, localParts } from "../time/amsterdam.ts";
import { DEFAULT_SCHOOL_REGION, readHolidayWord, schoolHolidays } from "../parse/school-holidays.ts";
import { localText } from "../i18n/index.ts";
import { findDateIn } from "./find-date.ts";
import { STATUS_WORDS } from "./words.ts";
import { confirmCommand, confirmEach, findOrganisationIn, runOrConfirm } from "./helpers.ts";
import type { Understanding, UnderstandWorld } from "./index.ts";

/**
 * The wijk's own bookkeeping said in words: pillar, age group, rename, delete, handover,
 * roles, leaving, meetings, language, the weekly digest and holidays.
 *
 * Conservative on purpose: a sentence is read here only when it clearly is one of these;
 * everything else (status, notes, deadlines, owners, reach, budget, partners, reminders,
 * agenda items, decisions, new actions) is left to the other readers.
 */
export async function readAdmin(
  text: string,
  f: string,
  spans: ActionSpan<IndexedAction>[],
  w: UnderstandWorld,
  question: boolean,
): Promise<Understanding | undefined> {
  if (!f) return undefined;
  const newPillar = readNewPillar(text);
  if (newPillar) return newPillar;
  // ("pijler Gezond heet voortaan Gezond Opgroeien, is gisteren in de stuurgroep besloten": why it is changed is no part of the
  // change, and no decision to record — the decision readers had their turn.)
  const decidedWhy = text.replace(DECIDED_WHY, "");
  if (decidedWhy !== text && decidedWhy.trim().split(/\s+/).length >= 3) {
    text = decidedWhy;
    f = fold(decidedWhy);
  }
  // ("voeg de zomerstop toe als vakantie, 4 juli t/m 16 augustus": the wijk's holiday, though "voeg … toe".)
  if (NOT_MINE.test(f) && !/\bals (\w+ )?(vakantie|vakantieperiode)\b/.test(f) && !(/\bvoeg (\w+ ){0,3}\w*vakantie\b/.test(f) && /\d/.test(f))) return undefined;
  const ctx: Ctx = { text, f, spans, w, question, me: w.sender?.displayName };
  // ("Anouk wordt de nieuwe aanjager van Gezond. Joke gaat terug naar kartrekker bij Gezond": a role in each sentence — both,
  // shown first.)
  const sentences = text.split(/(?<=[.!;])\s+(?=\p{Lu})/u);
  if (sentences.length === 2 && ROLE_WORDS.test(f)) {
    const each = sentences.map((x) => readRole({ ...ctx, text: x, f: fold(x), spans: [] }));
    const roles = each.map((u) => (u && (u.kind === "run" || (u.kind === "confirm" && !u.then?.length)) && /^\/rol @\S+/.test(u.text) ? u.text : undefined));
    if (roles[0] && roles[1] && roles[0].split(" ")[1] !== roles[1].split(" ")[1]) return confirmEach(roles.map((t) => ({ text: t! })));
  }
  return (
    readLanguage(ctx) ??
    readForgetMe(ctx) ??
    readAbsence(ctx) ??
    readDigest(ctx) ??
    readHoliday(ctx) ??
    readOwnName(ctx) ??
    readLeaving(ctx) ??
    readHandover(ctx) ??
    readRole(ctx) ??
    readReport(ctx) ??
    readDatePoll(ctx) ??
    readMeetingClose(ctx) ??
    readMeetingNew(ctx) ??
    (await readDelete(ctx)) ??
    (await readRename(ctx)) ??
    (await readPillar(ctx)) ??
    (await readAgeGroup(ctx))
  );
}

interface Ctx {
  text: string;
  f: string;
  spans: ActionSpan<IndexedAction>[];
  w: UnderstandWorld;
  question: boolean;
  /** The sender's display name, when the world knows it (for "ik stop", "mijn acties"). */
  me?: string;
}

/** New actions, agenda items, decisions and reminders belong to other readers. */
const NOT_MINE =
  /\b(nieuwe? actie|actie (aan)?maken|actie toevoegen|actie erbij|voeg (\S+ ){0,3}toe|(maak|maken|aanmaken|make|create|add)\b (\S+ ){0,3}(actie|action)\b|als (nieuwe )?actie|new action|agenda(?! s\b)|agendapunt|agenderen|besluit|besloten|decision|decided|herinner|herinnering|reminder|remind)\b/;

/** A closing remark that the change was agreed ("…, is gisteren in de stuurgroep besloten", "(zoals afgesproken in de vergadering)"). */
const DECIDED_WHY =
  /\s*[,;.(–-]\s*(?:(?:dat|dit|het|want|zoals|zo|is|zijn|werd|was|hebben|heeft|we|wij|de|stuurgroep|vergadering|in|door|tijdens|op|gisteren|gisteravond|vanavond|vandaag|donderdag|vorige|week|net|officieel|ook|al|unaniem|afgelopen|jl)\s+){0,9}(?:besloten|afgesproken|vastgesteld|goedgekeurd)(?:\s+(?:in|door|tijdens|op)\s+(?:de\s+)?(?:stuurgroep|vergadering)(?:\s+(?:van\s+)?\w+)?)?[\s.!)]*$/i;

/** Question words that ask for information rather than a change. */
const ASKS_INFO = /^(wat|wie|wanneer|waar|waarom|welke|welk|hoe|hoeveel|what|who|when|where|why|which|how)\b/;

// ---------------------------------------------------------------------------------------
// Language: "kun je voortaan Engels met me praten?", "please talk English to me", "weer Nederlands graag".

const TALK = /\b(praat|praten|spreek|spreken|schrijf|schrijven|antwoord|antwoorden|communiceren|talk|speak|write|reply|respond|answer|switch|overschakelen|overstappen|berichten|messages|chat|chatten|appen|typen|communicate)\b/;
const TO_ME =
  /\b(met me|met mij|tegen me|tegen mij|naar me|naar mij|me in|mij in|to me|with me|voortaan|vanaf nu|from now on|in future|in the future|taal|language|switch|over op|overschakelen|overstappen|instellen|weer|again|liever|rather|prefer|preferably)\b/;
const LANGUAGE_ONLY = /^((weer|in het|in|graag|liever|voortaan|vanaf nu|please|pls|ok|oke|taal|language|switch to|doe maar|maar)\s+)*(engels|english|nederlands|dutch|hollands)(\s+(graag|please|pls|aub|svp|alsjeblieft|dan|weer|voortaan|taal|language|thanks|bedankt))*(\s+(?:at least |in elk geval |tenminste |alleen )?(?:for me|voor mij|tegen mij|to me))?$/;

function readLanguage({ f: said, question }: Ctx): Understanding | undefined {
  // ("kun je mij weer in het nederlands antwoorden? had per ongeluk engels aangezet": the one asked for, not the mistake.)
  // ("ach laat maar, toch liever Nederlands": what goes before the one asked for is let go.)
  const f = said.replace(/\b(?:had|heb|was|is)?\s*(?:per ongeluk|per abuis|by mistake|by accident|verkeerd)\s+(?:\S+\s+){0,2}?(?:engels|english|nederlands|dutch)\b(?:\s+(?:aangezet|gezet|ingesteld|gekozen|set|on))?/, " ").replace(/^(?:(?:ach|och|oh|nee|hmm|ok|oke)\s+)*laat (?:maar|ook maar|het maar)\s+(?=(?:\S+\s+){0,3}(?:engels|english|nederlands|dutch)\b)/, "");
  // ("Could you switch to English for me? Reading Dutch … takes me a while": both named — the one switched to.)
  const target = f.match(/\b(?:switch|change|go|terug|overschakelen|overstappen)\s+(?:back\s+)?(?:to|naar)\s+(?:het\s+)?(english|engels|dutch|nederlands)\b|\b(?:keep|houd|hou)\s+(?:it|het)\s+(?:(?:maar|gewoon|in het|in)\s+)*(english|engels|dutch|nederlands)\b|\b(?:talk|speak|write|reply|answer|praat|praten|spreek|spreken|schrijf|schrijven|antwoord|antwoorden)\b(?:\s+(?:to me|with me|met mij|met me|tegen mij|tegen me|voortaan|vanaf nu|please))*\s+in\s+(?:het\s+)?(english|engels|dutch|nederlands)\b/);
  const chosen = target ? (target[1] ?? target[2] ?? target[3]) : undefined;
  const en = chosen ? /^(english|engels)$/.test(chosen) : /\b(engels|english|engelstalig)\b/.test(f);
  const nl = chosen ? /^(dutch|nederlands)$/.test(chosen) : /\b(nederlands|dutch|nederlandstalig|hollands)\b/.test(f);
  // ("which languages do you speak?", "welke talen spreek je?": the languages there are.)
  if (en === nl && /\b(?:which|what) languages?\b|\bwelke talen\b|\bin welke taal\b|\bspeak (?:any )?other languages?\b/.test(f)) return { kind: "run", text: "/taal" };
  // ("what's my language setting now?", "welke taal staat er nu ingesteld?": the setting shown.)
  if (question && /\b(?:what s|what is|which is|welke|wat is)\s+(?:my|mijn)?\s*(?:language|taal)(?:\s+(?:setting|instelling))?\b|\bwelke taal (?:staat|heb ik|is)\b/.test(f)) return { kind: "run", text: "/taal" };
  if (en === nl) return undefined;
  // ("is my language set to English now?", "staat mijn taal nu op Engels?": asking what it is — the setting shown.)
  if (question && /\b(?:is|staat)\s+(?:my|mijn)\s+(?:language|taal)\b|\b(?:language|taal)\s+(?:is\s+)?(?:now\s+|nu\s+)?(?:set|ingesteld)\b/.test(f)) return { kind: "run", text: "/taal" };
  const asked =
    (TALK.test(f) && TO_ME.test(f)) ||
    LANGUAGE_ONLY.test(f) ||
    /^(can|could|would|will) you (please )?(speak|talk|write|reply|answer)( to me| with me)?( in)? english\b/.test(f) ||
    // ("Could you switch to English for me?", "let's keep it Dutch", "terug naar het Nederlands graag".)
    Boolean(target) ||
    // ("doe maar weer nederlands, gaat prima", "gewoon weer in het engels graag")
    /^(?:(?:mag|kan|het mag|het kan)\s+)?(?:(?:doe|schrijf|praat|spreek)\s+)?(?:(?:maar|weer|gewoon|toch|dan|liever|voortaan|graag)\s+)+(?:in het\s+)?(?:nederlands|engels|dutch|english)\b/.test(f) ||
    /\b(mijn taal|taal (naar|op|wordt|instellen)|zet (mijn |de )?taal|set (my )?language|language to|change (my )?language|switch (my )?language)\b/.test(f) ||
    /\b(i d like|i would like|i prefer|ik wil|ik wil graag|ik heb liever|ik zou graag)\b.*\b(engels|english|nederlands|dutch)\b/.test(f) && !/\b(actie|flyer|brief|tekst|uitnodiging|folder|poster|vertaling|vertalen|translate|translation)\b/.test(f);
  const command = `/taal ${en ? "en" : "nl"}`;
  // "spreek je Engels?": asked, so confirm.
  if (!asked && question && /^(spreek|praat|kun|kan|can|do|could|wil|wilt) (je|jij|u|you) (ook |also |even |voortaan |vanaf nu )?(in het |in )?(engels|english|nederlands|dutch|speak|talk|praten|spreken)\b/.test(f)) return confirmCommand(command);
  if (!asked || ASKS_INFO.test(f)) return undefined;
  return runOrConfirm(command, question);
}

// ---------------------------------------------------------------------------------------
// Away: "ik ben volgende week met vakantie, Sanne neemt het over", "ik ben t/m 20 januari ziek", "ik ben er weer".

const AWAY = /\b(?:ik ben|ben ik|ik zit|zit ik|i am|i m|i ll be|i will be)\b(?:\s+\S+){0,9}?\s+(?:uit de roulatie|met vakantie|op vakantie|ziek|afwezig|weg|vrij|er niet|er (?:\S+\s+){1,5}niet|niet bereikbaar|niet aanwezig|met \w*verlof|op cursus|op reis|op (?:studiereis|excursie|werkbezoek|\w*kamp|training|congres|studiedag|schoolreis|werkweek)|op (?:wintersport|skivakantie|ski vakantie|vakantie)|aan het skien|thuis met (?:een |mijn )?ziek\w*|in het buitenland|uit de running|on holiday|on vacation|on (?:\w+ )?leave (?=until|till|through|to\b)|away|off|sick|out of office|abroad)\b|\b(?:ik heb|heb ik)\s+(?:\S+\s+){0,4}?(?:vakantie|\w*verlof|vrij)\b(?!\s+(?:aangevraagd|gevraagd|nodig))|\b(?:ik ga|ga ik)\s+(?:\S+\s+){0,6}(?:op vakantie|met vakantie|met \w*verlof|op reis|op studiereis|weg)\b|^(?:ben|zit)\s+(?:\S+\s+){0,3}?(?:uit de roulatie|op cursus|op training|op congres|op studiereis|op vakantie|met vakantie|ziek|weg|vrij|met \w*verlof|op reis|afwezig|er niet)\b|^(?:wijkbot\s+)?(?:ziek|afwezig|op vakantie|met vakantie|met verlof|vrij|weg)\s+(?:t m|tm|tot en met|tot|until|deze week|volgende week|morgen|vandaag)\b|^(?:wijkbot\s+)?(?:vandaag|morgen|deze week)(?:\s+en\s+(?:morgen|overmorgen))?\s+(?:thuis|ziek|afwezig|vrij|weg|er niet)\b|\b(?:set|mark|put)\s+me\s+(?:as\s+)?(?:away|absent|out of office|on leave)\b|(?:^|\b(?:ik|i)\s+)(?:ben|zit|am)\s+(?:\S+\s+){0,3}?in\s+(?!de\b|het\b|een\b|mijn\b|m n\b|the\b)\S+\s+(?:(?:van|vanaf)\s+\S+\s+)?(?:t m|tot en met|until|till|through)\b/;
const BACK_AGAIN = /^(?:(?:hoi|hallo|hey|goedemorgen|morgen)[\s,!]+)?(?:weer terug|terug van (?:vakantie|verlof|weggeweest)|(?:ik )?ben (?:er )?(?:(?:toch|al|nu|inmiddels|gewoon|eerder)\s+)*(?:weer|terug)(?: (?:aan het werk|van vakantie|beter|hersteld))?|ben (?:er )?weer terug|weer aan het werk|i m back|i am back|back again)\b/;

/** "zet Bram afwezig", "kun je youssef afwezig zetten", "meld hem afwezig": someone set away by the one who keeps the list. */
const SET_AWAY = /\b(?:zet|meld)\s+(\p{L}+)\s+(?:(?:maar|even|ff|graag|ook|dan)\s+)*(?:als\s+)?(?:op\s+)?afwezig\b|\b(\p{L}+)\s+(?:(?:maar|even|ff|graag|ook|dan)\s+)*(?:op\s+)?afwezig\s+(?:zetten|melden)\b/u;

/** Someone set away, or their absence taken off, in words ("zet hem afwezig t/m vrijdag", "haal haar afwezigheid eraf"). */
export function setsAbsence(f: string): boolean {
  return SET_AWAY.test(f) || /\bafwezigheid\b.*\b(weg|eraf|er af|uit|eruit)\b/.test(f);
}

/** Away or back again, said of oneself ("ben morgen ziek, Ahmed mag mijn herinneringen hebben", "ik ben toch al terug"). */
export function saysAwayOrBack(f: string): boolean {
  return AWAY.test(f) || BACK_AGAIN.test(f) || OTHER_AWAY.test(f);
}

/** Someone else said to be away ("Peter is met ouderschapsverlof t/m 27 maart, Lisa neemt zolang zijn herinneringen over"). */
const OTHER_AWAY = /\b(?:is|zijn)\s+(?:(?:nu|vanaf|per|tot|t m|tot en met|sinds|even|een tijdje|tijdelijk|\S*\d\S*|\p{L}+dag|maart|april|mei|juni)\s+){0,4}(?:met vakantie|op vakantie|ziek|afwezig|met \w*verlof|op cursus|in het buitenland|uit de running|uit de roulatie)\b/u;

/** A holiday to put in, said as a request ("zet de kerstvakantie er ff in", "kun je de meivakantie invoeren"). */
export function asksToPutInHoliday(f: string): boolean {
  return /\b\w*vakantie\b/.test(f) && /^(?:wijkbot )?(?:(?:kun|kan|wil|wilt) (?:je|jij|u) )?(?:(?:even|ff|ook|nog|graag|dan|maar) )*(?:zet|voer|voeg|stel)\b|\b(invoeren|toevoegen|instellen|erin zetten|er in zetten)\b/.test(f);
}

function readAbsence({ text, f, w, question, spans }: Ctx): Understanding | undefined {
  // ("ben terug, veilig naar school kan weer op bezig", "veilig naar school even op pauze, ik ben 3 weken met verlof": an action
  // named with its new status — that is what is asked; being away or back is why.)
  const statusOfAction = spans.some((s) => s.exact || s.quality >= 2) && STATUS_WORDS.some((x) => x.pattern.test(f.replace(/\b(?:met \w*verlof|(?:met|op) vakantie|ziek|afwezig|weg|terug|ben er (?:\w+ )?weer|weer aan het werk)\b/g, " ")));
  if (statusOfAction) return undefined;
  const names = w.people.map((p) => p.displayName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  // Who stands in, if anyone is said to ("Sanne neemt het over", "Lisa kan eventueel inspringen").
  const standIn = standInNamed(text, names, w);
  // ("ik ben t/m vrijdag ziek, kan Youssef mijn zaken waarnemen?": away, and asking who stands in — read, shown first.)
  // ("… Anouk neemt haar acties waar. Zou je dat willen invoeren?": a request at the end, asked politely.)
  // ("… back on thursday. can you hold my reminders till then?": the English request the same.)
  const requested = /\b(?:zou|kun|kan|wil|wilt) (?:je|jij|u) (?:\w+ ){0,3}(?:invoeren|zetten|doen|aanpassen|vastleggen|regelen|verwerken|noteren)\b|\b(?:can|could|would|will) you (?:please )?(?:hold|pause|stop|keep|put|set|mark|note)\b/.test(f);
  if (question && !/^(kun|kan|wil)\b/.test(f) && !(AWAY.test(f) && standIn) && !requested) return undefined;
  // ("ben er wer", "haal mijn afwezigheid maar weg": back again.)
  // ("cursus ging niet door dus ik ben er gewoon weer": back again, said after why.)
  const backLater = f.split(/ (?:dus|maar|want) /).slice(1).some((clause) => BACK_AGAIN.test(clause) && clause.split(" ").length <= 8);
  if (BACK_AGAIN.test(f.replace(/\bwer\b/g, "weer")) || (backLater && !question) || /\b(?:haal|zet|doe) (?:mijn|m n) afwezigheid (?:\w+ ){0,2}(?:weg|eraf|uit)\b|\bmijn afwezigheid (?:mag|kan|moet) (?:\w+ ){0,2}(?:weg|eraf|eruit|stoppen)\b/.test(f)) return confirmCommand("/afwezig weg");
  // ("ik ga op reis … Ben er weer op maandag 13 april, tot die tijd mag Fatima mijn herinneringen krijgen": away until the day
  // before the one back.)
  const backOn = !question ? text.match(/\b(?:ben|i m|i am|ik ben|zijn)\s+(?:er\s+)?(?:pas\s+)?(?:weer|terug|back)\s+(?:op|vanaf|per|on|from)\s+([^,.;!?]{3,40})/i) : null;
  const backDate = backOn ? findDateIn(backOn[1], w.now, w.region) : undefined;
  if (backDate?.resolution.kind === "ok" && /\b(ga|ben|gaan|zijn)\b.*\b(weg|op reis|op vakantie|met vakantie|afwezig|met verlof|er niet)\b|\b(tot die tijd|in de tussentijd|solang|zolang)\b/.test(f)) {
    const last = addDays(localParts(backDate.resolution.date), -1);
    return confirmCommand(`/afwezig t/m ${isoDay(last)}${standIn && standIn !== w.sender?.displayName ? ` vervanger @${standIn}` : ""}`);
  }
  // ("bram is weer terug van vakantie": someone else back — their absence ended (the coördinator's to do), shown first.)
  const backOther = names ? text.match(new RegExp(`^\\s*(?:@?wijkbot[\\s,:]*)?(?:(?:ter info|fyi|info)\\s*[:,-]?\\s*)?@?(${names})\\s+is\\s+(?:er\\s+)?(?:(?:weer|alweer|vandaag|inmiddels|nu)\\s+)*(?:terug|beter|hersteld)(?:\\s+(?:van\\s+(?:vakantie|verlof|ziekteverlof|cursus)|aan het werk))?[\\s.!]*$`, "iu")) : null;
  // ("Ahmed is eerder hersteld dan gedacht, hij is vanaf vandaag weer aan de slag": back, said with why.)
  const backSaid = !backOther && names && /\b(weer aan de slag|weer aan het werk|weer begonnen|weer aanwezig|weer beschikbaar|er weer|weer terug)\b/.test(f) ? text.match(new RegExp(`^\\s*(?:@?wijkbot[\\s,:]*)?@?(${names})\\s+is\\s+(?:\\S+\\s+){0,3}?(?:terug|beter|hersteld|opgeknapt)\\b`, "iu")) : null;
  const backName = backOther || backSaid ? w.people.find((p) => fold(p.displayName) === fold((backOther ?? backSaid)![1]))?.displayName : undefined;
  if (backName && backName !== w.sender?.displayName) return confirmCommand(`/afwezig @${backName} weg`);
  // ("Esther is vandaag weer begonnen, haal haar afwezigheid eraf": someone else's absence ended, said as such.)
  const absenceOff = names ? f.match(/\b(?:haal|zet|doe)\s+(?:de\s+)?(?:afwezigheid\s+van\s+(\p{L}+)|(haar|zijn|z n|\p{L}+?)s?\s+afwezigheid)\s+(?:(?:maar|even|ff|weer)\s+)*(?:weg|eraf|er af|uit|eruit)\b/u) : null;
  if (absenceOff && !question) {
    const said = absenceOff[1] ?? absenceOff[2];
    const named = /^(haar|zijn|z n)$/.test(said) ? peopleIn(f, w) : peopleIn(said, w);
    const one = named.length === 1 ? named[0].name : undefined;
    if (one && one !== w.sender?.displayName) return confirmCommand(`/afwezig @${one} weg`);
  }
  // ("zet Bram afwezig t/m 16 januari, en Esther ook t/m die dag", "kun je youssef afwezig zetten tot en met vrijdag 13 november
  // ahmed is vervanger", "Ahmed belde net, hij is ziek. Zet hem afwezig t/m vrijdag en laat Bram zolang zijn herinneringen
  // krijgen": someone else set away by the one who keeps the list — shown first.)
  const setAway = names && (!question || /^(?:wijkbot )?(?:hoi wijkbot )?(?:kun|kan|wil|wilt|zou)\b/.test(f)) ? f.match(SET_AWAY) : null;
  if (setAway) {
    const said = setAway[1] ?? setAway[2];
    const others = peopleIn(f, w).filter((p) => p.name !== standIn);
    const person = /^(hem|haar)$/.test(said) ? (others.length === 1 ? others[0].name : undefined) : peopleIn(said, w)[0]?.name;
    const until = person ? untilPhrase(text, w) : undefined;
    if (person && until && person !== w.sender?.displayName) {
      const tail = standIn && standIn !== person ? ` vervanger @${standIn}` : "";
      const also = f.match(/\ben\s+(\p{L}+)\s+ook\b/u)?.[1];
      const second = also ? peopleIn(also, w)[0]?.name : undefined;
      if (second && second !== person && second !== standIn) return confirmEach([{ text: `/afwezig @${person} t/m ${until}${tail}` }, { text: `/afwezig @${second} t/m ${until}` }]);
      return confirmCommand(`/afwezig @${person} t/m ${until}${tail}`);
    }
  }
  // "Ahmed is met vakantie t/m 1 februari, Youssef neemt waar": someone else away (the coördinator's to set; the command says
  // so to anyone else) — shown first.
  // ("fatima afwezig t/m 30 april, vervanger joke", "sanne deze week op cursus", "Anouk is on sick leave until Friday": "is"
  // left out, or said in English.)
  const other = names && !AWAY.test(f) ? text.match(new RegExp(`^\\s*(?:@?wijkbot[\\s,:]*)?(?:(?:even\\s+)?(?:ter info|fyi|info|let op)(?:\\s+voor\\s+(?:iedereen|allen|jullie|de groep))?\\s*[:,-]?\\s*)?@?(${names})\\s+(?:(?:is|zit|gaat|was)\\s+)?(?:\\S+\\s+){0,8}?(?:met vakantie|op vakantie|ziek|afwezig|met \\w*verlof|er (?:\\S+\\s+){0,5}?niet|niet bereikbaar|op reis|op cursus|op wintersport|in het buitenland|uit de running|geopereerd|herstellende|on (?:\\w+ )?leave|off sick|out sick|away|sick)\\b`, "i")) : null;
  // ("Joke gaat met verlof, … neemt Anouk over": a hand-over, read elsewhere; "ahmed is weer beter, haal z'n afwezig maar weg":
  // back again, not away.)
  const handOverOrBack = (spans.some((x) => x.exact || x.quality >= 2) && /\b(neemt|nemen|overnemen|overgenomen)\b/.test(f)) || /\b(weer beter|weer terug|hersteld)\b|\bafwezig\w*\s+(?:(?:maar|even|ff|weer)\s+)*(?:weg|eraf|er af)\b/.test(f);
  const away = other && !handOverOrBack ? w.people.find((p) => fold(p.displayName) === fold(other[1]))?.displayName : undefined;
  // ("…, Lisa neemt zolang zijn herinneringen over": the reminders of the one away, handed to the stand-in, are no reminder.)
  if (away && away !== w.sender?.displayName && !/\b(actie|herinner\w*|deadline|vergadering|eigenaar|draag|overdragen)\b/.test(f.replace(/\b(?:zijn|haar|z n|zn|de) (?:herinneringen|reminders)\b/g, "zaken"))) {
    const until = untilPhrase(text, w);
    if (until) return confirmCommand(`/afwezig @${away} t/m ${until}${standIn && standIn !== away ? ` vervanger @${standIn}` : ""}`);
    // ("fatima is ziek", "lisa gaat met zwangerschapsverlof": until when? asked — the command itself says who may set it.)
    // (The answer is read with the question: "t/m vrijdag, anouk vervangt" → "Fatima is afwezig t/m vrijdag, anouk vervangt".)
    // (Not when more is asked: "Peter is langdurig ziek. zet al zijn acties maar op mijn naam" hands them over.)
    if (!question && !spans.length && f.split(" ").length <= 14 && !/\b(acties|actie|naam|overdr\w*|overnemen|neemt|eigenaar|deadline|agenda\w*)\b/.test(f)) return { kind: "read-as", question: localText("understand.ask.otherAwayUntil", { name: away }), prefix: `${away} is afwezig t/m`, ...(standIn && standIn !== away ? { suffix: `, ${standIn} vervangt` } : {}) };
  }
  // ("zomerkamp draag ik over aan Youssef, ik ga per 1 maart weg bij de sportvereniging", "Daan neemt voorleesochtend over van
  // mij, ik ga met verlof": a handover, leaving the job — not away.)
  // ("Lisa kan mijn dingen overnemen": standing in while away, not a handover.)
  // ("de moestuin is vanaf nu van Anouk, ik ga met zwangerschapsverlof": a handover, with why.)
  // ("… Ahmed mag mijn herinneringen hebben", "Fatima can take over my reminders": the reminders handed over while away.)
  // ("herinneringen graag naar sanne": the reminders sent to a stand-in while away, too.)
  const mine = f.replace(/\b(mijn|my) (herinneringen|reminders)\b/g, "mijn zaken").replace(/\b(?:de\s+)?(?:herinneringen|reminders)\s+(?:(?:graag|maar|mogen|kunnen|gaan|even|dan|zolang)\s+)*naar\b/g, "mijn zaken aan");
  if (!AWAY.test(f) || /\b(actie|herinner\w*|remind\w*|deadline|vergadering|stuurgroep|meeting|draag|draagt|overdragen|over aan|neemt over|gaat naar|gaan naar|eigenaar)\b|\b(?:is|wordt) (?:vanaf nu |voortaan |nu |per \S+ )*van \S+/.test(mine) || (!standIn && /\bovernemen\b/.test(f)) || /\bweg bij\b/.test(f) || /\bneemt (?!het |mijn |alles |waar)(?:\S+ ){1,8}over\b/.test(f)) return undefined;
  // ("ik ben even weg, over een uur terug": away for an hour is no absence.)
  // ("ben volgende week ff weg": "even" with days or weeks is an absence all the same.)
  if (/\b(even weg|effe weg|ff weg|straks|zo terug|over een (uur|half uur|kwartier)|uurtje|minuten|vanmiddag|vanavond|vanochtend)\b/.test(f) && !/\b(volgende week|komende week|deze week|weken|dagen|t m|tot en met|maand|vakantie|next week)\b/.test(f)) return undefined;
  // Who takes over: "Sanne neemt het over", "vervanger Sanne", "Sanne vervangt me".
  const until = untilPhrase(text, w);
  const tail = standIn && standIn !== w.sender?.displayName ? ` vervanger @${standIn}` : "";
  // "ik ben van 2 t/m 13 februari afwezig": away from a later day — /afwezig starts now, so say how, change nothing.
  const fromLater = text.match(/\b(?:van|vanaf|from)\s+([^,.;!?]{1,25}?)\s+(?:t\/m|tm|tot en met|tot|until|till|to)\s+/i)?.[1].trim();
  // ("van 2 t/m 13 februari": the first day borrows the month of the last.)
  const from = fromLater && until && /^\d{1,2}$/.test(fromLater) ? `${fromLater} ${until.replace(/^\d{1,2}\s+/, "")}` : fromLater;
  const fromDate = from ? findDateIn(from, w.now, w.region) : undefined;
  if (from && until && fromDate?.resolution.kind === "ok" && fromDate.resolution.date.getTime() > w.now.getTime() + 24 * 3600 * 1000) {
    const who = standIn && standIn !== w.sender?.displayName ? `, vervanger ${standIn}` : "";
    return { kind: "confirm", question: localText("understand.awayLater", { from, until, standIn: tail }), text: `/herinner mij afwezigheid melden (t/m ${until}${who}) ${from} 9:00` };
  }
  if (!until) return { kind: "need-action", question: localText("understand.ask.awayUntil"), command: "afwezig t/m", then: tail };
  return confirmCommand(`/afwezig t/m ${until}${tail}`);
}

/**
 * Who stands in: "Sanne neemt het over", "vervanger Sanne", "Sanne vervangt me", "Anouk vangt mijn dingen op", "Sanne neemt
 * de huiswerkbegeleiding waar", "Lisa kan eventueel inspringen", "Esther wil mijn acties wel waarnemen", "kan Youssef mijn
 * zaken waarnemen?".
 */
function standInNamed(text: string, names: string, w: UnderstandWorld): string | undefined {
  if (!names) return undefined;
  // ("zet fatima afwezig t/m 5 mei met anouk als vervanger", "with Sanne as stand-in".)
  const withAs = text.match(new RegExp(String.raw`\b(?:met|with)\s+@?(${names})\s+als\s+(?:(?:haar|zijn|mijn|de)\s+)?(?:vervanger|vervangster|invaller|invalster|waarnemer|stand-?in)\b|\b(?:with|and)\s+@?(${names})\s+as\s+(?:(?:her|his|my|the)\s+)?(?:stand-?in|substitute|replacement|cover)\b`, "iu"));
  if (withAs) return w.people.find((p) => fold(p.displayName) === fold(withAs[1] ?? withAs[2]))?.displayName;
  const things = String.raw`(?:het|alles|(?:mijn|m'n|mn|haar|zijn|z'n|zn|d'r|de|het)\s+\p{L}+(?:\s+\p{L}+){0,3}?)`;
  // ("Youssef neemt z'n zaken zolang waar", "Lisa neemt voor haar waar", "Anouk doet mijn dingen".)
  const meanwhile = String.raw`(?:(?:zolang|even|dan|tijdelijk|solang|ff)\s+)*`;
  const m = text.match(new RegExp(String.raw`@?(${names})\s+(?:neemt\s+${meanwhile}(?:voor\s+(?:haar|hem|mij|me)\s+)?(?:${things}\s+)?${meanwhile}(?:over|waar)|vervangt(?:\s+(?:me|mij|hem|haar)|(?=\s*[.!,]*$))|vangt\s+(?:${things}\s+)?${meanwhile}op|doet\s+(?:${things})(?=\s+(?:zolang|even|dan)\b|\s*[.!]*$)|is\s+${meanwhile}(?:mijn\s+|de\s+|haar\s+|zijn\s+|z'n\s+)?vervanger|let\s+${meanwhile}op\s+(?:mijn|m'n|zijn|z'n|haar|de)\s+(?:acties|zaken|dingen|werk|herinneringen)|is\s+(?:het\s+)?aanspreekpunt|(?:kan|wil)\s+(?:(?:eventueel|wel|ook|dan)\s+)*(?:${things}\s+)?(?:(?:wel|even)\s+)?(?:inspringen|invallen|waarnemen|overnemen)|springt\s+in|valt\s+in|(?:mag|kan|krijgt)\s+(?:mijn|de)\s+(?:herinneringen|reminders|zaken|dingen)\s+(?:hebben|krijgen|overnemen|opvangen|doen)|takes over|covers|(?:can|will)\s+(?:take\s+over|cover|stand\s+in)|is\s+covering)|(?:vervanger|vervangen door|stand-?in|aanspreekpunt|covered by)\s*:?\s*@?(${names})\b|\b(?:zet|maak|neem)\s+@?(${names})\s+(?:maar\s+|even\s+)?(?:als|tot)\s+(?:zijn\s+|haar\s+|mijn\s+|de\s+)?(?:vervanger|invaller|stand-?in)\b|\b(?:kan|wil)\s+@?(${names})\s+(?:${things}\s+)?(?:(?:wel|even|zolang)\s+)*(?:waarnemen|overnemen|opvangen)\b|\b(?:kan|wil|mag)\s+@?(${names})\s+(?:(?:mijn|de|haar|zijn)\s+)?(?:vervanger|vervangster|invaller|invalster|stand-?in)\s+(?:zijn|worden)\b`, "iu"));
  // ("tot die tijd mag Fatima mijn herinneringen krijgen", "Ahmed mag mijn herinneringen hebben": the reminders go to them.)
  // ("laat Bram zolang zijn herinneringen krijgen".)
  const reminders = m ? undefined : text.match(new RegExp(String.raw`\blaat\s+@?(${names})\s+(?:(?:zolang|even|dan|ff|maar)\s+)*(?:zijn|haar|mijn|z'n|de)\s+(?:herinneringen|zaken|acties|reminders)\s+(?:krijgen|hebben|overnemen|ontvangen|doen)|\b(?:mag|kan)\s+@?(${names})\s+(?:mijn|de)\s+(?:herinneringen|zaken|acties|reminders)\s+(?:krijgen|hebben|overnemen|ontvangen)|@?(${names})\s+(?:mag|kan)\s+(?:mijn|de)\s+(?:herinneringen|zaken|acties|reminders)\s+(?:krijgen|hebben|overnemen|ontvangen)|@?(${names})\s+(?:krijgt|ontvangt|gets)\s+(?:(?:zolang|even|dan|tijdelijk)\s+)*(?:mijn|zijn|haar|z'n|de|my|his|her)\s+(?:herinneringen|reminders)`, "iu"));
  // ("herinneringen graag naar sanne", "mijn reminders mogen zolang naar Bram": sent to them.)
  const sentTo = m || reminders ? undefined : text.match(new RegExp(String.raw`\b(?:(?:mijn|m'n|mn|de)\s+)?(?:herinneringen|reminders|zaken)\s+(?:(?:graag|maar|mogen|kunnen|gaan|even|dan|zolang|ff)\s+)*naar\s+@?(${names})\b`, "iu"));
  const name = m ? m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] : reminders ? reminders[1] ?? reminders[2] ?? reminders[3] ?? reminders[4] : sentTo?.[1];
  return name ? w.people.find((p) => fold(p.displayName) === fold(name))?.displayName : undefined;
}

/** "18 januari", with the year only when it is not this year's ("3 januari 2027"): a day as people type it. */
function spokenDay(day: { year: number; month: number; day: number }, today: { year: number }): string {
  return `${day.day} ${MONTH_NAMES_NL[day.month - 1]}${day.year !== today.year ? ` ${day.year}` : ""}`;
}

/** The date said right after "t/m", "tot en met", "until", whatever follows it ("… t/m vrijdag 20 februari operatie aan mijn knie"). */
function dayRightAfterUntil(text: string, w: UnderstandWorld): string | undefined {
  const after = text.match(/\b(?:t\/m|tm|tot en met|until|till|through)\s+(\S.{1,40})/i)?.[1];
  const dated = after ? findDateIn(after, w.now, w.region) : undefined;
  return dated && dated.start <= 1 ? dated.phrase.trim() : undefined;
}

/** The last day away, as the absence command reads it: "tot en met 20 januari", "volgende week", "morgen". */
function untilPhrase(text: string, w: UnderstandWorld): string | undefined {
  // ("de hele zomervakantie weg", "er tot na de kerstvakantie niet": to the last day of that holiday, when it comes next.)
  const f = fold(text);
  const words = f.split(" ");
  // ("t/m de herfstvakantie": "t/m" folds to two words.)
  const before = (i: number) => {
    const j = words[i - 1] === "de" ? i - 2 : i - 1;
    return words[j] === "m" && words[j - 1] === "t" ? "t m" : words[j] ?? "";
  };
  const at = words.findIndex((_, i) => i > 0 && readHolidayWord(words, i) && /^(hele|heel|tijdens|in|na|t m|tm|met|gedurende|during|over)$/.test(before(i)));
  const holiday = at > 0 ? readHolidayWord(words, at) : undefined;
  // ("de hele meivakantie weg tot en met zondag 3 mei": the day said wins over the holiday's own last day.)
  const saidDay = holiday ? dayRightAfterUntil(text, w) : undefined;
  if (saidDay) return saidDay;
  if (holiday) {
    const today = localParts(w.now);
    const next = schoolHolidays(w.region ?? DEFAULT_SCHOOL_REGION, holiday.kind).find((h) => compareCivil(h.end, today) >= 0);
    if (next) return spokenDay(next.end, today);
  }
  const explicit = text.match(/\b(?:t\/m|tm|tot en met|tot|until|till|through)\s+([^,.;!?]{2,30}?)(?=\s*(?:[,.;!?]|\s(?:met vakantie|op vakantie|ziek|afwezig|weg|vrij|er niet|en|maar)\b|$))/i)?.[1];
  // ("t/m 6 februari met verlof", "t/m vrijdag 16 jan ziek thuis": the date, not what follows it.)
  const dated = explicit ? findDateIn(explicit, w.now, w.region) : undefined;
  if (explicit && dated) return fold(explicit).startsWith(fold(dated.phrase)) ? dated.phrase.trim() : explicit.trim();
  // ("t/m vr": a day said short, readable on its own.)
  if (explicit && resolveDate(explicit.trim(), w.now).kind === "ok") return explicit.trim();
  // ("… tot en met vrijdag 20 februari operatie aan mijn knie sanne neemt het over", dictated without a stop: the date right
  // after "t/m", whatever follows it.)
  const loose = explicit ? undefined : dayRightAfterUntil(text, w);
  if (loose) return loose;
  // ("ik ga morgen op vakantie en ben maandag 27 juli weer terug", "vanaf 3 maart ben ik er weer": away to the day before the day
  // back, said in the clause that says so.)
  const backClause = text.split(/[,.;!?]|\s+(?:en|maar|and|but)\s+/i).find((c) => /\b(?:weer\s+)?(?:terug|back)\b|\b(?:ben|is) (?:ik |hij |ze )?(?:er )?weer\b|\bweer (?:aan het werk|aan de slag|op kantoor|beschikbaar)\b/i.test(c) && !/\b(?:t\/m|tm|tot en met|until)\b/i.test(c));
  const backOn = backClause ? findDateIn(backClause, w.now, w.region) : undefined;
  if (backOn && backOn.resolution.kind === "ok") {
    const today = localParts(w.now);
    return spokenDay(addDays(localParts(backOn.resolution.date), -1), today);
  }
  // ("youssef is de rest van maart met verlof", "de rest van de maand ziek": to the last day of that month.)
  const restOf = f.match(/\b(?:de )?rest van (?:(de|deze) maand|(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december))\b/);
  if (restOf) {
    const today = localParts(w.now);
    const month = restOf[2] ? (MONTH_NAMES_NL as readonly string[]).indexOf(restOf[2]) + 1 : today.month;
    const year = month < today.month ? today.year + 1 : today.year;
    return spokenDay(addDays({ year: month === 12 ? year + 1 : year, month: month === 12 ? 1 : month + 1, day: 1 }, -1), today);
  }
  if (/\b(?:de )?rest van (?:de|deze) week\b/.test(f)) return "zondag";
  // ("is de komende twee weken met vaderschapsverlof": from today, that many weeks — to the day before the same weekday.)
  const weeks = f.match(/\b(?:de )?(?:komende|aankomende|volgende|next|coming) (twee|2|drie|3|vier|4|vijf|5|zes|6) (?:weken|weeks)\b/)?.[1];
  if (weeks) {
    const n = ({ twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6 } as Record<string, number>)[weeks] ?? Number(weeks);
    const today = localParts(w.now);
    return spokenDay(addDays(today, 7 * n - 1), today);
  }
  if (/\b(volgende week|next week)\b/.test(f)) return "zondag volgende week";
  if (/\b(deze week|this week)\b/.test(f)) return "zondag";
  // ("morgen en overmorgen ziek": the last of the two.)
  if (/\b(overmorgen|day after tomorrow)\b/.test(f) && !explicit) return "overmorgen";
  if (/\b(morgen|tomorrow)\b/.test(f) && !/\b(overmorgen)\b/.test(f)) return "morgen";
  if (/\b(vandaag|today)\b/.test(f)) return "vandaag";
  const date = findDateIn(text, w.now, w.region);
  return date?.phrase.replace(/^(?:op|on|t\/m|tm|tot en met|tot|until)\s+/i, "");
}

// ---------------------------------------------------------------------------------------
// "maak het jaarrapport voor 2025", "ik wil het rapport van dit jaar": the report (the command checks who may).

function readReport({ f, question, w }: Ctx): Understanding | undefined {
  // ("mag ik de monitor van dit jaar als pdf": the year's report, asked for by what it monitors.)
  if (!/\b(jaarrapport|jaarverslag|rapport|rapportage|monitorrapport|annual report|report)\b/.test(f) && !(/\bmonitor\b/.test(f) && /\b(pdf|van dit jaar|van vorig jaar|jaar)\b/.test(f))) return undefined;
  if (!/\b(maak|maken|wil|graag|stuur|geef|genereer|kan ik|mag ik|kun je|kan je|make|send|give|want|need|nodig)\b/.test(f) && !question) return undefined;
  if (/^(hoe|how)\b/.test(f)) return undefined;
  const year = f.match(/\b(20\d\d)\b/)?.[1] ?? (/\b(vorig jaar|last year)\b/.test(f) ? String(localParts(w.now).year - 1) : undefined);
  return { kind: "run", text: year ? `/rapport ${year}` : "/rapport" };
}

// ---------------------------------------------------------------------------------------
// "kun je een datumprikker maken voor de volgende stuurgroep: 10 maart, 12 maart of 17 maart" (asked first).

function readDatePoll({ text, f, question }: Ctx): Understanding | undefined {
  // "geen van die data lukt mij": no option fits — the vote taken back (the command says so when there is no poll).
  if (!question && /\bgeen (van )?(die|de|deze|alle|jullie) (data|datums|opties|dagen|momenten|avonden)\b.*\b(lukt|lukken|kan|kunnen|past|passen|gaat|gaan)\b|\b(kan|lukt het) (ik|me|mij) (op )?geen (van )?(die|deze|de) (data|datums|dagen|opties|avonden)\b/.test(f)) return { kind: "run", text: "/datumprikker stem geen" };
  // ("mijn stem voor de prikker mag eruit, de 14e kan ik toch niet meer": the vote taken back.)
  // ("haal mijn stem er maar even uit, mijn rooster is nog niet bekend": "mijn stem" says it is the poll.)
  if (!question && /\b(?:mijn|m n) (?:stem|stemmen|keuze|vote)\b/.test(f) && (/\b(?:prikker|datumprikker|poll|datum)\b/.test(f) || /\b(?:mijn|m n) (?:stem|stemmen)\b/.test(f)) && /\b(?:mag|kan|moet) (?:er ?uit|weg|eraf)|\b(?:intrekken|trek (?:\w+ ){0,3}in|weghalen|verwijderen|withdraw|remove)\b|\bhaal (?:\w+ ){0,5}(?:uit|eruit|weg|eraf)\b/.test(f)) return { kind: "confirm", question: localText("understand.confirm", { what: "/datumprikker stem geen" }), text: "/datumprikker stem geen" };
  // "datumprikker: nummer 2 wordt het", "we nemen optie 3": the choice, shown first.
  const chosen = /\b(datumprikker|datum prikker|prikker|poll|optie|nummer|nr)\b/.test(f) ? f.match(/\b(?:nummer|optie|nr|number|option)\s*(\d)\b(?=.*\b(?:wordt het|het wordt|kiezen|gekozen|nemen|pakken|winnaar|gaat door|wins)\b)|\b(?:wordt het|het wordt|we kiezen|kies|we nemen|we gaan voor|pak|go with)\s+(?:(?:dan|maar|toch)\s+)?(?:nummer |optie |nr |number |option )?(\d)\b/) : null;
  if (chosen && !question) return confirmCommand(`/datumprikker kies ${chosen[1] ?? chosen[2]}`);
  if (!/\b(datumprikker|datum prikker|prikker|doodle|poll)\b/.test(f) || /^(hoe|how|wat is)\b/.test(f)) return undefined;
  const list = text.match(/:\s*(.+)$/)?.[1] ?? text.match(/\b(?:met|opties|options|with)\s*:?\s+(.+)$/i)?.[1];
  if (!list) return question ? undefined : { kind: "run", text: "/help datumprikker" };
  // One time said for all ("… om 19:30"): every option gets it.
  // ("…, telkens 19:30 in MFC Lewenborg": the same.)
  const time = list.match(/\b(?:(?:telkens|steeds|allemaal|alle(?:maal)?|elke keer|each|all)\s+)?(?:om|at)\s+(\d{1,2}[:.]\d{2}|\d{1,2}\s*uur)\b|\b(?:telkens|steeds|allemaal|elke keer)\s+(\d{1,2}[:.]\d{2})\b/i);
  const body = time ? list.replace(time[0], " ") : list;
  const options = body.split(/\s*(?:,|;|\bof\b|\ben\b|\bor\b|\band\b)\s*/i).map((o) => o.trim().replace(/[.!?]+$/, "")).filter(Boolean);
  // ("…, in MFC Lewenborg" after the last option: the place of every option, said once at the end.)
  const placeLast = options.length >= 3 && !/\d/.test(options[options.length - 1]) ? options[options.length - 1].match(/^(?:(?:allemaal|alle|steeds|telkens|elke keer|gewoon|all)\s+)?(?:in|bij|op|at)\s+(?:het\s+|de\s+|the\s+)?(\S.*)$/i) : null;
  if (placeLast) options.pop();
  // ("… en maandag 20 april 15:00. Allemaal in MFC Lewenborg.": the place of every option, said in a sentence after the last.)
  const placeAfter = options.length ? options[options.length - 1].match(/^(.+?\d)[.!]\s+(?:(?:allemaal|alle|steeds|telkens|elke keer|gewoon|all)\s+)?(?:in|bij|op|at)\s+(?:het\s+|de\s+|the\s+)?(\S.*)$/i) : null;
  if (placeAfter) options[options.length - 1] = `${placeAfter[1]} ${placeAfter[2]}`;
  if (options.length < 2) return undefined;
  const at = time ? ` ${(time[1] ?? time[2]).replace(/\s*uur$/, ":00").replace(".", ":")}` : "";
  return confirmCommand(`/datumprikker ${options.map((o) => `${o}${at && !/\d{1,2}[:.]\d{2}/.test(o) ? at : ""}`).join(", ")}${placeLast ? ` ${placeLast[1]}` : ""}`);
}

// ---------------------------------------------------------------------------------------
// "verwijder al mijn gegevens", "vergeet mij": the command itself asks before it removes anything.

function readForgetMe({ f, question }: Ctx): Understanding | undefined {
  if (question) return undefined;
  if (/\b(verwijder|verwijderen|wis|wissen|delete|remove|erase)\b.*\b(al |alle )?(mijn|m n|my) (gegevens|data|account)\b|^(vergeet mij|vergeet me|forget me)\b/.test(f)) return { kind: "run", text: "/vergeetmij" };
  // ("Graag al mijn gegevens wissen (AVG).": the data named first, then what to do with it — not asked.)
  if (!question && /^(?:graag |ik wil (?:graag )?|ik wil dat je |wil je |kun je |please )?(?:al |alle )?(?:mijn|m n|my) (?:gegevens|persoonsgegevens|data|account)(?: (?:laten|graag|even))* (?:verwijderen|wissen|weghalen|deleted|removed|erased|delete|remove|erase)\b/.test(f)) return { kind: "run", text: "/vergeetmij" };
  return undefined;
}

// ---------------------------------------------------------------------------------------
// Weekly digest: "ik wil het weekoverzicht ook elke week krijgen" / "geen weekoverzicht meer".

export const DIGEST = /\b(weekoverzicht|weekoverzichten|weekrapport|weekly digest|weekly overview|weekly summary|digest|wekelijks overzicht|wekelijkse overzicht|overzicht (elke|iedere) week)\b/;
export const DIGEST_OFF =
  /\b(geen\b.*\bmeer|niet meer|hoeft niet( meer)?|uitzetten|uit zetten|zet\b.*\buit|uit|afmelden|meld (?:me|mij) (?:\w+ )?af|opzeggen|stop (?:\w+ )?met|stoppen met|stop (het |de |dat |die )?(weekoverzicht|weekrapport|digest)|unsubscribe|no more|turn off|stop sending|don t (want|need|send)|dont (want|need|send)|do not (want|send)|rather not|no longer|not (\w+ ){0,5}anymore|liever niet|niet langer)\b/;
const DIGEST_ON =
  /\b(elke week|iedere week|every week|each week|wekelijks|weekly|voortaan|vanaf nu|from now on|ook (krijgen|ontvangen|hebben)|ook\b.*\b(krijgen|ontvangen)|(ik wil|ik zou|i want|i d like|i would like)\b.*\b(krijgen|ontvangen|get|receive)|aanzetten|aan zetten|zet\b.*\baan|aan|abonneer|abonneren|aanmelden|subscribe|turn on|sign me up)\b/;

function readDigest({ f, question }: Ctx): Understanding | undefined {
  if (!DIGEST.test(f) || ASKS_INFO.test(f)) return undefined;
  if (DIGEST_OFF.test(f)) return runOrConfirm("/weekoverzicht uit", question);
  // ("zet mij ook op het weekoverzicht": on the list of those who get it.)
  if (!question && /\b(?:zet|doe)\s+(?:mij|me)\s+(?:(?:ook|maar|even|graag)\s+)*op\s+(?:het|de)\s+(?:weekoverzicht|weekrapport|lijst van het weekoverzicht)\b/.test(f)) return { kind: "run", text: "/weekoverzicht aan" };
  // ("send me the weekly overview": "weekly" in its name says nothing about getting it every week.)
  if (DIGEST_ON.test(f.replace(DIGEST, " ")) && /\b(krijgen|ontvangen|hebben|toesturen|sturen|stuur|aan|aanzetten|abonneer|abonneren|aanmelden|subscribe|receive|get|send|sign me up|turn on)\b/.test(f)) {
    return runOrConfirm("/weekoverzicht aan", question);
  }
  // "stuur me het weekoverzicht", "laat het weekoverzicht zien": the digest now (read-only).
  if (/^(stuur|laat|toon|geef|send|show|give|mag ik|kan ik|kun je|kan je|can i|could i|can you|could you)\b/.test(f) && !/\b(niet|geen|not|no)\b/.test(f)) return { kind: "run", text: "/weekoverzicht" };
  return undefined;
}

// ---------------------------------------------------------------------------------------
// Holidays: "geen herinneringen in de meivakantie van 25 april t/m 3 mei".

const MONTH_WORDS = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");
const DAY_MONTH = `\\d{1,2}(?:e|ste|de)?\\s+(?:${MONTH_WORDS})\\.?(?:\\s+\\d{4})?`;
const NUMERIC_DATE = `\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}(?:[-/.]\\d{2,4})?`;
const A_DATE = `(?:${DAY_MONTH}|${NUMERIC_DATE})`;
const RANGE_SEPARATOR = `\\s*(?:t\\/m|t\\.m\\.|tm|tot\\s+en\\s+met|tot|until|till|through|to|-|–|—)\\s*`;
const DATE_RANGE = new RegExp(`(?<![\\p{L}\\p{N}])(${A_DATE})${RANGE_SEPARATOR}(${A_DATE})(?![\\p{L}\\p{N}])`, "iu");
/** "25 t/m 30 april": the first day borrows the month of the second. */
const DAY_RANGE = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})${RANGE_SEPARATOR}(${DAY_MONTH})(?![\\p{L}\\p{N}])`, "iu");

/**
 * "zet de kerstvakantie erin (als vakantie)": a school holiday named without dates is its next
 * occurrence for the wijk's region, shown first as the command with its dates.
 */
function schoolHolidayNamed(f: string, w: UnderstandWorld, question: boolean): Understanding | undefined {
  // ("zet de deadline herinneringen maar stil tijdens de zomervakantie": the reminders quiet during it.)
  const pauses = /\b(pauzeer|pauzeren|geen (?:[\w-]+ )?(?:\w+-)?herinneringen|geen (?:\w+ )?reminders|herinneringen (?:(?:maar|even|dan|ook) )?(?:uit|stil|pauze|pauzeren|stoppen))\b/.test(f);
  if (!pauses && !/\b(zet|zetten|voeg|toevoegen|invoeren|voer|instellen|stel|erin|erbij|add|set)\b/.test(f)) return undefined;
  const words = f.split(" ");
  const at = words.findIndex((_, i) => readHolidayWord(words, i));
  const named = at >= 0 ? readHolidayWord(words, at) : undefined;
  if (!named) return undefined;
  // ("techniekdag wordt in de week na de meivakantie, zet maar vrijdag 8 mei": a holiday as a moment, not one to add.)
  if (!pauses && /\b(na|voor|tijdens|in|rond|begin|eind|vlak|direct|meteen|sinds|vanaf|tot|na afloop van)\s+(?:de\s+|het\s+)?$/.test(`${words.slice(Math.max(0, at - 3), at).join(" ")} `)) return undefined;
  const today = localParts(w.now);
  const next = schoolHolidays(w.region ?? DEFAULT_SCHOOL_REGION, named.kind).find((h) => compareCivil(h.end, today) >= 0);
  if (!next) return undefined;
  return confirmCommand(`/vakantie ${isoDay(next.start)} t/m ${isoDay(next.end)}`);
}

function readHoliday({ text, f, question, w }: Ctx): Understanding | undefined {
  const pause = /\b(geen herinneringen|herinneringen (?:(?:maar|even|dan|ook) )?(uit|pauzeren|pauze|stil|stoppen|even niet)|pauzeer|pauzeren|no reminders|pause (the )?reminders)\b/.test(f);
  const holiday = /\b(\w*vakantie|vakantieperiode|vakanties|holiday|holidays|vacation)\b/.test(f);
  // "ik ben op vakantie van … t/m …" is one person away, not the wijk's holiday.
  const personal = /\b(ik ben|ben ik|ik ga|ik heb|i m|i am|i will be|ik zit)\b/.test(f) && !pause;
  // "welke vakanties staan erin?": the list.
  if (holiday && /^(welke|wat|which|what)\b/.test(f) && /\b(vakanties|vakantieperiodes|holidays|staan erin|ingesteld|staan er)\b/.test(f) && !/\b(datum|wanneer|when)\b/.test(f)) return { kind: "run", text: "/vakantie" };
  // ("staan de schoolvakanties er al in?": whether they are set — the list.)
  if (/^(staan|zijn|zitten) (de )?(school)?vakanties (er |al |erin |ook )*(in|ingevoerd|ingesteld|erin)\b/.test(f)) return { kind: "run", text: "/vakantie" };
  // ("heb ik de meivakantie nou al ingevoerd of niet?", "staat de kerstvakantie er al in?": whether it is set — the list.)
  if (question && /^(?:heb|hebben|had|is|staat|zit)\s+(?:ik|we|wij|jij|je)?\s*(?:de\s+)?\w*vakantie\s+(?:\w+\s+){0,3}(?:ingevoerd|ingesteld|erin|er in|gezet|in)\b/.test(f)) return { kind: "run", text: "/vakantie" };
  if (!(pause || holiday) || personal || ASKS_INFO.test(f)) return undefined;
  // ("kunnen we de moestuin naar na de voorjaarsvakantie zetten": a holiday as the moment an action moves to, not the wijk's holiday.)
  if (!pause && /\b(naar|tot|op|voor|na|to|until|after|before)\s+(?:na\s+|voor\s+)?(?:de\s+|het\s+|the\s+)?\w*vakantie\b/.test(f) && text.match(/\b(?:t\/m|tot en met|tm)\b|\d\s*-\s*\d/i) === null && w.index && locateActions(w.index, text).some((s) => s.exact || s.quality >= 2)) return undefined;
  // "herfstvakantie 10 t/m 18 oktober": a range of days in one month first, so no word before it is read as a date.
  const dayRange = text.match(DAY_RANGE);
  const range = dayRange ? null : text.match(DATE_RANGE);
  let from: string | undefined;
  let to: string | undefined;
  if (range) {
    from = range[1];
    to = range[2];
  } else {
    const days = text.match(DAY_RANGE);
    if (!days) return schoolHolidayNamed(f, w, question);
    const month = days[2].replace(/^\d{1,2}(?:e|ste|de)?\s+/, "");
    from = `${days[1]} ${month}`;
    to = days[2];
  }
  // ("herfstvakantie 18 tm 26 okt en kerst 20 dec tm 4 jan invoeren": a second period after the first — both, shown first.)
  const first = (range ?? dayRange ?? text.match(DAY_RANGE))!;
  const after = text.slice(first.index! + first[0].length);
  const secondRange = after.match(DATE_RANGE);
  const secondDays = secondRange ? null : after.match(DAY_RANGE);
  const second = secondRange ? [secondRange[1], secondRange[2]] : secondDays ? [`${secondDays[1]} ${secondDays[2].replace(/^\d{1,2}(?:e|ste|de)?\s+/, "")}`, secondDays[2]] : undefined;
  if (second && !question) return confirmEach([{ text: `/vakantie ${clean(from)} t/m ${clean(to)}` }, { text: `/vakantie ${clean(second[0])} t/m ${clean(second[1])}` }]);
  return runOrConfirm(`/vakantie ${clean(from)} t/m ${clean(to)}`, question);
}

// ---------------------------------------------------------------------------------------
// Own name: "ik ben Fatima el Amrani van de GGD", "noem mij Fatima".

const NAME_PARTICLES = new Set(["el", "al", "de", "van", "der", "den", "ten", "ter", "te", "le", "la", "da", "du", "di", "bin", "ben", "von", "'t", "’t", "in", "het"]);
const NOT_A_NAME = new Set(
  "er hier daar niet nu ook al net even klaar bezig weg ziek vrij morgen vandaag straks thuis op in bij de het een blij benieuwd bang druk nieuw nieuwe aanjager kartrekker trekker coordinator coördinator voorzitter eigenaar the a an not here back done sorry".split(" "),
);

function readOwnName({ text, w, question }: Ctx): Understanding | undefined {
  // "ik werk nu bij Kids2b", "ik zit voortaan bij de GGD": the sender's organisation, shown first as /ik with their name.
  // ("ik werk sinds deze maand bij Kids2b kinderopvang ipv de ggd, kun je dat aanpassen": the one before, and the request, after it.)
  const works = text.trim().match(/^(?:(?:hoi|hallo|hey|hi|dag)[\s,!]+)?(?:ik werk|ik zit)\s+(?:nu|voortaan|sinds kort|vanaf nu|tegenwoordig|inmiddels|sinds (?:deze|vorige|afgelopen) (?:maand|week)|sinds \d{1,2} \p{L}+|sinds \p{L}+)?\s*(?:bij|voor)\s+(?:de\s+|het\s+)?([\p{L}\p{N}][\p{L}\p{N}&' -]{1,40}?)(?:\s*,?\s+(?:ipv|in plaats van|en niet meer bij|niet meer (?:bij|op|voor)(?:\s+(?:de|het))?)\s+[^,.!?]{2,30})?(?:\s*[,.]\s*(?:kun|kan|wil|wilt|zou)\s+(?:je|jij|u)\s+(?:dat|het)\s+(?:even\s+)?(?:aanpassen|veranderen|wijzigen|doorvoeren)\s*\??)?[\s.!]*$/iu);
  // (A question only as the request at the end: "…. kun je dat aanpassen?")
  if (works && w.sender?.displayName && (!question || /\b(?:aanpassen|veranderen|wijzigen|doorvoeren)\s*\?[\s.!]*$/i.test(text))) {
    const org = findOrganisationIn(works[1], fold(works[1]), w.organisations) ?? works[1].trim();
    return confirmCommand(`/ik ${w.sender.displayName}, ${org}`);
  }
  // ("pls change my organisation to Politie Noord-Nederland, thats the official name now", "ik ben overgestapt naar De
  // Huismeesters, wil je dat bij mijn naam zetten": the sender's organisation said as such — what follows a comma is why, or the
  // request.)
  const orgSaid = text
    .trim()
    .replace(/^\s*@?wijkbot[\s,:]*/i, "")
    .match(/^(?:(?:hoi|hallo|hey|hi|hello|dag|pls|please|graag|even|ff|kun je|kan je|wil je|can you|could you)[\s,!]+)*(?:(?:change|set|update)\s+my\s+(?:organisation|organization|org|employer)\s+to|(?:verander|wijzig|zet|pas)\s+(?:mijn|mn|m'n)\s+(?:organisatie|werkgever|org)\s+(?:(?:even|ff|maar|graag)\s+)*(?:aan\s+)?(?:naar|in|op)|(?:mijn|mn|m'n)\s+(?:organisatie|werkgever)\s+(?:is|wordt|moet zijn)(?:\s+(?:nu|voortaan|vanaf nu|tegenwoordig|inmiddels))*|ik\s+(?:ben|zit)\s+(?:(?:nu|net|sinds kort|per \S+|inmiddels)\s+)*overgestapt\s+naar|i\s+(?:moved|switched)\s+to|i\s+now\s+work\s+(?:at|for))\s+([\p{L}\p{N}][\p{L}\p{N}&' .-]{1,40}?)(?:\s*[,;(]\s*.*|\s+(?:aub|graag|pls|please|svp))?[\s.!?]*$/iu);
  if (orgSaid && w.sender?.displayName && !/\b(ipv|in plaats van|of|or)\b/i.test(orgSaid[1])) {
    // ("naar de GGD": the article only when it is no part of the name, as in "De Huismeesters".)
    const typed = orgSaid[1].replace(/[\s.]+$/, "").replace(/^(?:de|het|the)\s+/, "");
    // (A known organisation only when every word typed is of it: "OBS Het Kompas" is not "OBS De Zonnewijzer".)
    const known = findOrganisationIn(typed, fold(typed), w.organisations);
    const org = known && fold(typed).split(" ").every((x) => fold(known).split(" ").includes(x)) ? known : typed;
    return confirmCommand(`/ik ${w.sender.displayName}, ${org}`);
  }
  // ("mijn naam staat verkeerd, het is Youssef El Amrani, Jongerenwerk Lewenborg": the name as it should be.)
  // ("mijn naam graag als Sanne de Vries, organisatie klopt wel": how it is to be written; the organisation stays.)
  const m = text
    .trim()
    .replace(/^((?:(?:hoi|hallo|hey|hi|hello|dag)[\s,!]+)?)(?:mijn|mn|m'n) naam graag (?:als|in|naar)\s+(?=\p{Lu})/iu, "$1mijn naam is ")
    .replace(/\s*,\s*(?:(?:de|mijn|mn)\s+)?(?:organisatie|org|werkgever)\s+(?:klopt|is goed|blijft|staat goed|mag blijven)\b.*$/iu, "")
    .replace(/^((?:(?:hoi|hallo|hey|hi|hello|dag)[\s,!]+)?)(?:mijn|mn|m'n) naam (?:staat|is|was|wordt) (?:\w+ )?(?:verkeerd|fout|niet goed|niet juist|onjuist)(?: gespeld| geschreven)?\s*[,.;:]?\s*(?:het|dat|hij|die)?\s*(?:is|moet zijn|moet|wordt|hoort te zijn)\s+(?=\p{Lu})/iu, "$1mijn naam is ")
    .match(/^(?:(?:hoi|hallo|hey|hi|hello|dag)[\s,!]+)?(ik ben|ik heet|mijn naam is|noem (?:me|mij)(?: voortaan| maar| vanaf nu| gewoon)?|(?:zet|verander|wijzig|pas) (?:mijn|mn|m'n) naam (?:op|in|naar|aan naar)|(?:mijn|mn|m'n) naam (?:moet zijn|moet|wordt|graag)|(?:change|set) my name to|my name is|call me|i am|i'm|i’m)\s+(?:(?:eigenlijk|trouwens|gewoon|officieel|voluit|actually)\s+)*(.+?)[\s.!]*$/iu);
  if (!m) return undefined;
  const explicit = !/^(ik ben|i am|i'm|i’m)$/i.test(m[1]);
  // ("zet mijn naam op Bram Hoekstra aub": the politeness after it is no part of the name.)
  const tokens = m[2].replace(/[\s,]+(?:aub|a\.u\.b\.?|graag|please|pls|svp|alsjeblieft|alstublieft|dank je|dankjewel|bedankt|thanks)[\s.!]*$/i, "").split(/\s+/);
  const name: string[] = [];
  let i = 0;
  let comma = false;
  for (; i < tokens.length; i++) {
    const token = tokens[i].replace(/,$/, "");
    const bare = token.replace(/[^\p{L}'’-]/gu, "");
    if (!bare || bare !== token) break;
    const capital = /^\p{Lu}/u.test(token);
    if (name.length === 0) {
      if (!(capital || explicit) || NOT_A_NAME.has(token.toLowerCase())) return undefined;
      name.push(token);
      if (tokens[i].endsWith(",")) {
        comma = true;
        i++;
        break;
      }
      continue;
    }
    const lower = token.toLowerCase();
    if (NAME_PARTICLES.has(lower) && !orgStartsAt(tokens, i, w)) {
      name.push(token);
      continue;
    }
    if (capital && !NAME_PARTICLES.has(lower)) {
      name.push(token);
      if (tokens[i].endsWith(",")) {
        comma = true;
        i++;
        break;
      }
      continue;
    }
    break;
  }
  while (name.length > 1 && NAME_PARTICLES.has(name[name.length - 1].toLowerCase())) {
    name.pop();
    i--;
  }
  if (!name.length || name.length > 5) return undefined;
  const rest = `${comma ? ", " : ""}${tokens.slice(i).join(" ")}`.trim();
  let organisation = "";
  if (rest) {
    const org = rest.match(/^(?:,\s*(?:en\s+)?(?:ik\s+)?(?:werk\s+|werkzaam\s+)?(?:van|bij|from|at|of|voor|with)?|(?:en\s+)?(?:ik\s+)?(?:werk\s+|werkzaam\s+)?(?:van|bij|from|at|of|voor|with))\s+(?:de\s+|het\s+|the\s+)?(.+)$/iu);
    if (!org) return undefined;
    const typed = org[1].replace(/[\s.!,]+$/, "").trim();
    if (!typed || typed.split(/\s+/).length > 6) return undefined;
    const known = findOrganisationIn(typed, fold(typed), w.organisations);
    // After a bare comma only a name-like organisation ("Stichting Humanitas", "GGD"), not "ik doe de moestuin".
    const introduced = !/^,\s*(?:\p{Lu}|\d)/u.test(rest) || /^,\s*(?:en\s+)?(?:ik\s+)?(?:werk\s+|werkzaam\s+)?(?:van|bij|from|at|of|voor|with)\s/iu.test(rest);
    const nameLike = typed.split(/\s+/).every((word) => /^[\p{Lu}\d]/u.test(word) || /^(de|het|van|voor|en|in|the|of|for|and|&)$/i.test(word));
    if (!known && !(introduced && !rest.startsWith(",")) && !nameLike) return undefined;
    organisation = known ?? typed;
  }
  const command = `/ik ${name.join(" ")}${organisation ? `, ${organisation}` : ""}`;
  return runOrConfirm(command, question);
}

/** "van de GGD" after a name is the organisation (a known one, an abbreviation, or lower case); "van Dam" is the name. */
function orgStartsAt(tokens: string[], i: number, w: UnderstandWorld): boolean {
  const word = tokens[i].toLowerCase();
  if (word !== "van" && word !== "bij") return false;
  let j = i + 1;
  while (j < tokens.length && ["de", "het", "the"].includes(tokens[j].toLowerCase())) j++;
  if (j >= tokens.length) return false;
  const rest = tokens.slice(j).join(" ");
  if (word === "bij" || (word === "van" && tokens[i + 1]?.toLowerCase() === "het")) return true;
  const known = w.organisations.some((o) => {
    const org = fold(o);
    const first = fold(rest).split(" ")[0];
    return org === fold(rest) || (first.length >= 3 && org.split(" ").includes(first) && !["groningen", "lewenborg", "gemeente"].includes(first));
  });
  if (known) return true;
  return /^\p{Lu}{2,}\b/u.test(tokens[j]) || /^\p{Ll}/u.test(tokens[j]);
}

// ---------------------------------------------------------------------------------------
// People named in a sentence, in order.

interface Named {
  name: string;
  /** Index of the name's first word among the folded words. */
  at: number;
  /** Index just after the name. */
  end: number;
}

function peopleIn(f: string, w: UnderstandWorld): Named[] {
  const words = f.split(" ");
  const byFirst = new Map<string, string[]>();
  for (const p of w.people) {
    const first = fold(p.displayName).split(" ")[0];
    if (!first || fold(p.displayName) === "oud-lid") continue;
    byFirst.set(first, [...(byFirst.get(first) ?? []), p.displayName]);
  }
  const found: Named[] = [];
  for (let i = 0; i < words.length; i++) {
    // A full name ("sanne de vries") first, then a first name that only one person has.
    const full = w.people.find((p) => {
      const name = fold(p.displayName).split(" ");
      return name.length > 1 && name.every((part, k) => words[i + k] === part);
    });
    if (full) {
      const length = fold(full.displayName).split(" ").length;
      found.push({ name: full.displayName, at: i, end: i + length });
      i += length - 1;
      continue;
    }
    const owners = byFirst.get(words[i]);
    if (owners?.length === 1 && words[i].length >= 3) found.push({ name: owners[0], at: i, end: i + 1 });
  }
  return found;
}

/** Names inside an action's title ("Kookles met Fatima") are not people talked about. */
function peopleOutsideActions(ctx: Ctx): Named[] {
  const strong = ctx.spans.filter((s) => s.quality >= 3).map((s) => fold(ctx.text.slice(s.start, s.end)));
  return peopleIn(ctx.f, ctx.w).filter((p) => !strong.some((span) => ` ${span} `.includes(` ${fold(p.name)} `)));
}

// ---------------------------------------------------------------------------------------
// Leaving: "Esther is vertrokken bij Lefier, kun je haar afmelden?", "ik stop met het wijkteam".

const NOT_LEAVING = /\b(vakantie|op reis|ziek|vrij|verlof|thuis|vergadering|stuurgroepvergadering|overleg|meeting|bijeenkomst|voor vanavond|voor morgen|voor vandaag|even weg|straks|afwezig|absent)\b/;
/** Said of the person named just before: "Esther is vertrokken bij Lefier", "Bram werkt hier niet meer". */
const HAS_LEFT =
  /^(?:\S+\s+){0,3}?(is vertrokken|zijn vertrokken|vertrokken|vertrekt|gaat (hier |bij \S+ )?weg|gaat weg bij|gaat vertrekken|gaat ons verlaten|is weg bij|is gestopt|gestopt bij|stopt bij|stopt per|stopt met werken|is uit dienst|uit dienst|gaat met pensioen|is met pensioen|werkt (hier |er |daar )?niet meer|werkt niet meer bij|werkt (?:\S+ ){1,3}niet meer (?:bij|hier|daar|voor)|heeft (een )?(nieuwe|andere) (baan|functie)|has left|left (the|our) (team|group|wijk|organisation|organization|job)|is leaving|no longer works|doesn t work (here|there))\b/;
/** Asked about the person: "kun je haar afmelden", "meld Esther af", "haal Peter uit de groep". */
const SIGN_OFF =
  /\b(meld|schrijf) (\S+ ){0,2}?(NAME|hem|haar|die|him|her) (\S+ ){0,3}?(af|uit)\b|\b(NAME|hem|haar|him|her) (\S+ ){0,2}?(afmelden|uitschrijven|offboarden)\b|\b(haal|verwijder|remove) (NAME|hem|haar|him|her) (uit|from) (de groep|het team|het wijkteam|de app|de wijk|the group|the team)\b|\b(offboard|sign off) (NAME|him|her)\b/;
const I_LEAVE =
  /\b(ik (stop|vertrek|ga weg|hou op|houd op|neem afscheid)|ik ben (vertrokken|weg bij|gestopt bij)|meld (me|mij) (?:maar |dan |even |ook )?af|mij (?:maar )?afmelden|me (?:maar )?afmelden|schrijf (me|mij) uit|i m leaving|i am leaving|i m quitting|i quit|i have left|i ve left|sign me off|(?:today is|it s) my last (?:working )?day)\b/;
const TEAM =
  /\b(wijkteam|team|groep|wijkbot|bot|netwerk|project|lewenborg|de wijk|deze wijk|app|nieuwe baan|andere baan|andere functie|baan|pensioen|per \d+|bij (de |het )?\p{L}+|hier|jullie|everyone|the team|the group)\b/u;

function readLeaving(ctx: Ctx): Understanding | undefined {
  const { f, question } = ctx;
  if (NOT_LEAVING.test(f) || ASKS_INFO.test(f)) return undefined;
  const people = peopleOutsideActions(ctx);
  // ("Ik stop per vandaag met het wijkplan. @wijkbot meld me maar af.": signing oneself off says it all, whatever else is named.)
  // ("today is my last day at WIJ, please sign me off": the same, in English.)
  const signsOff = /\b(meld (me|mij) (?:maar |dan |even |ook )?af|(mij|me) (?:maar )?afmelden|schrijf (me|mij) uit|sign me off|remove me|offboard me)\b/.test(f);
  if (I_LEAVE.test(f) && people.length === 0 && (TEAM.test(f) || signsOff) && (signsOff || !ctx.spans.some((s) => s.quality >= 2))) {
    if (!ctx.me) return undefined;
    return runOrConfirm(`/vertrek @${ctx.me}`, question);
  }
  const distinct = [...new Set(people.map((p) => p.name))];
  if (distinct.length !== 1) return undefined;
  // "Sanne neemt het over", "alles van Esther naar Sanne": a handover; "Esther wordt aanjager": a role.
  if (/\b(neemt|overnemen|overdragen|overdracht|over aan|wordt|becomes|takes)\b/.test(f)) return undefined;
  const words = f.split(" ");
  const left = people.some((p) => HAS_LEFT.test(words.slice(p.end).join(" ")));
  // "Peter vertrekt morgen naar Spanje" is a trip; "vertrekt per 1 maart" leaves.
  const date = findDateIn(ctx.text, ctx.w.now, ctx.w.region);
  // ("Peter vertrekt, hij heeft vandaag zijn laatste dag": the day said is the last one at work, not a trip.)
  if (date && !/\b(per|vanaf|from|as of|sinds|since)\s*$/i.test(ctx.text.slice(0, date.start)) && !/^(per|vanaf)\b/i.test(date.phrase) && !/\b(laatste|last) (werk)?(dag|day|werkdag|working day)\b/.test(f)) return undefined;
  const name = fold(distinct[0]).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const signOff = new RegExp(SIGN_OFF.source.replaceAll("NAME", name)).test(f);
  if (!left && !signOff) return undefined;
  // "Daan is gestopt als vrijwilliger bij de huiswerkbegeleiding": stopped with a part in an action, not leaving the team.
  if (!signOff && ctx.spans.some((s) => s.quality >= 2) && !/\b(vertrokken|vertrekt|vertrekken|uit dienst|pensioen|nieuwe baan|andere baan|wijkteam|het team)\b/.test(f)) return undefined;
  return runOrConfirm(`/vertrek @${distinct[0]}`, question);
}

// ---------------------------------------------------------------------------------------
// Handover: "draag alles van Peter over aan Daan", "Esther's acties naar Sanne".

const HANDOVER_VERB =
  /\b(draag|draagt|dragen|overdragen|over dragen|overdracht|overzetten|over zetten|zet|verhuis|verhuizen|neemt|overnemen|over nemen|gaan|gaat|mogen|moeten|naar|aan|geef|geven|hand|handover|transfer|move|moves|go|goes|to)\b/;
const EVERYTHING = /\b(alles|al (zijn|haar|hun|z n)|alle|acties|taken|werk|portefeuille|dossiers|lopende zaken|spullen|everything|all|actions|tasks|stuff|work)\b/;
const ROLE_WORDS = /\b(aanjager|aanjagerschap|aanjagen|kartrekker|coordinator|wijkcoordinator|voorzitter|voorzitterschap|voorzittershamer|voorzittersrol|stuurgroeplid|pillar lead|action lead|chair)\b/;

function readHandover(ctx: Ctx): Understanding | undefined {
  const { f, question, w } = ctx;
  // ("moestuin ik geef aan Anouk want ik heb te veel werk": the work in the reason is not what is handed over.)
  const said = f.replace(/\b(want|omdat|ivm|vanwege|wegens|because)\b.*$/, "");
  if (!HANDOVER_VERB.test(said) || !EVERYTHING.test(said) || ROLE_WORDS.test(f) || ASKS_INFO.test(f)) return undefined;
  // A single action named clearly is an owner change ("de huiskamer gaat naar Sanne").
  if (ctx.spans.some((s) => s.quality >= 3 && !/^(acties|taken|werk)$/i.test(ctx.text.slice(s.start, s.end)))) return undefined;
  const words = f.split(" ");
  const people = peopleOutsideActions(ctx);
  const before = (p: Named) => words[p.at - 1] ?? "";
  const after = (p: Named) => words[p.end] ?? "";
  // ("hand over everything Lisa owns to Daan": whose it is, said after the name.)
  let from = people.find((p) => /^(van|from)$/.test(before(p)) || after(p) === "s" || /^(zijn|haar|owns|has|heeft)$/.test(after(p)));
  let to = people.find((p) => p !== from && (/^(aan|naar|to|voor|door)$/.test(before(p)) || /^(neemt|takes|krijgt|gets)$/.test(after(p)) || (before(p) === "op" && /\bzet\b/.test(said))));
  // ("zet al zijn acties maar op mijn naam": to the sender.)
  if (!to && ctx.me && /\bzet\b.*\bop (?:mijn|m n) naam\b|\b(?:aan|naar) (?:mij|mezelf)\b/.test(said)) to = { name: ctx.me, at: -1, end: -1 };
  // ("Peter is langdurig ziek. zet al zijn acties …", "kun je alles van hem aan Bram geven?": "zijn"/"hem" is the one named before.)
  if (!from && to && /\b(?:al zijn|al haar|zijn|haar|zn|z n|van hem|van haar)\b/.test(said)) {
    const others = people.filter((p) => p.name !== to!.name && p.name !== ctx.me);
    if (others.length === 1) from = others[0];
  }
  // "ik draag alles over aan Sanne", "mijn acties naar Daan": from the sender.
  if (!from && to && ctx.me && /\b(ik|mijn|my|i|me|mij)\b/.test(f) && fold(ctx.me) !== fold(to.name)) {
    from = { name: ctx.me, at: -1, end: -1 };
  }
  if (!from && !to && people.length === 2 && /\bvan\b.*\b(aan|naar)\b/.test(f)) [from, to] = people;
  // "Esther gaat weg en Sanne neemt haar acties over".
  // ("Sanne draagt haar Kansrijk acties over aan Lisa": a pillar between.)
  if (!from && to && people.length === 2 && /\b(haar|zijn|hun|her|his|their) (\w+ )?(acties|taken|werk|dossiers|actions|tasks|work)\b/.test(f)) from = people.find((p) => p !== to);
  if (!from || !to || from.name === to.name) return undefined;
  if (!(from.at < 0 || /\b(alles|al|alle|acties|taken|werk|portefeuille|everything|all|actions|tasks)\b/.test(f))) return undefined;
  // ("zet zijn Kansrijk-acties op Daan": the pillar before the word for the work.)
  const pillar = pillarSlotIn(f, w.pillars, /(binnen|in|van|voor|bij|alleen|only|within|for|uit|from|pijler)/) ?? w.pillars.find((p) => new RegExp(`\\b${fold(p).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[\\s-]+(?:acties|taken|actions|tasks)\\b`).test(f));
  return runOrConfirm(`/overdracht @${from.name} @${to.name}${pillar ? ` ${pillar}` : ""}`, question);
}

// ---------------------------------------------------------------------------------------
// Roles: "Daan wordt aanjager van Kansrijk", "maak Bram kartrekker".

const ROLE_OF: [RegExp, string][] = [
  [/^(aanjager|aanjagers|aanjagen|aanjagerschap|pillar lead|pillarlead)$/, "aanjager"],
  [/^(kartrekker|trekker|action lead|actionlead)$/, "kartrekker"],
  [/^(coordinator|wijkcoordinator|coordinatrice)$/, "coordinator"],
  [/^(stuurgroeplid|stuurgroep lid|lid van de stuurgroep|stuurgroep|steering group member|board member)$/, "stuurgroep"],
  [/^(voorzitter|voorzitterschap|voorzittershamer|voorzittersrol|chair|chairman|chairwoman|chairperson)$/, "voorzitter"],
];
const ROLE_PHRASE =
  "aanjager|pillar lead|kartrekker|trekker|action lead|wijkcoordinator|coordinator|coordinatrice|stuurgroeplid|stuurgroep lid|lid van de stuurgroep|steering group member|board member|voorzitter|chair|chairman|chairwoman|chairperson";

/**
 * More ways to give a role (twenty-ninth session): "vanaf vandaag is Daan aanjager van Kansrijk" (the name after the verb),
 * "Anouk gaat namens de GGD in de stuurgroep zitten", "Bram mag voortaan in de stuurgroep", "Esther komt er vanaf nu bij in de
 * stuurgroep", "ik draag het aanjagerschap van Kansrijk over aan Daan".
 */
function rolePatternsOf(name: string, when: string, article: string): RegExp[] {
  return [
    new RegExp(`\\b(?:is|wordt)\\s+${name}\\s+${when}${article}(${ROLE_PHRASE})\\b`),
    new RegExp(`\\b${name}\\s+(?:van\\s+(?:de\\s+)?\\S+\\s+)?(?:gaat|mag|komt|treedt)\\s+(?:(?:er|ook|nu|voortaan|vanaf nu|vanaf|per|namens\\s+(?:de\\s+|het\\s+)?\\S+|de|het|\\S+?\\d\\S*|bij)\\s+){0,5}?(?:in|bij|toe tot)\\s+de\\s+(stuurgroep)\\b(?!\\s+(?:van|op|vergadering)\\b)`),
    new RegExp(`\\b(?:draag|draagt|geef|geeft)\\s+(?:het|mijn|zijn|haar)\\s+(aanjagerschap|voorzitterschap)\\b(?:\\s+(?:van|voor)\\s+\\S+)?\\s+over\\s+aan\\s+${name}\\b`),
    // ("Youssef is geen aanjager meer, hij blijft wel gewoon kartrekker bij Vreedzaam": back to kartrekker, said as staying.)
    new RegExp(`\\b${name}\\s+(?:is\\s+)?(?:geen|niet langer|niet meer)\\s+(?:de\\s+)?(?:aanjager|voorzitter)\\b.*\\b${name}\\s+blijft\\s+(?:(?:wel|gewoon|nog|dan|als)\\s+)*(kartrekker|trekker|stuurgroeplid)\\b`),
    // ("youssef stopt als aanjager vreedzaam maar blijft kartrekker in die pijler", "Joke gaat terug naar kartrekker bij Gezond".)
    new RegExp(`\\b${name}\\s+(?:stopt|is gestopt|stop)\\s+als\\s+(?:aanjager|voorzitter)\\b.*?\\bblijft\\s+(?:(?:wel|gewoon|nog|dan|als)\\s+)*(kartrekker|trekker|stuurgroeplid)\\b`),
    new RegExp(`\\b${name}\\s+(?:gaat|stapt)\\s+(?:weer\\s+)?terug\\s+naar\\s+(?:de\\s+rol\\s+van\\s+)?(?:(?:een|gewoon|gewone|normaal|normale)\\s+)*(kartrekker|trekker|stuurgroeplid)\\b`),
    // ("Esther goes back to being a normal kartrekker in Kansrijk".)
    new RegExp(`\\b${name}\\s+(?:goes|is going|will go|steps|is stepping)\\s+back\\s+to\\s+(?:being\\s+)?(?:(?:a|an|the|normal|regular|ordinary|just)\\s+)*(kartrekker|trekker|action lead|stuurgroeplid|steering group member|board member)\\b`),
    // ("Esther mag ook aanjager worden van kansrijk", "maak henk weer gewoon stuurgroeplid", "zet fatima op aanjager", "ingrid is vanaf
    // vandaag voorzitter": said in the looser words of a chat — shown first.)
    new RegExp(`\\b${name}\\s+(?:mag|kan|moet|gaat)\\s+(?:(?:ook|nu|voortaan|dan|wel)\\s+)*${article}(${ROLE_PHRASE})\\s+(?:worden|zijn)\\b`),
    new RegExp(`\\b(?:maak|benoem|zet|make)\\s+${name}\\s+(?:(?:(?:maar|even|ook|nu|voortaan|gewoon|also)\\s+)*weer\\s+(?:(?:gewoon|maar)\\s+)*(?:tot\\s+|als\\s+)?|(?:(?:maar|even|ook|nu)\\s+)*op\\s+)${article}(${ROLE_PHRASE})\\b`),
    new RegExp(`\\b${name}\\s+is\\s+(?:vanaf|per|sinds|met ingang van)\\s+(?:vandaag|morgen|nu|\\d{1,2}\\s+\\p{L}+)\\s+${article}(${ROLE_PHRASE})\\b`, "u"),
  ];
}

function readRole(ctx: Ctx): Understanding | undefined {
  // ("Daan is nieuw, hij wordt kartrekker bij kansrijk": "hij" is the person just named.)
  // ("Youssef is geen aanjager meer, hij blijft wel gewoon kartrekker bij Vreedzaam": likewise.)
  const named = ctx.text.match(/^\s*@?(\p{L}+)\b[^,.;]*[,.;]\s*(?:hij|zij|ze|die)\s+(?:wordt|is|gaat|blijft)\b/iu);
  const who = named ? ctx.w.people.find((p) => fold(p.displayName) === fold(named[1]))?.displayName : undefined;
  if (who) ctx = { ...ctx, f: ctx.f.replace(/\b(?:hij|zij|ze|die) (wordt|is|gaat|blijft)\b/, `${fold(who)} $1`) };
  // ("bram aanjgr vreedzaam": the role misspelt.)
  ctx = { ...ctx, f: ctx.f.replace(/\b(?:aanjgr|aanjagr|aanjaer|aanjger)\b/g, "aanjager") };
  // ("maak mij aanjager van kansrijk", "kun je mij aanjager maken van vreedzaam?": the speaker, by name.)
  const selfAfter = /\b(?:mij|me|mezelf)\s+(?:tot\s+|als\s+)?(?:de\s+)?(?:aanjager|kartrekker|trekker|voorzitter|stuurgroeplid)\s+(?:(?:van|voor)\s+\S+\s+)?(?:maken|benoemen)\b/;
  const self = ctx.me && (/\b(?:maak|benoem|make|zet)\s+(?:mij|me|mezelf|myself)\b/.test(ctx.f) || selfAfter.test(ctx.f)) ? ctx.me : undefined;
  if (self) ctx = { ...ctx, f: ctx.f.replace(/\b(maak|benoem|make|zet)\s+(?:mij|me|mezelf|myself)\b/, `$1 ${fold(self)}`).replace(/\b(?:mij|me|mezelf)(?=\s+(?:tot\s+|als\s+)?(?:de\s+)?(?:aanjager|kartrekker|trekker|voorzitter|stuurgroeplid)\s+(?:(?:van|voor)\s+\S+\s+)?(?:maken|benoemen)\b)/, fold(self)) };
  const { f, question, w } = ctx;
  // ("Esther hoort voortaan bij Gezond in plaats van Kansrijk", "kun je me bij Gezond zetten ipv Kansrijk?": a kartrekker of
  // another pillar — shown first.)
  const pillarWords = w.pillars.map((p) => fold(p).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  const instead = String.raw`\s+(?:in plaats van|ipv|i p v|instead of)\s+(?:de\s+)?(?:pijler\s+)?(?:${pillarWords})\b`;
  const movesPillar = pillarWords
    ? f.match(new RegExp(String.raw`\b(\p{L}+)\s+(?:hoort|valt|zit|gaat)\s+(?:(?:voortaan|vanaf nu|nu|dan|weer|ook)\s+)*(?:bij|onder|naar)\s+(?:de\s+)?(?:pijler\s+)?(${pillarWords})${instead}`, "u")) ??
      f.match(new RegExp(String.raw`\b(?:zet|zetten)\s+(me|mij)\s+(?:(?:maar|even|voortaan)\s+)*(?:bij|onder)\s+(?:de\s+)?(?:pijler\s+)?(${pillarWords})(?:\s+zetten)?${instead}|\b(me|mij)\s+(?:bij|onder)\s+(?:de\s+)?(?:pijler\s+)?(${pillarWords})\s+zetten${instead}`, "u"))
    : null;
  if (movesPillar) {
    const said = movesPillar[1] ?? movesPillar[3];
    const pillar = w.pillars.find((p) => fold(p) === (movesPillar[2] ?? movesPillar[4]));
    const who = /^(me|mij)$/.test(said) ? ctx.me : peopleIn(said, w)[0]?.name;
    if (who && pillar) return { kind: "confirm", question: localText("understand.confirm", { what: `/rol @${who} kartrekker ${pillar}` }), text: `/rol @${who} kartrekker ${pillar}` };
  }
  // ("nieuwe stuurgroepleden: Lisa en Daan": each of them, shown first.)
  const newMembers = f.match(/^(?:wijkbot )?(?:nieuwe?|new) (?:stuurgroepleden|stuurgroeplid|stuurgroep leden|steering group members?)\s+(\p{L}+(?: (?:en|and|&)? ?\p{L}+){0,3})$/u);
  const members = newMembers ? newMembers[1].split(/\s+/).filter((x) => !/^(?:en|and|&)$/.test(x)).map((x) => peopleIn(x, w)[0]?.name) : [];
  if (members.length && members.every(Boolean) && !question) return members.length === 1 ? confirmCommand(`/rol @${members[0]} stuurgroep`) : confirmEach(members.map((name) => ({ text: `/rol @${name} stuurgroep` })));
  // ("Esther joins the steering group on behalf of Lefier": a member of the stuurgroep, in English.)
  const joins = f.match(/^(?:wijkbot )?(\p{L}+) (?:joins|will join|is joining|has joined) the (?:steering group|stuurgroep)\b/u);
  const joiner = joins ? peopleIn(joins[1], w)[0]?.name : undefined;
  if (joiner && !question) return { kind: "confirm", question: localText("understand.confirm", { what: `/rol @${joiner} stuurgroep` }), text: `/rol @${joiner} stuurgroep` };
  if (!ROLE_WORDS.test(f) && !/\b(trekker|stuurgroep lid|lid van de stuurgroep|board member|steering group member|in de stuurgroep|bij de stuurgroep|tot de stuurgroep)\b/.test(f)) return undefined;
  if (ASKS_INFO.test(f)) return undefined;
  const people = peopleOutsideActions(ctx);
  const selfAt = self ? f.split(" ").indexOf(fold(self).split(" ")[0]) : -1;
  if (self && !people.some((p) => p.name === self)) people.push({ name: self, at: selfAt, end: selfAt + fold(self).split(" ").length });
  const article = "(?:(?:de|het|onze|een|the|a|new|nieuwe|nieuw|tijdelijk|tijdelijke|interim|waarnemend|waarnemende)\\s+)*";
  // "Daan wordt per 1 maart aanjager", not "Daan wordt door de aanjager gebeld".
  const when = `(?:(?:vanaf|per|nu|voortaan|straks|dan|ook|officieel|gewoon|from|as of|\\d+|${MONTH_WORDS})\\s+){0,3}`;
  let person: Named | undefined;
  let role: string | undefined;
  let roleAt = 0;
  // (The name as typed: "Sanne" for Sanne de Vries.)
  const typedName = (p: Named) => (p.at >= 0 ? f.split(" ").slice(p.at, p.end).join(" ") : fold(p.name)).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const p of people) {
    const name = typedName(p);
    const patterns = [
      new RegExp(`\\b${name}\\s+(?:wordt|is nu|is voortaan|is vanaf nu|wordt vanaf nu|wordt voortaan|becomes|is now|will be)\\s+${when}${article}(${ROLE_PHRASE})\\b`),
      // ("Bram is vanaf vandaag ook aanjager Vreedzaam", "Lisa is per 1 maart kartrekker": from a day said.)
      new RegExp(`\\b${name}\\s+is\\s+(?:vanaf|per|sinds|met ingang van|as of|from)\\s+(?:vandaag|morgen|maandag|dinsdag|woensdag|donderdag|vrijdag|\\d{1,2}\\s+\\p{L}+|today|tomorrow|now)\\s+${when}${article}(${ROLE_PHRASE})\\b`, "u"),
      new RegExp(`\\b${name}\\s+gaat\\s+${when}${article}(${ROLE_PHRASE})\\b(?:\\s+(?:van|of|voor)\\s+\\S+)?\\s+(?:worden|doen)\\b`),
      new RegExp(`\\b${name}\\s+is\\s+(?:de|onze|the)\\s+(?:nieuwe|new)\\s+(${ROLE_PHRASE})\\b`),
      new RegExp(`^(?:wordt|will)\\s+${name}\\s+(?:nu\\s+|voortaan\\s+|be\\s+)?${article}(${ROLE_PHRASE})\\b`),
      new RegExp(`\\b${name}\\s+(?:tot\\s+|als\\s+)?${article}(${ROLE_PHRASE})\\b(?:\\s+(?:van|of|voor)\\s+\\S+)?\\s+(?:maken|benoemen|zetten)\\b`),
      // ("kun je Ahmed aanjager maken van vreedzaam", "bram aanjager vreedzaam": the verb after, or none at all.)
      new RegExp(`\\b${name}\\s+(?:tot\\s+|als\\s+)?${article}(${ROLE_PHRASE})\\s+(?:maken|benoemen)\\b`),
      new RegExp(`^(?:wijkbot\\s+)?${name}\\s+(${ROLE_PHRASE})\\s+(?:van\\s+|voor\\s+|bij\\s+)?\\p{L}+$`, "u"),
      new RegExp(`\\b(?:maak|benoem|zet|make|appoint|set)\\s+${name}\\s+(?:(?:maar|even|ook|nu|voortaan|gewoon|also)\\s+)*(?:tot|als|as|to)?\\s*${article}(${ROLE_PHRASE})\\b`),
      new RegExp(`\\b(?:nieuwe|new)\\s+(${ROLE_PHRASE})\\b(?:\\s+(?:van|of|voor)\\s+\\S+)?\\s+(?:is|wordt|:)\\s+${name}\\b`),
      new RegExp(`\\b(${ROLE_PHRASE})\\b(?:\\s+(?:van|of|voor)\\s+\\S+)?\\s+wordt\\s+${name}\\b`),
      // ("Esther gaat Sanne helpen met het aanjagen van Kansrijk", "Anouk neemt het aanjagen van Gezond van haar over", "Ingrid
      // neemt het voorzitterschap over": the work of the role taken on.)
      new RegExp(`\\b${name}\\s+(?:gaat|zal)\\s+(?:\\S+\\s+){0,2}?(?:helpen\\s+)?(?:met|bij)\\s+het\\s+(aanjagen)\\b`),
      new RegExp(`\\b${name}\\s+neemt\\s+(?:(?:per|vanaf|met ingang van|as of)\\s+\\S+\\s+|(?:nu|voortaan|straks|dan)\\s+)*(?:het|de)\\s+(aanjagen|aanjagerschap|voorzitterschap|voorzittershamer|voorzittersrol)\\b(?:\\s+\\S+){0,5}?\\s+over\\b`),
      // ("met ingang van vandaag draag ik het voorzitterschap over aan Ingrid": handed over to them.)
      new RegExp(`\\b(?:draag|draagt|dragen|geef|geeft)\\s+(?:\\S+\\s+){0,3}?(?:het|de|mijn)\\s+(aanjagen|aanjagerschap|voorzitterschap|voorzittershamer|voorzittersrol)\\b(?:\\s+\\S+){0,3}?\\s+(?:over\\s+)?aan\\s+${name}\\b`),
      // ("zou jij Daan naast mij ook aanjager van kansrijk willen maken?": with someone beside them, the verb after.)
      new RegExp(`\\b${name}\\s+(?:(?:naast|samen met|met)\\s+\\S+\\s+)?(?:(?:ook|nu|voortaan|dan|maar)\\s+)*(?:tot\\s+|als\\s+)?${article}(${ROLE_PHRASE})\\b(?:\\s+(?:van|of|voor|bij)\\s+\\S+)?\\s+(?:(?:willen|kunnen|gaan)\\s+)?(?:maken|benoemen)\\b`),
      ...rolePatternsOf(name, when, article),
    ];
    for (const re of patterns) {
      const m = f.match(re);
      if (m) {
        person = p;
        role = ROLE_OF.find(([r]) => r.test(m[1]))?.[1];
        roleAt = m.index ?? 0;
        break;
      }
    }
    if (person) break;
  }
  if (!person || !role) return undefined;
  // "Daan is de nieuwe trekker van de geldlessen": an action's owner, not a role.
  if (role === "kartrekker" && ctx.spans.some((s) => s.quality >= 2)) return undefined;
  // (The pillar said after the role, the first one: "Sanne wordt aanjager van Gezond en Lisa van Kansrijk".)
  const pillar = role === "aanjager" || role === "kartrekker" ? firstPillarSlotIn(f.slice(roleAt), w.pillars, /(van|voor|bij|in|of|for|pijler|pillar)/) ?? pillarSlotIn(f, w.pillars, /(van|voor|bij|of|for|pijler|pillar)/) ?? (role === "aanjager" || /\b(die|deze|dezelfde|zelfde|that|the same) (pijler|pillar)\b/.test(f.slice(roleAt)) ? findPillarWord(f, w.pillars) : undefined) : undefined;
  // ("maak sanne aanjager van gezond en kansrijk allebei": someone has one role of one pillar — which one? Asked, never half done.)
  const bothPillars = pillar && pillarWords ? f.slice(roleAt).match(new RegExp(String.raw`\b(?:van|voor|bij|in|of|for)\s+(?:de\s+)?(?:pijlers?\s+)?(${pillarWords})\s+(?:en|and|&)\s+(?:(?:van|voor|bij)\s+)?(?:de\s+)?(?:pijler\s+)?(${pillarWords})\b`)) : null;
  if (bothPillars && bothPillars[1] !== bothPillars[2] && (role === "aanjager" || role === "kartrekker")) {
    const named = [bothPillars[1], bothPillars[2]].map((x) => w.pillars.find((p) => fold(p) === x) ?? x);
    return { kind: "need-action", question: localText("understand.onePillarRole", { name: person.name, role, first: named[0], second: named[1] }), command: `rol @${person.name} ${role}` };
  }
  const command = `/rol @${person.name} ${role}${pillar ? ` ${pillar}` : ""}`;
  // ("joke stopt als aanjager, anouk wordt de nieuwe aanjager van gezond": someone else stepping down is said too — both shown
  // first, the one who stops going back to kartrekker.)
  // ("Vanaf vandaag is Daan aanjager van Kansrijk; Sanne gaat naar de stuurgroep": a second role in the same message — both, shown
  // first.)
  for (const p of people) {
    if (p.name === person.name) continue;
    const name = typedName(p);
    const m = [...rolePatternsOf(name, when, article), new RegExp(`\\b${name}\\s+gaat\\s+(?:(?:nu|voortaan|dan|ook)\\s+)*naar\\s+de\\s+(stuurgroep)\\b(?!\\s+(?:vergadering|van|op|vanavond|morgen|straks|vandaag)\\b)`)].map((re) => f.match(re)).find(Boolean);
    const second = m ? ROLE_OF.find(([r]) => r.test(m[1]))?.[1] : undefined;
    if (!m || !second) continue;
    const secondPillar = second === "aanjager" || second === "kartrekker" ? pillarSlotIn(f.slice(m.index), w.pillars, /(van|voor|bij|of|for|pijler|pillar)/) : undefined;
    return confirmEach([{ text: command }, { text: `/rol @${p.name} ${second}${secondPillar ? ` ${secondPillar}` : ""}` }]);
  }
  const stops = people.find((p) => p.name !== person!.name && new RegExp(`\\b${fold(p.name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+(?:stopt|is gestopt|houdt op|hoeft niet meer|is niet langer|is geen)\\s+(?:\\w+\\s+){0,2}(?:als\\s+)?(?:${ROLE_PHRASE})\\b`).test(f));
  // ("Henk stopt als voorzitter maar blijft lid": a chair who stops stays in the stuurgroep.)
  const stoppedChair = stops ? new RegExp(`\\b${fold(stops.name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+(?:stopt|is gestopt|houdt op|hoeft niet meer|is niet langer|is geen)\\s+(?:\\w+\\s+){0,2}(?:als\\s+)?(?:voorzitter|chair)\\b`).test(f) : false;
  if (stops) return confirmEach([{ text: `/rol @${stops.name} ${stoppedChair ? "stuurgroep" : "kartrekker"}` }, { text: command }]);
  // ("Anouk neemt het aanjagen van Gezond van haar over. Joke blijft wel kartrekker", "Ingrid neemt het voorzitterschap over van
  // Henk": the one it is taken from steps back — a kartrekker of the pillar, a member of the stuurgroep. Both shown first.)
  const esc = (name: string) => fold(name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const takesOver = new RegExp(`\\b${esc(person.name)}\\s+neemt\\b.*\\bover\\b`).test(f);
  const others = people.filter((p) => p.name !== person!.name);
  // ("Fatima wordt aanjager van Gezond. Joke stopt daarmee en blijft alleen in de stuurgroep als lid": back to the stuurgroep.)
  // ("Anouk is de nieuwe aanjager van Gezond, Joke stapt over naar de stuurgroep": moved to the stuurgroep.)
  const toBoard = others.find((p) => new RegExp(`\\b${esc(p.name)}\\s+(?:\\S+\\s+){0,3}?(?:blijft\\s+(?:(?:wel|gewoon|nog|dan|alleen|enkel)\\s+)*(?:in de stuurgroep|lid van de stuurgroep|stuurgroeplid)|(?:stapt|gaat)\\s+(?:(?:nu|dan|voortaan)\\s+)?(?:over\\s+)?naar\\s+de\\s+stuurgroep)\\b`).test(f));
  if (toBoard && role === "aanjager") return confirmEach([{ text: command }, { text: `/rol @${toBoard.name} stuurgroep` }]);
  // ("joke wil het afbouwen en blijft gewoon kartrekker bij gezond": with a clause between.)
  const stepsBack = others.find((p) => new RegExp(`\\b${esc(p.name)}\\s+(?:(?!blijft\\b)\\S+\\s+){0,5}?blijft\\s+(?:(?:wel|gewoon|nog|dan|als)\\s+)*(?:kartrekker|trekker|lid|stuurgroeplid)\\b`).test(f)) ??
    (takesOver ? others.find((p) => new RegExp(`\\bvan\\s+${esc(p.name)}\\b`).test(f)) ?? (/\bvan (?:haar|hem) over\b/.test(f) && others.length === 1 ? others[0] : undefined) : undefined);
  const back = stepsBack ? (role === "voorzitter" ? `/rol @${stepsBack.name} stuurgroep` : role === "aanjager" && pillar ? `/rol @${stepsBack.name} kartrekker ${pillar}` : undefined) : undefined;
  if (back) return confirmEach([{ text: command }, { text: back }]);
  // ("Sanne wordt aanjager van Gezond en Joke van Kansrijk": the same role for someone else, said with only the pillar — both,
  // shown first.)
  if (pillarWords && (role === "aanjager" || role === "kartrekker")) {
    for (const p of others) {
      const same = f.match(new RegExp(String.raw`\ben\s+${typedName(p)}\s+(?:van|voor|bij)\s+(?:de\s+)?(?:pijler\s+)?(${pillarWords})\b`, "u"));
      const secondPillar = same ? w.pillars.find((x) => fold(x) === same[1]) : undefined;
      if (secondPillar && secondPillar !== pillar) return confirmEach([{ text: command }, { text: `/rol @${p.name} ${role} ${secondPillar}` }]);
    }
  }
  // (Someone else named too, whose part was not read: never half done — shown first.)
  if (others.length && !question) return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command };
  // (Said with more than the role — another clause — or in the newer, looser words ("gaat namens de GGD in de stuurgroep
  // zitten"): shown first.)
  const looser = rolePatternsOf(typedName(person), when, article).some((re) => re.test(f));
  if ((/[,;.]\s*\S/.test(ctx.text.replace(/^\s*@?wijkbot[\s,:]*/i, "")) || looser) && !question) return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command };
  return runOrConfirm(command, question);
}

// ---------------------------------------------------------------------------------------
// Meetings: "plan een stuurgroep op 9 april 15:00 in het MFC", "vergadering is afgelopen, sluit maar af".

const MEETING = /\b(stuurgroep|stuurgroepvergadering|stuurgroepoverleg|vergadering|overleg|meeting|bijeenkomst)\b/;

/** The meeting itself, not any talk ("overleg met de school"). */
const THE_MEETING = "(?:stuur ?groep ?vergadering|stuurgroep|vergadering|meeting)";
const MEETING_OVER = new RegExp(
  `^(?:(?:we zijn klaar|dat was het|dank je wel|dank jullie wel|dank allen|bedankt allemaal)\\s+)?(?:\\S+\\s+){0,2}?(?:de\\s+|het\\s+|the\\s+|onze\\s+|our\\s+)?${THE_MEETING}\\b(?:\\s+\\S+){0,3}?\\s+(?:is|zijn|was|mag|kan|is nu|is bij deze)?\\s*(?:afgelopen|voorbij|klaar(?!\\s+(?:voor|for|om|in|met|to))|over(?=\\s*$|\\s+(?:sluit|close|dus|so|je|you|we|jullie|kun|kan|can))|afgesloten|gesloten|beeindigd|ended|done|finished)\\b|\\b(?:klaar met|einde van|done with|end of)\\s+(?:de|het|the|deze|this)\\s+${THE_MEETING}\\b`,
);
const MEETING_CLOSE = new RegExp(
  `\\b(?:sluit|close|wrap up)\\s+(?:(?:ik|we|wij|i|hierbij|bij deze)\\s+)*(?:de|het|the|deze|this)\\s+${THE_MEETING}\\b|\\b${THE_MEETING}\\b(?:\\s+\\S+){0,4}?\\s+(?:afsluiten|af sluiten|sluiten|closen|close)\\b`,
);

function readMeetingClose({ f, question, w }: Ctx): Understanding | undefined {
  // ("dank allen, we sluiten af", "dat was het voor vanavond, stuur de besluiten maar rond": said in the stuurgroep chat
  // without naming the meeting — shown first.)
  if (w.chatKind === "stuurgroep" && !question && !MEETING.test(f) && /\b(we sluiten (\w+ )?af|sluiten we (\w+ )?af|dat was (het|t) (dan )?(voor vanavond|voor vandaag|weer)|stuur (\w+ )?(de )?besluiten (\w+ )?(rond|door)|einde vergadering|we zijn klaar voor vanavond|we zijn klaar voor vandaag|we ronden (\w+ )?af|ronden we (\w+ )?af|dan ronden we af|we gaan afronden|we stoppen ermee voor vanavond)\b/.test(f)) {
    return { kind: "confirm", question: localText("understand.confirm", { what: "/vergadering afsluiten" }), text: "/vergadering afsluiten" };
  }
  if (!MEETING.test(f) || ASKS_INFO.test(f)) return undefined;
  if (/\b(gaat niet door|afgelast|afzeggen|afgezegd|verzet|verzetten|verplaats|verschuif|cancel|cancelled|canceled|postpone)\b/.test(f)) return undefined;
  // "vergadering is afgelopen, sluit maar af", "sluit de vergadering af", "we zijn klaar met de stuurgroep".
  const over = MEETING_OVER.test(f);
  const close = MEETING_CLOSE.test(f) || (over && /\b(sluit\b.*\baf|afsluiten|close)\b/.test(f));
  if (!over && !close) return undefined;
  return runOrConfirm("/vergadering afsluiten", question);
}

function readMeetingNew({ text, f, w, question }: Ctx): Understanding | undefined {
  // ("plan de volgende op donderdag 16 april, half vijf, in De Kiosk", said in the stuurgroep: the next meeting.)
  const nextOne = w.chatKind === "stuurgroep" && /^(?:wijkbot )?(?:plan|prik|zet)\s+(?:(?:maar|even|dan|alvast)\s+)*(?:de|een)\s+(?:volgende|nieuwe|extra)\s+(?:(?:maar|even|dan|alvast)\s+)*(?:op|voor)\b/.test(f);
  if ((!MEETING.test(f) && !nextOne) || ASKS_INFO.test(f)) return undefined;
  // The meeting is what is planned: "plan een stuurgroep", "stuurgroep inplannen", "nieuwe vergadering".
  const planned =
    /\b(plan|organiseer|beleg|schedule|prik|zet|maak|set up|book|boek|arrange)\s+(?:(?:ook|maar|even|nog|dan|graag|alvast)\s+)*(een |de |nog een |the |a |an )?(nieuwe |new |extra |volgende |next |laatste |eerste |last |first )?(stuurgroep|stuurgroepvergadering|stuurgroepoverleg|vergadering|meeting|bijeenkomst)\b/.test(f) ||
    /\b(stuurgroep|stuurgroepvergadering|vergadering|meeting|bijeenkomst)\s+(\S+\s+){0,6}?(plannen|inplannen|in plannen|organiseren|beleggen|prikken|vastleggen|scheduled|schedule|plan)\b/.test(f) ||
    /\b(nieuwe|extra|new) (stuurgroep|stuurgroepvergadering|vergadering|meeting)\b/.test(f) ||
    nextOne;
  // ("volgende stuurgroep na de voorjaarsvakantie: donderdag 11 maart 19:30 MFC Lewenborg", "laatste stuurgroep van het jaar:
  // 10 december 16:00": the meeting's day and hour announced after a colon — shown first.)
  // ("volgende vergadering donderdag 28 mei 19:30, MFC Lewenborg": the day said right after it, no colon.)
  const announced = !planned && /^\s*(?:@?wijkbot[\s,:]*)?(?:de\s+)?(?:volgende|laatste|eerste|extra|next|last|first)\s+(?:stuurgroep|stuurgroepvergadering|vergadering|meeting)\b(?:[^:?]{0,50}:\s*\S|\s+(?:is\s+|wordt\s+|op\s+)?(?=(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|monday|tuesday|wednesday|thursday|friday|\d{1,2})\b))/i.test(text);
  if (!planned && !announced) return undefined;
  if (/\b(verzet|verzetten|verplaats|verplaatsen|verschuif|verschuiven|uitstellen|gaat niet door|afgelast|afzeggen|cancel|postpone|reschedule)\b/.test(f)) return undefined;
  // (Announced: the date after the colon, with its hour — "na de voorjaarsvakantie" before it is no date of the meeting.)
  // (The colon that ends the announcement — not the one inside "19:30".)
  const colon = text.search(/:(?!\d)/);
  const offset = announced && colon >= 0 ? colon + 1 : 0;
  let found = findDateIn(text.slice(offset), w.now, w.region);
  // ("Wilt u de vergadering van 11 juni inplannen? Aanvang 19:30 uur", "… van 7 mei vastleggen? 15:00 bij WIJ": the day and the
  // hour said apart — read together.)
  const timeOnly = (phrase: string) => /^(?:om\s+|at\s+|aanvang\s+)?\d{1,2}(?::\d{2})?(?:\s*(?:uur|u))?$/i.test(phrase.trim());
  if (found && !announced) {
    const blanked = `${text.slice(offset, offset + found.start)}${" ".repeat(found.end - found.start)}${text.slice(offset + found.end)}`;
    const other = findDateIn(blanked, w.now, w.region);
    const hasTime = (d: NonNullable<typeof found>) => d.resolution.kind === "ok" && d.resolution.hasTime;
    const [day, time] = timeOnly(found.phrase) ? [other, found] : other && timeOnly(other.phrase) ? [found, other] : [undefined, undefined];
    if (day && time && !timeOnly(day.phrase) && !hasTime(day)) {
      const joined = `${day.phrase.replace(/^(?:op|on|van|for)\s+/i, "")} ${time.phrase.replace(/^(?:om|at)\s+/i, "")}`;
      const again = findDateIn(joined, w.now, w.region);
      if (again && again.phrase.length === joined.length) found = { ...again, start: day.start, end: day.end };
    }
  }
  if (!found || (announced && (found.resolution.kind !== "ok" || !found.resolution.hasTime))) return undefined;
  const date = { ...found, start: found.start + offset, end: found.end + offset };
  let when = date.phrase.replace(/^(?:op|on|om|at|voor|for)\s+/i, "");
  // "om half acht", "om 8 uur": a stuurgroep meets in the evening unless the morning is said — shown first.
  let evening = false;
  if (date.resolution.kind === "ok") {
    let p = localParts(date.resolution.date);
    const spokenClock = !/\d[:.]\d\d/.test(date.phrase) && !/\b(ochtend|ochtends|morgens|morning|am|a\.m\.|avond|avonds|middag|middags|evening|pm|p\.m\.)\b/i.test(text);
    if (date.resolution.hasTime && spokenClock && p.hour >= 7 && p.hour <= 11) {
      p = { ...p, hour: p.hour + 12 };
      evening = true;
    }
    when = `${p.day} ${MONTH_NAMES_NL[p.month - 1]} ${p.year}${date.resolution.hasTime ? ` ${p.hour}:${String(p.minute).padStart(2, "0")}` : ""}`;
  }
  // ("plan een extra stuurgroep in op …, in het MFC Lewenborg": the particle "in" of "inplannen" is no place — the first
  // that names something is.) A place said after the date comes first; before it, only in the date's own sentence ("we houden
  // het op de vaste donderdagavond. Plan de volgende op donderdag 23 april om 19:30 in MFC Lewenborg").
  const placeIn = (part: string) => [...part.matchAll(/(?:^|\s)(?:in|bij|at|op locatie|locatie|plek|place|location|op)\s*:?\s+(?:het\s+|de\s+|the\s+)?([^\s,.;!?][^,.;!?]*?)\s*(?=[,.;!?]|$)/giu)].find((m) => !/^(op|in|aan|om|te|de|het|een|er|nu|mee|graag|plannen|inplannen)$/i.test(m[1].trim()));
  const sentenceStart = Math.max(0, ...[". ", "! ", "? ", "\n"].map((end) => text.lastIndexOf(end, date.start) + end.length));
  const place = placeIn(text.slice(date.end)) ?? placeIn(text.slice(sentenceStart, date.start));
  // "nieuwe vergadering 16 april 19:30 MFC Lewenborg": a capitalised name right after the date.
  const right = text.slice(date.end).replace(/^[\s,;:–-]+/, "").match(/^(\p{Lu}[^,.;!?]*?)\s*(?:[,.;!?]|$)/u);
  let where = place ? place[1].replace(/\s+(graag|aub|svp|please|pls|alsjeblieft|a\.u\.b\.)$/i, "").trim() : "";
  // ("in De Kiosk": an article written with a capital is part of the name.)
  const capitalArticle = place ? place[0].slice(0, place[0].lastIndexOf(place[1])).match(/\b(De|Het)\s+$/)?.[1] : undefined;
  if (where && capitalArticle && /^\p{Lu}/u.test(where)) where = `${capitalArticle} ${where}`;
  if (!where && right && right[1].split(/\s+/).length <= 5) where = right[1].trim();
  // ("… op 23 april om 16 uur, wijkcentrum De Kiosk": a place after the comma, named by what it is or by a name.)
  const afterComma = text.slice(date.end).match(/^\s*[,;:–-]\s*([^,.;!?]+?)\s*(?:[,.;!?]|$)/u)?.[1];
  if (!where && afterComma && afterComma.split(/\s+/).length <= 6 && (/\b(wijkcentrum|buurthuis|buurtcentrum|mfc|school|bibliotheek|bieb|gemeentehuis|stadhuis|kantoor|online|teams|zoom|zaal|kantine)\b/i.test(afterComma) || /\s\p{Lu}/u.test(` ${afterComma}`)) && !/\b(graag|aub|please|pls|svp)\b/i.test(afterComma)) where = afterComma.trim();
  if (MEETING.test(fold(where)) || where.split(/\s+/).length > 8) where = "";
  // ("plan een stuurgroep in juni, donderdag 18 juni om 16:00": "in juni" says when, not where.)
  if (new RegExp(`^(?:${MONTH_NAMES_NL.join("|")}|de zomer|het voorjaar|het najaar|de herfst|de winter|\\d{4})$`, "i").test(where)) where = "";
  // ("plan de stuurgroep op 9 april": what time? The answer — "19:30, MFC Lewenborg" — is read with the day said.)
  if (date.resolution.kind === "ok" && !date.resolution.hasTime && !question) {
    return { kind: "read-as", question: localText("meeting.whatTime", { example: `${when} 19:30${where ? ` ${where}` : ""}` }), prefix: `plan de stuurgroep op ${when} om`, ...(where ? { suffix: `in ${where}` } : {}) };
  }
  return runOrConfirm(`/vergadering nieuw ${when}${where ? ` ${where}` : ""}`, question || evening || announced);
}

// ---------------------------------------------------------------------------------------
// Actions: delete, rename, pillar, age group.

/** The action meant among spans (like index.ts pickAction): the best one, or a choice. */
async function forAction(
  ctx: Ctx,
  spans: ActionSpan<IndexedAction>[],
  command: string,
  suffix: string,
  ref: (a: IndexedAction) => string = (a) => a.title,
): Promise<Understanding | undefined> {
  if (!spans.length) return undefined;
  const first = Math.min(...spans.map((s) => s.firstToken));
  const ranked = await ctx.w.rank(spans.slice(0, 30).map((s) => ({ action: s.action, score: matchStrength(s, first), exact: s.exact })));
  if (ranked.chosen) return runOrConfirm(`/${command} ${ref(ranked.chosen)}${suffix}`, ctx.question, ranked.chosen.id);
  if (!ranked.contenders.length) return undefined;
  const span = spans[0];
  return {
    kind: "choose",
    question: localText("action.choose", { query: ctx.text.slice(span.start, span.end) }),
    options: ranked.contenders.slice(0, 6).map((a) => ({ label: a.pillarName ? `${a.title} (${a.pillarName})` : a.title, text: `/${command} ${ref(a)}${suffix}`, pickActionId: a.id })),
  };
}

/** Saying to delete: the verb before the name ("verwijder het schoolontbijt", "gooi X weg") or after it ("X mag weg", "actie X weg, die staat dubbel"). */
const DELETE_VERB =
  /(?<![\p{L}\p{N}])(verwijder|verwijderen|wis|wissen|weggooien|weg gooien|gooi|haal|delete|remove|trash|(?:mag|kan|moet|mogen|kunnen|moeten)\s+(?:helemaal\s+|gewoon\s+|wel\s+)?(?:weg|eruit|verwijderd(?:\s+worden)?|gewist(?:\s+worden)?)|weg(?=\s*(?:[,;.!:]|$)))(?![\p{L}\p{N}])/giu;
const GAP_FILLER = /^(de|het|een|die|deze|dat|the|a|an|actie|action|maar|even|gewoon|ook|nu|wel|graag|aub|svp|please|pls|alsjeblieft|helemaal|je|jij|u|you|kun|kan|kunt|can|could|ok|oke|hoi|dus|dan)$/;

/** Words between two places of the text that carry meaning. */
function gapWords(text: string, from: number, to: number): number {
  if (to <= from) return 0;
  return fold(text.slice(from, to)).split(" ").filter((x) => x && !GAP_FILLER.test(x)).length;
}

async function readDelete(ctx: Ctx): Promise<Understanding | undefined> {
  const { text, f, spans, question } = ctx;
  if (ASKS_INFO.test(f)) return undefined;
  if (/\b(uit de groep|uit het team|uit het wijkteam|uit de app|vakantie|notitie|update|eigenaar|partner|deadline|owner)\b/.test(f)) return undefined;
  // (A "not" in the clause that deletes; "verwijder de actie kindteams, die komt niet meer terug" gives a reason after it.)
  const deleting = fold(text.split(/[,;.!?]/)[0] ?? text);
  if (/\b(niet|geen|nooit|not|don t|dont|never)\b/.test(deleting)) return undefined;
  const verbs = [...text.matchAll(DELETE_VERB)];
  if (!verbs.length) return undefined;
  // "haal"/"gooi" only with "weg" ("gooi de techniekdag weg"), not "haal de kinderen op".
  const usable = verbs.filter((v) => !/^(gooi|haal)$/i.test(v[1]) || /\bweg\b/.test(fold(text.slice(v.index! + v[0].length))));
  // The action named right next to the verb, at the start of what is said: "verwijder het schoolontbijt",
  // "het schoolontbijt mag weg" — not "de bankjes bij de speeltuin mogen weg".
  const named = spans.filter((s) =>
    usable.some((v) => {
      const start = v.index!;
      const end = start + v[0].length;
      const before = s.start >= end && gapWords(text, 0, start) <= 1 && gapWords(text, end, s.start) <= 1;
      // ("financiele educatie mag weg, is dubbel met de geldlessen": why the record is wrong, after a comma, is no part of it —
      // not "kindteams mag weg, doen we toch niet meer", which stops it.)
      const why = text.slice(end).match(/^[^,;.!?]*[,;.!?]\s+(.*)$/s)?.[1] ?? "";
      const clauseEnd = /\b(dubbel|duplicaat|bestaat al|staat er al|stond er al|per ongeluk|verkeerd aangemaakt|foutief|twee keer|2x|oude plan|oud plan)\b/i.test(why) ? text.slice(end).search(/[,;.!?]\s/) : -1;
      const after = s.end <= start && gapWords(text, 0, s.start) <= 2 && gapWords(text, s.end, start) <= 1 && gapWords(text, end, clauseEnd >= 0 ? end + clauseEnd : text.length) <= 3;
      return before || after;
    }),
  );
  // ("verwijder de actie techniekdag, daan regelt dat nu via school zelf": a person named only in the why after the comma, when the
  // verb and the name open the message, is no one the deletion is about.)
  const openedWith = named.some((s) => usable.some((v) => s.start >= v.index! + v[0].length && gapWords(text, 0, v.index!) <= 1 && gapWords(text, v.index! + v[0].length, s.start) <= 1) && !/[,;.!?]/.test(text.slice(0, s.end)));
  const people = openedWith ? peopleOutsideActions({ ...ctx, f: deleting }) : peopleOutsideActions(ctx);
  if (people.length && !named.some((s) => s.quality >= 2)) return undefined;
  if (!named.length) {
    if (/\b(verwijder|delete|remove)\b.*\b(actie|action)\b/.test(f) && !spans.length && !question) {
      return { kind: "need-action", question: localText("understand.whichAction"), command: "actie verwijder" };
    }
    return undefined;
  }
  return forAction(ctx, named, "actie verwijder", "");
}

/** A reference to an action that the rename command cannot split wrongly ("Veilig naar school"). */
function renameRef(a: IndexedAction): string {
  const separator = /\s*:\s+|\s+naar\s+|\s+to\s+/i;
  if (!separator.test(a.title)) return a.title;
  if (a.shortName && !separator.test(a.shortName)) return a.shortName;
  return a.title.split(separator)[0];
}

/**
 * Ways to say a rename: what comes before the old name, the separators between the old
 * name and the new title (the old name may itself hold one: "Veilig naar school").
 */
const RENAME_FORMS: { lead: RegExp; separator: RegExp }[] = [
  // ("hernoem 'X' naar: Y": a colon after the word.)
  { lead: /^(?:hernoem|rename)\s+(?:de\s+actie\s+|actie\s+|the\s+action\s+|my\s+|mijn\s+)?/iu, separator: /\s+(?:naar|in|tot|to|as)(?:\s+|\s*:\s*)/giu },
  { lead: /^(?:verander|wijzig|pas|change|update)\s+(?:de|the)\s+(?:naam|titel|name|title)\s+(?:van|of)\s+/iu, separator: /\s+(?:aan\s+)?(?:in|naar|to|into)\s+/giu },
  { lead: /^(?:de\s+|the\s+)?(?:naam|titel|name|title)\s+(?:van|of)\s+/iu, separator: /\s+(?:wordt voortaan|wordt|is nu|moet zijn|moet worden|becomes|should be|is now)\s+|\s*:\s+/giu },
  { lead: /^(?:noem|call)\s+/iu, separator: /\s+(?:voortaan|vanaf nu|from now on|maar|gewoon)\s+/giu },
  { lead: /^/u, separator: /\s+(?:heet|heten|is called|are called)\s+(?:nu|voortaan|vanaf nu|tegenwoordig|sinds kort|officieel|eigenlijk|now|from now on|officially)\s+/giu },
  { lead: /^/u, separator: /\s+(?:is|wordt)\s+(?:omgedoopt|hernoemd|renamed)\s+(?:tot|naar|in|to)\s+/giu },
  { lead: /^/u, separator: /\s+(?:hernoemen|omdopen|een andere naam geven)\s*(?:naar|in|tot|to|:)\s+/giu },
  // "huiskamer in de flat moet voortaan Huiskamer Lewenborg-Noord heten": the new name before the verb at the end.
  { lead: /^/u, separator: /\s+(?:moet|moeten|mag|gaat|gaan|zal)\s+(?:(?:voortaan|vanaf nu|nu|eigenlijk|gewoon|liever|dan)\s+)*(?=\S.*\s(?:heten|gaan heten|genoemd worden)[\s.!]*$)/giu },
];

async function readRename(ctx: Ctx): Promise<Understanding | undefined> {
  const { text, f, w } = ctx;
  if ((!/\b(hernoem|hernoemen|omdopen|rename|naam|titel|name|title|noem|call|heet|heten|called|omgedoopt|hernoemd|renamed)\b/.test(f) && !/\s(?:->|→|=>)\s/.test(text) && !/^\S+\s+naar\s+\p{Lu}/u.test(text.replace(/^\s*@?wijkbot[\s,:]*/i, ""))) || ASKS_INFO.test(f)) return undefined;
  // ("kan ik de techniekdag hernoemen naar Techniekfestival?": asking whether one may is asking for it — shown first.)
  const typed = text.trim().replace(/^(?:kun je|kan je|kunt u|wil je|zou je|kan ik|mag ik|kunnen we|mogen we|can you|could you|would you|can u|could u|can i|could i|please|pls|plz|graag|even|svp)\s+/i, "");
  // "pijler Gezond heet vanaf nu Gezond opgroeien", "hernoem de pijler Kansrijk naar …": the pillar, not an action with the word in its title.
  const pillarRename =
    // ("graag pijler Vreedzaam hernoemen, wordt Vreedzame wijk (zoals in het nieuwe plan)": asked first, the new name after.)
    typed.match(/^(?:@?wijkbot[\s,:]*)?(?:(?:graag|even|ff|kun je|kan je|wil je)\s+)*(?:de\s+)?(?:pijler|pillar)\s+(\S+)\s+(?:hernoemen|omdopen|renamen)\s*[,:;]?\s*(?:(?:die\s+|het\s+)?(?:wordt|naar|in|tot|to|moet worden|gaat heten|heet voortaan)\s+)(.+)$/iu) ??
    typed.match(/^(?:@wijkbot\s+)?(?:de\s+)?(?:pijler|pillar)\s+(.+?)\s+(?:heet|heten|wordt|is called)\s+(?:(?:nu|voortaan|vanaf nu|tegenwoordig|now|from now on)\s+)*(?:heten\s+)?(.+)$/iu) ??
    typed.match(/^(?:@wijkbot\s+)?(?:hernoem|rename)\s+(?:de\s+|the\s+)?(?:pijler|pillar)\s+(.+?)\s+(?:naar|in|tot|to)\s+(.+)$/iu) ??
    typed.match(/^(?:@wijkbot\s+)?(?:de\s+)?(?:pijler|pillar)\s+(.+?)\s+(?:hernoemen|omdopen|renamen)\s+(?:naar|in|tot|to)\s+(.+)$/iu) ??
    // ("pijler Gezond moet voortaan Gezondheid heten, zoals in het nieuwe plan": the new name before "heten".)
    typed.match(/^(?:@wijkbot\s+)?(?:de\s+)?(?:pijler|pillar)\s+(\S+)\s+(?:moet|mag|gaat|zal)\s+(?:(?:nu|voortaan|vanaf nu|dan|maar|eigenlijk)\s+)*(.+?)\s+(?:gaan\s+)?heten\b/iu);
  // ("Kansrijk heet vanaf dit jaar 'Kansrijk opgroeien', zo staat het …", "vreedzaam -> Vreedzaam en Veilig": a pillar's own name
  // first, then its new one — quoted, or to the end of the clause.)
  const pillars = w.pillars.map((p) => fold(p).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  const bare = pillarRename || !pillars ? null : fold(typed.replace(/^@?wijkbot[\s,:]*/i, "").split(/\s+/)[0] ?? "").match(new RegExp(`^(${pillars})$`)) ? typed.replace(/^@?wijkbot[\s,:]*/i, "").match(/^(\S+)\s*(?:->|→|=>|>|wordt|heet|gaat heten|naar(?=\s+\p{Lu}))\s+(?:(?:nu|voortaan|vanaf nu|vanaf dit jaar|vanaf volgend jaar|tegenwoordig|per \S+ \S+|per \S+)\s+)*(?:["“'‘]([^"”’']{2,60})["”'’]|([^,.;!?]{2,60}?))\s*(?:[,.;!?]\s*.*)?$/iu) : null;
  const bareRename = bare ? ([bare[0], bare[1], bare[2] ?? bare[3]] as const) : null;
  const pillar = pillarRename ? w.pillars.find((p) => fold(p) === fold(pillarRename[1])) : bareRename ? w.pillars.find((p) => fold(p) === fold(bareRename[1])) : undefined;
  if (bareRename && pillar && fold(bareRename[2]) !== fold(pillar) && !/^(klaar|bezig|gestopt|geparkeerd|een|de|het)\b/i.test(bareRename[2])) {
    const title = cleanTitle(bareRename[2]);
    if (title.length >= 2 && title.length <= 60) return confirmCommand(`/pijler hernoem ${pillar} naar ${title}`);
  }
  if (pillarRename && pillar) {
    // ("… (zoals in het nieuwe plan)": a remark in brackets is no part of the name.)
    // ("…, zo staat het in het nieuwe plan": a clause after a comma tells why, it is no part of the name.)
    const title = cleanTitle(pillarRename[2].replace(/\s*\([^)]*\)\s*/g, " ").split(/\s*[,;!?]\s+|\.\s+/)[0]);
    if (title.length >= 2 && title.length <= 60) return confirmCommand(`/pijler hernoem ${pillar} naar ${title}`);
  }
  const offset = text.indexOf(typed);
  for (const form of RENAME_FORMS) {
    const lead = typed.match(form.lead);
    if (!lead) continue;
    const oldStart = offset + lead[0].length;
    // Every separator is a possible end of the old name: the one after which the old name is named best wins.
    let best: { named: ActionSpan<IndexedAction>[]; oldEnd: number; sepLength: number } | undefined;
    for (const sep of typed.slice(lead[0].length).matchAll(form.separator)) {
      const oldEnd = oldStart + sep.index!;
      const oldText = text.slice(oldStart, oldEnd);
      if (/^(me|mij|mezelf|myself|ons|us)$/i.test(oldText.trim())) return undefined;
      // ("Vreedzaam gaat voortaan Vreedzaam en veilig heten": a pillar's own name, not an action with that word in its title.)
      // ("hernoem vreedzam naar Vreedzame wijk": a pillar's name typed one letter off is that pillar, when no action is called so.)
      const oldWord = fold(oldText).replace(/^(?:de |het )?(?:pijler |pillar )?/, "");
      const asPillar = w.pillars.find((p) => fold(p) === oldWord) ?? (locateActions(w.index, oldText).some((s) => s.exact) ? undefined : w.pillars.find((p) => fold(p).length >= 6 && !oldWord.includes(" ") && editDistance(oldWord, fold(p), 1) === 1));
      if (asPillar) {
        const title = cleanTitle(typed.slice(lead[0].length + sep.index! + sep[0].length).replace(/\s+(?:gaan\s+)?(?:heten|genoemd worden)[\s.!]*$/i, ""));
        if (title.length >= 2 && title.length <= 60 && fold(title) !== fold(asPillar)) return confirmCommand(`/pijler hernoem ${asPillar} naar ${title}`);
      }
      // The old name, found in the part before the separator only (the new title may name another action).
      const named = locateActions(w.index, oldText).map((s) => ({ ...s, start: s.start + oldStart, end: s.end + oldStart }));
      if (!named.length || contentWordsOutside(text, oldStart, oldEnd, named) > 2) continue;
      if (!best || named[0].quality > best.named[0].quality) best = { named, oldEnd, sepLength: sep[0].length };
    }
    if (!best) continue;
    const title = cleanTitle(text.slice(best.oldEnd + best.sepLength)).replace(/\s+(?:gaan\s+)?heten$|\s+genoemd worden$/i, "");
    if (title.length < 3 || title.length > 200) return undefined;
    return forAction(ctx, best.named, "actie hernoem", ` naar ${title}`, renameRef);
  }
  return undefined;
}

/** Words in [from, to) outside every span, articles and "actie" not counted. */
function contentWordsOutside(text: string, from: number, to: number, spans: ActionSpan<IndexedAction>[]): number {
  let rest = "";
  let at = from;
  for (const s of [...spans].filter((x) => x.start >= from && x.end <= to).sort((a, b) => a.start - b.start)) {
    if (s.start > at) rest += ` ${text.slice(at, s.start)}`;
    at = Math.max(at, s.end);
  }
  rest += ` ${text.slice(at, to)}`;
  return fold(rest).split(" ").filter((x) => x && !/^(de|het|een|the|a|actie|action|onze|mijn|die|deze)$/.test(x)).length;
}

function cleanTitle(raw: string): string {
  return raw
    .trim()
    .replace(/[\s?]+(?:graag|aub|a\.u\.b\.|svp|please|pls|alsjeblieft|alstublieft|bedankt|thanks|thx|dank je|dankjewel)[\s.!?]*$/i, "")
    // ("Watertappunt Ganzevoortsingel, plek is gekozen": a clause after the name says why, it is no part of it.)
    .replace(/(?:\s*[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}])+\s*$/u, "")
    .replace(/\s*[,;]\s+(?=\p{Ll})(?=[^,;]*\b(?:is|zijn|was|waren|heeft|hebben|wordt|worden|want|omdat|dus|vanwege|sinds)\b)[^,;]+$/u, "")
    // ("KIEM voorschools, die lange naam snapt niemand": a clause that opens with a word that points back says why.)
    .replace(/\s*[,;]\s+(?:die|dat|dit|deze|want|omdat|zo|dan|klinkt|past|mooier|beter|korter|duidelijker)\s[^,;]*$/u, "")
    .replace(/[\s?!]+$/, "")
    .replace(/^(.*[^.])\.$/, "$1")
    .replace(/^["'“‘]+|["'”’]+$/g, "")
    .trim();
}

/** A pillar named in a pillar's place: "pijler gezond", "gezond als pijler", "hoort bij kansrijk", "naar Vreedzaam". */
function pillarSlotIn(f: string, pillars: string[], lead: RegExp): string | undefined {
  for (const p of pillars) {
    const name = fold(p).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    if (!name) continue;
    const re = new RegExp(`\\b${lead.source}\\s+(?:de\\s+|het\\s+|the\\s+)?(?:pijler\\s+|pillar\\s+)?${name}\\b|\\b${name}\\s+(?:als|as)\\s+(?:de\\s+|the\\s+)?(?:pijler|pillar)\\b|\\b(?:pijler|pillar)\\s+(?:is|wordt|moet|naar|to|:)?\\s*${name}\\b`);
    if (re.test(f)) return p;
  }
  return undefined;
}

/** Of the pillars said in a slot, the one said first. */
function firstPillarSlotIn(f: string, pillars: string[], lead: RegExp): string | undefined {
  const at = (p: string) => {
    const name = fold(p).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return name ? f.search(new RegExp(`\\b${lead.source}\\s+(?:de\\s+|het\\s+|the\\s+)?(?:pijler\\s+|pillar\\s+)?${name}\\b`)) : -1;
  };
  return pillars.map((p) => ({ p, i: at(p) })).filter((x) => x.i >= 0).sort((a, b) => a.i - b.i)[0]?.p;
}

function findPillarWord(f: string, pillars: string[]): string | undefined {
  return pillars.find((p) => ` ${f} `.includes(` ${fold(p)} `));
}

/** The pillar as one word the command's parse (last word = pillar) can find again. */
function pillarWord(pillar: string, pillars: string[]): string {
  const words = pillar.split(/\s+/);
  if (words.length === 1) return pillar;
  const first = fold(words[0]);
  const unique = first.length >= 3 && pillars.filter((p) => fold(p).startsWith(first)).length === 1;
  return unique ? words[0] : pillar;
}

/** "voeg een pijler toe: Wonen en leefbaarheid", "nieuwe pijler Sport": shown first as /pijler nieuw. */
function readNewPillar(typed: string): Understanding | undefined {
  // ("nieuwe pijler erbij aub: Veiligheid": the please before the colon is no part of it.)
  const text = typed.replace(/\s+(?:aub|a\.u\.b\.?|graag|even|ff|please|pls)\s*:/i, ":");
  // ("voeg een pijler Wonen toe, daar komen de Lefier acties onder": the name between, the why after.)
  // ("voeg de pijler Veiligheid toe, hebben we net afgesproken": "de" before it too.)
  const between = text.match(/\b(?:voeg|zet)\s+(?:een\s+|nog een\s+|de\s+)?(?:nieuwe\s+)?pijler\s+["“'‘]?(\p{Lu}[^"”’?,.;]{1,40}?)["”'’]?\s+(?:toe|erbij|bij)\b/iu)?.[1];
  if (between) return { kind: "confirm", question: localText("understand.confirm", { what: `/pijler nieuw ${between}` }), text: `/pijler nieuw ${between}` };
  // ("we nemen er een pijler bij: Meedoen", "er komt een pijler bij: Wonen": the name after the colon.)
  // ("we krijgen er een vierde pijler bij, Wonen. wil je die aanmaken?": after a comma too.)
  const added = text.match(/\b(?:nemen|neem|komt|komen|krijgen|gaan)\s+(?:we\s+)?(?:er\s+)?(?:een\s+|nog een\s+)?(?:nieuwe\s+|extra\s+|vierde\s+|vijfde\s+)?pijler\s+(?:bij|erbij)\s*[:,]\s*["“'‘]?(\p{L}[^"”’?,.;]{1,40}?)["”'’]?[\s.!]*(?:[,.;].*)?$/iu)?.[1];
  if (added) return { kind: "confirm", question: localText("understand.confirm", { what: `/pijler nieuw ${added}` }), text: `/pijler nieuw ${added}` };
  const m = text.match(/\b(?:nieuwe pijler|pijler (?:toevoegen|aanmaken|erbij|maken)|voeg (?:een |nog een )?(?:nieuwe )?pijler toe|maak (?:(?:ff|even|graag|maar) )*(?:een |nog een )?(?:nieuwe )?pijler(?: aan)?|new pillar|add (?:a |another )?(?:new )?pillar)\b\s*(?::|genaamd|met de naam|called|named)?\s*["“'‘]?([^"”’?]{2,60}?)["”'’]?\s*(?:aanmaken|maken|toevoegen|erbij|aan)?\s*[.!?]*$/iu);
  // ("maak een nieuwe pijler Meedoen aan": the end of the split verb is no part of the name.)
  // ("maak een nieuwe pijler Veiligheid aan, daar komen …", "nieuwe pijler 'Meedoen' toevoegen aub, zoals vanavond besloten":
  // the name, without the verb's end and what is said after it.)
  const trimmed = text.match(/\b(?:nieuwe pijler|pijler|new pillar)\s+["“'‘]?(\p{Lu}[\p{L}\p{N} &-]{1,40}?)["”'’]?\s+(?:aan|toe|toevoegen|aanmaken|erbij)?\b[\s,]*(?:aub|graag|please|pls)?\s*(?:[,;.]\s*\S.*)?$/u)?.[1];
  if (m && trimmed && /\b(?:maak|voeg|nieuwe pijler|new pillar|aanmaken|toevoegen)\b/i.test(text) && /[,;.]\s*\S/.test(text.slice(text.indexOf(trimmed) + trimmed.length))) return { kind: "confirm", question: localText("understand.confirm", { what: `/pijler nieuw ${trimmed}` }), text: `/pijler nieuw ${trimmed}` };
  // ("add a pillar called Participatie please": the politeness after the name is no part of it.)
  const name = m?.[1]?.trim().replace(/^(toe|aan|erbij)\s*:?\s*/i, "").replace(/[\s,]+(?:aub|a\.u\.b\.?|graag|please|pls|svp|alsjeblieft|thanks|dank je)[\s.!]*$/i, "").replace(/\s+(?:aan|toe|erbij)$/i, (tail) => (/\b(maak|voeg)\b/i.test(text) ? "" : tail));
  if (!name || /^(toe|aan|erbij|maken|toevoegen)$/i.test(name)) return undefined;
  const command = `/pijler nieuw ${name}`;
  return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command };
}

async function readPillar(ctx: Ctx): Promise<Understanding | undefined> {
  const { text, f, spans, w } = ctx;
  if (ASKS_INFO.test(f) || ROLE_WORDS.test(f) || !spans.length) return undefined;
  const explicit = /\b(pijler|pillar|opgave|spoor)\b/.test(f);
  // ("zomerkamp verhuist van vreedzaam naar kansrijk", "past beter bij gezond, kun je m verplaatsen", "zomerkamp terug naar vreedzaam".)
  const belongs = /\b(hoort|horen|hoort eigenlijk|valt|vallen|belongs|falls|verplaats|verplaatsen|verhuis|verhuizen|verhuist|zet|zetten|move|put|onderbrengen|onder brengen|hangt|past|passen|terug|overhevelen|overzetten)\b/.test(f);
  if (!explicit && !belongs) return undefined;
  const pillar = pillarSlotIn(f, w.pillars, /(pijler|pillar|opgave|spoor|onder|bij|naar|under|to|in)/);
  if (!pillar) return undefined;
  if (!explicit && !/\b(hoort|horen|valt|vallen|belongs|falls|verplaats|verplaatsen|verhuis|verhuizen|verhuist|move|onderbrengen|onder brengen|hangt|overhevelen|overzetten)\b.*\b(onder|bij|naar|under|to|in)\b|\b(zet|zetten|put)\b.*\b(onder|under)\b|\b(?:past|passen)\s+(?:\w+\s+){0,2}(?:beter|meer|eerder)\s+bij\b|\bterug\s+naar\b/.test(f)) return undefined;
  // Not a status, a deadline or a note in disguise.
  if (STATUS_WORDS.some((s) => s.pattern.test(f)) || findDateIn(text, w.now, w.region)) return undefined;
  const pillarName = fold(pillar);
  const named = spans.filter((s) => fold(text.slice(s.start, s.end)) !== pillarName && !fold(text.slice(s.start, s.end)).split(" ").every((x) => pillarName.split(" ").includes(x) || /^(pijler|pillar)$/.test(x)));
  // ("speeltuin kastanjelaan en de huiskamer in de flat horen allebei bij Wonen": two actions, each named clearly — both, shown
  // first.)
  if (/\b(allebei|beide|both|horen|vallen|moeten)\b/.test(f)) {
    const clear = named.filter((s) => s.exact || s.quality >= 2).sort((a, b) => a.start - b.start);
    const groups: ActionSpan<IndexedAction>[][] = [];
    for (const s of clear) {
      const last = groups[groups.length - 1];
      if (last && s.start < Math.max(...last.map((x) => x.end))) last.push(s);
      else groups.push([s]);
    }
    const best = groups.map((g) => g.sort((a, b) => b.quality - a.quality)).filter((g) => g.length === 1 || g[0].quality > g[1].quality).map((g) => g[0]);
    if (groups.length === 2 && best.length === 2 && best[0].action.id !== best[1].action.id && / (?:en|and|&) /.test(text.slice(best[0].end, best[1].start))) {
      return confirmEach(best.map((s) => ({ text: `/actie pijler ${s.action.title} ${pillarWord(pillar, w.pillars)}`, pickActionId: s.action.id })));
    }
  }
  return forAction(ctx, named, "actie pijler", ` ${pillarWord(pillar, w.pillars)}`);
}

const AGE_GROUPS: [RegExp, string][] = [
  [/(?<![\p{L}\p{N}])(0\s*-\s*4|0\s*(?:tot|t\/m|tm)\s*4)(?:\s*jaar)?(?![\p{L}\p{N}])|\b(peuters?|baby'?s|babies|dreumesen|jonge kind(?:eren)?|het jonge kind|voorschoolse? kinderen|toddlers|under 4s?|onder de 4)\b/iu, "0-4"],
  [/(?<![\p{L}\p{N}])(4\s*-\s*12|4\s*(?:tot|t\/m|tm)\s*12)(?:\s*jaar)?(?![\p{L}\p{N}])|\b(basisschool(?:kinderen|leerlingen|leeftijd|jeugd)?|kinderen van 4 tot 12|primary school(?: kids| children)?)\b/iu, "4-12"],
  [/(?<![\p{L}\p{N}])(12\s*\+|12\s*plus|12\s*jaar en ouder|twaalf plus)(?![\p{L}\p{N}])|\b(jongeren|tieners|pubers|teens|teenagers|young people|middelbare scholieren|middelbare school)\b/iu, "12+"],
  [/\b(iedereen|algemeen|alle leeftijden|alle leeftijdsgroepen|jong en oud|everyone|everybody|all ages|general)\b/iu, "algemeen"],
];

async function readAgeGroup(ctx: Ctx): Promise<Understanding | undefined> {
  const { text, f, spans } = ctx;
  if (ASKS_INFO.test(f) || !spans.length) return undefined;
  const lower = text.toLowerCase();
  const hits: { group: string; start: number; end: number }[] = [];
  for (const [re, group] of AGE_GROUPS) {
    const global = new RegExp(re.source, "giu");
    for (const m of lower.matchAll(global)) hits.push({ group, start: m.index!, end: m.index! + m[0].length });
  }
  // ("Beweegmiddag peuters: het is voor 4-12": a group word inside a name that reaches beyond it is part of the name, when a group
  // is said outside it too.)
  const inName = (h: { start: number; end: number }) => spans.some((s) => s.start <= h.start && h.end <= s.end && s.end - s.start > h.end - h.start);
  if (hits.some((h) => !inName(h))) hits.splice(0, hits.length, ...hits.filter((h) => !inName(h)));
  if (!hits.length) return undefined;
  hits.sort((a, b) => a.start - b.start);
  // "is eigenlijk 12+ en niet 4-12": the group it is not is no choice.
  const all = [...hits];
  const notGroup = (h: { start: number }) => /\b(niet|not|geen|no)\s+(voor\s+|for\s+)?$/.test(lower.slice(Math.max(0, h.start - 12), h.start));
  if (hits.some(notGroup) && !hits.every(notGroup)) hits.splice(0, hits.length, ...hits.filter((h) => !notGroup(h)));
  const explicit = /\b(doelgroep|leeftijd|leeftijdsgroep|leeftijdscategorie|age group|agegroup|audience|target group)\b/.test(f);
  // "… is (eigenlijk) voor 12+": the age group ends the sentence.
  const tail = lower.slice(hits[0].start - 40 < 0 ? 0 : hits[0].start - 40, hits[0].start);
  // "is eigenlijk voor ouders van kinderen 4-12", "is eigenlijk 12+".
  // ("ouderavond mediawijsheid hoort bij 12+": belongs with that age group.)
  const forAge = /\b(voor|for|op|gericht op|bedoeld voor|aimed at|hoort bij|valt onder)\s+(de\s+|het\s+|alle\s+|the\s+)?((ouders|kinderen|jongeren|peuters|tieners|leerlingen|children|kids|parents|pupils)\s+(van\s+|of\s+)?)*$|\b(is|zijn|are)\s+(eigenlijk\s+|nu\s+|voortaan\s+|actually\s+)?$/.test(tail);
  const afterLast = fold(text.slice(all[all.length - 1].end)).replace(/\b(jaar|years?|oud|eigenlijk|hoor|dus|toch|nu|voortaan|graag|aub|please|en|of|and|or|alleen|vooral|ook)\b/g, "").trim();
  const statement = /\b(is|zijn|wordt|worden|moet|moeten|is eigenlijk|bedoeld|gericht|voor|for|is for|aimed|hoort|valt)\b/.test(f);
  if (!explicit && !(forAge && statement && !afterLast)) return undefined;
  if (STATUS_WORDS.some((s) => s.pattern.test(f)) && !explicit) return undefined;
  if (/\b\d+\s+(kinderen|jongeren|ouders|deelnemers|peuters|tieners)\b/.test(f)) return undefined;
  // ("doelgroep 4-12 en partner OBS De Zonnewijzer", "X doet mee als partner en het is voor alle leeftijden": another field said
  // too — never the age group alone; the two are read together elsewhere.)
  if (/\b(partner|partners|deadline|einddatum|eigenaar|eigenaren|bereik|bereikt|budget|begroot|besteed|uitgegeven|pijler)\b/.test(f)) return undefined;
  // ("…, valt onder vreedzaam, voor de 12+": a pillar's name alone is the pillar, not the action whose title starts with it.)
  const named = spans.filter((s) => !hits.some((h) => s.start < h.end && h.start < s.end) && !ctx.w.pillars.some((p) => fold(p) === fold(text.slice(s.start, s.end))));
  if (!named.length) return undefined;
  const groups = [...new Set(hits.filter((h) => h.start >= named[0].end || explicit).map((h) => h.group))];
  if (!groups.length) return undefined;
  if (groups.length === 1) {
    const set = await forAction(ctx, named, "actie doelgroep", ` ${groups[0]}`);
    // "huiswerkbegeleiding doelgroep wordt 12+, de brugklassers komen ook": why, after a comma, is kept as a note — both shown first.
    // ("… mag op 0-4, er komen vooral moeders met peuters": a word for the same age group in the reason is part of it.)
    const valueHit = all.find((h) => h.group === groups[0] && (h.start >= named[0].end || explicit)) ?? all[all.length - 1];
    // (Not when the age group is said again as such: "… voor alle leeftijden, doelgroep mag op algemeen".)
    const reasonStart = /^\s*(?:jaar\s*)?[,;.]/i.test(text.slice(valueHit.end)) && all.every((h) => h === valueHit || h.start < valueHit.start || h.group === groups[0]) && !/\b(doelgroep|leeftijd\w*|algemeen|age group|\d+\s*(?:-|tot|t\/m)\s*\d+|\d+\s*\+|\d+ ?plus)\b/i.test(text.slice(valueHit.end)) ? valueHit.end : all[all.length - 1].end;
    const why = text.slice(reasonStart).match(/^\s*(?:jaar\s*)?[,;.]\s*(?:(?:want|omdat|ivm|dus)\s+)?(.{6,}?)[\s.!]*$/i)?.[1];
    if (why && set && (set.kind === "run" || set.kind === "confirm") && set.pickActionId && why.split(/\s+/).length >= 3) {
      const title = set.text.replace(/^\/actie doelgroep\s+/, "").replace(new RegExp(`\\s+${groups[0].replace(/[+]/g, "\\+")}$`), "");
      const note = `/actie update ${title}: ${why}`;
      return { kind: "confirm", question: localText("understand.confirmAll", { lines: [set.text, note].map((line) => `- ${line}`).join("\n") }), text: set.text, pickActionId: set.pickActionId, then: [{ text: note, pickActionId: set.pickActionId }] };
    }
    return set;
  }
  // "zomerkamp is voor 12+ en 4-12": one group per action; ask which (or algemeen).
  const picked = await forAction(ctx, named, "actie doelgroep", "");
  if (!picked || (picked.kind !== "run" && picked.kind !== "confirm") || !picked.pickActionId) return picked;
  const actionId = picked.pickActionId;
  const options = [...groups.filter((g) => g !== "algemeen"), "algemeen"];
  return {
    kind: "choose",
    question: localText("age.group"),
    options: options.map((g) => ({ label: g, text: `${picked.text} ${g}`, pickActionId: actionId })),
  };
}

function clean(phrase: string): string {
  return phrase.replace(/\s+/g, " ").trim();
}
