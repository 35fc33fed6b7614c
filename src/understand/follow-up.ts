import type { PromptPayload, StoredPrompt } from "../core/prompts.ts";
import type { Rerun } from "../core/errors.ts";
import type { MessageKey, MessageVars } from "../i18n/index.ts";
import { MONTHS, MONTH_NAMES_NL, WEEKDAYS, bareDayOfMonth, findDatePhrase, resolveDate } from "../parse/dates.ts";
import { fold } from "../parse/text.ts";
import { addDays, compareCivil, isoDay, localParts, weekdayOf } from "../time/amsterdam.ts";
import { CANCEL, NEGATED_STATUS, NO, STATUS_SUB, STATUS_WORDS, YES } from "./words.ts";
import { spellMoments } from "./find-date.ts";
import { expandShorthand, spokenDates } from "./helpers.ts";
import { contentWords, FILLER } from "./pick.ts";
import { readShift, SHIFT_AT_END } from "./shift.ts";

export type FollowUpReading =
  | { kind: "none" }
  | { kind: "say"; key: MessageKey; vars?: MessageVars; clear: boolean }
  | { kind: "rerun"; rerun: Rerun }
  /** Read the message again as free text, as `text` ("nieuwe actie: Leesclub in de bieb, kansrijk"). */
  | { kind: "read-as"; text: string }
  /** Ask again and wait for the answer in a new shape (e.g. "which one then?"). */
  | { kind: "ask"; key: MessageKey; vars?: MessageVars; save: PromptPayload };

/** A follow-up is short; a longer message is something new. */
export const MAX_FOLLOW_UP_WORDS = 8;
/** "en de deadline schuift naar 2 maart" right after a change: the deadline of the action just changed. */
const DEADLINE_FOLLOW_UP = /^(?:(?:o ?ja|oh ja|oh|o|en|ook|trouwens|btw|nog|even)[\s,]+)*(?:zet\s+)?(?:de\s+|die\s+)?deadline\s+(?:(?:daarvan|ervan|hiervan|van die|van deze)\s+)?(?:(?:mag|kan|moet|wordt|dient|hoort|schuift|verschuift|gaat|komt|is verzet|wordt verzet|is verschoven|moves|goes)\s+)?(?:op|naar|wordt|is|to|on)?\s*(\S.{1,30}?)(?:\s+(?:zetten|graag|aub|please|worden|zijn|te zijn|te worden))?[\s.!]*$/i;
/** "o en nog een update: 3 nieuwe vrijwilligers erbij", "reden: …": a note about the change just made may be longer (also after "top, en zet er ook bij dat …"). */
const NOTE_FOLLOW_UP = /^(?:(?:o|oh|o ja|oja|oh ja|ja|en|nog|even|ook|een|kleine|trouwens|btw|also|and|plus|please|top|klopt|mooi|super|prima|perfect|fijn|oke|ok|thanks|bedankt|dankje|dank je|great|nice)[\s,!.]+)*(?:(?:(?:de |het |the )?(?:reden|update|notitie|toelichting|reason|note|aanvulling|waarom)(?: (?:vergeten|vergat ik|was ik vergeten|vergeten te zeggen|is|erbij|er nog bij|nog|ook))?|ter aanvulling|aanvullend|in addition|additionally|(?:zet|noteer|schrijf) (?:er |het |dat |daar )?(?:nog |ook |even )?bij|(?:(?:zet|noteer|schrijf) (?:(?:nog|ook|even|maar) )*)?erbij|add(?: a note)?)\s*:|(?:zet|noteer|schrijf) (?:(?:nog|ook|even|maar|ff) )*(?:er |het |daar )?(?:(?:nog|ook|even|maar|ff) )*(?:bij|erbij|daarbij),? dat\b|(?:de )?reden is,? dat\b|(?:omdat|want|vanwege|wegens|ivm|i\.v\.m\.|because)\b)\s*(.+)$/i;
/** "laat dat agendapunt maar zitten", "laat het jongerenwerk toch maar staan": leave it as it was (read on the folded text too). */
const LET_IT_BE = /^(?:@?wijkbot[\s,:]*)?(?:(?:ach|oh|o|nee|wacht|sorry)[\s,]+)*laat\s+(?:\S+\s+){0,4}?(?:toch\s+|maar\s+|gewoon\s+)*(?:zitten|staan|liggen)\b/i;
/** "en nog een: …", "het volgende besluit: …": one more decision after the one just recorded; the decision follows. */
const NEXT_DECISION = /^\s*(?:@?wijkbot[\s,:]*)?(?:(?:en|ook|o ja|oja)\s+)*(?:nog\s+(?:een|eentje|1)(?:\s+besluit)?(?:\s+vergeten)?|(?:het\s+)?(?:volgende|tweede|derde|laatste|ander|andere)\s+besluit|nog een besluit|(?<=en\s+)ook)\s*[:,-]\s*(\S.{3,}?)[\s.!]*$/i;
/** "laat maar", "never mind" at the start: what was asked is let go. */
const NEVER_MIND = /^(?:laat maar|laat ook maar|laat zitten|never ?mind)\b/;
/** "en ook nog dat de gemeente de borden betaalt" right after a note: one more note. */
const MORE_NOTE = /^(?:(?:o|oh|o ja|oja)\s+)*(?:(?:en\s+)*(?:ook\s+)?nog\s+|en\s+(?:ook\s+)?)(?:even\s+)?dat\s+(?!(?:moet|moest|hoort|hoorde|is|was|klopt|klopte|mag|kan|wordt|werd|gaat|ging|had|heeft|hoeft|staat|stond)\b)(.+)$/i;
/** A field of the action just changed, said without its name ("oh en eigenaar erbij: Anouk", "bereik is nu 30"). */
/** "het doel is eigenlijk 30 ipv 25", "and the target is 40 parents", "beoogd 50": the intended count said on its own. */
const TARGET_SAID = /^(?:(?:o|oh|o ja|oja|en|and|ja|nee|sorry|trouwens|btw|ook|also|plus)\s+)*(?:het\s+|ons\s+|the\s+|our\s+)?(?:doel|streefgetal|beoogd|beoogde aantal|target|goal)\s+(?:is|was|wordt|van|is now|should be)?\s*(?:(?:eigenlijk|trouwens|wel|nu|toch|actually)\s+)*(\d{1,6})(?:\s+(?:kinderen|ouders|jongeren|deelnemers|gezinnen|bewoners|leerlingen|peuters|children|parents|kids|people|young people))?(?:\s+(?:ipv|i p v|in plaats van|instead of|niet)\s+\d{1,6})?(?:\s+(?:trouwens|graag|aub|pls|please))?$/;
const FIELD_WORDS = /\b(eigenaar|eigenaren|partner|partners|bereik|bereikt|beoogd|budget|begroot|begroting|besteed|uitgegeven|doelgroep|pijler)\b/;
const MAX_NOTE_FOLLOW_UP_WORDS = 20;
/** "o ja, er waren 9 ouders met hun baby": an afterthought right after a change. */
const ASIDE = /^(?:o ?ja|oh ja|oja|trouwens|btw|p\.?s\.?|vergeten te zeggen|vergat te zeggen|nog vergeten|wat ik vergat)\b[\s,:!.]*(.+)$/i;

/** An answer to "what is the new action?" may be a whole description ("Taalles voor bewoners in de flat, kansrijk, partner Lefier"). */
const MAX_READ_AS_WORDS = 30;

/** Whether a message may answer an open question that takes a whole sentence (a read-as prompt). */
export function mayBeReadAs(text: string): boolean {
  const typed = text.trim().replace(/^@wijkbot\b[\s,:]*/i, "");
  return !/^[/!]/.test(typed) && typed.split(/\s+/).length <= MAX_READ_AS_WORDS;
}

/** Whether a message is short enough to be read against the last question or change. */
/** "en lisa ook, die doet groep 8b": who someone is, or why, said after a comma. */
const WHO_AFTER_COMMA = /\s*[,;]\s*(?:die|zij|ze|hij|want|omdat|she|he)\b.*$/i;
/** "zet ook de GGD Groningen er als partner bij", "zet X er ook bij als partner": an organisation added as partner of the action just changed. */
const PARTNER_TOO = /^(?:(?:en|oh|o|oja|o ja|ja|trouwens)[\s,]+)*(?:zet|doe|voeg)\s+(?:(?:ook|nog|even|maar|ff)\s+)*(?:de\s+|het\s+)?(\p{L}[\p{L}\p{N}&'. -]{1,60}?)\s+(?:(?:er|ook|nog|maar|even|ff)\s+)*(?:als\s+(?:extra\s+|nieuwe\s+|tweede\s+)?partner\s+(?:(?:er|ook|nog|maar|even)\s+)*(?:bij|aan toe|toe)|bij\s+als\s+(?:extra\s+|nieuwe\s+|tweede\s+)?partner)(?:\s*[,;]\s*\S.*)?[\s.!]*$/iu;
/** "ook de bewonerscommissie als partner erbij zetten": the organisation first, the verb at the end. */
const PARTNER_TOO_AFTER = /^(?:(?:en|oh|o|oja|o ja|ja|trouwens|ook)[\s,]+)*(?:de\s+|het\s+)?(\p{L}[\p{L}\p{N}&'. -]{1,60}?)\s+(?:(?:er|ook|nog|maar|even|ff)\s+)*als\s+(?:extra\s+|nieuwe\s+|tweede\s+)?partner\s+(?:(?:er|ook|nog|maar|even)\s+)*(?:bij|erbij)\s+(?:zetten|toevoegen|noteren)(?:\s+(?:graag|aub|pls|please))?(?:\s*[,;]\s*\S.*)?[\s.!]*$/iu;
/** "ja, en zet erbij dat de oogst goed was", "ja maar dan met notitie: laatste oogst gedaan": a yes with a note. */
const YES_NOTE = /^(?:ja+|ok[eé]?|oke|prima|goed|yes|jep|klopt|graag)\b[\s,!.]*(?:(?:en|maar|plus|and)\s+)?(?:(?:zet|schrijf|noteer)\s+(?:er\s+)?(?:(?:even|ook|maar|nog|ff)\s+)*(?:bij|erbij)?\s*(?:dat\s+|:\s*)?|(?:dan\s+)?met\s+(?:de\s+|als\s+)?(?:notitie|opmerking|reden|toelichting)\s*:?\s*|(?:notitie|reden|opmerking)\s*:\s*)(\S.{2,}?)[\s.]*$/i;

/** "Draai dat terug en noteer dat de handtekeningenactie klaar is": what to note, after the change is taken back. */
const UNDO_THEN_NOTE = /\b(?:draai|zet)\s+(?:dat|het|die|dit|m|hem)\s+(?:maar\s+|even\s+)?terug\s*(?:,|en)\s*(?:en\s+)?(?:noteer|zet erbij|schrijf op|note)\s+(?:(?:maar|even|wel)\s+)*(?:dat\s+)?(\S.{2,}?)[\s.!]*$/i;

export function mayBeFollowUp(text: string): boolean {
  // ("wijkbot hm verkeerde actie, …": the bot's name typed without the @ in front too.)
  // ("… fat thumbs 🙈": an emoji at the end is no word.)
  const typed = text.trim().replace(/^@?wijkbot\b[\s,:]*/i, "").replace(/(?:\s*[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}])+\s*$/u, "") || text.trim();
  const words = typed.split(/\s+/).length;
  if (/^[/!]/.test(typed)) return false;
  if (words <= MAX_FOLLOW_UP_WORDS) return true;
  // ("laat maar, trek dat agendapunt maar in. is al opgelost met de gemeente": withdrawn, with why after it.)
  if (words <= 25 && /\btrek\s+(?:dat|dit|het|die|mijn)\s+(?:agenda)?punt(?:je)?\s+(?:(?:maar|even|weer|toch)\s+)*in\b/i.test(typed)) return true;
  // ("nee wacht dat was te vroeg, … Draai dat terug en noteer dat …": taken back, with what to note instead.)
  if (words <= 40 && UNDO_THEN_NOTE.test(typed)) return true;
  // ("die mag naar donderdag 5 februari, de gymzaal is de 22e al bezet" right after an action was shown: said of it.)
  if (words <= 20 && /^(?:die|deze|hij|ie)\s+(?:mag|kan|moet|gaat|wordt)\b/i.test(typed)) return true;
  // ("oh wacht die voorjaarsvakantie klopt niet, moet 14 tm 22 feb zijn": said wrong, with what it must be.)
  if (words <= 16 && /\bklopt (?:helemaal |toch )?niet\b/i.test(typed) && /\b(?:moet|moest|wordt)\b[^?]*\d/i.test(typed)) return true;
  // ("deadline 18 december en Esther mag er ook bij als eigenaar", "partner is Kringloop Lewenborg, en het is voor 4-12" right
  // after a new action: more of its fields, listed.)
  if (words <= MAX_FIELD_LIST_WORDS && fieldsListed(typed) >= 2) return true;
  // ("oh en bij de 2e schil van ahmed ook", "en de kindteams ook graag, die willen we voor die datum rond hebben": the same for
  // another one, perhaps with why.)
  const firstClause = typed.split(/[,;.]\s+/)[0];
  if (words <= 18 && firstClause.split(/\s+/).length <= 10 && /\b(?:ook|too|as well)(?:\s+(?:graag|aub|even|dan|nog|pls|please))*[\s!]*$/i.test(firstClause)) return true;
  // "oeps de verkeerde, het was niet het watertappunt maar de moestuin": a correction may take a few more words.
  // ("laat dat agendapunt maar zitten, we hebben het al geregeld", "en nog een: de vergoeding gaat omhoog naar 5 euro".)
  return words <= MAX_NOTE_FOLLOW_UP_WORDS && ((words <= 18 && statusMeantInstead(typed) !== undefined) || (words <= 18 && (STILL_GOING.test(fold(typed)) || NOT_YET.test(fold(typed))) && LOOSE_CORRECTION.test(fold(typed))) || (words <= 12 && TAKE_BACK.test(fold(typed))) || (words <= 14 && HEIR_SAID.test(typed)) || (words <= 14 && /\b(?:ik blijf|blijf ik)\b.*\b(?:op|bij|eigenaar)\b/i.test(typed)) || LET_IT_BE.test(typed) || NEXT_DECISION.test(typed) || NOTE_FOLLOW_UP.test(typed) || YES_NOTE.test(typed) || PARTNER_TOO.test(typed) || PARTNER_TOO_AFTER.test(typed) || (words <= 16 && /\bmaak (?:er|het) (?:maar |dan |liever |toch )?\S.{0,28}? van(?:[\s.!]*$|\s*[,;]\s*\S|\s+(?:in plaats van|ipv)\s)/i.test(typed)) || (words <= 14 && /[,;]\s*(?:doe|maak|zet)\s+(?:het\s+|er\s+|m\s+|hem\s+)?(?:maar|dan|liever|toch)\s+(?:\S+\s+){0,2}?(?:half\s+)?\d{1,2}(?:[:.]\d{2})?(?:\s*(?:uur|u))?[\s.!]*$/i.test(typed)) || MORE_NOTE.test(typed) || ASIDE.test(typed) || SET_STATUS_OF_IT.test(typed) || (words <= 18 && /^(?:(?:oh|o|ah|wacht|hm+|eh+m?)[\s,.!]+)*(oeps|oops|oei|oeh|shit|sorry|sry|nee|no|wait|wacht(?=[\s,.!]+(?:nee[\s,.!]+)?(?:(?:(?:het|dat) wordt\s+|maak er\s+)?\d|(?:dat |het |die )?(?:moest|had|klopt niet)\b|ik bedoel|verkeerd|niet (?:die|deze|dat)\b))|ipv|in plaats van|niet (?:die|deze|dat)|niet (?:het|de)\s+(?:\S+\s+){1,3}?(?:bedoelde|bedoel)|(?:ach|och|argh)[\s,]+toch(?:\s+maar)?|toch maar|ik bedoel(?:de)?|hm+|ai|scrap that|scratch that|verkeerde|verkeerd|foutje|correctie|excuses|excuus|pardon|mijn fout|moet|moest|dit is fout|dat is fout|(?:dat |het )?klopt(?: helemaal)? niet|(?:dat|die|dit|het)(?: (?:update|notitie|wijziging|aanpassing|deadline|datum|status|herinnering|bericht))? (?:hoort|hoorde)|trek (?:die|dat|de|het|dit))\b/i.test(typed)));
}

/** The changes that can be said again of another action with "… ook". */
const SAID_AGAIN = /^actie (deadline|partner|eigenaar|doelgroep|pijler|klaar|bezig|stop|parkeer)$/;

/**
 * "oh en bij de 2e schil van ahmed ook", "en de kindteams ook graag, die willen we voor die datum rond hebben" right after a change:
 * the same change for the action named.
 */
function sameChangeFor(typed: string, folded: string, payload: Extract<StoredPrompt["payload"], { kind: "change" }>, lookups: FollowUpLookups): FollowUpReading | undefined {
  if (!SAID_AGAIN.test(payload.command) || !lookups.named || folded.split(" ").length > 18 || !/\b(ook|too|as well|eveneens|idem)\b/.test(folded)) return undefined;
  const others = lookups.named.filter((n) => n.id !== payload.actionId && (n.quality ?? 9) >= 2);
  if (!others.length || new Set(others.map((n) => n.id)).size !== 1) return undefined;
  const span = others.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  // (Only the name, "ook" and small words in the first clause; a clause after a comma may say why, without a value of its own.)
  const [head, ...rest] = (typed.slice(0, span.start) + " " + typed.slice(span.end)).split(/[,;.]\s+/);
  const left = fold(head).split(" ").filter((x) => x && !/^(?:oh|o|oja|ja|en|and|plus|bij|voor|van|met|de|het|die|dat|ook|too|as|well|eveneens|idem|graag|aub|pls|please|dan|maar|even|ff|nog|trouwens|wijkbot|for|the)$/.test(x));
  // ("… van ahmed ook": whose it is, one name.)
  const ofPerson = /^\s*van\s+@?\p{L}+/iu.test(typed.slice(span.end));
  if (left.length > (ofPerson ? 1 : 0)) return undefined;
  // (Not after owners: "de 2e schil ook, die is van ahmed" says whose it is.)
  const status = /^actie (klaar|bezig|stop|parkeer)$/.test(payload.command);
  if (rest.some((clause) => /\d/.test(clause) || FIELD_WORDS.test(fold(clause)) || (status && STATUS_WORDS.some((x) => x.pattern.test(fold(clause))))) || (rest.length && payload.command === "actie eigenaar")) return undefined;
  return { kind: "rerun", rerun: { text: payload.rerun.text, pickActionId: span.id, ...(payload.rerun.datePhrase ? { datePhrase: payload.rerun.datePhrase } : {}) } };
}

/** A list of fields of the action just changed is longer than a follow-up, never longer than this. */
const MAX_FIELD_LIST_WORDS = 20;
const LISTED_FIELDS: RegExp[] = [/\b(?:deadline|einddatum)\b/, /\b(?:eigenaar|eigenaren|mede-?eigenaar)\b/, /\b(?:partner|partners)\b/, /\b(?:doelgroep)\b|\b(?:is|zijn) (?:\w+ )?voor (?:0-4|4-12|12\+|alle leeftijden|iedereen)/, /\bpijler\b/, /\b(?:bereik|beoogd|streefgetal)\b/, /\b(?:budget|begroot|begroting)\b/];

/** How many different fields of an action a message names. */
function fieldsListed(typed: string): number {
  const low = typed.toLowerCase();
  return LISTED_FIELDS.filter((re) => re.test(low)).length;
}

const STATUS_NAME = String.raw`klaar|af|done|bezig|gestopt|stoppen|stop|geparkeerd|parkeren|parkeer|pauze|on hold`;
/** "niet op klaar, op bezig", "nee, gestopt", "klaar bedoel ik": the status meant instead of the one just set (1: a correction word before it, 2: not …, 3: the status, 4: a marker after it, 5: why). */
const STATUS_INSTEAD = new RegExp(
  String.raw`^(?:@?wijkbot[\s,:]*)?((?:(?:oh|o|oeps|oops|sorry|sry|wacht|nee+|no|hm+|foutje|ai|pardon|excuus|excuses)[\s,.!]+)+)?((?:niet|not)\s+(?:op\s+|on\s+)?(?:${STATUS_NAME})[\s,.!]+(?:maar\s+|but\s+)?)?(?:(?:moest|moet)\s+(?:het\s+|hij\s+|ie\s+)?)?(?:(?:op|naar|on)\s+)?(?:(?:nog|gewoon|still)\s+)?(${STATUS_NAME})(\s+(?:bedoel(?:de)?\s+ik|i\s+meant?|moest\s+het\s+zijn|(?:zijn|staan|worden)(?=[\s.,;:!]|$)))?(?:[\s,.!]+(?:haha|hihi|lol|sorry|😅|🙈))*(?:[\s.,;:!-]+(\S.*?))?[\s.!]*$`,
  "iu",
);

/** The status meant instead, said with a word that corrects ("nee", "niet … maar", "bedoel ik"), and why as ": note" (or ""). */
function statusMeantInstead(typed: string): { sub: (typeof STATUS_SUB)[string]; note: string } | undefined {
  const said = typed.match(STATUS_INSTEAD);
  if (!said || !(said[1] || said[2] || said[4])) return undefined;
  const sub = STATUS_SUB[said[3].toLowerCase().replace(/\s+/g, " ")];
  // ("parkeren bedoelde ik, niet stoppen. na de zomer …": what it is not, said again, is no part of why.)
  // ("moest gestopt zijn ipv klaar": what it replaces is no part of why either.)
  const note = said[5]?.trim().replace(new RegExp(String.raw`^(?:(?:en|maar)\s+)?(?:niet|not|ipv|i\.p\.v\.|in plaats van|instead of)\s+(?:op\s+)?(?:${STATUS_NAME})[\s,.;:!]*`, "i"), "");
  // ("sorry moest bezig zijn, we zijn net gestart": a short note that says the same status again is no note.)
  const pattern = STATUS_WORDS.find((x) => x.sub === sub)?.pattern;
  const sameAgain = (sub === "bezig" || sub === "klaar") && note && pattern && !fold(note).replace(new RegExp(pattern.source, "g"), " ").replace(/\b(we|wij|ze|zijn|is|net|nu|al|gewoon|weer|echt|toch|hoor|ermee|er|mee|het|hij|ie|dus)\b/g, " ").trim();
  return sub ? { sub, note: note && !sameAgain && note.split(/\s+/).length >= 2 ? `: ${note}` : "" } : undefined;
}

/** "zet al zijn acties maar op naam van Lisa": someone's actions handed to another (right after they were signed off). */
const HEIR_SAID = /\b(?:al\s+)?(?:zijn|haar|z'n|zn|hun|his|her)\s+(?:acties|taken|werk|zaken|actions|tasks)\b/i;

/** What the step looked up for a follow-up that names something: actions named in it, the owners of each option. */
export interface FollowUpLookups {
  /** Actions named in the text, best first, with where they stand in it. */
  named?: { id: string; title: string; start: number; end: number; quality?: number }[];
  /** Per option of a numbered question: the names of its action's owners. */
  ownersOf?: string[][];
  /** The sender's name in the wijk, when the text says "ik"/"mij" ("en ikzelf ook"). */
  me?: string;
  /** When the text says "van <naam>": the owners' names of the action just changed, its close alternatives and the actions named. */
  ownersById?: Record<string, string[]>;
  /** The wijk's pillars, right after a new action or a pillar was set ("pijler moet vreedzaam zijn ipv kansrijk"). */
  pillars?: string[];
  /** The wijk's people by display name, right after an owner change ("lisa moet er ook op blijven"). */
  people?: string[];
  /** The message as sent, emoji and all (set by readFollowUp itself). */
  raw?: string;
}

/** The sender named as "ik", "mij", "ikzelf" in a short answer. */
export const SELF = /\b(ik|ikzelf|mij|mijzelf|mezelf|me|myself)\b/;

/** "en de ouderavond ook", "zelfde voor de speeltuin", "en Daan ook": the same change, for something else too. */
const ALSO = /^(en|ook|zelfde|hetzelfde|idem|same|and|plus)\b|\b(ook|idem|too|as well|eveneens|zelfde voor|hetzelfde voor|same for)(?: (?:maar|dan|even|graag|meteen|gelijk|direct|aub|pls))*\s*[.!]*$/;
/** "die over mediawijsheid, niet ouderbetrokkenheid", "oeps verkeerde actie, moest de speeltuin zijn". */
const WRONG_ONE = /\b(verkeerde|verkeerd|moest|bedoel(de)?|wrong)\b|^(die|degene|the one) (over|van|met|about|with)\b|\bniet (de |het )?\p{L}+\s*[.!]*$/u;

const CORRECTION_START = /^(?:(?:oh|o|ah|ai|oei|hm+|wacht|eh+m?|oeps)[\s,.!]+){0,3}(nee+|neen|sorry|sry|oeps|oops|correctie|(?:ff |even |effe )?corrigeren|verbetering|typo|tikfout|typefout|typfout|tikfoutje|typfoutje|foutje|verkeerd getypt|ik bedoel(de)?|bedoel(de)?|no|i mean|i meant|niet|(dat |het )?moest|(dat |het )?had|(?:dat |het |die )?klopte? (?:helemaal |echt |toch )?niet|excuses|pardon|mijn fout|my bad|ik heb (?:me|mij) vergist|ik zei (?:het )?verkeerd|ik had het (?:fout|verkeerd)|(?:een|1) (?:nul|0) te (?:veel|weinig)|(?:een|1) (?:nul|0) teveel|wrong (?:date|number|amount|one|person)|verkeerde (?:persoon|naam|eigenaar|partner|datum|dag|bedrag|getal))\b(?:[\s,:!.-]*(?:wacht|hm+|eh+m?|even))?[\s,:!.-]*/;
const WAIT_START = /^(?:(?:oh|o|ah|ach|och|argh|eh+m?|hm+|nee)\s+)*(?:wacht|wait|toch maar|toch|liever|eigenlijk)\b/;
const CORRECTION_END = /[\s,]*(bedoel(de)? ik|ik bedoel(de)?|i mean|i meant|moet het zijn|is het|moest het zijn)[.!]*$/;
/** A blush or a laugh at oneself: "😅", "🙈", "haha", "lol". */
const EMBARRASSED = /[\u{1F605}\u{1F648}\u{1F926}\u{1F92D}\u{1F601}\u{1F602}\u{1F923}]|\b(?:haha+|hihi+|lol|oeps|dom van me|dom dom)\b/iu;
/** Why a value just set was wrong, said of the message or of who said what ("Peter zei iets anders", "ik had me vergist", "typfout"). */
const ABOUT_THE_MISTAKE = /\b(zei|zegt|zeiden|appte|mailde|belde|liet (\w+ )?weten|gaf (\w+ )?door|vergist|verkeerd|verkeerde|typfout|tikfout|foutje|verschreven|verkeerd getypt|mis getypt|misgetypt|verkeerd begrepen|said|told me|my mistake|typo)\b/;

/** "zet m maar op bezig, …", "…, zet maar op klaar": a status for the action just changed or shown, with what follows (typed text). */
// ("die mag weer op bezig, KIEM start in februari", "zet die maar op geparkeerd tot Campus weer loopt": said as allowed, and a
// clause of why or until when without a comma.)
const SET_STATUS_OF_IT = /(?:^|[,.;]\s*|\b(?:maar|dus|en)\s+)(?:@?wijkbot\s+)?(?:(?:zet|doe)\s+(?:(?:m|'m|hem|em|die|het|dat)\s+)?|(?:die|hij|het|dat|ie)\s+(?:mag|kan|moet)\s+)(?:(?:maar|even|nu|dan|gewoon|weer|wel|terug)\s+)*(?:op|naar)\s+(klaar|af|bezig|gestopt|stop|geparkeerd|parkeer)\b(?:\s*[,.;:]\s*(.*?)|\s+((?:tot|totdat|want|omdat|ivm|until|because)\b.*?)|\s+(?!(?:of|or|en|and|maar|but|toch|niet)\b)(\S+(?:\s+\S+){2,}?))?[\s.!]*$/i;

/** "die hoort bij het wijkplan, niet bij huiswerk", "moest bij de speeltuin, niet bij de moestuin": meant for another action. */
const BELONGS_ELSEWHERE = /^(?:(?:oeps|sorry|nee|wacht|oh|o)\s+)*(?:die|dat|het|dit|deze)(?: (?:update|notitie|wijziging|aanpassing|deadline|datum|status|herinnering|bericht))? (?:hoort|hoorde|moet|moest|was) (?:eigenlijk |dus |voor |toch )*bij\b.*\bniet (?:bij|voor)\b/;
const OTHER_ONE = /\b(de andere|die andere|andere actie|niet die|niet deze|the other( one)?|not that one|verkeerde actie)\b/;

/**
 * What a short message means for the bot's last question or change to this sender here.
 * Pure: the step stores and clears; this only reads.
 */
export function readFollowUp(text: string, stored: StoredPrompt, now: Date, lookups: FollowUpLookups = {}): FollowUpReading {
  const reading = readFollowUpOf(text, stored, now, lookups);
  // ("sorry, Peter moest het zijn ipv Lisa" right after handing one's own action to Lisa: the owners said again take the change
  // back first, so whoever made it may still correct it — they are no longer an owner. Only when the change left them out: a
  // change that kept them needs nothing taken back.)
  const { payload } = stored;
  // ("oeps ik wilde Anouk erbij, ik blijf zelf ook eigenaar": the same when they put themselves back.)
  const meBack = (t: string) => Boolean(lookups.me) && t.toLowerCase().includes(`@${lookups.me!.split(" ")[0].toLowerCase()}`);
  if (reading.kind === "rerun" && lookups.me && payload.kind === "change" && !meBack(payload.rerun.text) && (reading.rerun.correction || meBack(reading.rerun.text)) && !reading.rerun.undoFirst && payload.command === "actie eigenaar" && reading.rerun.text.startsWith("/actie eigenaar ") && (!reading.rerun.pickActionId || reading.rerun.pickActionId === payload.actionId)) {
    return { kind: "rerun", rerun: { ...reading.rerun, undoFirst: true, correction: true } };
  }
  return reading;
}

function readFollowUpOf(text: string, stored: StoredPrompt, now: Date, lookups: FollowUpLookups): FollowUpReading {
  // ("moet 2000 zijn, niet 1500" right after a decision, or to the question about one: "nee, 2000 ipv 1500" said the other way.)
  const decision = stored.payload.kind === "change" ? stored.payload.command === "besluit" : stored.payload.kind === "confirm" && stored.payload.rerun.text.startsWith("/besluit ");
  const mustBe = decision ? text.match(/^\s*(?:@?wijkbot[\s,:]*)?(?:(?:sorry|oeps|oh|o|wacht)[\s,!.]+)*(?:het\s+|dat\s+)?(?:moet|moest)\s+(?:het\s+|dat\s+)?(\S+(?:\s+\S+)?)\s+(?:zijn|wezen)\s*[,.;]?\s*(?:en\s+)?(?:niet|ipv|in plaats van)\s+(\S+(?:\s+\S+)?)[\s.!]*$/i) : null;
  // (Only for a number: "moest het winkelcentrum zijn ipv de school" is read as it is, the article kept.)
  if (mustBe && /\d/.test(mustBe[1])) text = `nee, ${mustBe[1]} ipv ${mustBe[2]}`;
  lookups = { ...lookups, raw: text };
  // ("nee ik bedoel tien februari", "eh zesentwintig februari": a day dictated in words, as digits.)
  text = spokenDates(text);
  // ("@wijkbot en de deadline mag naar 20 februari": the bot's name typed in front is not part of the answer.)
  // ("nee 20 moet het zijn sorry ik wordt moe": an apology after the answer is not part of it.)
  // ("hè sorry, moet de 20e zijn": a sigh in front is no part of it either.)
  // ("1 april bedoelde ik 🙈": an emoji at the end is no part of it.)
  const typed = (text.trim().replace(/(?:\s*[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}])+\s*$/u, "").replace(/^@?wijkbot\b[\s,:]*/i, "").replace(/^(?:hè|hé|hee|och|ach|pff+)[\s,!.]+(?=\S)/i, "") || text.trim()).replace(/^(\S+(?:\s+\S+)+?)[\s,.;!-]+(?:sorry|sry|excuses|mijn fout|my bad|oeps)\b([^?\d]*)$/i, (whole, said: string) => (/\d/.test(said) || said.split(/\s+/).length >= 3 ? said : whole));
  // ("niet klaar maar bezig, sorry. de eerste avond was vorige week": a status meant instead keeps what follows the apology.)
  const asTyped = text.trim().replace(/^@?wijkbot\b[\s,:]*/i, "");
  // (Where the lookups found names is counted in the text as sent.)
  const offset = text.lastIndexOf(typed);
  if (offset > 0 && lookups.named) lookups = { ...lookups, named: lookups.named.map((n) => ({ ...n, start: n.start - offset, end: n.end - offset })) };
  const folded = expandShorthand(fold(typed));
  // "2", "nummer 2", "nr. 2", "optie 2": a number from a list ("de 2e" is left to the date reader).
  // ("1 natuurlijk", "optie 1 aub", "nummer twee", "de bovenste", "the first one": a number from the list in other words.)
  const numbered = typed.match(/^(?:(?:nummer|nr\.?|optie|number|option)\s*)?(\d{1,2})[.)]?$/i) ?? (stored.payload.kind === "choice" ? ordinalAnswer(folded, stored.payload.options.length) : null);
  const isNumber = Boolean(numbered);
  const yes = YES.test(folded) || /^(?:👍|👌|✅|✔️?|🙏)[\u{1F3FB}-\u{1F3FF}]?[\s!]*$/u.test(typed) || saysYes(folded);
  const no = NO.test(folded) || saysNo(folded);
  const { payload } = stored;
  // ("@Peter wanneer denk je dat het lukt?" while the bot waits for a date: said to someone else, not an answer.)
  if (/^\s*@(?!wijkbot\b)\p{L}/iu.test(text) && payload.kind === "need-action") return { kind: "none" };
  if (stored.expired) {
    // Only a question can expire; a change long ago makes a bare number ordinary chatter.
    if (payload.kind !== "change" && (isNumber || yes || no)) return { kind: "say", key: "core.promptExpired", clear: true };
    return { kind: "none" };
  }
  const short = mayBeFollowUp(typed);
  // "reden: geen subsidie gekregen" right after a change: a note on that action.
  const noted = typed.match(NOTE_FOLLOW_UP);
  // ("zet er ook bij: vreedzaam, deadline 17 oktober en partner Jongerenwerk Lewenborg": fields listed after it, no note.)
  if (noted && payload.kind === "change" && payload.actionId && payload.command.startsWith("actie ") && mayBeFollowUp(typed) && fieldsListed(noted[1]) < 2) {
    return { kind: "rerun", rerun: { text: `/actie update ${payload.actionTitle ?? ""}: ${noted[1].trim()}`, pickActionId: payload.actionId } };
  }
  const more = typed.match(MORE_NOTE);
  if (more && payload.kind === "change" && payload.actionId && payload.command === "actie update" && mayBeFollowUp(typed)) {
    return { kind: "rerun", rerun: { text: `/actie update ${payload.actionTitle ?? ""}: ${more[1].trim()}`, pickActionId: payload.actionId } };
  }
  // ("laat maar, 30 april dan" to "30 april of 1 mei?": never mind what was typed before — this option instead.)
  const instead = payload.kind === "choice" ? typed.match(/^(?:laat maar|laat ook maar|laat zitten|nee|never ?mind)[\s,.;!]+(\S.{0,40}?)(?:\s+(?:dan|dan maar|graag))?[\s.!]*$/i)?.[1] : undefined;
  if (instead && /\d/.test(instead)) return readFollowUp(instead, stored, now, lookups);
  // ("laat maar, eigenlijk is hij gewoon klaar" to "Welke datum?" for one action: never mind the value — that status instead.)
  if (payload.kind === "need-action" && payload.rerun.pickActionId && NEVER_MIND.test(folded)) {
    const rest = folded.replace(NEVER_MIND, "");
    const status = STATUS_WORDS.find((x) => x.pattern.test(rest));
    const title = payload.rerun.text.replace(/^\/actie \S+\s*/, "").replace(/[:\s]+$/, "");
    if (status && title && !NEGATED_STATUS.test(rest) && rest.split(" ").length <= 8) return { kind: "rerun", rerun: { text: `/actie ${status.sub} ${title}`, pickActionId: payload.rerun.pickActionId } };
  }
  // ("begroot 750, besteed tot nu toe 210" to "Welk bedrag?": both amounts.)
  if (payload.kind === "need-action" && /^\/actie budget\b/.test(payload.rerun.text) && !/\b(begroot|besteed)\s+\S+\s*$/.test(payload.rerun.text)) {
    const planned = typed.match(/\bbegroot\b\D{0,12}?(€?\s*\d[\d.,]*k?)/i)?.[1];
    const spent = typed.match(/\b(?:besteed|uitgegeven)\b\D{0,16}?(€?\s*\d[\d.,]*k?)/i)?.[1];
    const amount = (x: string) => x.replace(/[€\s]/g, "").replace(/[.,]+$/, "");
    const pick = payload.rerun.pickActionId ? { pickActionId: payload.rerun.pickActionId } : {};
    if (planned && spent) return { kind: "rerun", rerun: { text: `${payload.rerun.text} begroot ${amount(planned)}`, ...pick, then: [{ text: `${payload.rerun.text} besteed ${amount(spent)}`, ...pick }] } };
  }
  // ("tot nu toe 18 ouders geweest" to "Hoeveel?": the one number said, the words around it how it was said.)
  if (payload.kind === "need-action" && /^\/actie bereik\b/.test(payload.rerun.text) && !/\b(beoogd|bereikt)\s*$/.test(payload.rerun.text)) {
    const counts = typed.match(/\b\d{1,6}\b/g) ?? [];
    // (Not the count of one occasion, nor one said of another action: "buurtmoestuin: 30 kinderen geweest vandaag".)
    if (counts.length === 1 && typed.split(/\s+/).length <= 7 && !typed.includes(":") && !/\b(vandaag|gisteren|vanochtend|vanmiddag|vanavond|today|yesterday)\b/i.test(typed) && /\b(kinderen|kids|ouders|jongeren|deelnemers|leerlingen|gezinnen|bewoners|peuters|mensen|geweest|gekomen|bereikt|tot nu toe|in totaal|totaal|children|parents|people|so far)\b/i.test(typed) && !/\b(beoogd|doel|streefgetal|target|goal|mikken|hopen)\b/i.test(typed)) {
      return { kind: "rerun", rerun: { ...payload.rerun, text: `${payload.rerun.text} ${counts[0]}` } };
    }
  }
  // ("we hebben 1200 euro begroot" to "Welk bedrag?": the amount, with the kind it was said to be.)
  if (payload.kind === "need-action" && /^\/actie budget\b/.test(payload.rerun.text) && !/\b(begroot|besteed)\s*$/.test(payload.rerun.text)) {
    const amounts = typed.match(/€?\s*\d[\d.,]*k?/g) ?? [];
    const kindSaid = /\bbegroot|begroting|budget van\b/i.test(typed) ? "begroot" : /\b(besteed|uitgegeven|spent)\b/i.test(typed) ? "besteed" : undefined;
    if (amounts.length === 1 && kindSaid && !(/\bbegroot\b/i.test(typed) && /\b(besteed|uitgegeven)\b/i.test(typed))) {
      return { kind: "rerun", rerun: { ...payload.rerun, text: `${payload.rerun.text} ${kindSaid} ${amounts[0].replace(/[€\s]/g, "").replace(/[.,]+$/, "")}` } };
    }
  }
  // ("ongeveer 15 a 20", "tussen de 15 en 20" to "Hoeveel?": a range is no number to store — which one?)
  if (payload.kind === "need-action" && /^\/actie (bereik|budget)\b/.test(payload.rerun.text) && /\b\d[\d.,]*\s*(?:a|à|á|-|–|tot|of|or|to)\s*\d[\d.,]*\b|\btussen\s+(?:de\s+)?\d[\d.,]*\s+en\s+\d/i.test(typed)) {
    return { kind: "say", key: "followUp.oneNumber", clear: false };
  }
  if (CANCEL.test(folded) && short && payload.kind !== "change") return { kind: "say", key: "core.nothingChanged", clear: true };
  // ("zet m maar op bezig, eerste overleg is geweest", "klaar is ie niet maar we pakken m weer op, zet maar op bezig" right after
  // a change to, or a look at, one action: that status for it, with what was said after it as a note.)
  const statusSet = payload.kind === "change" && payload.actionId && payload.actionTitle && payload.command.startsWith("actie ") ? typed.match(SET_STATUS_OF_IT) : null;
  if (statusSet && payload.kind === "change" && payload.actionId) {
    const sub = STATUS_SUB[statusSet[1].toLowerCase()];
    // ("laatste week voor de zomer, dus hij mag op klaar": why, said before the status.)
    // ("hmm toch nog niet, de knoppen werken nog niet. zet op bezig", "wacht, de evaluatie met de ouders moet nog. zet maar terug op
    // bezig": the words that only say it was wrong are no part of why.)
    const said = typed.slice(0, statusSet.index).replace(/[\s,;.]+$/, "").replace(/^(?:(?:o|oh|oja|o ja|en|ja|nou)\s+)+/i, "").replace(/^(?:(?:hm+|toch|nog|niet|nee+|wacht|oh|o|ow|sorry|oeps|eigenlijk|ai)[\s,!.]+)+(?=\S)/i, "").trim();
    // (Why dictated without a comma — "die mag op gestopt campus gaat dit jaar niet door" — only when it names no other status.)
    const dictated = statusSet[4] && !STATUS_WORDS.some((x) => x.sub !== sub && x.pattern.test(fold(statusSet[4]))) && !/\?|\b(?:weet niet|geen idee)\b/i.test(statusSet[4]) ? statusSet[4] : undefined;
    const note = (statusSet[2] ?? statusSet[3] ?? dictated)?.trim() || (said.split(/\s+/).length >= 3 && !/\b(?:draai|terug|ongedaan|undo|te vroeg|te snel|wacht|sorry|oeps|nee)\b/i.test(said) && !STATUS_WORDS.some((x) => x.pattern.test(fold(said))) ? said : undefined);
    // ("oh nee te vroeg, draai maar terug. zet hem wel op bezig": the change just made taken back first.)
    // ("zet maar terug op bezig": the status it goes back to is said — set, not the whole change taken back with the note typed with it.)
    const backTo = /\bterug\s+(?:op|naar)\s+(?:klaar|af|bezig|gestopt|stop|geparkeerd|parkeer)\b/.test(folded) && !/\b(draai\w*|ongedaan|undo)\b/.test(folded);
    const takesBack = payload.command !== "actie info" && !backTo && /\b(draai\w*|terug\w*|ongedaan|undo|te vroeg|te snel)\b/.test(folded);
    return { kind: "rerun", rerun: { text: `/actie ${sub} ${payload.actionTitle}`, pickActionId: payload.actionId, ...(takesBack ? { undoFirst: true } : {}), ...(note && note.split(/\s+/).length >= 2 ? { then: [{ text: `/actie update ${payload.actionTitle}: ${note}`, pickActionId: payload.actionId }] } : {}) } };
  }
  // ("en hij staat nu op bezig", "die mag ook op klaar" right after a note on an action: that status for it.)
  const statusNow = payload.kind === "change" && payload.actionId && payload.actionTitle && payload.command === "actie update" ? folded.match(/^(?:(?:en|o|oh|oja|o ja|trouwens|btw)\s+)*(?:hij|het|die|ze|dat|ie)\s+(?:staat|mag|kan|moet|is)\s+(?:(?:nu|dus|inmiddels|ook|wel|trouwens|meteen)\s+)*(?:op|naar)\s+(klaar|af|bezig|gestopt|stop|geparkeerd|parkeer)(?:\s+(?:trouwens|ook|graag|hoor))*$/) : null;
  if (statusNow && payload.kind === "change" && payload.actionId) return { kind: "rerun", rerun: { text: `/actie ${STATUS_SUB[statusNow[1]]} ${payload.actionTitle}`, pickActionId: payload.actionId } };
  // ("niet op klaar, op bezig", "nee niet klaar, gestopt. gaat dit jaar niet door", "klaar bedoel ik haha, was vandaag" right
  // after a status change: the status meant instead, as a correction of the change just made, what follows as its note.)
  const statusInstead = payload.kind === "change" && payload.actionId && payload.actionTitle && /^actie (klaar|bezig|stop|parkeer)$/.test(payload.command) ? statusMeantInstead(asTyped) : undefined;
  if (statusInstead && payload.kind === "change" && `actie ${statusInstead.sub}` !== payload.command) {
    // ("wacht. niet klaar, nog bezig. borden hangen wel" after "… op klaar, de borden hangen": the news said again is no new note.)
    const earlier = new Set(fold(payload.rerun.text.split(":").slice(1).join(" ")).split(" "));
    const said = fold(statusInstead.note).split(" ").filter((x) => x && !/^(wel|toch|nog|al|gewoon|de|het|een|er|ook|dus)$/.test(x));
    const note = said.length && said.every((x) => earlier.has(x)) ? "" : statusInstead.note;
    return { kind: "rerun", rerun: { text: `/actie ${statusInstead.sub} ${payload.actionTitle}${note}`, pickActionId: payload.actionId, correction: true } };
  }
  // ("budget is trouwens 2500 totaal" right after a new action or a change to it: its planned budget.)
  const budgetSaid = payload.kind === "change" && payload.actionId && payload.actionTitle && payload.command.startsWith("actie ") ? folded.match(/^(?:(?:o|oh|oja|o ja|en|ja|trouwens|btw|ook)\s+)*(?:het\s+|de\s+)?(?:budget|begroting|begroot)\s+(?:is|wordt|van|op)?\s*(?:(?:trouwens|ongeveer|zo n|circa|ca)\s+)*(?:eur\s+|euro\s+)?(\d[\d.]*(?:,\d{1,2})?k?)(?:\s+(?:euro|eur))?(?:\s+(?:totaal|in totaal|trouwens|ongeveer|voor het hele jaar|daarvoor|ervoor|hiervoor|graag|aub))*$/) : null;
  if (budgetSaid && payload.kind === "change" && payload.actionId) return { kind: "rerun", rerun: { text: `/actie budget ${payload.actionTitle} begroot ${budgetSaid[1]}`, pickActionId: payload.actionId } };
  // "oja en zet de deadline op 3 juli" right after a change: the new deadline of that action (the command checks the date).
  const deadline = typed.match(DEADLINE_FOLLOW_UP);
  if (deadline && payload.kind === "change" && payload.actionId && payload.command.startsWith("actie ") && short && !lookups.named?.length) {
    // ("deadline 27 februari en doelgroep 12+": more than the date — read with the action's name, every part.)
    if (/\b(doelgroep|eigenaar|eigenaren|partner|pijler|bereik|beoogd|budget|begroot)\b/i.test(deadline[1]) && payload.actionTitle) return { kind: "read-as", text: `${payload.actionTitle} ${typed.replace(/^@?wijkbot\b[\s,:]*/i, "")}` };
    // ("en de deadline schuift een week op": a stretch of time, as the deadline command reads it.)
    const shifted = readShift(fold(deadline[0]));
    return { kind: "rerun", rerun: { text: `/actie deadline ${payload.actionTitle ?? ""}: ${shifted ?? deadline[1].trim()}`, pickActionId: payload.actionId } };
  }

  switch (payload.kind) {
    case "read-as": {
      if (isNumber || yes || no || CANCEL.test(folded) || !mayBeReadAs(typed)) return CANCEL.test(folded) ? { kind: "say", key: "core.nothingChanged", clear: true } : { kind: "none" };
      // ("Bram ook eigenaar" → "Welke actie?" → "de speeltuin": read as "de speeltuin Bram ook eigenaar".)
      // ("t/m vrijdag" to "Tot en met welke dag is Fatima afwezig?": "t/m" asked and said once.)
      const answer = withoutPointer(typed.replace(/^@wijkbot\b[\s,:]*/i, ""));
      const said = /\bt\/m$/.test(payload.prefix) ? answer.replace(/^(?:t\/m|tm|tot en met|tot|until|till)\s+/i, "") : answer;
      return { kind: "read-as", text: `${payload.prefix} ${said}${payload.suffix ? ` ${payload.suffix}` : ""}`.trim() };
    }
    case "choice": {
      if (isNumber) {
        const rerun = payload.options[Number.parseInt(numbered![1], 10) - 1];
        if (!rerun) return { kind: "say", key: "core.pickNumber", vars: { max: payload.options.length }, clear: false };
        return { kind: "rerun", rerun };
      }
      // ("ja eind dit jaar ja", "ja, dit jaar" to the one date offered instead of a past one: yes — that option, whatever vaguer
      // words come with it.)
      if (payload.options.length === 1 && /^(?:ja+|yes|jep|jup|klopt|precies|inderdaad|jazeker|correct)\b/.test(folded) && !/\d|\b(?:niet|nee|maar|but|not)\b/.test(folded)) return { kind: "rerun", rerun: payload.options[0] };
      // "geen van beide", "een andere" to "which action?": which one then — the next message names it.
      if (/^(?:nee+ )?(?:geen van (?:beide|beiden|allebei|allen|de twee|deze|die)|geen (?:van )?(?:die|deze|daarvan)|allebei niet|beide niet|neither|none(?: of (?:them|these))?|(?:nee )?(?:een )?andere?(?: actie)?)$/.test(folded)) {
        const texts = payload.options.map((o) => o.text);
        const words = texts.map((t) => t.split(" "));
        let common = 0;
        while (words.every((w) => w[common] !== undefined && w[common] === words[0][common] && !w[common].includes(":"))) common++;
        const prefix = words[0].slice(0, common).join(" ");
        const tails = texts.map((t) => t.match(/:\s.*$/)?.[0] ?? "");
        if (/^\/actie [a-z]+$/.test(prefix) && payload.options.every((o) => o.pickActionId) && tails.every((t) => t === tails[0])) {
          return { kind: "ask", key: "followUp.whichOther", save: { kind: "need-action", rerun: { text: prefix }, command: prefix.slice(1), ...(tails[0] ? { then: tails[0] } : {}) } };
        }
        return { kind: "say", key: "core.nothingChanged", clear: true };
      }
      if (no) return { kind: "say", key: "core.nothingChanged", clear: true };
      // "allebei" to "which action?": the same change for each, one after the other (a choice between other things: one, please).
      if (/^(allebei|alle twee|beide|beiden|alle|both|all( of them)?)( graag| aub| maar)?$/.test(folded)) {
        const ids = payload.options.map((o) => o.pickActionId);
        const verb = (text: string) => text.split(/\s+/).slice(0, 2).join(" ");
        const sameCommand = payload.options.every((o) => verb(o.text) === verb(payload.options[0].text) && !o.pickDate && !o.datePhrase);
        const fitsCount = /^(alle|all)\b/.test(folded) || payload.options.length === 2;
        if (fitsCount && sameCommand && ids.every(Boolean) && new Set(ids).size === ids.length) return { kind: "rerun", rerun: { ...payload.options[0], then: payload.options.slice(1) } };
        return { kind: "say", key: "core.pickNumber", vars: { max: payload.options.length }, clear: false };
      }
      // ("volgend jaar ja, 2027" to "… ligt in het verleden. Bedoel je zaterdag 10 juli 2027?": the one date offered, in that year.)
      const nextYear = payload.options.length === 1 && payload.options[0].pickDate ? folded.match(/^(?:(?:ja|jep|yes|klopt|inderdaad|idd|natuurlijk|uiteraard)\s+)*(?:volgend jaar|next year|(20\d\d))(?:\s+(?:ja|dus|inderdaad|idd|graag|natuurlijk|uiteraard|yes|toch))*(?:\s+(20\d\d))?$/) : null;
      const yearSaid = nextYear ? nextYear[1] ?? nextYear[2] : undefined;
      if (nextYear && (!yearSaid || localParts(new Date(payload.options[0].pickDate!)).year === Number(yearSaid))) return { kind: "rerun", rerun: payload.options[0] };
      if (!short) return { kind: "none" };
      // ("niet deze maar die erna", "de latere", "die daarna" to "vrijdag 20 of vrijdag 27 maart?": the later day; "deze", "de eerste":
      // the earlier.)
      const dated = payload.options.filter((o) => o.pickDate);
      if (dated.length === 2 && !/\d/.test(folded)) {
        const kept = folded.replace(/\b(?:niet|not)\s+(?:deze|die|dat|this|the)\b(?:\s+(?:week|one|vrijdag|maandag|dinsdag|woensdag|donderdag|zaterdag|zondag))?/g, " ");
        const byTime = [...dated].sort((a, b) => new Date(a.pickDate!).getTime() - new Date(b.pickDate!).getTime());
        if (/\b(?:erna|daarna|daarop|de latere|die latere|the later one|later one|the one after|de week erna|die van de week erna)\b/.test(kept) && !/\b(?:deze|eerste|eerdere|first|earlier)\b/.test(kept)) return { kind: "rerun", rerun: byTime[1] };
        if (/^(?:(?:ja|nee|doe maar|dan)\s+)*(?:deze|die eerste|de eerste|de eerdere|die van deze week|this one|the first one|the earlier one)(?:\s+(?:dan|graag|maar|aub))*$/.test(kept.trim())) return { kind: "rerun", rerun: byTime[0] };
      }
      // ("volgende week" to "vandaag of maandag volgende week?": the option in that week.)
      const week = folded.match(/^(?:(?:nee|ja|doe maar|dan|maar|liever|die van)\s+)*(volgende week|next week|deze week|this week|vandaag|today)(?:\s+(?:graag|dan|maar|aub|pls))*$/)?.[1];
      if (week && payload.options.some((o) => o.pickDate)) {
        const today = localParts(now);
        const monday = addDays(today, -((today.weekday + 6) % 7) + (/^(volgende|next)/.test(week) ? 7 : 0));
        const [from, to] = /^(vandaag|today)$/.test(week) ? [today, today] : [monday, addDays(monday, 6)];
        const inWeek = payload.options.filter((o) => o.pickDate && compareCivil(localParts(new Date(o.pickDate)), from) >= 0 && compareCivil(localParts(new Date(o.pickDate)), to) <= 0);
        if (inWeek.length === 1) return { kind: "rerun", rerun: inWeek[0] };
      }
      // A date question ("30 april of 1 mei?") answered with another date: "31 mei bedoel ik".
      // "doe maar 30 april dan": the date inside the answer.
      // ("niet vandaag, die erna. dus 9 maart": the day ruled out is not the answer; the date said last, after "dus", is.)
      const notRuledOut = typed.replace(/\b(?:niet|not)\s+(?:op\s+)?[^\s,.;!]+[\s,.;!]*/gi, " ").trim();
      const saidLast = notRuledOut.split(/\b(?:dus|so|maar|but)\b/i).pop()?.trim() ?? "";
      const phrase = (saidLast && saidLast !== notRuledOut ? datePhraseIn(stripCorrection(saidLast), now) : undefined) ?? datePhraseIn(stripCorrection(notRuledOut || typed), now);
      if (payload.options.some((o) => o.pickDate) && phrase && resolveDate(phrase, now).kind !== "unreadable") {
        const { pickDate: _ignored, ...base } = payload.options[0];
        return { kind: "rerun", rerun: { ...base, datePhrase: phrase } };
      }
      const byName = pickByLabel(folded, payload.labels ?? [], lookups.ownersOf);
      if (byName !== undefined) return { kind: "rerun", rerun: payload.options[byName] };
      // ("kinderen, we zitten nu op 18" to "1. 18 bereikt (kinderen, deelnemers) 2. … euro besteed": the one option a word of the
      // answer points to.)
      // ("veilig naar school, bram vroeg erom" to "which action?": the one named first, what follows as its note.)
      const nameFirst = typed.match(/^([^,;:]{3,40}?)\s*[,;:]\s*(\S.{4,}?)[\s.!]*$/);
      const first = nameFirst ? pickByLabel(expandShorthand(fold(nameFirst[1])), payload.labels ?? [], lookups.ownersOf) : undefined;
      const option = first !== undefined ? payload.options[first] : undefined;
      const title = first !== undefined ? payload.labels?.[first]?.replace(/\s*\([^)]*\)\s*$/, "") : undefined;
      if (option?.pickActionId && title && !/^\d/.test(title) && /^\/actie (?!update\b|info\b)/.test(option.text) && !option.then?.length && !option.note && contentWords(nameFirst![2]) >= 2 && !ABOUT_THE_MISTAKE.test(fold(nameFirst![2]))) {
        return { kind: "rerun", rerun: { ...option, then: [{ text: `/actie update ${title}: ${nameFirst![2]}`, pickActionId: option.pickActionId }] } };
      }
      const byWord = pickByDistinctWord(folded, payload.labels ?? []);
      if (byWord !== undefined) return { kind: "rerun", rerun: payload.options[byWord] };
      // ("zet ze maar als partner" to "1. Jumbo als partner 2. Jumbo als partner, én de notitie 3. als notitie": the partner alone.)
      const asPartner = short && /\b(?:als|as)\s+(?:een\s+)?partners?\b/.test(folded) && !/\b(notitie|note|allebei|beide|both|ook)\b/.test(folded) ? payload.options.filter((o) => o.text.startsWith("/actie partner ") && !o.then?.length) : [];
      if (asPartner.length === 1) return { kind: "rerun", rerun: asPartner[0] };
      return { kind: "none" };
    }
    case "confirm": {
      if (yes || confirmsYes(folded)) return { kind: "rerun", rerun: { ...payload.rerun, confirmed: true } };
      // "ja en de Huurdersvereniging Lefier ook" to "Bedoel je: /actie partner X: Humanitas?": yes, and that one too.
      const alsoPartner = payload.rerun.text.startsWith("/actie partner ") && short ? typed.match(/^(?:ja+|ok[eé]?|prima|goed|yes|top|graag)\b[\s,!]*(?:en|and|plus)\s+(?:de\s+|het\s+|the\s+)?(\p{Lu}[\p{L}\p{N}&'-]*(?:\s+[\p{L}\p{N}&'-]+){0,4}?)(?:\s+(?:ook|too|as well|erbij|graag|aub))*[\s.!]*$/u) : null;
      if (alsoPartner) {
        const title = payload.rerun.text.match(/^\/actie partner (.+?):/)?.[1];
        if (title) return { kind: "rerun", rerun: { ...payload.rerun, confirmed: true, then: [{ text: `/actie partner ${title}: ${alsoPartner[1]}`, ...(payload.rerun.pickActionId ? { pickActionId: payload.rerun.pickActionId } : {}) }] } };
      }
      // ("oh en joke ook" to "Bedoel je: /actie eigenaar …: @Fatima @Anouk?": yes, and that person too.)
      // ("en lisa ook, die doet groep 8b": who she is, after a comma, is no part of it.)
      const alsoOwner = payload.rerun.text.startsWith("/actie eigenaar ") && lookups.people ? fold(typed.replace(WHO_AFTER_COMMA, "")).match(/^(?:(?:oh|o|oja|o ja|ja|ok|oke|en|and)\s+)*(?:en\s+)?([a-z]{3,})\s+(?:ook|erbij|er ook bij|too)(?:\s+(?:graag|aub|please))?$/) : null;
      const alsoWho = alsoOwner ? lookups.people!.find((p) => fold(p).split(" ")[0] === alsoOwner[1]) : undefined;
      if (alsoWho && !new RegExp(`@${alsoWho.split(" ")[0]}\\b`, "i").test(payload.rerun.text)) return { kind: "rerun", rerun: { ...payload.rerun, text: `${payload.rerun.text} @${alsoWho.split(" ")[0]}`, confirmed: true } };
      // "ja graag, punt 1", "ja, en zet m bij punt 1" to "Bedoel je: /besluit …?": yes, at that agenda item.
      const atItem = payload.rerun.text.startsWith("/besluit ") && short ? folded.match(/^(?:ja+|ok|oke|prima|graag|goed|yes)\b(?:\s+(?:graag|hoor|en|maar|dan|zet|m|hem|het|die|bij|onder|wel|ook))*\s+(?:agenda)?punt\s+(\d{1,2})$/) : null;
      if (atItem) return { kind: "rerun", rerun: { ...payload.rerun, text: `${withoutItem(payload.rerun.text)} agendapunt ${atItem[1]}`, confirmed: true } };
      // "ja, en zet er bij dat de oogst goed was", "ja maar dan met notitie: laatste oogst gedaan": yes, and a note with it.
      const yesNote = typed.match(YES_NOTE);
      const noteFor = payload.rerun.pickActionId ? payload.rerun.text.match(/^\/actie (?:klaar|bezig|stop|parkeer) (.+)$|^\/actie (?:deadline|eigenaar|partner|bereik|budget) (.+?):/) : null;
      if (yesNote && noteFor && !payload.rerun.then?.length) {
        return { kind: "rerun", rerun: { ...payload.rerun, confirmed: true, then: [{ text: `/actie update ${noteFor[1] ?? noteFor[2]}: ${yesNote[1]}`, pickActionId: payload.rerun.pickActionId }] } };
      }
      // "ja maar dan 3 maart", "ja, maar dan Lisa": yes, with the date or person typed instead.
      const yesBut = short ? typed.match(/^(?:ja+|ok[eé]?|prima|goed|yes)\b[\s,]*(?:maar|alleen|wel)\s+(?:dan\s+)?(?:op\s+|naar\s+|voor\s+)?(.+)$/i) : null;
      const but = yesBut ? readInstead(`nee ${yesBut[1]}`, payload.rerun, now) : undefined;
      if (but) return { kind: "rerun", rerun: { ...but, confirmed: true } };
      // "nee alleen de ouderbetrokkenheid" to "Bedoel je: - /actie klaar Ouderbetrokkenheid - /actie klaar Zomerkamp": only that one.
      const only = short && payload.rerun.then?.length ? folded.match(/^(?:(?:nee+|neen|no|ja+|ok[eé]?)\s+)?(?:alleen|enkel|only|just)\s+(?:de |het |die van |the )?(.+)$/) : null;
      if (only) {
        const all = [payload.rerun, ...payload.rerun.then!];
        const named = all.filter((r) => only[1].split(" ").filter((x) => x.length >= 4).some((x) => fold(r.text).split(" ").some((o) => o.length >= 4 && (o.startsWith(x) || x.startsWith(o)))));
        if (named.length === 1) {
          const { then: _rest, ...one } = named[0];
          return { kind: "rerun", rerun: { ...one, confirmed: true } };
        }
      }
      // "de 16e" to "Bedoel je: /actie deadline Geldlessen: volgende vrijdag?": the day meant, said instead.
      // ("ehm 27e bedoel ik, de vrijdag": the weekday of the day, said again after a comma, is no more than the day.)
      const daySaid = stripCorrection(typed).replace(/\s*,\s*(?:(?:de|dus|op|een|dat is)\s+)*(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:\s+(?:dus|toch|he|hè))?[\s.!]*$/i, "");
      const dayOnly = short && !yes && !no && payload.rerun.text.startsWith("/actie deadline ") ? datePhraseIn(daySaid, now) : undefined;
      if (dayOnly && fold(daySaid.replace(dayOnly, " ")).split(" ").filter(Boolean).length <= 1) {
        const meant = readInstead(`nee ${dayOnly}`, payload.rerun, now);
        if (meant) return { kind: "rerun", rerun: { ...meant, confirmed: true } };
      }
      // ("nee, in mei" to "Bedoel je: /besluit de ouderavond wordt herhaald in april?": the decision with that said instead.)
      if (payload.rerun.text.startsWith("/besluit ") && short && /^(nee+|neen|no)\b/.test(folded)) {
        const corrected = readDecisionCorrection(typed, folded, payload.rerun.text);
        if (corrected?.kind === "rerun" && corrected.rerun.text.startsWith("/besluit ")) return { kind: "rerun", rerun: { ...payload.rerun, text: corrected.rerun.text, confirmed: true } };
      }
      // "nee, Esther" to "… eigenaar: @Daan?", "nee, 3 februari" to "… deadline: 3 januari?": the same change with what they say instead.
      // ("niet gestopt maar geparkeerd!! we pakken het in september weer op" to "Bedoel je: /actie stop …?": the status meant,
      // and why as its note.)
      const statusAsked = payload.rerun.pickActionId && !payload.rerun.then?.length && !payload.rerun.note ? payload.rerun.text.match(/^\/actie (klaar|bezig|stop|parkeer) ([^:]+)$/) : null;
      const statusMeant = statusAsked ? statusMeantInstead(asTyped) : undefined;
      if (statusAsked && statusMeant && statusMeant.sub !== statusAsked[1]) {
        return { kind: "rerun", rerun: { text: `/actie ${statusMeant.sub} ${statusAsked[2]}${statusMeant.note}`, pickActionId: payload.rerun.pickActionId } };
      }
      const saysNoFirst = /^(?:(?:wacht|oh|o|sorry|sry|oeps|oops|hm+)\s+)*(nee+|neen|no)\b/.test(folded);
      // ("oh sorry overmorgen", "wacht, 3 maart", "ik bedoelde 14:00" to "Bedoel je: …?": corrected as a no would be.)
      const correctsFirst = saysNoFirst || CORRECTION_START.test(folded) || WAIT_START.test(folded);
      // ("sorry ik bedoelde esther, niet peter", "niet Lisa maar Daan" to "Bedoel je: /actie eigenaar …: @Sanne @Lisa?": the one
      // named instead of the one ruled out, the others kept.)
      const ownerMeant = correctsFirst && short && lookups.people && payload.rerun.text.startsWith("/actie eigenaar ") ? personInstead(typed, payload.rerun.text, lookups.people) : undefined;
      if (ownerMeant) return { kind: "rerun", rerun: { ...payload.rerun, text: ownerMeant } };
      const instead = correctsFirst && short ? readInstead(typed, payload.rerun, now) : undefined;
      if (instead && JSON.stringify(instead) !== JSON.stringify(payload.rerun)) return { kind: "rerun", rerun: instead };
      // ("wacht nee het wordt 23 april, de 16e is de gymzaal al bezet" to "Bedoel je: /actie deadline …: 16 april?": that date
      // instead, and why as its note.)
      const deadlineOf = payload.rerun.pickActionId && !payload.rerun.then?.length && !payload.rerun.note ? payload.rerun.text.match(/^\/actie deadline (.+?):/)?.[1] : undefined;
      const dateThenWhy = deadlineOf && short && (saysNoFirst || /^(?:(?:wacht|oh|o|sorry|oeps)\s+)*(?:ipv|in plaats van|instead of)\b/.test(folded)) ? stripCorrection(typed).match(/^([^.,;!?]{3,30}?)\s*[.,;!]+\s*(.{6,})$/) : null;
      if (dateThenWhy && resolveDate(dateThenWhy[1], now).kind !== "unreadable" && !SHIFT_AT_END.test(payload.rerun.text)) {
        const note = dateThenWhy[2].trim().replace(/^(want|omdat|ivm)\s+/i, "").replace(/[.!]+$/, "");
        if (!ABOUT_THE_MISTAKE.test(fold(note))) return { kind: "rerun", rerun: { ...payload.rerun, datePhrase: dateThenWhy[1].trim(), then: [{ text: `/actie update ${deadlineOf}: ${note}`, pickActionId: payload.rerun.pickActionId }] } };
      }
      // ("oh wacht ik ben pas de 5e terug, maak er 5 januari van" to "Bedoel je: /afwezig t/m 3 januari?": that instead.)
      const makeIt = short ? typed.match(/\bmaak (?:er|het) (?:maar |dan |liever |toch )?(\S.{0,28}?) van\b/i) : null;
      const made = makeIt ? readInstead(`nee ${makeIt[1]}`, payload.rerun, now) : undefined;
      if (made) return { kind: "rerun", rerun: made };
      // "nee laat staan", "nee, toch niet": to a yes/no question any short answer that starts with no is a no.
      if (no || (short && /^(nee+|neen|no|nope|niet doen|toch niet)\b/.test(folded))) return { kind: "say", key: "core.nothingChanged", clear: true };
      // "gezond graag", "ja en deadline 1 mei", "met Lisa als eigenaar" to "Bedoel je: /actie nieuw …?": a part added —
      // read the new action again with it (and asked again, so what is stored is seen first).
      const part = payload.rerun.text.startsWith("/actie nieuw ") && short && !isNumber
        ? typed.replace(/^(?:(?:ja+|ok[eé]?|prima|goed|yes|graag|top)\b[\s,]*)?(?:(?:en|maar|met|plus|and|dan|ook|nog)\s+)*/i, "").replace(/[\s,]*\b(?:graag|aub|svp|please|erbij|toevoegen|ook|nog)\b[\s.!]*$/i, "").replace(/[\s.!]+$/, "").trim()
        : "";
      const looksLikePart = part.split(/\s+/).length === 1 || /^(?:pijler|deadline|eigenaar|eigenaren|trekker|doelgroep|partner|beoogd|begroot|budget|voor|met|samen met|valt onder|onder|@)/i.test(part) || /\d/.test(part) || /\b(trekt|doet|als eigenaar|als partner|is eigenaar)\b/i.test(part);
      if (part && looksLikePart && part.split(/\s+/).length <= 6 && !/^(nee|no|niet|laat|stop)\b/i.test(part)) {
        return { kind: "read-as", text: `nieuwe actie: ${payload.rerun.text.slice("/actie nieuw ".length)}, ${part}` };
      }
      return { kind: "none" };
    }
    case "need-action": {
      // ("2" to "Welke actie bedoel je? 1. … 2. …": the action offered under that number.)
      if (isNumber && payload.options?.length) {
        const rerun = payload.options[Number.parseInt(numbered![1], 10) - 1];
        return rerun ? { kind: "rerun", rerun } : { kind: "say", key: "core.pickNumber", vars: { max: payload.options.length }, clear: false };
      }
      // "nee hoeft niet", "niet nodig" to "when?"/"which one?": nothing, then.
      if (/^(?:(?:nee+|neen|no|nope)[\s,]*)?(?:(?:hoeft|hoef ik|hoeven we) (?:niet|ook niet)|niet nodig|no need|dank je|bedankt|thanks|laat maar)?[.!]*$/.test(folded) && folded && !isNumber && (no || /^(nee+|neen|no|nope|hoeft|hoef|niet nodig|no need)\b/.test(folded))) return { kind: "say", key: "core.nothingChanged", clear: true };
      // ("17" to "how many reached?", "2.750" to "what amount?": a number is the answer.)
      const wantsNumber = /^\/actie (bereik|budget)\b/.test(payload.rerun.text);
      // ("19 nu, er zijn er deze maand een paar bijgekomen" to "how many reached?", "650 euro in totaal nu" to "what amount?",
      // "0-4 jaar" to "which age group?": the value inside a longer answer.)
      // (A message of more than three words is such an answer only when it starts with the value; otherwise it is a new
      // message: "buurtmoestuin: 30 kinderen geweest" is news about another action.)
      const startsWithValue = /^(?:(?:nu|ongeveer|zo n|al|inmiddels|totaal|in totaal|circa|ca|het is|het zijn|er zijn er|we zitten op|eur|euro)\s+)*(?:\d|(?:0-4|4-12|12\+|algemeen|peuters|jongeren)\b)/.test(folded);
      // ("80 is het doel", "doel is 80" to "how many reached?": the number aimed at.)
      const aimed = /^\/actie bereik\b/.test(payload.rerun.text) ? folded.match(/^(?:(?:nee|oh|o|ja)\s+)?(?:(\d{1,6})\s+(?:is\s+)?(?:het\s+|ons\s+)?(?:doel|streefgetal|streven|beoogd|target|goal)|(?:het\s+|ons\s+)?(?:doel|streefgetal|streven|beoogd|target|goal)\s+(?:is\s+)?(\d{1,6}))(?:\s+\p{L}+)?$/u) : null;
      if (aimed) return { kind: "rerun", rerun: { ...payload.rerun, text: `${payload.rerun.text} beoogd ${aimed[1] ?? aimed[2]}` } };
      const value = !yes && !no && (folded.split(" ").length <= 3 || startsWithValue || (short && /^\/actie doelgroep /.test(payload.rerun.text))) ? valueIn(payload.rerun.text, typed, folded) : undefined;
      if (value) return { kind: "rerun", rerun: { ...payload.rerun, text: `${payload.rerun.text} ${value}` } };
      // ("ahmed" to "who else becomes owner?", the owners it has already written: one more, marked as a person.)
      if (/^\/actie eigenaar\b.*:\s*@\p{L}/u.test(payload.rerun.text) && short && !isNumber && !yes && !no) {
        const names = typed.replace(/^@?wijkbot\b[\s,:]*/i, "").split(/[\s,;.!]+/).filter((x) => x && !OWNER_FILLER.has(fold(x)));
        if (names.length && names.length <= 3 && names.every((x) => /^@?\p{L}[\p{L}-]*$/u.test(x) && !SELF.test(fold(x)))) return { kind: "rerun", rerun: { ...payload.rerun, text: `${payload.rerun.text} ${names.map((x) => `@${x.replace(/^@/, "").charAt(0).toUpperCase()}${x.replace(/^@/, "").slice(1)}`).join(" ")}` } };
      }
      // ("Lisa en ik samen", "Bram erbij graag" to "who becomes owner?": the people, the sender for "ik", and the owners there
      // are for "erbij" — looked up first.)
      if (payload.command === "actie eigenaar" && short && !isNumber && !yes && !no) {
        const people = ownersAnswer(typed, folded, payload.rerun.pickActionId, lookups);
        if (people === "look up") return { kind: "none" };
        if (people) return { kind: "rerun", rerun: { ...payload.rerun, text: `${payload.rerun.text.replace(/\s*@$/, "")} ${people}` } };
      }
      // ("naar eind februari, de trainer voor de oudermediatoren is ziek" to "what is the new deadline?": the date and why may take
      // more words.)
      const dateWithWhy = !short && /^\/actie deadline\b.*:$/.test(payload.rerun.text) && typed.split(/\s+/).length <= 20 && /^(?:(?:naar|op|tot|per)\s+)?[^,;.!?]{3,25}[,;.!]\s*\S/.test(typed) && findDatePhrase(typed.split(/[,;.!]/)[0], now) !== undefined;
      if ((!short && !dateWithWhy) || (isNumber && !wantsNumber) || yes || no) return { kind: "none" };      // ("die kraamzorgorganisatie, hoe heet ie ook alweer" to "which partner?": no name yet — asked again; "o wacht die staat er
      // al. zet hem maar op klaar, …": no name at all — read afresh.)
      if (/^\/actie partner\b/.test(payload.rerun.text) && !isNumber) {
        // ("o wacht die staat er al. zet hem maar op klaar, laatste les is gegeven": that status for the action asked about.)
        const statusOf = payload.rerun.pickActionId ? typed.match(SET_STATUS_OF_IT) : null;
        const titleOf = payload.rerun.text.match(/^\/actie partner (.+?):?$/)?.[1];
        if (statusOf && titleOf) {
          const note = (statusOf[2] ?? statusOf[3])?.trim();
          return { kind: "rerun", rerun: { text: `/actie ${STATUS_SUB[statusOf[1].toLowerCase()]} ${titleOf}`, pickActionId: payload.rerun.pickActionId, ...(note && note.split(/\s+/).length >= 2 ? { then: [{ text: `/actie update ${titleOf}: ${note}`, pickActionId: payload.rerun.pickActionId }] } : {}) } };
        }
        if (/^(?:(?:o|oh|oeps|sorry|nee)\s+)*(?:wacht|laat maar|toch niet)\b|\b(?:zet|staat|staan)\b.*\b(?:klaar|bezig|gestopt|geparkeerd|al|er al)\b/.test(folded)) return { kind: "none" };
        if (typed.includes("?") || /\b(?:hoe heet|hoe heette|weet (?:ik )?(?:het |de naam )?niet|naam kwijt|kom (?:ik )?niet op|geen idee)\b/.test(folded)) return { kind: "say", key: "followUp.partnerName", clear: false };
      }

      // "zet maar op 26 maart graag" to "what is the new deadline?": the date inside the answer.
      // ("de speeltuin bedoel ik": the name, without the words around it.)
      const named = withoutPointer(stripCorrection(typed) || typed);
      // ("Humanitas, zij doen straks de koffieochtenden" to "which partner?": the organisation; what it does is said about it.)
      // ("morgen na de lunch, 13:30" to "when?": the day, and the time said apart from it.)
      const timeApart = /^\/herinner\b/.test(payload.rerun.text) ? typed.match(/\b(\d{1,2}[:.]\d{2})\b/)?.[1] : undefined;
      // ("vrijdag om 3 uur" to "when?" for a reminder: a small hour without a part of the day is in the afternoon, as when it is
      // asked for in one message.)
      const pmTyped = /^\/herinner\b/.test(payload.rerun.text) && !/\b(ochtend|ochtends|morgens|nachts|vroeg|am|morning)\b/i.test(typed) ? typed.replace(/\bom\s+([1-6])(?:\s*(?:uur|u)\b)?(?![\d:.])/i, (_m, hour: string) => `om ${Number(hour) + 12}:00`) : typed;
      const moment = /^\/actie deadline\b.*:$|^\/herinner\b/.test(payload.rerun.text) ? datePhraseIn(spellMoments(pmTyped), now) : undefined;
      // ("elke maandag half 8" to "when?": a moment that comes back is answered as typed — the command reads the recurrence.)
      const recurring = /^\/herinner\b/.test(payload.rerun.text) && /\b(elke|iedere|elk|ieder|every|each|wekelijks|dagelijks|maandelijks|weekly|daily|monthly)\b/i.test(typed);
      const answer = recurring ? spellMoments(typed) : /^\/actie deadline\b.*:$|^\/herinner\b/.test(payload.rerun.text) ? (moment && timeApart && !moment.includes(timeApart) && !/\d{1,2}[:.]\d{2}/.test(moment) ? `${moment} ${timeApart.replace(".", ":")}` : (moment ?? typed)) : /^\/actie partner\b/.test(payload.rerun.text) ? named.replace(/\s*[,;]\s*(?:zij|ze|die|dat|hij|wij|we|they|who|want|omdat)\b.*$/i, "") : named;
      // ("maak er 31 maart van, eerder lukt de bouwer niet" to "what is the new deadline?": the date, and why — kept as the note.)
      const dated = /^\/actie deadline\b.*:$/.test(payload.rerun.text) && answer !== typed ? findDatePhrase(typed, now) : undefined;
      const why = dated ? typed.slice(dated.end).replace(/^\s*(?:van\b)?[\s,;.!-]*(?:(?:want|omdat|ivm|i\.v\.m\.|vanwege|wegens|because)\s+)?/i, "").replace(/[\s.!]+$/, "") : "";
      const title = payload.rerun.text.match(/^\/actie deadline (.+):$/)?.[1];
      // ("eind maart denk ik, zet maar 31 maart": a second date after the first is the one meant, and no note.)
      const later = dated && why ? findDatePhrase(why, now) : undefined;
      if (later) return { kind: "rerun", rerun: { ...payload.rerun, text: `${payload.rerun.text} ${later.phrase}` } };
      if (dated && title && (why.split(/\s+/).filter((x) => x.length >= 3).length >= 2 || (why && /\b(want|omdat|ivm|vanwege|wegens|because)\b/i.test(typed.slice(dated.end)))) && !/[,;.!]/.test(typed.slice(0, dated.start)) && /[,;.!]|\b(want|omdat|ivm|vanwege|wegens|because)\b/i.test(typed.slice(dated.end))) {
        const pick = payload.rerun.pickActionId ? { pickActionId: payload.rerun.pickActionId } : {};
        return { kind: "rerun", rerun: { ...payload.rerun, text: `${payload.rerun.text} ${dated.phrase}`, then: [{ text: `/actie update ${title}: ${why}`, ...pick }] } };
      }
      // ("techniekdag ja" to "which action?": a yes after the name is no part of it.)
      const bare = /^\/actie \p{L}+$/u.test(payload.rerun.text) ? answer.replace(/^\s*the\s+(?=\S+\s+one\b)/i, "").replace(/(?:[\s,]+(?:ja+|jep|jawel|graag|aub|please|pls|dus|natuurlijk|toch|one)\b)+[\s.!]*$/i, "").replace(/[\s,]+(?:die\s+)?(?:van\s+(?:mij|mezelf|me)|mine|my one)[\s.!]*$/i, "") || answer : answer;
      // ("het vignet van fatima, die ligt stil tot na de zomer" to "which action?" for a status: the name, then why.)
      const nameThenWhy = /^\/actie (?:klaar|bezig|stop|parkeer)$/.test(payload.rerun.text) && !payload.then ? bare.match(/^([^,;.]{3,40}?)\s*[,;]\s*(\S+(?:\s+\S+){2,})$/) : null;
      if (nameThenWhy) return { kind: "rerun", rerun: { ...payload.rerun, text: `${payload.rerun.text} ${nameThenWhy[1]}: ${nameThenWhy[2].replace(/[.!]+$/, "")}` } };
      return { kind: "rerun", rerun: { ...payload.rerun, text: `${payload.rerun.text} ${bare}${payload.then ?? ""}` } };
    }
    case "change": {
      // ("zomerkamp deadline 14 aug ipv juli" right after the zomerkamp's reach: the action named again with another field of its own —
      // a message of its own, read afresh, never a correction of the reach.)
      const ownField = FIELD_OF[payload.command];
      const saidField = FIELDS_NAMED.find(([, pattern]) => pattern.test(folded))?.[0];
      const namesIt = Boolean(payload.actionTitle) && fold(payload.actionTitle ?? "").split(" ").some((word) => word.length >= 5 && folded.split(" ").includes(word));
      if (ownField && saidField && saidField !== ownField && namesIt) return { kind: "none" };
      const absence = absenceCorrected(typed, folded, payload, now);
      if (absence) return absence;
      const sameForOther = sameChangeFor(typed, folded, payload, lookups);
      if (sameForOther) return sameForOther;
      // ("o ja en het doel is 30 peuters" right after another change to an action: its intended count.)
      const goal = payload.actionTitle && payload.actionId && /^actie (?!bereik$|verwijder$)/.test(payload.command) && !typed.includes("?") ? folded.match(TARGET_SAID) : null;
      if (goal) return { kind: "rerun", rerun: { text: `/actie bereik ${payload.actionTitle} beoogd ${goal[1]}`, pickActionId: payload.actionId } };
      // ("nee toch niet, 2 februari was goed", "laat maar, houd maar 6 maart aan" right after a deadline: that date after all.)
      if (payload.command === "actie deadline" && payload.actionId) {
        const kept = typed.match(/^(?:(?:nee+|neen|toch|niet|laat maar|laat ook maar|sorry|oh|o|hm+|ok|oke|wacht)[\s,!.]+)*(?:(\S.{2,24}?)\s+(?:was|is|klopte|klopt)\s+(?:(?:toch|wel|gewoon|eigenlijk|prima)\s+)*(?:goed|prima|juist)|hou(?:d|dt)?\s+(?:(?:maar|toch|gewoon|dan)\s+)*(\S.{2,24}?)\s+aan)[\s.!]*$/i);
        const said = kept?.[1] ?? kept?.[2];
        if (said && resolveDate(said, now).kind !== "unreadable") return { kind: "rerun", rerun: { text: payload.rerun.text, pickActionId: payload.actionId, datePhrase: said.trim(), correction: true } };
      }
      // ("… Draai dat terug en noteer dat de handtekeningenactie klaar is": undone, and what is true instead kept as its note.)
      const undoThenNote = payload.actionId && payload.actionTitle && payload.command.startsWith("actie ") ? typed.match(UNDO_THEN_NOTE) : null;
      if (undoThenNote && !lookups.named?.some((n) => n.id !== payload.actionId && (n.quality ?? 9) >= 2.5)) {
        return { kind: "rerun", rerun: { text: "/ongedaan", then: [{ text: `/actie update ${payload.actionTitle}: ${undoThenNote[1]}`, pickActionId: payload.actionId }] } };
      }

      // ("zet al zijn acties maar op naam van Lisa", "ja klopt, zijn acties gaan naar Daan" right after someone was signed off:
      // their actions handed over to that person.)
      const leaver = payload.command === "vertrek" ? payload.rerun.text.match(/^\/vertrek @(\S+)/)?.[1] : undefined;
      const heir = leaver ? typed.match(/\b(?:al\s+)?(?:zijn|haar|z'n|zn|hun|his|her)\s+(?:acties|taken|werk|zaken|actions|tasks)\b.*?\b(?:naar|aan|op naam van|op|voor|to)\s+@?(\p{Lu}[\p{L}-]+)/u)?.[1] ?? typed.match(/(?:^|[\s,.!])@?(\p{Lu}[\p{L}-]+)\s+(?:neemt|krijgt|takes|gets)\s+(?:al\s+)?(?:zijn|haar|z'n|zn|hun|his|her)\s+(?:acties|taken|werk|zaken|actions|tasks)\b/u)?.[1] : undefined;
      if (leaver && heir && !firstNameIs(leaver.replace(/_/g, " "), fold(heir))) return { kind: "rerun", rerun: { text: `/overdracht @${leaver} @${heir}` } };
      const otherPerson = reminderForOther(typed, payload);
      if (otherPerson) return otherPerson;
      // ("en 320 als doel ipv 300" right after a count reached: the intended count, a second field of it.)
      const asTarget = payload.command === "actie bereik" && payload.actionTitle ? folded.match(/^(?:(?:en|o ja|oja|ook|trouwens)\s+)*(\d{1,6})\s+(?:als|is het|is ons|wordt het)\s+(?:het\s+|ons\s+)?(?:doel|streefgetal|beoogd|target|goal)(?:\s+(?:ipv|i p v|in plaats van|instead of)\s+\d{1,6})?$/) : null;
      if (asTarget) return { kind: "rerun", rerun: { text: `/actie bereik ${payload.actionTitle} beoogd ${asTarget[1]}`, pickActionId: payload.actionId } };
      // ("nee die 35 is het doel, het kamp moet nog beginnen" right after a count reached: the intended count instead.)
      const countSet = payload.command === "actie bereik" && payload.actionTitle ? payload.rerun.text.match(/\s(\d{1,6})$/)?.[1] : undefined;
      const saidNumbers = folded.match(/\b\d{1,6}\b/g) ?? [];
      if (countSet && /\b(?:is|was|wordt)\s+(?:het|ons|de|onze)\s+(?:doel|streefgetal|beoogde? aantal|target|goal)\b|\b(?:moest|moet|bedoel(?:de)?)\s+(?:\w+\s+)?(?:beoogd|het doel)\b/.test(folded) && saidNumbers.every((n) => n === countSet) && !/\b(bereikt|ongedaan|terugdraaien|terug|undo)\b/.test(folded)) {
        // (Asked first: a count said again with "doel" may still be news about the count reached.)
        return { kind: "ask", key: "followUp.targetAsk", save: { kind: "confirm", rerun: { text: `/actie bereik ${payload.actionTitle} beoogd ${countSet}`, ...(payload.actionId ? { pickActionId: payload.actionId } : {}), undoFirst: true, correction: true } } };
      }
      // ("nee ik wilde haar erbij zetten, niet in mijn plek" right after a new owner: the sender stays, beside them.)
      if (payload.command === "actie eigenaar" && lookups.me && payload.actionTitle && /\b(erbij|naast mij|naast me|ook|samen)\b/.test(folded) && /\bniet\s+(?:in\s+(?:mijn|m n)\s+(?:plek|plaats)|in plaats van mij|ipv mij|i p v mij|instead of me)\b|\bnot instead of me\b/.test(folded) && !new RegExp(`@${lookups.me.split(" ")[0]}\\b`, "i").test(payload.rerun.text)) {
        return { kind: "rerun", rerun: { text: withOwner(payload.rerun.text, lookups.me), pickActionId: payload.actionId, correction: true } };
      }
      if (!short) return { kind: "none" };
      // ("staat ie erin?" after a reminder, "staat het besluit er nu goed in?" after a decision, "heeft Ingrid al gestemd?" after a
      // date poll, "en wat was het doel ook alweer?" after a change to an action: what is there now, shown.)
      const view = payload.command === "herinner" ? "/herinneringen" : payload.command === "besluit" ? "/besluitenlijst" : /^datumprikker/.test(payload.command) ? "/datumprikker" : /^agenda/.test(payload.command) ? "/agenda" : payload.actionTitle && payload.command.startsWith("actie ") ? `/actie info ${payload.actionTitle}` : undefined;
      // ("dank je! staat de datum nu goed?", "staat de nieuwe datum er nu in?": the thanks first, and the field named.)
      const askedFolded = folded.replace(/^(?:(?:dank je|dankje|dankjewel|bedankt|thanks|top|super|mooi|ok|oke)\s+)+(?=(?:staat|staan|is|klopt|zit)\b)/, "");
      const asksWhatIsThere = typed.includes("?") && folded.split(" ").length <= 12 && (/^(?:wijkbot\s+)?(?:en\s+)?(?:staat|staan|is|klopt|zit)\s+(?:ie|hij|het|die|dat|alles|ze|het besluit|de herinnering|het punt|dat punt|(?:de|het)\s+(?:nieuwe\s+)?(?:datum|deadline|status|eigenaar|notitie|update|bereik|budget|partner|naam|wijziging|agendapunt))\s+(?:(?:er|nu|zo|dan|al|wel|ook)\s+)*(?:goed|juist|correct|erin|in|aangepast|in orde|bij|genoteerd|opgeslagen)?(?:\s+(?:in|erin|zo))?\s*$/.test(askedFolded) || /^(?:wijkbot\s+)?(?:en\s+)?(?:staat|staan|is|zit)\s+(?:ie|hij|het|die|ze)\s+(?:(?:nu|dan|al|dus)\s+)*(?:op|naar)\s+\S.{0,24}$/.test(folded) || /^(?:wijkbot\s+)?(?:did|has|is)\s+(?:that|it|this)\s+(?:go through|gone through|worked|work|been saved|saved|done)\b/.test(folded) || (/^datumprikker/.test(payload.command) && /\b(gestemd|voted|stemmen|votes)\b/.test(folded)) || (payload.command.startsWith("actie ") && /^(?:wijkbot\s+)?(?:en\s+)?(?:wat|hoeveel|wanneer)\s+(?:was|is|were)\s+(?:het|de|ons|onze)?\s*(?:doel|streefgetal|beoogde?|deadline|bereik|budget|begroting|eigenaar)\b/.test(folded)));
      if (view && asksWhatIsThere) return { kind: "rerun", rerun: { text: view, ...(view.startsWith("/actie info") && payload.actionId ? { pickActionId: payload.actionId } : {}) } };
      // ("die van Lisa", "nee die van fatima bedoel ik" right after a change or an action shown: the one of that person —
      // the same again when it already was theirs, else the one they have that came close, the change taken back first.)
      const ofPerson = payload.actionId ? folded.match(/^(?:(?:nee|oh|o|sorry|oeps|ik bedoel(?:de)?|niet die|niet deze)\s+)*(?:die|degene|de actie|het|the one)\s+van\s+@?([a-z][a-z-]+)(?:\s+(?:bedoel ik|bedoelde ik|dus|dan|natuurlijk|graag|toch))*$/)?.[1] : undefined;
      if (ofPerson && payload.actionId && lookups.ownersById) {
        const owned = [payload.actionId, ...(payload.alternatives ?? [])].filter((id) => (lookups.ownersById![id] ?? []).some((name) => firstNameIs(name, ofPerson)));
        if (owned.length === 1) {
          const pick = owned[0];
          const undoFirst = pick !== payload.actionId && payload.command !== "actie info";
          return { kind: "rerun", rerun: { text: payload.rerun.text, pickActionId: pick, ...(undoFirst ? { undoFirst: true } : {}) } };
        }
      }
      // Right after an action was shown: a field or status said without a name is about that action ("deadline mag 1 april
      // worden", "partner erbij: Technasium", "klaar is hij, alles geoogst") — read with its name; nothing else is a follow-up.
      if (payload.command === "actie info") {
        // ("ok Lisa neemt die over van Peter": a new owner, said of it.)
        // ("can you move it to April 10?", "mag hij naar 10 april": its deadline, moved.)
        // ("die mag naar youssef, …": handed to someone.)
        const says = FIELD_WORDS.test(folded) || /\b(deadline|einddatum|neemt (\w+ ){0,3}over|overnemen|overgenomen)\b/.test(folded) || /^(?:die|deze|dat|hij|ie|het) (?:mag|gaat|kan|moet) (?:(?:nu|dan|voortaan|maar)\s+)?naar @?[a-z]+\b/.test(folded) || STATUS_WORDS.some((s) => s.pattern.test(folded)) || (/\b(move|push|verzet|verzetten|verschuif|verschuiven|schuif|schuiven|verplaats|verplaatsen|mag (?:hij|ie|die|het) naar|kan (?:hij|ie|die|het) naar)\b/.test(folded) && Boolean(datePhraseIn(typed, now)));
        // ("staat de gasunie daar al als partner bij?": a question about it, pointing back at it — read with its name, and answered.)
        const asksOfIt = (typed.includes("?") || /^(staat|staan|is|zijn|heeft|hebben)\b/.test(folded)) && /\b(daar|daarbij|die|dat|hij|het|er)\b/.test(folded) && FIELD_WORDS.test(folded);
        // ("can you move it to April 10?", "kun je hem op klaar zetten?": a request asked as a question is read too — shown first.)
        const requested = /^(?:wijkbot\s+)?(?:kun|kan|kunt|wil|wilt|zou|can|could|would|will)\s+(?:je|jij|u|you)\b/.test(folded);
        // (Only once the actions it names are known: "oke en gezonde school vignet is trouwens klaar" is about another one.)
        if (says && !lookups.named && payload.actionId && STATUS_WORDS.some((x) => x.pattern.test(folded)) && !FIELD_WORDS.test(folded)) return { kind: "none" };
        if (!payload.actionTitle || !says || lookups.named?.some((n) => (n.quality ?? 9) >= 2) || (!asksOfIt && !requested && (/^(wat|wie|wanneer|hoe|waar|welke|is|zijn|heeft|what|who|when|how|is)\b/.test(folded) || typed.includes("?")))) return { kind: "none" };
        if (asksOfIt) return { kind: "rerun", rerun: { text: `/actie info ${payload.actionTitle}`, ...(payload.actionId ? { pickActionId: payload.actionId } : {}) } };
        // ("die mag naar youssef, …": the word that points back at it is the name now.)
        return { kind: "read-as", text: `${payload.actionTitle} ${typed.replace(/^@?wijkbot\b[\s,:]*/i, "").replace(/^(?:die|deze|dat|hij|ie|het)\s+(?=(?:mag|kan|moet|gaat|is|wordt|staat)\b)/i, "")}` };
      }
      // "ja", "klopt", "top" right after a change that asked nothing: agreed — nothing to do.
      // ("helemaal goed zo, dank je 🙏", "thanks man 💪": agreed, with thanks.)
      // (In a group, thanks alone is left to the people: the step keeps it silent there.)
      const thanked = /^(?:(?:ja+|top|super|mooi|prima|perfect|helemaal goed|goed|klopt)(?: zo| hoor)?\s+)?(?:dank je|dankjewel|dank u|bedankt|thanks|thx|merci|tnx|dankje)(?: wel)?(?: (?:man|hoor|he|joh|wijkbot))*$/.test(folded);
      if ((yes || thanked || /^(ja+ )?(klopt|mooi|prima|top|super|perfect|helemaal goed|precies|correct|goed zo)( hoor| zo)?[.!]*$/.test(folded)) && !/\d/.test(folded)) return { kind: "say", key: "followUp.ack", clear: false };
      // "nee toch maar niet", "laat maar, toch niet" right after a change: take it back? (asked first; a bare "nee" gets the hint below)
      // ("nee wacht, doe maar niet", "bij nader inzien toch maar niet", "never mind" too.)
      if (/^(?:(?:nee+|neen|no|oh|o|hm+|ach|wacht|sorry|oeps|ai|stop|ho|laat maar|laat ook maar|bij nader inzien|achteraf)[\s,]+)*(?:toch (?:maar )?niet|doe (?:het |dat |dit )?(?:toch |maar |dan )+(?:niet|toch niet)|hoeft (?:toch )?niet|never ?mind|don'?t)(?: (?:doen|hoor|meer))?(?:[.!,]*\s+(?:ik|i|want|omdat|sorry|dat)\b.{0,60})?[.!]*$/.test(folded)) {
        return { kind: "ask", key: "followUp.undoAsk", save: { kind: "confirm", rerun: { text: "/ongedaan" } } };
      }
      // ("en 4 ook", "punt 2 ook" right after an agenda item was accepted, deferred or handled: the same for that one.)
      const agendaVerb = payload.command.match(/^agenda (accepteer|uitstellen|behandeld)$/)?.[1];
      // ("3 ook gedaan" right after items were handled: the verb said again after "ook".)
      const moreItems = agendaVerb ? folded.match(/^(?:(?:en|ook|plus|and)\s+)*(?:(?:agenda)?punt(?:en)?\s+)?(\d{1,2}(?:\s*(?:,|en|and|&)\s*\d{1,2})*)(?:\s+(?:ook|erbij|too|graag|dan|nog|eveneens|idem|evenzo|as well))*(?:\s+(?:gedaan|behandeld|besproken|afgerond|klaar|erop|akkoord|uitgesteld|doorgeschoven))?$/)?.[1] : undefined;
      if (agendaVerb && moreItems && /^(en|ook|plus|and)\b|\b(ook|erbij|too|eveneens|idem|evenzo|as well)(?:\s+(?:gedaan|behandeld|besproken|afgerond|klaar|erop|akkoord|uitgesteld|doorgeschoven))?$/.test(folded)) return { kind: "rerun", rerun: { text: `/agenda ${agendaVerb} ${moreItems.match(/\d{1,2}/g)!.join(" ")}` } };
      // ("oh en de begroting ook", "het watertappunt ook graag" right after one was deferred, accepted or handled: the same for the
      // item named by its words — read as said of it, so it is shown first with its number.)
      const alsoNamed = agendaVerb && !moreItems && !/\d/.test(folded) && folded.split(" ").length <= 8 ? folded.match(/^(?:(?:oh|o|oja|o ja|ja|en|ook|plus|and)\s+)+(?:(?:de|het|dat|die)\s+)?(?:(?:agenda)?punt\s+(?:over\s+)?(?:de\s+|het\s+)?)?(\p{L}[\p{L} -]{2,40}?)\s+(?:(?:ook|nog|maar|graag|dan|too|erbij|meteen)\s*)+$/u)?.[1] : undefined;
      if (alsoNamed && !/^(die|dat|het|deze|rest|andere|ander|overige|hij|zij|ze)$/.test(alsoNamed)) {
        const said = { uitstellen: "schuift door naar de volgende vergadering", accepteer: "mag op de agenda", behandeld: "is behandeld in de vergadering" }[agendaVerb as "uitstellen" | "accepteer" | "behandeld"];
        return { kind: "read-as", text: `de ${alsoNamed} ${said}` };
      }
      // ("niet ter info maar ter bespreking graag" right after an agenda item was proposed: the same item, of that kind.)
      // ("laat dat agendapunt maar zitten, …" right after it was proposed, "laat het jongerenwerk toch maar staan voor donderdag" right
      // after it was deferred: taken back — asked first.)
      if (/^agenda(punt| uitstellen| accepteer| behandeld)$/.test(payload.command) && LET_IT_BE.test(folded)) {
        return { kind: "ask", key: "followUp.undoAsk", save: { kind: "confirm", rerun: { text: "/ongedaan" } } };
      }
      if (payload.command === "agendapunt") {
        // ("maak daar maar een besluitpunt van", "is eigenlijk alleen ter informatie", "wordt een besluit": the kind said again.)
        const kindSaid = folded.split(" ").length <= 9 ? folded.replace(/^(?:wijkbot\s+)?(?:(?:o ja|oja|trouwens|btw|vergeten te zeggen|nog vergeten|vergeten|vergat ik)\s+)+/, "").match(/^(?:wijkbot\s+)?(?:(?:nee|oeps|sorry|oh|o|ja)\s+)*(?:(?:maak|zet)\s+(?:daar|er|het|dat|dit)\s+(?:(?:maar|dan|toch|liever|even)\s+)*(?:een\s+|ter\s+|als\s+)?|(?:het\s+|dat\s+)?(?:is|wordt)\s+(?:(?:eigenlijk|toch|alleen|gewoon|maar)\s+)*(?:een\s+|ter\s+|als\s+)?)(informatie|info|informatiepunt|bespreking|bespreekpunt|besluit|besluitpunt|besluitvorming)(?:\s+(?:van|graag|aub|pls|dan|maar|hoor))*$/)?.[1] : undefined;
        const kind = kindSaid ?? folded.match(/^(?:(?:nee|oeps|sorry|oh|o)\s+)*(?:(?:niet|geen)\s+(?:ter\s+|als\s+)?\S+\s+(?:maar|but)\s+|(?:maak er|zet het op|liever|toch|eigenlijk)\s+(?:maar\s+|toch\s+|liever\s+)*)(?:ter\s+|als\s+|een\s+)?(informatie|info|informatiepunt|bespreking|bespreekpunt|besluit|besluitpunt|besluitvorming)(?:\s+(?:van|graag|aub|pls|dan|maar))*$/)?.[1];
        // ("kan het toch een bespreekpunt worden ipv info?", "oops, make that a decision item please": the kind said in more words,
        // the one it replaces left out.)
        const kept = folded.replace(/\b(?:ipv|i p v|in plaats van|instead of|niet|not|geen)\s+(?:een\s+|ter\s+|als\s+|an?\s+)?\S+/g, " ");
        const loose = !kind && folded.split(" ").length <= 12 && /\b(worden|wordt|maak|make|zet|moet|kan|mag|liever|toch|eigenlijk|should|change|veranderen|aanpassen)\b/.test(kept) ? kept.match(/\b(informatie|info|informatiepunt|infopunt|bespreking|bespreekpunt|besluit|besluitpunt|besluitvorming|decision|discussion|information)\b/)?.[1] : undefined;
        const found = kind ?? (loose ? ({ decision: "besluit", discussion: "bespreking", information: "informatie" } as Record<string, string>)[loose] ?? loose : undefined);
        const kindWord = found ? (/^info/.test(found) ? "informatie" : /^bespre/.test(found) ? "bespreking" : "besluit") : undefined;
        const withKind = kindWord ? payload.rerun.text.replace(/\s+(?:besluit|bespreking|informatie)(?=\s+actie\s|\s*$)/i, "") : undefined;
        if (withKind && kindWord) {
          const at = withKind.search(/\s+actie\s+\S.*$/i);
          const text = at >= 0 ? `${withKind.slice(0, at)} ${kindWord}${withKind.slice(at)}` : `${withKind} ${kindWord}`;
          return { kind: "rerun", rerun: { text, undoFirst: true, correction: true } };
        }
      }
      if (payload.command === "herinner") return readReminderMoment(typed, payload, now) ?? alsoRemind(typed, payload, now) ?? readCorrection(typed, folded, payload, now, lookups);
      if (payload.command === "rol") return roleForAnother(typed, payload.rerun.text, lookups.pillars) ?? readCorrection(typed, folded, payload, now, lookups);
      // ("oeps, dat besluit klopt nog niet, haal maar weer weg": a decision just recorded, taken back in other words — asked first.)
      // ("en nog een: de vrijwilligersvergoeding gaat omhoog" right after a decision: the next decision.)
      // ("en nog een: terugblik kerstmarkt moestuin, ter informatie" right after an agenda item: the next item.)
      const nextItem = payload.command === "agendapunt" ? typed.match(/^\s*(?:@?wijkbot[\s,:]*)?(?:(?:en|ook|o ja|oja)\s+)*(?:nog\s+(?:een|eentje|1)(?:\s+(?:agenda)?punt(?:je)?)?|(?:het\s+)?(?:volgende|tweede|derde|ander)\s+(?:agenda)?punt)\s*[:,-]\s*(\S.{3,}?)[\s.!]*$/i)?.[1] : undefined;
      if (nextItem) return { kind: "read-as", text: `agendapunt: ${nextItem}` };
      const nextDecision = payload.command === "besluit" ? typed.match(NEXT_DECISION)?.[1] : undefined;
      if (nextDecision) return { kind: "rerun", rerun: { text: `/besluit ${nextDecision}` } };
      // ("o en dat is alleen ter informatie", "is trouwens een besluitpunt" right after an agenda item: the same item, of that kind.)
      const kindSaid = payload.command === "agendapunt" ? agendaKindSaid(folded) : undefined;
      if (kindSaid && payload.rerun.text.startsWith("/agendapunt ")) {
        const text = withAgendaKind(payload.rerun.text, kindSaid);
        if (text !== payload.rerun.text) return { kind: "rerun", rerun: { text, undoFirst: true } };
      }
      if (payload.command === "besluit") return readDecisionCorrection(typed, folded, payload.rerun.text) ?? (TAKE_BACK.test(folded) ? { kind: "ask", key: "followUp.undoAsk", save: { kind: "confirm", rerun: { text: "/ongedaan" } } } : { kind: "none" });
      return readCorrection(typed, folded, payload, now, lookups);
    }
  }
}

/** "dat is alleen ter informatie", "is trouwens een besluitpunt", "ter bespreking graag": the kind of an agenda item, said alone. */
function agendaKindSaid(folded: string): "informatie" | "bespreking" | "besluit" | undefined {
  const said = folded.match(/^(?:(?:o|oh|oja|o ja|en|sorry|oeps|trouwens|btw)\s+)*(?:(?:dat|het|dit|die|hij|ie)\s+)?(?:is|was|moet|mag|wordt)?\s*(?:(?:trouwens|eigenlijk|alleen|maar|gewoon|wel|dus|een|geen bespreekpunt maar|geen besluit maar)\s+)*(ter (?:info|informatie|kennisname)|informatie|informatiepunt|info|ter (?:besluitvorming|besluit)|besluit|besluitpunt|ter bespreking|bespreking|bespreekpunt)(?:\s+(?:trouwens|eigenlijk|graag|hoor|bedoel ik|zijn|worden|punt))*$/)?.[1];
  if (!said) return undefined;
  return /info|kennisname/.test(said) ? "informatie" : /besluit/.test(said) ? "besluit" : "bespreking";
}

/** The same /agendapunt with another kind: the kind word before "actie …" (or at the end) replaced or put in. */
function withAgendaKind(command: string, kind: string): string {
  const link = command.match(/\s+actie\s+.+$/)?.[0] ?? "";
  const head = command.slice(0, command.length - link.length).replace(/\s+(?:informatie|bespreking|besluit)$/i, "");
  return `${head} ${kind}${link}`;
}

/** Ways of taking back what was just said or done (folded text). */
export const TAKE_BACK = new RegExp(
  [
    String.raw`\bvergeet (?:dat|dit|het|die laatste|wat ik (?:net |daarnet |zojuist )?(?:zei|schreef|typte|stuurde|zeg)|mijn (?:vorige|laatste) (?:bericht|berichtje|appje))\b`,
    String.raw`\bnegeer (?:dat|dit|het|die laatste|mijn (?:vorige|laatste) (?:bericht|berichtje|appje)|wat ik (?:net |daarnet |zojuist )?(?:zei|schreef|typte|stuurde))\b`,
    String.raw`\b(?:scratch that|scrap that|scrap it|forget (?:that|it|what i said|my last message)|ignore (?:that|my last message|what i said)|cancel (?:that|it)|take (?:that|it) back|undo (?:that|it))\b`,
    // ("ik wil het oude terug", "graag terug", "trek die datum even in", "dat was te vroeg": the change just made, taken back.)
    String.raw`\b(?:ik wil|graag|zet) (?:het |de |die )?oude (?:\w+ ){0,2}terug\b|(?:^|[,.!]\s*|\s)(?:graag|maar|dan|alsjeblieft|aub) terug[.!]*$|\btrek (?:die|dat|de|het|dit) (?:\w+ )?(?:(?:even|maar|ff|nog) )*in\b|\bdat was (?:te vroeg|voorbarig|te snel)\b`,
    // ("wacht dat moet terug, Youssef wil niet": the change just made, taken back.)
    String.raw`^(?:(?:wijkbot|wacht|nee|oeps|sorry|oh|o|hm+)\s+)*(?:dat|die|het|dit) (?:moet|mag|kan) (?:(?:weer|maar|even|toch|ff) )*terug\b`,
    String.raw`\b(?:eruit|weg|eraf) ermee\b|^(?:(?:sorry|oeps|nee|wacht|verkeerd|foutje)\s+)*(?:(?:dat|die|het) )?(?:besluit|punt|agendapunt|notitie|update|herinnering) (?:(?:mag|kan|moet|maar|even|weer) )*(?:weg|eruit|eraf)\b|^(?:(?:nee|wacht|toch|niet|sorry|oeps)\s+)*doe (?:(?:maar|m|hem|het|dat|even|weer) )*weg$|^(?:dat|die|het) (?:besluit|punt|agendapunt|notitie|update|herinnering) (?:(?:mag|kan|moet|maar|even) )*(?:weg|eruit|eraf)\b`,
    String.raw`\b(?:haal|doe|gooi) (?:die|dat|het|dit|de|m|hem|em) (?:laatste |vorige )?(?:(?:update|notitie|wijziging|aanpassing|bericht|verandering|regel|besluit|agendapunt|punt|herinnering) )?(?:(?:maar|even|weer|ff|nou) )*(?:weg|eruit|eraf)\b`,
    String.raw`\b(?:haal|gooi) (?:(?:het|dat|die|dit|maar|even|weer|ff|nou) )*weg$|\b(?:die|dat|het|dit) (?:laatste |vorige )?(?:(?:update|notitie|wijziging|aanpassing|bericht) )?(?:(?:maar|even|weer|ff|nou) )*weghalen\b`,
    String.raw`^(?:(?:nee|oeps|sorry|oh|o)\s+)*(?:die|dat|de|het|dit) (?:laatste |vorige )?(?:(?:notitie|update|wijziging|aanpassing|bericht) )?(?:mag|kan|moet) (?:(?:maar|weer|ook|er|dan) )*(?:weg|eraf|er af|eruit|verwijderd worden)\b`,
    String.raw`\b(?:wis|verwijder|schrap) (?:dat|die|het|dit|m|hem|die laatste|dat laatste)(?: (?:maar|even|weer|ff|nou|aub|pls|graag))*$|\bstreep (?:dat|die|het|dit) (?:maar )?door\b`,
    // ("delete die update please, was voor een andere flat": the last note, taken back in English words.)
    String.raw`^(?:(?:sorry|oops|oeps|nee|no)[\s,]+)*(?:delete|remove|verwijder|wis|schrap) (?:die|dat|deze|dit|the|that|this|my|mijn) (?:laatste |last |vorige )?(?:update|notitie|note|wijziging|change|aanpassing)\b`,
    String.raw`^(?:(?:nee|oeps|sorry|wacht)\s+)*niet (?:opslaan|noteren|bewaren|doen|zo)\b`,
    String.raw`\b(?:verkeerde|foute) (?:chat|groep|app|knop|persoon|bericht|actie)\b`,
    // ("sorry dubbel, Joke had hem al ingediend. mag weg": what was just made was there already — taken back.)
    String.raw`\b(?:dubbel|dubbele|dubbelop|al ingediend|stond er al|staat er al|had (?:hem|het|die|dat) al)\b.*\b(?:mag|kan|moet) (?:\w+ )?(?:weg|eraf|eruit)\b`,
    String.raw`\b(?:dat|die|dit|het) (?:was|is) niet (?:voor jou|voor de bot|voor wijkbot|bedoeld|de bedoeling|goed|juist)\b`,
    String.raw`^(?:(?:nee|oeps|sorry|wacht)\s+)*(?:(?:die|dat|dit|het)\s+)?(?:hoort|hoorde) (?:\w+ )?niet (?:bij|hier)\b`,
    String.raw`^(?:oei|oeps|oops|shit|foutje)\b.*\bterug\b`,
    // ("haal die notitie weer weg, hoorde bij iets anders", "oeps nee die is nog lang niet klaar": taken back.)
    String.raw`\bhaal (?:die|dat|de|het) (?:notitie|update|wijziging|aanpassing|bericht) (?:(?:maar|even|weer|ff) )*weg\b`,
    String.raw`^(?:(?:oeps|oei|nee|sorry|wacht)[\s,]+)+(?:die|dat|het|hij|ie) (?:is|was) (?:nog )?(?:lang |helemaal )?niet (?:klaar|af|gestopt|begonnen)\b`,
    // ("die is fout, weghalen graag", "zo was het niet bedoeld": the thing just made named as wrong, and taken away.)
    String.raw`^(?:(?:nee|oeps|sorry|oh|o)\s+)*(?:die|dat|dit|het|deze) (?:is|was) (?:helemaal )?(?:fout|verkeerd|niet goed|niet juist)\b.*\b(?:weg|weghalen|eraf|verwijder\w*|terug|ongedaan)\b`,
    String.raw`\bzo was (?:het|dat|die) niet (?:bedoeld|de bedoeling)\b`,
    // ("hmm nee doe maar niet, toch nog niet af": the change just made, not wanted after all.)
    String.raw`^(?:(?:hm+|nee+|oeps|sorry|wacht|toch)[\s,]+)*(?:doe|laat) (?:het |dat |die |dit )?maar (?:toch )?niet\b`,
    String.raw`\b(?:hoort|hoorde|was|is) (?:eigenlijk |dus )?(?:bij|voor) (?:iets|een) anders?\b|\b(?:hoort|hoorde|moet|moest) (?:eigenlijk |dus )?(?:ergens )?anders\b|\b(?:belongs|was meant) (?:to|for) something else\b`,
  ].join("|"),
);

/** The field a value command sets, and the words that name each field. */
const FIELD_OF: Record<string, string> = { "actie bereik": "bereik", "actie budget": "budget", "actie deadline": "deadline", "actie eigenaar": "eigenaar", "actie doelgroep": "doelgroep", "actie partner": "partner" };
const FIELDS_NAMED: [string, RegExp][] = [
  ["deadline", /\b(deadline|einddatum|due date)\b/],
  ["bereik", /\b(bereik|bereikt|beoogd|streefgetal)\b/],
  ["budget", /\b(budget|begroot|begroting|besteed|uitgegeven)\b/],
  ["eigenaar", /\b(eigenaar|eigenaren|owner)\b/],
  ["doelgroep", /\b(doelgroep|leeftijdsgroep|age group)\b/],
  ["partner", /\b(partner|partners)\b/],
];

function readCorrection(typed: string, folded: string, payload: Extract<StoredPrompt["payload"], { kind: "change" }>, now: Date, lookups: FollowUpLookups): FollowUpReading {
  // ("oh wacht die voorjaarsvakantie klopt niet, moet 14 tm 22 feb zijn" right after a holiday period was set: that period taken
  // back, the one meant set instead.)
  if (payload.command === "vakantie") {
    const range = typed.match(/\b(\d{1,2})(\s+\p{L}{3,10}\.?)?\s*(?:t\/m|tm|tot en met|tot|-|–)\s*(\d{1,2})\s+(\p{L}{3,10}\.?)/iu);
    if (range && MONTHS[fold(range[4]).replace(/\.$/, "")] && /\b(klopt niet|moet|moest|bedoel|bedoelde|verkeerd|fout|nee|ipv|in plaats van|wordt)\b/.test(folded)) {
      const first = `${range[1]}${range[2] && MONTHS[fold(range[2]).trim().replace(/\.$/, "")] ? range[2] : ` ${range[4]}`}`;
      return { kind: "rerun", rerun: { text: `/vakantie ${first.trim()} t/m ${range[3]} ${range[4]}`, undoFirst: true, correction: true } };
    }
  }
  // "oeps, terugdraaien" right after a change: undo it.
  // ("nee nee terug, verkeerde": "terug" right after the no.)
  // ("terug", "terug aub": said alone right after a change — take it back.)
  // ("oeps verkeerde actie, zet dat terug": put back as it was.)
  // ("terug naar de oude volgorde aub": as it was before.)
  // ("laat maar, trek dat agendapunt maar in": the item just proposed, withdrawn.)
  if (/\b(terugdraaien|terug ?draaien|draai(\s+(dat|het|die|hem|m|maar|even|alles)){0,2}\s+terug|ongedaan|undo|terugzetten|haal (dat|het|die|dit) (maar |even )?weg|zet (dat|het|dit) (maar |even |snel )?terug(?! (?:op|naar)\b))\b|^(nee+ )+(terug|zet terug|zet maar terug)\b|^(?:oeps |oops |sorry )?terug(?: aub| graag| pls| please| svp)?$|^(?:(?:nee|sorry|oeps|toch|liever|doe maar|zet (?:het|m|hem|die|dat) (?:maar )?)\s+)*terug naar (?:de|het) (?:oude|vorige)\b/.test(folded) || (payload.command === "agendapunt" && /\btrek (?:dat|dit|het|die|mijn) (?:agenda)?punt(?:je)? (?:(?:maar|even|weer|toch) )*in\b/.test(folded))) {
    // ("sorry wrong one!! moest 2e schil zijn, undo pls": taken back, and done for the one meant instead.)
    // ("oh nee te vroeg, draai maar terug. zet hem wel op bezig": taken back, and the status it should have instead.)
    const instead = payload.actionId && payload.actionTitle ? typed.match(SET_STATUS_OF_IT) : null;
    const insteadSub = instead ? STATUS_SUB[instead[1].toLowerCase()] : undefined;
    // ("wacht, zet hem terug op bezig, er komt nog een tweede avond": with why, as its note.)
    const insteadNote = instead ? (instead[2] ?? instead[3])?.trim() : undefined;
    if (insteadSub && payload.actionId) return { kind: "rerun", rerun: { text: `/actie ${insteadSub} ${payload.actionTitle}`, pickActionId: payload.actionId, undoFirst: true, ...(insteadNote && insteadNote.split(/\s+/).length >= 3 ? { then: [{ text: `/actie update ${payload.actionTitle}: ${insteadNote}`, pickActionId: payload.actionId }] } : {}) } };
    // ("nee foutje, maak ongedaan. moest beoogd zijn" right after "bereik 400": taken back, and set as the intended count.)
    const countAs = payload.command === "actie bereik" && payload.actionTitle ? payload.rerun.text.match(/\s(\d{1,6})$/)?.[1] : undefined;
    if (countAs && /\b(moest|moet|bedoel|bedoelde|meant|should be)\b.*\b(beoogd|doel|streefgetal|target|goal)\b/.test(folded) && !/\bbereikt\b/.test(folded)) return { kind: "rerun", rerun: { text: `/actie bereik ${payload.actionTitle} beoogd ${countAs}`, pickActionId: payload.actionId, undoFirst: true } };
    const meant = payload.actionId ? lookups.named?.find((a) => a.id !== payload.actionId && (a.quality ?? 9) >= 2) : undefined;
    if (meant && (WRONG_ONE.test(folded) || OTHER_ONE.test(folded) || /\b(moest|moet|bedoel|bedoelde|meant|should be)\b/.test(folded))) return { kind: "rerun", rerun: { text: payload.rerun.text, pickActionId: meant.id, undoFirst: true } };
    // ("oeps dat was voor het wijkplan, draai terug": where it belonged, said as what it was for — one other action named by a
    // word of its name is enough.)
    const belonged = payload.actionId && /\b(?:dat|die|het|dit|that|it)\s+(?:was|is|hoort|hoorde)\s+(?:(?:eigenlijk|bedoeld)\s+)?(?:voor|bij|for)\b/.test(folded) ? lookups.named?.filter((a) => a.id !== payload.actionId && (a.quality ?? 9) >= 1.25) : undefined;
    if (belonged && new Set(belonged.map((a) => a.id)).size === 1) return { kind: "rerun", rerun: { text: payload.rerun.text, pickActionId: belonged[0].id, undoFirst: true } };
    // ("nee niet klaar!! draai terug. wat ik wilde zeggen: uitnodigingen zijn vandaag verstuurd": taken back, and what was meant
    // to be said kept as its note.)
    const meantNote = payload.actionId && payload.actionTitle && payload.command.startsWith("actie ") ? typed.match(/\b(?:wat ik (?:wilde|wou|bedoelde) (?:zeggen|noteren|schrijven|melden)|ik (?:wilde|wou) (?:alleen )?(?:zeggen|noteren|melden)(?: dat)?|i (?:wanted|meant) to (?:say|note|write))\s*[:,]?\s*(\S.{4,}?)[\s.!]*$/i)?.[1] : undefined;
    if (meantNote && contentWords(meantNote) >= 2) return { kind: "rerun", rerun: { text: `/actie update ${payload.actionTitle}: ${meantNote}`, pickActionId: payload.actionId, undoFirst: true } };
    // ("allebei terugdraaien graag" after two changes: both taken back.)
    if (/\b(allebei|beide|alle twee|both)\b/.test(folded)) return { kind: "rerun", rerun: { text: "/ongedaan", then: [{ text: "/ongedaan" }] } };
    // ("kun je er eentje terugdraaien?": one of them, or asked — the last one, asked first.)
    // ("ongedaan maken aub, Daan wordt alleen mede-eigenaar": taken back with more said than why — asked first, never half done.)
    const said = folded.replace(/^.*?\b(?:terugdraaien|terug draaien|ongedaan maken|ongedaan|undo|terugzetten|terug)\b/, "");
    const more = /\b(eigenaar|eigenaren|mede eigenaar|deadline|bereik|budget|begroot|besteed|partner|pijler|doelgroep|klaar|bezig|gestopt|geparkeerd|parkeren)\b|\d/.test(said) || (lookups.named?.some((n) => (n.quality ?? 9) >= 2) ?? false);
    if (typed.includes("?") || /\b(eentje|een van|een ervan|one of)\b/.test(folded) || more) return { kind: "ask", key: "followUp.undoAsk", save: { kind: "confirm", rerun: { text: "/ongedaan" } } };
    return { kind: "rerun", rerun: { text: "/ongedaan" } };
  }
  // ("oeps verkeerd nummer, moest 3 zijn", "nee sorry, ik bedoelde 2, 3 is nog niet besproken" right after an agenda item was
  // dealt with by number: that one taken back, the same for the number meant.)
  const byNumber = payload.rerun.text.match(/^(\/agenda \p{L}+) (\d{1,2})$/u);
  const meantNumber = byNumber && /\b(moest|moet|bedoel|bedoelde|verkeerd|verkeerde|nee|sorry|oeps|niet)\b/.test(folded) ? folded.match(/\b(?:moest|moet|bedoel|bedoelde|bedoelde ik|ik bedoelde|nee|niet \d{1,2} maar)\s+(?:(?:het|punt|nummer|nr|agendapunt|dus|eigenlijk|toch|ik)\s+)*(\d{1,2})\b/)?.[1] : undefined;
  if (byNumber && meantNumber && meantNumber !== byNumber[2]) return { kind: "rerun", rerun: { text: `${byNumber[1]} ${meantNumber}`, undoFirst: true, correction: true } };
  // ("oeps verkeerde! speeltuin is nog lang niet af, geldlessen moest op klaar" right after a status change: the wrong one,
  // taken back, and the same change for the one meant.)
  // ("verkeerd! ik bedoelde het inloopsprekuur. schoolontbijt is allang klaar": the same; how the first one really stands, said
  // last, is what taking the change back restores.)
  const wrongOne = payload.actionId && /^(?:oeps|oops|oei|sorry|sry|shit|foutje|verkeerde|verkeerd|nee+)\b/.test(folded) && /\b(?:verkeerde|verkeerd|fout|foute|niet die|mis|wrong)\b/.test(folded) && /\b(?:moest|moet|had moeten|bedoel|bedoelde|meant|mean)\b/.test(folded) && /^\/actie (klaar|bezig|stop|parkeer|gepland)\b/.test(payload.rerun.text) ? lookups.named?.filter((a) => a.id !== payload.actionId && (a.quality ?? 9) >= 1.25) : undefined;
  if (wrongOne?.length === 1) return { kind: "rerun", rerun: { text: payload.rerun.text, pickActionId: wrongOne[0].id, undoFirst: true } };
  // ("oeps die bieb hoort bij de voorleesochtend van Sanne, niet bij mijn huiswerkbegeleiding" right after a partner: the
  // partner belongs to another action — taking this one back is asked; the other is its owner's to add.)
  // ("nee wacht die moet bij de moestuin, niet bij het watertappunt", one's own: done for that one, below.)
  const elsewhereOwn = lookups.named?.some((n) => n.id !== payload.actionId && (n.quality ?? 9) >= 2) && !/\bvan\s+\p{Lu}/u.test(typed);
  if (payload.command === "actie partner" && !elsewhereOwn && /\b(?:hoort|hoorde|moet|moest)\s+(?:eigenlijk\s+|toch\s+)?bij\b.*\bniet\s+(?:bij|voor)\b/.test(folded)) {
    return { kind: "ask", key: "followUp.undoAsk", save: { kind: "confirm", rerun: { text: "/ongedaan" } } };
  }
  // ("moest beoogd zijn, bereikt is nog steeds 12" right after "bereik 30": taken back, and set as the intended count.)
  const meantTarget = payload.command === "actie bereik" && payload.actionTitle && !/\bbeoogd\b/.test(payload.rerun.text) && !/\b(?:niet|not) (?:het )?(?:beoogd|doel|target)\b/.test(folded) ? payload.rerun.text.match(/\s(\d{1,6})$/)?.[1] : undefined;
  if (meantTarget && /\b(moest|moet|bedoel|bedoelde|meant|should be)\b.*\b(beoogd|doel|streefgetal|target|goal)\b/.test(folded) && !/\b(?:beoogd|doel|streefgetal|target|goal)\s+(?:is\s+|was\s+)?\d/.test(folded)) {
    return { kind: "rerun", rerun: { text: `/actie bereik ${payload.actionTitle} beoogd ${meantTarget}`, pickActionId: payload.actionId, undoFirst: true } };
  }
  // ("staat ie nu goed?", "klopt het nu?" right after a change: the action as it is now.)
  if (payload.actionTitle && payload.command.startsWith("actie ") && /^(?:wijkbot\s+)?(?:en\s+)?(?:staat|is|klopt)\s+(?:ie|hij|het|die|dat|alles)\s+(?:nu\s+|zo\s+|dan\s+)*(?:goed|juist|correct|erin|aangepast|goed zo|in orde)?\s*$/.test(folded) && typed.includes("?")) return { kind: "rerun", rerun: { text: `/actie info ${payload.actionTitle}`, ...(payload.actionId ? { pickActionId: payload.actionId } : {}) } };
  // ("wanneer moest die ook alweer klaar zijn?", "wie is daar ook alweer eigenaar van?" right after a change: a question about that
  // action, answered with how it stands.)
  if (payload.actionTitle && payload.command.startsWith("actie ") && typed.includes("?") && /^(?:wijkbot\s+)?(?:en\s+)?(?:wanneer|wie|hoeveel|wat is|wat was|welke)\b/.test(folded) && /\b(?:die|hij|ie|het|dat|daar|deze)\b/.test(folded) && folded.split(" ").length <= 12 && !lookups.named?.some((n) => n.id !== payload.actionId && (n.quality ?? 9) >= 2)) {
    return { kind: "rerun", rerun: { text: `/actie info ${payload.actionTitle}`, ...(payload.actionId ? { pickActionId: payload.actionId } : {}) } };
  }
  const more = moreCorrections(typed, folded, payload, lookups);
  if (more) return more;
  // ("ik bedoelde het gezonde school vignet van Fatima", two vignets: the one of whom it is said to be.)
  const owner = ownerSaid(folded, lookups);
  const others = lookups.named?.filter((a) => a.id !== payload.actionId && (!owner || owner.ids.includes(a.id)));
  const other = payload.actionId ? others?.[0] : undefined;
  // "en voor de speeltuin: bouwhekken staan er" says something new: not the same change again.
  // ("de geldlessen zijn klaar niet de speeltuin" after klaar: the status just set, said again of the one meant, is no news.)
  const sameStatus = SAME_STATUS_WORDS[payload.command] ?? [];
  const saysMore = other ? !onlyFollowUpWords(owner ? typed.replace(owner.phrase, " ") : typed, lookups.named ?? [], sameStatus) : false;
  const alsoFolded = folded.replace(/^(?:(?:oh|o|ow|ah|en|oja|o ja|top|ja|ok|oke|prima|mooi|super|thanks|dank je)\s+)+(?=(?:en|and)\b)/, "");
  // ("lisa moet er ook op blijven", "nee, erbij bedoel ik, peter blijft ook", "en zet joke er tijdelijk bij", "oh en ik blijf er zelf
  // ook op hoor" right after a new owner: the people named, and the sender for "ik", beside the owners it has now.)
  const keptToo = payload.command === "actie eigenaar" && payload.actionId && payload.actionTitle && lookups.people && lookups.ownersById ? ownersKeptToo(typed, folded, payload.actionId, lookups) : undefined;
  if (keptToo) return { kind: "rerun", rerun: { text: `/actie eigenaar ${payload.actionTitle} ${keptToo.map((n) => `@${n}`).join(" ")}`, pickActionId: payload.actionId } };
  // "Ahmed blijft er wel bij" right after a new owner was set: that person stays an owner too.
  // ("en ik blijf ook eigenaar", "ik blijf er ook op hoor, samen": the sender.)
  const stayed = payload.command === "actie eigenaar" && payload.actionId ? typed.match(/^\s*(?:(?:[Ee]n|[Oo]h?|[Mm]aar|[Nn]ee|[Oo]k)[\s,]+)?(?:@?(\p{Lu}[\p{L}-]+)\s+blijft|[Ii]k\s+blijf)\s+(?:er\s+)?(?:(?:wel|ook|nog|gewoon|zelf)\s+)*(?:bij|eigenaar|mede-eigenaar|op)\b/u) : null;
  // ("oeps, Fatima moet er wel op blijven hoor. Anouk komt erbij": that person stays, said with "moet … blijven".)
  const mustStay = payload.command === "actie eigenaar" && payload.actionId && !stayed ? typed.match(/(?:^|[\s,.!])@?(\p{Lu}[\p{L}-]+)\s+moet\s+(?:er\s+)?(?:(?:wel|ook|gewoon|nog|zeker)\s+)*(?:op|bij|eigenaar)\s+blijven\b/u)?.[1] : undefined;
  const stays = stayed ? (stayed[1] ?? lookups.me) : mustStay;
  if (stays && !new RegExp(`@${stays}\\b`, "i").test(payload.rerun.text)) return { kind: "rerun", rerun: { text: withOwner(payload.rerun.text, stays), pickActionId: payload.actionId } };
  // ("Nee wacht, alleen Daan. Lisa niet." right after owners were set: that one only.)
  const onlyOne = payload.command === "actie eigenaar" && payload.actionId && payload.actionTitle ? typed.match(/(?:^|[\s,.!:])(?:alleen|enkel|only|just)\s+@?(\p{Lu}[\p{L}-]+)\b/u)?.[1] : undefined;
  if (onlyOne && new RegExp(`@${onlyOne}\\b`, "i").test(payload.rerun.text)) return { kind: "rerun", rerun: { text: `/actie eigenaar ${payload.actionTitle} @${onlyOne}`, pickActionId: payload.actionId, correction: true } };
  // ("En Anouk neemt hem van mij over." right after a change to an action: its new owner.)
  const takesIt = payload.actionId && payload.actionTitle && payload.command.startsWith("actie ") && payload.command !== "actie eigenaar" ? typed.match(/^\s*(?:(?:[Ee]n|[Oo]|[Oo]h|[Oo]ja|[Tt]rouwens)[\s,]+)*@?(\p{Lu}[\p{L}-]+)\s+neemt\s+(?:hem|het|die|dat|m|'m)\s+(?:(?:van\s+(?:mij|me|\p{Lu}[\p{L}-]+))\s+)?over\b[\s.!]*$/u)?.[1] : undefined;
  if (takesIt && !/^(Die|Dat|Het|Ik|Hij|Zij|Ze|Jij|Wij|We)$/.test(takesIt)) return { kind: "rerun", rerun: { text: `/actie eigenaar ${payload.actionTitle} @${takesIt}`, pickActionId: payload.actionId } };
  // ("Peter er ook nog bij", "en Anouk ook" right after new owners were set: one more owner.)
  const oneMore = payload.command === "actie eigenaar" && payload.actionId ? typed.match(/^\s*(?:(?:en|o|oh|ook|plus)\s+)?@?(\p{Lu}[\p{L}-]+)\s+(?:(?:er|ook|nog|dan)\s+)*(?:bij|erbij|ook)[\s.!]*$/u)?.[1] : undefined;
  if (oneMore && !/^(Die|Dat|Het|Ik|Hij|Zij|Ze|Jij)$/.test(oneMore) && !new RegExp(`@${oneMore}\\b`, "i").test(payload.rerun.text)) return { kind: "rerun", rerun: { text: withOwner(payload.rerun.text, oneMore), pickActionId: payload.actionId } };
  // ("zet ook de GGD Groningen er als partner bij" right after a change: a partner of that action — a word of another action's
  // name inside the organisation's name does not count.)
  const partnerToo = typed.match(PARTNER_TOO) ?? typed.match(PARTNER_TOO_AFTER);
  // ("zet ze er meteen als partner bij" right after "gesprek met Waterbedrijf Groningen was positief": "ze" is the organisation
  // named just before — that one, or nothing.)
  if (partnerToo && /^(ze|zij|hen|hun|die|dat|het|hem|haar)\b/i.test(partnerToo[1].trim()) && payload.actionId && payload.actionTitle && payload.command.startsWith("actie ")) {
    const namedBefore = [...payload.rerun.text.matchAll(/\b(?:met|van|bij|door|via)\s+(?:de\s+|het\s+)?(\p{Lu}[\p{L}\p{N}&'-]*(?:\s+\p{Lu}[\p{L}\p{N}&'-]*){0,3})/gu)].map((m) => m[1]);
    if (namedBefore.length === 1) return { kind: "rerun", rerun: { text: `/actie partner ${payload.actionTitle}: ${namedBefore[0]}`, pickActionId: payload.actionId } };
    return { kind: "none" };
  }
  if (partnerToo && payload.actionId && payload.actionTitle && payload.command.startsWith("actie ") && !/^(hem|haar|ze|hen|die|dat|het|hun|zij|mij|me|ons)$/i.test(partnerToo[1].trim())) {
    const from = typed.indexOf(partnerToo[1]);
    const to = from + partnerToo[1].length;
    if (!lookups.named?.some((n) => (n.quality ?? 9) >= 2 && n.id !== payload.actionId && !(n.start >= from && n.end <= to))) {
      return { kind: "rerun", rerun: { text: `/actie partner ${payload.actionTitle}: ${partnerToo[1].trim()}`, pickActionId: payload.actionId } };
    }
  }
  // ("en Lisa ook graag, zelfde tijd" right after a reminder for Sanne: the same reminder for Lisa.)
  const alsoFor = payload.command === "herinner" && /^\/herinner (?:@\S+|mij|me) /.test(payload.rerun.text) ? typed.match(/^\s*(?:(?:[Oo]|[Oo]h|[Oo]ja|[Oo] ja|[Aa]h)[\s,]+)?(?:[Ee]n|[Aa]nd|[Oo]ok|[Pp]lus)\s+@?(\p{Lu}[\p{L}-]+)\s+(?:ook|too|erbij)\b/u) : null;
  if (alsoFor && !/^(ik|mij|me)$/i.test(alsoFor[1])) return { kind: "rerun", rerun: { text: payload.rerun.text.replace(/^\/herinner (?:@\S+|mij|me) /, `/herinner @${alsoFor[1]} `) } };
  // ("Kids2b kinderopvang kan er ook bij", "en de GGD ook" right after a partner was added: another partner of the same action.)
  const anotherPartner = payload.command === "actie partner" && payload.actionTitle ? typed.match(/^\s*(?:@?wijkbot[\s,:]*)?(?:(?:en|o|oh|ook|plus)\s+)*(?:de\s+|het\s+)?(\p{Lu}[\p{L}\p{N}&'.-]*(?:\s+[\p{L}\p{N}&'.-]+){0,4}?)\s+(?:kan er ook bij|mag er ook bij|kan er nog bij|mag er nog bij|ook|ook nog|nog|erbij|er nog bij|doet ook mee|ook graag|too)(?:\s*,\s*(?:die|zij|ze|they|who)\s+\S.*)?[\s.!]*$/u)?.[1] : undefined;
  if (anotherPartner && payload.actionTitle && !/^(ik|mij|me|die|dat|het|deze)$/i.test(anotherPartner)) return { kind: "rerun", rerun: { text: `/actie partner ${payload.actionTitle}: ${anotherPartner}`, pickActionId: payload.actionId } };
  if (payload.actionId && ALSO.test(alsoFolded)) {
    // "en Daan ook" after an owner change: Daan added.
    // ("en ikzelf ook": the sender.)
    const person =
      payload.command === "actie eigenaar"
        ? ([...typed.matchAll(/(?:^|\s)@?(\p{Lu}[\p{L}-]+)/gu)].map((m) => m[1]).find((name) => !/^(en|ook|zelfde|hetzelfde|and|plus|idem|ik|ikzelf|mij|mijzelf|mezelf|me|myself|i)$/i.test(name)) ?? (SELF.test(folded.replace(/\b(?:bedoel(?:de)? ik|ik bedoel(?:de)?)\b/g, " ")) ? lookups.me : undefined))
        : undefined;
    if (person && !other && !new RegExp(`@${person}\\b`, "i").test(payload.rerun.text)) {
      return { kind: "rerun", rerun: { text: withOwner(payload.rerun.text, person), pickActionId: payload.actionId } };
    }
    if (other && !saysMore) return { kind: "rerun", rerun: { text: payload.rerun.text, pickActionId: other.id } };
    // ("en die andere ook", "die andere van mij ook maar" right after a change: the same for another action, not named — which
    // one? The next message names it, and the same change is made to it.)
    const title = payload.actionTitle;
    if (!other && lookups.named && !lookups.named.length && title && payload.command.startsWith("actie ") && payload.command !== "actie info" && /^(?:(?:en|ook|and)\s+)?(?:die|de|dat|het|the)\s+(?:andere|ander|overige|other one|other)\b(?:\s+(?:van mij|van me|ook|nog|maar|dan|graag|too|as well))*$/.test(alsoFolded.replace(/[.!]+$/, ""))) {
      // (What followed the action's name: found by its title, else after a colon, else a date at the end of a deadline.)
      const said = payload.rerun.text.startsWith(`/${payload.command} `) ? payload.rerun.text.slice(payload.command.length + 2) : undefined;
      const at = said ? said.indexOf(title) : -1;
      const phrase = said && at < 0 && payload.command === "actie deadline" ? datePhraseIn(said, now) : undefined;
      const then = !said ? undefined : at === 0 ? said.slice(title.length) : said.includes(":") ? said.slice(said.indexOf(":")) : phrase && said.endsWith(phrase) ? ` ${phrase}` : /^actie (klaar|bezig|stop|parkeer)$/.test(payload.command) ? "" : undefined;
      if (then !== undefined) {
        return { kind: "ask", key: "followUp.whichOther", save: { kind: "need-action", rerun: { text: `/${payload.command}` }, command: payload.command, ...(then.trim() ? { then } : {}) } };
      }
    }
    // "en ook Jeugdgezondheidszorg Groningen" after a partner was added: a second partner of the same action.
    if (payload.command === "actie partner" && payload.actionTitle && !other) {
      const name = typed
        .replace(/^[^\p{L}]*(?:(?:oh|o|en|ook|and|also|plus|top|ja|ok|oke|prima|mooi|super)[^\p{L}]+)+/iu, "")
        .replace(/^(?:de|het|the)\s+/i, "")
        .replace(/(?:[\s,]+(?:ook|nog|too|as well|erbij|als partner|graag|aub|pls|please))+[\s.!]*$/i, "")
        .replace(/[.!]+$/, "")
        .trim();
      if (/^\p{Lu}/u.test(name) && name.split(/\s+/).length <= 5) return { kind: "rerun", rerun: { text: `/actie partner ${payload.actionTitle}: ${name}`, pickActionId: payload.actionId } };
    }
  }
  // ("en ouderbetrokkenheid een maandje later" right after another action's deadline: later than its own deadline, or than the
  // date just set? Shown first. "en die andere avond ook een week later": which one? Asked.)
  const shiftSaid = payload.command === "actie deadline" ? folded.replace(/\bweekje\b/g, "week").replace(/\bmaandje\b/g, "maand").replace(/\bdagje\b/g, "dag").match(/\b((?:een|1|twee|2|drie|3|vier|4|paar) (?:dag|dagen|week|weken|maand|maanden) (?:later|eerder))\b/)?.[1] : undefined;
  const otherNamed = shiftSaid && lookups.named ? lookups.named.filter((n) => n.id !== payload.actionId && (n.quality ?? 9) >= 2) : [];
  if (shiftSaid && otherNamed.length === 1) {
    const command = `/actie deadline ${otherNamed[0].title}: ${shiftSaid}`;
    return { kind: "ask", key: "understand.confirm", vars: { what: command }, save: { kind: "confirm", rerun: { text: command, pickActionId: otherNamed[0].id } } };
  }
  if (shiftSaid && lookups.named && !otherNamed.length && /\b(?:die|de|dat|het) (?:andere|ander)\b/.test(folded)) {
    return { kind: "ask", key: "followUp.whichOther", save: { kind: "need-action", rerun: { text: "/actie deadline" }, command: "actie deadline", then: ` ${shiftSaid}` } };
  }
  // "zet hem toch maar een weekje later" right after a deadline change: that much later than the date just set.
  const later = payload.command === "actie deadline" && payload.actionId ? folded.replace(/\bde (week|dag|maand) (?:erna|daarna|daarop|after)\b/g, "een $1 later").replace(/\bthe (week|day|month) after\b/g, "a $1 later").replace(/\bweekje\b/g, "week").replace(/\bdagje\b/g, "dag").replace(/\bmaandje\b/g, "maand")
    // ("actually a week earlier pls": the same in English.)
    .replace(/\b(?:a|an|one)\s+(?=(?:day|week|month)\b)/g, "een ").replace(/\bweeks\b/g, "weken").replace(/\bweek\b/g, "week").replace(/\bdays?\b/g, (d) => (d === "day" ? "dag" : "dagen")).replace(/\bmonths?\b/g, (m) => (m === "month" ? "maand" : "maanden")).replace(/\bearlier\b/g, "eerder").replace(/^(?:actually|eigenlijk|make it|maybe)\s+/, "").replace(/\s+(?:pls|please|plz|thx|thanks)$/, "")
    .match(/^(?:(?:wijkbot|wacht|sorry|oeps|ach|och|oh|o|nee|neen|hmm|zet|doe|maak|toch|maar|dan|hem|het|er|die|nog|kan|mag|ook|liever|eigenlijk)\s+)*((?:een|1|twee|2|drie|3|vier|4|paar) (?:dag|dagen|week|weken|maand|maanden) (?:later|eerder))(?: (?:van|graag|aub|dan|ook|toch|maar))*$/) : null;
  if (later && payload.actionTitle) return { kind: "rerun", rerun: { text: `/actie deadline ${payload.actionTitle}: ${later[1]}`, pickActionId: payload.actionId } };
  // "zet m toch maar op eind februari" right after a deadline change: that date instead — a correction.
  const setTo = payload.command === "actie deadline" && payload.actionId && !lookups.named?.some((n) => n.id !== payload.actionId && (n.quality ?? 9) >= 2)
    ? typed.match(/^\s*(?:(?:nee|oh|o|ach|och|hmm|toch|maar|dan)[\s,]+)*(?:zet|doe|maak)\s+(?:m|'m|em|hem|het|die|dat)\s+(?:(?:toch|maar|dan|liever|gewoon|eigenlijk|even)\s+)*(?:op|naar)\s+(.{3,40}?)[\s.!]*$/i)?.[1] ??
      // ("oh wacht, maak er 6 maart van", "dat wordt 6 maart, niet 13 feb": the same, in other words.)
      typed.match(/^\s*(?:(?:nee|oh|o|ach|och|hmm|wacht|sorry|toch|maar|dan)[\s,!.]+)*maak\s+(?:er|het|dat)\s+(?:(?:toch|maar|dan|liever|gewoon|eigenlijk|even)\s+)*(.{3,30}?)\s+van[\s.!]*$/i)?.[1] ??
      typed.match(/^\s*(?:(?:nee|oh|o|ach|och|hmm|wacht|sorry|toch|maar)[\s,!.]+)*(?:dat|het|die)\s+wordt\s+(?:(?:toch|dan|eigenlijk|gewoon)\s+)*(.{3,30}?)(?:\s*,?\s*(?:niet|ipv|in plaats van)\s+[^,.;!?]{2,20})?[\s.!]*$/i)?.[1]
    : undefined;
  if (setTo && resolveDate(setTo, now).kind !== "unreadable") return { kind: "rerun", rerun: { text: payload.rerun.text, pickActionId: payload.actionId, datePhrase: setTo, correction: true } };
  // ("nee eind november is realistischer", "na de kerstvakantie is beter eigenlijk", "sorry, make that the 22nd" right after a
  // deadline change: that date instead — a correction.)
  const judged = payload.command === "actie deadline" && payload.actionId && !typed.includes("?") && /\b(beter|realistischer|haalbaarder|handiger|fijner|makkelijker|logischer|better|realistic|make that|make it)\b/i.test(typed) && !lookups.named?.some((n) => n.id !== payload.actionId && (n.quality ?? 9) >= 2)
    ? typed
        .replace(/^\s*(?:(?:sorry|sry|nee|neen|oh|o|hm+|wacht|eigenlijk|toch|actually|no)[\s,.!]+)*(?:make (?:that|it)\s+|maak (?:er|het|dat) (?:maar |dan |liever |toch )*)?/i, "")
        .replace(/\s+(?:is|lijkt me|lijkt mij|zou|wordt|would be)\s+(?:(?:wel|toch|eigenlijk|veel|nog|iets|een stuk|more|much)\s+)*(?:beter|realistischer|haalbaarder|handiger|fijner|makkelijker|logischer|better|more realistic)\b.*$/i, "")
        .replace(/(?:[\s,]+(?:eigenlijk|dan|graag|toch|liever|please|instead|van|hoor))+[\s.!]*$/i, "")
        .trim()
    : "";
  // ("make that the 22nd" after "15 maart": the day of the same month.)
  const dayOnly = judged.match(/^(?:de |the )?(\d{1,2})(?:e|ste|de|st|nd|rd|th)?$/i)?.[1];
  const monthWas = dayOnly ? payload.rerun.text.match(/\b(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b/i)?.[1] : undefined;
  const judgedPhrase = dayOnly ? (monthWas ? `${dayOnly} ${monthWas}` : undefined) : judged && judged.split(/\s+/).length <= 5 ? datePhraseIn(judged, now) : undefined;
  if (judgedPhrase && (dayOnly || fold(judged.replace(judgedPhrase, " ")).split(" ").filter((x) => x && !/^(de|het|op|naar|the|on|to)$/.test(x)).length === 0) && judged !== typed.trim()) {
    return { kind: "rerun", rerun: { text: payload.rerun.text, pickActionId: payload.actionId, datePhrase: judgedPhrase, correction: true } };
  }
  // "titel moet zijn burenhulp hoogbouw", "noem hem Leesclub bieb" right after a change: that action's new name.
  const renamed = payload.actionId && payload.actionTitle && payload.command !== "actie hernoem"
    ? typed.match(/^\s*(?:(?:o|oh|en|nee|sorry|oeps|ow)[\s,]+)*(?:(?:de |het )?(?:titel|naam)(?: van (?:de actie|die actie|het|hem|de nieuwe))?\s+(?:moet|mag|wordt|moest|is)(?:\s+(?:zijn|worden|eigenlijk|toch))*|noem (?:hem|het|die|m|'m|em)(?:\s+(?:maar|liever|toch|even))*|rename (?:it )?to)[\s:]+["“']?(\S[^"”']{2,60}?)["”']?[\s.!]*$/i)?.[1]
    : undefined;
  if (renamed && !/^(zijn|worden|anders|korter|langer)$/i.test(renamed)) return { kind: "rerun", rerun: { text: `/actie hernoem ${payload.actionTitle} naar ${renamed}`, pickActionId: payload.actionId } };
  // "oh en eigenaar erbij: Anouk", "en het bereik is nu 30": another field of the same action — read as said of it.
  const field = typed.replace(/^(?:(?:o ja|oh ja|oja|ohja|oh|o|ja|en|ook|trouwens|btw|vergeten te zeggen|vergat te zeggen|nog vergeten)\b[\s,:]*)+/i, "");
  // (A word of the action's own name in it — "de tweede school" after "Veilig naar school" — names no other action.)
  const ownSpans = (lookups.named ?? []).filter((n) => n.id === payload.actionId);
  // ("pijler vreedzaam en ahmed is eigenaar": a pillar's name after "pijler" names no action.)
  const pillarSaid = (n: { start: number; end: number }) => /\bpijler\s*:?\s*$/i.test(typed.slice(Math.max(0, n.start - 10), n.start)) && (lookups.pillars ?? []).some((p) => fold(p) === fold(typed.slice(n.start, n.end)));
  if (lookups.named && !lookups.named.some((n) => n.id !== payload.actionId && !ownSpans.some((o) => o.start === n.start && o.end === n.end) && !pillarSaid(n)) && payload.actionId && payload.actionTitle && (FIELD_WORDS.test(fold(field)) || (payload.command !== "actie deadline" && /\b(deadline|einddatum)\b/.test(fold(field)) && Boolean(findDatePhrase(field, now)))) && !CORRECTION_START.test(folded) && field.length >= 4) {
    // (Its name typed again in front is not said twice.)
    const namedFirst = ownSpans.some((o) => o.start <= typed.length - field.length + 1);
    return { kind: "read-as", text: namedFirst ? field : `${payload.actionTitle} ${field}` };
  }
  // "Lisa helpt mee, zet haar er ook bij": a second owner of the action just changed.
  const helper = /\b(zet|doe) (haar|hem|ze|die|hen) (er )?(ook |nog )?bij\b|\bhelpt (ook )?mee\b/.test(folded) ? [...typed.matchAll(/(?:^|\s)@?(\p{Lu}[\p{L}-]+)/gu)].map((m) => m[1]).find((name) => !/^(Zet|Doe|En|Ook|Oh|O|Die|De|Het|Ik|Wijkbot)$/.test(name)) : undefined;
  if (helper && lookups.named && !lookups.named.length && payload.actionTitle) return { kind: "read-as", text: `${payload.actionTitle} eigenaar erbij: ${helper}` };
  // "o ja, er waren 9 ouders met hun baby" right after a change: an afterthought about that action, kept as its note
  // (only once it is known that no other action is named in it).
  const aside = typed.match(ASIDE);
  // ("en daarbij 8 kinderen bijgekomen", "en nog 3 ouders extra, totaal nu 43": a count for the action just changed.)
  // ("o ja, er zijn ook 6 kinderen bijgekomen": the same, said as an afterthought.)
  // ("o ja, er waren 9 ouders met hun baby" is how one occasion went — a note, below.)
  // ("oja en zet m ook op 20 kinderen": the same after "o ja".)
  if (payload.actionTitle && (/^(?:(?:o ja|oja|oh ja|ohja|o|oh|trouwens|btw)\s+)*(?:en|daarbij|plus)\b/.test(folded) || (/^(?:(?:o ja|oja|oh ja|ohja|o|oh|trouwens|btw)\s+)*(?:en\s+)?er (?:zijn|kwamen|komen)\b/.test(folded) && /\b(bijgekomen|bij gekomen|erbij|extra|totaal|bereikt)\b/.test(folded))) && /\d/.test(folded) && /\b(bijgekomen|bij gekomen|erbij|extra|totaal|bereikt|kinderen|ouders|jongeren|deelnemers|gezinnen)\b/.test(folded) && lookups.named && !lookups.named.some((n) => (n.quality ?? 9) >= 2)) {
    return { kind: "read-as", text: `${payload.actionTitle} ${typed.replace(/^\s*(?:@?wijkbot[\s,:]*)?(?:(?:o ja|oja|oh ja|ohja|o|oh|btw|en|ook|daarbij|plus|trouwens)\b[\s,]*)+/i, "")}` };
  }
  // ("oja en de ggd deed ook mee": an organisation that took part is a partner — read with the action's name, shown first.)
  if (aside && payload.actionTitle && lookups.named && !lookups.named.some((n) => (n.quality ?? 9) >= 4) && /\b(doe[nt]|deed|deden|helpt|hielp|hielpen|werkt|werkte|werkten) (\w+ ){0,3}mee\b|\b(sluit|sluiten|sloot|sloten) (\w+ ){0,2}aan\b|\b(partner|sponsor\w*)\b/.test(fold(aside[1]))) {
    return { kind: "read-as", text: `${payload.actionTitle}: ${aside[1].trim()}` };
  }
  // ("oja youssef trekt die zaalvoetbal ook mee" right after a new action: one more owner — read with the action's name, shown
  // first.)
  const asideFolded = aside ? fold(aside[1]) : "";
  // ("oja en Esther ook" right after a new action or its owners: one more owner, read with the action's name, shown first.)
  const alsoPerson = asideFolded.match(/^(?:en\s+)?(\p{L}+)(?:\s+(?:er|d'r))?\s+ook(?:\s+(?:erbij|bij|nog|graag|aub))*$/u);
  const alsoName = alsoPerson ? lookups.people?.find((n) => fold(n).split(" ")[0] === alsoPerson[1]) : undefined;
  if (alsoName && payload.actionTitle && /^actie (nieuw|eigenaar)$/.test(payload.command)) {
    return { kind: "read-as", text: `${payload.actionTitle}: ${alsoName.split(" ")[0]} wordt ook eigenaar` };
  }
  if (aside && payload.actionTitle && payload.command.startsWith("actie ") && /^(?!(?:de|het|die|dat|er|we|wij|ze|zij|hij|iedereen|alle|allemaal|kinderen|ouders|jongeren|school|gemeente)\b)\p{L}+ (?:trekt (?:\S+ ){0,4}(?:ook |samen )?mee|wordt (?:ook |mede )?(?:mede ?)?eigenaar|is (?:ook )?(?:mede ?)?eigenaar)\b/u.test(asideFolded)) {
    return { kind: "read-as", text: `${payload.actionTitle}: ${aside[1].trim()}` };
  }
  if (aside && payload.actionId && payload.command.startsWith("actie ") && lookups.named && !lookups.named.some((n) => (n.quality ?? 9) >= 4) && !STATUS_WORDS.some((s) => s.pattern.test(fold(aside[1]))) && fold(aside[1]).split(" ").length >= 3) {
    return { kind: "rerun", rerun: { text: `/actie update ${payload.actionTitle ?? ""}: ${aside[1].trim()}`, pickActionId: payload.actionId } };
  }
  // ("laat maar, ik doe het morgen zelf wel" right after a reminder or a change: perhaps taken back — asked, never done. A bare
  // "laat maar" answers nothing that was asked: nothing.)
  if (/^(?:(?:hm+|oh|o|ach|nee|ok|oke)\s+)*laat (?:maar|ook maar|het maar)\s+\S/.test(folded) && !/\d/.test(folded) && !lookups.named?.some((n) => (n.quality ?? 9) >= 2)) {
    return { kind: "ask", key: "followUp.undoAsk", save: { kind: "confirm", rerun: { text: "/ongedaan" } } };
  }
  // ("verkeerde persoon, Ahmed" right after an owner was set: that person instead — not a message sent to the wrong person.)
  const personMeant = payload.command === "actie eigenaar" && payload.actionId ? typed.match(/^(?:(?:oeps|sorry|oh|o)[\s,]+)*(?:verkeerde|foute|wrong)\s+(?:persoon|naam|eigenaar|person)[\s,:!.-]+(?:(?:moet|moest|had|is)\s+)?(?:zijn\s+)?@?(\p{Lu}[\p{L}-]+)[\s.!]*$/u)?.[1] : undefined;
  const personText = personMeant ? withPersonNamed(ownersMarked(payload.rerun.text), personMeant) : undefined;
  if (personText) return { kind: "rerun", rerun: { text: personText, pickActionId: payload.actionId, correction: true } };
  // "vergeet wat ik zei", "negeer mijn vorige bericht", "haal die update maar weer weg", "sorry verkeerde chat", "die hoort
  // niet bij de moestuin", "scratch that": the change just made taken back in other words — asked first, never done at once.
  // ("oeps verkeerd getal, zet het terug zoals het was": said outright — undone at once, below.)
  if (TAKE_BACK.test(folded) && !/\b(zet|draai)\b.*\bterug\b|\bterug zoals\b/.test(folded) && !lookups.named?.some((n) => n.id !== payload.actionId && (n.quality ?? 9) >= 2)) {
    return { kind: "ask", key: "followUp.undoAsk", save: { kind: "confirm", rerun: { text: "/ongedaan" } } };
  }
  // "wacht, dat klopt niet": which part? Offer to undo it.
  if (/^(?:(?:wacht|hm+|eh+m?|oeps|nee+)\s+)*(?:dat |dit |het |die )?(?:klopt( helemaal| echt)? niet|is (?:niet goed|fout|verkeerd)|was (?:niet goed|fout|verkeerd)|niet goed|fout|verkeerd)$/.test(folded)) {
    return { kind: "ask", key: "followUp.undoAsk", save: { kind: "confirm", rerun: { text: "/ongedaan" } } };
  }
  // "doe maar twee weken" after "een week later": the same shift, that long instead.
  const shift = folded.match(/^(?:(?:nee|doe|maak er|maak|liever|toch|dan|maar)\s+)*(een|1|twee|2|drie|3|vier|4|vijf|5|zes|6|\d{1,2}) (dag|dagen|week|weken|maand|maanden)(?: later| eerder)?(?: dan| van| graag)?$/);
  const shifted = payload.command === "actie deadline" ? payload.rerun.text.match(SHIFT_AT_END) : null;
  const instead = shift && shifted ? readShift(`${shift[1]} ${shift[2]} ${shifted[2]}`) : undefined;
  if (instead && shifted && payload.actionId) {
    return { kind: "rerun", rerun: { text: `${payload.rerun.text.slice(0, shifted.index)}${instead}`, pickActionId: payload.actionId, undoFirst: true } };
  }
  // "oops, it was Lidl not Jumbo" right after a partner was added: that one instead (the other taken back first).
  const partnerSaid = payload.command === "actie partner" && payload.actionTitle && !other && (CORRECTION_START.test(folded) || CORRECTION_END.test(folded) || /\b(it was|het was|het is|it s|moest)\b/.test(folded)) ? partnerNamedIn(typed) : undefined;
  if (partnerSaid) return { kind: "rerun", rerun: { text: `/actie partner ${payload.actionTitle}: ${partnerSaid}`, pickActionId: payload.actionId, undoFirst: true, correction: true } };
  // ("die hoort bij het wijkplan jonge kind, niet bij huiswerk": where it belongs, and where not.)
  const markedWrong = CORRECTION_START.test(folded) || CORRECTION_END.test(folded) || OTHER_ONE.test(folded) || WRONG_ONE.test(folded) || BELONGS_ELSEWHERE.test(folded);
  // ("hm verkeerde actie, dat moest Geldlessen zijn. Financiële educatie mag terug naar hoe het was": the one meant, and the first
  // back as it was — which is what doing it for the one meant does.)
  if (other && markedWrong && saysMore && /\b(moest|moet|bedoel\w*|meant)\b/.test(folded) && /\b(?:(?:mag|kan|moet|zet)\s+(?:\w+\s+){0,2}terug|terug (?:naar )?(?:hoe|zoals) het was|terugzetten|blijft zoals het was)\b/.test(folded)) {
    return { kind: "rerun", rerun: { text: payload.rerun.text, pickActionId: other.id, undoFirst: true } };
  }
  if (other && markedWrong && !saysMore) {
    // ("niet die, ik bedoelde de moestuin" with two moestuinen, neither clearly meant: the command looks for that name and asks.)
    const tied = others!.filter((a) => a.start === other.start && (a.quality ?? 9) === (other.quality ?? 9));
    const asNamed = tied.length > 1 ? withActionName(payload.rerun.text, payload.command, typed.slice(other.start, other.end)) : undefined;
    if (asNamed) return { kind: "rerun", rerun: { text: asNamed, undoFirst: true } };
    return { kind: "rerun", rerun: { text: payload.rerun.text, pickActionId: other.id, undoFirst: true } };
  }
  // ("oh wacht, 160" right after a reach, "toch maar 15 maart, …" after a deadline: a figure or date after "wacht",
  // "toch", "liever" corrects it too — short, or for a deadline a date that reads as one, perhaps with why.)
  // ("was 300 euro", "het is eigenlijk 35" right after an amount or a count: what it was, said instead.)
  // ("eigenlijk was het 80 euro": the same, a few words longer.)
  const wasSaid = /^actie (bereik|budget)$/.test(payload.command) && /^(?:(?:oh|o|nee|sorry|wacht|eigenlijk|oeps|ai|sorry)\s+)*(?:(?:het|dat)\s+)?(?:was|is)\s+(?:(?:het|dat|eigenlijk|toch|maar|wel)\s+)*(?:eur |euro )?\d+(?:\s+(?:euro|eur|kinderen|ouders|jongeren|deelnemers))?(?:\s+(?:niet|not|ipv)\s+\d+(?:\s+(?:euro|eur))?)?$/.test(folded);
  const waited = /^actie (bereik|budget|deadline)$/.test(payload.command) && (wasSaid || ((WAIT_START.test(folded) || (/^actie (bereik|budget)$/.test(payload.command) && /^(?:(?:oh|o|nee|sorry|wacht)\s+)*(?:het |dat )?(?:was|is) (?:eigenlijk |toch |maar |wel )?(?:eur |euro )?\d/.test(folded))) && (stripCorrection(typed).split(/\s+/).length <= 3 || payload.command === "actie deadline")));
  // ("1 mei ipv 1 maart", "moet 1 april zijn, zo afgesproken": what it should be, said in the middle.)
  // ("Excuses, dat had 24 april moeten zijn.", "niet 16. 23.": likewise.)
  const saidInstead = /\b(ipv|i p v|in plaats van|instead of)\b/.test(folded) || /^(?:(?:wacht|oh|o|nee|sorry|excuses|oeps|laat maar|hm+|ok|oke|dus)[\s,]+)*(?:dat |het |die )?(?:moet|moest|had) \S.{0,30}? (?:moeten )?(?:zijn|worden)\b/.test(folded) || /^niet (?:de )?\d{1,2}(?:e|de|ste)? (?:maar )?(?:de )?\d{1,2}(?:e|de|ste)?$/.test(folded);
  // ("maak er 55 van" right after a reach or an amount: that number instead.)
  const madeOf = /^actie (bereik|budget)$/.test(payload.command) && /^(?:(?:nee|oh|o|sorry|oeps|oei|wacht|hm+)[\s,]+)*maak (?:er|het|dat) (?:(?:maar|dan|toch|liever|even)\s+)*(?:eur |euro )?\d[\d.,]*k?(?: euro)? van[\s.!]*$/.test(folded);
  // ("14 😅" right after a reach of 12: a number alone, right after a count or an amount, is the one meant.)
  // (Only with a sign of the slip — "14 😅", "14 🙈" — a bare number alone may be said to someone else.)
  const bareFigure = /^actie (bereik|budget)$/.test(payload.command) && /^(?:eur |euro )?\d[\d.,]*k?(?: euro)?$/.test(folded) && /[😅🙈🤦🙃😬]/u.test(lookups.raw ?? "") && !/\bvan\b/.test(payload.rerun.text.replace(/^\/actie \S+ /, ""));
  // ("ehm 27e bedoel ik, de vrijdag": what was meant, then more after a comma.)
  const meantMid = /^(?:(?:oh|o|ah|eh+m?|hm+|nee|sorry|sry|wacht)\s+)*\S+(?:\s+\S+){0,2}\s+(?:bedoel(?:de)? ik|i mean|i meant)\s*[,;.]\s*\S/.test(typed.toLowerCase());
  const marked = CORRECTION_START.test(folded) || CORRECTION_END.test(folded) || meantMid || waited || saidInstead || madeOf || bareFigure;
  if (!marked || !payload.actionId) return looseCorrection(typed, folded, payload, now, lookups) ?? { kind: "none" };
  if (OTHER_ONE.test(folded)) {
    if (payload.alternatives?.length !== 1) {
      return { kind: "ask", key: "followUp.whichOther", save: { kind: "need-action", rerun: { text: `/${payload.command}`, undoFirst: true }, command: payload.command } };
    }
    return { kind: "rerun", rerun: { text: payload.rerun.text, pickActionId: payload.alternatives[0], undoFirst: true } };
  }
  const rest = stripCorrection(typed);
  // ("1 mei ipv 1 maart", "16, niet 14": the value said, without what it was instead of.)
  let value = rest
    // ("het bedrag is € 1.250 excl. btw, niet € 1.520.": the amount it was, with its dots, is not the value.)
    .replace(/[\s,]+(?:niet|not|ipv|in plaats van|instead of)\s+€?\s*\d[\d.,]*k?(?:\s*euro)?[.!]*$/i, "")
    .replace(/^(\S.*?)(?:[\s,]+(?:ipv|i\.\s?p\.\s?v\.?|in plaats van|instead of)|\s*,\s*(?:niet|not))\s+[^,;.!?]{1,30}[.!]*$/i, "$1")
    // ("sorry 15 was vorige week, nu zijn het er 17": what it is now.)
    .replace(/^.*?[,;]\s*(?:maar\s+)?(?:nu|inmiddels|intussen|now)\s+(?:zijn het er|zijn er|is het|zijn het|staat het op|staan we op|zitten we op|it s|it is|we re at)\s+(€?\s*\d[\d.,]*)[\s.!]*$/i, "$1")
    // ("dat had 24 april moeten zijn", "moet Daan zijn": the value inside the words that say it is meant.)
    .replace(/^(?:(?:excuses|sorry|oeps|nee|wacht)[\s,]+)*(?:dat |het |die )?(?:moet|moest|had)\s+(.+?)\s+(?:moeten\s+)?(?:zijn|worden|wezen)[\s.!]*$/i, "$1")
    // ("sorry typo — should be the 26th": the same in English.)
    .replace(/^(?:(?:sorry|typo|oops|my bad|correction|wrong (?:date|number|amount|one))[\s,:—–-]*)*(?:it\s+)?should\s+(?:be|have been)\s+(.+?)[\s.!]*$/i, "$1")
    // ("niet 16. 23.": the day after the one it is not.)
    .replace(/^(?:niet\s+)?(?:de\s+)?\d{1,2}(?:e|de|ste)?[.,!]+\s+(?:maar\s+)?((?:de\s+)?\d{1,2}(?:e|de|ste)?)[.!]*$/i, (all, day: string) => (/^niet\b/.test(folded) ? day : all));
  // "nee sorry, Esther bedoelde ik" after an owner change: the person named instead of the one just set.
  // (Typed without "@" — "/actie eigenaar voorlees Lisa" — the last word was the person.)
  const ownerCommand = payload.command === "actie eigenaar" ? ownersMarked(payload.rerun.text) : payload.rerun.text;
  // ("nee alleen Lisa" right after two owners were set: Lisa alone.)
  const onlyOwner = payload.command === "actie eigenaar" && payload.actionTitle ? rest.match(/^(?:alleen|enkel|only|just)\s+@?(\p{L}[\p{L}-]+)[\s.!]*$/iu)?.[1] : undefined;
  if (onlyOwner && payload.actionTitle) {
    const name = /^\p{Ll}/u.test(onlyOwner) ? `${onlyOwner.charAt(0).toUpperCase()}${onlyOwner.slice(1)}` : onlyOwner;
    return { kind: "rerun", rerun: { text: `/actie eigenaar ${payload.actionTitle}: @${name}`, pickActionId: payload.actionId, correction: true } };
  }
  if (payload.command === "actie eigenaar" && /@[\p{L}]/u.test(ownerCommand)) {
    // ("oeps Lisa moest Peter zijn": the one after "moest" is meant; "nee niet lisa, daan": the one after the comma.)
    const meant = typed.match(/\b(?:niet|not)\s+@?\p{L}[\p{L}-]*\s*,?\s+(?:maar|but)\s+@?(\p{L}[\p{L}-]*)/iu)?.[1] ?? rest.match(/^\S+\s+(?:moest|moet|had|hoort)\s+(?:\w+\s+)?(\S+)\s+(?:zijn|wezen|te zijn)$/i)?.[1] ?? typed.match(/\b(?:niet|not)\s+@?\S+\s*[,;:]\s*(?:maar\s+|but\s+)?@?([\p{L}-]+)[\s.!]*$/iu)?.[1] ?? value;
    // (A single name typed in lower case is still a name: "daan".)
    const named = /^\p{Ll}[\p{L}-]+$/u.test(meant) ? `${meant.charAt(0).toUpperCase()}${meant.slice(1)}` : meant;
    const text = named.split(/\s+/).length <= 3 ? withPersonNamed(ownerCommand, named) : undefined;
    if (text) return { kind: "rerun", rerun: { text, pickActionId: payload.actionId, correction: true } };
  }
  // "nee wacht, 19 maart. de gymzaal is dan pas vrij": the date, then why — the why kept as a note.
  const dateThenWhy = payload.command === "actie deadline" && payload.actionTitle ? rest.match(/^([^.,;!?]{3,30}?)\s*[.,;!]+\s*(.{6,})$/) : null;
  if (dateThenWhy && resolveDate(dateThenWhy[1], now).kind !== "unreadable" && !SHIFT_AT_END.test(payload.rerun.text)) {
    const note = dateThenWhy[2].trim().replace(/^(want|omdat|ivm)\s+/i, "");
    // ("27e bedoel ik, de vrijdag": the weekday of the date said again is no news.)
    if (/^(?:(?:dus|de|een|op|dat is|is)\s+)*(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:dus|toch|he|hè|so))?[\s.!]*$/i.test(note)) return { kind: "rerun", rerun: { text: payload.rerun.text, pickActionId: payload.actionId, datePhrase: dateThenWhy[1].trim(), correction: true } };
    // ("ik bedoelde maart, 12 maart": the second date says the first more precisely — that date, no note.)
    const sharper = note.replace(/[.!]+$/, "").trim();
    if (sharper.split(/\s+/).length <= 4 && resolveDate(sharper, now).kind !== "unreadable" && /\d/.test(sharper)) return { kind: "rerun", rerun: { text: payload.rerun.text, pickActionId: payload.actionId, datePhrase: sharper, correction: true } };
    // ("ehm nee, 27 maart, Peter zei net iets anders", "…, had me vergist": why the date was wrong is about the message, not
    // news about the action — the date alone.)
    // ("…, Peter zei dat de gymzaal dan pas vrij is" says why about the action: kept.)
    // ("ik bedoelde twee weken later, niet een": what it is not is no news either.)
    if ((ABOUT_THE_MISTAKE.test(fold(note)) && !/\b(dat|omdat|want|that|because)\b/.test(fold(note))) || /^(?:niet|not)\s+[^,;.!?]{1,20}?[.!]*$/i.test(note)) return { kind: "rerun", rerun: { text: payload.rerun.text, pickActionId: payload.actionId, datePhrase: dateThenWhy[1].trim(), correction: true } };
    // ("hmm moest 13 maart zijn. en zet Joke er ook bij als eigenaar": a second owner asked for, not news — added to those there
    // are (looked up first).)
    // ("moet 16 maart zijn, en Veilig Verkeer Nederland doet ook mee", "…, en Bureau Halt schuift ook aan als partner": a partner
    // that joins, said after the date — the date, then that partner.)
    const partnerToo = note.match(/^(?:en\s+)?(?:de\s+|het\s+)?(\p{Lu}[\p{L}\p{N}&'.-]*(?:\s+[\p{L}\p{N}&'.-]+){0,4}?)\s+(?:doet|doen|schuift|schuiven|sluit|sluiten|komt|komen)\s+(?:(?:ook|nu|er|vanaf nu|voortaan)\s+)*(?:mee|aan|bij)(?:\s+(?:als\s+)?partner)?[\s.!]*$|^(?:en\s+)?(?:de\s+|het\s+)?(\p{Lu}[\p{L}\p{N}&'.-]*(?:\s+[\p{L}\p{N}&'.-]+){0,4}?)\s+(?:is|wordt)\s+(?:(?:ook|nu)\s+)*partner[\s.!]*$/u);
    const joining = partnerToo ? (partnerToo[1] ?? partnerToo[2]) : undefined;
    // (A name of one word may be a person of the wijk — "en Ahmed doet ook mee" — and is left to the reading afresh.)
    const organisation = joining && (joining.split(/\s+/).length >= 2 || /(?:stichting|vereniging|bureau|bedrijf|college|club|fonds|bank|bibliotheek|gemeente|ggd|politie|school|opvang|praktijk|centrum)/i.test(joining));
    if (joining && organisation && payload.actionId) {
      return { kind: "rerun", rerun: { text: payload.rerun.text, pickActionId: payload.actionId, datePhrase: dateThenWhy[1].trim(), correction: true, then: [{ text: `/actie partner ${payload.actionTitle}: ${joining}`, pickActionId: payload.actionId }] } };
    }
    const ownerToo = note.match(/^(?:en\s+)?(?:zet\s+)?@?(\p{Lu}[\p{L}-]+)\s+(?:er\s+)?(?:ook\s+|nog\s+)*(?:bij\s+)?(?:als\s+)?(?:mede-?)?eigenaar(?:\s+erbij)?[\s.!]*$/u);
    if (ownerToo && payload.actionId) {
      const owners = lookups.ownersById?.[payload.actionId];
      if (!owners) return { kind: "none" };
      const people = [...new Set([...owners, ownerToo[1]])].map((n) => `@${n}`).join(" ");
      return { kind: "rerun", rerun: { text: payload.rerun.text, pickActionId: payload.actionId, datePhrase: dateThenWhy[1].trim(), correction: true, then: [{ text: `/actie eigenaar ${payload.actionTitle} ${people}`, pickActionId: payload.actionId }] } };
    }
    return { kind: "rerun", rerun: { text: payload.rerun.text, pickActionId: payload.actionId, datePhrase: dateThenWhy[1].trim(), correction: true, then: [{ text: `/actie update ${payload.actionTitle}: ${note}`, pickActionId: payload.actionId }] } };
  }
  // ("1 mei ipv 1 maart" right after a new action with a deadline: that action's deadline.)
  if (payload.command === "actie nieuw" && payload.actionTitle && /\bdeadline\b/i.test(payload.rerun.text) && value && value.split(/\s+/).length <= 4 && resolveDate(value, now).kind !== "unreadable") {
    return { kind: "rerun", rerun: { text: `/actie deadline ${payload.actionTitle}: ${value}`, pickActionId: payload.actionId, correction: true } };
  }
  // ("hm toch een week later", "ow nee, een week eerder moest het zijn" right after a date was set: counted from that date — the
  // date just set is shifted, not the one before it.)
  const relative = payload.command === "actie deadline" && payload.actionTitle && !SHIFT_AT_END.test(payload.rerun.text) ? fold(value).match(/^(?:(?:toch|maar|dan|liever|eigenlijk)\s+)*(een|1|twee|2|drie|3|vier|4) (dag|dagen|week|weken) (later|eerder)$/) : null;
  if (relative && payload.actionTitle) {
    const count = ({ een: 1, twee: 2, drie: 3, vier: 4 } as Record<string, number>)[relative[1]] ?? Number(relative[1]);
    return { kind: "rerun", rerun: { text: `/actie deadline ${payload.actionTitle}: ${count} ${/^we/.test(relative[2]) ? (count === 1 ? "week" : "weken") : count === 1 ? "dag" : "dagen"} ${relative[3]}`, pickActionId: payload.actionId } };
  }
  // ("het moet de zesentwintigste zijn niet de zestiende" after 16 februari: the 26th of that month.)
  const day = payload.command === "actie deadline" ? bareDayOfMonth(value) : undefined;
  // ("nee wacht, de 20e bedoel ik" after "/actie deadline watertappunt 2026-02-13": the month of the date set, typed as digits too.)
  const isoMonth = day ? payload.rerun.text.match(/\b\d{4}-(\d{2})-\d{2}\b/)?.[1] : undefined;
  // ("sorry I meant the 23rd" after "… to 16 february": the English month too.)
  const typedMonth = day ? payload.rerun.text.match(/\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|january|february|march|may|june|july|august|october)\b/i)?.[1] ?? payload.rerun.text.match(/\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}(?:st|nd|rd|th)?\b/i)?.[1] : undefined;
  // (The month as parse/dates.ts knows it, in either language, written in Dutch.)
  const typedNumber = typedMonth ? MONTHS[typedMonth.toLowerCase()] : undefined;
  const monthSet = day ? ((typedNumber ? MONTH_NAMES_NL[typedNumber - 1] : typedMonth) ?? (isoMonth ? MONTH_NAMES_NL[Number(isoMonth) - 1] : undefined)) : undefined;
  if (day && monthSet) value = `${day} ${monthSet}`;
  if (payload.command === "actie deadline" && value && resolveDate(value, now).kind !== "unreadable") {
    // ("nee, 3 maart" after "1 week later": the date replaces the shift — a shift is not a date phrase and would be applied again.)
    const shift = payload.rerun.text.match(SHIFT_AT_END);
    if (shift) return { kind: "rerun", rerun: { text: `${payload.rerun.text.slice(0, shift.index)}${value}`, pickActionId: payload.actionId, correction: true } };
    return { kind: "rerun", rerun: { text: payload.rerun.text, pickActionId: payload.actionId, datePhrase: value, correction: true } };
  }
  // ("oei ik bedoelde bereikt, niet beoogd. Beoogd blijft 150" after "beoogd 55": the number was the count reached — the change
  // taken back, and the number set as what it was meant to be.)
  if (payload.command === "actie bereik") {
    const toReached = /\b(?:bedoel\w*|meant|moest|moet)\s+(?:(?!niet\b|not\b)\w+\s+){0,2}(?:bereikt|reached)\b|\b(?:niet|not)\s+(?:het\s+)?(?:beoogd|beoogde|doel|target|intended)\b/.test(folded);
    const toIntended = /\b(?:bedoel\w*|meant|moest|moet)\s+(?:(?!niet\b|not\b)\w+\s+){0,2}(?:beoogd|beoogde|doel|target|intended)\b|\b(?:niet|not)\s+(?:het\s+)?(?:bereikt|reached)\b/.test(folded);
    const was = payload.rerun.text.match(/^(\/actie bereik .+?)\s+(beoogd\s+)?(\d+)\s*$/i);
    if (was && toReached !== toIntended && (toReached ? Boolean(was[2]) : !was[2])) {
      return { kind: "rerun", rerun: { text: `${was[1]} ${toIntended ? "beoogd " : ""}${was[3]}`, pickActionId: payload.actionId, undoFirst: true, correction: true } };
    }
  }
  // "oeps, moest 200 zijn", "nee sorry 84, cijfers omgedraaid" after a reach or budget: that number instead.
  const numbers = value.match(/€?\s*\d[\d.,]*k?\b/gi) ?? [];
  // ("en beoogd moet 30 worden ipv 25" right after the count reached: the count aimed at, besides — not the one just set.)
  const aimedToo = payload.command === "actie bereik" && payload.actionTitle && !/\bbeoogd\b/.test(payload.rerun.text) && /^(?:(?:en|ook|o|oh|oja|o ja)\s+)+(?:het\s+)?(?:beoogd|doel|streefgetal|target)\b/.test(folded) ? folded.replace(/\b(?:ipv|i p v|in plaats van|instead of|niet)\s+\d+/g, " ").match(/\b(\d{1,6})\b/g) : null;
  if (aimedToo?.length === 1) return { kind: "rerun", rerun: { text: `/actie bereik ${payload.actionTitle} beoogd ${aimedToo[0]}`, pickActionId: payload.actionId } };
  if (/^actie (bereik|budget)$/.test(payload.command) && numbers.length === 1 && value.split(/\s+/).length <= 7) {
    // ("… 48 van 100": the number reached, not the one intended.)
    const last = payload.rerun.text.match(/(\d[\d.,]*k?)(?=\s+van\s+\d+\s*$)/i) ?? [...payload.rerun.text.matchAll(/\d[\d.,]*k?\b/gi)].at(-1);
    const said = numbers[0].replace(/[€\s]/g, "");
    if (last) return { kind: "rerun", rerun: { text: `${payload.rerun.text.slice(0, last.index)}${said}${payload.rerun.text.slice(last.index! + last[0].length)}`, pickActionId: payload.actionId, correction: true } };
  }
  // "klopt niet, het waren er 16" right after a note with one number in it: the note again with that number.
  const noted = payload.command === "actie update" ? payload.rerun.text.match(/^(\/actie update [^:]+:\s*)(.+)$/) : null;
  const inNote = noted ? noted[2].match(/\d+(?:[.,]\d+)?/g) ?? [] : [];
  if (noted && inNote.length === 1 && numbers.length === 1 && value.split(/\s+/).length <= 6) {
    const said = numbers[0].replace(/[€\s]/g, "");
    const rerun = { text: `${noted[1]}${noted[2].replace(inNote[0], said)}`, pickActionId: payload.actionId, undoFirst: true, correction: true };
    // ("sorry it was 5 not 3" after "3 new kids joined today": a count of newcomers may be meant for the reach — the note corrected is
    // shown first.)
    if (/\b(nieuwe?|new|joined|bijgekomen|erbij)\b/i.test(noted[2])) return { kind: "ask", key: "understand.confirm", vars: { what: rerun.text }, save: { kind: "confirm", rerun } };
    return { kind: "rerun", rerun };
  }
  // "nee het moet 4-12 zijn niet 12+" right after an age group: that one instead.
  const age = payload.command === "actie doelgroep" ? value.match(/^(?:de |het )?(?:doelgroep )?(0-4|4-12|12\+|0 ?- ?4|4 ?- ?12|12 ?plus)(?: jaar)?$/i)?.[1] : undefined;
  if (age && payload.actionTitle) return { kind: "rerun", rerun: { text: `/actie doelgroep ${payload.actionTitle} ${age.replace(/\s/g, "").replace(/plus$/i, "+")}`, pickActionId: payload.actionId, correction: true } };
  const restFolded = fold(rest);
  // ("nee niet bezig, klaar": the status that is said, not the one denied.)
  // ("nee nee niet stoppen, parkeren bedoelde ik: na de zomer weer oppakken": why, after the status meant, is not counted.)
  const coreFolded = fold(rest.replace(/\b(bedoel(?:de)? ik|i mean|i meant)\s*[,:]\s*\S.*$/i, "$1"));
  const said = fold(typed.replace(/\b(bedoel(?:de)? ik|i mean|i meant)\s*[,:]\s*\S.*$/i, "$1")).replace(/\b(niet|not|ipv|i p v|in plaats van|instead of) \S+/g, " ");
  const status = STATUS_WORDS.find((s) => s.pattern.test(said));
  // ("nee toch niet, hij loopt nog" after klaar: another status, said in a few more words.)
  const otherStatus = status && payload.command !== `actie ${status.sub}` && /\b(nog|toch|eigenlijk|still|moest|moet|had|hoort|ipv|in plaats van|instead|bedoel|bedoelde)\b/.test(folded) && coreFolded.split(" ").length <= 7;
  if (payload.command.startsWith("actie ") && status && (restFolded.split(" ").length <= 3 || otherStatus)) {
    // ("wacht nee, geparkeerd bedoel ik, volgend jaar weer": why, said after the status meant, is its note.)
    // ("sorry moest bezig zijn, we zijn net gestart": a clause after the comma only says why the first was wrong — no note.)
    const why = rest.match(/^.*?\b(?:bedoel(?:de)? ik|i mean|i meant)\s*[,:]\s*(\S.{4,})$/i)?.[1]?.replace(/[.!]+$/, "").trim();
    // (A status word inside a longer why is part of it: "na de zomer weer oppakken".)
    const note = why && contentWords(why) >= 2 && (!STATUS_WORDS.some((x) => x.pattern.test(fold(why))) || why.split(/\s+/).length >= 4) ? why : undefined;
    return { kind: "rerun", rerun: { text: `/actie ${status.sub} ${payload.actionTitle ?? ""}${note ? `: ${note}` : ""}`.trim(), pickActionId: payload.actionId, correction: true } };
  }
  const loose = looseCorrection(typed, folded, payload, now, lookups);
  if (loose) return loose;
  if (!restFolded) return { kind: "say", key: "followUp.undoHint", clear: false };
  return { kind: "none" };
}

/** The owners an action keeps with the people a short message says stay or join ("peter blijft ook", "en Esther ook!"), if it says so. */
function ownersKeptToo(said: string, saidFolded: string, actionId: string, lookups: FollowUpLookups): string[] | undefined {
  // ("en lisa ook, die doet groep 8b": who they are, said after a comma, is no part of it.)
  const typed = said.replace(WHO_AFTER_COMMA, "");
  const folded = typed === said ? saidFolded : fold(typed);
  if (typed.split(/\s+/).length > 14 || typed.includes("?")) return undefined;
  if (!/\b(blijft|blijven|blijf|ook|erbij|bij|samen|too|also|as well|stays|stay)\b/.test(folded)) return undefined;
  // (Not "niet": "Lisa niet meer", "alleen Daan" say something else.)
  if (/\b(niet|geen|alleen|enkel|only|not|ipv|in plaats van|instead)\b/.test(folded)) return undefined;
  // ("Oei, verkeerde naam aangetikt. Het moet Esther blijven, met Lisa erbij.": the owner just set was a slip — read as a correction.)
  if (/\b(verkeerd\w*|wrong|aangetikt|tikfout|typo)\b/.test(folded)) return undefined;
  // ("de 2e schil ook, die is van ahmed": another action named is what "ook" is about.)
  if (lookups.named?.some((n) => n.id !== actionId && (n.quality ?? 9) >= 2)) return undefined;
  const now = lookups.ownersById?.[actionId] ?? [];
  const named = (lookups.people ?? []).filter((name) => new RegExp(`(?:^|[^\\p{L}])@?${fold(name).split(" ")[0]}(?![\\p{L}])`, "u").test(folded));
  // ("erbij bedoel ik": the "ik" of "I mean" is no one named.)
  const self = /\b(ik|ikzelf|mij|mezelf|zelf)\b/.test(folded.replace(/\b(?:bedoel(?:de)? ik|ik bedoel(?:de)?|denk ik|ik denk|zeg ik|ik zei)\b/g, " ")) && lookups.me ? [lookups.me] : [];
  const added = [...new Set([...named, ...self])].filter((n) => !now.includes(n));
  if (!added.length || !now.length) return undefined;
  return [...now, ...added];
}

/** Words that mark a message as a correction wherever they stand ("april bedoel ik natuurlijk, 24 april", "no wait not done"). */
const LOOSE_CORRECTION = /\b(nee+|no|wacht|wait|sorry|sry|oeps|oops|bedoel(?:de)?|meant|moest|typo|tikfout|typfout|verkeerd\w*|wrong|ipv|instead|should)\b/;
/** What the value is not: "niet april", "not done", "ipv 150", "niet Lisa". */
const RULED_OUT = /\b(?:niet|not|geen|ipv|i\.?\s?p\.?\s?v\.?|in plaats van|instead of)\s+(?:(?:op|de|het|the|naar|bij|voor|meer)\s+)?(?:\d{1,2}(?:e|ste|de|st|nd|rd|th)?\s+(?=\p{L}))?[^\s,.;!?]+/giu;
const NOT_A_NAME = /^(?:Nee|Neen|Sorry|Sry|Niet|Die|De|Het|Dat|Dit|Ik|No|Not|I|Oeps|Oops|Oh|O|Ow|Nope|Wacht|Wait|Moet|Moest|Had|Klopt|Ja|Hij|Zij|Ze|Hem|Haar|Maar|En|Dus|Toch|Eigenlijk|Typo|Wijkbot|Excuses|Correctie|Verkeerde|Verkeerd)$/;
const STILL_GOING = /\b(still (?:running|going|on|busy|ongoing)|loopt nog|loopt gewoon nog|nog bezig|nog steeds bezig|gaat nog door)\b/;
const NOT_YET = /\b(?:nog niet (?:helemaal |eens )?(?:klaar|af|afgerond|begonnen)|not (?:yet )?(?:done|finished))\b/;

/**
 * A correction said loosely, right after a change to one action ("oh wacht, 3 maart moest het zijn. niet april", "wacht nee,
 * Peter moet het zijn niet Lisa", "no wait not done!! still running"): the one value of the changed field's kind in the message
 * — what it is said not to be left out — as a correction of that change. Nothing when there is not exactly one such value, when
 * another action is named, or when it asks something.
 */
function looseCorrection(typed: string, folded: string, payload: Extract<StoredPrompt["payload"], { kind: "change" }>, now: Date, lookups: FollowUpLookups): FollowUpReading | undefined {
  if (!payload.actionId || !payload.actionTitle || typed.includes("?") || !LOOSE_CORRECTION.test(folded)) return undefined;
  // (Read only once the actions it names are known: "oeps verkeerde, moest het wijkplan zijn" is about another one.)
  if (!lookups.named || lookups.named.some((n) => n.id !== payload.actionId && (n.quality ?? 9) >= 1.25)) return undefined;
  // ("nee het andere kamp, het sportkamp in de meivakantie": another action meant, not a value — read elsewhere.)
  if (OTHER_ONE.test(folded) || /\b(?:het|de|die)\s+(?:andere|ander)\b/.test(folded)) return undefined;
  // ("nee wacht die was nog niet klaar, zet terug": taken back, not a value — read as such elsewhere.)
  if (/\b(terug|terugdraaien|terugzetten|ongedaan|undo|draai)\b/.test(folded)) return undefined;
  if (typed.split(/\s+/).length > 16) return undefined;
  const kept = typed.replace(RULED_OUT, " ");
  const pick = { pickActionId: payload.actionId, correction: true as const };
  if (payload.command === "actie deadline" && !SHIFT_AT_END.test(payload.rerun.text)) {
    const phrases: string[] = [];
    for (let rest = kept, guard = 0; guard < 4; guard++) {
      const found = findDatePhrase(rest, now);
      if (!found) break;
      phrases.push(found.phrase);
      rest = `${rest.slice(0, found.start)} ${" ".repeat(found.phrase.length)} ${rest.slice(found.end)}`;
    }
    // ("april bedoel ik natuurlijk, 24 april": the month said first, the day with it after — the precise one.)
    const precise = phrases.filter((x) => /\d/.test(x));
    const phrase = precise.length === 1 ? precise[0] : phrases.length === 1 ? phrases[0] : undefined;
    if (!phrase || resolveDate(phrase, now).kind === "unreadable") return undefined;
    // ("sorry, moet de vrijdag erna zijn", "I meant the 22nd": counted from the date just set, or a day of its month — read
    // elsewhere, never from today.)
    if (/\b(erna|ervoor|daarna|daarvoor|na die|voor die|after that|before that|the day after|the week after)\b/i.test(kept) || /^(?:de |the |op de )?\d{1,2}(?:e|ste|de|st|nd|rd|th)?$/i.test(phrase.trim())) return undefined;
    // ("nee, na de zomer ergens": a moment said vaguely is no date to set — asked elsewhere, or left.)
    if (/\b(ergens|ongeveer|rond|zo'?n beetje|of zo|ofzo|misschien|denk ik|weet (?:ik )?nog niet|somewhere|around|maybe)\b/i.test(kept)) return undefined;
    // ("1 juni ipv 1 mei, ontwerpbureau heeft vertraging": why, in a clause of its own after the date, is its note.)
    const why = clausesAfter(kept.split(/[,;.!]+\s*|\s+(?=(?:want|omdat|ivm|because)\s)/).map((x) => x.trim().replace(/^(?:want|omdat|ivm|because)\s+/i, "")).filter(Boolean), (x) => x.includes(phrase));
    // ("ai nee 24 juli natuurlijk, het is een zomerkamp 😅": why the mistake was silly — the action's own name again, or a
    // blush — is no news.)
    const ownWords = new Set(fold(payload.actionTitle).split(" "));
    const news = why && !EMBARRASSED.test(why) && fold(why).split(" ").filter((x) => x && !FILLER.test(x) && !ownWords.has(x)).length >= 2;
    const note = why && news && !ABOUT_THE_MISTAKE.test(fold(why)) && !findDatePhrase(why, now) && !/\b(?:bedoel\w*|moest|moet|klopt|typo|tikfout|sorry|oeps)\b/i.test(why) ? why : undefined;
    return { kind: "rerun", rerun: { text: payload.rerun.text, datePhrase: phrase, ...pick, ...(note ? { then: [{ text: `/actie update ${payload.actionTitle}: ${note}`, pickActionId: payload.actionId }] } : {}) } };
  }
  if (payload.command === "actie eigenaar") {
    // ("Nee, laat Peter er ook op staan": one more, not one instead — read elsewhere.)
    if (/\b(ook|erbij|blijven|blijft|blijf|staan|samen|allebei|beide|too|also|as well|both)\b/.test(folded)) return undefined;
    const names = [...new Set([...kept.matchAll(/(?:^|[\s,.:;!])@?(\p{Lu}[\p{Ll}-]+)\b/gu)].map((m) => m[1]).filter((name) => !NOT_A_NAME.test(name)))];
    const owners = [...payload.rerun.text.matchAll(/@([\p{L}][\p{L}\p{N}_-]*)/gu)].map((m) => m[1].toLowerCase());
    if (names.length !== 1 || owners.length !== 1 || owners[0] === names[0].toLowerCase()) return undefined;
    const text = withPersonNamed(ownersMarked(payload.rerun.text), names[0]);
    return text ? { kind: "rerun", rerun: { text, ...pick } } : undefined;
  }
  // ("nee kansrijk, sorry verkeerd getikt" right after a pillar, "nee sorry algemeen, het is voor alle bewoners" right after an
  // age group: the same change with the value said instead, before the comma.)
  if (/^actie (pijler|doelgroep)$/.test(payload.command)) {
    const instead = sameValueInstead(stripCorrection(kept).split(/\s*[,;.!]\s*/)[0] ?? "", { text: payload.rerun.text });
    return instead ? { kind: "rerun", rerun: { ...instead, ...pick } } : undefined;
  }
  const statusNow = payload.command.match(/^actie (klaar|bezig|stop|parkeer)$/)?.[1];
  if (statusNow) {
    const keptFolded = fold(kept);
    // ("wacht eigenlijk nog niet helemaal klaar, …" right after klaar: it is as it was before — taken back, with why.)
    const notYet = statusNow === "klaar" && NOT_YET.test(folded) && !STILL_GOING.test(folded) && !STATUS_WORDS.some((x) => x.sub !== "klaar" && x.pattern.test(keptFolded));
    if (notYet) {
      const why = clausesAfter(clausesOf(typed), (x) => NOT_YET.test(fold(x)));
      const note = why && contentWords(why) >= 3 && !ABOUT_THE_MISTAKE.test(fold(why)) && !STATUS_WORDS.some((w) => w.pattern.test(fold(why))) ? why : undefined;
      return { kind: "rerun", rerun: note ? { text: `/actie update ${payload.actionTitle}: ${note}`, pickActionId: payload.actionId, undoFirst: true } : { text: "/ongedaan" } };
    }
    // ("ow wacht nee, alleen de bakken zijn klaar. de tuin zelf loopt nog": part of it is as was said — more than a status to read.)
    if (STILL_GOING.test(folded) && STATUS_WORDS.some((x) => x.sub === statusNow && x.pattern.test(keptFolded.replace(STILL_GOING, " ")))) return undefined;
    const said = STILL_GOING.test(folded) ? [{ sub: "bezig" }] : STATUS_WORDS.filter((x) => x.pattern.test(keptFolded));
    const meant = [...new Set(said.map((x) => x.sub))];
    if (meant.length !== 1 || meant[0] === statusNow) return undefined;
    // ("wacht eigenlijk nog niet helemaal klaar, de laatste les is volgende week donderdag": why, in the clause after it, is its note.)
    // (The clause that says the status meant — the last one naming a status: "nee niet afgerond, gestopt! <why>".)
    const why = clausesAfter(clausesOf(kept), (x) => STILL_GOING.test(fold(x)) || STATUS_WORDS.some((w) => w.sub === meant[0] && w.pattern.test(fold(x.replace(RULED_OUT, " ")))), true);
    // ("… huiskamer is nog bezig. zet de deadline op 3 juli": more to change after it — read elsewhere, never kept as a note.)
    if (why && (FIELD_WORDS.test(fold(why)) || /\b(deadline|einddatum)\b/i.test(why) || findDatePhrase(why, now))) return undefined;
    const note = why && contentWords(why) >= 3 && !ABOUT_THE_MISTAKE.test(fold(why)) && !STATUS_WORDS.some((w) => w.pattern.test(fold(why))) && !/\b(fat thumbs|dikke vingers|typo|tikfout)\b/i.test(why) ? why : undefined;
    return { kind: "rerun", rerun: { text: `/actie ${meant[0]} ${payload.actionTitle}`, ...pick, ...(note ? { then: [{ text: `/actie update ${payload.actionTitle}: ${note}`, pickActionId: payload.actionId }] } : {}) } };
  }
  return undefined;
}

/** The clauses of a message, split at commas, semicolons, full stops and exclamation marks. */
function clausesOf(text: string): string[] {
  return text.split(/[,;.!]+\s*/).map((x) => x.trim()).filter(Boolean);
}

/** What is said after the clause `anchor` finds (the last such with `last`), joined again: the why after a value. */
function clausesAfter(clauses: string[], anchor: (clause: string) => boolean, last = false): string {
  const order = last ? [...clauses.keys()].reverse() : [...clauses.keys()];
  const at = order.find((i) => anchor(clauses[i]));
  return at === undefined ? "" : clauses.slice(at + 1).join(", ");
}

/** "/besluit … agendapunt 3" without its item. */
function withoutItem(command: string): string {
  return command.replace(/\s+agendapunt\s+\d{1,2}\s*$/i, "");
}

/**
 * "/actie eigenaar …" as it was run, its owner marked with "@". Typed without ("/actie eigenaar kindteams Lisa") the
 * last word is the owner: it gets its "@", or a second owner added would turn it into part of the action's name.
 */
function ownersMarked(command: string): string {
  return command.includes("@") || !/^\/actie eigenaar\s+\S+\s+\S+/i.test(command) ? command : command.replace(/\s+(\S+)\s*$/, " @$1");
}

/** An owner added to "/actie eigenaar …" as it was run. */
function withOwner(command: string, person: string): string {
  return `${ownersMarked(command)} @${person}`;
}

/**
 * Right after a decision was recorded: "hoort bij punt 1 trouwens" (at that item), "oeps, moest het winkelcentrum zijn
 * ipv de school", "moest 2500 zijn", "nee, in mei" (those words instead) — the decision taken back and recorded again.
 */
function readDecisionCorrection(typed: string, folded: string, command: string): FollowUpReading | undefined {
  if (/\b(terugdraaien|terug ?draaien|draai(\s+(dat|het|die|hem|m|maar|even|alles)){0,2}\s+terug|ongedaan|undo)\b/.test(folded)) return { kind: "rerun", rerun: { text: "/ongedaan" } };
  const item = folded.match(/^(?:(?:oh|o|en|ja|nee|sorry|oeps|trouwens|btw|wel|foutje|wijkbot)\s+)*(?:(?:het |dat |die |hij |ie )?hoort (?:trouwens |eigenlijk |wel )?bij|(?:het |dat |die |dit )(?:was|is|ging) (?:trouwens |eigenlijk |wel )?(?:bij|over|onder)|(?:zet|doe) (?:m|hem|het|die|dat) (?:maar |even )?(?:bij|onder)|bij|onder|graag bij)\s+(?:agenda)?punt\s+(\d{1,2})(?:\s+(?:trouwens|graag|aub|btw|eigenlijk|hoor))*(?:\s+(?:en\s+)?niet\s+(?:bij\s+)?(?:agenda)?(?:punt\s+)?\d{1,2})?$/);
  if (item) return { kind: "rerun", rerun: { text: `${withoutItem(command)} agendapunt ${item[1]}`, undoFirst: true, correction: true } };
  if (!CORRECTION_START.test(folded) && !CORRECTION_END.test(folded) && !/\b(ipv|i p v|in plaats van|instead of|moest|moet zijn)\b/.test(folded)) return undefined;
  const itemSuffix = command.match(/\s+agendapunt\s+\d{1,2}\s*$/i)?.[0] ?? "";
  const body = withoutItem(command).replace(/^\/besluit\s+/, "");
  // ("correctie: het wordt het winkelcentrum en niet de basisschool": what it becomes.)
  const said = stripCorrection(typed).replace(/^(?:(?:het|dat|it)\s+)?(?:moest|moet|was|is|wordt|should be)(?:\s+(?:zijn|wezen|be)\s*:|\s*:)?\s+/i, "").replace(/\s+(?:en|and|maar)(?=\s+(?:niet|not)\s)/i, "")
    // ("750 moest het zijn, niet 500": what it had to be, said after the amount.)
    .replace(/\s+(?:moest|moet|had)\s+(?:het|dat|dit)\s+(?:zijn|wezen)(?=\s*(?:,|$)|\s+(?:niet|not|ipv|in plaats van)\b)/i, "").replace(/\s+(?:zijn|wezen|be)(?=[.!]*$|\s*,?\s+(?:ipv|i\.?p\.?v\.?|in plaats van|instead of|niet|not)\s)/i, "").trim();
  // "X ipv Y", "X, niet Y", "X not Y": Y in the decision becomes X.
  const swap = said.match(/^(.+?)\s*,?\s+(?:ipv|i\.?p\.?v\.?|in plaats van|instead of|niet|not)\s+(.+?)[.!]*$/i);
  // ("bij de sporthal, niet winkelcentrum": the place with its preposition — "bij het winkelcentrum" becomes "bij de sporthal".)
  const preposition = swap?.[1].match(/^(bij|in|op|naar|voor|aan|na|vanaf|sinds|tot|per|tijdens|at|to|on|from|until)\s+/i)?.[1];
  const placed = swap && preposition ? body.match(new RegExp(`\\b${preposition}\\s+(?:(?:de|het|een|the)\\s+)?${swap[2].replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i")) : null;
  if (swap && placed) return { kind: "rerun", rerun: { text: `/besluit ${body.slice(0, placed.index)}${swap[1]}${body.slice(placed.index! + placed[0].length)}${itemSuffix}`, undoFirst: true, correction: true } };
  // ("46000, niet 48": a number said short — "48" for the 48000 in the decision — is that whole number, never part of it.)
  if (swap && /^\d+$/.test(swap[2].trim())) {
    const said2 = swap[2].trim();
    const whole = [...body.matchAll(/\d[\d.]*/g)].filter((m) => m[0].replace(/\./g, "") === said2);
    const short = whole.length ? [] : [...body.matchAll(/\d[\d.]*/g)].filter((m) => m[0].replace(/\./g, "").startsWith(said2) && /^0+$/.test(m[0].replace(/\./g, "").slice(said2.length)));
    const hit = whole.length === 1 ? whole[0] : short.length === 1 ? short[0] : undefined;
    if (!hit) return undefined;
    // ("2500 euro, niet 2000" in "zomerkamp krijgt 2000 euro": the number, the unit is there already.)
    const unitAfter = /^\s*(?:euro|eur|kinderen|ouders|deelnemers|jongeren)\b/i.test(body.slice(hit.index! + hit[0].length));
    const value = unitAfter ? (swap[1].match(/^(?:€\s*)?(\d[\d.,]*)\s*(?:euro|eur|kinderen|ouders|deelnemers|jongeren)?$/i)?.[1] ?? swap[1]) : swap[1];
    return { kind: "rerun", rerun: { text: `/besluit ${body.slice(0, hit.index)}${value}${body.slice(hit.index! + hit[0].length)}${itemSuffix}`, undoFirst: true, correction: true } };
  }
  if (swap && body.toLowerCase().includes(swap[2].toLowerCase())) {
    const at = body.toLowerCase().indexOf(swap[2].toLowerCase());
    const rerun = { text: `/besluit ${body.slice(0, at)}${swap[1]}${body.slice(at + swap[2].length)}${itemSuffix}`, undoFirst: true, correction: true };
    // ("moet winkelcentrum zijn ipv bibliotheek" in "… bij de bibliotheek": the word after an article may need another article —
    // shown first, so the decision reads right.)
    if (/\b(?:de|het|een)\s+$/i.test(body.slice(0, at)) && !/^(?:de|het|een)\s/i.test(swap[1])) return { kind: "ask", key: "understand.confirm", vars: { what: rerun.text }, save: { kind: "confirm", rerun } };
    return { kind: "rerun", rerun };
  }
  // "moest 2500 zijn": the one number in the decision; "nee, in mei": the one month.
  const number = said.match(/^(?:€\s*)?(\d[\d.,]*)(?:\s*(?:euro|eur))?$/i)?.[1];
  const numbers = body.match(/\d[\d.,]*/g) ?? [];
  if (number && numbers.length === 1) return { kind: "rerun", rerun: { text: `/besluit ${body.replace(numbers[0], number)}${itemSuffix}`, undoFirst: true, correction: true } };
  const MONTH = /\b(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b/gi;
  const month = said.match(/^(?:in\s+|naar\s+)?(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)$/i)?.[1];
  const months = body.match(MONTH) ?? [];
  if (month && months.length === 1) return { kind: "rerun", rerun: { text: `/besluit ${body.replace(MONTH, month)}${itemSuffix}`, undoFirst: true, correction: true } };
  // ("nee, 1 oktober" after "wijkwebsite gaat live op 1 september": the one day and month in the decision, said instead.)
  const DAY_MONTH = /\b\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b/gi;
  const dayMonth = said.match(/^(?:op\s+|per\s+|naar\s+)?(\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december))$/i)?.[1];
  const dayMonths = body.match(DAY_MONTH) ?? [];
  if (dayMonth && dayMonths.length === 1) return { kind: "rerun", rerun: { text: `/besluit ${body.replace(DAY_MONTH, dayMonth)}${itemSuffix}`, undoFirst: true, correction: true } };
  // ("nee, naar Schiermonnikoog" after "zomerkamp gaat naar Ameland": the last phrase with that preposition, said instead.)
  // (Read from the words as typed: the correction words off, the preposition kept.)
  const unmarked = typed.replace(/^\s*(?:@?wijkbot[\s,:]*)?(?:(?:nee+|neen|no|sorry|sry|oeps|oops|correctie|verbetering|wacht|oh|o|ai|oei)\b[\s,:!.-]*)+/i, "").trim();
  const phrase = unmarked.match(/^(naar|in|op|bij|voor|met|aan|vanaf|tot|to|at)\s+(\S.{1,40}?)[.!]*$/i);
  const prepIn = phrase ? body.match(new RegExp(`\\b${phrase[1]}\\s`, "gi")) ?? [] : [];
  const atEnd = phrase ? body.match(new RegExp(`\\b${phrase[1]}\\s+[^,;.]+$`, "i")) : null;
  if (phrase && prepIn.length === 1 && atEnd) return { kind: "rerun", rerun: { text: `/besluit ${body.slice(0, atEnd.index)}${unmarked.replace(/[.!]+$/, "")}${itemSuffix}`, undoFirst: true, correction: true } };
  return undefined;
}

/** A moment with only a clock time: "om 10 uur", "14:00", "half 9 's avonds". */
const TIME_ONLY = /^(?:(?:'s|s|des) ?(?:ochtends|morgens|middags|avonds) )?(?:om |at )?(?:\d{1,2}(?:[:.]\d{2})?(?: ?(?:uur|u))?|half \S+|kwart ?(?:over|voor) \S+|\d{1,2}(?::\d{2})? ?(?:am|pm))(?: (?:'s|s|des) ?(?:ochtends|morgens|middags|avonds))?$/i;
/** The clock time inside a moment ("morgen om 9:00" → "om 9:00"). */
const TIME_IN = /(?:\b(?:om|at) )?(?:\b\d{1,2}[:.]\d{2}(?: ?uur)?|\bhalf \S+|\bkwart ?(?:over|voor) \S+|\b\d{1,2} ?(?:uur|u)\b|\b\d{1,2}(?::\d{2})? ?(?:am|pm)\b)(?: (?:'s|s|des) ?(?:ochtends|morgens|middags|avonds))?/i;

/**
 * "om 10 uur graag", "nee, vrijdag", "maak er 14:00 van" right after a reminder was set: the same
 * reminder at that moment (the one just set is taken back first). A time alone keeps the day, a day
 * alone keeps the time. Undefined when the message is not just a moment.
 */
function readReminderMoment(typed: string, payload: Extract<StoredPrompt["payload"], { kind: "change" }>, now: Date): FollowUpReading | undefined {
  // "kan ook een uurtje later", "half uur eerder graag": the same reminder, that much later or earlier on the same day.
  // ("doe die van woensdag maar een uurtje later": the reminder named by its day, the same.)
  const shift = fold(typed).match(/^(?:(?:nee|oh|o|hmm|kan|het|dat|ook|maar|toch|liever|doe|maak|er|dan|graag|eigenlijk|zet|hem|m|die|van|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen)\s+)*(?:(een|1|twee|2|drie|3|anderhalf|een half|half)\s+)?(uur|uurtje|uurtjes|uren|kwartier|kwartiertje|halfuurtje|half uur)\s+(later|eerder|vroeger)(?:\s+(?:graag|aub|pls|dan|van|maken|ook))*$/);
  if (shift) {
    const count = ({ een: 1, "1": 1, twee: 2, "2": 2, drie: 3, "3": 3, anderhalf: 1.5, "een half": 0.5, half: 0.5 } as Record<string, number>)[shift[1] ?? "een"] ?? 1;
    const unit = /kwartier/.test(shift[2]) ? 15 : /half/.test(shift[2]) ? 30 : 60;
    const minutes = Math.round(count * unit) * (shift[3] === "later" ? 1 : -1);
    const command = payload.rerun.text;
    const time = command.match(/\b(\d{1,2})[:.](\d{2})\s*$/);
    const [h, m] = time ? [Number(time[1]), Number(time[2])] : [9, 0];
    const total = h * 60 + m + minutes;
    if (total < 0 || total >= 24 * 60 || /\b(elke|iedere|elk|ieder|every|each)\b/i.test(command)) return undefined;
    const moment = `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
    return { kind: "rerun", rerun: { text: time ? `${command.slice(0, time.index).trimEnd()} ${moment}` : `${command} ${moment}`, undoFirst: true, correction: true } };
  }
  // ("ohh donderdag ben ik er niet, maak er woensdag van": the day it is to be made.)
  const madeOf = typed.match(/\bmaak (?:er|het) (?:maar |dan |liever |toch )?(.{2,30}?) van\b/i)?.[1];
  // ("ohh dan zit ik bij de tandarts, doe maar half 2": why comes first, the moment after "doe maar".)
  const afterWhy = typed.replace(/^.*?[,;]\s*(?=(?:doe|maak|zet)\s+(?:het\s+|er\s+|m\s+|hem\s+)?(?:maar|dan|liever|toch)\b)/i, "");
  const said = (madeOf ?? afterWhy)
    .replace(/^(?:(?:nee+|neen|no|sorry|sry|oeps|oops|ohh+|oh|o|ah|hm+|actually|liever|toch|maar|doe|maak er|make it|(?:can|could) you make it|rather|dan|graag|eigenlijk|beter|zet (?:hem|het|m|die)|verzet (?:hem|het|m|die)|op|naar|kan (?:het|dat) (?:ook|om)?|wacht|(?:het |dat )?moet(?: het)?)\b[\s,:!.-]*)+/i, "")
    // ("moet 7:45 zijn, we beginnen eerder", "14:00 in plaats van 9 uur": the moment, without why or what it was.)
    .replace(/\s*[,;]\s*(?:want|omdat|we|wij|ik|de|het|dan|zo|because)\b.*$/i, "")
    .replace(/\s+(?:in plaats van|ipv|i\.p\.v\.|instead of)\s+.{1,20}$/i, "")
    .replace(/(?:[\s,]*\b(?:graag|aub|svp|please|pls|van|dan|maken|bedoel(?:de)? ik|ik bedoel(?:de)?|i mean|i meant|instead|ipv|toch|liever|zetten|zijn|worden|same time|zelfde tijd|op dezelfde tijd|dezelfde tijd)\b)+[\s.!]*$/i, "")
    .replace(/[\s.!]+$/, "")
    .trim();
  if (!said || said.split(/\s+/).length > 6) return undefined;
  // ("volgende week" after "herinner me maandag aan …": the same weekday, next week.)
  const weekday = /^(?:volgende week|next week)$/i.test(said) && !/\b(elke|iedere|every)\b/i.test(payload.rerun.text) ? payload.rerun.text.match(/\b(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b(?!\s+(?:volgende|next)\s+week)/i) : null;
  if (weekday) return { kind: "rerun", rerun: { text: `${payload.rerun.text.slice(0, weekday.index! + weekday[0].length)} volgende week${payload.rerun.text.slice(weekday.index! + weekday[0].length)}`, undoFirst: true, correction: true } };
  const spoken = spellMoments(said);
  const alone = resolveDate(spoken, now);
  if (alone.kind === "unreadable") return undefined;
  const command = payload.rerun.text;
  if (/\b(elke|iedere|elk|ieder|every|each)\b/i.test(command)) return undefined;
  // The moment the reminder was set with: the longest readable phrase at the end of its command.
  const words = command.split(/\s+/);
  let start = -1;
  for (let k = Math.min(8, words.length - 3); k >= 1; k--) {
    if (resolveDate(words.slice(words.length - k).join(" "), now).kind !== "unreadable") {
      start = words.length - k;
      break;
    }
  }
  if (start < 0) return undefined;
  const before = words.slice(0, start).join(" ");
  const was = words.slice(start).join(" ");
  const wasTime = was.match(TIME_IN)?.[0];
  let when = spoken;
  // ("donderdag zit ik bij de wethouder, maak er woensdag van" to a reminder on Thursday 15 January: the Wednesday of that
  // week, when it has not passed.)
  const dayNamed = said.toLowerCase().match(/^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)$/)?.[1];
  const wasDate = resolveDate(was, now);
  // ("maak er maar een week later van" to a reminder on Thursday 15 January: that much later than the reminder, not than today.)
  const dayShift = said.toLowerCase().match(/^(?:(een|1|twee|2|drie|3|paar)\s+)?(dag|dagje|dagen|week|weekje|weken)\s+(later|eerder|vroeger)$/);
  if (dayShift && wasDate.kind === "ok") {
    const n = ({ een: 1, "1": 1, twee: 2, "2": 2, drie: 3, "3": 3, paar: 2 } as Record<string, number>)[dayShift[1] ?? "een"] ?? 1;
    const target = addDays(localParts(wasDate.date), (dayShift[2].startsWith("we") ? 7 : 1) * n * (dayShift[3] === "later" ? 1 : -1));
    if (compareCivil(target, localParts(now)) <= 0) return undefined;
    return { kind: "rerun", rerun: { text: `${before} ${target.day} ${MONTH_NAMES_NL[target.month - 1]} ${target.year}${wasTime ? ` ${wasTime}` : ""}`, undoFirst: true, correction: true } };
  }
  if (dayNamed && wasDate.kind === "ok") {
    const old = localParts(wasDate.date);
    const monday = addDays(old, -((weekdayOf(old) + 6) % 7));
    const target = addDays(monday, (WEEKDAYS[dayNamed] + 6) % 7);
    const plain = alone.kind === "ok" ? localParts(alone.date) : undefined;
    if (compareCivil(target, localParts(now)) > 0 && (!plain || compareCivil(target, plain) !== 0)) when = `${target.day} ${MONTH_NAMES_NL[target.month - 1]} ${target.year}`;
  }
  // "om 10 uur" after "morgen": morgen om 10 uur. "vrijdag" after "morgen om 9:00": vrijdag om 9:00.
  // ("eigenlijk liever dinsdagavond, zelfde tijd": the day said, at the time it was — not the evening's usual hour.)
  const sameTime = wasTime && /\b(?:zelfde tijd|dezelfde tijd|zelfde tijdstip|hetzelfde tijdstip|same time)\b/i.test(typed) ? spellMoments(said.replace(/(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|overmorgen)(?:ochtend|middag|avond)\b/gi, "$1")).replace(TIME_IN, " ").replace(/\s+/g, " ").trim() : undefined;
  if (sameTime && resolveDate(`${sameTime} ${wasTime}`, now).kind !== "unreadable") when = `${sameTime} ${wasTime}`;
  else if (TIME_ONLY.test(said)) when = `${was.replace(TIME_IN, " ").replace(/\s+/g, " ").trim()} ${spoken}`.trim();
  else if (wasTime && alone.kind === "ok" && !alone.hasTime) when = `${when} ${wasTime}`;
  if (resolveDate(when, now).kind === "unreadable") return undefined;
  return { kind: "rerun", rerun: { text: `${before} ${when}`, undoFirst: true, correction: true } };
}

/** The value a question about one field asked for, found in a longer answer: a count, an amount (and its kind), an age group. */
function valueIn(command: string, typed: string, folded: string): string | undefined {
  if (/^\/actie bereik\b/.test(command)) {
    // ("zomerkamp deadline 14 aug ipv juli" right after the reach: another field, or a day of a month, is no count.)
    if (/\b(deadline|datum|einddatum|eigenaar|partner|budget|begroot|besteed|doelgroep|pijler)\b/.test(folded) || /\b\d{1,2} (?:jan|feb|mrt|maart|apr|april|mei|jun|juni|jul|juli|aug|augustus|sep|sept|september|okt|oktober|nov|november|dec|december|januari|februari)\b/.test(folded)) return undefined;
    // ("19 van de 25": reached of intended; a number of weeks or days is no count.)
    const of = folded.match(/^(?:(?:nu|er zijn er|we zitten op|inmiddels|al|zo n|ongeveer|rond de)\s+)*(\d{1,7}) (?:van|uit|of) (?:de )?(\d{1,7})\b/);
    if (of && !/\bbeoogd$/.test(command)) return `${of[1]} van ${of[2]}`;
    // ("17 nu, en we mikken op 30": reached, then the intended count said with its word.)
    const aimed = folded.match(/^(?:(?:nu|er zijn er|we zitten op|inmiddels|al|zo n|ongeveer|rond de)\s+)*(\d{1,7})\b(?:\s+\S+){0,3}?\s+(?:we\s+)?(?:mikken op|doel is|doel|beoogd|streven naar|streven|target|goal|willen er|willen we)\s+(?:er\s+)?(\d{1,7})\b/);
    if (aimed && !/\bbeoogd$/.test(command) && Number(aimed[1]) <= Number(aimed[2])) return `${aimed[1]} van ${aimed[2]}`;
    const counts = [...folded.matchAll(/(?<!\bover )\b(\d{1,7})\b(?! (?:weken|week|dagen|dag|maanden|maand|uur|minuten|jaar|euro|eur|procent))/g)];
    return counts.length === 1 && !/\d[.,:]\d/.test(typed) ? counts[0][1] : undefined;
  }
  const amounts = [...typed.matchAll(/(?:€\s*)?(?<![\d.,])(\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?)(?![\d.,]*\d)\s*(k\b|duizend\b)?/gi)];
  if (/^\/actie budget .+ (?:begroot|besteed)$/.test(command)) return amounts.length === 1 ? `${amounts[0][1]}${amounts[0][2] ? "k" : ""}` : undefined;
  if (/^\/actie budget /.test(command)) {
    const planned = /\b(begroot|begroting|gepland|planned|budget)\b/.test(folded);
    const spent = /\b(besteed|uitgegeven|spent|gekost|kosten|betaald)\b/.test(folded);
    return amounts.length === 1 && planned !== spent ? `${planned ? "begroot" : "besteed"} ${amounts[0][1]}${amounts[0][2] ? "k" : ""}` : undefined;
  }
  // ("Gezond", "van kansrijk", "pijler Vreedzaam graag" to "Van welke pijler wordt Fatima aanjager?": the pillar.)
  if (/^\/rol @\S+ aanjager$/.test(command)) {
    const pillar = typed.trim().replace(/^(?:(?:van|bij|voor|de|pijler|die van)\s+)+/i, "").replace(/[\s.!]+$/, "").replace(/\s+(?:graag|aub|dan|natuurlijk)$/i, "");
    return pillar && pillar.split(/\s+/).length <= 3 && !/^(ja|nee|ok|oke|laat|geen)\b/i.test(pillar) ? pillar : undefined;
  }
  if (/^\/actie doelgroep /.test(command)) {
    const groups = [...new Set([...folded.replace(/\b0 4\b/g, "0-4").replace(/\b4 12\b/g, "4-12").replace(/\b12 plus\b|\b12 \+/g, "12+").matchAll(/\b(0-4|4-12|12\+|algemeen|iedereen|peuters|jongeren|general)(?=\s|$)|\b0 tot 4\b|\b4 tot 12\b/g)].map((m) => AGE_WORDS[m[0]] ?? m[0].replace(/ tot /, "-")))];
    return groups.length === 1 ? groups[0] : undefined;
  }
  return undefined;
}

/** An age group said in words. */
const AGE_WORDS: Record<string, string> = { peuters: "0-4", jongeren: "12+", iedereen: "algemeen", general: "algemeen" };

/** Words around the people named as new owners ("Lisa en ik samen", "Bram erbij graag"). */
const OWNER_FILLER = new Set("en and samen erbij bij ook graag aub pls please dan maar die doet doen het de wordt worden eigenaar eigenaren trekker trekkers allebei beide met naast als too both also is zijn".split(" "));

/**
 * "Lisa en ik samen" / "Bram erbij graag" to "who becomes owner?": the people as @names — the sender for "ik", the action's
 * owners for "erbij"/"ook". "look up" when those are needed and not known yet; undefined when it reads as something else.
 */
function ownersAnswer(typed: string, folded: string, actionId: string | undefined, lookups: FollowUpLookups): string | "look up" | undefined {
  const words = folded.split(" ").filter(Boolean);
  if (!words.length || words.length > 8) return undefined;
  const self = words.some((x) => SELF.test(x));
  const adds = /\b(erbij|ook|naast|samen met|er ook bij|extra)\b/.test(folded);
  if ((self && !lookups.me) || (adds && actionId && !lookups.ownersById)) return "look up";
  const names = typed.replace(/^@?wijkbot\b[\s,:]*/i, "").split(/[\s,;.!]+/).filter((x) => x && !OWNER_FILLER.has(fold(x)) && !SELF.test(fold(x)));
  // A few names at most, each a word (the command itself says when one is no one in the wijk).
  if (names.length > 4 || names.some((x) => !/^@?\p{L}[\p{L}-]*$/u.test(x))) return undefined;
  const people = [...(adds && actionId ? lookups.ownersById?.[actionId] ?? [] : []), ...names.map((x) => x.replace(/^@/, "")), ...(self && lookups.me ? [lookups.me] : [])];
  const unique = [...new Map(people.map((p) => [fold(p), p])).values()];
  return unique.length && (names.length || self) ? unique.map((p) => `@${p}`).join(" ") : undefined;
}

/**
 * Right after an absence was set: "nee, 27 maart", "o wacht t/m 27 maart moet het zijn, ik zit de week erna ook nog in
 * Spanje", "korter: ik ben 1 juni alweer terug" — the last day said, or the day before the one back, instead.
 */
function absenceCorrected(typed: string, folded: string, payload: Extract<StoredPrompt["payload"], { kind: "change" }>, now: Date): FollowUpReading | undefined {
  const set = payload.rerun.text.match(ABSENCE_PARTS);
  // ("ben toch al weer beter, vanaf vandaag weer aan de slag 💪" right after one's own absence was set: back already — the
  // absence ended.)
  if (/^\/afwezig (?:t\/m|tm|tot)\b/.test(payload.rerun.text) && /\b(?:(?:ben|voel me) (?:\w+ ){0,3}(?:weer )?(?:beter|fit|terug|hersteld)|weer (?:beter|fit|terug|aan de slag|aan het werk|aan t werk|aanwezig|present)|toch (?:weer )?(?:beter|aan het werk|aan de slag)|i m back|back at work)\b/.test(folded) && !/\b(?:morgen|maandag|dinsdag|woensdag|donderdag|vrijdag|volgende week|t ?m|tot)\b|\d/.test(folded)) {
    return { kind: "rerun", rerun: { text: "/afwezig weg" } };
  }
  // ("o ja, Youssef is zijn vervanger": the stand-in said after.)
  // ("ah nee, Ahmed moet mijn vervanger zijn, Youssef is zelf ook weg": the one meant, with why after it.)
  // (The words in front, capitalised or not: "Foutje: Lisa vervangt hem, niet Youssef.")
  const bare = typed.replace(/^\s*(?:@?wijkbot[\s,:]*)?(?:(?:o ja|oja|oh|o|en|ja|ah|ach|nee|sorry|oeps|wacht|foutje|correctie|trouwens|btw|(?:nog |was |ben )?vergeten(?: te zeggen| te melden)?|vergat (?:ik|te zeggen))[\s,!.:]+)+/i, "");
  const standIn = set ? bare.match(/^(?:\s*(?:@?wijkbot[\s,:]*)?(?:o ja|oja|oh|o|en|ja|ah|ach|nee|sorry|oeps|wacht|foutje|correctie)[\s,!.:]+)*(?:@?(\p{Lu}[\p{L}-]+)\s+vervangt\s+(?:hem|haar|mij|me)\b|@?(\p{Lu}[\p{L}-]+)\s+(?:is|wordt|moet)\s+(?:toch\s+|eigenlijk\s+)?(?:zijn|haar|mijn|de|z'n|m'n)\s+vervanger(?:\s+(?:zijn|worden))?|vervanger\s+(?:is\s+|wordt\s+|moet\s+)?@?(\p{Lu}[\p{L}-]+)(?:\s+(?:zijn|worden))?|@?(\p{Lu}[\p{L}-]+)\s+(?:neemt|vangt)\s+(?:het\s+|alles\s+)?(?:waar|over|op))(?:\s*[,;.]\s*\S.{0,80}?)?[\s.!]*$/u) : null;
  if (set && standIn) return { kind: "rerun", rerun: { text: `${set[1]}${set[2]} vervanger @${standIn[1] ?? standIn[2] ?? standIn[3] ?? standIn[4]}`, undoFirst: true, correction: true } };
  // ("draai dat terug, het was Lisa niet maar Daan", "niet Sanne maar Bram als vervanger": the one away, or the stand-in, was
  // someone else — taken back, and set for the one meant.)
  const swap = set ? typed.match(/\b(?:niet|not)\s+@?(\p{Lu}[\p{L}-]+)\s*,?\s*(?:maar|but)\s+@?(\p{Lu}[\p{L}-]+)|\b(?:was|is)\s+@?(\p{Lu}[\p{L}-]+)\s+niet\s*,?\s*maar\s+@?(\p{Lu}[\p{L}-]+)/u) : null;
  if (set && swap) {
    const [wrong, right] = [fold(swap[1] ?? swap[3]), swap[2] ?? swap[4]];
    const away = payload.rerun.text.match(/^\/afwezig @(\S+)/)?.[1];
    const standInNow = set[3].match(/@(\S+)/)?.[1];
    if (away && firstNameIs(away.replace(/_/g, " "), wrong)) return { kind: "rerun", rerun: { text: payload.rerun.text.replace(`@${away}`, `@${right}`), undoFirst: true, correction: true } };
    if (standInNow && firstNameIs(standInNow.replace(/_/g, " "), wrong)) return { kind: "rerun", rerun: { text: `${set[1]}${set[2]} vervanger @${right}`, undoFirst: true, correction: true } };
  }
  // ("wordt toch t/m 27 maart", "moet t/m vrijdag zijn": the last day said again.)
  if (!set || folded.split(" ").length > 18 || !/^(?:(?:o|oh|oeps|sorry|nee|wacht|korter|langer|toch|eh|hmm)\b|t m\b|tot en met\b|ik ben\b|ben\b|(?:het |dat )?(?:wordt|word|is|moet|gaat) (?:\w+ )?(?:t m|tot en met|tm)\b)/.test(folded.replace(/^wijkbot /, ""))) return undefined;
  const said = findDatePhrase(typed, now);
  const date = said ? resolveDate(said.phrase, now) : undefined;
  if (!said || date?.kind !== "ok") return undefined;
  // ("eh nee, t/m 13 februari, hij komt een week later terug": the last day said as such, whatever is said of coming back.)
  const back = /\b(terug|weer er|er weer|back)\b/.test(folded) && !/\b(t m|tot en met|tm)\s+(?:\S+\s+){0,2}\d/.test(folded);
  const last = back ? addDays(localParts(date.date), -1) : localParts(date.date);
  return { kind: "rerun", rerun: { text: `${set[1]}${isoDay(last)}${set[3]}`, undoFirst: true, correction: true } };
}

/**
 * Corrections and additions right after a change to one action, read from the words alone: the pillar meant ("pijler moet
 * vreedzaam zijn ipv kansrijk", "verkeerde pijler, Gezond bedoelde ik", "Vreedzaam" after a new action), a partner's real name
 * ("ze heten Verkeerswerkgroep Zonnewijzer, graag aanpassen"), an amount of the other kind ("die 300 was het begrote bedrag niet
 * wat we uitgegeven hebben"), a reminder turned off ("zet die maar uit, heb het al gedaan"), who does a new action with the
 * sender ("Joke trekt hem samen met mij").
 */
function moreCorrections(typed: string, folded: string, payload: Extract<StoredPrompt["payload"], { kind: "change" }>, lookups: FollowUpLookups): FollowUpReading | undefined {
  const title = payload.actionTitle;
  const otherAction = lookups.named?.some((n) => n.id !== payload.actionId && (n.quality ?? 9) >= 2);
  if (title && lookups.pillars?.length && /^actie (nieuw|pijler|update)$/.test(payload.command) && folded.split(" ").length <= 10 && !otherAction) {
    // (The pillar said, not the one it is instead of.)
    const said = folded.replace(/\b(?:ipv|i p v|in plaats van|niet|instead of|not)\s+(?:de\s+)?(?:pijler\s+)?\S+/g, " ");
    const named = lookups.pillars.filter((p) => ` ${said} `.includes(` ${fold(p)} `));
    // (Only the pillar is said: "pijler vreedzaam en ahmed is eigenaar" says more — read elsewhere, never half.)
    const leftover = named.length === 1 ? said.replace(new RegExp(`\\b${fold(named[0]).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`), " ").split(" ").filter((x) => x && !/^(wijkbot|o|oh|en|ja|nee|sorry|oeps|pijler|pillar|de|het|moet|moest|zijn|is|wordt|worden|eigenlijk|toch|graag|aub|dan|pls|bedoel|bedoelde|ik|verkeerde|hoort|bij|valt|onder|maar|wel|hem|die|dat|ie|should|be|it|was|in|naar|zetten|zet|doe|mag|kan)$/.test(x)) : [];
    const bare = named.length === 1 && fold(named[0]) === said.replace(/^(?:wijkbot\s+)?(?:(?:o|oh|en|ja|nee|sorry|pijler)\s+)*/, "").replace(/\s+(?:graag|aub|dan|pls)$/, "").trim();
    if (named.length === 1 && !leftover.length && (bare || /\b(pijler|pillar|bedoel|bedoelde|moet|moest|hoort|valt|ipv|verkeerde)\b/.test(folded))) return { kind: "rerun", rerun: { text: `/actie pijler ${title} ${named[0]}`, pickActionId: payload.actionId } };
  }
  if (title && payload.command === "actie partner") {
    const real = typed.match(/^\s*(?:@?wijkbot[\s,:]*)?(?:(?:nee|sorry|oeps|o|oh|ah)[\s,!.]+)*(?:ze|zij|die|het|hun naam|de naam|volledige naam|de volledige naam|voluit)\s+(?:heten|heet|moet|moeten|is|zijn|luidt)\s+(?:(?:eigenlijk|officieel|voluit|zijn|wel)\s+)*(\p{Lu}[\p{L}\p{N}&'. -]{2,60}?)(?:\s*,?\s*(?:graag\s+|even\s+)*(?:aanpassen|wijzigen|veranderen|verbeteren|graag))?[\s.!]*$/u)?.[1];
    if (real) return { kind: "rerun", rerun: { text: `/actie partner ${title}: ${real.trim()}`, pickActionId: payload.actionId, undoFirst: true, correction: true } };
  }
  const budget = payload.command === "actie budget" ? payload.rerun.text.match(/^(\/actie budget .+?\s)(begroot|besteed)(\s+\S+)$/) : null;
  // ("nog 45 euro bij voor koffie en thee" right after "besteed 120": more spent — the total, 165.)
  const more = budget && budget[2] === "besteed" && !typed.includes("?") ? folded.match(/^(?:(?:en|o|oh|oja|o ja|ja|ook)\s+)*(?:nog|er)\s+(?:(?:eens|een keer|nog)\s+)?(?:eur |euro )?(\d{1,6})(?:\s+(?:euro|eur))?\s+(?:bij|erbij|extra|bijgekomen|uitgegeven)\b/) : null;
  const was = budget ? Number(budget[3].trim().replace(/[€\s]/g, "").replace(/\.(?=\d{3}\b)/g, "").replace(",", ".")) : NaN;
  if (more && budget && Number.isFinite(was)) return { kind: "rerun", rerun: { text: `${budget[1]}besteed ${was + Number(more[1])}`, pickActionId: payload.actionId } };
  if (budget) {
    const planned = /\b(?:begroot|begrote|begroting|gebudgetteerd)\b/.test(folded) && !/\b(?:niet|geen)\s+(?:\w+\s+)?(?:begroot|begrote|begroting)\b/.test(folded);
    const spent = /\b(?:besteed|uitgegeven|uitgaven|spent)\b/.test(folded) && !/\b(?:niet|geen)\s+(?:\w+\s+){0,2}(?:besteed|uitgegeven|uitgaven)\b/.test(folded);
    const meant = planned && !spent ? "begroot" : spent && !planned ? "besteed" : undefined;
    // (Never a question: "en hoeveel was er begroot?" asks, it does not correct.)
    if (meant && meant !== budget[2] && !typed.includes("?") && !/^(?:en\s+)?(?:hoeveel|wat|wanneer|waar|welk|welke|hoe|is|was)\b/.test(folded) && /\b(?:nee|sorry|oeps|moet|moest|niet|bedoel|bedoelde)\b/.test(folded)) return { kind: "rerun", rerun: { text: `${budget[1]}${meant}${budget[3]}`, pickActionId: payload.actionId, undoFirst: true, correction: true } };
  }
  // ("o nee, 180 is het doel. bereikt zijn er nu 150" right after "bereik 180": reached of intended, the number just set undone.)
  if (title && payload.command === "actie bereik") {
    const target = folded.match(/\b(\d{1,6})\s+(?:is|was)\s+(?:het|ons|de)\s+(?:doel|streefgetal|beoogde aantal|target)\b|\b(?:doel|beoogd|streefgetal|target)\s+(?:is|was)?\s*(\d{1,6})\b/);
    const reached = folded.match(/\bbereikt\s+(?:zijn er|zijn|is|hebben we|staat op)?\s*(?:(?:er|nu|inmiddels|al)\s+)*(\d{1,6})\b|\b(\d{1,6})\s+(?:(?:zijn|is)\s+)?(?:er\s+)?(?:nu\s+)?bereikt\b|\b(?:nu|inmiddels|al)\s+(\d{1,6})\s+bereikt\b/);
    const goal = target ? (target[1] ?? target[2]) : undefined;
    const got = reached ? (reached[1] ?? reached[2] ?? reached[3]) : undefined;
    if (goal && got && goal !== got && !typed.includes("?")) return { kind: "rerun", rerun: { text: `/actie bereik ${title} ${got} van ${goal}`, pickActionId: payload.actionId, undoFirst: true, correction: true } };
    // ("o ja en het doel is eigenlijk 30 ipv 25", "and the target is 40 parents" right after the reached count: the intended
    // count of the same action, set beside it.)
    const goalOnly = !got && !typed.includes("?") ? folded.match(TARGET_SAID) : null;
    if (goalOnly) return { kind: "rerun", rerun: { text: `/actie bereik ${title} beoogd ${goalOnly[1]}`, pickActionId: payload.actionId } };
  }
  // ("zet die maar uit, heb het al gedaan", "hoeft niet meer, is al geregeld" right after a reminder: it is taken back.)
  if (payload.command === "herinner" && /^(?:(?:ach|oh|o|nee|wacht|laat maar)\s+)*(?:(?:zet|doe)\s+(?:die|dat|het|hem|m|deze)\s+(?:maar\s+|even\s+|toch\s+)*(?:uit|weg)|(?:die |dat |de )?(?:herinnering |reminder |seintje )?hoeft (?:toch )?(?:niet meer|al niet meer|toch niet))\b/.test(folded.replace(/^wijkbot\s+/, ""))) return { kind: "rerun", rerun: { text: "/ongedaan" } };
  // ("Joke trekt hem samen met mij", "ik trek hem samen met Joke" right after a new action: the two of them own it.)
  if (title && payload.command === "actie nieuw" && lookups.me) {
    const pair = typed.match(/^\s*(?:@?wijkbot[\s,:]*)?(?:(?:o|oh|en|ja)[\s,]+)*(?:@?(\p{Lu}[\p{L}-]+)\s+(?:trekt|doet|pakt)\s+(?:hem|het|m|die|dit)\s+(?:samen\s+)?met\s+(?:mij|me)|(?:ik)\s+(?:trek|doe|pak)\s+(?:hem|het|m|die|dit)\s+(?:samen\s+)?met\s+@?(\p{Lu}[\p{L}-]+))[\s.!]*$/u);
    const other = pair ? (pair[1] ?? pair[2]) : undefined;
    if (other && fold(other) !== fold(lookups.me)) return { kind: "rerun", rerun: { text: `/actie eigenaar ${title}: @${other} @${lookups.me}`, pickActionId: payload.actionId } };
  }
  return undefined;
}

/**
 * "en Anouk voor Gezond", "Lisa ook", "en Esther bij Wonen" right after a role was given: the same role for that person (for
 * the pillar said, or the same one).
 */
function roleForAnother(typed: string, command: string, pillars?: string[]): FollowUpReading | undefined {
  const given = command.match(/^\/rol @(\S+) (aanjager|kartrekker|stuurgroep|voorzitter|coordinator)(?: (.+))?$/);
  // ("en Esther aanjager van Kansrijk": the same role, said again.)
  const said = typed.match(/^\s*(?:@?wijkbot[\s,:]*)?(?:(?:en|ook|plus|and|o ja|oja)[\s,]+)*@?(\p{Lu}[\p{L}-]+|\p{Ll}[\p{L}-]+)(?:\s+(?:ook|too|dan))?(?:\s+(?:(?:wordt|is|als)\s+)?(aanjager|kartrekker|stuurgroeplid|stuurgroep|voorzitter))?(?:\s+(?:voor|van|bij|for|of)\s+(?:de\s+)?(?:pijler\s+)?(\p{L}[\p{L} -]{1,30}?))?(?:\s+(?:ook|too|graag|aub|dan))?[\s.!]*$/u);
  // ("sorry, moet Vreedzaam zijn", "nee, van Kansrijk bedoel ik" right after a role with a pillar: that pillar instead.)
  const pillarSaid = given?.[3] ? typed.match(/^\s*(?:@?wijkbot[\s,:]*)?(?:(?:sorry|sry|oeps|nee|oh|o|wacht|correctie)[\s,!.]+)*(?:(?:moet|moest|had)\s+(?:(?:van|bij|voor)\s+)?(?:(?:de\s+)?pijler\s+)?(\p{Lu}[\p{L}-]+)\s+(?:moeten\s+)?zijn|(?:(?:van|bij|voor)\s+)?(?:(?:de\s+)?pijler\s+)?(\p{Lu}[\p{L}-]+)\s+(?:bedoel(?:de)?\s+ik|moet het zijn|natuurlijk))[\s.!]*$/u) : null;
  const pillarMeant = pillarSaid ? (pillarSaid[1] ?? pillarSaid[2]) : undefined;
  const pillar = pillarMeant ? pillars?.find((p) => fold(p) === fold(pillarMeant)) : undefined;
  if (given && pillar && fold(pillar) !== fold(given[3]!)) return { kind: "rerun", rerun: { text: `/rol @${given[1]} ${given[2]} ${pillar}`, undoFirst: true, correction: true } };
  // ("oeps, dat had Daan moeten zijn, niet Lisa", "niet Lisa maar Daan" right after a role: the same role for the one meant
  // instead — the one given taken back first.)
  const instead = given ? (typed.match(/\b(?:had|moest|moet)\s+(?:(?:eigenlijk|toch|dus|wel|het)\s+)?@?(\p{L}[\p{L}-]+)\s+(?:moeten\s+)?(?:zijn|wezen|worden)\b/u)?.[1] ?? typed.match(/\b(?:niet|not)\s+@?\p{L}[\p{L}-]*\s*,?\s*(?:maar|but)\s+@?(\p{L}[\p{L}-]+)/u)?.[1]) : undefined;
  // (A pillar said so is the pillar meant, above — never a person: "sorry, moet Vreedzaam zijn".)
  if (given && instead && pillars && fold(instead) !== fold(given[1]) && !pillars.some((p) => fold(p) === fold(instead)) && !/^(het|dat|die|de|er|hij|zij|ze|ik|anders|zo|kartrekker|aanjager|voorzitter|stuurgroep|stuurgroeplid|coordinator)$/i.test(fold(instead)) && /\b(oeps|sorry|nee|niet|fout|verkeerd|had|moest)\b/i.test(typed)) {
    const name = `${instead.charAt(0).toUpperCase()}${instead.slice(1)}`;
    return { kind: "rerun", rerun: { text: `/rol @${name} ${given[2]}${given[3] ? ` ${given[3]}` : ""}`, undoFirst: true, correction: true } };
  }
  if (!given || !said || fold(said[1]) === fold(given[1]) || /^(en|ook|ja|nee|dan|die|dat|hij|zij|ze)$/i.test(said[1])) return undefined;
  if (said[2] && !fold(said[2]).startsWith(given[2].slice(0, 8))) return undefined;
  if (!said[3] && !/\b(ook|too|en|and|plus)\b/i.test(typed)) return undefined;
  const name = `${said[1].charAt(0).toUpperCase()}${said[1].slice(1)}`;
  return { kind: "rerun", rerun: { text: `/rol @${name} ${given[2]}${said[3] ? ` ${said[3]}` : given[3] ? ` ${given[3]}` : ""}` } };
}

/** "sorry, moet @Lisa zijn" right after a reminder for Peter: the same reminder for the one meant instead. */
function reminderForOther(typed: string, payload: Extract<StoredPrompt["payload"], { kind: "change" }>): FollowUpReading | undefined {
  const was = payload.command === "herinner" ? payload.rerun.text.match(/^\/herinner (@\S+) /) : null;
  // ("ik bedoelde mezelf, niet Sanne", "was voor mij": the sender instead.)
  if (was && /^(?:\s*(?:@?wijkbot[\s,:]*)?(?:sorry|oeps|nee|oh|o|wacht)[\s,!.]+)*(?:ik\s+)?(?:bedoel(?:de)?|moet|moest|was voor|is voor|voor)\s+(?:ik\s+)?(?:mezelf|mijzelf|mij|me|myself)\b(?:\s*,?\s*(?:niet|not)\s+@?\S+)?[\s.!]*$/iu.test(typed)) {
    return { kind: "rerun", rerun: { text: payload.rerun.text.replace(`${was[1]} `, "mij "), undoFirst: true, correction: true } };
  }
  const meant = was ? typed.match(/^(?:\s*(?:@?wijkbot[\s,:]*)?(?:sorry|oeps|nee|oh|o|wacht)[\s,!.]+)*(?:moet|moest|bedoel(?:de)?|was voor|is voor|voor)\s+@?(\p{Lu}[\p{L}-]+)(?:\s+(?:zijn|bedoel ik|natuurlijk|dus))?[\s.!]*$/u) : null;
  if (!was || !meant || fold(was[1].slice(1)) === fold(meant[1])) return undefined;
  return { kind: "rerun", rerun: { text: payload.rerun.text.replace(was[1], `@${meant[1]}`), undoFirst: true, correction: true } };
}

/** "en ook aan de zaadjes bestellen" right after a reminder: a second reminder, same person, same moment. */
function alsoRemind(typed: string, payload: Extract<StoredPrompt["payload"], { kind: "change" }>, now: Date): FollowUpReading | undefined {
  // ("zelfde moment ook: jaarplan doorsturen aan Henk": another reminder at the same moment.)
  const what = typed.match(/^\s*(?:en|ook|plus|and|o ja|oja)\s+(?:(?:ook|meteen|gelijk|tegelijk|also)\s+)*(?:aan|om|to|about)\s+(?:(?:het|de|een)\s+)?(\S.{2,60}?)(?:\s+(?:graag|aub|pls|please|ook|too))*[\s.!]*$/i)?.[1] ??
    typed.match(/^\s*(?:(?:en|o ja|oja)\s+)?(?:op\s+)?(?:(?:het\s+)?zelfde|hetzelfde|same)\s+(?:moment|tijd|tijdstip|time)\s+(?:ook|graag|nog|too)?\s*[:,-]\s*(?:(?:aan|om|to)\s+)?(?:(?:het|de|een)\s+)?(\S.{2,60}?)[\s.!]*$/i)?.[1];
  const parts = payload.rerun.text.match(/^\/herinner (@\S+|mij|me|de groep|iedereen)\s+(.+)$/i);
  if (!what || !parts || resolveDate(what, now).kind !== "unreadable" || /\b(elke|iedere|every)\b/i.test(payload.rerun.text)) return undefined;
  const words = parts[2].split(/\s+/);
  for (let k = Math.min(8, words.length - 1); k >= 1; k--) {
    const moment = words.slice(words.length - k).join(" ");
    if (resolveDate(moment, now).kind !== "unreadable") return { kind: "rerun", rerun: { text: `/herinner ${parts[1]} ${what} ${moment}` } };
  }
  return undefined;
}

/** An owner command with its last @name replaced by the person the answer names ("Esther bedoelde ik"), if it names one. */
function withPersonNamed(command: string, answer: string): string | undefined {
  // ("oeps niet Ahmed maar Bram bedoelde ik", "not Ahmed but Bram": the name after "maar" is meant, the one after "niet" is not.)
  const notBut = answer.match(/\b(?:niet|not)\s+@?\p{Lu}[\p{L}-]+\s*,?\s+(?:maar|but)\s+@?(\p{Lu}[\p{L}-]+)/u)?.[1];
  const person = notBut ?? [...answer.matchAll(/(?:^|\s)@?(\p{Lu}[\p{L}-]+)/gu)].map((m) => m[1]).find((name) => !/^(Nee|Sorry|Niet|Die|De|Het|Ik|No|I|Oeps|Oops|Oh|Nope)$/.test(name));
  const last = [...command.matchAll(/@[\p{L}][\p{L}\p{N}_-]*/gu)].at(-1);
  if (!person || !last) return undefined;
  return `${command.slice(0, last.index)}@${person}${command.slice(last.index! + last[0].length)}`;
}

/**
 * "esther, niet peter" to "/actie eigenaar X: @Sanne @Lisa @Peter": the one person named (by first name, any case) put in the place
 * of the one ruled out — or of the last one, when none is ruled out. Nothing when not exactly one of the wijk's people is meant.
 */
function personInstead(typed: string, command: string, people: string[]): string | undefined {
  const f = ` ${fold(typed)} `;
  const ruledOut = [...typed.matchAll(RULED_OUT)].map((m) => fold(m[0]));
  const firstOf = (name: string) => fold(name).split(" ")[0];
  const said = people.filter((p) => firstOf(p).length >= 3 && f.includes(` ${firstOf(p)} `));
  const meant = said.filter((p) => !ruledOut.some((r) => ` ${r} `.includes(` ${firstOf(p)} `)));
  const out = said.filter((p) => !meant.includes(p));
  if (meant.length !== 1 || out.length > 1) return undefined;
  const owners = [...command.matchAll(/@([\p{L}][\p{L}\p{N}_-]*)/gu)];
  if (!owners.length || owners.some((m) => firstOf(m[1]) === firstOf(meant[0]))) return undefined;
  const replaced = out.length ? owners.find((m) => firstOf(m[1]) === firstOf(out[0])) : owners.at(-1);
  if (!replaced) return undefined;
  return `${command.slice(0, replaced.index)}@${meant[0].split(" ")[0]}${command.slice(replaced.index! + replaced[0].length)}`;
}

/** The asked owner or deadline change with the person or date typed in its place, if the answer names one. */
/** An absence command in its parts: who and "t/m", the last day, the stand-in ("/afwezig @Ahmed t/m 13 maart vervanger @Youssef"). */
const ABSENCE_PARTS = /^(\/afwezig(?: @\S+)? t\/m )(.+?)((?: vervanger @\S+)?)$/;

function readInstead(typed: string, rerun: Rerun, now: Date): Rerun | undefined {
  // "nee, hockeyclub bedoel ik. Hockeyclub Lewenborg", "ja maar het is Biblionet Groningen" to "… partner: X?": that organisation.
  const partnerAt = rerun.text.match(/^\/actie partner (.+?):\s*/);
  const organisation = partnerAt ? partnerNamedIn(typed) : undefined;
  if (partnerAt && organisation) return { ...rerun, text: `${partnerAt[0]}${organisation}` };
  const rest = stripCorrection(typed);
  // ("nee kansrijk, sorry verkeerd getikt", "nee sorry algemeen, het is voor alle bewoners", "sorry 6, niet 8" to "Bedoel je:
  // /actie pijler … Vreedzaam?", "… doelgroep … 12+?", "… bereik …: 20?": the value said instead, before the comma; why it was
  // wrong is no part of it.)
  const value = sameValueInstead(rest.split(/\s*[,;.!]\s*/)[0] ?? "", rerun) ?? countInstead(typed.replace(/^\s*@?wijkbot[\s,:]*/i, ""), rerun);
  if (value) return value;
  if (!rest || rest.split(/\s+/).length > 4) return undefined;
  if (/^\/actie eigenaar\b/.test(rerun.text) && /@[\p{L}]/u.test(rerun.text)) {
    const text = withPersonNamed(rerun.text, rest);
    return text ? { ...rerun, text } : undefined;
  }
  // ("nee, 5 januari" to "… /afwezig t/m 3 januari?": away until that day instead, with the same stand-in.)
  const away = rerun.text.match(ABSENCE_PARTS);
  if (away && resolveDate(rest, now).kind !== "unreadable") return { ...rerun, text: `${away[1]}${rest}${away[3]}` };
  // ("oh sorry overmorgen" to "Bedoel je: /herinner @Sanne het verslag morgen?": the moment at its end, said instead.)
  if (/^\/herinner\s/.test(rerun.text) && resolveDate(rest, now).kind !== "unreadable") {
    const moment = findDatePhrase(rerun.text, now);
    if (moment && /^[\s.!]*$/.test(rerun.text.slice(moment.end))) return { ...rerun, text: `${rerun.text.slice(0, moment.start).trimEnd()} ${rest}` };
  }
  if (/^\/actie deadline\b/.test(rerun.text) && resolveDate(rest, now).kind !== "unreadable") {
    // ("ja maar dan 3 maart" to "… 1 week later?": the date replaces the shift, which is not a date phrase.)
    const shift = rerun.text.match(SHIFT_AT_END);
    return shift ? { ...rerun, text: `${rerun.text.slice(0, shift.index)}${rest}` } : { ...rerun, datePhrase: rest };
  }
  return undefined;
}

/** The pillar or age group of an asked change, said instead ("kansrijk", "algemeen"); the command says whether the pillar exists. */
function sameValueInstead(said: string, rerun: Rerun): Rerun | undefined {
  const f = fold(said);
  if (!f || f.split(" ").length > 3) return undefined;
  const pillar = rerun.text.match(/^(\/actie pijler .+ )(\S+)$/);
  if (pillar && !rerun.then?.length && /^[a-z]{4,}$/.test(f) && f !== fold(pillar[2])) return { ...rerun, text: `${pillar[1]}${f.charAt(0).toUpperCase()}${f.slice(1)}` };
  const age = rerun.text.match(/^(\/actie doelgroep .+ )(0-4|4-12|12\+|algemeen)$/);
  const ageSaid = /^(0-4|peuters?|dreumesen|kleintjes)$/.test(f) ? "0-4" : /^(4-12|kinderen|basisschool)$/.test(f) ? "4-12" : /^(12\+|12 plus|jongeren|tieners|pubers)$/.test(f) ? "12+" : /^(algemeen|iedereen|alle bewoners|alles|voor iedereen|alle leeftijden)$/.test(f) ? "algemeen" : undefined;
  if (age && ageSaid && ageSaid !== age[2] && !rerun.then?.length) return { ...rerun, text: `${age[1]}${ageSaid}` };
  return undefined;
}

/**
 * "sorry 6, niet 8", "3 bijgekomen, niet 5" to "Bedoel je: /actie bereik …: 20?": the count said instead of the one ruled out —
 * the reach asked moves by the difference (12 + 8 asked, 12 + 6 meant). Only when the number ruled out is said: "het zijn er 4"
 * alone does not tell whether the 4 is the total or those that came on top.
 */
function countInstead(typed: string, rerun: Rerun): Rerun | undefined {
  const f = fold(typed);
  const said = f.match(/^(?:(?:sorry|sry|nee|oeps|oh|o|wacht|het zijn er|het waren er|moet)\s+)*(\d{1,6})(?:\s+(?:\p{L}+\s+){0,2}?)?\s*(?:niet|ipv|in plaats van)\s+(\d{1,6})\b/u);
  if (!said) return totalInstead(f, rerun);
  const [meant, ruledOut] = [Number(said[1]), Number(said[2])];
  const all = [rerun, ...(rerun.then ?? [])];
  const valued = all.filter((r) => /^\/actie bereik .+:\s*\d+$/.test(r.text));
  if (valued.length !== 1 || meant === ruledOut) return undefined;
  const asked = Number(valued[0].text.match(/(\d+)$/)![1]);
  const value = asked === ruledOut ? meant : asked - ruledOut + meant;
  if (value < 0) return undefined;
  const swap = (r: Rerun): Rerun => (r === valued[0] ? { ...r, text: r.text.replace(/\d+$/, String(value)) } : r);
  return { ...swap(rerun), ...(rerun.then ? { then: rerun.then.map(swap) } : {}) };
}

/**
 * "sorry 195, ik had groep 3 niet meegeteld", "oh wacht nee het zijn er 17, …" to "… bereik …: 185?": the total said again, close to
 * the one asked — never a small number that may be what was added ("nee 4 bedoel ik" to a total of 15 asks nothing new).
 */
function totalInstead(f: string, rerun: Rerun): Rerun | undefined {
  const said = f.match(/^(?:(?:sorry|sry|nee|oeps|oh|o|wacht|het zijn er|het waren er|het zijn|het waren|het is|moet|toch)\s+)+(\d{1,6})(?:\s+(?:kinderen|ouders|jongeren|deelnemers|peuters|bezoekers|bewoners|leerlingen|bedoel ik|moet het zijn))?(?:\s|$)/u);
  if (!said) return undefined;
  // (Only when the count is all that was asked: "klaar, 56 kinderen gingen mee" asked two changes — a new count alone says
  // nothing of the other.)
  if (rerun.then?.length || !/^\/actie bereik .+:\s*\d+$/.test(rerun.text)) return undefined;
  const asked = Number(rerun.text.match(/(\d+)$/)![1]);
  const meant = Number(said[1]);
  if (meant === asked || meant < asked * 0.5 || meant > asked * 1.5) return undefined;
  return { ...rerun, text: rerun.text.replace(/\d+$/, String(meant)) };
}

/**
 * The organisation a partner correction names: "oops, it was Lidl not Jumbo" → Lidl, "nee, hockeyclub bedoel ik.
 * Hockeyclub Lewenborg" → Hockeyclub Lewenborg (the fullest name with capitals), "ja maar het is Biblionet Groningen".
 */
function partnerNamedIn(typed: string): string | undefined {
  const said = typed
    .replace(/^\s*(?:(?:oh|o|oeps|oops|sorry|sry|nee+|no|ja+|yes|ok[eé]?|maar|but|wacht|hm+)[\s,.!]+)+/i, "")
    .replace(/^(?:het|dat|it|that)\s+(?:is|was|moet|moest|should be)\s+(?:zijn\s+)?/i, "")
    .replace(/\s*,?\s+(?:niet|not|ipv|i\.?p\.?v\.?|in plaats van|instead of)\s+[^.,;]+/gi, "")
    .replace(/\s+(?:bedoel(?:de)? ik|i mean[t]?|moet het zijn|moest het zijn)\b/gi, "");
  // ("Leger des Heils", "Stichting voor de Jeugd": small linking words between the capitals are part of the name.)
  const capitals = [...said.matchAll(/(?<![\p{L}@])(\p{Lu}[\p{L}\p{N}&'-]*(?:\s+(?:(?:van|de|des|der|den|het|voor|en|&)\s+){0,2}\p{Lu}[\p{L}\p{N}&'-]*)*)/gu)].map((m) => m[1]);
  const best = capitals.sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length)[0];
  if (!best || best.split(/\s+/).length > 5 || /^(Ik|Het|De|Dat|Die|Nee|Ja|Sorry|It|The|I)$/.test(best)) return undefined;
  return best;
}

/** "/actie klaar zomerkamp" with another action's name ("/actie klaar moestuin"), for the commands that take only a name (and a note after ":"). */
function withActionName(text: string, command: string, name: string): string | undefined {
  if (!/^actie (klaar|bezig|stop|parkeer|info|update)$/.test(command)) return undefined;
  const m = text.match(/^\/(\S+ \S+)\s+[^:]+?(:.*)?$/);
  if (!m || (command === "actie update" && !m[2])) return undefined;
  return `/${m[1]} ${name}${m[2] ?? ""}`;
}

/** "… van Fatima" (folded) where Fatima owns some of the actions named: those, and the words that said it. */
function ownerSaid(folded: string, lookups: FollowUpLookups): { ids: string[]; phrase: RegExp } | undefined {
  const said = folded.match(/\bvan @?([a-z][a-z-]+)\b/)?.[1];
  if (!said || !lookups.ownersById || !lookups.named) return undefined;
  const ids = lookups.named.filter((a) => (lookups.ownersById![a.id] ?? []).some((name) => firstNameIs(name, said))).map((a) => a.id);
  return ids.length ? { ids, phrase: new RegExp(`\\bvan\\s+@?${said}\\b`, "i") } : undefined;
}

/** Whether a display name ("Fatima", "Sanne de Vries") is the person called so (folded first name). */
function firstNameIs(name: string, folded: string): boolean {
  return fold(name).split(" ")[0] === folded;
}

/** Whether, apart from the names of actions, the text holds only the words of "the same for …" or "I meant …". */
/** The words of the status a command sets ("klaar" after /actie klaar): said again of another action, they add nothing. */
const SAME_STATUS_WORDS: Record<string, string[]> = {
  "actie klaar": ["klaar", "af", "done", "afgerond", "gereed"],
  "actie bezig": ["bezig", "begonnen", "gestart", "started"],
  "actie stop": ["gestopt", "stop", "stopt"],
  "actie parkeer": ["geparkeerd", "parkeren", "parked"],
};

function onlyFollowUpWords(typed: string, named: { start: number; end: number }[], also: string[] = []): boolean {
  // (Masked rather than cut out: names found may overlap — "wijkplan jonge kind" and "kind".)
  let rest = typed;
  for (const n of named) rest = `${rest.slice(0, n.start)}${" ".repeat(Math.max(0, n.end - n.start))}${rest.slice(n.end)}`;
  // ("… huiswerkbegeleiding loopt gewoon nog": the one not meant stays as it was — what the undo does.)
  const words = fold(rest)
    .replace(/\b(niet|not) (bij |voor )?(de |het |the )?\S+/g, " ")
    .replace(/\b(loopt|lopen|blijft|is|staat) (?:(?:gewoon|dus|wel|ook)\s+)*(nog|door|open)(?: (?:gewoon|door|open))?\b/g, " ")
    .split(" ")
    // (An emoji after it says nothing more: "o ja en de moestuin ook 🌱".)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.every((w) => FOLLOW_UP_WORDS.has(w) || also.includes(w));
}

const FOLLOW_UP_WORDS = new Set(
  ("en ook zelfde hetzelfde idem voor de het die dat van bij met over graag aub pls please too also and the same for as well eveneens plus nog even oei ai shit " +
    "update notitie wijziging aanpassing bericht oeps oops sorry sry fout foutje verkeerde verkeerd actie moest moet zijn is was niet bedoel bedoelde ik nee neen maar degene wrong one i meant mean not it that one wijkbot oh o ow ah oja ja wacht eh ehm hmm andere other juiste right trouwens btw overigens natuurlijk hoor ook gelijk meteen tegelijk direct dan zo hoort hoorde horen belongs goes")
    .split(" "),
);

/** Words for a place in a numbered list, 1-based ("de tweede", "the first one"). */
const ORDINALS: Record<string, number> = { een: 1, eerst: 1, eerste: 1, bovenste: 1, first: 1, one: 1, twee: 2, tweede: 2, second: 2, two: 2, drie: 3, derde: 3, third: 3, three: 3, vier: 4, vierde: 4, fourth: 4, four: 4, vijf: 5, vijfde: 5, fifth: 5, five: 5, zes: 6, zesde: 6, sixth: 6, six: 6 };

/** "1 natuurlijk", "optie 1 aub", "nummer twee", "de bovenste", "de laatste", "the first one": the number answered, as a match of it. */
function ordinalAnswer(folded: string, count: number): RegExpMatchArray | null {
  const core = folded
    .replace(/(?:\s+(?:natuurlijk|graag|aub|pls|please|svp|dan|maar|hoor|toch|even|bedankt|thanks|dank je|die|one|is het|is t|dus))+$/, "")
    .replace(/^(?:(?:ja|ok|oke|doe maar|neem maar|dan|de|het|die|dat|the|optie|nummer|nr|number|option)\s+)+/, "")
    .trim();
  const n = /^\d{1,2}$/.test(core) ? Number(core) : /^(onderste|laatste|last)$/.test(core) ? count : ORDINALS[core];
  if (!n) return null;
  const match = [String(n)] as unknown as RegExpMatchArray;
  match[1] = String(n);
  return match;
}

/** "ja graag, weg ermee 👍": a yes with a few words around it (and no doubt in them). */
function saysYes(folded: string): boolean {
  // ("klopt, mag weg", "ja die kan weg" to "Weet je het zeker? (ja/nee)" about removing: yes.)
  if (/^(?:ja+|klopt|prima|ok|oke|goed|inderdaad|correct|yes)\b[\s,!.]*(?:(?:die|dat|hij|het|deze)\s+)?(?:mag|kan|moet)\s+(?:(?:echt|gewoon|maar|helemaal)\s+)*(?:weg|eraf|verwijderd worden|ertussenuit)[\s.!]*$/.test(folded)) return true;
  const words = folded.split(" ").filter(Boolean);
  // ("top dank je" to "Bedoel je …? (ja/nee)": thanks for what they think is done, not a yes.)
  if (words.some((w) => /^(dank|bedankt|thanks|thx)$/.test(w)) && !words.some((w) => /^(ja+|yes|ok|oke|okay|doe|graag|akkoord|zeker|jazeker)$/.test(w))) return false;
  return (
    words.length <= 6 &&
    /^(ja+|yes|ok|oke|okay|jazeker|jep|yep|jup|jawel|prima|zeker|doe maar|graag|klopt|(dat )?is goed|goed( zo)?|helemaal goed|top|super|perfect|correct|juist|precies|akkoord)\b/.test(folded) &&
    words.every((w) => YES_WORDS.has(w))
  );
}
const YES_WORDS = new Set("echt inderdaad wel klaar af hij die ja jaa jaaa yes ok oke okay jazeker jep yep jup jawel prima zeker doe maar graag klopt hoor weg ermee mee top goed is dat dank je bedankt thanks please go ahead sure super perfect correct juist precies akkoord helemaal zo beide allebei alle twee both bedoel bedoelde ik inderdaad idd exactly right that s it".split(" "));
const NO_WORDS = new Set("nee neee neen no nope wacht toch maar niet doen liever nog even hoor laat zitten stop ermee sorry dank je bedankt thanks not now dan hmm hmmm eh uh waarschijnlijk denk het ik never mind nevermind".split(" "));

/**
 * "ja, verwijderen maar", "ja zet hem maar op klaar": to a yes/no question, a yes with the
 * verb of what was asked. No digits, no doubt ("maar niet", "wacht") and nothing else named.
 */
function confirmsYes(folded: string): boolean {
  const words = folded.split(" ").filter(Boolean);
  if (words.length > 6 || !/^(ja+|yes|ok|oke|okay|jazeker|jep|yep|prima|zeker|klopt|graag)\b/.test(folded) || /\d/.test(folded)) return false;
  return words.every((w) => YES_WORDS.has(w) || CONFIRM_WORDS.has(w) || (w.length >= 5 && /en$/.test(w) && !NO_WORDS.has(w)));
}
const CONFIRM_WORDS = new Set("zet hem m em het die dat maar aub pls alsjeblieft svp op klaar weg gerust ga je gang".split(" "));

/** "nee wacht, toch maar niet doen", "nee hoor, laat maar". */
function saysNo(folded: string): boolean {
  const words = folded.split(" ").filter(Boolean);
  return words.length <= 7 && (/^(?:(?:hm+|eh+|uh+)\s+)?(nee+|neen|no|nope)\b/.test(folded) || /^(toch (maar )?niet|liever niet|nog niet|wacht (nog )?maar|waarschijnlijk niet|(ik )?denk (het )?niet|never ?mind)\b/.test(folded)) && words.every((w) => NO_WORDS.has(w));
}

/** The date phrase in a short answer ("doe maar 30 april dan" → "30 april"), if there is one. */
function datePhraseIn(text: string, now: Date): string | undefined {
  if (resolveDate(text, now).kind !== "unreadable") return text;
  return findDatePhrase(text, now)?.phrase;
}

/** "die van het zomerkamp", "degene van de speeltuin" in answer to "which action?": the name, without the words that point at it. */
function withoutPointer(typed: string): string {
  return typed.replace(/^\s*(?:die|dat|deze|degene|the one)\s+(?:van|bij|voor|over|of|for)\s+(?:(?:de|het|the)\s+)?(?=\S{3})/i, "") || typed;
}

function stripCorrection(typed: string): string {
  let out = typed.trim();
  for (let i = 0; i < 3; i++) {
    const before = out;
    out = out.replace(/^(oh|o|ah|ai|oei|nee+|neen|sorry|sry|oeps|oops|correctie|(?:ff |even |effe )?corrigeren|verbetering|typo|tikfout|typefout|typfout|tikfoutje|typfoutje|foutje|ik bedoel(de)?|bedoel(de)?|no|i mean|i meant|niet|wacht|toch maar|toch|liever|eigenlijk|hm+|eh+m?|(?:dat |het |die )?klopte? (?:helemaal |echt |toch )?niet|excuses|pardon|mijn fout|my bad|nvm|never ?mind|laat maar|even|ff|ik heb (?:me|mij) vergist|ik zei (?:het )?verkeerd|ik had het (?:fout|verkeerd)|het betreft|het gaat om|het zijn er|het waren er|het was|it was|wrong (?:date|number|amount|one|person)|verkeerde (?:persoon|naam|eigenaar|partner|datum|dag|bedrag|getal)|foute datum|doe (?:(?:het|dan|toch|liever)\s+)*maar(?!\s+(?:niet|nee)\b)|maak (?:er|het) (?:(?:dan|toch|liever)\s+)*maar(?!\s+(?:niet|nee)\b)|dan maar)\b[\s,:!.—–-]*/i, "");
    // ("ipv 10 april wordt het 17 april, …": what it becomes, without what it was instead of.)
    out = out.replace(/^(?:ipv|i\.?\s?p\.?\s?v\.?|in plaats van|instead of)\s+[^,;.!?]{1,30}?\s+(?:wordt|is|moet|becomes|is now)\s+(?:het\s+|it\s+)?(?:nu\s+|dus\s+)?(?=\S)/i, "");
    // ("de deadline dient 9 februari te zijn in plaats van 2 februari": formally, what it should be.)
    out = out.replace(/^(?:de |het )?(?:deadline|datum|einddatum|bedrag|bereik|aantal|eigenaar|doelgroep)\s+(?:dient|moet|hoort)\s+(.+?)\s+(?:te zijn|te worden|zijn|worden)\b/i, "$1");
    // "moet 1 april zijn, zo afgesproken in het pijleroverleg": what it should be, then why.
    // ("het moet 3 juli zijn want daarna begint de zomervakantie al": why after "want", no comma.)
    out = out.replace(/^(?:dat |het |die )?(?:moest|moet)\s+(?:eigenlijk\s+|toch\s+)?([^,;.]+?)\s+(?:zijn|wezen|worden)\s*(?:[,;.]\s*|\s(?=(?:want|omdat|ivm)\s))(\S.{5,})$/i, "$1, $2");
    // ("27e bedoel ik, de vrijdag": what was meant, then more.)
    out = out.replace(/^(\S+(?:\s+\S+){0,2}?)\s+(?:bedoel(?:de)? ik|i mean|i meant)\s*[,;.]\s*(\S.*)$/i, "$1, $2");
    out = out.replace(/[\s,]*(bedoel(de)? ik|ik bedoel(de)?|i mean|i meant|moet het zijn|is het|moest het zijn)[.!]*$/i, "");
    out = out.replace(/^(het is|het wordt|moet zijn|wordt|op|naar)\s+/i, "").trim();
    // "dat moest 12 maart zijn", "moest 12 zijn niet 21", "had 3 februari moeten zijn": what it should have been.
    out = out.replace(/^(?:dat |het |die )?(?:moest|moet|had)\s+(?:(?:eigenlijk|toch|idd|inderdaad|wel|dus)\s+)*(.+?)\s+(?:zijn|wezen|moeten zijn|worden)\b(?:[\s,]+(?:niet|not)\s+.*)?$/i, "$1").trim();
    if (out === before) break;
  }
  return out.replace(/[.!]+$/, "").trim();
}

/** The one option whose label holds a word of four letters or more of the answer that no other label holds, if only one does. */
function pickByDistinctWord(folded: string, labels: string[]): number | undefined {
  if (labels.length < 2) return undefined;
  const words = labels.map((label) => fold(label).split(" ").filter((w) => w.length >= 4));
  const typed = folded.split(" ").filter((w) => w.length >= 4 && !/^\d/.test(w));
  const hits = words.map((ws, i) => ({ i, n: typed.filter((t) => ws.some((w) => w === t || (t.length >= 5 && w.startsWith(t)))).filter((t) => words.every((other, j) => j === i || !other.some((w) => w === t || (t.length >= 5 && w.startsWith(t))))).length }));
  const pointed = hits.filter((h) => h.n > 0);
  return pointed.length === 1 ? pointed[0].i : undefined;
}

/** "de tweede", "watertappunt", "die van Lisa": the option whose label (or owner) holds every typed word, if only one does. */
function pickByLabel(folded: string, labels: string[], ownersOf?: string[][]): number | undefined {
  const ordinal = folded.replace(/^(de|het|die|the)\s+/, "").split(" ")[0];
  const n = /^(eerst|eerste|tweede|derde|vierde|vijfde|zesde|first|second|third)$/.test(ordinal) ? ORDINALS[ordinal] : undefined;
  if (n !== undefined && n <= labels.length && folded.split(" ").length <= 3) return n - 1;
  // "die over mediawijsheid, niet ouderbetrokkenheid": what is ruled out is not part of the name.
  const kept = folded.replace(/\b(niet|not) (de |het |the )?\S+/g, " ");
  // ("de cb": a short word counts when it is a whole word of the label.)
  const typedWords = kept.split(/\s+/).filter((w) => (w.length >= 2 || /^\d+$/.test(w)) && !["die", "van", "het", "de", "en", "op", "in", "bij", "is", "komt", "komen", "dat", "er", "maar", "bedoel", "bedoelde", "ik", "the", "over", "met", "about", "with", "degene", "one", "of", "to", "natuurlijk", "uiteraard", "graag", "aub", "pls", "please", "toch", "dan", "hoor", "dus", "course", "obviously"].includes(w));
  if (!typedWords.length) return undefined;
  const fitsWord = (w: string, lw: string) => (w.length <= 2 ? lw === w : lw.startsWith(w) || lw.endsWith(w));
  const fits = labels.map((label, i) => ({ i, words: fold(label).split(" ") })).filter((l) => typedWords.every((w) => l.words.some((lw) => fitsWord(w, lw))));
  if (fits.length === 1) return fits[0].i;
  if (!ownersOf) return undefined;
  // "die van Lisa, de huiswerkbegeleiding": an owner's name counts as part of the label.
  const withOwners = labels
    .map((label, i) => ({ i, words: fold(label).split(" "), owners: (ownersOf[i] ?? []).flatMap((n) => fold(n).split(" ")) }))
    .filter((l) => typedWords.every((w) => l.owners.includes(w) || l.words.some((lw) => fitsWord(w, lw))) && typedWords.some((w) => l.owners.includes(w)));
  return withOwners.length === 1 ? withOwners[0].i : undefined;
}
