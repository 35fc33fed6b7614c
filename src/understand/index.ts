import { fold } from "../parse/text.ts";
import type { CommandRouter } from "../core/router.ts";
import type { CommandDefinition } from "../core/command.ts";
import type { ActionNameIndex } from "../action-names/match-actions.ts";
import type { IndexedAction } from "../action-names/action-index.ts";
import { locateActions, tokenize, type ActionSpan } from "../action-names/locate-action.ts";
import { parseRecurrence } from "../parse/recurrence.ts";
import type { Ranked } from "../action-names/rank-actions.ts";
import { localText, type LocalText } from "../i18n/index.ts";
import { isQuestion } from "./question.ts";
import { findDateIn, MEETING_RELATIVE, spellMeetingDay, spellMoments } from "./find-date.ts";
import type { SchoolRegion } from "../parse/school-holidays.ts";
import { NEGATED_STATUS, STATUS_WORDS } from "./words.ts";
import { suggestCommands } from "./suggest.ts";
import { matchStrength } from "../services/find-action.ts";
import { confirmEach, findOrganisationIn, findPersonIn, findPillarIn, numberWordsToDigits, run } from "./helpers.ts";
import { DIGEST, DIGEST_OFF, readAdmin } from "./read-admin.ts";
import { readChange } from "./read-change.ts";
import { markedDecision, readAgendaByNumber, readAgendaItem, readAgreement, readDecision, readNewAction } from "./read-new.ts";
import { choose, pickAction } from "./pick.ts";
import { localParts } from "../time/amsterdam.ts";

/** What the reader of free text needs to know of the wijk and the moment. */
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
  /** The next meeting's agenda items, numbered as /agenda shows them. */
  agendaItems?(): Promise<{ number: number; text: string; status: string }[]>;
  /** When the wijk's next meeting starts ("de dag voor de vergadering"). */
  nextMeeting?(): Promise<Date | undefined>;
  /** The sender's own reminders, numbered as /herinneringen shows them. */
  reminders?(): Promise<{ number: number; text: string; next?: Date }[]>;
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
}

/** What a free-text message means. Every change runs as the slash command it stands for. */
export type Understanding =
  | { kind: "run"; text: string; pickActionId?: string; note?: string }
  /** A change read from a question: ask first ("Bedoel je: … ? (ja/nee)"). */
  | { kind: "confirm"; question: LocalText; text: string; pickActionId?: string; note?: string; then?: { text: string; pickActionId?: string }[] }
  /** Several actions fit about as well: ask which, by number or name. */
  | { kind: "choose"; question: LocalText; options: { label: string | LocalText; text: string; pickActionId: string; note?: string }[] }
  /** A change without an action name: ask which; the next message names it. */
  | { kind: "need-action"; question: LocalText; command: string; pickActionId?: string; then?: string }
  | { kind: "say"; text: LocalText }
  /** A question whose answer is a whole sentence, read as free text after `prefix` ("Wat is de nieuwe actie?" → "nieuwe actie: …"). */
  | { kind: "read-as"; question: LocalText; prefix: string; suffix?: string };

const THANKS_WORD = "dank( je| u)?( wel)?|bedankt|thanks|thank you|thx|tnx|merci|top|super|mooi|prima|fijn|perfect|geweldig|👍|🙏|oke|ok|oké|helder|duidelijk|dankjewel|dankuwel|heel fijn|topper|toppie|great|nice|cheers";
/** "top dank je", "ok thanks!", "super, bedankt wijkbot 👍": thanks, in any order. */
const THANKS = new RegExp(`^(${THANKS_WORD})([\\s!.,]*(${THANKS_WORD}|wijkbot|hoor|!|👍|🙏))*[\\s!.]*$`, "u");
const HELLO = /^(hoi|hallo|hey|hi|hello|goedemorgen|goedemiddag|goedenavond|morgen|dag|yo|hee)([\s!.,]*(wijkbot|allemaal|!))*[\s!.]*$/;

export async function understand(raw: string, w: UnderstandWorld): Promise<Understanding> {
  // ("> kunnen we de begroting naar maart schuiven? (Ingrid)\nja, zet punt 2 op uitgesteld": a quoted message is what is
  // answered, not the message itself.)
  const unquoted = raw.split(/\r?\n/).filter((line) => !/^\s*>/.test(line)).join("\n").trim();
  if (unquoted && unquoted !== raw.trim()) raw = unquoted;
  // ("de CB-actie pauzeren": the name before "-actie" stands alone; a space for the hyphen keeps every offset.)
  // ("wijkwebsite → eind april": an arrow between a name and a value reads as "naar".)
  const text = withoutSignature(spokenPunctuation(raw.trim()), w)
    .replace(/(\p{L})-(actie|acties|project)\b/giu, "$1 $2")
    .replace(/\s*(?:→|->|=>|⇒)\s*(?=\S)/gu, " naar ")
    // ("vnaschool dl vrijdag", "nw actie: …": shorthand for deadline and nieuwe.)
    .replace(/(?<![\p{L}\p{N}])dl(?![\p{L}\p{N}])/giu, "deadline")
    .replace(/(?<![\p{L}\p{N}])nw(?=\s+actie\b)/giu, "nieuwe");
  // ("en wat hebben we besloten over de begroting?": a question joined on to the talk before it.)
  const joined = text.match(/^\s*(?:@?wijkbot[\s,:]*)?(?:en|maar|ok|oke|nou|oh|o|dus|and|so)\s+(?=(?:wat|wie|wanneer|waar|welke|hoe|hoeveel|what|who|when|where|which|how)\b)/i);
  if (joined) return understand(text.slice(joined[0].length), w);
  const f = fold(text);
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
  // "kan de speeltuin een week later" is a request; with a question mark it is asked first.
  // "waarom achter de cijfers is klaar": an action whose name starts with a question word is not a question.
  const startsWithName = !text.includes("?") && locateActions(w.index, text).some((s) => (s.exact || (s.score >= 6 && s.coverage >= 0.5)) && titleLeadsIn(text, s));
  // "kan het watertappunt al op klaar of mist er nog iets": asking whether, not asking to.
  const asksWhether = /^(kan|kun|kunnen|mag|moet|can|could)\b/.test(f) && (/\bof (mist|ontbreekt|moet|moeten|is|zijn|nog|niet|not)\b|\bof niet\b|\bor (not|is)\b/.test(f) || /^(kan|mag|moet) (het|de|die|dat)\b.*\bal\b/.test(fold(text.split(/[?.!]/)[0])));
  const question = (isQuestion(text) && !startsWithName && !(/^(kan|kun|kunnen|mag|wil|wilt|zou|can|could|would|will)\b/.test(f) && !text.includes("?"))) || asksWhether;

  // "stuur me alles wat je over mij bewaart": the person's own data.
  if (/\b(wat|alles wat|welke gegevens|what)\b.*\b(je|jij|wijkbot|you)\b.*\b(over|van) (mij|me)\b.*\b(bewaart|bewaard|weet|opslaat|opgeslagen|hebt|heeft|store|keep|know)\b|\bmijn gegevens\b.*\b(zien|inzien|opvragen|sturen|stuur|krijgen)\b|^(wat|welke gegevens|what)\b.*\b(weet|bewaar\w*|sla\w* op|opgeslagen|know|store)\b.*\b(over|van|about) (mij|me)\b/.test(f)) return { kind: "run", text: "/mijngegevens" };
  // "moestuin: compost is geleverd. en herinner me morgen aan de zaadlijst", "herinner me morgen om 10 aan de borden, en
  // noteer bij veilig naar school dat …": two requests in one message, each read on its own — shown first, both.
  const twoAsks = text.match(/^(.{6,}?)(?:[.;!]\s+|,\s+)(?:en\s+|and\s+|ook\s+)?((?:herinner|noteer|remind)\b.{6,})$/i);
  if (twoAsks) {
    const single = (u: Understanding) => ((u.kind === "run" || (u.kind === "confirm" && !u.then?.length)) && !u.note && !SHOWS_ONLY.test(u.text) ? { text: u.text, ...(u.pickActionId ? { pickActionId: u.pickActionId } : {}) } : undefined);
    const first = single(await understand(twoAsks[1], w));
    const second = first ? single(await understand(twoAsks[2], w)) : undefined;
    if (first && second) return confirmEach([first, second]);
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
  // "@wijkbot besluit", "besluit noteren": what was decided, then?
  if (/^(besluit|een besluit|decision)( (noteren|vastleggen|opschrijven|toevoegen|graag|aub|pls))*$/.test(f)) return { kind: "say", text: localText("understand.decisionWhat") };
  // "we hebben besloten dat …, agendapunt 3": a decision that names its item is not a new agenda item.
  const decidedFirst = (/\bals besluit\b[^:]{0,30}:\s*\S/i.test(text) || /(?:^|[.!?,]\s*|\n)\s*(?:@wijkbot[\s,:]*)?(?:de\s+)?(?:besluiten|genomen besluiten|decisions)(?:\s+(?:van\s+)?(?:vanavond|vandaag|gisteren|gisteravond|de vergadering|de stuurgroep))?\s*:\s*\S/i.test(text) || /^\s*(?:@wijkbot[\s,:]*)?(?:genoteerd als besluit|als besluit(?:\s+(?:noteren|vastleggen|genoteerd))?|afgesproken|conclusie(?:\s+van\s+(?:vanavond|vandaag|gisteren|gisteravond|de vergadering|de stuurgroep))?)\s*:\s*\S|^\s*(?:@wijkbot[\s,:]*)?(?:wil je|kun je|kan je|graag|even|ff|nog)\b[^:]{0,40}\bbesluit\b[^:]{0,50}:\s*\S/i.test(text) || /^(?:@wijkbot\s+)?(?:noteer\s+(?:het\s+|een\s+)?(?:als\s+)?)?(?:(?:nog een|ander|tweede|derde|volgend|volgende|laatste) besluit\s*:|besluit|besloten|we hebben besloten|de stuurgroep (?:heeft )?besloten)\b/.test(f) || /^(?:@wijkbot\s+)?(?:noteer|noteren|schrijf op)\s+(?:even\s+|maar\s+)?(?:dat\s+)?(?:we|wij|de stuurgroep)\s+(?:zijn\s+|is\s+|gaan\s+|gaat\s+)?(?:akkoord|eens)\b/.test(f)) && !/\b(op de agenda|agenderen|agendapunt (toevoegen|maken|voorstellen))\b/.test(f) ? readDecision(text, f, question) : readAgreement(text, f, question, w.chatKind === "stuurgroep");
  // "zet dat punt maar op uitgesteld": which item? (the numbers are on the agenda)
  if (!question && /^(?:zet\s+)?(?:dat|die|dit|het|that|this)\s+(?:agenda)?punt\s+(?:(?:maar|even|dan|graag)\s+)*(?:op\s+)?(uitgesteld|behandeld|geaccepteerd|afgehandeld|besproken)\b/.test(f)) return { kind: "say", text: localText("understand.whichItem") };
  const created = markedDecision(text, question, w.chatKind === "stuurgroep") ?? decidedFirst ?? readAgendaByNumber(w.chatKind === "stuurgroep" ? bareItemNumbers(f) : f, question) ?? (await readAgendaByName(f, w, question)) ?? (await readAgendaOrder(f, w, question)) ?? readNewAction(text, f, w, question) ?? readAgendaItem(text, f, spans, w, question) ?? readDecision(text, f, question);
  if (created) return created;
  if (asksWhether && spans.length) return actionInfo(spans, w, text);
  const query = await readQuery(text, f, spans, w, question);
  if (query) return query;
  const admin = await readAdmin(text, f, spans, w, question);
  if (admin) return admin;
  const change = await readChange(text, f, spans, w, question);
  if (change) return change;
  // "ik moet morgen de ouders van de huiswerkklas bellen": something to do at a moment — a reminder, offered.
  const toDo = !question ? text.match(/^\s*(?:@wijkbot[\s,:]*)?(?:ik|i)\s+(?:moet|must|have to|need to)\s+(.{4,})$/i) : null;
  const offered = toDo && findDateIn(toDo[1], w.now, w.region) ? await readReminder(`herinner me aan ${toDo[1]}`, fold(`herinner me aan ${toDo[1]}`), w, false) : undefined;
  if (offered?.kind === "run") return { kind: "confirm", question: localText("understand.confirm", { what: offered.text }), text: offered.text };
  if (offered) return offered;
  return { kind: "say", text: localText("understand.generic", { suggestions: suggestCommands(f, w.router.commands).join("\n") }) };
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
    .replace(/(?<!\b(?:agenda|agendapunt|het|een|dit|dat|welk|ieder|elk|volgend|vorig|eerste|laatste))\s+punt(?=\s+(?!\d)|$)/gi, ".")
    .replace(/\s+komma(?=\s|$)/gi, ",")
    .replace(/\s+vraagteken(?=\s|$)/gi, "?")
    .replace(/\s+uitroepteken(?=\s|$)/gi, "!");
}

/** "… mag op afgerond. mvg Bram": a greeting and name signed under the message are not part of it. */
function withoutSignature(typed: string, w: UnderstandWorld): string {
  // "Goedemorgen. Hierbij deel ik u mede dat …", "moi, overzicht ff", "Verzoek om …. Bij voorbaat dank.": the courtesy
  // around a message is not part of it (only when something is left).
  const mention = typed.match(/^@?wijkbot\b[\s,:]*/i)?.[0] ?? "";
  typed = typed.slice(mention.length);
  const lead = typed.match(/^(?:(?:goedemorgen|goedemiddag|goedenavond|goeiemorgen|goeiemiddag|goeienavond|goeie (?:morgen|middag|avond)|goede (?:morgen|middag|avond)|morgen|moi|moin|hoi|hallo|hey|hee|hi|hello|dag|beste|geachte|yo|good morning|good afternoon|good evening|dear)(?:\s+(?:wijkbot|allemaal|allen|iedereen|all|team|heren|dames))?[\s]*[,.!:]+\s*|(?:moi|hoi|hallo|hey|hi)\s+(?=\S))/iu)?.[0];
  let text = lead && typed.slice(lead.length).trim().split(/\s+/).length >= 2 ? typed.slice(lead.length).trim() : typed;
  const tell = text.match(/^(?:hierbij\s+)?(?:deel|laat)\s+ik\s+(?:u|je|jullie)\s+(?:graag\s+)?(?:mede|weten)\s+dat\s+(?=\S)|^(?:ik\s+wil\s+(?:u|je|jullie)\s+(?:graag\s+)?(?:laten weten|melden|mededelen)|graag\s+(?:meld|deel)\s+ik(?:\s+(?:u|je|jullie))?(?:\s+mede)?)\s+dat\s+(?=\S)/i)?.[0];
  if (tell) text = text.slice(tell.length);
  const thanks = text.match(/[\s,.;!]+(?:bij voorbaat dank|alvast (?:hartelijk )?(?:bedankt|dank)|dank (?:je|u) (?:wel )?(?:alvast)?|thanks in advance|thx in advance|alvast thanks)[\s.!]*$/i);
  if (thanks && thanks.index !== undefined && text.slice(0, thanks.index).trim().split(/\s+/).length >= 3) text = `${text.slice(0, thanks.index).trim()}${/[.!?]$/.test(text.slice(0, thanks.index).trim()) ? "" : "."}`;
  const m = text.match(/(^|[\s,.!;])(?:mvg|m\.v\.g\.?|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|groet(?:jes|en)?|grtz|greetz|gr\.|kind regards|regards|cheers|thx)[\s,.!]*([\p{L}]+)?[\s.!]*$/iu);
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
  // ("help met vakantie: hoe haal ik een periode weg": a question after "help", read for its topic.)
  if (route.routed.command.name === "help" && route.routed.rest.trim().split(/\s+/).length > 3) return undefined;
  // ("agenda: eerst de begroting, dan de rest": words /agenda does not take — read as free text.)
  if (route.routed.command.name === "agenda" && route.routed.rest.replace(/^[\s:,-]+/, "").trim()) return undefined;
  // ("overzicht van alle acties van vreedzaam": words /overzicht does not take — read as free text.)
  if (route.routed.command.name === "overzicht" && /\b(acties|actions|pijler|pillar)\b/i.test(route.routed.rest)) return undefined;
  if (route.routed.command.name === "actie nieuw" && !(ownForm && !/[,.;:]/.test(route.routed.rest))) return undefined;
  const phrase = [route.routed.command.name, ...(route.routed.command.aliases ?? [])].map((n) => fold(n));
  if (!phrase.some((p) => f === p || f.startsWith(`${p} `))) return undefined;
  return { kind: "run", text: `/${text}` };
}

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

/** Commands that only show something: never half of "two requests in one message". */
const SHOWS_ONLY = /^\/(?:(?:actie info|acties|help|wie|vergaderingen|herinneringen|besluitenlijst|mijngegevens|checkin|status|rapport|maandbericht)(?:\s|$)|(?:agenda|overzicht|weekoverzicht)$)/;

/** Asked to do it: "kun je …", "wil je …", "graag …", or a command word first. */
const ASKED_TO = /^(?:(?:kun|kan|kunt|wil|wilt|zou|zoudt|could|can|would|will) (?:je|jij|u|you)\b|(?:graag|pls|please|aub)\b|(?:mail|e-?mail|stuur|print|druk|bel|reserveer|boek|bestel|betaal|maak (?:\w+ )?over|reset)\b)/;

/**
 * "kun je een mail sturen naar de wethouder", "print het overzicht", "wat vind jij, moeten we …",
 * "kun je mijn wachtwoord resetten": things wijkbot cannot do — said plainly, with what it can do instead.
 */
function readCannotDo(f: string, text: string): Understanding | undefined {
  // "welke gegevens heb je van mij?", "wat weet je over mij": what is kept about the sender (AVG).
  if (/\b(welke gegevens|wat voor gegevens|mijn gegevens (zien|inzien|opvragen|bekijken)|wat (weet|bewaar|bewaart|heb|hebben) (je|jij|jullie|wijkbot|de bot) (allemaal )?(van|over) mij|what (data|do you (know|keep|store)) (about|on|of) me|what (data|information|info|details) do you (keep|store|have|hold|save) (about|on|of) me)\b/.test(f) && !/\b(verwijder|wissen|wis|vergeet|delete|remove|erase)\w*\b/.test(f)) return run("/mijngegevens");
  // "wat doet wijkbot eigenlijk?", "wat is wijkbot": what the bot is for.
  if (/^(wat|what) (doet|doe|is|kan|does|is) (de |this )?(wijkbot|bot|je|jij|this bot)\b/.test(f) && f.split(" ").length <= 7) return run("/help");
  // "maak een nieuwe link voor het overzicht" (the old one leaked): the coördinator's command, shown first.
  if (/\b(nieuwe link|nieuwe url|andere link|link (vernieuwen|intrekken|ongeldig maken|wijzigen|veranderen))\b/.test(f) && /\b(overzicht|bord|board|overview|web|webpagina|dashboard)\b/.test(f)) return { kind: "confirm", question: localText("understand.confirm", { what: "/overzicht nieuwe-link" }), text: "/overzicht nieuwe-link" };
  // "geef me de link naar het overzicht": /overzicht ends with the link to the web page.
  if (/\b(link|url|webpagina|website van het overzicht|webadres|op internet|online|in de browser|op de computer|op mijn laptop)\b/.test(f) && /\b(overzicht|bord|board|overview|web|webpagina|dashboard)\b/.test(f) && !/\b(nieuwe link|nieuwe-link|andere link|link (vernieuwen|intrekken|ongeldig))\b/.test(f)) return run("/overzicht");
  // "hoeveel mensen hebben de check-in al ingevuld?": the state of the round.
  if (/\bcheck ?-?in\b|\bcheckin\b|\btussentijdse check\b/.test(f) && /\b(hoeveel|wie|stand|ingevuld|geantwoord|gereageerd|gedaan|binnen|respons|reacties)\b/.test(f) && !/\b(hoe (moet|kan|werkt|doe))\b/.test(f)) return run("/checkin");
  // "stuur de check-in nu rond": the mid-year check sent now (the coördinator's), shown first.
  if (/\b(stuur|verstuur|versturen|sturen|rondsturen|start|starten)\b/.test(f) && /\b(check ?-?in|checkin|tussentijdse check)\b/.test(f)) return { kind: "confirm", question: localText("understand.confirm", { what: "/jaarplan check" }), text: "/jaarplan check" };
  // "maak een koppelcode voor de nieuwe groep": a group's code is made in the terminal — the help of /koppel says how.
  if (/\b(koppelcode|koppel code|koppelcodes|join code)\b/.test(f) && /\b(maak|maken|aanmaken|geef|stuur|nieuwe|genereer|krijg|aanvragen|create|make|get)\b/.test(f)) return run("/help koppel");
  // "kunnen we de vergadering van donderdag verzetten naar dinsdag?": no command moves a meeting — say what can be done.
  if (/\b(vergadering|stuurgroep|stuurgroepvergadering|meeting|bijeenkomst)\b/.test(f) && /\b(verzet|verzetten|verplaats|verplaatsen|verschuif|verschuiven|reschedule|move)\b/.test(f) && !/\b(agenda|agendapunt|punt \d|actie|deadline|herinner\w*|remind\w*)\b/.test(f)) {
    return { kind: "say", text: localText("understand.meetingMove") };
  }
  if (/\b(wachtwoord|password|inlogcode|inloggegevens)\b/.test(f)) return { kind: "say", text: localText("understand.noPassword") };
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
  const remindOffer = (key: "understand.cannotMail" | "understand.cannotArrange"): Understanding => ({ kind: "need-action", question: localText(key), command: `herinner mij ${what}` });
  if (/\b(mail|e-?mail|mailtje|mailen|e-?mailen|bellen|bel|opbellen|sms|brief|whatsappen|appen|app sturen)\b/.test(f) && /\b(naar|aan|de|het|een|op)\b/.test(f) && !/\b(herinner\w*|remind\w*|overzicht|link)\b/.test(f)) return remindOffer("understand.cannotMail");
  if (/\b(print|printen|uitprinten|afdrukken|druk (\w+ )?af|print out)\b/.test(f)) return { kind: "confirm", question: localText("understand.cannotPrint"), text: "/overzicht" };
  if (/\b(reserveer|reserveren|boek|boeken|bestel|bestellen|betaal|betalen|overmaken|maak (\w+ ){0,3}over|declareren|book|order|pay)\b/.test(f) && !/\b(besteed|uitgegeven|budget|begroting)\b/.test(f) && !/\b(herinner\w*|remind\w*|seintje|porren)\b/.test(f)) return remindOffer("understand.cannotArrange");
  return undefined;
}

/** "hoe zet ik een deadline?" → that command's help. */
function readHowTo(f: string, text: string, router: CommandRouter): Understanding | undefined {
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
    /^(?:(?:en|maar|ok|oke|nou|dus|and|so)\s+)?(hoe|how)\b/.test(f) && !/^(?:(?:en|maar|ok|oke|nou|dus|and|so)\s+)?(hoe|how) (staat|gaat|loopt|is|zijn|staan|lopen|zit|zitten|ver|vaak|laat|veel|lang|are|is|far|about)\b/.test(f) ||
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
    /^(kan|kun|mag) ik (ook |eigenlijk |zelf |later )*(mijn|mn|m n) (gegevens|data|account|naam|taal|herinneringen|profiel) (\w+ )?(laten )?(verwijderen|wissen|weghalen|aanpassen|veranderen|wijzigen|exporteren|downloaden|inzien|opvragen)\b/.test(f);
  if (!asksHow && !canBeSet) return undefined;
  const topic = HOWTO_TOPICS.find(([p]) => p.test(f));
  if (!asksHow && !topic) return undefined;
  const known = topic && router.commands.some((c) => c.name === topic[1]);
  return { kind: "run", text: known ? `/help ${topic![1]}` : "/help" };
}

/** "weekoverzicht hoeft niet meer voor mij", "graag het weekoverzicht elke maandag ontvangen": the weekly digest off or on. */
function readDigestSwitch(f: string, text: string): Understanding | undefined {
  // ("stuur me elke week dat overzicht": the weekly digest, by what it does.)
  if (/\b(stuur|mail|geef|send) (me|mij|us|ons) (elke|iedere|every|each) (week|maandag|monday) (dat|het|een|the|that) (overzicht|overview)\b|\bwekelijks (een |het |dat )?overzicht (ontvangen|krijgen|sturen)\b/.test(f) && !/\b(niet|geen|not|no)\b/.test(f) && !text.includes("?")) return { kind: "run", text: "/weekoverzicht aan" };
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
  const shown = wish ? SHOWN_BY.find(([words]) => words.test(wish)) : undefined;
  if (shown) return { kind: "run", text: shown[1] };
  // ("hier is de code van telegram: 482913, koppel maar": the six digits /ik koppel gave on the other platform.)
  const digits = /\b(koppel\w*|link\w*|code)\b/.test(f) && /\b(koppel\w*|link\w*)\b/.test(f) ? text.match(/(?<!\d)(\d{6})(?!\d)/)?.[1] : undefined;
  if (digits) return { kind: "run", text: `/ik koppel ${digits}` };
  return undefined;
}

/** "1 en 2 zijn allebei besproken" in the stuurgroep: bare numbers before a verb are agenda items ("punten 1 en 2 …"). */
function bareItemNumbers(f: string): string {
  return f.replace(/^(?:wijkbot\s+)?(\d{1,2}(?:\s*(?:,|en|&|and)\s*\d{1,2})*)\s+(?=(?:zijn|is|mogen|mag|kunnen|kan|worden|wordt|gaan|gaat)\b)/, (_all, numbers: string) => (/\D/.test(numbers.trim()) ? `punten ${numbers} ` : `punt ${numbers} `));
}

/** A question that asks for the change ("kan de begroting naar maart?"): read like the request, shown first. */
const ASKS_TO = /^(kan|kunnen|mag|mogen|zullen|zou|zouden|wil|willen)\b/;

const AGENDA_DEFER = /\b(schuift (\w+ ){0,2}door|door naar (de |het )?(\d{1,2} \w+|volgende|vergadering|maart|april|mei|juni|juli|september|oktober|november|december|januari|februari)|schuiven (\w+ ){0,3}door|schuiven (\w+ ){0,3}naar (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|de volgende|volgende)|doorschuiven|schuif (\w+ ){0,4}door|uitstellen|uitgesteld|stel (\w+ ){0,4}uit|stellen (\w+ ){0,3}uit|naar de volgende (vergadering|keer|stuurgroep|meeting)|naar de vergadering van \w+|volgende keer|postpone|next meeting)\b/;
const AGENDA_ACCEPT = /\b(mag op de agenda|mag erop|accepteer|accepteren|opnemen|opgenomen|neem (\w+ ){0,10}op|nemen (\w+ ){0,10}op|nemen we (\w+ ){0,2}mee|neem (\w+ ){0,3}mee|meenemen|akkoord|goedkeuren|keur (\w+ ){0,3}goed|accept)\b/;
const AGENDA_HANDLED = /\b(besproken|behandeld|afgehandeld|discussed|gehad|hebben we gehad)\b/;
const AGENDA_NOISE = new Set("schuift schuiven doorschuiven schuif door uitstellen uitgesteld stel stellen naar volgende vergadering keer stuurgroep meeting agenda mag erop accepteer accepteren opnemen opgenomen kan kunnen neem nemen akkoord goedkeuren keur goed besproken behandeld afgehandeld gehad hebben eerst rest wijkbot graag even punt maart april januari februari juni juli augustus september oktober november december".split(" "));

/**
 * "de begroting schuift door naar maart", "plek watertappunt mag op de agenda": an item of the
 * next meeting's agenda named by its words, in the stuurgroep chat (or with "agenda"/"vergadering"
 * said). Shown first as the numbered command.
 */
async function readAgendaByName(f: string, w: UnderstandWorld, question: boolean): Promise<Understanding | undefined> {
  // ("kan de begroting naar de vergadering van maart?": a request, asked first like every reading here.)
  if (!w.agendaItems || (question && !ASKS_TO.test(f)) || /\bpunt(en)? \d/.test(f)) return undefined;
  if (w.chatKind !== "stuurgroep" && !/\b(agenda|vergadering|stuurgroep)\b/.test(f)) return undefined;
  // "we zijn door alle punten heen, alles behandeld": every item still open, shown first.
  if (/\b(alle (agenda)?punten|de hele agenda|alles|all items|everything)\b.*\b(besproken|behandeld|afgehandeld|gehad|discussed)\b|\bdoor alle (agenda)?punten heen\b|\bagenda is (helemaal )?(af|afgewerkt|rond)\b/.test(f)) {
    const open = (await w.agendaItems()).filter((item) => item.status !== "behandeld" && item.status !== "uitgesteld");
    if (!open.length) return undefined;
    const command = `/agenda behandeld ${open.map((item) => item.number).join(" ")}`;
    return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command };
  }
  const verb = AGENDA_DEFER.test(f) ? "uitstellen" : AGENDA_ACCEPT.test(f) ? "accepteer" : AGENDA_HANDLED.test(f) ? "behandeld" : undefined;
  if (!verb) return undefined;
  // "accepteer alle voorstellen maar": every proposed item, shown first.
  if (verb === "accepteer" && /\b(alle|all) (voorstellen|voorgestelde punten|nieuwe punten|proposals)\b/.test(f)) {
    const proposed = (await w.agendaItems()).filter((item) => item.status === "voorgesteld");
    if (!proposed.length) return undefined;
    const command = `/agenda accepteer ${proposed.map((item) => item.number).join(" ")}`;
    return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command };
  }
  const words = f.split(" ").filter((x) => x.length >= 4 && !AGENDA_NOISE.has(x));
  if (!words.length) return undefined;
  const items = await w.agendaItems();
  const fits = items.filter((item) => {
    const own = fold(item.text).split(" ").filter((o) => o.length >= 4);
    return words.some((x) => own.some((o) => o.startsWith(x) || x.startsWith(o)));
  });
  // "voortgang per pijler en de begroting zijn allebei besproken": two items named, both handled — shown first.
  if (fits.length >= 2 && verb === "behandeld" && /\b(allebei|beide|en|both|and)\b/.test(f)) {
    const command = `/agenda behandeld ${fits.map((item) => item.number).join(" ")}`;
    return { kind: "confirm", question: localText("understand.confirm", { what: `${command} (${fits.map((item) => item.text).join(", ")})` }), text: command };
  }
  if (fits.length !== 1) return undefined;
  const command = `/agenda ${verb} ${fits[0].number}`;
  return { kind: "confirm", question: localText("understand.confirm", { what: `${command} (${fits[0].text})` }), text: command };
}

const ORDER_NOISE = new Set("eerst eerste daarna dan pas laatste laatst voor na bovenaan onderaan achteraan vooraan volgorde bespreken behandelen first then before after last zetten graag even agenda vergadering stuurgroep wijkbot".split(" "));

/**
 * "eerst de begroting, dan de voortgang, dan het watertappunt", "zet het watertappunt voor de
 * begroting", "watertappunt als eerste bespreken": the next meeting's agenda in a new order,
 * its items named by their words (in the stuurgroep chat, or with "agenda" said). Shown first
 * as the numbered command.
 */
async function readAgendaOrder(f: string, w: UnderstandWorld, question: boolean): Promise<Understanding | undefined> {
  // "zet punt 3 maar bovenaan", "punt 1 als laatste": one item by its number to the top or the bottom.
  const byNumber = !question && w.agendaItems ? f.match(/\b(?:agenda)?punt (\d{1,2}) (?:\w+ ){0,2}(bovenaan|als eerste|eerst|onderaan|als laatste|achteraan)\b/) : null;
  if (byNumber) {
    const current = (await w.agendaItems!()).map((item) => item.number);
    const n = Number(byNumber[1]);
    if (!current.includes(n)) return undefined;
    const rest = current.filter((x) => x !== n);
    const order = /^(bovenaan|als eerste|eerst)$/.test(byNumber[2]) ? [n, ...rest] : [...rest, n];
    if (order.every((x, i) => x === current[i])) return undefined;
    const command = `/agenda volgorde ${order.join(" ")}`;
    return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command };
  }
  // "volgorde agenda: 1, 3, 2", "nieuwe volgorde 2 1 3": the numbers in the order said.
  const spoken = numberWordsToDigits(f).replace(/^wijkbot\s+/, "").replace(/^((?:(?:nieuwe|de|graag|andere)\s+)*volgorde(?:\s+(?:van\s+)?(?:de\s+)?agenda)?)\s+(?:wordt|is|moet zijn|graag)\s+/, "$1 ").replace(/\b(?:een|één|eén)\b/g, "1");
  const numbers = !question && w.agendaItems ? spoken.match(/^(?:(?:nieuwe|de|graag|andere)\s+)*volgorde(?:\s+(?:van\s+)?(?:de\s+)?agenda)?\s+((?:\d{1,2}\s*){2,})$|^agenda\s+(?:(?:nieuwe|in de|andere)\s+)*volgorde\s+((?:\d{1,2}\s*){2,})$/) : null;
  if (numbers) {
    const order = (numbers[1] ?? numbers[2]).trim().split(/\s+/).map(Number);
    const current = (await w.agendaItems!()).map((item) => item.number);
    if (new Set(order).size === order.length && order.every((n) => current.includes(n))) {
      const command = `/agenda volgorde ${[...order, ...current.filter((n) => !order.includes(n))].join(" ")}`;
      return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command };
    }
  }
  // ("kan het watertappunt bovenaan? daarna …": a request, shown first like every reading here.)
  if (!w.agendaItems || (question && !ASKS_TO.test(f.replace(/^wijkbot\s+/, ""))) || /\bpunt(en)? \d/.test(f)) return undefined;
  if (w.chatKind !== "stuurgroep" && !/\b(agenda|vergadering|stuurgroep)\b/.test(f)) return undefined;
  if (!/\b(eerst|als eerste|als laatste|daarna|dan|voor|na|bovenaan|onderaan|achteraan|vooraan|volgorde|first|then|before|after|last)\b/.test(f)) return undefined;
  const items = await w.agendaItems();
  if (items.length < 2) return undefined;
  // Where each item is first named: a word of four letters or more that fits one item only.
  const tokens = f.split(" ");
  const named = new Map<number, number>();
  tokens.forEach((x, at) => {
    if (x.length < 4 || ORDER_NOISE.has(x) || AGENDA_NOISE.has(x)) return;
    const fits = items.filter((item) => fold(item.text).split(" ").some((o) => o.length >= 4 && (o.startsWith(x) || x.startsWith(o))));
    if (fits.length === 1 && !named.has(fits[0].number)) named.set(fits[0].number, at);
  });
  const mentioned = [...named].sort((a, b) => a[1] - b[1]).map(([n]) => n);
  const current = items.map((item) => item.number);
  let order: number[] | undefined;
  const last = /\b(als laatste|onderaan|achteraan|last)\b/.test(f);
  if (mentioned.length === 1 && /\b(als eerste|bovenaan|vooraan|first|eerst)\b/.test(f)) order = [mentioned[0], ...current.filter((n) => n !== mentioned[0])];
  else if (mentioned.length === 1 && last) order = [...current.filter((n) => n !== mentioned[0]), mentioned[0]];
  else if (mentioned.length === 2 && /\b(voor|before|na|after)\b/.test(f) && !/\b(eerst|daarna|dan|then)\b/.test(f)) {
    // "zet A voor B" / "A na B": A moves next to B.
    const [a, b] = mentioned;
    const between = tokens.slice(named.get(a)! + 1, named.get(b)!).join(" ");
    const after = /\b(na|after)\b/.test(between);
    if (!after && !/\b(voor|before)\b/.test(between)) return undefined;
    const rest = current.filter((n) => n !== a);
    const at = rest.indexOf(b) + (after ? 1 : 0);
    order = [...rest.slice(0, at), a, ...rest.slice(at)];
  } else if (mentioned.length >= 2 && /\b(eerst|als eerste|daarna|dan|first|then)\b/.test(f)) {
    order = [...mentioned, ...current.filter((n) => !named.has(n))];
  }
  if (!order || order.every((n, i) => n === current[i])) return undefined;
  const command = `/agenda volgorde ${order.join(" ")}`;
  const titles = order.map((n) => items.find((item) => item.number === n)!.text).join(", ");
  return { kind: "confirm", question: localText("understand.confirm", { what: `${command} (${titles})` }), text: command };
}

/** "oeps, terugdraaien", "maak ongedaan", "undo". */
function readUndo(f: string, question: boolean): Understanding | undefined {
  // ("terugzetten" said on its own at the end — "nee dat was niet goed, terugzetten" — not "de fiets terugzetten".)
  const putBack = /\bterugzetten( aub| graag| please)?$/.test(f) && f.split(" ").length <= 8 && !/\b(de|het|een|mijn|onze) \w+ terugzetten\b/.test(f);
  const explicit = putBack || /(\bzet (het|dat|die|hem|m|em|alles)? ?(maar |even |nog )?(weer )?terug( zoals het was)?|\bterug zoals (hij|het|ze|die) (stond|was)|\bzet terug|\bintrekken|\btrek (dat|het|die|dit) (maar |even )?in|take (that|it) back|ctrl ?z|vorige stap terug|(annuleer|cancel) (dat|dit|het|die|that|this|it|mijn laatste|de laatste|my last|the last)( \w+)?$|\bongedaan|\bterugdraaien|terug ?draaien|draai (dat|het|die|dit|alles)? ?(maar |even |nog )?terug|draai (mijn|de|m'n) (laatste|vorige) (wijziging|actie|aanpassing) (\w+ )?terug|(laatste|vorige) (wijziging|aanpassing) (ongedaan maken|terugdraaien|terug)|zet (het|dat|die) (maar )?terug|draai (m|hem|em|het|dat) (maar |even |nog )?terug|terug naar hoe het was|maak (dat|het) (maar )?ongedaan|undo|herstel (dat|het|die)|revert)\b/.test(f);
  const oops = (/^(oeps|oops|oh nee|shit|foutje|verkeerd|fout)\b|^(nee+ )+terug\b/.test(f) && f.split(" ").length <= 4) ||
    // "dat was niet de bedoeling", "per ongeluk op klaar gezet", "sorry verkeerde knop": a change made by mistake.
    /\b(niet de bedoeling|dat moest niet|per ongeluk|per abuis|verkeerde knop|was een vergissing|vergissing|by mistake|by accident|accidentally|that was a mistake|was fout|dat was de verkeerde|was de verkeerde)\b/.test(f) ||
    // "dat bedrag hoorde niet bij de huiskamer, haal maar weg": what was just entered belonged elsewhere.
    (/\b(hoorde|hoort) (\w+ )?niet bij\b/.test(f) && /\b(haal (\w+ )?weg|weghalen|mag weg|kan weg|terug|ongedaan)\b/.test(f)) ||
    // "die laatste wijziging klopt niet, terug aub": the last change named as wrong.
    (/\b(laatste|vorige|last) (wijziging|aanpassing|verandering|change|update|notitie|note|voortgang)\b/.test(f) && /\b(klopt niet|klopte niet|fout|verkeerd|niet goed|terug|weg|mag weg|kan weg|weghalen|verwijder\w*|wrong|mistake|not right|remove|delete)\b/.test(f));
  if (explicit && !question) return { kind: "run", text: "/ongedaan" };
  if (explicit || oops) return { kind: "confirm", question: localText("understand.confirm", { what: "/ongedaan" }), text: "/ongedaan" };
  return undefined;
}

const REMINDER = /\b(\w*herinner\w*|remind\w*|seintje|geheugensteun\w*|reminder|porren|por me|een por)\b/;
/** "elke werkdag om 8:30" anywhere in a sentence: the longest phrase the recurrence reader understands. */
function findRecurrenceIn(text: string): { start: number; end: number; phrase: string } | undefined {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    if (!/^(elke|iedere|elk|ieder|every|wekelijks|dagelijks|maandelijks|weekly|daily|monthly)$/.test(tokens[i].word)) continue;
    for (let j = Math.min(tokens.length, i + 10); j > i; j--) {
      const phrase = text.slice(tokens[i].start, tokens[j - 1].end);
      if (parseRecurrence(phrase)) return { start: tokens[i].start, end: tokens[j - 1].end, phrase };
    }
  }
  return undefined;
}

const REMINDER_NOISE = new Set("de het een die dat van voor over om aan mijn me mij mag kan weg eruit stop stoppen herinnering reminder seintje niet meer nodig hoeft wil je graag aub even verwijder verwijderen weghalen haal annuleer annuleren schrap schrappen cancel delete remove the my for about please wijkbot en ook nog maar is".split(" "));

const WEEKDAYS = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];

/**
 * The one reminder whose text holds the distinctive words typed ("weekoverzicht" → "weekoverzicht doorlezen"), if just one does;
 * "die van vrijdag": the day it goes off counts too.
 */
function reminderNamedIn(f: string, reminders: { number: number; text: string; next?: Date }[]): { number: number; text: string } | undefined {
  const day = f.match(/\b(?:van|voor|op|on|for)\s+(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b/)?.[1];
  if (day) reminders = reminders.filter((r) => r.next && WEEKDAYS[localParts(r.next).weekday] === day);
  const words = f.split(" ").filter((x) => x.length >= 4 && !REMINDER_NOISE.has(x) && x !== day);
  if (!words.length) return day && reminders.length === 1 ? reminders[0] : undefined;
  const fits = reminders.filter((r) => {
    const own = fold(r.text).split(" ");
    return words.some((x) => own.some((o) => o.length >= 4 && (o.startsWith(x) || x.startsWith(o))));
  });
  return fits.length === 1 ? fits[0] : day && !fits.length && reminders.length === 1 ? reminders[0] : undefined;
}

/** Said to take something away ("mag weg", "niet meer nodig", "cancel"). */
const REMOVAL = /\b(kan weg|mag weg|mag uit|kan uit|uitzetten|zet (\w+ ){0,6}uit|kan eruit|mag eruit|kan eraf|mag eraf|kan er af|mag er af|mag verwijderd|kan vervallen|verwijder\w*|weghalen|haal \w+ weg|stop|stoppen|annuleer\w*|schrap\w*|niet meer nodig|hoeft niet meer|hoef (\w+ ){0,4}meer|geen (\w+ ){0,4}meer|cancel\w*|delete|remove)\b/;

const GROUP_WORDS = /\b(de hele groep|heel de groep|iedereen in de groep|de groep|het hele team|het team|iedereen|allemaal|everyone|the whole group|the group)\b/i;

/** "herinner me maandag aan de subsidieaanvraag": who, what and when, wherever they stand. */
async function readReminder(typed: string, f: string, w: UnderstandWorld, question: boolean): Promise<Understanding | undefined> {
  if (!REMINDER.test(f)) return undefined;
  // "wil je me overmorgen even porren voor de offerte": a nudge is a reminder (about what follows "voor").
  if (/\bporren\b/.test(f)) {
    typed = typed.replace(/\bporren\s+(?:voor|over|om)\b/i, "herinneren aan").replace(/\bporren\b/i, "herinneren");
    f = fold(typed);
  }
  // "zet de zomervakantie van 4 juli t/m 16 augustus erin, dan pauzeren de herinneringen": the wijk's holiday, not a reminder.
  if (/\b\w*vakantie\b/.test(f) && /\b(t\/?m|tot en met|tm|until|through)\b|\d\s*-\s*\d/.test(typed.toLowerCase()) && !/\b(herinner|remind)\w*\s+(me|mij|ons|us|@?\p{Lu})/u.test(typed)) return undefined;
  const text = spellMoments(typed).replace(/\b(?:op )?de (\d{1,2})e van (?:elke|iedere) maand\b/i, "elke $1e van de maand");
  if (/\b(welke|mijn|alle|lijst|overzicht|heb ik|staan er|list|show)\b.*\bherinneringen\b|\bherinneringen\b.*\?$/.test(f) || /^(wat|welke|which|what)\b/.test(f)) {
    return { kind: "run", text: /\b(alle|iedereen|everyone|all)\b/.test(f) ? "/herinneringen alle" : "/herinneringen" };
  }
  // "die herinnering van vrijdag kan weg, al gebeld": stopping one, not setting one — show them with their numbers.
  if (/\b\w*(herinnering|herinneringen|herinnerd|reminder|reminders|reminded|seintje)\b/.test(f) && REMOVAL.test(f) && !/\b(herinner (me|mij|ons)|remind me)\b/.test(f) && !(/\b(tot|until|till)\b/.test(f) && /\b(geen|no)\b/.test(f))) {
    // "de herinnering van het weekoverzicht mag weg": when the words name exactly one of their reminders, ask to stop that one.
    const mine = w.reminders && !/\b(alle|iedereen|everyone|all)\b/.test(f) ? await w.reminders() : [];
    // "herinnering 1 mag weg": by its number.
    const numbered = f.match(/\b(?:herinnering|reminder)\s+(?:nr\s+|nummer\s+|number\s+)?(\d{1,3})\b/);
    const one = numbered ? mine.find((r) => r.number === Number(numbered[1])) : reminderNamedIn(f, mine);
    if (one) return { kind: "confirm", question: localText("understand.confirm", { what: `/herinner stop ${one.number} (${one.text})` }), text: `/herinner stop ${one.number}` };
    return { kind: "run", text: /\b(alle|iedereen|everyone|all)\b/.test(f) ? "/herinneringen alle" : "/herinneringen" };
  }
  // "stuur me geen herinneringen over de financiele educatie tot volgende week": that action's reminders wait (snooze).
  const until = text.match(/\b(?:tot|until|till)\s+(.+?)[\s.!]*$/i);
  if (until && /\b(geen|niet meer|no|stop)\b(\s+\S+){0,2}\s+(herinneringen|herinnering|reminders?|seintjes?)\b/.test(f)) {
    const spans = locateActions(w.index, text.slice(0, until.index));
    const picked = spans.length ? await pickAction(spans, w) : undefined;
    if (picked?.chosen) {
      const when = /^(volgende week|next week)$/i.test(until[1].trim()) ? "maandag volgende week" : until[1].trim();
      const command = `/snooze ${picked.chosen.title} ${when}`;
      return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command, pickActionId: picked.chosen.id };
    }
  }
  let rest = text;
  let target = "mij";
  const triggerRe = /^(.*?)\b(herinner(?:ing|en)?|reminder|remind|stuur|zet|maak|geef|geven|sturen)\b\s*(?:een\s+)?(?:herinnering|reminder|seintje)?\s*(?:voor\s+|aan\s+|naar\s+)?(me|mij|mezelf|ons|de groep|groep|iedereen|allemaal|us|everyone|the group|@[\p{L}][\p{L}\p{N}_-]*)?\b/iu;
  const m = rest.match(triggerRe);
  if (!m) return undefined;
  let who = (m[3] ?? (/\b(me|mij|mezelf)\s*$|\b(me|mij)\b/i.test(m[1]) ? "me" : /\b(ons|us)\b/i.test(m[1]) ? "ons" : "")).toLowerCase();
  // "herinner Fatima morgen …", "kun je @Fatima maandag herinneren …", "herinner de stuurgroep …"
  const named = !who
    ? text.slice(0, m.index! + m[0].length + 40).match(/@([\p{L}][\p{L}\p{N}_-]*)/u)?.[1] ??
      w.people.find((p) => new RegExp(`\\b(herinner\\w*|remind)\\s+${escapeRe(p.displayName)}\\b`, "i").test(text))?.displayName ??
      // "zet een herinnering voor Peter: …"
      w.people.find((p) => new RegExp(`\\b(herinnering|reminder|seintje)\\s+(?:voor|aan|naar|for|to)\\s+${escapeRe(p.displayName)}\\b`, "i").test(text))?.displayName ??
      // "kun je Lisa morgen herinneren aan de offerte": the person named before the verb.
      w.people.find((p) => new RegExp(`^\\s*(?:@wijkbot[\\s,:]*)?(?:kun|kan|wil|wilt|zou|kunt)\\s+(?:je|jij|u)\\s+(?:even\\s+|ook\\s+)?${escapeRe(p.displayName)}\\s+(?:\\S+\\s+){0,4}?(?:herinneren|een seintje geven|remind)\\b`, "i").test(text))?.displayName ??
      // "Esther vroeg of je haar morgen wil herinneren aan …": the person who asked, named first.
      w.people.find((p) => new RegExp(`^\\s*(?:@wijkbot[\\s,:]*)?@?${escapeRe(p.displayName)}\\s+(?:vroeg|vraagt|wil graag|wil)\\s+(?:of|dat)\\s+(?:je|jij|u)\\s+(?:haar|hem)\\s+(?:\\S+\\s+){0,4}?(?:herinneren|herinnert|remind)\\b`, "i").test(text))?.displayName
    : undefined;
  // "moi, wil je me overmorgen om 9 uur even herinneren aan de offerte", "Esther vroeg of je haar morgen wil herinneren aan …":
  // before a verb that comes last, only the moment counts; what it is about follows the verb.
  const after = rest.slice(m[0].length);
  const askedBefore = /\b(wil|wilt|kun|kan|kunt|zou|zal|vroeg|vraagt|gelieve|graag|svp|please)\b/i.test(m[1]) && /^(herinner|herinneren|remind)$/i.test(m[2]) && /\S/.test(after) &&
    (/\b(aan|over|voor|about|to)\s*$/i.test(m[0]) || /^\s*(?:er\s+|daar\s+)?(?:even\s+|nog\s+)?(?:aan|over|voor|about|to)\b\s*\S/i.test(after));
  const momentBefore = askedBefore ? (findRecurrenceIn(m[1])?.phrase ?? findDateIn(m[1], w.now, w.region)?.phrase ?? "") : "";
  rest = askedBefore ? `${momentBefore} ${after}`.trim() : `${m[1]} ${after}`.trim();
  // "ff een herinnering zetten: donderdag 12:00 bus bevestigen": the words that ask for one are not what it is about.
  rest = rest.replace(/^\s*(?:(?:ff|even|effe|graag|pls|aub|wil je|kun je|kan je|nog)\s+)*(?:een\s+)?(?:zetten|maken|instellen|aanmaken|toevoegen|plaatsen|set|create|add)\b\s*[:,-]?\s*/i, "");
  // "herinner Peter en Lisa vrijdag aan de wijkschouw": everyone named right after the verb gets one.
  const names = w.people.map((p) => escapeRe(p.displayName)).join("|");
  // "herinner mij en Ahmed dinsdag …": the sender and the others named after "en" each get one.
  const meAnd = /^(me|mij|mezelf)$/.test(who) && w.sender && names ? rest.match(new RegExp(`^\\s*(?:(?:,|en|and|&)\\s*@?(?:${names})\\b\\s*)+`, "i")) : null;
  if (meAnd) {
    const listed = [...meAnd[0].matchAll(new RegExp(`@?(${names})\\b`, "gi"))].map((m) => w.people.find((p) => fold(p.displayName) === fold(m[1]))!.displayName);
    who = [...new Set([w.sender!.displayName, ...listed])].map((n) => `@${n}`).join(" ");
    rest = rest.slice(meAnd[0].length);
  }
  const several = !meAnd && named && names ? rest.match(new RegExp(`^\\s*@?(?:${names})\\b(?:\\s*(?:,|en|and|&)\\s*@?(?:${names})\\b)+`, "i")) : null;
  if (several) {
    const listed = [...several[0].matchAll(new RegExp(`@?(${names})\\b`, "gi"))].map((m) => w.people.find((p) => fold(p.displayName) === fold(m[1]))!.displayName);
    who = [...new Set(listed)].map((n) => `@${n}`).join(" ");
    rest = rest.slice(several[0].length);
  } else if (named) {
    who = `@${named}`;
    rest = rest.replace(new RegExp(`@?${escapeRe(named)}\\b\\s*`, "i"), "");
  } else if (!who && /\b(herinner\w*|remind)\s+(de stuurgroep|de groep|iedereen|het team|het hele team|de kartrekkers|the group|the team|everyone)\b/i.test(text)) {
    who = "groep";
    rest = rest.replace(/^\s*(de stuurgroep|de groep|iedereen|het team|het hele team|de kartrekkers|the group|the team|everyone)\b\s*/i, "");
  }
  // "kun je de hele groep vrijdag herinneren …": the group, named before the verb.
  if (!who && !named && GROUP_WORDS.test(m[1])) {
    who = "groep";
    rest = rest.replace(GROUP_WORDS, " ");
  }
  if (/^(ons|de groep|groep|iedereen|allemaal|us|everyone|the group|groep)$/.test(who)) {
    // "herinner iedereen in de groep …"
    rest = rest.replace(/^\s*(in|van|uit) (de|het) (groep|team|app)\b/i, " ");
  }
  if (/^(ons|de groep|groep|iedereen|allemaal|us|everyone|the group)$/.test(who)) target = "groep";
  else if (who.startsWith("@")) target = several || meAnd ? who : named ? `@${named}` : m[3];
  rest = rest
    .replace(/\b(een\s+)?(wekelijkse|dagelijkse|maandelijkse|weekly|daily|monthly)?\s*(herinnering|reminder|seintje)\b/i, " ")
    .replace(/^\s*(ik wil|i want|i'd like)\b/i, " ")
    .replace(/\s+/g, " ")
    .trim();
  let when = "";
  // ("herinner me do 8u controle …": a weekday written short, right before a time.)
  rest = rest.replace(/(^|\s)(ma|di|wo|do|vr|za|zo)\s+(?=(?:om\s+)?\d{1,2}(?::\d{2}|[.]\d{2}\s*(?:u|uur)\b|\s*(?:u|uur)\b))/gi, (_m, space: string, day: string) => `${space}${{ ma: "maandag", di: "dinsdag", wo: "woensdag", do: "donderdag", vr: "vrijdag", za: "zaterdag", zo: "zondag" }[day.toLowerCase() as "ma"]} `);
  // ("herinner me morgen ff om 10 uur aan …": a filler between the parts of the moment.)
  rest = rest.replace(/(^|\s)(?:ff|effe|efkes)(?=\s|$)/gi, " ").replace(/\s+/g, " ");
  // "de dag voor de vergadering": that day, as a date.
  if (MEETING_RELATIVE.test(rest) && w.nextMeeting) rest = spellMeetingDay(rest, await w.nextMeeting());
  const recurring = findRecurrenceIn(rest);
  if (recurring) {
    when = recurring.phrase;
    rest = `${rest.slice(0, recurring.start)} ${rest.slice(recurring.end)}`;
  } else {
    const date = findDateIn(rest, w.now, w.region);
    if (date) {
      when = date.phrase;
      rest = `${rest.slice(0, date.start)} ${rest.slice(date.end)}`;
    }
  }
  const what = rest
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:[,.:;-]\s*)*(?:(?:kun je|kan je|kunt u|wil je|wilt u|zou je|could you|can you|would you|aan|om|over|dat|van|voor|on|op|to|about|of|for|wel|even|nog|please|pls|aub|svp|graag|alsjeblieft|a\.?u\.?b\.?|me|mij|ons|us)\b[\s,]*)*/i, "")
    .replace(/[\s,]*(aub|svp|graag|please|pls|alsjeblieft|thanks|bedankt|a\.u\.b\.)?[\s.!?]*$/i, "")
    .replace(/\s+(on|op|at|om|in|to)$/i, "")
    .replace(/^(?:(?:een|ik wil|om|aan|about|to)\s+)+/i, "")
    .replace(/^(?:(?:zsm|z\.s\.m\.?|asap|ff|even|snel)\b[\s,]*)+/i, "")
    .replace(/^(?:[,.:;-]\s*)*(?:(?:aan|over|about|to)\s+)?(?:(?:de|het|the)\s+)?(?=\S)/i, (m) => (/\b(aan|over|about|to)\b/i.test(m) ? "" : m))
    // "…, wil je me daaraan herinneren?", "herinner Ahmed er even aan wil je"
    .replace(/[,\s]*\b(?:(?:wil|kun|kan|zou|wilt|kunt) (?:je|jij|u)\s*)?(?:me |mij |ons )?(?:er|daar|hier) ?(?:even |nog )?aan\b(?:\s+(?:wil|kun|kan) (?:je|jij|u))?[?!.\s]*$/i, "")
    .replace(/^(?:er|daar|hier) ?(?:even |nog )?aan\b\s*/i, "")
    .replace(/[,\s]+(?:wil|kun|kan) (?:je|jij|u)[?!.\s]*$/i, "")
    // ("… aan de kas luchten, anders verrotten de zaailingen": why is not part of what.)
    .replace(/\s*,\s*(?:anders|want|omdat|zodat|because|otherwise)\b.*$/i, "")
    .trim();
  if (!what) return { kind: "say", text: localText("understand.reminderWhat") };
  // "wanneer?": the moment typed next completes the reminder.
  if (!when) return { kind: "need-action", question: localText("understand.reminderWhen", { what, target }), command: `herinner ${target} ${what}` };
  // The reminder command reads the moment off the end; a leading "on"/"op" would stay behind in the text.
  when = when.replace(/^(on|op|at|om)\s+/i, "");
  // "om 3 uur" for a reminder is 15:00, not the middle of the night (shown first).
  const night = /(ochtend|nachts|nacht|morning)\b|\b(am|a\.m\.)(?=\s|$)/i.test(typed) ? null : when.match(/(^|\s)(?<!half\s|kwart\s?(?:over|voor)\s)([1-6])(?::00)?(?=\s*$)/);
  if (night) when = `${when.slice(0, night.index)}${night[1]}${Number(night[2]) + 12}:00`;
  const command = `/herinner ${target} ${what} ${when}`;
  // Leftovers that look like a moment or a second person, or a period instead of a day: show it first.
  const unsure =
    /\b(ochtend|middag|avond|morgenochtend|morgenmiddag|morgenavond|morning|afternoon|evening|night|elke|iedere|maand|week|dag|en|and|on|at|groep|iedereen)\b/i.test(what) ||
    /\b(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|vandaag|overmorgen|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight)\w*|\b\d{1,2}([:.]\d{2}|u|uur|am|pm)\b|^\d/i.test(what) ||
    w.people.some((p) => new RegExp(`\\b${escapeRe(p.displayName)}\\b`, "i").test(what)) ||
    // ("in week 12" is that week's Monday, not a period.)
    /^(in|tijdens|during)\b(?!\s+(?:week|wk)\s+\d)/i.test(when) ||
    // A reminder that repeats until stopped, or one that goes to someone else or the group: shown first.
    Boolean(recurring) ||
    Boolean(night) ||
    target !== "mij";
  if (unsure) return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command };
  if (question && !/^(kun|kan|wil|zou|can|could|will|would)\b/.test(f)) return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command };
  // Set at once only when said in the usual order — "herinner me <wanneer> aan <wat>" — so every word of
  // the text is accounted for; any other order is shown first (the words kept are easy to misjudge).
  const beforeTrigger = (typed.match(/^(.*?)\b(?:herinner|remind)\w*\b/i)?.[1] ?? "x").replace(when, " ");
  const usualOrder =
    /^[\s,:]*(?:@wijkbot\b[\s,:]*)?(?:(?:kun|kan|wil|zou|wilt|kunt) (?:je|jij|u)\s+)?(?:(?:me|mij|ons|even|nog|please|pls)\s+)*$/i.test(beforeTrigger) &&
    new RegExp(`\\b(?:aan|over|to|about)\\s+(?:(?:de|het|een|the|a)\\s+)?${escapeRe(what.replace(/^(?:de|het|een|the|a)\s+/i, ""))}`, "i").test(text);
  if (!usualOrder) return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command };
  return { kind: "run", text: command };
}

/** Questions answered from the current data, as the slash command that shows it. */
async function readQuery(text: string, f: string, spans: ActionSpan<IndexedAction>[], w: UnderstandWorld, question: boolean): Promise<Understanding | undefined> {
  const showMe =
    /^(laat|toon|geef|stuur|show|list|lijst|overzicht van)\b.*\b(zien|overzicht|lijst|acties|actions|agenda)?\b/.test(f) ||
    /^(kun je|kan je|kunt u|wil je|can you|could you|can u|could u|can i|could i|mag ik|kan ik) .*\b(laten zien|zien|tonen|geven|sturen|krijgen|show|get|see|have)\b/.test(f) ||
    // ("Graag ontvang ik een overzicht van alle acties binnen de pijler Kansrijk.")
    /^(graag ontvang ik|ik ontvang graag|ik zou graag|ik wil graag|ik wil|graag|i would like|i'd like) (\w+ ){0,4}(overzicht|lijst|lijstje|overview|list)\b/.test(f);
  // ("stuur het weekoverzicht voortaan niet meer": switching it off, read with the settings.)
  if (DIGEST.test(f) && DIGEST_OFF.test(f)) return undefined;
  if (!question && !showMe && !/^(mijn acties|my actions|wat nog|te laat|overdue|agenda|vergaderingen|alle acties|open acties|lopende acties|all actions|info|informatie|details|lijstje|lijst)\b/.test(f) && !NEWSLETTER.test(f)) return undefined;
  // "maak een stukje voor de wijkkrant": the monthly update, written from the data.
  if (NEWSLETTER.test(f) && !spans.some((s) => s.quality >= 4)) {
    const month = f.match(/\b(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b/);
    return run(month ? `/maandbericht ${month[1]}` : "/maandbericht");
  }
  // "wat is de status van alle acties": all of them, not the action with "alle" in its name.
  // ("een lijst van alle acties die bij de politie liggen": that organisation's people and their actions.)
  const orgOfList = /\b(acties|actions)\b.*\b(bij|van|via) (de |het )?\S+/.test(f) ? w.organisations.find((o) => fold(o).split(" ").some((word) => word.length >= 3 && !["groningen", "lewenborg"].includes(word) && new RegExp(`\\b(bij|van|via) (de |het )?${word}\\b`).test(f))) : undefined;
  if (orgOfList && !spans.some((s) => s.exact || s.quality >= 3)) return run(`/wie ${orgOfList}`);
  if (/\b(alle|all) (acties|actions|lopende acties|open acties)\b/.test(f) && !spans.some((s) => s.exact) && !findPillarIn(f, w.pillars)) return run(/\b(open|lopende)\b/.test(f) ? "/acties open" : "/acties");
  // ("can u show me the open actions")
  if (showMe && /\b(open|lopende) (acties|actions)\b/.test(f) && !spans.some((s) => s.exact) && !findPillarIn(f, w.pillars)) return run("/acties open");
  // "wat is er deze week gebeurd", "welke deadlines komen eraan": the week in one message.
  if (/\b(wat is er|wat er) (deze|afgelopen|vorige) week (allemaal |zoal )?(gebeurd|gedaan)\b|\bwat (staat|ligt) er (deze|komende|volgende) week (op de planning|op het programma|gepland|te doen)\b|\bwelke deadlines (komen (er ?)?aan|zijn er binnenkort)\b|\bwat (moet|moeten) er (deze|komende|volgende) week (af|klaar|gebeuren)\b|\bwhat happened this week\b|\bupcoming deadlines\b|\bwat is er (gisteren|vandaag|recent|onlangs|laatst|de laatste dagen|afgelopen dagen) (veranderd|gewijzigd|gebeurd|aangepast)\b|\bwat (is|zijn) (er )?(de )?(laatste|recente) (wijzigingen|veranderingen|updates)\b|\bwhat changed\b/.test(f)) return run("/weekoverzicht");
  if (LATE.test(f) && !spans.some((s) => s.quality >= 3 && !LATE.test(fold(text.slice(s.start, s.end))))) return run("/acties te laat");
  if (/\b(te laat|verlopen|achterstand|achter lopen|achterlopen|lopen achter|loopt achter|achter op schema|over de deadline|over de datum|over datum|datum voorbij|deadline voorbij|overdue|late|verlopen deadlines|deadline gemist|gemist)\b/.test(f) && !spans.length) return run("/acties te laat");
  if (/\b(welke|wat voor) acties (heb|sta|moet) ik\b|\bwat (staat|ligt|loopt) er (nog )?(voor|bij|van) mij\b|\b(voor|van) mij (nog )?open\b|\b(wat moet ik|mijn acties|mijn taken|mijn lijst|wat staat er (nog )?op mijn|wat heb ik (nog )?(allemaal )?(nog )?(open|lopen|staan|te doen)|wat sta ik|wat ligt er (nog )?bij mij|my actions|my tasks|what (do|should|must) i (still |yet )?(have|need|do)|what should i|what ?'?s (left|still open|on my plate|on my list) for me|what ?'?s on my (plate|list)|what am i (still )?(on|doing)|what is (left|still open) for me|wat moet ik nog|heb ik nog|welke deadlines (heb|sta|moet) ik|mijn deadlines|my deadlines|wat heb ik (\w+ ){0,3}op (mijn|mn|m n) naam|wat heb ik (\w+ ){0,3}(open ?staan|openstaan|nog lopen|lopen|op mijn bord)|wat is (er )?van mij|(staan|staat) (er )?(\w+ ){0,4}op (mijn|mn|m n) naam|wat staat er (\w+ ){0,2}op (mijn|mn|m n) naam|(op|onder) (mijn|mn|m n) naam (staan|staat)|what(s| is| do i have)? (\w+ )?(on|under) my name)\b/.test(f)) return run("/acties mijn");
  // "welke data zijn er al geprikt voor de volgende vergadering?": the date poll.
  if (question && /\b(geprikt|datumprikker|prikker|poll|data geprikt|datums geprikt)\b/.test(f)) return run("/datumprikker");
  if (/\b(vergadering|vergaderen|vergadert|stuurgroep|overleg|meeting|bijeenkomst|stuurgroepvergadering)\b/.test(f) && /\b(wanneer|volgende|next|when|datum|welke dag|hoe laat|date|waar|where|locatie|zaal)\b/.test(f)) return run("/vergaderingen");
  // "welke besluiten hebben we genomen?", "wat heeft de stuurgroep besloten?": the decisions so far.
  if (question && /^(is|zijn) er (al |nog |ooit |eigenlijk )?(een |geen |iets |wat |niks |niets )?(besluit|besluiten|besloten|beslist)\b/.test(f)) return run("/besluitenlijst");
  // ("wat is er vorige keer besloten over de wijkwebsite": about an action, still the decisions.)
  if (question && /\b(besluiten|besloten|beslist|decisions|decided)\b/.test(f) && /^(wat|welke|which|what|zijn er|hebben we|heeft de stuurgroep|waar|where)\b/.test(f) && (!spans.some((s) => s.exact || s.quality >= 3) || /\b(besloten|beslist|besluit|besluiten|decided) (over|about|voor|bij|met)\b/.test(f))) return run("/besluitenlijst");
  // "de stuurgroep heeft besloten dat het zomerkamp doorgaat toch? kun je dat checken", "… beslist X. klopt dat?": whether
  // something was decided — the decisions so far, not the action.
  if (question && /\b(heeft|hebben|is|werd|zijn) (\w+ ){0,2}(besloten|beslist)\b|\b(besloten|beslist) (dat|om)\b/.test(f) && /\b(klopt dat|klopt het|toch|checken|check|nakijken|controleren|zeker|is dat zo|right|correct)\b/.test(f)) return run("/besluitenlijst");
  // "in welke zaal zitten we donderdag?": where the meeting is.
  if (question && /\b(welke zaal|welk lokaal|waar zitten we|waar vergaderen we|waar is het|which room|where do we meet)\b/.test(f)) return run("/vergaderingen");
  // "welke punten staan er nog open voor donderdag?": the items of the next meeting.
  if (question && /^(welke|wat voor|hoeveel|which) (agenda)?punten\b/.test(f) && !/\b(besloten|besluiten|decided)\b/.test(f)) return run("/agenda");
  if (/\bagenda(punten)?\b/.test(f) && (/^(wat|welke|hoe|what|which|toon|laat|show)\b/.test(f) || !/\b(zet|op de agenda|agenderen)\b/.test(f))) return run("/agenda");
  // "wat gaan we volgende keer bespreken?", "wat komt er donderdag aan bod?": what the next meeting is about.
  if (question && /^(wat|welke|what)\b/.test(f) && /\b(bespreken|aan bod|behandelen|discuss)\b/.test(f) && !/\b(hebben|hadden|heb|had|zijn|did)\b/.test(f) && !spans.some((s) => s.quality >= 2)) return run("/agenda");
  // "welke acties heeft gezond", "lijst vreedzaam": a pillar's actions, even when a title shares the word.
  const pillarAsked = findPillarIn(f, w.pillars);
  // "wat doet pijler vreedzaam allemaal": the pillar named as a pillar — its actions.
  if (pillarAsked && question && new RegExp(`\\b(pijler|pillar) ${fold(pillarAsked)}\\b`).test(f) && /^(wat|welke|what|which)\b/.test(f) && !/\b(aanjager|wie|who)\b/.test(f)) return run(`/acties ${pillarAsked}`);
  // ("hoe staan we ervoor met gezond?": the pillar as a whole.)
  if (pillarAsked && /\b(acties|actions|lijst|lijstje|list|wie doet wat|who does what|loopt er|lopen er|wat loopt|wat gebeurt er|what is going on|staat er (nog )?open|is er (nog )?open|open|hoe (staan|staat|gaat|loopt) (we |wij |het )?(er ?voor |ervoor )?(met|bij)|hoe ver (zijn|staan|is) (we |wij |het |jullie )?(met|bij))\b/.test(f) && !spans.some((s) => s.exact || s.quality >= 4)) return run(`/acties ${pillarAsked}`);
  // "welke acties zijn er al klaar?", "hoeveel acties lopen er nog?": the finished or the open ones.
  if (question && /\b(welke|wat voor|hoeveel|which|what|how many) (acties|actions)\b/.test(f) && !spans.some((s) => s.exact || s.quality >= 3) && !/\b(ik|mij|mijn|me|i|my|achter|behind)\b/.test(f)) {
    if (/\b(klaar|af|afgerond|gedaan|voltooid|done|finished|completed)\b/.test(f) && !/\b(niet|nog niet|not)\b/.test(f)) return run("/acties klaar");
    if (/\b(lopen|loopt|lopend|lopende|open|ongoing|running)\b/.test(f) || /\b(niet|nog niet|not)( \w+)? (klaar|af|afgerond|done|finished)\b/.test(f)) return run("/acties open");
  }
  // "geef me een overzicht van alles": the whole board, not an action with "alle" in its name.
  if (/\b(overzicht van alles|(overzicht|overview) (van|of) (alle|de|all the|all) (pijlers|pillars)|alles (even )?(zien|tonen|laten zien)|het hele overzicht|totaaloverzicht|overview of everything|everything at once)\b/.test(f)) return run("/overzicht");
  // "wie is eigenaar van de techniekdag?", "staat het inloopspreekuur op bezig? Anouk zei …": the action asked about.
  const firstSentence = text.split(/[?.!]/)[0];
  // (Located in the first sentence alone: "is geldlessen al klaar? … groep 8 …" has a better span for Geldlessen after the question.)
  const asked = firstSentence.length < text.length ? locateActions(w.index, firstSentence) : spans;
  // "wie trekt de pijler vreedzaam eigenlijk": the pillar's people, not an action that shares the word.
  const pillarNamed = findPillarIn(f, w.pillars);
  if (pillarNamed && /^(wie|who)\b/.test(f) && /\b(pijler|pillar|aanjager)\b/.test(f)) return run(`/wie ${pillarNamed}`);
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
  // "wat is mijn rol eigenlijk?", "welke rol heb ik": the sender as the team sees them.
  if (w.sender?.displayName && /\b(mijn rol|welke rol heb ik|wat is mijn functie|wie ben ik (hier|voor jou|in de wijk)|my role|what is my role)\b/.test(f)) return run(`/wie ${w.sender.displayName}`);
  const person = findPersonIn(text, w.people);
  if (person && /\b(acties|actions|doet|doen|bezig|heeft|trekt|werkt|taken|does|has|working|op (de |zijn |haar )?naam|on (his|her) (name|plate)|lijstje|takenlijst)\b/.test(f) && !spans.some((s) => s.quality >= 4)) return run(`/wie ${person}`);
  const pillar = findPillarIn(f, w.pillars);
  if (/^(wie|who)\b/.test(f) || /\b(wie is|wie zijn|wie doet|wie trekt|wie zit|wie heeft|wie is wie|who is|who does)\b/.test(f)) {
    // ("wie zitten er allemaal in de wijk?", "wie doen er mee?": everyone — "de wijk" names no action here.)
    if (/\bwie is wie\b|\bwho is who\b|^(wie|who) (zitten|zijn|doen|werken|are) (er )?(allemaal )?(in (de|het|onze) (wijk|team|groep|wijkteam)|mee|erbij|in it)\b/.test(f)) return run("/wie");
    if (person) return run(`/wie ${person}`);
    if (pillar) return run(`/wie ${pillar}`);
    const org = w.organisations.find((o) => f.includes(fold(o)) || fold(o).split(" ").some((word) => word.length >= 3 && f.split(" ").includes(word) && !["groningen", "lewenborg"].includes(word)));
    if (org) return run(`/wie ${org}`);
    if (spans.length) return actionInfo(spans, w, text);
    return run("/wie");
  }
  if (spans.length && (question || showMe || /^(info|informatie|details)\b/.test(f)) && !CHANGE_SIGNAL.test(f)) return actionInfo(spans, w, text);
  if (pillar && /\b(acties|hoe staat|hoe gaat|stand|actions|how is|ervoor)\b/.test(f)) return run(`/acties ${pillar}`);
  // ("stuur mij het weekoverzicht voortaan ook elke week": every week from now on — switched on.)
  if (/\bweekoverzicht\b/.test(f) && /\b(voortaan|elke week|iedere week|wekelijks|vanaf nu|every week|from now on)\b/.test(f) && !/\b(niet|geen|not|no|uit|stop)\b/.test(f)) return question ? { kind: "confirm", question: localText("understand.confirm", { what: "/weekoverzicht aan" }), text: "/weekoverzicht aan" } : run("/weekoverzicht aan");
  if (/\bweekoverzicht\b/.test(f) && /^(geef|stuur|laat|toon|mag ik|kan ik|kun je|kan je|wat staat er in|give|send|show)\b/.test(f) && !/\b(niet|geen|not|no|uit|stop|nooit|never)\b/.test(f)) return run("/weekoverzicht");
  // ("overzicht van alle acties van vreedzaam": that pillar's actions.)
  if (pillar && /\b(acties|actions)\b/.test(f) && /\b(overzicht|overview|lijst|list)\b/.test(f)) return run(`/acties ${pillar}`);
  if (/\b(\w*overzicht|hoe staan we|hoe staat het ervoor|hoe staat alles|stand van zaken|overview|hoe gaat het met alles|board)\b/.test(f)) return run("/overzicht");
  if (/\b(open acties|lopende acties|welke acties lopen|wat loopt er|wat is er open|open actions|wat staat er (nog |allemaal )*open)\b/.test(f)) return run("/acties open");
  if (/\b(welke acties|alle acties|hoeveel acties|which actions|all actions|wat zijn de acties)\b/.test(f)) return run(pillar ? `/acties ${pillar}` : "/acties");
  if (/\b(te laat|overdue|late)\b/.test(f)) return run("/acties te laat");
  if (/\bherinneringen\b/.test(f)) return run("/herinneringen");
  if (pillar) return run(`/acties ${pillar}`);
  // "hoe staat het met dat ding van de gemeente?": about an action, but which one?
  if (question && !spans.length && /\b(hoe (staat|gaat|loopt|zit) het (\w+ )?met|how is|what about)\b/.test(f) && !/\bmet (je|jou|jullie|u|iedereen|alles|ons|jezelf|de groep|het team)\b/.test(f)) {
    return { kind: "need-action", question: localText("understand.whichAction"), command: "actie info" };
  }
  return undefined;
}

async function actionInfo(spans: ActionSpan<IndexedAction>[], w: UnderstandWorld, text: string): Promise<Understanding> {
  // "is geldlessen al klaar? wil weten of groep 8 …": the action asked about is the one in the question.
  const mark = text.indexOf("?");
  const asked = mark > 0 ? spans.filter((s) => s.end <= mark) : [];
  if (asked.length) spans = asked;
  const picked = await pickAction(spans, w);
  if (picked.chosen) return { kind: "run", text: `/actie info ${picked.chosen.title}`, pickActionId: picked.chosen.id };
  return choose(picked.contenders, "actie info", "", spans[0], text);
}

/** "welke acties lopen achter": a question about what is late (a title with "achter" in it is not meant). */
const LATE = /\b(welke|wat|which|what)\b.*\b(lopen achter|loopt achter|loopt er (?:\w+ ){0,2}achter|lopen er (?:\w+ ){0,2}achter|achter op (het )?schema|achter op (de )?planning|achterstand|behind schedule|behind|achter lopen|achterlopen|te laat|over de deadline|over (hun|de|z n|zijn|haar) deadline( heen)?|over de datum|over tijd|over datum|overdue|late)\b/;

const NEWSLETTER = /\b(wijkkrant|nieuwsbrief|buurtkrant|stukje voor|maandbericht|bericht voor de (buurt|wijk|nieuwsbrief)|newsletter)\b/;

/** Words that make a question about an action a request to change it ("kun je X op klaar zetten?"). */
const CHANGE_SIGNAL =
  /^(kan|kun|kunnen|mag|wil|wilt|zou|zullen|can|could|moet|moeten|hoort|should)\b.*\bop (klaar|bezig|gestopt|stop|geparkeerd|af|done)\b|^(kan|kunnen|mag|can|could)\b.*\bnaar (\d|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|volgende|eind|begin|half|na de|voor de|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)|\b(zet|zetten|verzet|verzetten|verschuif|schuif|opschuiven|uitstellen|later|eerder|deadline|noteer|noteren|opschrijven|eigenaar|overnemen|partner|bereikt|uitgegeven|besteed|begroot|parkeer|parkeren|stoppen|afronden|afsluiten|markeer|mark|set|move|postpone)\b/;


function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
