import { fold } from "../parse/text.ts";
import type { CommandRouter } from "../core/router.ts";
import type { ActionNameIndex } from "../action-names/match-actions.ts";
import type { IndexedAction } from "../action-names/action-index.ts";
import { locateActions, type ActionSpan } from "../action-names/locate-action.ts";
import type { Ranked } from "../action-names/rank-actions.ts";
import { localText, type LocalText } from "../i18n/index.ts";
import { isQuestion, isTagQuestion } from "./question.ts";
import { findDateIn } from "./find-date.ts";
import type { SchoolRegion } from "../parse/school-holidays.ts";
import type { Recurrence } from "../parse/recurrence.ts";
import { suggestCommands } from "./suggest.ts";
import { confirmCommand, confirmEach, expandShorthand, itemNumbersInDigits, numberWordsToDigits, run, spokenDates, spokenRepairs } from "./helpers.ts";
import { asksToPutInHoliday, readAdmin, saysAwayOrBack, setsAbsence } from "./read-admin.ts";
import { readChange } from "./read-change.ts";
import { FOR_THE_MINUTES, RECORD_AT_ITEM, markedDecision, readAgendaByNumber, readAgendaItem, readAgreement, readDecision, readNewAction, shortAgreement } from "./read-new.ts";
import { readHowTo } from "./read-howto.ts";
import { decisionAtNamedItem, forNamedMeeting, bareItemNumbers, withPlaceAfterAccept, readAgendaByName, readAgendaOrder, readDatePollVote, readDatePollVoteByDate } from "./read-agenda.ts";
import { reminderNamedIn, REMOVAL, readReminder } from "./read-reminder.ts";
import { readQuery, actionInfo } from "./read-query.ts";
import { TAKE_BACK } from "./follow-up.ts";
import { SEASON_WISHES, withoutSmallTalk } from "./small-talk.ts";
import { readShift } from "./shift.ts";

/** What the reader of free text needs to know of the wijk and the moment. */
/** One of the sender's reminders: its number, text, next time, who gets it and how it repeats. */
export interface OwnReminder {
  number: number;
  text: string;
  next?: Date;
  target?: "maker" | "group" | { name: string };
  recurrence?: Recurrence;
}

export interface UnderstandWorld {
  now: Date;
  /** The wijk's school-holiday region, for "na de kerstvakantie". */
  region?: SchoolRegion;
  isDirect: boolean;
  router: CommandRouter;
  index: ActionNameIndex<IndexedAction>;
  /** Ranks candidate actions for the sender (open before closed, their own first). */
  rank(candidates: { action: IndexedAction; score: number; exact: boolean; shortNamed?: boolean }[]): Promise<Ranked<IndexedAction>>;
  people: { displayName: string }[];
  /** The sender, when they are known in the wijk. */
  sender?: { displayName: string };
  /** The sender's language for the answer (Dutch when unknown). */
  senderLanguage?: string;
  /** What a change needs to know of an action now (adding an owner, adding to what was spent). */
  details(actionId: string): Promise<ActionDetails>;
  /** The kind of group chat the message came from ("stuurgroep", …); none in a direct chat. */
  chatKind?: string;
  /** When the wijk's meetings still to come start, the next first ("zet op de agenda van 12 maart"). */
  upcomingMeetings?(): Promise<Date[]>;
  /** The next meeting's agenda items, numbered as /agenda shows them. */
  agendaItems?(): Promise<{ number: number; text: string; status: string; proposer?: string }[]>;
  /** The sender's own pillar, if they have one. */
  senderPillar?(): Promise<string | undefined>;
  /** The agenda of the meeting a decision typed now belongs to (the one on or just past), numbered as /besluit takes them. */
  decisionItems?(): Promise<{ number: number; text: string; status: string }[]>;
  /** When the wijk's next meeting starts ("de dag voor de vergadering"). */
  nextMeeting?(): Promise<Date | undefined>;
  /** The sender's own open actions, as /acties mijn lists them. */
  ownActions?(): Promise<{ id: string; title: string; pillarName: string | null }[]>;
  /** The sender's own reminders, numbered as /herinneringen shows them. */
  reminders?(): Promise<OwnReminder[]>;
  /** The options of the wijk's open date poll, numbered as its card shows them (none when no poll is open). */
  pollOptions?(): Promise<{ number: number; startsAt: Date; mine?: boolean }[]>;
  pillars: string[];
  organisations: string[];
}

export interface ActionDetails {
  ownerNames: string[];
  reachReached: number | null;
  spentCents: number | null;
  plannedCents: number | null;
  /** Whether the action has a deadline to move ("een week later"). */
  hasDeadline?: boolean;
  /** Its status now ("klaar", "bezig", "gestopt", "geparkeerd", "gepland"). */
  status?: string;
}

/** What a free-text message means. Every change runs as the slash command it stands for. */
export type Understanding =
  | { kind: "run"; text: string; pickActionId?: string; note?: string }
  /** A change read from a question: ask first ("Bedoel je: … ? (ja/nee)"). */
  | { kind: "confirm"; question: LocalText; text: string; pickActionId?: string; note?: string; then?: { text: string; pickActionId?: string }[] }
  /** Several actions fit about as well: ask which, by number or name. */
  | { kind: "choose"; question: LocalText; options: { label: string | LocalText; text: string; pickActionId?: string; note?: string; then?: { text: string; pickActionId?: string }[] }[] }
  /** A change without an action name: ask which; the next message names it. */
  /** (`options`: the sender's own open actions, offered by number; a name typed works as well.) */
  | { kind: "need-action"; question: LocalText; command: string; pickActionId?: string; then?: string; options?: { label: string; text: string; pickActionId: string }[] }
  | { kind: "say"; text: LocalText }
  /** A question whose answer is a whole sentence, read as free text after `prefix` ("Wat is de nieuwe actie?" → "nieuwe actie: …"). */
  | { kind: "read-as"; question: LocalText; prefix: string; suffix?: string };

/** Besides the action's name and the number: nothing, or words that say only that it is a total now. */
const BARE_NUMBER = /^(?:(?:nu|al|totaal|in totaal|inmiddels|staat op|op|is|zijn|van)\s+)*(?:(€|eur|euro)\s*)?(\d{1,3}(?:[.]\d{3})+(?:,\d{1,2})?|\d{1,6}(?:,\d{1,2})?)(?:\s*(€|eur|euro|euros|euro's|euro s))?(?:\s+(?:nu|totaal|in totaal|inmiddels|graag))*$/;

/**
 * "zomerkamp 1850", "huiskamer € 750": one action and a bare number — its reach, or an amount? Asked, with what it can be
 * offered by number (an amount: spent or planned).
 */
function bareNumberOf(text: string, spans: ActionSpan<IndexedAction>[]): Understanding | undefined {
  const span = spans.find((s) => s.exact || s.quality >= 1.25);
  if (!span || spans.some((s) => s !== span && s.action.id !== span.action.id && s.quality >= span.quality - 0.5)) return undefined;
  // (Read as typed, not folded: "84,50" is an amount, "23/4" a date.)
  const rest = `${text.slice(0, span.start)} ${text.slice(span.end)}`.replace(/€/g, " euro ").replace(/^\s*@?wijkbot\b/i, " ").toLowerCase().replace(/[:!?;]+/g, " ").replace(/\s+/g, " ").replace(/[,.]\s*$/, "").trim();
  const found = rest.match(BARE_NUMBER);
  if (!found) return undefined;
  const value = found[2];
  const money = Boolean(found[1] || found[3]) || /,\d/.test(value);
  const title = span.action.title;
  const id = span.action.id;
  const amount = (key: "spent" | "planned") => ({ label: localText(`understand.reading.number${key === "spent" ? "Spent" : "Planned"}` as never, { value }), text: `/actie budget ${title} ${key === "spent" ? "besteed" : "begroot"} ${value}`, pickActionId: id });
  const counts = money ? [] : [
    { label: localText("understand.reading.numberReached" as never, { value }), text: `/actie bereik ${title} ${value}`, pickActionId: id },
    { label: localText("understand.reading.numberIntended" as never, { value }), text: `/actie bereik ${title} beoogd ${value}`, pickActionId: id },
  ];
  return { kind: "choose", question: localText("understand.reading.which", { title }), options: [...counts, amount("spent"), amount("planned")] };
}

const THANKS_WORD = "dank( je| u)?( wel)?|bedankt|thanks|thank you|thx|tnx|merci|top|super|mooi|prima|fijn|perfect|geweldig|👍|🙏|oke|ok|oké|helder|duidelijk|dankjewel|dankuwel|heel fijn|topper|toppie|great|nice|cheers";
/** "top dank je", "ok thanks!", "super, bedankt wijkbot 👍": thanks, in any order. */
const THANKS = new RegExp(`^(${THANKS_WORD})([\\s!.,]*(${THANKS_WORD}|wijkbot|hoor|man|joh|he|!|👍|🙏|💪|😊|🙂))*[\\s!.]*$`, "u");
/** The words around a question someone only says they have: "ik vraag me af", "ik weet niet", "graag verneem ik", "I wonder". */
const EMBEDDED_QUESTION = new RegExp(
  String.raw`^\s*(?:@?wijkbot[\s,:]*)?(?:(?:hoi|hallo|hey|goedemorgen|goedemiddag|beste wijkbot|ik noteer even dat|even een vraag|vraagje|sorry|excuses)[\s,:!.]+)*` +
    String.raw`(?:ik (?:vraag|vroeg) me (?:eigenlijk |even |nou |toch )*af|ik weet (?:eigenlijk |echt |even |nu |dus )*niet(?: meer| precies| goed| zeker)*|ik ben (?:even |eigenlijk )*vergeten|` +
    String.raw`ik (?:graag |eigenlijk |even )*(?:zou|wil|wou) (?:graag |eigenlijk |even |wel |nog )*(?:willen |even )*weten|graag (?:zou ik (?:willen )?weten|verneem ik|hoor ik|wil ik weten)|` +
    String.raw`(?:kun|kunt|kan|wil|wilt|zou) (?:u|je|jij) (?:mij |me )?(?:even |misschien |ook )*(?:aangeven|vertellen|laten weten|zeggen|uitleggen|melden)|` +
    String.raw`weet (?:jij|je|u|iemand)(?: misschien| toevallig| ook| nog)*|i (?:wonder|was wondering|don t know|dont know|forgot)|i(?: d| would) like to know|i want to know|(?:can|could) you tell me|do you know)` +
    String.raw`\s+(of|wie|wat|wanneer|waar|waarom|welke|welk|hoe|hoeveel|hoelang|whether|if|who|what|when|where|which|how|why)\s+(\S.{2,})$`,
  "i",
);
/** Words of the work that dictation tends to split ("stuur groep"); the wijk's own action words are added from its index. */
const DICTATION_COMPOUNDS = new Set([
  "stuurgroep", "werkgroep", "kartrekker", "kartrekkers", "coordinator", "agendapunt", "agendapunten", "vergadering", "herinnering",
  "herinneringen", "weekoverzicht", "buurthuis", "wijkcentrum", "ouderavond", "huiswerk", "kinderraad", "schoolplein", "deadline",
]);
/** "kun je daar een actie van maken", "zet er nog een actie bij", "als nieuwe actie vastleggen": a new action asked for. */
const NEW_ACTION_ASKED = /\b(?:een|n|als|die|dat|het) (?:nieuwe )?actie (?:van )?(?:maken|aanmaken|toevoegen|vastleggen|zetten|erbij zetten|erin zetten|opvoeren)\b|\b(?:maak|maken|make) (?:er|daar|hier|daarvan|that) (?:maar |even |dan |graag |a |an )?(?:een |n )?(?:nieuwe |new )?(?:actie|action) (?:van|of)\b|\b(?:zet|voeg) (?:er|je) (?:nog |ook )?(?:een |die )?(?:nieuwe )?actie (?:bij|erin|toe|aan)\b|\ber (?:nog |ook )?(?:een )?(?:nieuwe )?actie (?:bij|erbij) (?:zetten|maken|doen|aanmaken)\b|\bkan (?:er|daar|daarvoor|hiervoor) (?:ook |niet )?(?:een )?(?:nieuwe )?actie (?:voor )?(?:komen|bij)\b|\b(?:ik wil|we willen|wij willen|ik ga|we gaan|ik zou graag|we zouden graag) (?:\w+ ){0,2}iets nieuws (?:opzetten|beginnen|starten|organiseren)\b|\b(?:een )?nieuwe actie (?:opzetten|starten|beginnen)\b/;
const HELLO = /^(hoi|hallo|hey|hi|hello|goedemorgen|goedemiddag|goedenavond|morgen|dag|yo|hee)([\s!.,]*(wijkbot|allemaal|!))*[\s!.]*$/;

/**
 * "nieuwe actie Budgetcoaching, pijler Kansrijk. En geldlessen: eerste les gegeven", "zomerkamp schuift naar 15 augustus, en nieuwe
 * actie: …": a new action and a change of an action that exists, said in one message joined by "en" — each read on its own, both
 * shown first. Only when each half reads as changes of its own.
 */
async function newActionAndAnother(text: string, w: UnderstandWorld): Promise<Understanding | undefined> {
  const NEW = /\b(?:nieuwe actie|new action|nieuw actiepunt)\b/i;
  if (!NEW.test(text)) return undefined;
  const commandsOf = (u: Understanding) => (u.kind === "run" || u.kind === "confirm" ? [{ text: u.text, ...(u.pickActionId ? { pickActionId: u.pickActionId } : {}) }, ...(u.kind === "confirm" ? u.then ?? [] : [])] : []);
  for (const join of text.matchAll(/\s*(?:[.!;]|,)\s+(?:en|and)\s+(?=\S)/gi)) {
    const first = text.slice(0, join.index).replace(/^\s*@?wijkbot[\s,:]*/i, "").trim();
    const second = text.slice(join.index! + join[0].length).trim();
    if (NEW.test(first) === NEW.test(second)) continue;
    const other = NEW.test(first) ? second : first;
    if (!locateActions(w.index, other).some((s) => s.exact || s.quality >= 2)) continue;
    const a = commandsOf(await understand(first, w));
    const b = commandsOf(await understand(second, w));
    const all = [...a, ...b];
    if (!a.length || !b.length || !all.every((c) => /^\/actie /.test(c.text))) continue;
    if (all.filter((c) => c.text.startsWith("/actie nieuw ")).length !== 1) continue;
    return confirmEach(all);
  }
  return undefined;
}

export async function understand(raw: string, w: UnderstandWorld): Promise<Understanding> {
  return withOwnActionsOffered(await readMessage(raw, w), w);
}

/** The changes that wait for an action's name. */
const NAMED_NEXT = /^actie (klaar|bezig|stop|parkeer|update|bereik|budget|deadline|partner|eigenaar|doelgroep|info)$/;

/**
 * "Welke actie bedoel je?" for a change said without a name: the sender's own open actions (up to six) are offered by number
 * too — tapped or typed on a phone — and any action's name typed still works.
 */
async function withOwnActionsOffered(u: Understanding, w: UnderstandWorld): Promise<Understanding> {
  if (u.kind !== "need-action" || u.question.key !== "understand.whichAction" || u.pickActionId || u.options || !NAMED_NEXT.test(u.command) || !w.ownActions) return u;
  const own = await w.ownActions();
  if (!own.length || own.length > 6) return u;
  return {
    ...u,
    question: localText("understand.whichActionOffered"),
    options: own.map((a) => ({ label: a.pillarName ? `${a.title} (${a.pillarName})` : a.title, text: `/${u.command} ${a.title}${u.then ?? ""}`, pickActionId: a.id })),
  };
}

async function readMessage(raw: string, w: UnderstandWorld): Promise<Understanding> {
  // ("> kunnen we de begroting naar maart schuiven? (Ingrid)\nja, zet punt 2 op uitgesteld": a quoted message is what is
  // answered, not the message itself.)
  const unquoted = raw.split(/\r?\n/).filter((line) => !/^\s*>/.test(line)).join("\n").trim();
  if (unquoted && unquoted !== raw.trim()) raw = unquoted;
  // ("de CB-actie pauzeren": the name before "-actie" stands alone; a space for the hyphen keeps every offset.)
  // ("wijkwebsite → eind april": an arrow between a name and a value reads as "naar"; before a clause of its own — "wijkplan
  // jonge kind → concept ligt bij de kinderopvang" — it says what follows, like a colon.)
  // ("… deadline negen oktober": a day dictated in words is a date like any other.)
  const cleaned = withoutSignature(spokenPunctuation(spokenDates(spokenRepairs(raw.trim()))), w)
    .replace(/(\p{L})-(actie|acties|project)\b/giu, "$1 $2")
    .replace(/\s*(?:→|->|=>|⇒)\s*(?=(\S[^,.;!?\n]*))/gu, (_m, next: string) => (next.trim().split(/\s+/).length <= 3 ? " naar " : ": "))
    // ("deadline zomerkamp 24 juli klopt niet, moet 31 juli zijn": the date it should be, not the one said to be wrong.)
    .replace(/\b(\d{1,2}(?:e|ste|de)?\s+\p{L}{3,10}\.?)\s+(?:klopt niet|is fout|is verkeerd|is niet goed|staat fout|staat verkeerd)\s*[,.;:!-]*\s*(?:het\s+|dat\s+|die\s+)?(?:moet|moest|wordt)\s+(?:het\s+|dat\s+)?(?:eigenlijk\s+)?(\d{1,2}(?:e|ste|de)?\s+\p{L}{3,10})\s+(?:zijn|worden|wezen)\b/giu, "$2")
    // ("voor de notulen, besluit: …": who it is written down for is no part of it; "conclusie van vanavond de huiskamer krijgt …":
    // dictated without the colon.)
    .replace(/^(\s*(?:@?wijkbot[\s,:]*)?)(?:voor de notulen|voor het verslag|ter notulering|for the minutes)\s*[,:]\s*/iu, "$1")
    .replace(/^(\s*(?:@?wijkbot[\s,:]*)?conclusie(?:\s+van\s+(?:vanavond|vandaag|gisteren|gisteravond|de vergadering|de stuurgroep))?)\s+(?!(?:is|was|van|punt|agendapunt|bij|:)\b)(?=\S)/iu, "$1: ")
    // ("en besluit bij punt 3: …", "ook een besluit: …": a decision after the one before, the joining word left out.)
    .replace(/^(\s*(?:@?wijkbot[\s,:]*)?)(?:(?:en|ook|nog|dan)\s+)+(?:(?:een|het)\s+)?(?=besluit\b[^:]{0,30}:)/iu, "$1")
    // ("besluit vast te leggen: …", "besluit toevoegen aan donderdag: …", "besluit van gisteren: …": words that bring the decision
    // in, before the colon, are no part of it.)
    .replace(/^(\s*(?:@?wijkbot[\s,:]*)?besluit)\s+(?:(?:vast te leggen|vastleggen|noteren|toevoegen|graag|even|ff|erbij|nog|ook)\s*)*(?:(?:aan|voor|van|bij|uit)\s+(?:de vergadering van\s+)?(?:gisteren|gisteravond|vanavond|vandaag|maandag|dinsdag|woensdag|donderdag|vrijdag|de stuurgroep|de vergadering)\s*)?:\s*/iu, "$1: ")
    // ("besluit agendapunt 2 van gisteren: …": the item said, and which meeting — the item is kept, the meeting is not.)
    .replace(/^(\s*(?:@?wijkbot[\s,:]*)?besluit\s+(?:bij\s+)?(?:agenda)?punt\s+\d{1,2})\s+(?:van|voor|uit)\s+(?:gisteren|gisteravond|vanavond|vandaag|maandag|dinsdag|woensdag|donderdag|vrijdag|de vergadering|de stuurgroep)\s*:/iu, "$1:")
    // ("agendapunt maart: evaluatie …": the month of the meeting, before the colon.)
    .replace(/^(\s*(?:@?wijkbot[\s,:]*)?agendapunt)\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s*:/iu, "$1 voor $2:")
    // ("…, mag op klaar, wijkbot": the bot's name said last is not part of the message.)
    .replace(/[\s,]+@?wijkbot[\s.!]*$/iu, "")
    // ("op de agenda vd stuurgroep": "vd" is "van de" — only before what the bot reads, so a note keeps "vd gemeente" as typed.)
    .replace(/(?<![\p{L}\p{N}])vd(?=\s+(?:\d|stuurgroep|vergadering|agenda|maand|week|volgende|eerstvolgende)\b)/giu, "van de")
    // ("besluti: …": a decision with two letters swapped.)
    .replace(/(?<![\p{L}\p{N}])(?:besluti|bseluit|besluut|beslutt|beslui)(?![\p{L}\p{N}])/giu, "besluit")
    // ("agndapunt: zomerkamp kosten": an agenda item misspelt.)
    .replace(/(?<![\p{L}\p{N}])(?:agndapunt|agendpunt|agendapnt|agenapunt|agnedapunt|ageendapunt)(?![\p{L}\p{N}])/giu, "agendapunt")
    // ("welke herinerigen heb ik": reminders, mistyped.)
    .replace(/(?<![\p{L}\p{N}])(?:herinerigen|herinnerigen|herineringen|herrinneringen|herrineringen|herinnerngen)(?![\p{L}\p{N}])/giu, "herinneringen")
    // ("op de agneda vd stuurgroep", "graag op de stuurgroepagenda: …": the agenda misspelt, or joined to whose it is.)
    .replace(/(?<![\p{L}\p{N}])(?:agneda|agnda|agneda's|agenad)(?![\p{L}\p{N}])/giu, "agenda")
    .replace(/(?<![\p{L}\p{N}])stuurgroep-?agenda(?![\p{L}\p{N}])/giu, "agenda van de stuurgroep")
    // ("agendapuntje voor de 22e: …": the small word for an agenda item.)
    .replace(/\b(agenda)?puntje\b/giu, "$1punt")
    // ("vnaschool dl vrijdag", "nw actie: …": shorthand for deadline and nieuwe.)
    .replace(/(?<![\p{L}\p{N}])dl(?![\p{L}\p{N}])/giu, "deadline")
    .replace(/(?<![\p{L}\p{N}])nw(?=\s+(?:actie|pijler|agendapunt)\b)/giu, "nieuwe")
    // ("pijler nw: Talentontwikkeling": "nw" after the word.)
    .replace(/\b(pijler|actie|agendapunt)\s+nw(?=\s*:)/giu, "nieuwe $1")
    // ("maak n actie aan": "n" for "een".)
    .replace(/(?<![\p{L}\p{N}])n(?=\s+(?:nieuwe\s+)?(?:actie|herinnering|agendapunt|punt)\b)/giu, "een")
    // ("herinner mij donder dag …", "na de kerst vakantie": a day or a holiday that dictation split in two.)
    .replace(/\b(maan|dins|woens|donder|vrij|zater|zon)\s+(dag)\b/giu, "$1$2")
    .replace(/\b(kerst|zomer|mei|voorjaars|herfst|krokus)\s+(vakantie)\b/giu, "$1$2")
    // ("zomervak noord 10 juli tm 22 aug erin": a holiday shortened.)
    .replace(/\b(kerst|zomer|mei|voorjaars|herfst|krokus)vak\b/giu, "$1vakantie")
    // ("kan je mij herineren dinsdag …", "herrinner me": the verb of a reminder misspelt is read as typed right.)
    .replace(/(?<![\p{L}\p{N}])her+in+e+r+(en|t|d|ing|ingen)?(?![\p{L}\p{N}])/giu, "herinner$1")
    // ("om negen uur": an hour said in a word before "uur", dictated, read as digits.)
    .replace(/\bom (een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf) uur\b/giu, (_m, n: string) => `om ${n.toLowerCase() === "een" ? "1" : numberWordsToDigits(n.toLowerCase())} uur`)
    // ("herinenr me", "herinre me": two letters swapped.)
    .replace(/(?<![\p{L}\p{N}])(?:herinenr|herinre|herinnr|herinrer|herinrner)(?![\p{L}\p{N}])/giu, "herinner");
  const text = joinSplitWords(cleaned, w);
  // ("… groetjes fatima", "Met vriendelijke groet, Henk", "Thanks everyone for the help!", "Geachte leden van de stuurgroep, …":
  // the greeting before and the closing after what the message is for are not part of it.)
  const framed = withoutGreetingAndClosing(text);
  if (framed !== text) return understand(framed, w);
  // ("Drukke week hier, je kent het wel. Maar even iets anders: de huiswerkbegeleiding zetten we stil …": how the writer is
  // doing, before and after what the message is for, is not part of it.)
  // ("thanks! one more: who's our contact at Lefier?", "dank je! nog eentje: …": thanks for the last answer, then the next
  // question — the question.)
  // (The thanks may have gone already, as a greeting: "one more: …".)
  const thenMore = text.match(/^\s*(?:@?wijkbot[\s,:]*)?(?:(?:thanks|thank you|thx|dank je(?: wel)?|dankjewel|bedankt|top|super|great|ok|oke)[\s!.,]+)+(?:one more|another one|another question|nog eentje|nog een vraag|nog 1 vraag|nog iets|en nog iets)\s*[:,!.?]\s*(\S.{5,}\?)\s*$/i)?.[1] ?? text.match(/^\s*(?:@?wijkbot[\s,:]*)?(?:one more|another one|another question|nog een vraag|nog 1 vraag)\s*[:,!.?]\s*(\S.{5,}\?)\s*$/i)?.[1];
  if (thenMore) return understand(thenMore, w);
  const focused = withoutSmallTalk(text, w.index);
  if (focused !== text) return understand(focused, w);
  // ("hoi wijkbot! Marieke gaf me dit nummer. De bakken van de moestuin …", "Goedenavond. Ik ben Henk, voorzitter. Zet voor mij
  // …", "Hi, I just got this number from Marieke. What are my open actions?": a greeting and who writes, each a sentence of
  // its own before what the message is for, are not part of it.)
  const intro = introSentences(text);
  if (intro && intro.length < text.length) {
    const rest = text.slice(intro.length);
    // ("Ik ben Joke, aanjager Gezond. Hoe staat het ervoor in mijn pijler?": the introduction says which pillar — kept.)
    if (rest.trim().split(/\s+/).length >= 3 && !/\b(zet dat|noteer dat|mag je zo|in je systeem|zo noteren|klopt dat|dat ben ik|dat klopt|mijn pijler|my pillar|mijn rol|my role|mijn organisatie)\b/i.test(rest)) return understand(rest, w);
  }
  // ("Welke acties zijn nog open? Voor de zomer wil ik weten wat er blijft liggen.": a question first, then why it is asked —
  // the question, when it is one a list answers.)
  const firstQuestion = text.match(/^([^?]{6,}\?)\s+(\S[^?]{3,})$/);
  if (firstQuestion && !/^(?:hoe|wat|wie|waar|wanneer|welke|kan|kun|mag|is|zijn|en|of|how|what|who|where|when|can|is)\b/i.test(firstQuestion[2].trim())) {
    const first = await understand(firstQuestion[1], w);
    if (first?.kind === "run" && /^\/(acties|agenda|wie|vergadering|status|overzicht|besluiten|datumprikker|herinneringen|weekoverzicht)\b/.test(first.text)) return first;
  }
  // ("en wat hebben we besloten over de begroting?": a question joined on to the talk before it.)
  const joined = text.match(/^\s*(?:@?wijkbot[\s,:]*)?(?:en|maar|ok|oke|nou|oh|o|dus|and|so)\s+(?=(?:wat|wie|wanneer|waar|welke|hoe|hoeveel|what|who|when|where|which|how)\b)/i);
  if (joined) return understand(text.slice(joined[0].length), w);
  // "ik zou graag even mijn acties zien": what someone wants to see, asked for.
  const wantsToSee = text.match(/^\s*(?:@?wijkbot[\s,:]*)?ik (?:graag |even )*(?:zou|wil|wou) (?:graag |even |nog |eens |wel |nu )*(?:willen )?(\S.{2,60}?) (?:zien|bekijken|inzien|zien graag)[\s.!]*$/i);
  if (wantsToSee) return understand(`laat ${wantsToSee[1]} zien`, w);
  // "ik vraag me af wanneer de ouderavond is", "Graag verneem ik wie er in Gezond actief zijn", "I wonder who the contact at
  // Lefier is": a question inside a sentence about wanting to know — the question itself, asked.
  // "ik neem aan dat de deadline van het watertappunt nog steeds eind januari is": an assumption to check is a question too.
  // ("zou je mij de agenda voor donderdag kunnen sturen?", "kun je me het overzicht sturen van alle pijlers", "can you send me the
  // agenda": what is asked to be sent is what is asked for.)
  const sendMe = text.match(/^\s*(?:@?wijkbot[\s,:]*)?(?:zou|kun|kan|kunt|wil|wilt|could|can|would)\s+(?:je|jij|u|you)\s+(?:(?:mij|me|ons|us|even|ff|nog|misschien|please|pls)\s+)+((?:de|het|een|the|an?|alle|mijn|onze|my|our)\s+\S.{2,60}?)\s+(?:(?:kunnen|willen)\s+)?(?:sturen|toesturen|opsturen|doorsturen|mailen|appen|geven|laten zien|send|show|give)(?:\s+(?:van|over|voor)\s+(\S.{2,40}?))?[\s?.!]*$/i);
  const sendMeEn = sendMe ? null : text.match(/^\s*(?:@?wijkbot[\s,:]*)?(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:send|show|give|mail)\s+(?:me|us)\s+((?:the|an?|all|my|our)\s+\S.{2,60}?)(?:\s+(?:please|pls))?[\s?.!]*$/i);
  if (sendMeEn) return understand(`show me ${sendMeEn[1]}`, w);
  if (sendMe) return understand(`laat ${sendMe[1]}${sendMe[2] ? ` van ${sendMe[2]}` : ""} zien`, w);
  const embedded = text.match(EMBEDDED_QUESTION) ?? text.match(/^\s*(?:@?wijkbot[\s,:]*)?(?:ik (?:neem aan|ga er ?van ?uit)|klopt het|is het zo|i assume|is it true|am i right)\s+(dat|that)\s+(\S.{2,})$/i);
  if (embedded && !embedded[2].includes("?")) {
    const asked = embedded[2].replace(/[\s.!]+$/, "");
    // The verb at the end of a Dutch clause goes back up front: "wie Esther is" → "wie is Esther", "hoe ik een actie kan
    // afronden" → "hoe kan ik een actie afronden", "of de speeltuin al klaar is" → "is de speeltuin al klaar".
    const verbLast = /^(of|dat|wie|wat|wanneer|waar|waarom|welke|welk|hoe|hoeveel|hoelang)$/i.test(embedded[1])
      ? asked.match(/^(.+?)\s+(kan|kun|kunt|moet|moeten|mag|mogen|zou|zouden|wil|is|zijn|staat|staan|heeft|hebben|heb|wordt|worden|gaat|gaan|loopt|lopen|was|waren)(\s+[\p{L}-]+)?$/iu)
      : null;
    const fronted = verbLast ? `${verbLast[2]} ${verbLast[1]}${verbLast[3] ?? ""}` : asked;
    return understand(/^(of|dat|that|whether|if)$/i.test(embedded[1]) ? `${fronted}?` : `${embedded[1]} ${fronted}?`, w);
  }
  // "kan Lisa ook eigenaar worden van techniekdag? ze doet de helft": asked for, shown first as the owner change it stands for.
  const ownerAsked = text.match(/^\s*(?:@?wijkbot[\s,:]*)?(?:kan|kun|mag|zou|kunnen)\s+(?:je\s+|jij\s+)?@?(\p{L}+)\s+(ook\s+|erbij\s+|mee\s+)?(?:als\s+)?(?:mede-?)?(?:eigenaar|trekker)\s+(?:worden|zijn|gemaakt worden|erbij)\s+(?:van|bij)\s+([^?]{3,60})\?/iu);
  const asOwner = ownerAsked ? w.people.find((p) => fold(p.displayName) === fold(ownerAsked[1]))?.displayName : undefined;
  if (ownerAsked && asOwner) {
    const reading = await understand(`${ownerAsked[3].trim()}: ${ownerAsked[2] || /mede-?eigenaar/i.test(ownerAsked[0]) ? `${asOwner} ook eigenaar` : `eigenaar wordt ${asOwner}`}`, w);
    if ((reading.kind === "run" || reading.kind === "confirm") && /^\/actie eigenaar /.test(reading.text) && !(reading.kind === "confirm" && reading.then?.length)) {
      return { kind: "confirm", question: localText("understand.confirm", { what: reading.text }), text: reading.text, ...(reading.pickActionId ? { pickActionId: reading.pickActionId } : {}) };
    }
  }
  const f = expandShorthand(fold(text));
  // "?" alone: what can I do here — the help.
  if (/^\s*\?+\s*$/.test(text)) return { kind: "run", text: "/help" };
  if (!f) return { kind: "say", text: localText(text ? "understand.thanks" : "free.empty") };
  // "je snapt me nooit, ik typte toch duidelijk vignet klaar": what was typed before, quoted in a complaint — shown
  // first, never simply done again.
  // ("ik zei toch al: …" quotes too; "ik zei tegen Peter dat …" and "ik vroeg me af of …" do not.)
  const quotedSelf = text.match(/\b(?:ik|i)\s+(?:(?:typte|tikte|schreef|typed|wrote)\s+(?:(?:toch|al|net|gewoon|duidelijk|nog|just|clearly)\s+)*|(?:zei|said)\s+(?:(?:toch|al|net|duidelijk|just|clearly)\s+)+)[:"“'‘]?\s*(\S.{2,})$/i);
  if (quotedSelf && !/^(dat|that|het|it|je|jij|you|of|whether|if|wat|what)\b/i.test(quotedSelf[1])) {
    const inner = await understand(quotedSelf[1].replace(/["”'’]\s*$/, ""), w);
    if (inner.kind !== "run") return inner;
    return { kind: "confirm", question: localText("understand.confirm", { what: inner.text }), text: inner.text, ...(inner.pickActionId ? { pickActionId: inner.pickActionId } : {}), ...(inner.note ? { note: inner.note } : {}) };
  }
  // "je hebt gisteren de speeltuin op klaar gezet maar dat klopt niet, hij is nog bezig": the bot's change, said to be
  // wrong, and what is true instead — read without the wrong status.
  const deniedChange = text.match(/^\s*(?:@?wijkbot[\s,:]*)?(?:je|jij|u|wijkbot|de bot)\s+(?:hebt|heeft|had)\s+(.+?)\s+op\s+\S+\s+gezet[\s,]+(?:maar\s+)?(?:dat|het|dit)\s+(?:klopt|is|was)\s+(?:niet|fout|verkeerd|onjuist)\b[\s,.!:;-]*(\S.*)$/i);
  if (deniedChange) {
    const named = deniedChange[1].replace(/^(?:gisteren|vandaag|net|zojuist|eerder|vanochtend|vanmorgen|vorige week)\s+/i, "");
    const truth = /^(?:hij|zij|ze|het|die|dat|it)\s+/i.test(deniedChange[2]) ? deniedChange[2].replace(/^(?:hij|zij|ze|het|die|dat|it)\s+/i, `${named} `) : `${named}: ${deniedChange[2]}`;
    return understand(truth, w);
  }
  if (THANKS.test(f) || THANKS.test(text)) return { kind: "say", text: localText("understand.thanks") };
  // ("Dankjewel, super handig zo!", "dank je, precies wat ik zocht", "thanks, that's all for today 🙏": thanks with a word of
  // praise or goodbye after it.)
  if (/^(?:dank\s*je(?:\s*wel)?|dankjewel|dank u(?:\s*wel)?|bedankt|thanks|thank you|thx|merci|top|super)\b[\s,!.]+(?:(?:super|heel|erg|echt|zeer)\s+)*(?:handig|fijn|duidelijk|helder|top|mooi|perfect|precies wat ik (?:zocht|nodig had|wilde weten)|dat was (?:het|alles)(?: voor (?:nu|vandaag))?|that s all(?: for (?:now|today))?|that was (?:it|all|helpful)|very helpful|helpful|great|perfect|tot (?:later|morgen|ziens)|fijne avond|fijne dag|goed weekend|have a nice (?:day|evening))(?:\s+(?:zo|hoor|voor nu|for now|today|vandaag))*[\s!.]*$/.test(f)) return { kind: "say", text: localText("understand.thanks") };
  // "wijkbot is echt handig zeg", "goed bezig wijkbot", "you're great": a compliment, thanked for like thanks.
  if (/^(?:wijkbot\s+)?(?:(?:je|jij|u)\s+(?:bent|ben)|(?:dit|dat|het|die|deze)\s+(?:is|werkt)|is|werkt|you\s*(?:re|are)|this\s+is)\s+(?:echt\s+|super\s+|heel\s+|erg\s+|zo\s+|wel\s+|really\s+|so\s+)*(?:handig|top|fijn|goed|geweldig|leuk|slim|nuttig|briljant|fantastisch|helpful|great|awesome|useful|handy)(?:\s+(?:zeg|hoor|joh|wijkbot|man|trouwens|btw|eigenlijk|echt|hè|he|by the way))*[\s!.👍🙏😊]*$|^goed bezig(?:\s+wijkbot)?[\s!.]*$/u.test(f)) return { kind: "say", text: localText("understand.thanks") };
  if (HELLO.test(f)) return { kind: "say", text: localText("understand.hello") };
  // "watertappunt is klaar toch? zet maar op klaar", "techniekdag heeft nog geen datum toch? zet hem maar op 17 april":
  // a question answered by the request after it — the request, about the action the question named.
  const askedThenSaid = text.match(/^(.+?\?)\s*((?:zet|doe|maak|verzet|verschuif|schuif)\b.+)$/i);
  if (askedThenSaid && !askedThenSaid[2].includes("?")) {
    const named = locateActions(w.index, askedThenSaid[1]).find((s) => s.exact || s.score >= 3);
    if (named && !locateActions(w.index, askedThenSaid[2]).some((s) => s.exact || s.score >= 3)) {
      const name = named.action.shortName ?? named.action.title;
      const request = /\b(hem|haar|het|die|dat)\b/i.test(askedThenSaid[2]) ? askedThenSaid[2].replace(/\b(hem|haar|het|die|dat)\b/i, name) : askedThenSaid[2].replace(/^(\S+)/, `$1 ${name}`);
      return understand(request, w);
    }
  }
  // ("schoolontbijt final count is 188 kids, can you put that in?", "…, kun je dat even verwerken?": the news, then a request
  // to record it — the news read as said.)
  const newsThenRecord = text.match(/^(.{8,}?)\s*[,;.!]+\s*(?:(?:and|en)\s+)?(?:can|could|would|will|kun|kan|wil|wilt)\s+(?:you|je|u)\s+(?:(?:please|even|ff|dat|dit|het|nog)\s+)*(?:put (?:that|it|this) in|add (?:that|it|this)|update (?:that|it|this)|note (?:that|it|this)(?: down)?|record (?:that|it|this)|log (?:that|it|this)|enter (?:that|it|this)|invullen|aanpassen|noteren|bijwerken|doorvoeren|erin zetten|toevoegen|verwerken|vastleggen)(?:\s+(?:please|pls|aub|graag))?\s*\??\s*$/i);
  if (newsThenRecord && !newsThenRecord[1].includes("?")) return understand(newsThenRecord[1], w);
  // ("zomerkamp op bezig, huisjes zijn geboekt. wanneer was de deadline ook alweer?": a change said, then a question of its own
  // at the end — the change, shown first (never done at once, since the message also asks).)
  const changeThenAsk = text.match(/^(.{8,}?[.!])\s+((?:en\s+|maar\s+|o ja\s+|oja\s+|btw\s+)?(?:wanneer|wat|wie|waar|welke|hoeveel|hoe|kan ik|when|what|who|where|which|how)\s+[^.!?]+\?)\s*$/i);
  // ("moestuin: vanaf nu elke dinsdag open. wanneer is de volgende stuurgroep?": a note said first is shown first the same.)
  // (Not a question about what was just said, or how to do it: "klopt dat?", "wie nog meer?", "hoe schrijf ik …?", "wat kan je
  // allemaal?", "hoe?".)
  const asksAboutIt = changeThenAsk ? /^(?:(?:en|maar|o ja|oja|btw)\s+)?(?:(?:wat|what)\s+(?:kan|kun|doe|moet|can|do|should)\s+(?:je|jij|ik|you|i)\b|hoe\s+(?:kan|moet|doe|schrijf|zet|maak|meld|werkt|voeg|regel|krijg)\b|how\s+(?:do|can|should)\b|wie\s+(?:nog|ook)\b|wat\s+(?:nu|dan)\b)/i.test(changeThenAsk[2].trim()) : true;
  if (changeThenAsk && !changeThenAsk[1].includes("?") && !asksAboutIt) {
    const first = await understand(changeThenAsk[1].replace(/[.!]+$/, ""), w);
    const aChange = (t: string) => !SHOWS_ONLY.test(t) && !/^\/(?:help|start|ik|mijngegevens)\b/.test(t);
    if (first.kind === "confirm" && aChange(first.text) && !first.then?.some((c) => !aChange(c.text))) return first;
    if (first.kind === "run" && aChange(first.text)) return confirmCommand(first.text, first.pickActionId);
  }
  // "kan de speeltuin een week later" is a request; with a question mark it is asked first.
  // "waarom achter de cijfers is klaar": an action whose name starts with a question word is not a question.
  const startsWithName = !text.includes("?") && locateActions(w.index, text).some((s) => (s.exact || (s.score >= 6 && s.coverage >= 0.5)) && titleLeadsIn(text, s));

  // "kan het watertappunt al op klaar of mist er nog iets": asking whether, not asking to.
  const asksWhether = /^(kan|kun|kunnen|mag|moet|can|could)\b/.test(f) && (/\bof (mist|ontbreekt|moet|moeten|is|zijn|nog|niet|not)\b|\bof niet\b|\bor (not|is)\b/.test(f) || /^(kan|mag|moet) (het|de|die|dat)\b.*\bal\b/.test(fold(text.split(/[?.!]/)[0])));
  // ("wnr is de volgende stuurgroep eig": asked in shorthand is asked too.)
  const asks = isQuestion(text) || (f !== fold(text) && isQuestion(f));
  // ("waarom cijfers: rapport gedeeld": an action's short name before a colon, even one that starts with a question word;
  // looked up only when the message reads as a question.)
  const beforeColon = asks && !text.includes("?") && /^\s*(?:@?wijkbot[\s,:]*)?[^:]{3,40}:\s*\S/.test(text) ? text.slice(0, text.indexOf(":")) : "";
  const nameBeforeColon = Boolean(beforeColon) && fold(beforeColon).split(" ").length <= 4 && locateActions(w.index, beforeColon).some((s) => s.exact || s.score >= 3);
  // ("zou het zomerkamp al op gestart staan of nog op gepland": two states side by side ask, however it starts.)
  const question = (asks && (!startsWithName || isTagQuestion(text)) && !nameBeforeColon && !(/^(kan|kun|kunnen|mag|wil|wilt|zou|can|could|would|will)\b/.test(f) && !text.includes("?") && !isTagQuestion(text))) || asksWhether;

  // "stuur me alles wat je over mij bewaart": the person's own data.
  if (/\bwat (?:slaat|sla|bewaart|bewaar|weet|heeft|hebt) (?:je|jij|u|wijkbot|de bot) (?:allemaal |eigenlijk |precies |nou |zoal )*(?:op )?(?:over|van) (?:mij|me)\b/.test(f) || /\b(wat|alles wat|welke (?:persoons)?gegevens|what)\b.*\b(je|jij|u|wijkbot|you)\b.*\b(over|van) (mij|me)\b.*\b(bewaart|bewaard|weet|opslaat|opgeslagen|hebt|heeft|store|keep|know)\b|\bmijn gegevens\b.*\b(zien|inzien|opvragen|sturen|stuur|krijgen)\b|^(wat|welke gegevens|what)\b.*\b(weet|bewaar\w*|sla\w* op|opgeslagen|know|store)\b.*\b(over|van|about) (mij|me)\b/.test(f)) return { kind: "run", text: "/mijngegevens" };
  // "moestuin: compost is geleverd. en herinner me morgen aan de zaadlijst", "herinner me morgen om 10 aan de borden, en
  // noteer bij veilig naar school dat …": two requests in one message, each read on its own — shown first, both.
  const twoAsks = text.match(/^(.{6,}?)(?:[.;!]\s+|,\s+)(?:en\s+|and\s+|ook\s+)?((?:herinner|noteer|remind)\b.{6,})$/i);
  if (twoAsks) {
    const first = singleChange(await understand(twoAsks[1], w));
    const second = first ? singleChange(await understand(twoAsks[2], w)) : undefined;
    if (first && second) return confirmEach([first, second]);
  }
  // "geldlessen klaar en speeltuin deadline naar 1 april": two changes to two actions, each read on its own — shown first, both.
  if (!question) {
    const pair = (await twoChanges(text, w)) ?? (await twoFieldsOfOne(text, w));
    if (pair) return pair;
  }
  const digest = readDigestSwitch(f, text);
  if (digest) return digest;
  const typed = commandWithoutSlash(text, f, w.router, question);
  if (typed) return typed;
  const howTo = readHowTo(f, text, w.router);
  if (howTo) return howTo;
  const wanted = readShowRequest(f, text);
  if (wanted) return wanted;
  const cannot = readCannotDo(f, text);
  if (cannot) return cannot;
  const undo = readUndo(f, question);
  if (undo) return undo;
  // "niet vergeten: vrijdag offerte sturen", "vergeet niet dat ik morgen de zaal moet boeken": a reminder for oneself, shown first.
  const notForget = !question ? text.match(/^(?:niet vergeten|vergeet (?:het |dit )?niet|don'?t forget)\b[\s:,-]*(?:(?:dat|om|to|that)\s+)?(?:ik\s+|i\s+)?(.{4,})$/i) : null;
  const asReminder = notForget && findDateIn(notForget[1], w.now, w.region) ? await readReminder(`herinner me aan ${notForget[1]}`, fold(`herinner me aan ${notForget[1]}`), w, false) : undefined;
  if (asReminder?.kind === "run") return { kind: "confirm", question: localText("understand.confirm", { what: asReminder.text }), text: asReminder.text };
  if (asReminder) return asReminder;
  // "elke eerste maandag van de maand om 9 uur: maandbericht maken", "elke maandag om 9 voor de groep: wie heeft er iets voor
  // de wijkkrant": a repeating moment, then what — a reminder, shown first.
  const repeating = !question && !/\b(herinner\w*|remind\w*)\b/i.test(text) ? text.match(/^\s*(?:@?wijkbot[\s,:]*)?((?:elke|iedere|every)\s+(?:[^:]|(?<=\d):(?=\d\d))+?)\s*(?<!\d):(?!\d\d)\s*(\S.{2,})$/i) : null;
  // ("morgen na schooltijd, kwart over 3, herinneren: lijm bestellen": the moment first, then the word, then what.)
  const momentFirst = !question && !repeating ? text.match(/^\s*(?:@?wijkbot[\s,:]*)?([^:]{3,60}?)\s*,\s*(?:herinneren|reminder|remind me)\s*:\s*(\S.{2,})$/i) : null;
  if (momentFirst && findDateIn(momentFirst[1], w.now, w.region)) {
    const asked = await reminderShownFirst(`herinner me ${momentFirst[1].replace(/\bna schooltijd\b/i, (m) => (/\d|\b(kwart|half)\b/i.test(momentFirst[1]) ? "" : m)).replace(/\s*,\s*/g, " ").trim()} aan ${momentFirst[2]}`, w);
    if (asked) return asked;
  }
  if (repeating) {
    const forGroup = /\s+(?:voor|aan|naar)\s+(?:de\s+|het\s+)?(?:groep|team|iedereen)\b/i;
    // ("elke vrijdag om 15:00 wil ik een seintje: …": the wish is no part of the moment.)
    const moment = repeating[1].replace(forGroup, "").replace(/\s+(?:(?:wil|wou|zou)\s+(?:ik|we)|(?:ik|we)\s+(?:wil|willen))\s+(?:graag\s+)?(?:een\s+)?(?:seintje|herinnering|berichtje|reminder|appje)(?:\s+(?:krijgen|hebben|ontvangen))?$/i, "");
    const asked = await reminderShownFirst(`herinner ${forGroup.test(repeating[1]) ? "de groep" : "me"} ${moment} aan ${repeating[2]}`, w);
    if (asked) return asked;
  }
  // ("ben morgen en overmorgen ziek, ahmed mag mijn herinneringen hebben", "ik ben toch al terug, stuur mijn herinneringen maar
  // weer": away or back again — not a list of reminders.)
  // ("zet de kerstvakantie er ff in aub, dan krijgt niemand herinneringen": the wijk's holiday, not a reminder.)
  if (((saysAwayOrBack(f) || asksToPutInHoliday(f)) && /\b(herinneringen|reminders)\b/.test(f)) || setsAbsence(f)) {
    const away = await readAdmin(text, f, locateActions(w.index, text), w, question);
    if (away) return away;
  }
  // ("Sanne moet morgen om 9 de notulen rondsturen, wil je haar dat herinneren": what someone must do, then asked to remind them.)
  const theyMust = text.match(/^\s*(?:@?wijkbot[\s,:]*)?@?(\p{Lu}[\p{L}-]+)\s+moet\s+(.{6,}?)[\s,;.]+(?:wil|wilt|kun|kunt|kan|zou)\s+(?:je|jij|u)\s+(?:haar|hem)\s+(?:(?:dat|daar|daaraan|eraan|even|nog|aan|er)\s+)*(?:herinneren|een seintje geven)[\s?.!]*$/u);
  const mustWho = theyMust ? w.people.find((p) => fold(p.displayName).split(" ")[0] === fold(theyMust[1])) : undefined;
  if (theyMust && mustWho) {
    const asked = await readReminder(`herinner ${mustWho.displayName} ${theyMust[2]}`, fold(`herinner ${mustWho.displayName} ${theyMust[2]}`), w, false);
    if (asked?.kind === "run") return { kind: "confirm", question: localText("understand.confirm", { what: asked.text }), text: asked.text };
    if (asked) return asked;
  }
  const reminder = await readReminder(text, f, w, question);
  if (reminder) return reminder;
  // "die van vrijdag over de agenda mag weg": no word for it, but one of the sender's reminders fits by its day (and words).
  if (!question && w.reminders && /^(die|de|het|dat|that|the one) (van|voor|op|on|for) (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b/.test(f) && REMOVAL.test(f)) {
    const one = reminderNamedIn(f, await w.reminders());
    if (one) return { kind: "confirm", question: localText("understand.confirm", { what: `/herinner stop ${one.number} (${one.text})` }), text: `/herinner stop ${one.number}` };
  }

  const spans = locateActions(w.index, text);
  // "kan je iets voor me aanmaken?", "kun je even iets noteren voor me": what, then?
  if (!spans.length && /\b(iets|something)\b.*\b(aanmaken|maken|toevoegen|create|add)\b[\s?!.]*$/.test(f) && !text.includes(":") && f.split(" ").length <= 9) return { kind: "read-as", question: localText("understand.newWhat"), prefix: "nieuwe actie:" };
  if (!spans.length && /\b(iets|something)\b.*\b(noteren|opschrijven|bijschrijven|vastleggen|note)\b/.test(f) && !text.includes(":") && f.split(" ").length <= 9) return { kind: "say", text: localText("understand.noteWhat") };
  // ("kan je dat van gisteren even aanpassen", "kun je dat punt van vorige keer weer terugzetten": a change to something not
  // named — which one, and what? Asked, never guessed.)
  if (!spans.some((x) => x.exact || x.quality >= 2) && f.split(" ").length <= 12 && /^(?:wijkbot )?(?:(?:kan|kun|kunt|wil|wilt|zou|zoudt) (?:je|jij|u) |(?:graag|even|ff) )?(?:(?:even|ff|nog|weer|ook|dan) )*(?:dat|die|dit|het|deze|that|this|it)\b(?: (?:agenda)?punt| ding| actie| ene)?(?: (?:van|from) (?:gisteren|vorige keer|vorige week|net|daarnet|eerder|zojuist|yesterday|last time))?(?: (?:even|ff|nog|weer|ook|maar|graag|voor me|voor mij))* (?:aanpassen|veranderen|wijzigen|corrigeren|verbeteren|terugzetten|terug zetten|goedzetten|goed zetten|rechtzetten|fixen|change|fix|correct)(?: (?:aub|graag|pls|please|svp))?$/.test(f)) {
    return { kind: "say", text: localText(/\bpunt\b/.test(f) ? "understand.whichItem" : "understand.changeWhat") };
  }
  // "@wijkbot besluit", "besluit noteren": what was decided, then?
  if (/^(besluit|een besluit|decision)( (noteren|vastleggen|opschrijven|toevoegen|graag|aub|pls))*$/.test(f)) return { kind: "say", text: localText("understand.decisionWhat") };
  // "we hebben besloten dat …, agendapunt 3": a decision that names its item is not a new agenda item.
  const decidedFirst = (/\bals besluit\b[^:]{0,30}:\s*\S/i.test(text) || /\b(?:noteer|leg)\s+(?:(?:ook|nog|even|maar|graag)\s+)*als\s+besluit\s+(?:vast\s+)?dat\s+\S/i.test(text) || FOR_THE_MINUTES.test(text) || RECORD_AT_ITEM.test(text) || /[,.;!?]\s*(?:(?:en|o ja|oja|ook)\s+)?(?:nog\s+een|ander|tweede|derde|volgend|volgende|laatste)\s+besluit\s*:\s*\S/i.test(text) || (w.chatKind === "stuurgroep" && /^\s*(?:@?wijkbot[\s,:]*)?(?:noteer|genoteerd|vastleggen|leg vast)\s*:.{3,}?[\s.,;]+(?:bij\s+)?(?:agenda)?punt\s+\d{1,2}[\s.!]*$/i.test(text)) || /(?:^|[.!?,]\s*|\n)\s*(?:@wijkbot[\s,:]*)?(?:de\s+)?(?:besluiten|genomen besluiten|decisions)(?:\s+(?:van\s+)?(?:vanavond|vandaag|gisteren|gisteravond|de vergadering|de stuurgroep))?\s*:\s*\S/i.test(text) || /^\s*(?:@wijkbot[\s,:]*)?(?:genoteerd als besluit|als besluit(?:\s+(?:noteren|vastleggen|genoteerd))?|afgesproken|conclusie(?:\s+van\s+(?:vanavond|vandaag|gisteren|gisteravond|de vergadering|de stuurgroep))?)\s*:\s*\S|^\s*(?:@wijkbot[\s,:]*)?(?:wil je|kun je|kan je|graag|even|ff|nog)\b[^:]{0,40}\bbesluit\b[^:]{0,50}:\s*\S/i.test(text) || /^(?:@wijkbot\s+)?noteer\s+(?:(?:graag|even|maar|ff)\s+)+(?:nog een|een|het) besluit\b/.test(f) || /^(?:@wijkbot\s+)?(?:noteer\s+(?:het\s+|een\s+)?(?:als\s+)?)?(?:(?:nog een|ander|tweede|derde|volgend|volgende|laatste) besluit\s*:|besluit|besloten|we hebben besloten|de stuurgroep (?:heeft )?besloten)\b/.test(f) || /^(?:@wijkbot\s+)?(?:noteer|noteren|schrijf op)\s+(?:even\s+|maar\s+)?(?:dat\s+)?(?:we|wij|de stuurgroep)\s+(?:zijn\s+|is\s+|gaan\s+|gaat\s+)?(?:akkoord|eens)\b/.test(f)) && !/\b(op de agenda|agenderen|agendapunt (toevoegen|maken|voorstellen))\b/.test(f) ? readDecision(text, f, question) : readAgreement(text, f, question, w.chatKind === "stuurgroep");
  // "zet dat punt maar op uitgesteld": which item? (the numbers are on the agenda)
  if (!question && /^(?:zet\s+)?(?:dat|die|dit|het|that|this)\s+(?:agenda)?punt\s+(?:(?:maar|even|dan|graag)\s+)*(?:op\s+)?(uitgesteld|behandeld|geaccepteerd|afgehandeld|besproken)\b/.test(f)) return { kind: "say", text: localText("understand.whichItem") };
  // ("dat ene punt kan wel naar de volgende keer": which item? It is not named.)
  if (/^(?:wijkbot )?(?:kan |mag )?(?:dat|die|dit|het) (?:ene |andere |laatste )?(?:agenda)?punt (?:\w+ ){0,3}(?:naar de volgende (?:keer|vergadering|stuurgroep)|door naar|uitstellen|doorschuiven|schuift door)\b/.test(fold(text))) return { kind: "say", text: localText("understand.whichItem") };
  // ("is Sanne nog steeds aanjager van kansrijk of is dat veranderd?", "heb ik Peter al aanjager gemaakt of nog niet?": that
  // person's role, looked up.)
  const roleAsked = question ? f.match(/^(?:wijkbot\s+)?(?:is|heb ik|hebben we|was)\s+(\p{L}+)\s+(?:(?:nog|steeds|al|nu|inmiddels|ook|eigenlijk)\s+)*(?:de\s+)?(?:aanjager|kartrekker|trekker|voorzitter|coordinator|stuurgroeplid|lid van de stuurgroep)\b/u) : null;
  const roleOf = roleAsked ? w.people.find((p) => fold(p.displayName).split(" ")[0] === roleAsked[1]) : undefined;
  if (roleOf) return { kind: "run", text: `/wie ${roleOf.displayName.split(" ")[0]}` };
  // ("wie heeft er nog niet gestemd?", "hoeveel stemmen zijn er al?": the date poll as it stands.)
  // ("heeft Ingrid al gestemd?": whether someone voted — the poll as it stands.)
  if (question && (/\b(wie|hoeveel|welke|who)\b.*\b(gestemd|gestemt|stemmen|voted|votes)\b/.test(f) || /^(?:wijkbot )?(?:heeft|hebben|has|have) \p{L}+(?: en \p{L}+)? (?:al |nog |ook |already )*(?:gestemd|gestemt|voted)\b/u.test(f)) && !/\b(besluit|besloten|agenda)\b/.test(f)) return { kind: "run", text: "/datumprikker" };
  // "1 en 3 kan ik", "only the first one works for me": a vote in the date poll, before agenda numbers are read.
  const vote = readDatePollVote(f, w, question) ?? (await readDatePollVoteByDate(text, f, w, question));
  if (vote) return vote;
  // ("bij punt 3 besloten: het watertappunt komt naast de ingang": a decision on that item, its text after the colon.)
  const itemDecided = !question ? text.match(/^\s*(?:@?wijkbot[\s,:]*)?(?:bij|over|voor|onder)\s+(?:agenda)?punt\s+(\d{1,2})\s+(?:is\s+|hebben\s+we\s+|werd\s+)?(?:besloten|besluit|decided)(?:\s*[:,–-]|\s+(?:dat|that)\b)\s*(\S.{3,}?)[\s.!]*$/i) : null;
  if (itemDecided) {
    const command = `/besluit ${itemDecided[2]} agendapunt ${itemDecided[1]}`;
    return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command };
  }
  // ("punt 3 besproken. besluit: geldlessen gaan ook naar groep 7": the item dealt with and what was decided on it — both, shown
  // first.)
  // ("punt twee behandeld besluit begroting vastgesteld zoals voorgesteld": dictated, the number in words, no punctuation.)
  const handledAndDecided = !question ? itemNumbersInDigits(text).match(/^\s*(?:@?wijkbot[\s,:]*)?(?:agenda)?punt\s+(\d{1,2})\s+(?:is\s+)?(?:besproken|behandeld|afgehandeld|gehad|afgerond)\s*[.,;:!]?\s*(?:en\s+)?(?:het\s+)?(?:besluit|besloten|decision)\s*(?:is|was)?\s*[:,–-]?\s*(\S.{3,}?)[\s.!]*$/i) : null;
  if (handledAndDecided) return confirmEach([{ text: `/agenda behandeld ${handledAndDecided[1]}` }, { text: `/besluit ${handledAndDecided[2]} agendapunt ${handledAndDecided[1]}` }]);
  // ("2 behandeld, 3 door naar maart": an item each, with its own verb — each, shown first.)
  const clauses = !question && w.chatKind === "stuurgroep" ? text.replace(/^\s*@?wijkbot[\s,:]*/i, "").split(/\s*[,;]\s*|\s+en\s+(?=(?:punt\s+)?\d)/).map((c) => fold(c)).filter(Boolean) : [];
  const perClause = clauses.length >= 2 && clauses.length <= 4 ? clauses.map((c) => readAgendaByNumber(bareItemNumbers(c), false)) : [];
  const eachCommand = perClause.map((u) => (u && (u.kind === "run" || u.kind === "confirm") && !(u.kind === "confirm" && u.then?.length) && /^\/agenda (behandeld|uitstellen|accepteer) \d{1,2}(?: \d{1,2})*$/.test(u.text) ? u.text : undefined));
  if (eachCommand.length && eachCommand.every(Boolean) && new Set(eachCommand.map((c) => c!.split(" ")[1])).size > 1) return confirmEach(eachCommand.map((text) => ({ text: text! })));
  const newAndOther = question ? undefined : await newActionAndAnother(text, w);
  if (newAndOther) return newAndOther;
  const created = markedDecision(text, question, w.chatKind === "stuurgroep") ?? decidedFirst ?? readAgendaByNumber(w.chatKind === "stuurgroep" ? bareItemNumbers(f) : f, question) ?? (await readAgendaByName(f, w, question)) ?? (await readAgendaOrder(f, w, question)) ?? shortAgreement(text, question, w.chatKind === "stuurgroep") ?? readNewAction(text, f, w, question) ?? readAgendaItem(text, f, spans, w, question) ?? readDecision(text, f, question);
  if (created) return await withPlaceAfterAccept(await forNamedMeeting(await decisionAtNamedItem(created, w), text, w), f, w);
  // ("kun je daar een actie van maken?", "zet er nog een actie bij voor mij aub", "maak er maar een actie van: Voorleestas voor thuis,
  // doelgroep 0-4": a new action asked for in so many words — read after the colon as one, else asked what it is called. Never a
  // change to an action whose word happens to be in it.)
  if (NEW_ACTION_ASKED.test(f)) {
    const named = text.match(/\b(?:actie|action)\b[^:]{0,50}:\s*(\S.{2,})$/i)?.[1];
    const again = named ? await understand(`nieuwe actie: ${named}`, w) : undefined;
    if (again && (again.kind === "confirm" || again.kind === "run") && again.text.startsWith("/actie nieuw ")) return { kind: "confirm", question: again.kind === "confirm" ? again.question : localText("understand.confirm", { what: again.text }), text: again.text, ...(again.kind === "confirm" && again.then ? { then: again.then } : {}) };
    return { kind: "read-as", question: localText("understand.newWhat"), prefix: "nieuwe actie:" };
  }
  // ("Could you switch to English for me? Reading Dutch … takes me a while": the language, before any action a word may name.)
  // ("could you talk to me in English from now on?", "mag weer in het Nederlands hoor, ik wil oefenen": the language to talk in.)
  const language = /\b(english|engels|dutch|nederlands)\b/.test(f) && (/\b(switch|change|overschakelen|overstappen|taal|language|keep|houd|hou)\b/.test(f) || /\b(talk|speak|write|praat|praten|spreek|spreken|schrijf|schrijven)\b.*\b(in|to me|with me|met mij|met me|tegen mij|tegen me)\b/.test(f) || /^(?:(?:mag|kan|het mag|doe maar|graag|ok|oke)\s+)*(?:weer|voortaan|vanaf nu|gewoon)\s+(?:in het\s+)?(?:nederlands|engels|dutch|english)\b/.test(f)) ? await readAdmin(text, f, spans, w, question) : undefined;
  if (language) return language;
  if (asksWhether && spans.length) return actionInfo(spans, w, text);
  // Read before the questions about actions: a rename asked as a question ("kan ik de techniekdag hernoemen naar
  // Techniekfestival?"), and being away until a day with a stand-in asked for ("ik ben t/m vrijdag 16 jan ziek thuis, kan
  // Youssef mijn zaken waarnemen?") — each the change, shown first, not information about an action they name.
  // ("kun je mij aanjager maken van vreedzaam? … met youssef besproken": a role asked for, not who someone is.)
  const adminFirst = /\b(hernoem|hernoemen|omdopen|rename)\b/.test(f) || (/\b(aanjager|kartrekker|voorzitter|stuurgroeplid)\b/.test(f) && /\b(maak|maken|benoem|benoemen|make)\b/.test(f)) || (/\b(ziek|afwezig|met \w*verlof|op vakantie|met vakantie|er niet)\b/.test(f) && /\b(t m|tot en met|until)\b/.test(f)) || (/\b(alles|alle (?:\w+ )?acties|(?:al )?(?:zijn|haar) (?:\w+ )?acties|all of|everything|all (?:his|her) (?:stuff|actions))\b/.test(f) && /\b(?:aan|naar|op) \S+ (?:geven|overdragen|zetten)\b|\b(?:geef|draag|hand over|transfer)\b|\b(?:mogen|moeten|gaan|kunnen) (?:\w+ )?naar \S+/.test(f)) ? await readAdmin(text, f, spans, w, question) : undefined;
  if (adminFirst) return adminFirst;
  // ("wijkwebsite op bezig en zet erbij wat ik net schreef": what was written before is not in this message — asked, never guessed.)
  if (/\b(?:wat|dat)\s+(?:ik|hij|zij|ze|\p{L}+)\s+(?:net|eerder|hierboven|zojuist|daarnet|daar)\s+(?:schreef|zei|typte|appte|stuurde|schreven|zeiden)\b/u.test(f)) return { kind: "say", text: localText("understand.noteWhat") };
  const counted = !question ? bareNumberOf(text, spans) : undefined;
  if (counted) return counted;
  const query = await readQuery(text, f, spans, w, question);
  if (query) return query;
  const admin = await readAdmin(text, f, spans, w, question);
  if (admin) return admin;
  const change = await readChange(text, f, spans, w, question);
  if (change) return change;
  // "ik moet morgen de ouders van de huiswerkklas bellen": something to do at a moment — a reminder, offered.
  // ("niet vergeten maandagochtend de voorleesboeken ophalen bij de bieb": a note to self at a moment — the same.)
  const toDo = !question ? text.match(/^\s*(?:@wijkbot[\s,:]*)?(?:(?:ik|i)\s+(?:moet|must|have to|need to)|(?:niet vergeten|vergeet niet|don't forget|dont forget)\s*:?)\s+(.{4,})$/i) : null;
  const offered = toDo && findDateIn(toDo[1], w.now, w.region) ? await readReminder(`herinner me aan ${toDo[1]}`, fold(`herinner me aan ${toDo[1]}`), w, false) : undefined;
  if (offered?.kind === "run") return { kind: "confirm", question: localText("understand.confirm", { what: offered.text }), text: offered.text };
  if (offered) return offered;
  const news = !question && !spans.length ? await newsForOwnAction(text, f, w) : undefined;
  if (news) return news;
  // ("kan de deadline een maand later?", "deadline graag naar 1 april": a deadline moved without saying of which action —
  // which one? The next message names it.)
  if (!spans.some((s) => s.quality >= 2) && /\b(deadline|einddatum|due date)\b/.test(f) && !/\b(wat|wanneer|welke|hoe|what|when|which|how)\b/.test(f)) {
    const shift = readShift(f);
    const date = shift ? undefined : findDateIn(text, w.now, w.region);
    if (shift || date) return { kind: "need-action", question: localText("understand.whichAction"), command: "actie deadline", then: ` ${shift ?? date!.phrase.replace(/^(?:op|naar)\s+/i, "")}` };
  }
  return { kind: "say", text: localText("understand.generic", { suggestions: suggestCommands(f, w.router.commands).join("\n") }) };
}

/** A word that tells what happened: a past participle ("geplant", "gehouden", "opgehaald") or a past tense. */
const HAPPENED =
  /\b((?:\p{L}{0,6})ge\p{L}{2,}(?:d|t|en)|kwam|kwamen|waren|hadden|deden|gingen|hielden|gaven|kregen|zagen|spraken|planted|held|had|came|went|did|got|finished|started|visited|joined|\p{L}{3,}ed)\b/u;
/** Participle-shaped words that tell nothing happened. */
const NOT_HAPPENED = /^(geen|genoeg|gewoon|gezond|gezonde|gemeente|gelukkig|geleden|gezin|gezinnen|geld|gesprek|gebied|gebouw|getal|gedoe|geduld|gezellig|gevraagd|gedacht)$/;

/**
 * "kinderen hebben tomaten geplant in de bakken", "gisteren 12 ouders op de koffieochtend": news about work done, with no
 * action named — at which of the sender's own open actions should it be noted? Numbered, or one ja/nee question when
 * they have one. Nothing is noted until they answer.
 */
async function newsForOwnAction(text: string, f: string, w: UnderstandWorld): Promise<Understanding | undefined> {
  // ("ja, en zet erbij dat …" is an answer to something, not news.)
  if (!w.ownActions || f.split(" ").length < 4 || /\?/.test(text) || /^(ja|nee|ok|oke|yes|no|jep|klopt)\b/.test(f)) return undefined;
  const happened = [...f.matchAll(new RegExp(HAPPENED.source, "gu"))].some((m) => !NOT_HAPPENED.test(m[1]));
  if (!happened || /^(ik|we|wij|i)\s+(ga|gaan|wil|willen|moet|moeten|zou|zouden|kan|kunnen|will|want|need)\b/.test(f)) return undefined;
  const own = await w.ownActions();
  if (!own.length || own.length > 6) return undefined;
  // ("zet bij dat project met de waterkraan dat de handtekeningen …": the words that ask to note it are not the note.)
  // (The text has been through withoutSignature already.)
  const note = text
    .replace(/^\s*@?wijkbot[\s,:]*/i, "")
    .replace(/^(?:(?:kun je|kan je|wil je|even|ff|graag)\s+)*(?:zet|schrijf|noteer)\s+(?:(?:even|ff|maar|ook)\s+)*(?:bij\s+.*?\s+)?dat\s+(?=\S)/i, "")
    .trim();
  if (!note) return undefined;
  if (own.length === 1) {
    const command = `/actie update ${own[0].title}: ${note}`;
    return { kind: "confirm", question: localText("understand.ownActionNote", { title: own[0].title, note }), text: command, pickActionId: own[0].id };
  }
  return {
    kind: "choose",
    question: localText("understand.whichOwnAction", { note }),
    options: own.map((a) => ({ label: a.pillarName ? `${a.title} (${a.pillarName})` : a.title, text: `/actie update ${a.title}: ${note}`, pickActionId: a.id })),
  };
}

/** One change in a part of a message: a command run or shown first on its own, not one that only shows something. */
function singleChange(u: Understanding): { text: string; pickActionId?: string } | undefined {
  return (u.kind === "run" || (u.kind === "confirm" && !u.then?.length)) && !u.note && !SHOWS_ONLY.test(u.text) ? { text: u.text, ...(u.pickActionId ? { pickActionId: u.pickActionId } : {}) } : undefined;
}

/** The changes a part of a message stands for: one, or the several it was read as (shown first as a list). */
function changesIn(u: Understanding): { text: string; pickActionId?: string }[] | undefined {
  const one = singleChange(u);
  if (one) return [one];
  if (u.kind !== "confirm" || !u.then?.length || u.note) return undefined;
  const all = [{ text: u.text, ...(u.pickActionId ? { pickActionId: u.pickActionId } : {}) }, ...u.then];
  return all.every((c) => !SHOWS_ONLY.test(c.text)) ? all : undefined;
}

/** Two actions named plainly, one on each side of "en", a comma or a full stop, each with a change of its own. */
async function twoChanges(text: string, w: UnderstandWorld): Promise<Understanding | undefined> {
  // (A name before a colon at the start counts when it stands out a little: "moestuin: …".)
  // ("watertappunt is klaar. moestuin: de bakken zijn gevuld": so does one that opens a sentence.)
  const colons = [...text.matchAll(/(?:^\s*(?:@?wijkbot[\s,:]*)?|[.!?]\s+)[^:.!?]{3,40}:/g)].map((m) => m.index! + m[0].length);
  // ("… de GGD moet nog": one word that is also an organisation's name is the organisation, not an action named.)
  const orgWords = new Set(w.organisations.flatMap((o) => fold(o).split(" ")).filter((x) => x.length >= 2));
  const strong = locateActions(w.index, text).filter((s) => (s.exact || s.quality >= 4 || s.distinctive || (colons.some((at) => s.end < at) && /^\s*:/.test(text.slice(s.end)) && s.quality >= 1.8)) && (s.exact || fold(text.slice(s.start, s.end)).includes(" ") || !orgWords.has(fold(text.slice(s.start, s.end)))));
  if (strong.length < 2) return undefined;
  let tried = 0;
  for (const cut of text.matchAll(/\s+(?:en|and|&)\s+|\s*[,;]\s+(?:en\s+|and\s+)?|[.!]\s+(?:en\s+)?/gi)) {
    const at = cut.index!;
    const end = at + cut[0].length;
    const left = strong.filter((s) => s.end <= at);
    const right = strong.filter((s) => s.start >= end);
    if (!left.length || !right.length || right.some((r) => left.some((l) => l.action.id === r.action.id))) continue;
    // (Each part is read on its own and must be a change by itself: in "de moestuin en de speeltuin zijn klaar" the part
    // "de moestuin" changes nothing, so that stays one message about two actions.)
    const leftText = text.slice(0, at);
    const rightText = text.slice(end);
    if (leftText.trim().split(/\s+/).length < 2 || rightText.trim().split(/\s+/).length < 2) continue;
    // (Only a field or status of an action on each side: "…, ik heb er geen tijd voor ivm het zomerkamp" is a reason,
    // not a note for the zomerkamp; "afgesproken dat … en dat …" is read as decisions.)
    const fieldChange = (u: { text: string } | undefined) => (u && isFieldChange(u.text) ? u : undefined);
    // (News after a name and a colon first is a note of its own: "veilig naar school: er staan weer verkeersbrigadiers.
    // en vuurwerkvoorlichting kan nu echt op klaar".)
    const colonNews = (u: { text: string } | undefined) => (u && /^\/actie update\b/.test(u.text) && /^\s*(?:@?wijkbot[\s,:]*)?[^:.!?]{3,40}:\s*\S/.test(leftText) ? u : undefined);
    const leftReading = singleChange(await understand(leftText, w));
    // ("peter stopt bij WIJ per oktober. geldlessen gaat naar daan en de speeltuin neemt esther over": why, said in a sentence
    // before the first change, is not part of it.)
    const lastSentence = leftText.match(/^(.*[.!?])\s+(\S(?:[^.!?]*\S)?)\s*$/s);
    const leftAlone = !leftReading && lastSentence && lastSentence[2].split(/\s+/).length >= 2 && strong.some((s) => s.start >= lastSentence[1].length && s.end <= at) ? singleChange(await understand(lastSentence[2], w)) : undefined;
    // ("wijkplan jonge kind: kinderopvang en peuterspeelzalen hebben hun input geleverd, …": news after a colon is not cut at an
    // "en" inside it.)
    const first = fieldChange(leftReading) ?? (/^\s+(?:en|and|&)\s+$/i.test(cut[0]) ? undefined : colonNews(leftReading)) ?? fieldChange(leftAlone);
    // (The part after may hold two changes itself: "wijkwebsite is live! 2e schil parkeren we … . en de ouderavond
    // verzetten we naar 11 februari".)
    const rest = first ? changesIn(await understand(rightText, w)) : undefined;
    const rightColon = /^\s*[^:.!?]{3,40}:\s*\S/.test(rightText) && /[.!?]\s+$/.test(text.slice(at, end));
    // ("betrokkenheid cb is gestart. en schrijf bij de buurtmoestuin dat de zaden binnen zijn": a note asked for in so many words,
    // at the other action.)
    const rightAsks = /^\s*(?:(?:en|ook|nog|and)\s+)*(?:schrijf|noteer|zet|note)\s+(?:(?:even|ook|nog|maar|ff)\s+)*(?:er\s+)?bij\b/i.test(rightText);
    // ("geldlessen klaar, speeltuin nog steeds niet begonnen want …": a status, then news that opens with the other's name.)
    const rightOpensWithName = first !== undefined && /^\/actie (?:klaar|bezig|stop|parkeer) /.test(first.text) && right.some((r) => /^\s*(?:(?:de|het|en|bij|and|the)\s+)*$/i.test(text.slice(end, r.start)) && (r.exact || r.quality >= 2));
    const second = rest?.every((c) => fieldChange(c) || ((rightColon || rightAsks || rightOpensWithName) && rest.length === 1 && /^\/actie update\b/.test(c.text))) ? rest : undefined;
    if (first && second && second.every((c) => c.text !== first.text)) return confirmEach([first, ...second]);
    if (++tried >= 2) return undefined;
  }
  return undefined;
}

/** A change to a field or the status of an action (not news, information or a new action). */
function isFieldChange(command: string): boolean {
  return /^\/actie (?!update\b|info\b|nieuw\b)/.test(command);
}

/** A field of an action, said without its name after "en" or a comma. */
const FIELD_SAID = /\b(deadline|einddatum|bereik|bereikt|budget|begroot|besteed|uitgegeven|partner|partners|doelgroep|pijler|eigenaar|eigenaren)\b|\bvalt (?:\w+ )?onder\b|\bis (?:bedoeld )?voor (?:0-4|4-12|12\+|alle leeftijden|iedereen|jong en oud)|\b(?:doen|doet|zijn|waren|hebben|kwamen) (?:er )?(?:nu |al |inmiddels )?\d+ \p{L}+ (?:mee|bereikt|geweest)\b|€\s*\d/u;

/**
 * "spreekuur gestart 🙌 en de deadline mag naar eind juni", "huiskamer begroot 1250 en Stichting Present doet ook mee als
 * partner": two changes to one action, the second said without its name — each read on its own (the second with the name
 * put before it), shown first, both.
 */
async function twoFieldsOfOne(text: string, w: UnderstandWorld): Promise<Understanding | undefined> {
  // (Only at the first break after the name, with the field said at the start of the part after it — or "… als partner" at
  // its end: "de bouwer heeft het ontwerp af. deadline eind juni" after the status is news with a deadline, read elsewhere.
  // The breaks are looked at first: most messages have none that says a field, and then no action is looked up.)
  const saysField = (right: string) => {
    const head = fold(right.split(/[.,;!?]/)[0]).split(" ").slice(0, 5).join(" ");
    // ("… en Esther mag er ook bij als eigenaar": the field said at the end.)
    return right.trim().split(/\s+/).length >= 2 && (FIELD_SAID.test(head) || /^\s*€/.test(right) || /\b(?:als|was|is|wordt|doet mee als) (?:ook )?(?:partner|eigenaar|mede eigenaar|medeeigenaar)(?: (?:erbij|bij|erop))?[\s.!]*$/.test(fold(right)));
  };
  // ("voorleesochtend zit erop ✔️ 23 peuters bereikt": a tick between the two parts is a break too.)
  const cuts = [...text.matchAll(/\s+(?:en|and|&)\s+|\s*[,;]\s+(?:en\s+|and\s+)?|[.!]\s+(?:en\s+)?|\s*(?:✔️?|✅|☑️?|🎉|👍|💪|🙌)+\s+/giu)];
  if (!cuts.some((c) => saysField(text.slice(c.index! + c[0].length)))) return undefined;
  // (One action named: plainly, or else weakly — "spreekuur" of the Inloopspreekuur JGZ in het buurthuis.)
  const named = locateActions(w.index, text).filter((s) => s.exact || s.quality >= 1);
  const plain = named.filter((s) => s.exact || s.quality >= 2);
  // ("voorlichting gezonde traktaties doelgroep 4-12 en …": the name said in full wins over a word of another title.)
  const exact = named.filter((s) => s.exact);
  const spans = exact.length ? exact : plain.length ? plain : named;
  if (!spans.length || new Set(spans.map((s) => s.action.id)).size !== 1) return undefined;
  const name = spans[0].action.shortName ?? spans[0].action.title;
  // ("… eigenaar wordt Lisa, niet ik. en partner Biblionet": what the value is not, after a break, belongs to it.)
  const after = cuts.filter((c) => c.index! >= spans[spans.length - 1].end);
  const ruledOut = after.findIndex((c) => !/^(?:niet|not|ipv|i\.?p\.?v\.?)\b/i.test(text.slice(c.index! + c[0].length)));
  const cut = ruledOut >= 0 ? after[ruledOut] : undefined;
  if (!cut) return undefined;
  const at = cut.index!;
  const rightText = text.slice(at + cut[0].length);
  // (Counted from the name: "oh en bij die gezonde lunch: begroting 1200 euro" says no more than its last six words.)
  if (!saysField(rightText) || text.slice(Math.min(...spans.map((s) => s.start)), at).trim().split(/\s+/).length > 8) return undefined;
  const first = singleChange(await understand(text.slice(0, at), w));
  if (!first || !isFieldChange(first.text)) return undefined;
  // (The name put before the part, with a colon or plainly: "Techniekdag: Gasunie was partner", "Veilig naar school doen nu 31
  // kinderen mee" — the colon first, so the name is never read as part of a partner's name.)
  for (const said of [`${name}: ${rightText}`, `${name} ${rightText.replace(/^(?:(?:de|het|er|ook|dan)\s+)+/i, "")}`]) {
    const rest = changesIn(await understand(said, w));
    if (rest?.length && rest.every((c) => isFieldChange(c.text) && c.text.split(" ")[1] !== first.text.split(" ")[1])) return confirmEach([first, ...rest]);
  }
  return undefined;
}

/** The text before a name is nothing, or the one title word before the span ("waarom" of "… het waarom achter de cijfers"). */
function titleLeadsIn(text: string, span: ActionSpan<IndexedAction>): boolean {
  const lead = fold(text.slice(0, span.start)).trim();
  if (!lead) return true;
  const first = fold(text.slice(span.start, span.end)).split(" ")[0];
  return !lead.includes(" ") && ` ${fold(span.action.title)} `.includes(` ${lead} ${first} `);
}

/** Dictated without punctuation: "geldlessen zijn klaar punt alle drie de groepen …" — the spoken "punt"/"komma" as the marks. */
function spokenPunctuation(text: string): string {
  if (/[.,!?;:]/.test(text) || !/\s(punt|komma|vraagteken|uitroepteken)(\s|$)/i.test(text)) return text;
  return text
    .replace(/(?<!\b(?:agenda|agendapunt|het|een|ene|dit|dat|die|welk|ieder|elk|volgend|vorig|eerste|tweede|derde|laatste|ander|andere|mijn|jouw|zijn|haar|ons|hun|nieuw|extra))\s+punt(?=\s+(?!\d)|$)/gi, ".")
    .replace(/\s+komma(?=\s|$)/gi, ",")
    .replace(/\s+vraagteken(?=\s|$)/gi, "?")
    .replace(/\s+uitroepteken(?=\s|$)/gi, "!");
}

/** "de stuur groep stukken", "moes tuin is klaar": a word of the wijk that dictation split in two (or three) is joined. */
function joinSplitWords(text: string, w: UnderstandWorld): string {
  const known = (word: string) => word.length >= 7 && (DICTATION_COMPOUNDS.has(word) || w.index.hasWord(word));
  const parts = text.split(/(\s+)/);
  for (let i = 0; i + 2 < parts.length; i += 2) {
    const [a, b, c] = [parts[i], parts[i + 2], parts[i + 4]].map((p) => (p !== undefined && /^\p{L}{2,}$/u.test(p) ? p : undefined));
    if (!a || !b || known(fold(a)) || known(fold(b))) continue;
    if (c && !known(fold(c)) && known(fold(a + b + c))) parts.splice(i, 5, a + b + c);
    else if (known(fold(a + b))) parts.splice(i, 3, a + b);
  }
  return parts.join("");
}

/** "… mag op afgerond. mvg Bram": a greeting and name signed under the message are not part of it. */
function withoutSignature(typed: string, w: UnderstandWorld): string {
  // "Goedemorgen. Hierbij deel ik u mede dat …", "moi, overzicht ff", "Verzoek om …. Bij voorbaat dank.": the courtesy
  // around a message is not part of it (only when something is left).
  const mention = typed.match(/^@?wijkbot\b[\s,:]*/i)?.[0] ?? "";
  typed = typed.slice(mention.length);
  const lead = typed.match(/^(?:(?:goedemorgen|goedemiddag|goedenavond|goeiemorgen|goeiemiddag|goeienavond|goeie (?:morgen|middag|avond)|goede (?:morgen|middag|avond)|morgen|moi|moin|hoi|hallo|hey|hee|hi|hello|dag|beste|geachte|yo|good morning|good afternoon|good evening|dear)(?:\s+(?:wijkbot|allemaal|allen|iedereen|all|team|heren|dames))?[\s]*[,.!:]+\s*|(?:moi|hoi|hallo|hey|hi|dag)\s+(?!ik\b|we\b|wij\b)\p{L}[\p{L}-]+\s*[,!:]+\s*|(?:moi|hoi|hallo|hey|hi)\s+(?=\S))/iu)?.[0];
  let text = lead && typed.slice(lead.length).trim().split(/\s+/).length >= 2 ? typed.slice(lead.length).trim() : typed;
  const tell = text.match(/^(?:hierbij\s+)?(?:deel|laat)\s+ik\s+(?:u|je|jullie)\s+(?:graag\s+)?(?:mede|weten)\s+dat\s+(?=\S)|^(?:ik\s+wil\s+(?:u|je|jullie)\s+(?:graag\s+)?(?:laten weten|melden|mededelen)|graag\s+(?:meld|deel)\s+ik(?:\s+(?:u|je|jullie))?(?:\s+mede)?)\s+dat\s+(?=\S)/i)?.[0];
  if (tell) text = text.slice(tell.length);
  const thanks = text.match(/[\s,.;!]+(?:bij voorbaat dank|alvast (?:hartelijk )?(?:bedankt|dank)|dank (?:je|u) (?:wel )?(?:alvast)?|thanks in advance|thx in advance|alvast thanks)[\s.!]*$/i);
  if (thanks && thanks.index !== undefined && text.slice(0, thanks.index).trim().split(/\s+/).length >= 3) text = `${text.slice(0, thanks.index).trim()}${/[.!?]$/.test(text.slice(0, thanks.index).trim()) ? "" : "."}`;
  const m = text.match(/(^|[\s,.!;])(?:mvg|m\.v\.g\.?|hgr|(?:met\s+)?(?:(?:vriendelijke|hartelijke|hartelijk|warme|lieve|beste|zonnige|sportieve|collegiale)\s+)?groet(?:jes|en)?|grtz|greetz|gr\.|kind regards|regards|cheers|thx)[\s,.!]*([\p{L}]+)?[\s.!]*$/iu);
  if (!m || m.index === undefined) return `${mention}${text}`;
  const name = m[2];
  if (name && !w.people.some((p) => fold(p.displayName).split(" ")[0] === fold(name)) && name !== w.sender?.displayName) return `${mention}${text}`;
  const rest = text.slice(0, m.index + m[1].length).replace(/[\s,;]+$/, "").trim();
  return `${mention}${rest || text}`;
}

/** "acties mijn", "actie klaar watertappunt": a command typed without its slash. */
function commandWithoutSlash(typed: string, typedFolded: string, router: CommandRouter, question: boolean): Understanding | undefined {
  if (question) return undefined;
  // "weekoverzicht aub": a polite word at the end is not part of the command.
  const text = typed.replace(/[\s,]+(aub|a\.u\.b\.?|graag|please|pls|svp|alsjeblieft|alstublieft|thanks|bedankt|dank je|even|ff|effe)[\s.!?]*$/i, "").trim() || typed;
  const f = text === typed ? typedFolded : fold(text);
  const first = f.split(" ")[0];
  const names = new Set(router.commands.flatMap((c) => [c.name, ...(c.aliases ?? [])].map((n) => fold(n).split(" ")[0])));
  if (!names.has(first) || /^(wie|status|lijst|list|people|mensen|terug|herstel|herinner|herinnering|reminder|remind|ik|taal|check)$/.test(first)) return undefined;
  const route = router.route(text);
  if (route.kind !== "command") return undefined;
  // A new action said without the slash is read for its parts and asked first (read-new.ts).
  // (Typed in the command's own form — "actie nieuw Voorleesochtend eigenaar @Bram" — it runs as typed.)
  const ownForm = /\s(pijler|eigenaar|eigenaren|deadline|doelgroep|partner|agendapunt|besluit|bespreking|informatie|actie)\s/i.test(` ${route.routed.rest} `) || route.routed.rest.split(/\s+/).length <= 3;
  if (["agendapunt", "besluit"].includes(route.routed.command.name)) return undefined;
  // ("datumprikker: nummer 2 wordt het": the choice, read as free text.)
  if (route.routed.command.name === "datumprikker" && /\b(wordt het|het wordt|kies|kiezen|gekozen|nemen|winnaar|gaat door)\b/i.test(route.routed.rest)) return undefined;
  // ("datumprikker voor de juni vergadering: 2 juni 19:30, …": a label before the options — read as free text.)
  if (route.routed.command.name === "datumprikker" && /^[^:\d]{3,60}:\s*\S/.test(route.routed.rest.trim())) return undefined;
  // ("help met vakantie: hoe haal ik een periode weg": a question after "help", read for its topic.)
  if (route.routed.command.name === "help" && route.routed.rest.trim().split(/\s+/).length > 3) return undefined;
  // ("koppel deze groep, code X8TR2MWP": more words than the code — read as free text, which finds the code.)
  if (route.routed.command.name === "koppel" && route.routed.rest.trim().split(/\s+/).length > 1 && /(?<![\p{L}\p{N}])[A-Z0-9]{8}(?![\p{L}\p{N}])/u.test(route.routed.rest)) return undefined;
  // ("agenda: eerst de begroting, dan de rest": words /agenda does not take — read as free text.)
  if (route.routed.command.name === "agenda" && route.routed.rest.replace(/^[\s:,-]+/, "").trim()) return undefined;
  // ("overzicht van alle acties van vreedzaam": words /overzicht does not take — read as free text.)
  if (route.routed.command.name === "overzicht" && /\b(acties|actions|pijler|pillar)\b/i.test(route.routed.rest)) return undefined;
  // ("acties van gezond graag, wijkbot": more words than the list takes — read as free text.)
  if (route.routed.command.name === "acties" && /\b(van|bij|voor|graag|aub|pls|wijkbot|please|even)\b|[,.!?]/i.test(route.routed.rest)) return undefined;
  if (route.routed.command.name === "actie nieuw" && !(ownForm && !/[,.;:]/.test(route.routed.rest))) return undefined;
  // ("postpone item 2 to March": an agenda item by its number, not a reminder to snooze — read as free text.)
  if (route.routed.command.name !== "agenda" && /^\s*(?:the\s+)?(?:agenda)?(?:punt|item|items|punten)\s+\d{1,2}\b/i.test(route.routed.rest)) return undefined;
  const phrase = [route.routed.command.name, ...(route.routed.command.aliases ?? [])].map((n) => fold(n));
  if (!phrase.some((p) => f === p || f.startsWith(`${p} `))) return undefined;
  return { kind: "run", text: `/${text}` };
}

/** A reminder said in other words, read in the usual order ("herinner me <wanneer> aan <wat>") and always shown first. */
async function reminderShownFirst(said: string, w: UnderstandWorld): Promise<Understanding | undefined> {
  const asked = await readReminder(said, fold(said), w, false);
  if (asked?.kind === "run") return { kind: "confirm", question: localText("understand.confirm", { what: asked.text }), text: asked.text };
  return asked?.kind === "confirm" ? asked : undefined;
}

/** Commands that only show something: never half of "two requests in one message". */
const SHOWS_ONLY = /^\/(?:(?:actie info|acties|help|wie|vergaderingen|herinneringen|besluitenlijst|mijngegevens|checkin|status|rapport|maandbericht)(?:\s|$)|(?:agenda|overzicht|weekoverzicht)$)/;

/** Asked to do it: "kun je …", "wil je …", "graag …", or a command word first. */
const ASKED_TO = /^(?:(?:kun|kan|kunt|wil|wilt|zou|zoudt|could|can|would|will) (?:je|jij|u|you)\b|(?:graag|pls|please|aub)\b|(?:mail|e-?mail|stuur|print|druk|bel|reserveer|boek|bestel|betaal|maak (?:\w+ )?over|reset|voeg|deel|share|invite|nodig)\b)/;
/** Passing something on outside the bot's chats: files, copies, people added to an app, a link shared with someone. */
const SHARE_OUTSIDE = /\b(doorsturen|door sturen|forward|flyer|bijlage|attachment|kopie|kopieen|kopietjes|copies|kopieren|share|delen met|deel (?:\w+ ){0,4}met|uitnodigen|nodig (?:\w+ ){0,3}uit|invite|toevoegen aan|voeg (?:\w+ ){0,3}toe aan|add (?:\w+ ){0,3}to the (?:group|app|chat))\b/;

/**
 * "kun je een mail sturen naar de wethouder", "print het overzicht", "wat vind jij, moeten we …",
 * "kun je mijn wachtwoord resetten": things wijkbot cannot do — said plainly, with what it can do instead.
 */
function readCannotDo(f: string, text: string): Understanding | undefined {
  // "welke gegevens heb je van mij?", "wat weet je over mij": what is kept about the sender (AVG).
  if (/\b(welke gegevens|wat voor gegevens|mijn gegevens (zien|inzien|opvragen|bekijken)|(een )?kopie van (al )?(mijn|mn|m n) gegevens|(a )?copy of (all )?my data|wat (weet|bewaar|bewaart|heb|hebben) (je|jij|jullie|wijkbot|de bot) (allemaal )?(van|over) mij|what (data|do you (know|keep|store)) (about|on|of) me|what (data|information|info|details) do you (keep|store|have|hold|save) (about|on|of) me)\b/.test(f) && !/\b(verwijder|wissen|wis|vergeet|delete|remove|erase)\w*\b/.test(f)) return run("/mijngegevens");
  // "wat doet wijkbot eigenlijk?", "wat is wijkbot": what the bot is for.
  if (/^(wat|what) (doet|doe|is|kan|does|is) (de |this )?(wijkbot|bot|je|jij|this bot)\b/.test(f) && f.split(" ").length <= 7) return run("/help");
  // ("wat kan ik allemaal met acties doen via jou?": what the bot can do for one.)
  if (/^(?:wijkbot )?wat kan ik (?:\w+ ){0,4}?(?:doen )?(?:via|met|bij) (?:jou|je|wijkbot|de bot|deze bot)\b|^(?:wijkbot )?wat kan ik (?:\w+ ){0,3}met (?:jou|je|wijkbot|de bot) (?:\w+ ){0,2}doen\b/.test(f) && f.split(" ").length <= 12) return run(/\bacties?\b/.test(f) ? "/help actie" : "/help");
  // "maak een nieuwe link voor het overzicht" (the old one leaked): the coördinator's command, shown first.
  if (/\b(nieuwe link|nieuwe url|andere link|link (vernieuwen|intrekken|ongeldig maken|wijzigen|veranderen))\b/.test(f) && /\b(overzicht|bord|board|overview|web|webpagina|dashboard)\b/.test(f)) return { kind: "confirm", question: localText("understand.confirm", { what: "/overzicht nieuwe-link" }), text: "/overzicht nieuwe-link" };
  // "geef me de link naar het overzicht": /overzicht ends with the link to the web page.
  // ("can you share the board link with the new alderman?": sharing it with someone outside is theirs to do — asked below.)
  if (/\b(link|url|webpagina|website van het overzicht|webadres|op internet|online|in de browser|op de computer|op mijn laptop)\b/.test(f) && /\b(overzicht|bord|board|overview|web|webpagina|dashboard)\b/.test(f) && !/\b(nieuwe link|nieuwe-link|andere link|link (vernieuwen|intrekken|ongeldig))\b/.test(f) && !(ASKED_TO.test(f) && SHARE_OUTSIDE.test(f))) return run("/overzicht");
  // "hoeveel mensen hebben de check-in al ingevuld?": the state of the round.
  if (/\bcheck ?-?in\b|\bcheckin\b|\btussentijdse check\b/.test(f) && /\b(hoeveel|wie|stand|ingevuld|geantwoord|gereageerd|gedaan|binnen|respons|reacties)\b/.test(f) && !/\b(hoe (moet|kan|werkt|doe))\b/.test(f)) return run("/checkin");
  // "stuur de check-in nu rond": the mid-year check sent now (the coördinator's), shown first.
  if (/\b(stuur|verstuur|versturen|sturen|rondsturen|start|starten)\b/.test(f) && /\b(check ?-?in|checkin|tussentijdse check)\b/.test(f) && !/\b(herinner\w*|reminder|seintje)\b/.test(f)) return { kind: "confirm", question: localText("understand.confirm", { what: "/jaarplan check" }), text: "/jaarplan check" };
  // "maak een koppelcode voor de nieuwe groep": a group's code is made in the terminal — the help of /koppel says how.
  if (/\b(koppelcode|koppel code|koppelcodes|join code)\b/.test(f) && /\b(maak|maken|aanmaken|geef|stuur|nieuwe|genereer|krijg|aanvragen|create|make|get)\b/.test(f)) return run("/help koppel");
  // "kunnen we de vergadering van donderdag verzetten naar dinsdag?": no command moves a meeting — say what can be done.
  if (/\b(vergadering|stuurgroep|stuurgroepvergadering|meeting|bijeenkomst)\b/.test(f) && /\b(verzet|verzetten|verplaats|verplaatsen|verschuif|verschuiven|reschedule|move)\b/.test(f) && !/\b(agenda|agendapunt|punt \d|point \d|item \d|actie|deadline|herinner\w*|remind\w*)\b/.test(f)) {
    return { kind: "say", text: localText("understand.meetingMove") };
  }
  if (/\b(wachtwoord|password|inlogcode|inloggegevens)\b/.test(f)) return { kind: "say", text: localText("understand.noPassword") };
  // ("ik krijg te veel herinneringen, kan dat minder", "je stuurt te veel berichten in de stuurgroep app", "dat overzicht van jou is
  // te lang, ik lees het niet": fewer messages — which ones? The weekly overview off, or one's reminders to stop.)
  const tooMany = /\b(te ?veel|zo ?veel|te vaak|zo vaak|too many|too much|too often)\b(?: \w+){0,4} (berichten|berichtjes|herinneringen|meldingen|notificaties|reminders|messages|pings|appjes|mails|overzichten)\b|\b(berichten|berichtjes|herinneringen|meldingen|notificaties|reminders|messages|appjes)\b(?: \w+){0,4} (te ?veel|te vaak|too many|too often)\b|\b(dat|het|je|jouw|the) (week)?overzicht\b(?: \w+){0,3} (is|zijn) (veel |echt |wel )?(te lang|te groot|te veel)\b/.test(f);
  if (tooMany && !/\b(hoe|how|waarom|why)\b/.test(f) && f.split(" ").length <= 25) {
    return {
      kind: "choose",
      question: localText("understand.fewerMessages"),
      options: [
        { label: localText("understand.fewerMessages.digest"), text: "/weekoverzicht uit" },
        { label: localText("understand.fewerMessages.reminders"), text: "/herinneringen" },
      ],
    };
  }
  // "wat vind jij, moeten we het zomerkamp doorzetten?": not wijkbot's to decide — offered as an item for the stuurgroep.
  const opinion = text.match(/^\s*(?:@wijkbot[\s,:]*)?(?:wat vind jij|wat vind je|wat denk jij|wat denk je|wat zou jij doen|wat raad je (?:ons )?aan|what do you think|what would you do)\b[\s,:?-]*(?:van\s+|over\s+|about\s+|of\s+)?(.*?)[\s?!.]*$/i);
  if (opinion || /\b(jouw|je) (mening|advies)\b/.test(f)) {
    const topic = (opinion?.[1] ?? "").trim();
    if (topic.split(/\s+/).length < 2) return { kind: "say", text: localText("understand.noOpinion", { item: "…" }) };
    const item = `${topic.charAt(0).toUpperCase()}${topic.slice(1)}${/^(moeten|moet|gaan|zullen|kunnen|is|zijn|willen)\b/i.test(topic) ? "?" : ""}`;
    return { kind: "confirm", question: localText("understand.noOpinion", { item }), text: `/agendapunt ${item} bespreking` };
  }
  if (!ASKED_TO.test(f)) return undefined;
  // What was asked, as the text of a reminder ("een mail sturen naar de wethouder over het watertappunt").
  const what = text
    .replace(/^\s*@wijkbot[\s,:]*/i, "")
    .replace(/^(?:(?:kun|kan|kunt|wil|wilt|zou|zoudt|could|can|would|will)\s+(?:je|jij|u|you)\s+|(?:graag|pls|please|aub)\s+)(?:(?:even|ff|misschien|voor me|voor mij|please)\s+)*/i, "")
    .replace(/[\s?!.]+$/, "")
    .replace(/^(?:een|de|het)\s+/i, "")
    .trim();
  const remindOffer = (key: "understand.cannotMail" | "understand.cannotArrange" | "understand.cannotShare"): Understanding => ({ kind: "need-action", question: localText(key), command: `herinner mij ${what}` });
  if (/\b(mail|e-?mail|mailtje|mailen|e-?mailen|bellen|bel|opbellen|sms|brief|whatsappen|appen|app sturen)\b/.test(f) && /\b(naar|aan|de|het|een|op)\b/.test(f) && !/\b(herinner\w*|remind\w*|overzicht|link)\b/.test(f)) return remindOffer("understand.cannotMail");
  // ("can you call the alderman and invite him …", "send an email to the school": in English too.)
  // ("… reading Dutch on my phone takes me a while": one's own phone is no call to make.)
  if (/\b(call|phone|ring|email|e-mail|send (?:an |a )?(?:email|mail|message|letter))\b/.test(f.replace(/\b(?:on|op) (?:my|mijn) (?:phone|telefoon)\b/g, " ")) && /\b(the|an|a|to|him|her|them)\b/.test(f) && !/\b(herinner\w*|remind\w*)\b/.test(f)) return remindOffer("understand.cannotMail");
  if (/\b(print|printen|uitprinten|afdrukken|druk (\w+ )?af|print out)\b/.test(f)) return { kind: "confirm", question: localText("understand.cannotPrint"), text: "/overzicht" };
  // ("kun je de flyer doorsturen naar iedereen", "kan jij 25 kopieen maken", "voeg Daan toe aan de stuurgroep app".)
  if (SHARE_OUTSIDE.test(f) && !/\b(herinner\w*|remind\w*|agenda|agendapunt|partner|eigenaar|actie nieuw)\b/.test(f)) return remindOffer("understand.cannotShare");
  if (/\b(reserveer|reserveren|boek|boeken|bestel|bestellen|betaal|betalen|overmaken|maak (\w+ ){0,3}over|declareren|book|order|pay)\b/.test(f) && !/\b(besteed|uitgegeven|budget|begroting)\b/.test(f) && !/\b(herinner\w*|remind\w*|seintje|porren)\b/.test(f)) return remindOffer("understand.cannotArrange");
  return undefined;
}

/** "weekoverzicht hoeft niet meer voor mij", "graag het weekoverzicht elke maandag ontvangen": the weekly digest off or on. */
function readDigestSwitch(f: string, text: string): Understanding | undefined {
  // ("Ik ontvang graag ook elke week het weekoverzicht, net als Marieke.": asked for, for oneself.)
  if (/^(?:wijkbot )?(?:ik )?(?:ontvang|krijg|zou) (?:(?:graag|ook|voortaan|vanaf nu|wel|het|dat|dan) )*(?:(?:elke|iedere) (?:week|maandag) )?(?:(?:ook|graag) )*(?:het|dat|een|ook)? ?(?:weekoverzicht|wekelijkse overzicht|wekelijks overzicht)\b(?: (?:graag|ook|willen|ontvangen|krijgen))*/.test(f) && !/\b(niet|geen|not|no|hoe|wanneer|waarom)\b/.test(f) && !text.includes("?")) return { kind: "run", text: "/weekoverzicht aan" };
  // ("stuur me elke week dat overzicht": the weekly digest, by what it does.)
  // ("can I get the weekly overview too, every monday?": asked for — shown first.)
  if (/^(?:wijkbot )?(?:can|could|may) (?:i|we) (?:also )?(?:get|receive|have) (?:the |that )?weekly (?:overview|digest|summary)\b/.test(f) && !/\b(not|no|stop)\b/.test(f)) return { kind: "confirm", question: localText("understand.confirm", { what: "/weekoverzicht aan" }), text: "/weekoverzicht aan" };
  if (/\b(stuur|mail|geef|send) (me|mij|us|ons) (elke|iedere|every|each) (week|maandag|monday) (dat|het|een|the|that) (overzicht|overview)\b|\bwekelijks (een |het |dat )?overzicht (ontvangen|krijgen|sturen)\b/.test(f) && !/\b(niet|geen|not|no)\b/.test(f) && !text.includes("?")) return { kind: "run", text: "/weekoverzicht aan" };
  // ("ik wil ook elke week dat overzicht op maandag", "ik wil graag elke maandag dat weekoverzicht krijgen, kan dat?": asked for
  // in a wish — shown first when it is asked.)
  if (/\b(ik wil|ik zou|ik wil graag|wil ik|ik wou)\s+(?:(?:graag|ook|voortaan|wel|nou)\s+)*(?:(?:elke|iedere) (?:week|maandag)\s+)?(?:dat|het|een|ook)?\s*(?:wekelijkse?\s+)?(?:week)?overzicht\b|\b(ik wil|ik zou|ik wil graag|wil ik)\s+(?:(?:graag|ook|voortaan|wel)\s+)*(?:elke|iedere) (?:week|maandag) (?:dat|het|een) (?:week)?overzicht\b/.test(f) && /\b(elke|iedere|wekelijks\w*|weekoverzicht|krijgen|ontvangen)\b/.test(f) && !/\b(niet|geen|not|no|hoe)\b/.test(f)) return text.includes("?") ? { kind: "confirm", question: localText("understand.confirm", { what: "/weekoverzicht aan" }), text: "/weekoverzicht aan" } : { kind: "run", text: "/weekoverzicht aan" };
  // (A question, "hoe zet ik dat aan", or a reminder about reading it is something else.)
  if (!/\b(weekoverzicht|weekly digest|digest)\b/.test(f) || text.includes("?") || /^(kan|kun|mag|hoe|how|can)\b|\b(herinnering\w*|reminder\w*|hoe)\b/.test(f)) return undefined;
  if (/\b(hoeft niet meer|hoef ik niet( meer)?|niet meer (ontvangen|krijgen|sturen|nodig|hebben)|uitzetten|zet \w+ uit|afmelden|wil ik niet|stop|stoppen|no longer|unsubscribe|turn off)\b/.test(f)) return { kind: "run", text: "/weekoverzicht uit" };
  if (/\b(ontvangen|krijgen|aanzetten|zet \w+ aan|aanmelden|abonneren|subscribe|turn on|receive)\b/.test(f) && !/\b(niet|geen|not)\b/.test(f)) return { kind: "run", text: "/weekoverzicht aan" };
  return undefined;
}

/** What someone wants to see or do, by the word for it: the command that shows or does it, changing nothing (or asking itself). */
const SHOWN_BY: [RegExp, string][] = [
  [/^(maandelijkse |tussentijdse )?(check[ -]?in)$/, "/checkin"],
  [/^(weekoverzicht|weekly digest|digest)$/, "/weekoverzicht"],
  [/^(overzicht|bord|board|overview)$/, "/overzicht"],
  [/^(agenda|agenda van de stuurgroep)$/, "/agenda"],
  [/^(jaarrapport|rapport|monitor ?rapport|report)$/, "/rapport"],
  [/^(maandbericht|stukje voor de wijkkrant)$/, "/maandbericht"],
  [/^(herinneringen|reminders)$/, "/herinneringen"],
  [/^(besluitenlijst|besluiten|decisions)$/, "/besluitenlijst"],
];

/**
 * "ik wil de maandelijkse check-in nu doen", "hier is de code van telegram: 482913, koppel maar": a request to see or do
 * what one command does, said as a wish; a link code with "koppel".
 */
function readShowRequest(f: string, text: string): Understanding | undefined {
  const wish = f.match(/^(?:ik wil|ik zou|wil|kan ik|mag ik|i want to|i d like to|can i)\s+(?:graag\s+|nu\s+|even\s+)*(?:de|het|mijn|het laatste|the|my)?\s*(.{3,30}?)\s+(?:(?:nu|even|graag|nog|eens|now)\s+)*(?:doen|zien|invullen|starten|bekijken|hebben|krijgen|inzien|see|do|fill in|view|have)$/)?.[1];
  // ("kun je de besluiten van 22 januari nog eens laten zien", "zet de agenda voor donderdag even hier neer": asked to be shown.)
  // ("zet het weekoverzicht van nu even hier neer, dan kunnen we het vanavond doornemen": the request in the first clause.)
  const firstClause = fold(text.replace(/^\s*@?wijkbot[\s,:]*/i, "").split(/[,;.!?]/)[0]);
  const asked = [f, firstClause].map((said) => said.match(/^(?:wijkbot\s+)?(?:(?:kun|kan|wil|wilt|zou)\s+(?:je|jij|u)\s+|laat\s+(?:me\s+|mij\s+|ons\s+)?|stuur\s+(?:me\s+|mij\s+|ons\s+)?|zet\s+|toon\s+(?:me\s+|mij\s+)?|deel\s+|post\s+)(?:(?:even|ff|nog|eens|graag|weer)\s+)*(?:de|het|mijn|the|my)?\s*(\S+(?:\s+\S+)??)(?:\s+(?:van|voor|of)\s+(?:de\s+|het\s+)?\S+(?:\s+\d{1,2}|\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december))?)?\s+(?:(?:nu|even|ff|graag|nog|eens|hier|weer|in de groep|in de app|aub|pls)\s+)*(?:laten zien|zien|sturen|tonen|neerzetten|neer|delen|posten)(?:\s+(?:voor|zodat|dan|want|omdat|before|so)\b.*)?$/)?.[1]).find(Boolean);
  // ("kun je het overzicht hier vastpinnen", "pin het bord even vast": the overview pinned in this chat.)
  if (/\b(?:overzicht|bord|board|overview)\b/.test(f) && /\b(?:vastpinnen|vast pinnen|pinnen|vastzetten|pin (?:\w+ ){0,3}vast|zet (?:\w+ ){0,3}vast|pin it|pin the)\b/.test(f) && !/^(?:wijkbot )?(hoe|how|wat|what|kan ik|kun ik|mag ik|can i|is het|kan dat|kan het)\b/.test(f)) return { kind: "run", text: "/overzicht vastzetten" };
  // ("besluitenlijst?", "agenda?": the word alone, asked for.)
  const bare = f.replace(/^wijkbot\s+/, "").trim();
  // ("laat het jaarrapport 2026 hier even zien": the report of that year.)
  const year = asked?.match(/^(?:jaarrapport|rapport|monitor ?rapport|report) (20\d\d)$/)?.[1];
  if (year) return { kind: "run", text: `/rapport ${year}` };
  const shown = (wish ? SHOWN_BY.find(([words]) => words.test(wish)) : undefined) ?? (asked ? SHOWN_BY.find(([words]) => words.test(asked)) : undefined) ?? (bare.split(" ").length <= 4 ? SHOWN_BY.find(([words]) => words.test(bare)) : undefined);
  if (shown) return { kind: "run", text: shown[1] };
  // ("hier is de code van telegram: 482913, koppel maar": the six digits /ik koppel gave on the other platform.)
  const digits = /\b(koppel\w*|link\w*|code)\b/.test(f) && /\b(koppel\w*|link\w*)\b/.test(f) ? text.match(/(?<!\d)(\d{6})(?!\d)/)?.[1] : undefined;
  if (digits) return { kind: "run", text: `/ik koppel ${digits}` };
  // ("koppel deze groep, code X8TR2MWP": a group's link code — eight letters and digits — with "koppel".)
  const groupCode = /\bkoppel\w*\b/.test(f) ? text.match(/(?<![\p{L}\p{N}])([A-Z0-9]{8})(?![\p{L}\p{N}])/u)?.[1] : undefined;
  if (groupCode && (/\d/.test(groupCode) || /\bcode\b/.test(f))) return { kind: "run", text: `/koppel ${groupCode}` };
  return undefined;
}

/** A greeting said as a sentence of its own ("hoi wijkbot!", "Goedenavond."). */
const GREETING = String.raw`(?:@?wijkbot[\s,:]*)?(?:goedemorgen|goedemiddag|goedenavond|goeiemorgen|hoi|hallo|hey|hee|hoihoi|hi|hello|moi|dag)(?:\s+(?:allemaal|iedereen|wijkbot|daar|there))?\s*[!,.]+\s*`;
const INTRO_END = String.raw`\s*(?:[.!]+|[\p{Extended_Pictographic}\uFE0F\u200D]+)[\s\p{Extended_Pictographic}\uFE0F\u200D.!]*`;
/** The sentences introSentences takes off, each anchored at the start of what is left: a greeting, or who writes. */
const INTRO_SENTENCES = [
  GREETING,
  String.raw`(?:ik ben|mijn naam is|dit is|i am|i'm|im|my name is|this is)\s+(?<name>\p{Lu}[\p{L}-]+)(?:\s+(?:van|de|der|den|el|\p{Lu}[\p{L}-]+)){0,3}(?:\s*,\s*[^.!?\n\p{Extended_Pictographic}]{2,60}|\s+(?:van|bij|from|of)\s+[^.!?,\n\p{Extended_Pictographic}]{2,40})?${INTRO_END}`,
  String.raw`\p{Lu}[\p{L}-]+\s+(?:gaf|heeft)\s+(?:me|mij)\s+(?:dit|je|jouw|het)\s+(?:nummer|contact)(?:\s+gegeven)?${INTRO_END}`,
  String.raw`(?:ik\s+)?(?:heb|kreeg)\s+(?:dit|je|jouw)\s+nummer\s+(?:van|via|gekregen van)\s+\p{Lu}[\p{L}-]+(?:\s+gekregen)?${INTRO_END}`,
  String.raw`(?:i\s+)?(?:just\s+)?got\s+(?:this|your)\s+number\s+from\s+\p{Lu}[\p{L}-]+${INTRO_END}`,
  String.raw`(?:dit is\s+)?(?:de\s+)?eerste\s+keer\s+dat\s+ik\s+(?:je|jou)\s+(?:hier\s+)?(?:app|schrijf|bericht|stuur)${INTRO_END}`,
  String.raw`(?:even\s+|ff\s+)?(?:een\s+)?eerste\s+(?:berichtje|bericht|appje)(?:\s+van\s+mij)?\s*[:.!]\s*`,
].map((s) => new RegExp(`^${s}`, "iu"));
const GREETING_ONLY = new RegExp(`^${GREETING}$`, "iu");

/**
 * The sentences at the start of a message that only greet or say who writes and how they got the number ("hoi wijkbot!",
 * "Marieke gaf me dit nummer.", "Ik ben Henk, voorzitter.", "eerste keer dat ik je hier app 🙂", "Hi, I just got this number
 * from Marieke."), each ended by a full stop, an exclamation mark or an emoji; "" when there are none.
 */
function introSentences(text: string): string {
  let at = 0;
  for (let guard = 0; guard < 5; guard++) {
    const rest = text.slice(at);
    // (The flag that ignores case lets \p{Lu} match any letter: a name must start with a capital as typed — not "ik ben er weer!".)
    const m = INTRO_SENTENCES.map((re) => rest.match(re)).find((x) => x && (!x.groups?.name || /^\p{Lu}/u.test(x.groups.name)));
    if (!m) break;
    at += m[0].length;
  }
  // (A greeting alone is not an introduction: at least one sentence that says who writes.)
  return at && !GREETING_ONLY.test(text.slice(0, at)) ? text.slice(0, at) : "";
}

/** A closing at the end: thanks, wishes or a sign-off with a name ("Dank je!", "fijne avond!", "Met vriendelijke groet, Henk"). */
// ("…, iedereen bedankt 🙏": thanks to the others named before it is news of its own, not a closing.)
const CLOSING = new RegExp(
  String.raw`(?<!\b(?:iedereen|allemaal|jullie|vrijwilligers|ouders|allen))(?:[.!?]\s*|,\s*|\s+)(?:` +
    [
      // (A sign-off word is never content: said after a space too — "… dus die kan op klaar groetjes fatima".)
      String.raw`(?:met\s+)?(?:vriendelijke|hartelijke|warme|lieve|zonnige)\s+groet(?:en)?|mvg|groetjes|groeten|kind regards|best regards|regards`,
      String.raw`(?:alvast\s+)?(?:heel\s+|erg\s+|hartelijk\s+|super\s+)?(?:bedankt|dank\s+je(?:\s+wel)?|dank\s+u(?:\s+wel)?|dankjewel|dankuwel|thanks|thank\s+you|thx|merci)(?:\s+(?:alvast|a\s+lot|so\s+much|everyone|allemaal|iedereen|for\s+the\s+help|voor\s+de\s+hulp|voor\s+je\s+hulp|voor\s+het\s+regelen))*`,
      String.raw`fijne\s+(?:dag|avond|middag|ochtend|week|weekend|vrijdag)(?:\s+(?:allemaal|nog|verder|gewenst))*`,
      // ("… alles is op. gelukkig nieuwjaar alvast allemaal 🎆": the season's wishes.)
      String.raw`${SEASON_WISHES}`,
    ].join("|") +
    String.raw`)(?:[\s,]+(?:\p{L}[\p{L}-]+)(?:\s+(?:\p{Lu}[\p{L}-]+|van|de|der|el))*(?:\s*,\s*[\p{L} ]{2,30})?(?:\s*\([^)]{1,30}\))?)?[\s!.\p{Extended_Pictographic}\u{FE0F}\u{200D}]*$`,
  "iu",
);
/** A greeting at the start with a comma or stop after it ("Goedemorgen,", "Hoi wijkbot,", "Geachte leden van de stuurgroep,"). */
/** ("Dag Marieke,", "hoi Marieke!": the greeting with the name of the one they think they write to.) */
const OPENING = /^(\s*(?:@?wijkbot[\s,:]*)?)(?:(?:goedemorgen|goedemiddag|goedenavond|goeiemorgen|goeiemiddag|hoi|hallo|hey|hee|hi|hello|moi|dag)(?:\s+(?!Ik\b|Wij\b|We\b)\p{Lu}[\p{Ll}-]+)?|beste\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}|geachte\s+[^,!.\n]{2,40})(?:\s+(?:allemaal|iedereen|wijkbot|daar|there|all))?\s*[!,.]+\s*/iu;

/** The text without its opening greeting and closing words, when enough is left to be about something. */
function withoutGreetingAndClosing(text: string): string {
  let out = text;
  for (let i = 0; i < 3; i++) {
    const closed = out.replace(CLOSING, "");
    if (closed === out || closed.trim().split(/\s+/).length < 3) break;
    out = closed;
  }
  const opened = out.replace(OPENING, "$1");
  if (opened !== out && opened.trim().replace(/^@?wijkbot[\s,:]*/i, "").split(/\s+/).length >= 4) out = opened;
  return out;
}

/** "oeps, terugdraaien", "maak ongedaan", "undo". */
function readUndo(f: string, question: boolean): Understanding | undefined {
  // ("kun je weer in het nederlands antwoorden? had per ongeluk engels aangezet": the language, set back — /taal.)
  if (/\b(in het |in )(engels|english|nederlands|dutch)\b/.test(f) && /\b(antwoorden|antwoord|praten|praat|schrijven|reply|answer|talk|write|spreken)\b/.test(f)) return undefined;
  // ("draai die twee laatste maar terug", "maak de laatste 2 wijzigingen ongedaan": twice — shown first.)
  if (!question && /\b(?:die|de|mijn|m n)?\s*(?:twee|2|beide|allebei)\s+(?:laatste|vorige)?\s*(?:wijzigingen|aanpassingen|dingen|stappen|acties)?\b|\b(?:laatste|vorige)\s+(?:twee|2)\b/.test(f) && /\b(terug|terugdraaien|ongedaan|undo|revert)\b/.test(f) && f.split(" ").length <= 14 && !/\b(deadline|datum|week|weken|dagen)\b/.test(f)) {
    return { kind: "confirm", question: localText("understand.confirm", { what: "/ongedaan (2×)" }), text: "/ongedaan", then: [{ text: "/ongedaan" }] };
  }
  // ("terugzetten" said on its own at the end — "nee dat was niet goed, terugzetten" — not "de fiets terugzetten".)
  const putBack = /\bterugzetten( aub| graag| please)?$/.test(f) && f.split(" ").length <= 8 && !/\b(de|het|een|mijn|onze) \w+ terugzetten\b/.test(f);
  // ("peter heeft de geldlessen per ongeluk op klaar gezet, zet hem terug op bezig": someone else's mistake, back to a status —
  // that status, not an undo of the sender's own last change.)
  if (/\bterug (?:op|naar) (?:klaar|bezig|gepland|geparkeerd|gestopt|open)\b/.test(f) && /\b(heeft|hebben|vergiste|vergist)\b/.test(f) && !/\b(ik|me|mij)\b/.test(f)) return undefined;
  const explicit = putBack || /(\bzet (het|dat|die|hem|m|em|alles)? ?(maar |even |nog )?(weer )?terug( zoals het was)?|\bterug zoals (hij|het|ze|die) (stond|was)|\bzet terug|\bintrekken|\btrek (dat|het|die|dit) (maar |even )?in|take (that|it) back|put (the |it |that |this )?(\w+ )?back( (as it was|please|pls))?$|ctrl ?z|vorige stap terug|(annuleer|cancel) (dat|dit|het|die|that|this|it|mijn laatste|de laatste|my last|the last)( \w+)?$|\bongedaan|\bterugdraaien|terug ?draaien|draai (dat|het|die|dit|alles)? ?(maar |even |nog )?terug|draai (die|de|dat|het|mijn) (laatste |vorige )?(naamswijziging|wijziging|aanpassing|verandering|hernoeming|status|deadline|datum) (maar |even |nog )?terug|draai (mijn|de|m'n) (laatste|vorige) (wijziging|actie|aanpassing) (\w+ )?terug|(laatste|vorige) (wijziging|aanpassing) (ongedaan maken|terugdraaien|terug)|zet (het|dat|die) (maar )?terug|draai (m|hem|em|het|dat) (maar |even |nog )?terug|terug naar hoe het was|maak (dat|het) (maar )?ongedaan|undo|herstel (dat|het|die)|revert|zet (de|het) (oude |vorige |originele )?(volgorde|datum|deadline|status|eigenaar|bedrag|bereik|agenda) (maar |even |weer |nog )*terug)\b/.test(f);
  const oops = (/^(oeps|oops|oh nee|shit|foutje|verkeerd|fout)\b|^(nee+ )+terug\b/.test(f) && f.split(" ").length <= 4) ||
    // "dat was niet de bedoeling", "per ongeluk op klaar gezet", "sorry verkeerde knop": a change made by mistake.
    // ("shit, techniekdag moest helemaal niet weg. kun je hem terughalen?": what was removed, wanted back.)
    /\b(moest|hoefde|mocht) (\w+ ){0,2}niet (weg|verwijderd|eruit|eraf)\b|\b(kun|kan) (je|jij) (hem|het|die|dat|haar) (terughalen|terug halen|terugzetten)\b/.test(f) ||
    /\b(niet de bedoeling|niet bedoeld|dat moest niet|per ongeluk|per abuis|verkeerde knop|was een vergissing|vergissing|by mistake|by accident|accidentally|that was a mistake|was fout|dat was de verkeerde|was de verkeerde|my mistake|my bad)\b/.test(f) ||
    // "dat bedrag hoorde niet bij de huiskamer, haal maar weg": what was just entered belonged elsewhere.
    (/\b(hoorde|hoort) (\w+ )?niet bij\b/.test(f) && /\b(haal (\w+ )?weg|weghalen|mag weg|kan weg|terug|ongedaan)\b/.test(f)) ||
    // "die laatste wijziging klopt niet, terug aub": the last change named as wrong.
    (/\b(laatste|vorige|last) (wijziging|aanpassing|verandering|change|update|notitie|note|voortgang)\b/.test(f) && /\b(klopt niet|klopte niet|fout|verkeerd|niet goed|terug|weg|mag weg|kan weg|weghalen|verwijder\w*|wrong|mistake|not right|remove|delete)\b/.test(f));
  // ("draai terug aub, dat was niet de bedoeling. ik wou alleen de deadline naar 2 maart zetten", "… wat ik wilde zeggen: …": taken
  // back with what was meant instead — shown first, never half done.)
  const meantInstead = /\b(?:ik (?:wou|wilde|bedoelde)|wat ik (?:wou|wilde|bedoelde)|eigenlijk wou ik|eigenlijk wilde ik|de bedoeling was|i (?:meant|wanted))\b(?:\s+\S+){2,}/.test(f);
  if (explicit && !question && !meantInstead) return { kind: "run", text: "/ongedaan" };
  // ("vergeet wat ik zei", "haal die update maar weer weg", "scratch that": taken back in other words — shown first.)
  // ("haal dat agendapunt maar weer weg, Marieke had het al op de lijst", "Haal dat besluit over de geldlessen weer weg. Ik had
  // het te vroeg genoteerd, …": the first sentence takes back what was just made; the rest says why.)
  const bare = f.replace(/^wijkbot /, "");
  if (TAKE_BACK.test(f) && (f.split(" ").length <= 8 || (f.split(" ").length <= 12 && /^(haal|gooi|doe|wis|verwijder|schrap|delete|remove)\b/.test(bare)))) return { kind: "confirm", question: localText("understand.confirm", { what: "/ongedaan" }), text: "/ongedaan" };
  if (/^(haal|gooi|wis|schrap) (dat|die|dit|het) (besluit|agendapunt|punt|notitie|update|herinnering)\b(?: \S+){0,5}? (?:weer |maar |even )*(?:weg|eruit|eraf)\b/.test(bare)) return { kind: "confirm", question: localText("understand.confirm", { what: "/ongedaan" }), text: "/ongedaan" };
  // ("toch de oude volgorde graag": what it was, back.)
  if (/^(?:(?:toch|liever|graag|nee|niet|doe|maar|zet|oeps|sorry)\s+)*(?:de|het) oude (?:volgorde|datum|deadline|tekst|status|eigenaar|eigenaren|bedrag|aantal|naam|titel)(?:\s+(?:graag|aub|terug|maar|weer|toch|alsjeblieft|pls))*$/.test(bare.replace(/^.*?[,;]\s*(?=(?:zet|doe|graag|toch|maar)?\s*(?:de|het) oude\b)/, ""))) return { kind: "confirm", question: localText("understand.confirm", { what: "/ongedaan" }), text: "/ongedaan" };
  if (explicit || oops) return { kind: "confirm", question: localText("understand.confirm", { what: "/ongedaan" }), text: "/ongedaan" };
  // ("draai dat laatste terug, Esther wil toch geen aanjager worden", "draai de rol van Bram terug", "schrap dat besluit maar, we komen
  // er volgende keer op terug", "haal die vakantie maar weer weg", "dat besluit heb ik te vroeg genoteerd … wilt u het weer
  // verwijderen?", "ben toch nog niet terug, te vroeg gedrukt": what was just set, taken back in other words — shown first.)
  const lastThing = String.raw`(?:dat|die|dit|het|de|mijn|m n)\s+(?:laatste|vorige)?\s*(?:(?:rol|vakantie|afwezigheid|besluit|agendapunt|punt|partner|eigenaar|herinnering|notitie|update|vergadering|wijziging|aanpassing|naam|pijler|volgorde|bedrag|bereik|deadline|datum|status)\s+)?`;
  const turnedBack = new RegExp(String.raw`\bdraai\s+${lastThing}(?:van\s+\p{L}+\s+)?(?:(?:maar|even|weer|nog|ff|toch)\s+)*terug\b(?!\s+(?:naar|op)\s)`, "u").test(f);
  const struck = new RegExp(String.raw`\b(?:schrap|verwijder|wis)\s+(?:dat|die|dit|het|de)\s+(?:laatste\s+|vorige\s+)?(?:rol|vakantie|afwezigheid|besluit|agendapunt|partner|herinnering|notitie|update|vergadering)\b|\bhaal\s+(?:dat|die|dit|het|de)\s+(?:laatste\s+|vorige\s+)?(?:rol|vakantie|afwezigheid|besluit|agendapunt|partner|herinnering|notitie|update|vergadering)\s+(?:(?:van\s+)?\p{L}+\s+){0,2}?(?:(?:maar|even|weer|ff|nou)\s+)*(?:weg|eruit|eraf)\b`, "u").test(f);
  const tooSoon = /\b(te vroeg|te snel|voorbarig) (genoteerd|gezet|gedrukt|ingevoerd|vastgelegd|aangemaakt|ingesteld|aangezet|opgeslagen|doorgegeven)\b|\b(genoteerd|gezet|gedrukt|ingevoerd|vastgelegd|ingesteld) te vroeg\b/.test(f);
  const askedAway = /\b(wil|wilt|kun|kunt|kan) (je|jij|u) (het|dat|die|dit|hem) (weer |maar |even |alsnog )*(verwijderen|weghalen|schrappen|terugdraaien|ongedaan maken|intrekken)\b/.test(f) && /\b(te vroeg|per ongeluk|vergissing|verkeerd|fout|toch niet|nog niet)\b/.test(f);
  if ((turnedBack || struck || tooSoon || askedAway) && f.split(" ").length <= 40) return { kind: "confirm", question: localText("understand.confirm", { what: "/ongedaan" }), text: "/ongedaan" };
  return undefined;
}

