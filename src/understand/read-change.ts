import { fold } from "../parse/text.ts";
import type { ActionSpan } from "../action-names/locate-action.ts";
import { locateActions, tokenize } from "../action-names/locate-action.ts";
import type { IndexedAction } from "../action-names/action-index.ts";
import { localText, type LocalText } from "../i18n/index.ts";
import type { Understanding, UnderstandWorld } from "./index.ts";
import { choose, contentWords, FILLER, pickAction } from "./pick.ts";
import { findDateIn } from "./find-date.ts";
import { confirmEach, findOrganisationIn, findPersonIn, nameTypedNear, numberWordsToDigits } from "./helpers.ts";
import { NEGATED_STATUS, STATUS_SUB, STATUS_WORDS } from "./words.ts";
import { readShift } from "./shift.ts";
import { SEASON_WISHES } from "./small-talk.ts";

/** Said explicitly: a progress note. */
const UPDATE_MARKER =
  /^(update|voortgang|notitie|stand van zaken|even een update|kleine update|korte update|progress|note|status update|nieuws|nieuwtje)\b|\b(update|voortgang|notitie|noteer( even| maar)?( bij| dat| voor)?|noteren|opschrijven|schrijf op|note on|progress on|status update)\b/;
const UPDATE_MARKER_AT_START = /^[\s,:;-]*(?:(?:update|voortgang|notitie|noteer|noteren|opschrijven|dat|even|maar|graag|bij|over|van|voor|on|note|progress|status|stand van zaken|nieuws|kleine|korte|een|willen|wil|wilt|kunnen|nog|ook|ff)\b[\s,:;-]*)+/i;

/** "ik doe het verder alleen", "alleen ik blijf eigenaar", "dat doe ik nu zelf": the speaker goes on with an action, alone. */
const SPEAKER_ALONE = /\b(ik doe (het|dit|hem) (\w+ )?(verder|alleen)|alleen ik (blijf|weer|nog|als)|(dat|die|het|dit) doe ik (nu |voortaan |verder |vanaf nu )?(zelf|alleen))\b/;
/** A clause that says more about who owns it ("ik blijf er wel bij als back-up", "samen met mij"): no reason, no note. */
const OWNERS_SAID = /\b(ik blijf|blijf ik|blijft|(?:komt|komen|zet|doe|blijft|blijf) (?:\w+ ){0,2}(?:er )?(?:(?:ook|nog|wel) )*bij|erbij|eigenaar|eigenaren|samen met|met mij|en ik|ik ook|(?:dat|die|het|dit) doe ik (?:nu |voortaan |verder |vanaf nu )?(?:zelf|alleen))\b/;
/** Words of titles that, alone, name no action ("naar een andere wijk"). */
const COMMON_TITLE_WORDS = new Set("wijk buurt school scholen kinderen kind ouders jongeren jeugd groep plan project".split(" "));
/** A note that ends by asking for a status ("…, dus die kan op klaar", "… en hij mag naar bezig"). */
const STATUS_ASKED_AT_END = /^(.*?)[\s,;.]*(?:\b(?:dus|en|so|daarom)\s+)?\b(?:die|dat|het|hij|ie|deze|hem)\s+(?:kan|mag|moet|mogen|kunnen|moeten)\s+(?:nu\s+|wel\s+|dus\s+|gewoon\s+)*(?:op|naar)\s+(klaar|bezig|gestopt|geparkeerd|af|done)\b[\s.!]*$/i;
/** Work that has started, said in a note ("aannemer is vanochtend begonnen met de ondergrond"). */
const STARTED = /\b(?:is|zijn|was|waren)\s+(?:\S+\s+){0,3}?(?:begonnen|gestart)\b|\bvan start\b/i;
/** A clause that hands an action over to someone ("gaat naar Anouk", "Lisa neemt het over", "Youssef pakt het op"). */
const HAND_OVER = /\b(?:gaat|gaan) (?:\w+ ){0,3}naar @?[a-z]+|\bop (?:de )?naam van @?[a-z]+|\bligt (?:nu |voortaan |vanaf nu )bij @?[a-z]+(?! (?:voor|ter) (?:feedback|review|inzage|controle|commentaar))|\b(?:doorschuiven|schuift door|schuif door) naar @?[a-z]+|\b(?:neemt|nemen|neem) (?:\w+ ){0,5}over\b|\bpakt (?:het|hem|m|die|dat|dit)(?: \w+)? op\b|\b(?:eigenaar|trekker) (?:\w+ ){0,4}wordt\b|\bwordt (?:de )?(?:nieuwe )?(?:eigenaar|trekker)\b/;
/** Where a reason starts after a status: punctuation, or "want", "omdat" … */
const SEPARATOR = /[,.;!?:]+|\s[-–—]\s|\b(?:want|omdat|wegens|vanwege|ivm|i\.v\.m\.|reden|because|since|as)\b/i;

/** Actions that are one occasion: once it has been held, it is done ("de techniekdag is geweest"). */
const EVENT = /\b\w*(dag|avond|ochtend|middag|kamp|toernooi|markt|festival|bijeenkomst|voorstelling|uitje|excursie|feest|brunch|barbecue|bbq)\b/;
/** Titles of things a wijk obtains (a vignet, a grant, a permit): "… is binnen" says it is done. */
const OBTAINABLE = /\b(vignet|subsidie\w*|certificaat|keurmerk|erkenning|label|financiering|toekenning|vergunning)\b/;
/** Status words that only count right after the action's name ("de locatie is rond" is not the action). */
const WEAK_STATUS = /^(is doorgegaan|is gehouden|rond|gelukt|gedaan|gereed|opgeleverd|voltooid|afgesloten|ready|complete|loopt|lopend|ongoing|af|is open|zijn open|is geopend|is geweest|zijn geweest|van start|gaat van start|gaan van start|stopt|vervalt|hervat)$/;

const STATUS_LABELS: Record<string, string> = { klaar: "klaar", bezig: "bezig", stop: "gestopt", parkeer: "geparkeerd" };

/** Changes to one action: owner, reach, budget, deadline, partner, status (with a reason), a progress note. */
export async function readChange(text: string, f: string, spans: ActionSpan<IndexedAction>[], w: UnderstandWorld, question: boolean): Promise<Understanding | undefined> {
  let low = sameLengthFold(text);
  const negated = NEGATED_STATUS.test(f);
  const deadlineWords = /\b(deadline|verleng|verlengen|verlengd|verlenging|extend|extended|(zet|zetten) (\S+ ){1,6}op (?=\d|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|overmorgen|eind|begin|half|volgende)|verzet|verzetten|verschuif|verschuift|verschoven|verschuiven|schuif|schuift|schuiven|uitstellen|uitstel|opschuiven|verplaats|verplaatst|verplaatsen|naar achteren|achteruit|naar voren|later|eerder|wordt|komt op|gaat naar|(mag|moet|kan) naar|moet(en)? (af|klaar) zijn|moet(en)?\b[^.,;]*\b(af|klaar|gereed) (zijn|wezen)|moet(en)? (\S+ ){1,4}(af|klaar|gereed)$|(?:moet|moest|moeten) (?:\S+ ){0,2}\d{1,2} (?:jan|feb|maart|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)\w* (?:zijn|worden|wezen)|af (zijn )?voor|(?<!\ber )klaar (zijn )?voor(?! de start| dit (school)?jaar| het (school)?jaar| deze periode| dit seizoen| nu| vandaag| deze week)|is de \d{1,2}(e|ste|de)|(af|klaar|gereed) (zijn )?op|uiterlijk|due|postpone|postponed|move|moved|moves|pushed|push|delay|delayed|einddatum|lopen uit|loopt uit|haal ik niet|halen we niet|maak er|maak het|loopt (nog )?(door )?tot|lopen (nog )?(door )?tot|(gaat|gaan) (nog )?door tot|(mag|kan) (nog )?(door )?tot|duurt (nog )?tot|doorlopen|doorloopt|runs until|runs till|datum is|datum wordt|nieuwe datum|andere datum|new date|is op|oplevering|opleverdatum|einddatum|(?:is|wordt) nu (?=\d{1,2} (?:jan|feb|maart|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)|(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b|(?:eind|begin|half) (?:jan|feb|maart|apr|mei|jun|jul|aug|sep|okt|nov|dec))|staat gepland (op|voor)|is gepland (op|voor)|vindt plaats op|wordt gehouden op|is scheduled for|(?:hebben|heeft|hebben we|heb ik) (?:\S+ ){0,3}tot (?:\S+ ){1,6}nodig|tot (?:\S+ ){1,6}nodig|meer tijd nodig|need until|until (?:\S+ ){1,5}to finish|(?:krijgt|krijgen|heeft|hebben) (?:\S+ ){0,5}?tot (?=\d{1,2} (?:jan|feb|maart|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)|eind |begin |half ))\b/.test(f);
  // ("noteer Stichting Sport als partner van het watertappunt": the partner, not a note that says so.)
  // ("zet bij het CB project dat de wijkverpleegkundige aansluit": what is put with the action is a note.)
  let explicitUpdate = (UPDATE_MARKER.test(f) || /^(?:(?:kun je|kan je|wil je|even|ff|graag)\s+)*(?:zet|schrijf)\s+(?:(?:even|ff|maar|ook|nog)\s+)*(?:bij|onder)\s+.+?\bdat\s+\S/.test(f) || /^(?:(?:kun je|kan je|wil je|kunt u|wilt u|even|ff|graag)\s+)+(?:(?:even|ff|ook|nog)\s+)*(?:bij|onder)\s+.+?\s+(?:zetten|schrijven|noteren|opschrijven|neerzetten)\s+dat\s+\S/.test(f)) && !/^(?:(?:wijkbot|even|graag|kun je|kan je|wil je|aub)\s+)*(noteer|noteren|zet|schrijf)\b.*\bals (nieuwe |extra )?(partner|partners|eigenaar|mede-eigenaar)( (van|bij|voor|aan|toe|erbij|toevoegen)\b|[\s.!]*$)/.test(f) && !/\bals (nieuwe |extra )?(partner|partners|eigenaar|mede-eigenaar) (noteren|toevoegen|erbij zetten|zetten|vastleggen|opnemen)\b/.test(f);
  // ("noteer even bij huiswerkbegeleiding: bereik 21 van de beoogde 30": what is to be noted is only the reach — the reach.)
  if (explicitUpdate && /:\s*(?:het\s+)?(?:bereik|bereikt)\s+(?:is\s+|nu\s+|staat op\s+)*\d+\s+(?:van|uit|op)\s+(?:de\s+)?(?:beoogde\s+)?\d+(?:\s+\p{L}+)?[\s.!]*$/iu.test(text)) explicitUpdate = false;
  // "Youssef is klaar met ouderbetrokkenheid, hij heeft een andere baan": someone else done with an action may be leaving
  // it, not finishing it — ask which.
  const doneWith = !question && spans.length ? text.match(/^\s*(?:@wijkbot[\s,:]*)?(\p{L}+)\s+(?:is|was)\s+(?:nu\s+|al\s+|helemaal\s+|echt\s+)*(?:klaar|gestopt|done|finished)\s+(?:met|with)\s/iu) : null;
  // ("Lisa is klaar met haar deel van het wijkplan": a part of it, read on below.)
  const doneWithSpan = doneWith ? spans.find((s) => s.start >= doneWith[0].length - 1 && /^\s*(?:de|het|the)?\s*$/i.test(text.slice(doneWith[0].length - 1, s.start))) : undefined;
  const leaver = doneWithSpan ? w.people.find((p) => fold(p.displayName).split(" ")[0] === fold(doneWith![1]) && p.displayName !== w.sender?.displayName) : undefined;
  if (leaver && doneWithSpan) {
    const named = doneWithSpan;
    return { kind: "say", text: localText("understand.doneOrLeaving", { person: leaver.displayName, title: named.action.title }) };
  }
  const statusHits = findStatusHits(low);
  // "de speeltuin is opgeknapt" for "Speeltuin Kastanjelaan opknappen": the title's verb, done.
  for (const span of spans) {
    const hit = titleVerbDone(low, span.action.title);
    if (hit && !statusHits.some((h) => h.index === hit.index)) statusHits.push(hit);
  }
  statusHits.sort((a, b) => a.index - b.index);
  if (!spans.length) {
    const bare = f.split(" ").length <= 3;
    const sub = statusHits[0]?.sub;
    // "is het al klaar?": which action — then its details, nothing changed.
    if (sub && question && !bare && f.split(" ").length <= 6) return { kind: "need-action", question: localText("understand.whichAction"), command: "actie info" };
    if ((sub || deadlineWords || explicitUpdate) && (!question || bare) && f.split(" ").length <= 12) {
      const command = sub && !negated ? `actie ${sub}` : deadlineWords ? "actie deadline" : explicitUpdate ? "actie update" : undefined;
      // ("deadline naar 20 maart" — which action? The date said comes after the name typed next.)
      const date = command === "actie deadline" ? findDateIn(text, w.now, w.region) : undefined;
      if (command && date) return { kind: "need-action", question: localText("understand.whichAction"), command, then: `: ${date.phrase.replace(/^(?:naar|op|tot)\s+/i, "")}` };
      // ("update: locatie in Drenthe vastgelegd" — which action? The note said waits for the name.)
      // ("noteer even: bus voor de excursie is geregeld": the words that ask to note it are no part of the note.)
      const said = command === "actie update" ? trimNote(text.replace(/^[^]*?\b(?:update|updatje|updateje|nieuws|nieuwtje|voortgang|notitie|noteer(?:\s+(?:even|ff|maar|graag|alsjeblieft))*)\b\s*[:,-]?\s*/i, "")) : "";
      if (command && said && contentWords(said) >= 2) return { kind: "need-action", question: localText("understand.whichAction"), command, then: `: ${said}` };
      if (command) return { kind: "need-action", question: localText("understand.whichAction"), command };
    }
    // "Bram ook eigenaar", "WIJ Groningen als partner erbij": an owner or partner for an action not named — which one?
    // (The answer is read together with the message: "de speeltuin" + "Bram ook eigenaar".)
    if (!question && f.split(" ").length <= 12 && ((/\b(eigenaar|eigenaren|mede-eigenaar|owner)\b/.test(f) && findPeopleIn(text, w).length) || /\b(partner|partners)\b/.test(f))) {
      return { kind: "read-as", question: localText("understand.whichAction"), prefix: "", suffix: text.trim() };
    }
    // "die actie mag weg": which one? (Removing is the coördinator's, and the command asks first.)
    if (!question && /\b(die|deze|dat|de|this|that) (actie|action)\b/.test(f) && /\b(mag weg|kan weg|moet weg|mag eraf|kan eraf|verwijderen|verwijder|weghalen|schrappen|delete|remove)\b/.test(f) && f.split(" ").length <= 8) {
      return { kind: "need-action", question: localText("understand.whichAction"), command: "actie verwijder" };
    }
    // "bereik is nu 12 kinderen", "€80 uitgegeven aan de flyers": a number for an action not named — which one?
    // (The answer names it; the number follows the name in the command.)
    if (!question && f.split(" ").length <= 12) {
      const reach = readReach(f);
      if (reach) return { kind: "need-action", question: localText("understand.whichAction"), command: "actie bereik", then: ` ${reach}` };
      const budget = readBudget(text, f);
      if (budget) return { kind: "need-action", question: localText("understand.whichAction"), command: "actie budget", then: ` ${budget}` };
    }
    return undefined;
  }

  // "…, gezond, eigenaar @Anouk": a pillar's name alone is the pillar, not an action that has the word in its title.
  const pillarNames = new Set(w.pillars.map((p) => fold(p)));
  spans = spans.filter((s) => s.exact || !pillarNames.has(fold(text.slice(s.start, s.end))));
  if (!spans.length) return undefined;
  // ("… can move to the end of the school year": a name inside the date said is part of the date.)
  const datePhrase = findDateIn(text, w.now, w.region);
  const outsideDate = datePhrase ? spans.filter((s) => !(s.start >= datePhrase.start && s.end <= datePhrase.end)) : spans;
  if (outsideDate.length && outsideDate.length < spans.length) spans = outsideDate;
  // "GGD Groningen moet ook als partner bij het schoolontbijt": "GGD" is the organisation's name here, not "… CB en GGD".
  const orgMentions = w.organisations.flatMap((o) => {
    const at = low.indexOf(fold(o));
    return at >= 0 && fold(o).includes(" ") ? [{ start: at, end: at + fold(o).length }] : [];
  });
  const outsideOrgs = spans.filter((s) => !orgMentions.some((m) => s.start >= m.start && s.end <= m.end));
  if (orgMentions.length && outsideOrgs.length && outsideOrgs.length < spans.length) spans = outsideOrgs;
  // "deadline geldlessen en speeltuin allebei naar 20 maart": one change for two actions named together — both shown first.
  const both = !question && /\b(allebei|beide|alle twee|both)\b/.test(f) ? await sameChangeForBoth(text, spans, w) : undefined;
  if (both) return both;
  // "moestuin is klaar en het watertappunt mag naar bezig": two actions, each with its own status — both shown first.
  const two = question ? undefined : await twoStatusChanges(text, low, spans, statusHits, w);
  if (two) return confirmEach(two);
  // ("…klaar-overs in de ochtend, dat hoort bij veilig naar school", "…, dat valt onder betrokkenheid cb en ggd": the action
  // said outright at the end — that one, whatever words of other names the news holds.)
  const saidToBelong = question ? undefined : spans.find((s) => (s.exact || s.quality >= 2) && /(?:^|[,.;!?]\s*|\s)(?:en\s+|want\s+)?(?:dat|dit|die|het|this|that|it)\s+(?:valt|hoort|gaat|hoorde|viel|belongs|falls|goes)\s+(?:\p{L}+\s+)?(?:onder|bij|over|to|under|with)\s+(?:de|het|the|onze|our)?\s*$/iu.test(text.slice(0, s.start)) && /^[\s.!]*$/u.test(text.slice(s.end).replace(/[\p{Extended_Pictographic}\uFE0F\u200D]/gu, "")));
  if (saidToBelong) spans = [saidToBelong];
  // "ouderbetrokkenheid gestopt omdat het nu onder het wijkplan jonge kind valt": the action is named before the reason.
  const cut = text.search(SEPARATOR);
  // ("de kraan bij de school is klaar, daarmee is het watertappunt afgerond": a name after "<iets> bij de" is where, not what.)
  const partOf = (s: ActionSpan<IndexedAction>) =>
    !s.exact && /[\p{L}]{3,}\s+(bij|van|at|of)\s+(de|het|the)\s*$/iu.test(text.slice(0, s.start)) && statusHits.some((h) => h.index >= s.end && h.end <= cut);
  const primary = cut > 0 ? spans.filter((s) => s.end <= cut && !partOf(s)) : [];
  // ("ik ga per februari naar een andere wijk, Lisa neemt de geldlessen van me over": a common word of a title in the first
  // clause does not outweigh a name said in full after it.)
  // ("ik ga per 1 mei weg bij de GGD, Anouk neemt de moestuin over": an organisation's name is no action either.)
  const common = (s: ActionSpan<IndexedAction>) => !s.exact && (COMMON_TITLE_WORDS.has(fold(text.slice(s.start, s.end))) || w.organisations.some((o) => fold(o).split(" ").includes(fold(text.slice(s.start, s.end)))));
  const weakFirst = primary.every(common) && spans.some((s) => s.start >= cut && !common(s) && (s.exact || s.quality >= 2));
  if (primary.length && primary.length < spans.length && !weakFirst) spans = primary;
  // "watertappunt als eerste bespreken, daarna de voortgang": about the meeting's order, not news about the action.
  if (/\b(als eerste|als laatste|eerst bespreken|daarna pas|volgorde)\b/.test(f) && /\b(bespreken|bespreek|behandelen|behandel|agenda|punt)\b/.test(f) && !/^(update|notitie)\b/.test(f)) return undefined;
  const picked = await pickAction(spans, w, statusHits[0]?.index, text);
  // ("de actie op zoek naar het waarom achter de cijfers mag weg, die hoort bij het oude plan": the action itself taken away —
  // shown first (and the command asks once more).)
  if (!question && picked.chosen && /^(?:wijkbot\s+)?(?:de |die |deze |this |that |the )?(?:actie|action)\s/.test(f) && /\b(?:(?:mag|kan|moet|mogen|kunnen|moeten) (?:\w+ ){0,2}(?:weg|eruit|eraf|er af|verwijderd(?: worden)?|geschrapt(?: worden)?)|verwijderen|weghalen|schrappen|delete|remove)\b/.test(f) && !/\b(eigenaar|eigenaren|owner|partner|partners|agenda|agendapunt|herinnering\w*|notitie|deadline|note)\b/.test(f)) {
    return { kind: "confirm", question: localText("understand.confirm", { what: `/actie verwijder ${picked.chosen.title}` }), text: `/actie verwijder ${picked.chosen.title}`, pickActionId: picked.chosen.id };
  }
  // ("2e schil moet op stop of parkeer, weet ik nog niet": one of two statuses — which, asked.)
  const either = statusHits.find((h, i) => i > 0 && h.sub !== statusHits[i - 1].sub && /^\s*(?:of|or|dan wel)\s+(?:op\s+)?$/.test(low.slice(statusHits[i - 1].end, h.index)));
  if (either && picked.chosen && !question) {
    const before = statusHits[statusHits.indexOf(either) - 1];
    const id = picked.chosen.id;
    const title = picked.chosen.title;
    return {
      kind: "choose",
      question: localText("understand.whichStatus", { title }),
      options: [before, either].map((h) => ({ label: localText(`status.${STATUS_LABELS[h.sub]}` as never), text: `/actie ${h.sub} ${title}`, pickActionId: id })),
    };
  }
  let span = picked.chosen ? spans.find((s) => s.action.id === picked.chosen!.id)! : spans[0];
  // ("techniekdag: bussen geregeld voor groep 7 en 8": the name before the colon, not the words of the title in the note.)
  // ("geldlessen gaat naar Daan, hij staat zelf voor groep 8": likewise the name that opens the first clause.)
  const preColon = picked.chosen ? (text.match(/^([^:]{2,60}):\s*\S/)?.[1] ?? text.match(/^((?:@?wijkbot[\s,:]+)?[^,:;.!?]{2,60})[,;.!?]\s*\S/)?.[1]) : undefined;
  const beforeColon = preColon && !spans.some((s) => s.action.id === picked.chosen!.id && s.end <= preColon.length)
    ? locateActions(w.index, preColon).find((s) => s.action.id === picked.chosen!.id && (/^\s*$/.test(preColon.slice(s.end)) || !text.slice(0, preColon.length).includes(":")) && contentWords(withoutPreamble(preColon.slice(0, s.start))) === 0)
    : undefined;
  if (beforeColon) span = beforeColon;
  // ("nieuws over de voorleesochtend de bibliotheek heeft een vertelkast klaargezet": a word of the title after an article the
  // title does not have, with a verb right after it, is the subject of the news — not part of the name.)
  const innerArticle = text.slice(span.start, span.end).match(/\s(de|het|een)\s+[\p{L}-]+$/iu);
  if (innerArticle && !fold(span.action.title).split(" ").includes(fold(innerArticle[1])) && /^\s+(?:heeft|hebben|had|hadden|is|zijn|was|waren|wordt|worden|gaat|gaan|komt|komen|doet|doen|geeft|geven|levert|leveren|stuurt|sturen|wil|willen|kan|kunnen|moet|moeten|zet|zetten)\b/i.test(text.slice(span.end))) {
    span = { ...span, end: span.start + innerArticle.index! };
  }
  // ("geldlessen update: groep 8 van de zonnewijzer …": the name before "update:" is the action, not a name the note's
  // words also fit ("Techniekdag groep 7 en 8").)
  const announced = picked.chosen ? text.match(/^\s*(?:@?wijkbot[\s,:]*)?([^:,.;!?]{3,60}?)\s+(?:update|nieuws|voortgang|notitie|stand van zaken)\s*:\s*\S/i) : null;
  const named = announced ? announced.index! + announced[0].indexOf(announced[1]) + announced[1].length : 0;
  const announcedSpan = announced ? locateActions(w.index, text.slice(0, named)).find((s) => contentWords(withoutPreamble(text.slice(0, s.start))) === 0 && /^\s*$/.test(text.slice(s.end, named))) : undefined;
  if (announcedSpan && announcedSpan.action.id !== picked.chosen!.id && (announcedSpan.exact || announcedSpan.quality >= 2)) {
    span = announcedSpan;
    picked.chosen = announcedSpan.action;
  }
  // ("kindteams gaat definitief niet door omdat KIEM stopt met voorschoolse teams": of two places that name the action, the
  // one the status is said of.)
  const same = picked.chosen ? spans.filter((s) => s.action.id === picked.chosen!.id && s !== span) : [];
  const statusNear = (s: ActionSpan<IndexedAction>) => statusHits.some((h) => nearSpan(text, h, s) && !isNegated(low, h));
  if (same.length && !statusNear(span)) span = same.find(statusNear) ?? span;
  // ("techniek dag de bus is geregeld": a compound of the title typed as two words — the second belongs to the name.)
  const splitTail = text.slice(span.end).match(/^\s+(\p{L}{2,})/u);
  const lastWord = fold(text.slice(span.start, span.end)).split(" ").at(-1) ?? "";
  if (splitTail && fold(span.action.title).split(" ").includes(`${lastWord}${fold(splitTail[1])}`)) span = { ...span, end: span.end + splitTail[0].length };
  // "homework club: 3 new volunteers": one more word of the name before the colon ("club", "project") belongs to it.
  // ("homework club update: …": the word of the name, then the word that announces the note.)
  const nameTail = text.slice(span.end).match(/^\s+([\p{L}][\p{L}'-]*)(?:\s+(?:update|nieuws|news|voortgang))?\s*:\s*\S/u);
  if (nameTail && !/^(verslag|verslagje|report|deadline|einddatum|partners?|eigenaars?|owners?|bereik|reach|budget|begroting|begroot|besteed|uitgaven|status|update|voortgang|notitie|note|doelgroep|doel|doelstelling|streefgetal|beoogd|target|goal|pijler|pillar|klaar|af|done|gestopt|bezig|is|zijn|nu|ook|weer|nog|al)$/i.test(nameTail[1]) && !saysWhatHappened(nameTail[1])) {
    span = { ...span, end: span.end + text.slice(span.end).indexOf(nameTail[1]) + nameTail[1].length };
  }
  const title = picked.chosen?.title ?? span.action.title;
  // "de offerte voor de speeltuin is klaar", "inschrijving zomerkamp is gestopt", "klaar met de planning van de moestuin":
  // the status is said of a part of the action, not of the action — news about it (asked first), never its status to
  // klaar, gestopt or geparkeerd.
  // (A part that has started does say the action is under way: "voorbereiding ouderavond is gestart" is bezig.)
  for (let i = statusHits.length - 1; i >= 0; i--) if (statusHits[i].sub !== "bezig" && saidOfAPart(text, span, statusHits[i])) statusHits.splice(i, 1);
  // ("gezonde school vignet aangevraagd en binnen, mag op klaar", "de koffieochtenden draaien nu elke woensdag, zet de huiskamer
  // maar op bezig", "ouderbetrokkenheid ligt even op de plank, parkeren graag": the status asked for in a clause of its own —
  // that status, with the other clauses as the note (less what only says the status again). Shown first.)
  const askedInClause = !question && picked.chosen && !negated ? statusAskedInClause(text, span, spans) : undefined;
  if (askedInClause) {
    const statusCommand = `/actie ${askedInClause.sub} ${picked.chosen!.title}${askedInClause.note ? `: ${askedInClause.note}` : ""}`;
    if (askedInClause.reach) return confirmEach([{ text: statusCommand, pickActionId: picked.chosen!.id }, { text: `/actie bereik ${picked.chosen!.title}: ${askedInClause.reach}`, pickActionId: picked.chosen!.id }]);
    const status = localText(`status.${STATUS_LABELS[askedInClause.sub]}` as never);
    const what = askedInClause.note ? localText("understand.what.statusNote", { title, status, note: askedInClause.note }) : localText("understand.what.status", { title, status });
    return { kind: "confirm", question: localText("understand.confirm", { what }), text: statusCommand, pickActionId: picked.chosen!.id };
  }
  // "even een update @wijkbot: de huiswerkbegeleiding is afgerond": "update" announces the news before the colon; a status
  // right after the name is the news (not a note that says so).
  if (explicitUpdate && !/\b(noteer|noteren|opschrijven|schrijf op|notitie|voortgang)\b/.test(f)) {
    const marker = [...low.matchAll(/\b(update|nieuws|nieuwtje|status update)\b/g)].at(-1);
    // (Before the name: a colon, or only the gap where "@wijkbot:" was.)
    const announces = marker !== undefined && marker.index! + marker[0].length <= span.start && (text.slice(marker.index!, span.start).includes(":") || /^[\s,:\-–]*((de|het|onze|ons)\s+)?$/i.test(text.slice(marker.index! + marker[0].length, span.start)));
    const statusNext = statusHits.find((h) => h.index >= span.end && tokenize(text.slice(span.end, h.index)).every((t) => /^(is|zijn|nu|staat|staan|al|inmiddels|eindelijk|officieel|helemaal|has|is|are|now)$/.test(t.word)));
    if (announces && statusNext && !WEAK_STATUS.test(statusNext.word) && !isNegated(low, statusNext)) {
      explicitUpdate = false;
      // (The greeting and the announcement are no reason for the status: blanked, so every offset stays.)
      text = " ".repeat(span.start) + text.slice(span.start);
      low = sameLengthFold(text);
    }
  }
  // ("de bewoners hebben zelf een naam bedacht voor de huiskamer: De Huiskamer van Lewenborg": a name at the end of a
  // sentence of its own, before a colon, is no "name: note".)
  const leadIn = stripPreamble(text.slice(0, span.start).split(/[.!?]+\s+/).at(-1) ?? "").replace(UPDATE_MARKER_AT_START, "");
  const inSentence = contentWords(leadIn) > 3 && /\b(heeft|hebben|had|hadden|is|zijn|was|waren|wordt|worden|werd|werden|gaat|gaan|ging|gingen|kan|kunnen|moet|moeten|wil|willen|zal|zullen)\b/i.test(leadIn) && /\b(voor|bij|van|over|in|op|met|aan|for|at|of|about)\s+(?:de|het|onze|ons|the|our)?\s*$/i.test(leadIn);
  const colonForm = /^\s*:\s*\S/.test(text.slice(span.end)) && !inSentence;
  // A second sentence that says more ("…, ik heb het te druk") could be meant as a note the command cannot keep: ask first.
  const saysMore = clauses(text).filter((c) => contentWords(c) >= 2).length >= 2;
  const build = (command: string, value: string, what: LocalText, certain = !saysMore || /^actie (klaar|bezig|stop|parkeer|update)$/.test(command)): Understanding => {
    // ("ouderavond mediawijsheid zit erop, we hadden er 40": done, and how many came is what it reached — both, shown first.)
    const came = command === "actie klaar" && picked.chosen ? value.match(COUNT_OF_THE_DAY) : null;
    if (came && picked.chosen) return confirmEach([{ text: `/actie klaar ${picked.chosen.title}`, pickActionId: picked.chosen.id }, { text: `/actie bereik ${picked.chosen.title}: ${came[1] ?? came[2]}`, pickActionId: picked.chosen.id }]);
    // ("voorleesochtend is klaar, 17 peuters en de bieb wil het elke maand doen": done, with news that opens with how many came —
    // the note, and that count as its reach, shown first.)
    const cameToo = command === "actie klaar" && picked.chosen ? value.match(COUNT_OPENS_NEWS) : null;
    if (cameToo && picked.chosen) {
      const id = picked.chosen.id;
      const status = localText("status.klaar" as never);
      return {
        kind: "choose",
        question: localText("understand.reading.which", { title: picked.chosen.title }),
        options: [
          { label: localText("understand.reading.statusNoteReach", { status, note: value, value: cameToo[1] }), text: `/actie klaar ${picked.chosen.title}: ${value}`, pickActionId: id, then: [{ text: `/actie bereik ${picked.chosen.title}: ${cameToo[1]}`, pickActionId: id }] },
          { label: localText("understand.reading.statusNote", { status, note: value }), text: `/actie klaar ${picked.chosen.title}`, pickActionId: id, note: value },
        ],
      };
    }
    // ("wijkwebsite is gestart! bouwer heeft de opdracht, 2400 aanbetaald": money paid, said in the news, is what was spent — the
    // note and the amount, shown first, while nothing was spent yet.)
    const paid = /^actie (klaar|bezig)$/.test(command) && picked.chosen && details?.spentCents == null ? value.match(PAID_IN_NEWS) : null;
    const paidAmount = paid ? (paid[1] ?? paid[2] ?? paid[3]).replace(/\.(?=\d{3}\b)/g, "") : undefined;
    if (paidAmount && picked.chosen) return confirmEach([{ text: `/${command} ${picked.chosen.title}: ${value}`, pickActionId: picked.chosen.id }, { text: `/actie budget ${picked.chosen.title} besteed ${paidAmount}`, pickActionId: picked.chosen.id }]);
    // ("wijkwebsite is gestart, bouwer levert 1e versie op 20 maart dus deadline naar 20 maart graag": the status, the deadline asked
    // for at the end of the news, and the news before it — shown first.)
    const deadlineAsked = /^actie (klaar|bezig|stop|parkeer)$/.test(command) && picked.chosen ? value.match(/^(.*?\S)[\s,;]+(?:dus|en|dan|so|and)\s+(?:kan\s+|mag\s+|moet\s+)?(?:de\s+)?(?:deadline|einddatum)\s+(?:(?:mag|kan|moet|gaat)\s+)?(?:naar|op|wordt|to)\s+([^,;.!?]{3,25}?)(?:\s+(?:graag|aub|pls|please|svp))?[\s.!]*$/i) : null;
    const askedDate = deadlineAsked ? findDateIn(deadlineAsked[2], w.now, w.region) : undefined;
    if (deadlineAsked && askedDate && picked.chosen && contentWords(deadlineAsked[1]) >= 2) {
      const id = picked.chosen.id;
      return confirmEach([{ text: `/${command} ${picked.chosen.title}`, pickActionId: id }, { text: `/actie deadline ${picked.chosen.title}: ${askedDate.phrase.replace(/^(?:op|naar)\s+/i, "")}`, pickActionId: id }, { text: `/actie update ${picked.chosen.title}: ${deadlineAsked[1]}`, pickActionId: id }]);
    }
    // ("… is eindelijk gestart! campus heeft het plan goedgekeurd. deadline mag naar eind juni": a new deadline said in a
    // sentence of its own after the news is no part of the note — the two, shown first.)
    const deadlineSaid = /^actie (klaar|bezig|stop|parkeer|update)$/.test(command) && value ? value.match(/(?:^|[.;!]\s+|,\s*)(?:de\s+)?(?:nieuwe\s+)?(?:deadline|einddatum)\s+(?:(?:mag|moet|kan|wordt|gaat|is)\s+)?(?:(?:nu|dan|graag)\s+)?(?:(?:naar|op)\s+)?([^.;!]{3,40}?)[\s.!]*$/i) : null;
    // ("techniekdag update: 6 workshops rond. Lisa komt erbij als eigenaar": an owner added in a sentence after the news is no
    // part of the note either — the two, shown first.)
    const ownerAfter = /^actie (klaar|bezig|stop|parkeer|update)$/.test(command) && value && details ? value.match(/^(.{3,}?[.!;])\s+@?(\p{Lu}[\p{L}-]+)\s+(?:komt\s+(?:ook\s+)?(?:er\s*)?(?:ook\s+)?bij\s+als\s+(?:mede-?)?|wordt\s+(?:ook\s+)?(?:mede-?)?|is\s+(?:nu\s+)?(?:ook\s+)?(?:mede-?)?|doet\s+(?:ook\s+)?mee\s+als\s+(?:mede-?)?)eigenaar[\s.!]*$/u) : null;
    const newOwner = ownerAfter ? w.people.find((p) => fold(p.displayName).split(" ")[0] === fold(ownerAfter[2]))?.displayName : undefined;
    if (ownerAfter && newOwner && details && picked.chosen) {
      const kept = ownerAfter[1].replace(/[\s,.;!]+$/, "");
      const owners = [...new Set([...details.ownerNames, newOwner])];
      return confirmEach([
        { text: `/${command} ${picked.chosen.title}${kept ? `: ${kept}` : ""}`, pickActionId: picked.chosen.id },
        { text: `/actie eigenaar ${picked.chosen.title}: ${owners.map((o) => `@${o}`).join(" ")}`, pickActionId: picked.chosen.id },
      ]);
    }
    const deadlineDate = deadlineSaid ? findDateIn(deadlineSaid[1], w.now, w.region) : undefined;
    if (deadlineSaid && deadlineDate && picked.chosen) {
      const kept = value.slice(0, deadlineSaid.index).replace(/[\s,.;!]+$/, "");
      return confirmEach([
        { text: `/${command} ${picked.chosen.title}${kept ? `: ${kept}` : ""}`, pickActionId: picked.chosen.id },
        { text: `/actie deadline ${picked.chosen.title}: ${deadlineDate.phrase}`, pickActionId: picked.chosen.id },
      ]);
    }
    const suffix = value ? `: ${value}` : "";
    // A new owner gets the action's reminders and a partner is shown on every overview: read from free text, shown first.
    if (/^actie (eigenaar|partner)$/.test(command)) certain = false;
    // ("voorleesochtend: boeken gekocht voor 87,50 en koffie 12,-", "IVN Groningen geeft er natuurlessen bij": news with money
    // or an organisation that joins in may be meant for the budget or the partners — the note is shown first.)
    if (command === "actie update" && value && mayBeBudgetOrPartner(value)) certain = false;
    // "de moestuin en het watertappunt een week later": two actions named, one changed — shown first.
    const named = spans.filter((x) => (x.quality >= 2.5 || x.exact) && !(x.start < span.end && span.start < x.end) && x.action.id !== span.action.id);
    if (named.length) certain = false;
    // ("Bram zegt dat veilig naar school klaar is", "volgens Lisa is de moestuin af": what someone else said is shown first.)
    if (/\b(zegt|zei|zeggen|zeiden|meldt|meldde|meldden|vertelt|vertelde|vertelden|hoorde|appte|appt|mailde|mailt|schreef|schrijft|laat weten|liet weten|says|said|told me)\s+(?:me\s+|mij\s+|ons\s+|net\s+|vandaag\s+)*(dat|that)\b|\bvolgens (?!mij\b|me\b|ons\b|planning\b|plan\b|schema\b)\p{L}+/u.test(f)) certain = false;
    // "ik denk dat de moestuin klaar is", "volgens mij kan … op klaar": a guess is shown first.
    if (/\b(ik denk|denk ik|volgens mij|misschien|mss|misch|waarschijnlijk|wss|wsl|wrs|wellicht|vermoedelijk|denk het|denk wel|lijkt me|lijkt mij|geloof ik|ik geloof|schat ik|ik schat|gok ik|ik gok|naar schatting|i think|maybe|probably|perhaps|i guess)\b/.test(f)) certain = false;
    // "we overwegen de huiswerkbegeleiding te parkeren", "ik twijfel of …": weighed, not decided.
    // ("we willen het vignet eigenlijk weer openzetten, zou mooi zijn": a wish, not yet done.)
    if (/(?:^|[,.;!?]\s*|\ben\s+)(we|wij) willen\b|^willen we\b|\b(zou mooi zijn|zou fijn zijn|het idee is|het plan is|we zouden graag|we d like|we want to|we would like)\b/.test(f)) certain = false;
    if (/\b(overwegen|overweeg|overweegt|twijfel\w*|denken erover|denk erover|nadenken|na te denken|zouden kunnen|considering|thinking about|might)\b/.test(f)) certain = false;
    // "de bakken voor de moestuin zijn klaar": said of something that belongs to the action — shown first.
    // ("de gemeente wil uiterlijk 1 maart een plan voor het watertappunt": the date of a part, shown first too;
    // "de deadline van X" is the action's own date.)
    const before = text.slice(0, span.start);
    const ofAPart = contentWords(before) >= 1 && /\b(voor|van|bij|in|op|for|of)\s+(de|het|the)?\s*$/i.test(before);
    const ownDate = /\b(deadline|einddatum|datum|opleverdatum|due date|date)\s+(\S+\s+)?(voor|van|bij|of|for)\s+(de|het|the)?\s*$/i.test(before);
    if (ofAPart && (/^actie (klaar|bezig|stop|parkeer)$/.test(command) || (command === "actie deadline" && !ownDate))) certain = false;
    // ("huiswerkbegeleiding is gestopt met de vrijdagmiddag, de rest loopt gewoon door": a part stopped, the rest goes on — shown first.)
    if (/^actie (klaar|stop|parkeer)$/.test(command) && /\b(de rest|rest|de overige|het overige|de andere \w+|verder|wel)\b.{0,20}\b(loopt|lopen|gaat|gaan|blijft|blijven)\b(.{0,15}\b(door|verder|doorgaan|gewoon)\b)?/.test(f)) certain = false;
    // ("moestuin is gestopt het tuinman, wij gaan wel door hoor": someone stopped, the action goes on — shown first.)
    if (/^actie (klaar|stop|parkeer)$/.test(command) && /\b(we|wij|ik|zij|ze|de school|het team)\s+(gaan|ga|gaat)\s+(\w+\s+){0,2}door\b|\b(gaan|gaat)\s+(wel|gewoon|toch)\s+door\b/.test(f)) certain = false;
    // "ik stop met de moestuin": the speaker may be leaving the action, not ending it for everyone — shown first.
    if (command === "actie stop" && /\b(ik|i)\s+(stop|stopt|ga stoppen|hou op|houd op|quit)\b/.test(f)) certain = false;
    // "…, nieuwe deadline 27 februari. Juf van 8b was ziek": a last sentence about something else is kept as a note.
    const valueCommand = !/^actie (klaar|bezig|stop|parkeer|update)$/.test(command);
    // (An owner who stays — "zet Anouk er bij als eigenaar, Fatima is met verlof" — is no part of what is asked: a clause about them
    // is the reason.)
    const kept = command === "actie eigenaar" ? (details?.ownerNames ?? []) : [];
    const side = valueCommand && saysMore ? (command === "actie eigenaar" && handOverReason && contentWords(handOverReason) >= 2 ? handOverReason : sideNote(text, span, value, kept)) || noteBetween(text, span, value) : "";
    const reason = valueCommand ? reasonNote(text, value) : "";
    // ("…, en vorige maand was het al 140": counted in the total, not a note.)
    // ("…, die is betaald", "…, dat telt als uitgave", "…, begroting graag aanpassen": says again what is being set — no note.)
    const said = side || reason;
    const counted =
      // ("zet Peter maar als eigenaar, niet mij": who it is not, said after — no note.)
      (command === "actie eigenaar" && /^\s*(?:en\s+)?(?:niet|not|ipv|in plaats van)\s+(?:mij|me|ik|mezelf|\p{L}+)[\s.!]*$/iu.test(said)) ||
      // ("…, dat doe ik nu zelf": who goes on with it, said again — no note.)
      (command === "actie eigenaar" && SPEAKER_ALONE.test(fold(said)) && contentWords(said) <= 4) ||
      // ("…, wil je haar erbij zetten": the request said again — no note.)
      (command === "actie eigenaar" && /^\s*(?:(?:en|dus)\s+)?(?:wil|wilt|kun|kunt|kan|zou)\s+(?:je|jij|u)\s+(?:haar|hem|ze|die|hen|mij|me)\s+(?:(?:er|ook|even|maar|dan)\s+)*(?:bij|erbij|toevoegen|bij ?zetten|erbij zetten|op ?zetten|zetten)\b[^,.;]*$/i.test(said)) ||
      // ("ik doe ook mee met schoolontbijt, zet me erbij": the request said again, in so many words — no note.)
      (command === "actie eigenaar" && /^\s*(?:(?:en|dus|graag)\s+)?(?:zet|doe)\s+(?:haar|hem|ze|die|hen|mij|me|mezelf)\s+(?:(?:er|ook|even|maar|dan|nog|graag)\s+)*(?:bij|erbij|op|erop)(?:\s+(?:graag|aub|pls))?[\s.!]*$/i.test(said)) ||
      (command === "actie budget" && /^\s*en\s+(?:vorige|afgelopen)\s+(?:week|maand|keer)\s+(?:was\s+(?:het|er)|hadden\s+we)\s+(?:ook\s+)?al\s+(?:€\s*)?\d/i.test(side)) ||
      (command === "actie budget" && /^\s*(?:(?:die|dat|het|deze|dit)\s+)?(?:is|zijn|telt|tellen|wordt|worden)\s+(?:al\s+|ook\s+|nu\s+)?(?:betaald|voldaan|overgemaakt|gedeclareerd|als uitgave|uitgegeven)[\s.!]*$/i.test(said)) ||
      // ("…: Humanitas doet mee, zij leveren de vrijwilligers", "partner: Albert Heijn (leverde het brood)": what the partner does is
      // part of saying who it is, not news about the action.)
      (command === "actie partner" && (/^\s*(?:zij|ze|die|hij|dat|they|who|which)\s/i.test(said) || said.trim().split(/\s+/).length <= 4 || new RegExp(`\\(\\s*${said.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*\\)`).test(text))) ||
      // ("uiteindelijk 7 scholen, niet 6": the number it is not, said as a correction — no note.)
      (/^actie (bereik|budget)$/.test(command) && /^\s*(?:en\s+)?(?:niet|geen|ipv|i\.p\.v\.|in plaats van|instead of|not)\s+(?:€\s*)?\d[\d.,]*\s*(?:euro|\p{L}+)?[\s.!]*$/iu.test(said)) ||
      // ("er kwamen nog 8 kinderen bij, die waren niet geteld": said of the people counted, not news of its own.)
      (command === "actie bereik" && /^\s*(?:die|dat|deze|dit|zij|ze|they|those)\s+(?:waren|was|zijn|is|stonden|staan|werden|worden|telden|tellen|kwamen|komen|were|are)\b/i.test(said)) ||
      // ("…, tel die er nog even bij": asks to add them — what is being done.)
      (command === "actie bereik" && /^\s*(?:tel|zet|doe)\s+(?:die|ze|dat|het|deze)\s+(?:er\s+)?(?:(?:nog|even|maar|ook|ff|wel)\s+)*bij[\s.!]*$/i.test(said)) ||
      // ("…260 euro uitgegeven, voor de tegels eromheen", "…aan brood, beleg en melk": what the money went to is part of the amount.)
      (command === "actie budget" && (/^\s*(?:voor|aan|van|for|on)\s+(?:[\p{L}'-]+\s*){1,5}[\s.!]*$/iu.test(said) || (/^\s*(?:[\p{L}'-]+\s+){0,3}(?:en|and|&)\s+[\p{L}'-]+[\s.!]*$/iu.test(said) && /\b(?:aan|voor|on|for)\s+[^,.;!?]+,\s*$/i.test(text.slice(0, text.lastIndexOf(said.trim())))))) ||
      // ("…, that's our reach", "…, die mag je als bereik noteren": says again that it is the reach — no note.)
      (command === "actie bereik" && /\b(bereik|reach)\b/i.test(said) && said.trim().split(/\s+/).length <= 8 && !/\d/.test(said)) ||
      // ("watertappunt: 180 handtekeningen nu, doel blijft 300": the target said again, unchanged.)
      (command === "actie bereik" && /^\s*(?:het\s+|ons\s+)?(?:doel|streefgetal|streven|target|beoogd)\s+(?:blijft|is|was|staat op|=)?\s*\d+[\s.!]*$/i.test(said)) ||
      /^\s*(?:de\s+)?(?:begroting|budget|bedrag|deadline|datum|bereik|eigenaar)\s+(?:graag\s+|even\s+|ff\s+|maar\s+)*(?:aanpassen|wijzigen|bijwerken|veranderen|updaten|aangepast)(?:\s+(?:graag|aub|pls|svp))?[\s.!]*$/i.test(said) ||
      // ("…, kun je dat bij ahmeds actie zetten", "…, dat wordt de begroting", "…, net besloten", "…, de facturen volgen nog": asking
      // to record it, or saying again what it is — no note.)
      /^\s*(?:(?:kun|kan|kunt|wil|wilt|zou)\s+(?:je|jij|u)\s+)?(?:dat|dit|het)\s+(?:(?:even|maar|ook|graag|nog)\s+)*(?:bij|in|op|als)\s+.{0,30}?(?:zetten|noteren|opnemen|verwerken|vastleggen)\b[\s?.!]*$/i.test(said) ||
      /^\s*(?:dat|dit|die|het)\s+(?:wordt|is|zijn|worden)\s+(?:de|het|ons)\s+(?:begroting|budget|bedrag|totaal|begrote bedrag|doel|streefgetal)[\s.!]*$/i.test(said) ||
      // ("…, zet dat maar als begroting": the verb first.)
      /^\s*(?:zet|noteer|schrijf)\s+(?:dat|dit|het|die)\s+(?:(?:maar|even|ook|graag|dan)\s+)*(?:als|bij|in|op)\s+[^,.;!?]{0,30}?(?:\s+(?:graag|aub|pls))?[\s.!]*$/i.test(said) ||
      /^\s*(?:(?:net|zojuist|vanavond|vandaag|gisteren)\s+)?(?:besloten|vastgesteld|afgesproken|goedgekeurd)(?:\s+(?:in|door)\s+de\s+(?:stuurgroep|vergadering))?[\s.!]*$/i.test(said) ||
      (command === "actie budget" && /^\s*(?:de\s+)?(?:facturen|rekeningen|bonnetjes|betalingen)\s+(?:volgen|komen)\s+(?:nog|later)[\s.!]*$/i.test(said)) ||
      (command === "actie budget" && /^\s*(?:allemaal|alles|vooral|grotendeels|deels|helemaal)\s+(?:voor|aan)\s+(?:[\p{L}'-]+\s*){1,5}[\s.!]*$/iu.test(said));
    // "… naar 20 maart ivm de vorst, de grond is te hard": the reason starts before the last clause and keeps it.
    let note = counted ? "" : reason && (!side || (reason.length > side.length && fold(reason).endsWith(fold(side)))) ? reason : side;
    if (note) {
      // Two things in one message: shown first, with the note, and done on "ja".
      certain = false;
      what = localText("understand.what.commandNote", { command: `/${command} ${title}${suffix}`, note });
    }
    // ("… met de 2e schil hebben we inmiddels 31 ouders bereikt de tweede training was vandaag bij de voetbalclub": dictated
    // without a stop — the words after the count are news, kept as the note and shown first, never dropped.)
    // ("veilig naar school deadline verzetten naar vrijdag 27 februari de verkeersouders zijn er pas dan": the same after a date.)
    const tail = !note && /^actie (bereik|budget|deadline)$/.test(command) ? wordsAfterValue(text, span, value, command === "actie deadline") : "";
    if (tail) {
      note = tail;
      certain = false;
      what = localText("understand.what.commandNote", { command: `/${command} ${title}${suffix}`, note });
    }
    const withNote = note ? { note } : {};
    // ("de moestuin is helemaal klaar de laatste bakken zijn vandaag gevuld": words the change would not keep — shown first,
    // never dropped without a word.)
    if (certain && /^actie (klaar|bezig|stop|parkeer|update)$/.test(command) && unsaidWords(low, span, statusHits, [value, note, title]).length >= 2) certain = false;
    // ("de deadline van het watertappunt moet naar eind februari de gemeente heeft meer tijd nodig": likewise a date.)
    if (certain && command === "actie deadline" && unsaidWords(low, span, [], [value, note, title, datePhrase?.phrase ?? ""], DATE_CARRIER).length >= 2) certain = false;
    // ("2e schil: judoschool lewenborg doet ook mee en we zitten nu op 55", "wijkwebsite: Ingrid doet mee en er is 500 euro bij
    // gekomen": someone joining is said too — a second change not read here, so this one is shown first, never done alone.)
    if (certain && /^actie (bereik|budget|deadline|doelgroep)$/.test(command) && /\b(?:doet|doen|doet ook|doen ook|gaat|gaan) (?:(?:ook|nu|vanaf nu|voortaan|inmiddels)\s+)*mee\b|\b(?:komt|komen|sluit|sluiten|stapt|stappen) (?:(?:ook|nu|er)\s+)*(?:bij|aan|in)\b/.test(low)) certain = false;
    if (!picked.chosen) return choose(picked.contenders, command, suffix, span, text, note || undefined);
    const full = `/${command} ${picked.chosen.title}${suffix}`;
    if (question || !certain) return { kind: "confirm", question: localText("understand.confirm", { what }), text: full, pickActionId: picked.chosen.id, ...withNote };
    return { kind: "run", text: full, pickActionId: picked.chosen.id, ...withNote };
  };
  const asCommand = (command: string, value: string) => localText("understand.what.command", { command: `/${command} ${title}${value ? `: ${value}` : ""}` });
  // ("speeltuin kastanjelaan: aannemer is vanochtend begonnen met de ondergrond" of a planned action: the work has started —
  // under way, with the note; shown first.)
  const startedOf = async (note: string): Promise<Understanding | undefined> => {
    if (!note || !picked.chosen || question || !STARTED.test(note) || /\b(niet|nog niet|bijna)\b/i.test(note) || (await w.details(picked.chosen.id)).status !== "gepland") return undefined;
    const status = localText("status.bezig" as never);
    return build("actie bezig", note, localText("understand.what.statusNote", { title, status, note }), false);
  };
  // What the action holds now matters only when something is added to it ("ook", "weer", "erbij").
  const adds = /\b(verhogen|verhoogd|ophogen|verlagen|verlaagd|omhoog|omlaag|ook|erbij|er (\w+ ){1,3}bij|samen met|mede|extra|tweede|too|also|as well|add|doet mee|doen mee|helpt mee|helpen mee|helpt (\w+ ){1,2}mee|helpen (\w+ ){1,2}mee|co owner|co-owner|coowner|weer|nog|again|another|more|bijgekomen|bij gekomen|en ik|en mij|ik en|er (maar |even |gewoon )*bij|(gaat|gaan) (me|mij|ons) helpen)\b/.test(f) || PLUS_COUNT.test(text);
  const details = picked.chosen && adds ? await w.details(picked.chosen.id) : undefined;
  const rest = `${text.slice(0, span.start)} ${" ".repeat(span.end - span.start)} ${text.slice(span.end)}`;

  // A note said explicitly ("update moestuin: …") is a note, whatever words it holds.
  // "reden: KIEM heeft weer een pedagoog vrijgemaakt": every word after the label is the note, the name in it too.
  const labelled = text.match(/^\s*(?:@?wijkbot[\s,:]*)?(?:de\s+)?(?:reden|notitie|toelichting|opmerking|reason|note|noteer(?:\s+(?:even|maar|graag|ff))?|graag noteren|even noteren)\s*:\s*(.{3,})$/is);
  if (labelled && span.start >= text.indexOf(labelled[1])) {
    // ("noteer: Stichting Sport komt als partner kijken bij het watertappunt": the name at the end says which action, not news.)
    const atEnd = /^[\s.!]*$/.test(text.slice(span.end)) ? text.slice(0, span.start).match(/\s+(?:bij|voor|van|over|aan|met)\s+(?:de\s+|het\s+)?$/i) : null;
    const note = trimNote(atEnd ? text.slice(text.indexOf(labelled[1]), atEnd.index) : labelled[1]);
    if (note) return build("actie update", note, localText("understand.what.update", { title, note }), false);
  }
  // ("…: 31 parents showed up, that's our reach", "…23 peutertjes, die mag je als bereik noteren": the count, said to be the reach.)
  const reachSaid = /\b(als (ons |het )?bereik|(is|was|dat is|dat was|dat wordt) (ons|het) bereik|telt als bereik|tellen als bereik|that s (our|the) reach|is (our|the) reach|as (our|the) reach|counts? as reach)\b/.test(f);
  const reachCounts = reachSaid ? [...numberWordsToDigits(f).matchAll(/\b(\d+)\b/g)].map((m) => m[1]) : [];
  if (reachSaid && picked.chosen && new Set(reachCounts).size === 1 && !/€|\beuro\b/i.test(text)) return build("actie bereik", reachCounts[0], asCommand("actie bereik", reachCounts[0]), false);
  // ("moestuin: ik wil graag een update geven maar weet niet wat ik moet schrijven": about writing a note, not one — what, then?)
  if (picked.chosen && /\b(weet (ik )?(nog )?niet wat ik (moet|zal) (schrijven|zeggen|noteren|melden)|(wil|wou) (graag )?(een )?update geven)\b/.test(f)) {
    return { kind: "need-action", question: localText("understand.ask.update", { title: picked.chosen.title }), command: `actie update ${picked.chosen.title}:`, pickActionId: picked.chosen.id };
  }
  if (explicitUpdate) {
    const note = explicitNote(text, span);
    // ("stand van zaken zomerkamp: 8.000 begroot, de facturen volgen nog": an amount with a word for it is the budget, shown first.)
    const money = note && /^(stand van zaken|nieuws|nieuwtje|even een update|kleine update|korte update)\b/.test(f) ? readBudget(note, fold(note), details, true) : undefined;
    if (money && !money.includes(" | ")) return build("actie budget", money, asCommand("actie budget", money), false);
    // ("even een update …: het vignet is binnen, de school heeft de bevestiging gekregen dus die kan op klaar": the status asked
    // for at the end, with the news before it as the note — shown first.)
    const endsAsking = note ? note.match(STATUS_ASKED_AT_END) : null;
    const askedSub = endsAsking ? STATUS_WORDS.find((x) => x.pattern.test(fold(endsAsking[2])))?.sub : undefined;
    if (endsAsking && askedSub && picked.chosen && !question) {
      // ("is binnen de school heeft …": the word that says it came in belongs to the status, not the note.)
      const said = trimNote(endsAsking[1].replace(/^(?:is|zijn|was)\s+(?:binnen|rond|geregeld|gelukt|geweest)\s+(?=\S+\s+\S+)/i, ""));
      const status = localText(`status.${STATUS_LABELS[askedSub]}` as never);
      return build(`actie ${askedSub}`, said, said ? localText("understand.what.statusNote", { title, status, note: said }) : localText("understand.what.status", { title, status }), false);
    }
    const started = await startedOf(note);
    if (started) return started;
    // ("geldlessen update: les 5 en 6 gehad, …. in totaal doen er 26 kinderen mee": the total reached in a clause of its own — the
    // count and the rest as the note, shown first.)
    const totalInUpdate = note && picked.chosen && !question ? totalAndNote(title, picked.chosen.id, note) : undefined;
    if (totalInUpdate) return totalInUpdate;
    // ("update huiswerkbegeleiding: sinds de kerstvakantie 6 kinderen bijgekomen, …": the note asked for — and those that came
    // on top may be the reach too: both offered, the note alone last.)
    const cameOnTop = note && !/€|\beuros?\b/i.test(note) && /\b\d+\s+(?:\p{L}+\s+){0,2}(?:bijgekomen|bij gekomen|erbij gekomen|erbij bereikt|bij bereikt)\b/u.test(numberWordsToDigits(fold(note))) ? readReach(fold(note), details) : undefined;
    if (note && cameOnTop && picked.chosen && !question) {
      const update = `/actie update ${title}: ${note}`;
      return {
        kind: "choose",
        question: localText("understand.reading.which", { title }),
        options: [
          { label: localText("understand.reading.noteAndReach", { value: cameOnTop }), text: update, pickActionId: picked.chosen.id, then: [{ text: `/actie bereik ${title}: ${cameOnTop}`, pickActionId: picked.chosen.id }] },
          { label: localText("understand.reading.note", { note }), text: update, pickActionId: picked.chosen.id },
        ],
      };
    }
    // ("moestuin update: de bakken zijn gevuld en de deadline schuift naar volgende vrijdag": a new deadline in the news is
    // offered beside it, the note last.)
    const moved = deadlineWords && /\b(deadline|einddatum|due)\b/.test(f) && note ? findDateIn(note, w.now, w.region) : undefined;
    if (note && moved && (moved.resolution.kind === "ok" || (moved.resolution.kind === "question" && moved.resolution.options.length > 0))) return withOtherReadings(build("actie update", note, localText("understand.what.update", { title, note }), false), text, f, span, w, true);
    // ("…: we reached quite a few more kids and spent a bit on snacks, can you add that": counts and money without a number —
    // not noted at once, shown first.)
    const vague = note && !/\d/.test(note) && /\b(reached|bereikt|spent|uitgegeven|besteed|gekost)\b/.test(fold(note)) && /\b(quite a few|a few|a bit|some|a lot|wat|een paar|flink wat|een beetje|veel|een hoop|best wat)\b/.test(fold(note));
    if (note) return build("actie update", note, localText("understand.what.update", { title, note }), !vague && !otherFieldSaid(note, w));
    // "noteer even wat voor de huiswerkbegeleiding": what, then? The next message is the note.
    if (picked.chosen && /\b(noteer|noteren|opschrijven|schrijf op|note)\b/.test(f) && !findStatusHits(low).length) {
      return { kind: "need-action", question: localText("understand.ask.update", { title: picked.chosen.title }), command: `actie update ${picked.chosen.title}:`, pickActionId: picked.chosen.id };
    }
  }

  // Owner: "Ahmed neemt de speeltuin over", "eigenaar van X wordt @Lisa", "zet Bram erbij als eigenaar".
  // "de moestuin gaat naar Anouk, Fatima is met zwangerschapsverlof": the new owner is in the first clause; the rest is a note.
  const firstClause = cut > 0 ? text.slice(0, cut) : text;
  const inFirst = findPeopleIn(firstClause, w);
  // ("zet mij ook als eigenaar bij het watertappunt, ik help Fatima met de kinderraad": the speaker, not who the reason names.)
  const selfFirst = /\b(zet|doe) (mij|me|mezelf)\b|\bik (ben|word|neem)\b/.test(fold(firstClause)) && cut > 0;
  // ("de speeltuin van Peter gaat naar 3 april": whose action it is, said right after its name, is no new owner.)
  const whose = (name: string) => new RegExp(`^\\s+(?:van|of)\\s+@?${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").test(text.slice(span.end));
  // ("Fatima heeft het te druk, het watertappunt gaat naar Anouk", "ik ga per februari naar een andere wijk, Lisa neemt de
  // geldlessen van me over": the clause that hands it over names the new owner; the others say why and are kept as the note —
  // except a clause that names the action itself ("ik ga het zomerkamp niet meer doen"), which only says the same.)
  const clauseList = [...text.matchAll(/[^,;.!?]+/g)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
  // ("ahmed is langdurig ziek, ik neem het zomerkamp over": the speaker takes it over in a clause of their own.)
  const handOverAt = cut > 0 ? clauseList.findIndex((c) => HAND_OVER.test(fold(c.text)) && (findPeopleIn(c.text, w).length > 0 || /\bik neem\b/.test(fold(c.text)))) : -1;
  const handOver = handOverAt > 0 && !HAND_OVER.test(fold(firstClause)) ? clauseList[handOverAt].text : undefined;
  const namesItself = (c: { start: number; end: number }) => spans.some((s) => s.action.id === (picked.chosen?.id ?? span.action.id) && (s.exact || s.quality >= 1.5) && s.start >= c.start && s.end <= c.end);
  // ("nou ja, …": a clause of filler words is no part of the reason.)
  const handOverReason = handOverAt >= 0 ? trimNote(clauseList.filter((c, i) => i !== handOverAt && !namesItself(c) && !OWNERS_SAID.test(fold(c.text)) && contentWords(c.text) >= 2).map((c) => c.text.trim()).join(", ").replace(/^\s*@?wijkbot\b[\s,:]*/i, "")) : "";
  const people = (handOver ? findPeopleIn(handOver, w) : inFirst.length || selfFirst ? inFirst : findPeopleIn(text, w)).filter((name) => !whose(name));
  // "ik ben vanaf nu ook eigenaar van X", "ik neem de speeltuin over": the speaker.
  if (w.sender && !people.includes(w.sender.displayName) && /\b(ik ben (\w+ ){0,3}(mede-?)?(eigenaar|trekker)|ik word (\w+ ){0,2}(mede-?)?(eigenaar|trekker)|ik neem (\w+ ){0,5}over|i am (\w+ ){0,2}(an )?owner|i take over|(zet|doe) (mij|me|mezelf) (\w+ ){0,5}(als|ook) (\w+ ){0,2}(mede-?)?(eigenaar|trekker|kartrekker|owner)|(zet|doe) (mij|me|mezelf) (ook|er ook|erbij|er ook bij|er bij) (op|bij)|(zet|doe) (mij|me|mezelf) (er )?(ook |nog )?(erbij|bij)$|add me (\w+ ){0,3}as (an )?owner)\b/.test(f)) people.push(w.sender.displayName);
  // "haal Anouk weg als eigenaar", "Lisa is geen eigenaar meer van X": the owners less that person — shown first.
  // ("Bram stopt als eigenaar, Ahmed neemt het over": someone takes it over — a hand-over, read below.)
  const takenOver = /\b(neemt|nemen|neem)\b(?:\s+\S+){0,3}\s+over\b|\b(vervangt|vervangen|overnemen|takes over)\b/.test(f);
  // ("haal Lisa eraf bij het wijkplan jonge kind": a person of the wijk taken off it is an owner taken off.)
  const offWho = f.match(/\b(?:haal|haalt|halen) @?([a-z]+) (?:(?:maar|even|ook)\s+)*(?:eraf|er af|weg)\b/)?.[1];
  // ("mij eraf halen bij wijkplan jonge kind, te druk met kids2b": the speaker taken off.)
  const selfOff = Boolean(w.sender) && !people.length && /\b(?:haal|haalt|halen) (?:mij|me|mezelf) (?:(?:maar|even|ook|ff)\s+)*(?:eraf|er af|weg)\b|(?:^|[\s,:])(?:mij|me|mezelf) (?:(?:maar|even|ook|ff)\s+)*(?:eraf|er af) (?:halen|haal)\b/.test(f);
  if (selfOff && !people.includes(w.sender!.displayName)) people.push(w.sender!.displayName);
  const personOff = selfOff || (offWho !== undefined && people.some((p) => fold(p).split(" ")[0] === offWho));
  if (people.length && picked.chosen && !takenOver && (/\b(eigenaar|eigenaren|owner)\b/.test(f) || personOff) && /\b(haal|haalt|halen|verwijder|verwijderen|schrap|remove)\b.*\b(weg|eraf|af|uit)\b|\b(verwijder|verwijderen|schrap|remove)\b|\b(geen eigenaar meer|niet meer (de |een )?eigenaar|stopt als eigenaar|stoppen als eigenaar|eraf als eigenaar|weg als eigenaar|no longer (an )?owner)\b|\b[a-z]+ (eraf|er af|gaat eraf|mag eraf|kan eraf)\b/.test(f)) {
    const now = details ?? (await w.details(picked.chosen.id));
    const notOwner = people.find((p) => !now.ownerNames.includes(p));
    if (notOwner) return { kind: "say", text: localText("understand.notOwner", { name: notOwner, title: picked.chosen.title, owners: now.ownerNames.join(", ") || "–" }) };
    // ("ahmed is geen eigenaar meer van de 2e schil, dat doe ik nu zelf": the speaker goes on with it alone.)
    const alone = w.sender && !people.includes(w.sender.displayName) && SPEAKER_ALONE.test(f) ? [w.sender.displayName] : undefined;
    const left = alone ?? now.ownerNames.filter((n) => !people.includes(n));
    if (!left.length) return { kind: "need-action", question: localText("understand.ask.owner", { title: picked.chosen.title }), command: `actie eigenaar ${picked.chosen.title}:`, pickActionId: picked.chosen.id };
    const value = left.map((n) => `@${n}`).join(" ");
    return build("actie eigenaar", value, asCommand("actie eigenaar", value), false);
  }
  if (people.length && !/\b(terug is|terug zijn|terug van|back from|weer terug)\b/.test(f) && /\b(hand (\w+ ){0,3}over to|hand over (\w+ ){0,3}to|komt (\w+ ){0,3}bij [a-z]+ te liggen|eigenaar|eigenaren|neemt\b.*\bover|neem\b.*\bover|nemen\b.*\bover|overnemen|over ?nemen|(heeft|hebben) (\w+ ){0,2}overgenomen|overgenomen door|trekker|trekt|gaat .*doen|gaat .*trekken|gaan .*trekken|ipv|in plaats van|gaat (\w+ ){0,3}naar (?!\d|(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|volgende|vorige|eind|begin|half|de|het|een|later|eerder|achteren|voren)\b)|gaan (\w+ ){0,3}naar (?!\d|(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|volgende|eind|begin|de|het|een)\b)[a-z]+|pakt (het|hem|m|die|dat|dit) (\w+ )?op|(mag|kan|moet) (\w+ ){0,2}naar [a-z]+|(overdragen|overgedragen|overgeven|overgegeven) aan|(geeft|geef|gaf|draagt|draag|droeg) (\w+ ){0,5}over aan|doet voortaan|doet ook mee|doen mee|doen samen|doet samen|gaan samen|samen doen|doen (\w+ ){1,4}samen|is (nu |voortaan |vanaf nu )?van|wordt (nu |voortaan |vanaf nu )?van|co-?own|co own|doet [a-z]+ (voortaan |vanaf nu |nu |verder )?(de|het)|(helpt|helpen) (\w+ ){0,2}mee|gaat naar (?!\d|(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|volgende|vorige|eind|begin|half|de|het|een|later|eerder|achteren|voren)\b)|naar [a-z]+$|doet (het |dit |hem )?(\w+ )?verder|gaat (er )?(\w+ )?mee verder|gaat eraf|gaan eraf|gaat er af|geef (.* )?aan|toewijzen|wijs .* toe|draag .* over|owner|owners|assign|takes over|take over|erbij|samen met [a-z]+ (doen|trekken|oppakken|aanpakken|organiseren)|(ik|we) (doe|doen|trek|trekken|organiseer|organiseren|regel|regelen) (\w+ ){0,5}samen met|(zet|doe) (haar|hem|ze|die|hen) er (ook |nog |maar |even |gewoon )*bij|hoeft (er )?niet meer (bij|mee)|hoeven (er )?niet meer (bij|mee)|ik doe (het|dit|hem) (\w+ )?alleen|(is|zijn) overgegaan (\w+ ){0,3}(op|naar)|gaat over (\w+ ){0,3}(op|naar)|zet [a-z]+ (ook|er ook|nog|erbij) (op|bij)|zet [a-z]+ (daar|er|hier) (ook |nog |maar |even )*bij|(is|zijn) niet meer van (mij|me|ons)|ik (doe|neem|pak|trek) (\w+ ){1,5}(even|tijdelijk|voorlopig|wel)( over| op)?$|[a-z]+ doet (het|dit|hem|die) (\w+ )?(verder )?alleen|doet [a-z]+ (voortaan |verder |nu |vanaf nu )?alleen|is geen (eigenaar|trekker|kartrekker) meer|[a-z]+ (houdt|doet) (het|hem|dit|die|m) (voortaan |verder |nu |vanaf nu )?alleen|(doe|trek|organiseer|regel) ik (\w+ ){0,4}(samen )?met [a-z]+|[a-z]+ (eruit|er uit)\b.*\b[a-z]+ (erin|er in)|[a-z]+ (erin|er in)\b.*\b[a-z]+ (eruit|er uit)|op (de )?naam van [a-z]+|ligt (nu |voortaan |vanaf nu )bij [a-z]+(?! (voor|ter) (feedback|review|inzage|controle|commentaar))|(doorschuiven|schuift door|schuif door) naar [a-z]+|(staat|stond) (nu )?op [a-z]+ maar|^[^,.;]*?[a-z]+ er (ook |nog |maar )+bij( aub| graag| please| pls)?$|[a-z]+ (eraf|er af)\b.*\b[a-z]+ (erop|er op|erbij|er bij))\b/.test(f)) {
    // (Said in the clause that hands it over: "…wordt Esther, zij zit er bij Lefier dichter op" adds no one.)
    const ownerClauses = handOverAt >= 0 ? clauseList.filter((c, i) => i === handOverAt || OWNERS_SAID.test(fold(c.text))).map((c) => fold(c.text)).join(" ") : "";
    const adding = handOverAt >= 0 && !/\b(ook|erbij|er (ook |nog )*bij|samen|mede|extra|tweede)\b/.test(ownerClauses) ? false : /\b(ook|erbij|(komt|komen) er (\w+ ){0,3}bij|samen met|mede|extra|tweede|too|also|as well|add|doet mee|doen mee|helpt mee|helpen mee|helpt (\w+ ){1,2}mee|helpen (\w+ ){1,2}mee|co owner|co-owner|coowner|co-own|co own|extra owner|second owner|er (ook |nog |maar |even |gewoon )*bij|en ik|en mij|(gaat|gaan) (me|mij|ons) helpen)\b/.test(f);
    // ("Sanne gaat eraf, ik doe het verder alleen": the speaker stays.)
    // ("…, ik blijf er wel bij als back-up": the speaker stays on.)
    // ("…, alleen ik blijf eigenaar", "dus dan alleen ik weer als eigenaar", "dat doe ik nu zelf": the speaker stays, alone.)
    const me = (/\b(en ik|ik en|en mij|samen met mij|met mij|and me|and i|with me|samen met mij|ik (doe|neem|pak|trek) (\w+ ){1,5}(even|tijdelijk|voorlopig|wel)( over| op)?$|ik (doe|trek|organiseer|regel) (\w+ ){0,5}samen met|(doe|trek|organiseer|regel) ik (\w+ ){0,4}(samen )?met|ik blijf (er )?(\w+ ){0,2}(bij|eigenaar|mede-?eigenaar)|blijf ik (\w+ ){0,2}(bij|eigenaar))\b/.test(f) || SPEAKER_ALONE.test(f)) && w.sender ? [w.sender.displayName] : [];
    // "eigenaar wordt Anouk ipv Fatima": who is replaced is not an owner.
    // "Anouk neemt het watertappunt over van Fatima": who hands it over is not an owner either.
    // ("ik doe de techniekdag niet meer, Peter neemt het over": the comma ends what "niet meer" is said of.)
    const replaced = new Set([
      ...[...low.matchAll(/\b(?:ipv|i p v|in plaats van|instead of|niet meer|over van|overgenomen van|overnemen van|overgegaan van|gaat over van|from)\s+@?([a-z]+)/g)].map((m) => m[1]),
      // ("Peter geeft de speeltuin over aan Esther": who gives it over is no longer the owner.)
      ...[...low.matchAll(/(?:^|[\s,.;:])@?([a-z]+)\s+(?:geeft|gaf|draagt|droeg)\s+(?:\w+\s+){0,5}over\s+aan\b/g)].map((m) => m[1]),
    ]);
    // ("zomerkamp gaat van Ahmed naar Bram": from the one, to the other.)
    // ("huiswerkbegeleiding gaat per direct van Lisa naar Daan": with words between.)
    for (const m of low.matchAll(/\b(?:gaat|gaan|ging|is|wordt|verhuist|schuift|over)\s+(?:(?:per|vanaf|met ingang van)\s+\S+\s+|(?:nu|voortaan|dus|meteen|direct)\s+)?van\s+@?([a-z]+)\s+naar\b/g)) replaced.add(m[1]);
    // ("Bram stopt als eigenaar, Ahmed neemt het over": who stops is replaced.)
    // ("Lisa stopt bij het wijkplan jonge kind, alleen ik blijf eigenaar", "Peter haakt toch af", "ahmed is geen eigenaar meer van
    // de 2e schil", "Sanne mag van wijkplan jonge kind af als eigenaar": who stops with it, or comes off it.)
    for (const m of low.matchAll(/\b([a-z]+) (?:stopt|is gestopt|houdt op|hoeft niet meer) als (?:eigenaar|trekker|kartrekker)\b/g)) replaced.add(m[1]);
    for (const m of low.matchAll(/\b([a-z]+) (?:stopt (?:ermee|ermee bij|bij|met)|is gestopt (?:bij|met)|haakt (?:\w+ )?af|is geen (?:eigenaar|trekker|kartrekker|mede-?eigenaar) meer|(?:mag|moet|kan|gaat) van (?:\w+ ){1,6}?af)\b/g)) replaced.add(m[1]);
    // ("Daan vervangt Lisa": who is replaced.)
    for (const m of low.matchAll(/\b(?:vervangt|vervangen|replaces)\s+@?([a-z]+)/g)) replaced.add(m[1]);
    for (const m of low.matchAll(/\b([a-z]+) (?:gaat|gaan|mag|moet|is) (?:er ?af|eruit)\b|\b([a-z]+) (?:hoeft|hoeven) (?:er )?niet meer\b/g)) replaced.add(m[1] ?? m[2]);
    // ("Sanne eruit, Lisa erin", "Ahmed eraf, Youssef houdt hem alleen": who goes out.)
    for (const m of low.matchAll(/\b([a-z]+) (?:eruit|er uit|eraf|er af)\b/g)) replaced.add(m[1]);
    // ("huiskamer in de flat staat op esther maar dat moet ingrid zijn": who it stands on now is replaced.)
    for (const m of low.matchAll(/\b(?:staat|stond) (?:nu )?op @?([a-z]+) maar\b/g)) replaced.add(m[1]);
    // ("ouderbetrokkenheid doen ahmed en ik niet meer, bram neemt het over": everyone said in the clause that stops, the speaker too.)
    for (const c of clauseList) {
      // (Not "ik doe het niet meer alleen": the speaker stays, with someone.)
      if (!/\b(?:niet meer(?! alleen)|geen tijd meer|stoppen ermee|stop ermee)\b/.test(fold(c.text)) || HAND_OVER.test(fold(c.text))) continue;
      for (const name of findPeopleIn(c.text, w)) replaced.add(fold(name).split(" ")[0]);
      if (w.sender && /\b(?:ik|mij|me)\b/.test(fold(c.text))) replaced.add(fold(w.sender.displayName).split(" ")[0]);
    }
    const names = [...new Set([...(adding && details ? details.ownerNames : []), ...people, ...me])].filter((n) => !replaced.has(fold(n).split(" ")[0]));
    const value = names.map((n) => `@${n}`).join(" ");
    return build("actie eigenaar", value, asCommand("actie eigenaar", value));
  }
  // "ik wil de techniekdag overdragen": to whom? The next message names them.
  if (!people.length && picked.chosen && /\b(overdragen|overdoen|overgeven|hand over|andere eigenaar|nieuwe eigenaar)\b/.test(f) && !statusHits.length) {
    return { kind: "need-action", question: localText("understand.ask.owner", { title: picked.chosen.title }), command: `actie eigenaar ${picked.chosen.title}:`, pickActionId: picked.chosen.id };
  }
  // "schoolontbijt is toch nog niet klaar, er komt nog een tweede ronde": back to bezig — shown first.
  const notDoneAfterAll = !question ? text.slice(span.end).match(/^\s+(?:is|zijn)\s+toch\s+(?:nog\s+)?niet\s+(?:klaar|af|afgerond|rond)\b/i) : null;
  if (notDoneAfterAll && picked.chosen) {
    const said = reasonAfter(text, span.end + notDoneAfterAll[0].length);
    const status = localText("status.bezig" as never);
    return build("actie bezig", said, said ? localText("understand.what.statusNote", { title, status, note: said }) : localText("understand.what.status", { title, status }), false);
  }
  // "techniekdag is afgelopen vrijdag geweest, helemaal klaar": an event that took place on a day said is done — shown first,
  // with what is said after it as the note. (Without the day, "… is geweest" is read by the status words.)
  const tookPlace = EVENT.test(fold(title)) && !question && !negated ? text.slice(span.end).match(/^\s+(?:is|zijn)\s+(?:(?:afgelopen|vorige|gisteren|vandaag|vanochtend|vanavond|gisteravond|zaterdag|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|week)\s+){1,3}(?:geweest|gehouden|doorgegaan)\b(?:[\s,]+(?:(?:en\s+)?(?:helemaal|echt|dus)\s+)?(?:klaar|af|afgerond|done)\b)?(?:\s*[,.!]*\s*en\s+)?/i) : null;
  if (tookPlace && picked.chosen) {
    const said = reasonAfter(text, span.end + tookPlace[0].length) || text.slice(span.end + tookPlace[0].length).replace(/^[\s,.!]+|[\s]+$/g, "");
    const status = localText("status.klaar" as never);
    return build("actie klaar", said, said ? localText("understand.what.statusNote", { title, status, note: said }) : localText("understand.what.status", { title, status }), false);
  }
  // "vignet is binnen!! de zonnewijzer heeft m officieel": something to obtain that has come in is done — shown first.
  const cameIn = OBTAINABLE.test(fold(title)) && !question ? text.slice(span.end).match(/^\s+(?:(?:is|zijn|hebben we|heb ik|hebben wij|hebben ze|hebben zij)\s+)?(?:nu\s+|eindelijk\s+|officieel\s+|echt\s+)?binnen\b/i) : null;
  if (cameIn && picked.chosen) {
    const said = reasonAfter(text, span.end + cameIn[0].length);
    const status = localText("status.klaar" as never);
    return build("actie klaar", said, said ? localText("understand.what.statusNote", { title, status, note: said }) : localText("understand.what.status", { title, status }), false);
  }
  // ("🎉 we hebben het vignet binnen! de Zonnewijzer mag zich nu Gezonde School noemen": the thing to obtain, named by its own
  // word of the title before the name, has come in — done, shown first.)
  const obtained = fold(title).match(OBTAINABLE)?.[0];
  const gotIt = obtained && !question && picked.chosen ? text.match(new RegExp(`(?:^|[\\s,.!])(?:we hebben|wij hebben|ik heb|hebben we|heb ik)\\s+(?:nu\\s+|eindelijk\\s+|officieel\\s+)?(?:het|de|ons|onze|t)\\s+${obtained}\\s+(?:nu\\s+|eindelijk\\s+|officieel\\s+)?binnen\\b`, "i")) : null;
  if (gotIt) {
    const said = reasonAfter(text, gotIt.index! + gotIt[0].length);
    const status = localText("status.klaar" as never);
    return build("actie klaar", said, said ? localText("understand.what.statusNote", { title, status, note: said }) : localText("understand.what.status", { title, status }), false);
  }
  // "watertappunt geplaatst", "de moestuin is aangelegd": a thing that was to be made is made — done, shown first.
  const made = !question ? text.slice(span.end).match(/^\s+(?:(?:is|zijn|staat|staan)\s+)?(?:nu\s+|eindelijk\s+|officieel\s+)?(geplaatst|aangelegd|geinstalleerd|geïnstalleerd|gebouwd|aangesloten|opgehangen|neergezet|ingericht|geopend|in gebruik genomen|gelanceerd)\b(?!\s+(?:worden|moeten|zal|gaat))/i) : null;
  // ("de bakken van de moestuin zijn geplaatst": a part of it, said before the name — a note.)
  if (made && picked.chosen && contentWords(withoutPreamble(text.slice(0, span.start))) === 0 && !statusHits.some((h) => h.index >= span.end && !isNegated(low, h))) {
    const said = reasonAfter(text, span.end + made[0].length);
    const status = localText("status.klaar" as never);
    return build("actie klaar", said, said ? localText("understand.what.statusNote", { title, status, note: said }) : localText("understand.what.status", { title, status }), false);
  }
  // "voorleesochtend klaar! 23 peuters waren er": a status right after the name comes first, the rest is its note.
  // "kindteams blijft geparkeerd, nog steeds geen nieuws van KIEM": the status stays as it is — news, kept as a note.
  const stays = !question && spans.length === 1 ? text.slice(span.end).match(/^\s+((?:blijft|blijven|ligt nog steeds|staat nog steeds|staat nog|ligt nog)\s+(?:(?:nog|gewoon|voorlopig|even|ook|dus)\s+)*(?:geparkeerd|bezig|gestopt|stil|in de wacht|in de ijskast|op pauze|lopen|doorlopen|actief)\b.*?)[\s.!]*$/i)?.[1] : undefined;
  if (stays && stays.split(/\s+/).length >= 4) return build("actie update", stays, localText("understand.what.update", { title, note: stays }));
  // ("zet m maar op bezig, eerste overleg met het CB is geweest": a status asked for in so many words is the status; a status
  // word in another clause ("is geweest") is part of the news.)
  const asked = statusHits.filter((h) => !isNegated(low, h) && /\b(zet|zetten|terugzetten|terug zetten|mag|mogen|kan|kunnen|moet|moeten)\s+(?:\S+\s+){0,3}?op\s+$/.test(low.slice(Math.max(0, h.index - 40), h.index)));
  // ("peter heeft de geldlessen per ongeluk op klaar gezet, zet hem terug op bezig", "…, kun je m terugzetten op bezig": the
  // status it goes back to.)
  const backTo = asked.length === 1 && /\bterug(?:zetten|zet)?\s+(?:op|naar)\s+$/.test(low.slice(Math.max(0, asked[0].index - 16), asked[0].index));
  if (asked.length === 1 && statusHits.length > 1 && (asked[0].index < span.start || backTo)) statusHits.splice(0, statusHits.length, asked[0]);
  // ("toch wel stoppen, campus 2025 gaat niet door": the status asked for on its own first, then why — that clause, with the
  // name in it, is the note.)
  const statusFirst = !question ? text.match(/^\s*(?:@?wijkbot[\s,:]*)?(?:(?:toch|dan|maar|nu|dus|ok|oke)\s+)*(?:wel\s+)?(stoppen|parkeren|afronden|afsluiten|op klaar|op bezig|op gestopt|op geparkeerd)\s*[,.;:]\s*(\S.{5,})$/i) : null;
  if (statusFirst && picked.chosen && span.start > statusFirst.index! + statusFirst[0].length - statusFirst[2].length - 1) {
    const sub = ({ stoppen: "stop", parkeren: "parkeer", afronden: "klaar", afsluiten: "klaar", "op klaar": "klaar", "op bezig": "bezig", "op gestopt": "stop", "op geparkeerd": "parkeer" } as Record<string, StatusHit["sub"]>)[statusFirst[1].toLowerCase()];
    const why = trimNote(statusFirst[2]);
    const status = localText(`status.${STATUS_LABELS[sub]}` as never);
    if (sub && why) return build(`actie ${sub}`, why, localText("understand.what.statusNote", { title, status, note: why }), false);
  }
  const adjacent = statusHits.find((h) => h.index >= span.end && tokenize(text.slice(span.end, h.index)).filter((t) => !/^(is|zijn|nu|staat|al|inmiddels|eindelijk|officieel|has|have|is|are|was|heeft|hebben)$/.test(t.word)).length === 0);
  // ("de 2e schil staat ineens op klaar maar we zijn nog volop bezig, …" of an action that is klaar): a status the action
  // already has, said with more, is rarely news of it — shown first.
  // ("de 2e schil staat al op klaar, dat weet ik, …": what the overview shows, said back — not asked for.)
  const saidBack = (hit: StatusHit) => /\b(staat|staan|stond|stonden)\s+(?:(?:al|nog|toch|nu|inmiddels|ineens|opeens|gewoon|wel)\s+)+op\s+$/.test(low.slice(Math.max(0, hit.index - 40), hit.index));
  const noNewStatus = async (note: string, sub: string) => Boolean(note && picked.chosen && (await w.details(picked.chosen.id)).status === STATUS_LABELS[sub]);
  // ("kindteams wordt weer opgepakt na de zomer", "techniekdag begint volgende week": done or under way on a day still to
  // come is not the status now — shown first.)
  // (In the status's own clause: not "…, de vrijwilligers stoppen na de zomer", "elke dinsdag 9-11" or "1e koffieochtend".)
  const saidForLater = (hit: StatusHit) => {
    if (hit.sub !== "klaar" && hit.sub !== "bezig") return false;
    const when = findDateIn(text, w.now, w.region);
    if (!when || when.resolution.kind !== "ok" || /\b(tot|t\/m|until|till|sinds|since|vanaf|per|elke|iedere|every|op)\s*$/i.test(text.slice(0, when.start)) || /^\d+(e|ste|de)$/i.test(when.phrase.trim())) return false;
    if (/[,.;:!?]/.test(text.slice(Math.min(hit.end, when.end), Math.max(hit.index, when.start)))) return false;
    const day = (d: Date) => d.toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });
    return day(when.resolution.date) > day(w.now);
  };
  // ("zomerkamp is begonnen, Scouting Lewenborg doet mee": an organisation joining is a partner, not a reason — both shown first.)
  const statusAndPartner = (note: string, sub: string): Understanding | undefined => {
    const joins = note.match(/^(?:de |het )?(\p{Lu}[\p{L}\p{N}&'.-]*(?:\s+[\p{L}\p{N}&'.-]+){0,4}?)\s+(?:doet|doen|gaat|gaan|werkt|werken)\s+(?:(?:ook|nu|inmiddels|allebei|beide|samen|vanaf nu)\s+)*mee[\s.!]*$/u)?.[1];
    // ("wijkwebsite is begonnen! Webbureau Noordkaap bouwt hem": an organisation that does the work may be a partner, or this
    // is just news — both offered, numbered.)
    const doer = joins ? undefined : note.match(ORGANISATION_DOES_IT)?.[1];
    if (doer && picked.chosen && !question && !findPeopleIn(doer, w).length && !NOT_A_NAME.test(doer.split(/\s+/)[0])) {
      const org = findOrganisationIn(doer, fold(doer), w.organisations) ?? doer;
      const status = localText(`status.${STATUS_LABELS[sub]}` as never);
      const id = picked.chosen.id;
      return {
        kind: "choose",
        question: localText("understand.reading.which", { title }),
        options: [
          { label: localText("understand.reading.statusPartner", { status, org }), text: `/actie ${sub} ${title}`, pickActionId: id, then: [{ text: `/actie partner ${title}: ${org}`, pickActionId: id }] },
          { label: localText("understand.reading.statusNote", { status, note }), text: `/actie ${sub} ${title}`, pickActionId: id, note },
        ],
      };
    }
    if (!joins || !picked.chosen || findPeopleIn(joins, w).length) return undefined;
    const org = findOrganisationIn(joins, fold(joins), w.organisations) ?? joins;
    return confirmEach([`/actie ${sub} ${picked.chosen.title}`, `/actie partner ${picked.chosen.title}: ${org}`].map((t) => ({ text: t, pickActionId: picked.chosen!.id })));
  };
  // ("ouderavond zit erop, 48 ouders binnen gehad": done, and a count that may be its reach — offered both ways.)
  const statusAndCount = async (note: string, sub: string): Promise<Understanding | undefined> => {
    const counted = note && sub === "klaar" && picked.chosen && !question ? readReach(fold(note), await w.details(picked.chosen.id)) : undefined;
    if (!counted || !picked.chosen) return undefined;
    const done = localText("status.klaar" as never);
    const id = picked.chosen.id;
    return {
      kind: "choose",
      question: localText("understand.reading.which", { title }),
      options: [
        { label: localText("understand.reading.statusReach", { status: done, value: counted }), text: `/actie klaar ${title}`, pickActionId: id, then: [{ text: `/actie bereik ${title}: ${counted}`, pickActionId: id }] },
        { label: localText("understand.reading.statusNote", { status: done, note }), text: `/actie klaar ${title}`, pickActionId: id, note },
      ],
    };
  };
  // ("De eerste voorleesochtend in de bibliotheek zit erop!": the first of a series took place — under way, not done; shown first.)
  const firstOfSeries = adjacent?.sub === "klaar" && !question && /\b(?:eerste|1e|1ste|tweede|2e|2de|derde|3e|volgende)\s+$/i.test(text.slice(0, span.start)) && !/\b(eerste|1e|tweede|2e|derde|3e)\b/.test(fold(span.action.title));
  if (adjacent && firstOfSeries && !isNegated(low, adjacent)) {
    const note = reasonAfter(text, adjacent.end);
    const status = localText("status.bezig" as never);
    return build("actie bezig", note, note ? localText("understand.what.statusNote", { title, status, note }) : localText("understand.what.status", { title, status }), false);
  }
  if (adjacent && !isNegated(low, adjacent) && !colonForm && /^[\s!.,;:]*[!.,;:]/.test(text.slice(adjacent.end))) {
    const said = reasonAfter(text, adjacent.end);
    const note = withoutRestatedClauses(said, adjacent.sub);
    const withPartner = statusAndPartner(note, adjacent.sub);
    const withCount = await statusAndCount(note, adjacent.sub);
    if (withCount) return withCount;
    if (withPartner) return withPartner;
    const status = localText(`status.${STATUS_LABELS[adjacent.sub]}` as never);
    return build(`actie ${adjacent.sub}`, note, note ? localText("understand.what.statusNote", { title, status, note }) : localText("understand.what.status", { title, status }), (await noNewStatus(note, adjacent.sub)) || saidForLater(adjacent) || saidBack(adjacent) ? false : undefined);
  }
  const budget = readBudget(text, f, details, true);
  // ("in totaal 435 euro uitgegeven": the amount of money is not a count of people too.)
  // ("watertappunt +45 bereikt 💧": that many on top of what was reached — "+" is lost in the folded text, so said in words.)
  const plusCount = text.match(PLUS_COUNT);
  const counted = plusCount ? readReach(`${f} nog ${plusCount[1]} erbij bereikt`, details, `${fold(rest)} nog ${plusCount[1]} erbij bereikt`) : readReach(f, details, fold(rest));
  const reach = counted && budget && counted.match(/\d+/)?.[0] === budget.match(/\d+/)?.[0] ? undefined : counted;
  // "techniekdag deadline 19 maart en begroot 900 euro": two fields in one message — one at a time.
  const namedDate = deadlineWords && /\b(deadline|einddatum)\b/.test(f) ? findDateIn(rest, w.now, w.region) : undefined;
  const fieldsSaid = [
    namedDate ? `/actie deadline ${title}: ${namedDate.phrase}` : "",
    ...(budget ? budget.split(" | ").map((part) => `/actie budget ${title}: ${part}`) : []),
    reach ? `/actie bereik ${title}: ${reach}` : "",
  ].filter(Boolean);
  if (fieldsSaid.length >= 2) return confirmEach(fieldsSaid.map((text) => ({ text, pickActionId: picked.chosen?.id })));
  // Reach: "35 kinderen bereikt bij X", "we willen 50 gezinnen bereiken", "bereik 120, doel was 150".
  // Two numbers outside the action's name ("12 kinderen, 3 ouders", "€40 van de €250"): which one is meant is shown first.
  const numbersOutside = (rest.match(/\d+(?:[.,]\d+)*/g) ?? []).length;
  // A count is done at once only when it says it is the reach ("35 kinderen bereikt"), not when it is added up from what is
  // stored ("8 erbij") or read from other words ("er waren 30 ouders", "12 aanmeldingen"): those are shown first.
  const countAdded = /\b(bijgekomen|bij gekomen|erbij gekomen|erbij|extra|nog|weer|again|more|another)\b/.test(f) && details?.reachReached != null;
  const saysReach = /\b(bereikt|bereik|reached|reach|beoogde?|streefgetal|target)\b/.test(f);
  // ("we verwachten zo'n 50 jongeren", "212 handtekeningen opgehaald": a count in words that may be news as well — offered
  // below as a note with the reach as its other reading.)
  // ("moestuin: de bakken zijn gevuld met aarde, 18 kinderen van de bso hebben geholpen en de zaaidag is 14 maart": a count inside
  // longer news — the same.)
  const mayBeNews = !saysReach && ((/\b(verwachten|verwacht|opgehaald|verzameld)\b/.test(f) && !/\b(bijgekomen|bij gekomen|erbij gekomen|totaal|doel|streven|willen)\b/.test(f)) || (contentWords(text.slice(span.end)) >= 10 && !statusHits.some((h) => !isNegated(low, h)) && !/\b(bijgekomen|bij gekomen|erbij gekomen|totaal|in totaal|doel|streven|teller|tot nu toe|inmiddels|tellen|geteld|tel|nog|erbij|bij)\b/.test(f)));
  // ("voorleesochtend was een succes, 23 peuters bereikt. mag op klaar": the count and, in a sentence of its own, the status —
  // both, shown first.)
  const statusToo = picked.chosen && !question ? (statusHits.find((h) => !isNegated(low, h) && /\b(mag|mogen|kan|kunnen|moet|moeten|zet|zetten)\s+(?:\S+\s+){0,3}?(?:op|naar|on)\s+$/i.test(low.slice(Math.max(0, h.index - 40), h.index)) && /(?:^|[.!;,]\s+)[^.!;,]*$/.test(text.slice(0, h.index))) ??
    // ("techniekdag is klaar 🔧🤖 we hebben 52 leerlingen bereikt": the name, "is" and the status first, the count said after it.)
    statusHits.find((h) => !isNegated(low, h) && h.index >= span.end && /^\s*(?:is|zijn)\s+(?:nu\s+|eindelijk\s+|helemaal\s+|officieel\s+)?$/i.test(text.slice(span.end, h.index)))) : undefined;
  if (statusToo && (reach || (budget && !budget.includes(" | "))) && !mayBeNews) {
    const value = reach ? `/actie bereik ${title}: ${reach}` : `/actie budget ${title}: ${budget}`;
    return confirmEach([`/actie ${statusToo.sub} ${title}`, value].map((t) => ({ text: t, pickActionId: picked.chosen!.id })));
  }
  if (reach && !mayBeNews) return build("actie bereik", reach, asCommand("actie bereik", reach), (numbersOutside <= 1 || /\bvan\b/.test(reach)) && saysReach && !countAdded ? undefined : false);
  // Budget: "€250 uitgegeven aan X", "begroot 900 voor het jaar", "weer 150 euro uitgegeven".
  // Money likewise: at once only with a word that says spent or planned, never when added to what is stored ("weer 150 euro").
  const moneyAdded = /\b(weer|nog|extra|erbij|again|another|more)\b/.test(f) && details?.spentCents != null;
  const saysMoney = /\b(besteed|uitgegeven|uitgaven|begroot|begroting|budget|spent|budgeted|overgemaakt|betaald)\b/.test(f);
  // "35 euro aan bekertjes uitgegeven" where €400 was spent already: the total now, or €35 more? Asked with both.
  const spentNow = budget?.startsWith("besteed ") && !moneyAdded && picked.chosen && !/\b(totaal|in totaal|tot nu toe|tot dusver|inmiddels|intussen|samen|al met al|bij elkaar|total|so far|altogether)\b/.test(f) ? (details ?? (await w.details(picked.chosen.id))).spentCents : null;
  const said = budget ? parseEuros(budget.slice("besteed ".length)) : undefined;
  if (budget && picked.chosen && spentNow && said !== undefined && said !== spentNow && numbersOutside <= 1) {
    const chosen = picked.chosen;
    const option = (cents: number) => ({ text: `/actie budget ${chosen.title}: besteed ${formatEuros(cents)}`, pickActionId: chosen.id });
    return {
      kind: "choose",
      question: localText("understand.money.totalOrAdded", { title: chosen.title, said: euros(said), before: euros(spentNow) }),
      options: [
        { ...option(said), label: localText("understand.money.total", { amount: euros(said) }) },
        { ...option(spentNow + said), label: localText("understand.money.added", { amount: euros(said), total: euros(spentNow + said) }) },
      ],
    };
  }
  // ("begroting 1200 euro en fatima en anouk trekken hem, niet ik": more said after the amount, in a clause of its own — shown first,
  // never done with the rest left unread.)
  const lastDigit = text.search(/\d(?!.*\d)/s);
  const saidAfter = lastDigit >= 0 && /^[^.;!?]*?\s(?:en|and)\s+\S+(?:\s+\S+){2,}/i.test(text.slice(lastDigit + 1)) && !/^\s*(?:euro|eur)?\s*(?:en|and)\s+(?:\d|€)/i.test(text.slice(lastDigit + 1));
  if (budget) return build("actie budget", budget, asCommand("actie budget", budget), numbersOutside <= 1 && saysMoney && !moneyAdded && !saidAfter ? undefined : false);
  // Deadline: "verzet X naar 1 april", "kan X een week later", "X moet klaar zijn voor de kerst".
  const shift = readShift(f);
  // "wordt eind maart", "gaat naar 5 februari": the new date, probably — asked first.
  const weakDeadline = !/\b(deadline|verleng|verlengen|verlengd|verlenging|extend|extended|verzet|verzetten|verschuif|verschuift|verschoven|verschuiven|schuif|schuift|schuiven|uitstellen|uitstel|opschuiven|verplaats|verplaatst|verplaatsen|naar achteren|achteruit|naar voren|later|eerder|uiterlijk|due|postpone|postponed|move|moved|moves|pushed|push|delay|delayed|einddatum|lopen uit|loopt uit)\b/.test(f);
  // "14 feb haal ik niet, maak er maar 6 maart van": the date that is asked for, not the one given up.
  // ("was eerst 22 januari maar is nu 5 februari": the date it is now.)
  // ("techniekdag wordt in de week na de meivakantie, zet maar vrijdag 8 mei": the date asked for in so many words.)
  const makeIt = rest.match(/\bmaak (?:er|het) (?:maar |dan |gewoon )?(.+?) van\b/i) ?? rest.match(/[,;.]\s*(?:dus\s+)?zet\s+(?:(?:maar|het|hem|m|die|de deadline|even|dan|ff)\s+)*(?:op\s+)?(\S.*)$/i) ?? rest.match(/[,;]\s*(?:het\s+)?(?:wordt|worden)\s+(?:dan\s+|nu\s+|het\s+|eerder\s+|waarschijnlijk\s+)?(\S.*)$/i) ?? rest.match(/\b(?:is|wordt|staat)\s+(?:nu|voortaan|vanaf nu)\s+(?:op\s+)?(.+)$/i) ?? rest.match(/\b(?:zeg maar|laten we zeggen|let'?s say|say)\s+(.+)$/i);
  // ("deadline naar 30 april, ouders willen eerst na de voorjaarsvakantie beginnen": the date said with the deadline, not the one in the reason.)
  const dateClause = deadlineWords ? rest.split(/\s*[,;]\s+|\s+(?:want|omdat|because|maar)\s+/)[0] : "";
  // ("… Lefier wil het na de zomer uitbreiden. oja de deadline mag naar 30 juni": the date said after "deadline", in its clause.)
  const afterWord = deadlineWords ? rest.match(/\b(?:deadline|einddatum)\b(.*)$/i)?.[1] : undefined;
  const explicitDate = afterWord ? findDateIn(afterWord.split(/\s*[,;]\s+|[.!?]\s+|\s+(?:want|omdat|because|maar)\s+/)[0], w.now, w.region) : undefined;
  // ("… daar bel ik Lefier morgen over. Waar ik wel iets van weet: financiële educatie schuift naar 15 mei, …": the date in the
  // clause that starts with the action's name.)
  const ownClause = deadlineWords && span.end < text.length ? text.slice(span.end).split(/\s*[,;]\s+|[.!?]\s+|\s+(?:want|omdat|because|maar)\s+/)[0] : "";
  const beforeName = text.slice(0, span.start);
  const lastBreak = Math.max(...[".", "!", "?", ":"].map((c) => beforeName.lastIndexOf(c)));
  const clauseDate = ownClause.trim() && lastBreak >= 0 && tokenize(beforeName.slice(lastBreak + 1)).length <= 3 ? findDateIn(ownClause, w.now, w.region) : undefined;
  const saidDate = (makeIt ? findDateIn(makeIt[1], w.now, w.region) : undefined) ?? explicitDate ?? clauseDate ?? (dateClause && dateClause !== rest ? findDateIn(dateClause, w.now, w.region) : undefined) ?? findDateIn(rest, w.now, w.region);
  // "gaat niet door op 12 feb, wordt verplaatst": the date called off is not the new one — another date said, or which?
  const calledOff = saidDate !== undefined && /\b(niet (meer )?(door )?op|not on)\s+(de\s+)?$/.test(`${sameLengthFold(rest).slice(0, Math.max(0, sameLengthFold(rest).indexOf(sameLengthFold(saidDate.phrase))))} ${/^(op|on)\s/i.test(saidDate.phrase) ? "op " : ""}`.replace(/\s+/g, " "));
  // ("oplevering wordt eind maart ipv begin maart", "staat nog op 24 feb, dat is verlopen. nieuwe deadline 15 april": the date
  // given up is not the new one — the other date said is.)
  const givenUp = (d: { phrase: string }) => /\b(?:ipv|i\.?\s?p\.?\s?v\.?|in plaats van|instead of|was eerst|was|stond op|staat (?:nog |nu )?op|niet (?:meer )?op|lukt (?:\S+\s+){0,4}niet op)\s*$/i.test(`${rest.slice(0, Math.max(0, rest.indexOf(d.phrase)))}${/^(?:op|on)\s/i.test(d.phrase) ? " op " : ""}`);
  const instead = saidDate && !calledOff && givenUp(saidDate) ? findDateIn(rest.replace(saidDate.phrase, " "), w.now, w.region) : undefined;
  const date = calledOff ? findDateIn(rest.replace(saidDate.phrase, " "), w.now, w.region) : instead && !givenUp(instead) ? instead : saidDate;
  if (calledOff && !date && !question && picked.chosen && deadlineWords) {
    return { kind: "need-action", question: localText("understand.ask.deadline", { title: picked.chosen.title }), command: `actie deadline ${picked.chosen.title}:`, pickActionId: picked.chosen.id };
  }
  // ("zomerkamp moet verzet worden", "de techniekdag moeten we uitstellen": moved, to when? asked — the answer is the date.)
  if (!date && !shift && !question && picked.chosen && !statusHits.length && f.split(" ").length <= 10 && /\b(verzet|verzetten|verschuiven|verplaatsen|verplaatst|uitstellen|uitgesteld|opschuiven|postpone|postponed|moved|reschedule|rescheduled)\b/.test(f) && !/\b(herinner\w*|reminder\w*|vergadering|agenda\w*|punt)\b/.test(f)) {
    return { kind: "need-action", question: localText("understand.ask.deadline", { title: picked.chosen.title }), command: `actie deadline ${picked.chosen.title}:`, pickActionId: picked.chosen.id };
  }
  // ("speeltuin wordt pas 1 mei klaar": when it will be done is its deadline.)
  const statusIsDeadline = /\b(moet(en)?|voor|uiterlijk|deadline|must|by|nieuwe deadline|pas|(wordt|worden|komt|komen) (\S+ ){1,3}(klaar|af|gereed)|loopt (nog )?(door )?tot|lopen (nog )?(door )?tot|duurt (nog )?tot|doorlopen)\b/.test(f);
  // "ouderavond naar do 29 jan, aula is dan vrij": the name, then "naar" and a date — the deadline, probably (shown first).
  // ("techniekdag 23/4": the name and a date, nothing else — the deadline, probably (shown first).)
  const bareDate = !deadlineWords && date && !statusHits.length && contentWords(withoutPreamble(text.slice(0, span.start))) === 0 && /^[\s:,-]*$/.test(text.slice(span.end, span.end + text.slice(span.end).indexOf(date.phrase))) && /^[\s.!]*$/.test(text.slice(span.end + text.slice(span.end).indexOf(date.phrase) + date.phrase.length));
  // ("huiswerkbegeleiding graag naar 3 apr ipv de 20e": a please or a "maar" before "naar".)
  // ("kun je wijkplan jonge kind op over 3 weken zetten": put on a day.)
  const dateAfterName = date ? text.slice(span.end).indexOf(date.phrase) : -1;
  const putOn = !deadlineWords && date && date.resolution.kind === "ok" && /\b(?:zet|zetten)\b/.test(f) && /^\s*(?:(?:maar|even|ff|graag|dan)\s+)*op\s/i.test(text.slice(span.end)) && dateAfterName >= 0 && dateAfterName <= 12;
  const movedTo = (!deadlineWords && date && /^\s*(?:(?:graag|maar|dan|even|ff|nu|dus|toch|wel|mag|moet|kan|gaat)\s+){0,3}naar\s/i.test(text.slice(span.end)) && text.slice(span.end).indexOf(date.phrase) <= 22) || bareDate || putOn;
  // ("2e schil krijgt een week extra": a stretch of time given is a later deadline.)
  const extraTime = Boolean(shift) && /\b(extra|erbij|uitstel)\b/.test(f);
  if ((deadlineWords || movedTo || extraTime) && (shift || date) && (!statusHits.some((h) => !isNegated(low, h)) || statusIsDeadline || shift)) {
    // "techniekdag een week later" for an action without a deadline: later than what? Ask for the date.
    if (shift && !date && picked.chosen && (await w.details(picked.chosen.id)).hasDeadline === false) {
      return { kind: "need-action", question: localText("understand.ask.deadline", { title: picked.chosen.title }), command: `actie deadline ${picked.chosen.title}:`, pickActionId: picked.chosen.id };
    }
    const months = /\b(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|june|july|august|october)\b/;
    const monthOutside = !shift && date && months.test(fold(text)) && !months.test(fold(date.phrase));
    // ("moet af op vrijdag de 13e": the day, without the "op" before it.)
    // (A deadline is a day: "donderdag 12 feb om 19:30" without the hour.)
    // ("een weekje later, 9 februari": the day said is where the week ends up — the day.)
    const dayNamed = Boolean(date) && date!.resolution.kind === "ok" && !/\b(dag|dagen|week|weken|weekje|maand|maanden|later|eerder)\b/i.test(date!.phrase) && /\b(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b|\b\d{1,2}[-/]\d{1,2}\b/i.test(date!.phrase);
    // ("geldlessen een week eerder want de toetsweek begint op 2 februari": a date in the reason is not where the week ends up.)
    // ("moet een weekje later, de bieb heeft die donderdag een schoolvoorstelling": "die donderdag" points at a day, it names no
    // new one.)
    const dateInReason = Boolean(shift) && Boolean(date) && (/\b(want|omdat|ivm|i\.v\.m\.|aangezien|because|since|vanwege|wegens)\b/i.test(rest.slice(0, Math.max(0, rest.indexOf(date!.phrase)))) || /\b(?:die|deze|dezelfde|that|the same)\s*$/i.test(rest.slice(0, Math.max(0, rest.indexOf(date!.phrase)))));
    const when = (shift && dayNamed && !dateInReason ? undefined : shift) ?? date!.phrase.replace(/^op\s+/i, "").replace(/\s+(?:(?:om|at|@)\s*\d{1,2}(?:[:.u]\d{2})?|\d{1,2}[:.]\d{2}|\d{1,2}\s*uur)\s*(?:uur|u|h)?$/i, "").replace(/\s+(?:om|at)\s+half\s+\d{1,2}$/i, "");
    // "tot na de zomer", "voor de kerst": a season or holiday, read as a day — shown first.
    const vague = !shift && /\b(zomer|vakantie|kerst|pasen|schooljaar|najaar|voorjaar|winter|herfst|summer|holiday|christmas)\w*\b/.test(fold(date!.phrase));
    // "1 april of 8 april": a second date after the one taken — shown first.
    const secondDate = !shift && date ? findDateIn(rest.replace(date.phrase, " "), w.now, w.region) : undefined;
    // "zet de deadlines van huiswerkbegeleiding en wijkplan op 1 mei": two actions joined by "en", one date — both, shown first.
    const pair = spans.filter((s) => s.exact || s.quality >= 2.5 || (s.score >= 3 && Math.max(...tokenize(text.slice(s.start, s.end)).map((t) => t.word.length)) >= 6));
    const other = pair.find((s) => s.action.id !== span.action.id && !(s.start < span.end && span.start < s.end));
    if (other && picked.chosen && !secondDate && new Set(pair.map((s) => s.action.id)).size === 2) {
      const [a, b] = span.start < other.start ? [span, other] : [other, span];
      if (/^\s*(?:,|en|and|&|plus|ook)\s*(?:(?:de|het|die van|die van de|die van het|the)\s+)?$/i.test(text.slice(a.end, b.start))) {
        const first = a === span ? { id: picked.chosen.id, title: picked.chosen.title } : { id: a.action.id, title: a.action.title };
        const second = b === span ? { id: picked.chosen.id, title: picked.chosen.title } : { id: b.action.id, title: b.action.title };
        return confirmEach([first, second].map((x) => ({ text: `/actie deadline ${x.title}: ${when}`, pickActionId: x.id })));
      }
    }
    // ("moestuin: zaaidag verschoven naar 14 maart": a day or part of the action moved, not the action's own deadline — a
    // note, with the deadline as its other reading.)
    const titleWords = new Set(fold(span.action.title).split(" "));
    const movedPart = !shift && !/\b(deadline|einddatum|datum|opleverdatum)\b/.test(f) ? sameLengthFold(text.slice(span.end)).match(/^[\s:,-]*(?:(?:de|het|onze|ons)\s+)?([a-z]{4,})\s+(?:is\s+|wordt\s+|gaat\s+)?(?:verschoven|verplaatst|verzet|uitgesteld|gaat naar|naar)\b/) : null;
    // ("buurtmoestuin: zaaien is verschoven naar half maart": a doing, said as a noun, is a part of the action too.)
    if (movedPart && !titleWords.has(movedPart[1]) && (EVENT.test(movedPart[1]) || PART_NOUN.test(movedPart[1]) || (/^[a-z]{3,}(?:[^aeiou]en|ien)$/.test(movedPart[1]) && /\s(?:is|wordt)\s/.test(movedPart[0]) && !/^(?:ver|uit|op|door)?(?:zetten|schuiven|plaatsen|stellen)$/.test(movedPart[1])))) {
      const note = trimNote(text.slice(span.end));
      if (contentWords(note) >= 3) return withOtherReadings(build("actie update", note, localText("understand.what.update", { title, note }), false), text, f, span, w, true);
    }
    return build("actie deadline", when, asCommand("actie deadline", when), !saysMore && !monthOutside && !weakDeadline && !vague && !secondDate);
  }
  // "ouderavond + bureau halt": an organisation added to the action with a plus — a partner, shown first.
  const plus = !question ? text.slice(span.end).match(/^\s*\+\s*(?:de\s+|het\s+)?(\p{L}[\p{L}\p{N}&'.-]*(?:\s+\p{L}[\p{L}\p{N}&'.-]*){0,3}?)(?:\s+(?:als\s+(?:nieuwe\s+)?partners?|erbij))?[\s.!]*$/u)?.[1] : undefined;
  if (plus && contentWords(text.slice(0, span.start)) === 0 && !findPeopleIn(plus, w).length && !/^(nog|ook|extra|meer|notitie|note|update)\b/i.test(plus)) {
    const org = findOrganisationIn(plus, fold(plus), w.organisations) ?? (plus === plus.toLowerCase() ? plus.replace(/(^|\s)(\p{L})/gu, (_m, space: string, letter: string) => `${space}${letter.toUpperCase()}`) : plus);
    return build("actie partner", org, asCommand("actie partner", org));
  }
  // Partner: "GGD doet mee aan X", "partner van X: Kids2b".
  // ("veilig naar school: donderdag samen met de scholen de route gelopen" is news about the action, not a partner.)
  // ("sportvereniging lewenborg helpt mee": helping counts only for an organisation the wijk knows — "de kinderen helpen mee" is news.)
  const helper = text.match(/^\s*(?:@wijkbot\s+)?(?:de |het )?([\p{L}\p{N}][\p{L}\p{N}&' -]{1,40}?)\s+(?:helpt|helpen|werkt|werken) (?:ook )?mee\b/iu)?.[1];
  const helps = Boolean(helper && findOrganisationIn(helper, fold(helper), w.organisations));
  // "watertappunt partner eraf: GGD": taking a partner off, which no command does — say so.
  // ("Lefier is geen partner meer bij veilig naar school", "het Waterbedrijf wil niet meer partner zijn": news that a partner
  // stopped, offered as a note below; only asking to take one off gets the answer that no command does that.)
  if (/\b(partner|partners)\b/.test(f) && /\b(eraf|er af|weg|verwijder\w*|weghalen|haal|schrappen|remove)\b/.test(f)) return { kind: "say", text: localText("understand.partnerRemove") };
  // ("Gasunie sponsort de techniekdag": who pays for it takes part.)
  // ("betrokkenheid cb: Jeugdgezondheidszorg Groningen werkt mee": a name with capitals that works along takes part.)
  const worksAlong = /(?:^|[:,]\s*)(?:de |het )?\p{Lu}[\p{L}\p{N}&'-]*(?:\s+\p{Lu}[\p{L}\p{N}&'-]*){0,3}\s+(?:werkt|werken|helpt|helpen)\s+(?:ook\s+)?mee\b/u.test(text) && !findPeopleIn(text.match(/(?:^|[:,]\s*)(?:de |het )?(\p{Lu}[\p{L}\p{N}&'-]*(?:\s+\p{Lu}[\p{L}\p{N}&'-]*){0,3})\s+(?:werkt|werken|helpt|helpen)/u)?.[1] ?? "", w).length;
  const sponsors = worksAlong || /(?:^\s*(?:@wijkbot\s+)?|:\s*|@wijkbot\s+)(?:de |het )?\p{Lu}[\p{L}\p{N}&'. -]{1,40}?\s+(?:sponsort|sponsoren|financiert|financieren|betaalt mee aan|betalen mee aan|levert|leveren|verzorgt|verzorgen|schenkt|schenken|doneert|doneren|sponsors|donates|(?:gaat|gaan|wil|willen|komt|komen)\s+(?:(?:ook|nu|graag|straks|vanaf nu|voortaan)\s+)*(?:[\p{L}\p{N}-]+\s+){0,5}?(?:meedoen|meewerken|meehelpen|meefinancieren|meebetalen|samenwerken)|(?:has |have )?confirmed (?:that )?(?:they(?:'ll| will) |it(?:'ll| will) )?sponsor|(?:will|'ll) sponsor|is sponsoring|funds|is funding|pays for)\b/u.test(text) || /\b(?:wordt|worden|is|zijn)\s+(?:\S+\s+)?(?:gesponsord|gefinancierd|mogelijk gemaakt)\s+door\s+(?:de |het )?\p{Lu}/u.test(text);
  // ("de samenwerking met Sportbedrijf Groningen bij het watertappunt is rond": the partnership is what is settled, not the action.)
  // ("huiskamer: we werken nu samen met de bibliotheek", "techniekdag wordt gesponsord door Gasunie": who, at the end of the message.)
  const byWhom = text.match(/\b(?:samen met|samenwerking met|werken samen met|werkt samen met|in samenwerking met|gesponsord door|gefinancierd door|mogelijk gemaakt door|ondersteund door|geholpen door|(?:mee ?)?betaald door|(?:krijgt|krijgen|kregen|kreeg|met) (?:\S+ )?(?:hulp|steun|ondersteuning) van|sponsored by|funded by)\s+(?:de |het |the )?([\p{L}][\p{L}\p{N}&'.-]*(?:\s+[\p{L}][\p{L}\p{N}&'.-]*){0,5})\s*[.!]*$/u)?.[1];
  const byOrg = byWhom && !findPeopleIn(byWhom, w).length && !/^(kinderen|kids|ouders|jongeren|bewoners|vrijwilligers|leerlingen|buurt|wijk|mensen|iedereen|elkaar|collega|collegas|hem|haar|hen|mij|ons|jullie|de kinderen)\b/i.test(byWhom) ? wholeOrKnown(byWhom, findOrganisationIn(byWhom, fold(byWhom), w.organisations)) : undefined;
  // ("bij de techniekdag doet nu ook het Noorderpoort mee", "doet de Rabobank nu ook mee": the name with capitals between "doet" and "mee".)
  // ("doet nu ook kinderopvang de Boomhut mee": a word for what it is before the name.)
  // ("doen Gasterra en het Alfa-college mee", "hebben we de Gasunie én het Alfa-college als partner binnen": two of them.)
  const invertedRaw = text.match(/\bdoe[nt]\s+(?:(?:nu|ook|inmiddels|sinds kort)\s+)*(?:de\s+|het\s+)?((?:(?!(?:nu|ook|inmiddels|mee|niet|wel|er)\b)\p{Ll}[\p{L}-]{2,}\s+(?:de\s+|het\s+)?)?\p{Lu}[\p{L}\p{N}&'-]*(?:\s+\p{Lu}[\p{L}\p{N}&'-]*){0,3}(?:\s+(?:en|én|&)\s+(?:de\s+|het\s+)?\p{Lu}[\p{L}\p{N}&'-]*(?:\s+\p{Lu}[\p{L}\p{N}&'-]*){0,3})?)\s+(?:(?:nu|ook|inmiddels|sinds kort)\s+)*mee\b/u)?.[1]
    ?? text.match(/\b(?:hebben|heeft)\s+(?:we|wij|ze|zij|hij)\s+(?:(?:nu|ook|inmiddels|eindelijk|al)\s+)*(?:de\s+|het\s+)?(\p{Lu}[\p{L}\p{N}&'-]*(?:\s+\p{Lu}[\p{L}\p{N}&'-]*){0,3}(?:\s+(?:en|én|&)\s+(?:de\s+|het\s+)?\p{Lu}[\p{L}\p{N}&'-]*(?:\s+\p{Lu}[\p{L}\p{N}&'-]*){0,3})?)\s+(?:(?:nu|ook|inmiddels|eindelijk)\s+)*als\s+(?:nieuwe\s+)?partners?\s+(?:binnen|gestrikt|gevonden|erbij|gekregen)\b/u)?.[1];
  const invertedKnown = invertedRaw ? findOrganisationIn(invertedRaw, fold(invertedRaw), w.organisations) : undefined;
  // (A known organisation only when every word typed is in its name: "kinderopvang de Boomhut" is not "Kids2b kinderopvang".)
  const inverted = invertedRaw && !findPeopleIn(invertedRaw, w).length ? (invertedKnown && fold(invertedRaw).split(" ").every((x) => /^(de|het)$/.test(x) || ` ${fold(invertedKnown)} `.includes(` ${x} `)) ? invertedKnown : invertedRaw) : undefined;
  // ("noorderpoort levert twee stagiairs voor de techniekdag": an organisation that sends people takes part.)
  const suppliesRaw = text.match(/^\s*(?:@wijkbot[\s,:]*)?(?:de\s+|het\s+)?([\p{L}][\p{L}\p{N}&'.-]*(?:\s+[\p{L}\p{N}&'.-]+){0,3}?)\s+(?:levert|leveren|stuurt|sturen|regelt|regelen|zorgt voor|zorgen voor)\s+(?:\S+\s+){0,2}?(?:stagiairs?|stagiaires?|vrijwilligers?|begeleiders?|sprekers?|spreker|docenten|trainers?|medewerkers?|jongerenwerkers?|coaches|studenten|gastlessen|gastles|workshops?)\b/iu)?.[1];
  // ("… vastleggen dat het Centrum voor Jeugd en Gezin Groningen als samenwerkingspartner aansluit bij …": who joins, before the verb at the end.)
  const joinsAsRaw = text.match(/\b(?:dat\s+)(?:de\s+|het\s+)?(\p{Lu}[\p{L}\p{N}&'.-]*(?:\s+[\p{L}\p{N}&'.-]+){0,6}?)\s+(?:als\s+(?:nieuwe\s+)?(?:samenwerkings)?partners?\s+)?(?:aansluit|aansluiten|meedoet|meedoen|meewerkt|meewerken)\b/u)?.[1];
  const notSomeone = (x: string | undefined) => x && !findPeopleIn(x, w).length && !/^(we|wij|ik|jij|je|zij|ze|hij|er|het|dat|die|dit|iemand|niemand|de kinderen|kinderen|ouders|de ouders|school|de school)$/i.test(x.trim()) ? x.trim() : undefined;
  const supplies = notSomeone(suppliesRaw);
  const joinsAs = notSomeone(joinsAsRaw);
  // ("techniekdag: Alfa-college is afgehaakt als partner, jammer": a partner leaving is news about the action.)
  const partnerLeft = /\b(afgehaakt|haakt af|haken af|afgevallen|stopt als partner|gestopt als partner|(?:is|zijn) geen partner meer|niet meer (?:de |een )?partner|geen partners? meer|doe[nt] niet meer mee|(?:wil|willen) niet meer meedoen)\b/.test(f);
  const partnershipSettled = /\b(samenwerking|partnerschap|contract|overeenkomst|convenant|samenwerkingsovereenkomst)\b.*\b(is|zijn) (nu |eindelijk |officieel )*(rond|geregeld|getekend|bezegeld|een feit)\b/.test(f) && statusHits.every((h) => /^(rond|geregeld)$/.test(h.word));
  // ("Nijestee wil misschien meedoen maar dat is nog niet zeker": a partner that may come is news, not yet a partner.)
  const mayJoin = /\b(misschien|mogelijk|wellicht|mss|niet zeker|nog niet zeker|onzeker|twijfel\w*|overweeg\w*|overwegen)\b/.test(f) && /\b(wil|willen|gaat|gaan|komt|komen|zou|zouden)\b/.test(f);
  if (!partnerLeft && !mayJoin && (helps || sponsors || inverted || supplies || joinsAs || /\b(partner|partners|samenwerkingspartners?|samen met|in samenwerking met|doet mee|doen mee|doet ook mee|stapt in|stappen in|stapt ook in|stappen ook in|schuift aan|schuiven aan|komt aan tafel|komen aan tafel|komt ook aan tafel|(?:schuift|schuiven) (?:de |het )?[a-z]+ (?:[a-z]+ )?(?:ook |nu |voortaan )*aan|doen ook mee|sluit aan|sluiten aan|samenwerking|together with|partnering|aan boord|on board|aangehaakt|haakt aan|haken aan|aangesloten|contract met|overeenkomst met|convenant met|deed mee|deden mee|deed ook mee|deden ook mee|samenwerken|meedoen|meewerken|meefinancieren|meebetalen|(?:hulp|steun|ondersteuning) van|ondersteund door|geholpen door)\b|\b(sluit|sluiten) (ook |nu |inmiddels )+aan\b|\b(doet|doen|deed|deden) (ook |nu |inmiddels |vanaf nu |voortaan |weer |allebei |beide |allemaal |alle twee |samen |inderdaad |idd |echt |zeker |gewoon )+mee\b/.test(f) || (/\berbij\b/.test(f) && /\(\p{Lu}[^()]{1,40}\)/u.test(text))) && (!statusHits.length || partnershipSettled) && (!colonForm || sponsors || supplies || /\b(partner|partners|samenwerkingspartners?|partnering|doet mee|doen mee|helpt mee|helpen mee|werkt mee|werken mee|sluit aan|sluiten aan)\b|\b(doet|doen|deed|deden|helpt|helpen|werkt|werken) (ook |nu |inmiddels |sinds kort |vanaf nu |voortaan |weer |allebei |beide |allemaal |alle twee |samen |inderdaad |idd |echt |zeker |gewoon )+mee\b|\b(sluit|sluiten) (ook |nu |inmiddels |vanaf nu |voortaan )+aan\b/.test(f) || byOrg !== undefined)) {
    const knownOrg = w.organisations.find((o) => ` ${f} `.includes(` ${fold(o)} `));
    // "partner: Noorderpoort college": every word typed after the colon counts, not just the organisation it contains.
    const afterColonTyped = textAfterColon(text)
      // ("partner: Webbureau Noordlicht (zij bouwen het ding)": what is said in brackets is not part of the name.)
      ?.replace(/\s*\([^()]*\)\s*$/, "")
      // ("huiskamer partner: buurtvereniging de Boog haha die doen de koffie": laughter, and what they do, end the name.)
      .replace(/\s+(?:haha\w*|hihi\w*|hehe\w*|xd|lol)\b.*$/i, "")
      .replace(/\s+(?:die|zij|ze|they)\s+(?:doen|doet|leveren|levert|geven|geeft|zorgen|zorgt|regelen|regelt|verzorgen|verzorgt|betalen|betaalt|do|provide|bring)\b.*$/i, "")
      // ("tech day: Stedin confirmed they'll sponsor the workshops": what the organisation does, said in English.)
      .replace(/\s+(?:has\s+|have\s+)?(?:confirmed|will|is going to|are going to|sponsors|funds|pays|provides|supplies|joins|joined|is joining)\b.*$/i, "")
      // ("Kids2b kinderopvang sluit ook aan", "Humanitas and the Voedselbank are joining as partners": the verb, with "ook" in it.)
      .replace(/\s+(?:are|is)\s+(?:now\s+|also\s+)?joining\b.*$/i, "")
      .replace(/(?:\s+((?:doet|doen) (?:allebei |beide |allemaal |alle twee |samen )mee|doet mee|doen mee|werkt mee|werken mee|helpt mee|helpen mee|werkt ook mee|helpt ook mee|sluit (?:nu |ook |inmiddels )*aan|sluiten (?:nu |ook |inmiddels )*aan|(?:is |zijn |komt |komen )?(?:ook )?aan boord|(?:is|wordt|zijn) (?:nu |ook |officieel |inmiddels )*(?:een )?partners?(?: geworden)?|als partners?|erbij|toevoegen|erbij zetten|graag|aub|please))+$/i, "")
      // ("zomerkamp: partner Jongerenwerk Lewenborg toevoegen": the word "partner" before the name is not part of it.)
      .replace(/^(?:(?:nieuwe|extra|ook|een)\s+)*partners?\s+(?=\S)/i, "")
      .trim();
    const known = knownOrg && afterColonTyped && ` ${fold(afterColonTyped)} `.includes(` ${fold(knownOrg)} `) && fold(afterColonTyped) !== fold(knownOrg) && afterColonTyped.split(/\s+/).length <= 5 ? afterColonTyped : knownOrg;
    // "Bibliotheek Groningen doet mee met de voorleesochtend": who joins stands before the verb.
    // ("Wat fijn!!! 🎉 De Bibliotheek Groningen doet mee …": a new sentence starts with who joins.)
    const joiner = text.match(/(?:^\s*(?:@wijkbot\s+)?|:\s*|@wijkbot\s+|[!.]\s+(?:[\p{Extended_Pictographic}\uFE0F]+\s*)*)(?:de |het )?([\p{L}\p{N}][\p{L}\p{N}&'. -]{1,40}?)\s+(?:(?:doet|doen|deed|deden|gaat|gaan|helpt|helpen|werkt|werken) (?:(?:ook|nu|inmiddels|sinds kort|vanaf nu|voortaan|allebei|beide|allemaal|alle twee|samen|inderdaad|idd|echt|zeker|gewoon) )*mee|(?:gaat|gaan|wil|willen|komt|komen)\s+(?:(?:ook|nu|graag|straks|vanaf nu|voortaan)\s+)*(?:[\p{L}\p{N}-]+\s+){0,5}?(?:meedoen|meewerken|meehelpen|meefinancieren|meebetalen|samenwerken)|sponsort|sponsoren|financiert|financieren|levert|leveren|verzorgt|verzorgen|schenkt|schenken|doneert|doneren|(?:stapt|stappen)\s+(?:(?:ook|nu|vanaf nu|mee)\s+)*in|(?:schuift|schuiven|komt|komen)\s+(?:(?:ook|nu|vanaf nu)\s+)*aan(?:\s+tafel)?)\b|(?:^\s*(?:@wijkbot\s+)?|:\s*|@wijkbot\s+)(?:de |het )?([\p{L}\p{N}][\p{L}\p{N}&' -]{1,40}?)\s+(?:sluit|sluiten) (?:(?:ook|nu|inmiddels) )*aan\b|^\s*(?:@wijkbot\s+)?(?:de |het )?([\p{L}\p{N}][\p{L}\p{N}&' -]{1,40}?)\s+(?:is|wordt|zijn|worden) (?:nu |ook |vanaf nu |voortaan |allebei |beide |alle twee |allemaal )*(?:een |de )?(?:nieuwe )?partners?\b|^\s*(?:@wijkbot\s+)?(?:de |het )?([\p{L}\p{N}][\p{L}\p{N}&' -]{1,40}?)\s+(?:(?:is|zijn) (?:nu |ook |inmiddels )?(?:aangehaakt|aangesloten)|(?:haakt|haken) (?:ook |nu )?aan)\b/iu);
    // ("2e schil: ook judoclub Lewenborg doet mee": "ook" is not part of the name.)
    const joinedRaw = joiner ? (joiner[1] ?? joiner[2] ?? joiner[3] ?? joiner[4]).trim().replace(/^(?:(?:ook|nu|inmiddels|dus|en|ff|even|effe|melden|meld|ter info|fyi|btw|goed nieuws|nieuws|update)\s+)+(?=\S)/i, "") : undefined;
    // "could you add Stichting Present as a partner to …", "voeg Stichting Present toe als partner": who is added.
    const addedAs = text.match(/\b(?:add|voeg)\s+(?:(?:even|ook|nog)\s+)?(?:de\s+|het\s+|the\s+)?(\p{Lu}[\p{L}\p{N}&'-]*(?:\s+[\p{L}\p{N}&'-]+){0,4}?)\s+(?:toe\s+)?as\s+(?:a\s+|the\s+|an\s+)?(?:new\s+)?partner\b|\bvoeg\s+(?:(?:even|ook|nog)\s+)?(?:de\s+|het\s+)?(\p{Lu}[\p{L}\p{N}&'-]*(?:\s+[\p{L}\p{N}&'-]+){0,4}?)\s+(?:toe\s+als|als\s+partner\s+toe)\b/u);
    const added = addedAs && !findPeopleIn(addedAs[1] ?? addedAs[2], w).length ? (findOrganisationIn(addedAs[1] ?? addedAs[2], fold(addedAs[1] ?? addedAs[2]), w.organisations) ?? (addedAs[1] ?? addedAs[2])) : undefined;
    // "er is een nieuwe partner bij …" names nobody.
    // ("bij de buurtmoestuin is de partner nu de Hortus": a place before the verb, not who joins.)
    const joined = joinedRaw && !/^(er|het|dat|die|dit|ze|zij|hij|wie|wat|there|it|they|iemand|niemand)$/i.test(joinedRaw) && !/^(bij|voor|van|aan|in|op|met|at|for)\s/i.test(joinedRaw) ? joinedRaw : undefined;
    const named = joined && contentWords(joined) >= 1 && joined.split(/\s+/).length <= 4 && !findPeopleIn(joined, w).length ? (knownHoldingAll(joined, w) ?? joined.charAt(0).toUpperCase() + joined.slice(1)) : undefined;
    const proper = properNounPartner(text, span, w);
    const framed = framedPartner(text, span, w);
    // "partner toevoegen aan veilig naar school verkeersouders zonnewijzer": the organisation typed after the action's name.
    const trailing = /^\s*(?:@wijkbot\s+)?(?:nieuwe\s+)?partners?\s+(?:toevoegen\s+)?(?:aan|bij|voor)\s+(?:de\s+|het\s+)?$/i.test(text.slice(0, span.start)) ? text.slice(span.end).replace(/^[\s:,-]+|[\s.!]+$/g, "") : "";
    if (trailing && !afterColonTyped && trailing.split(/\s+/).length <= 5 && contentWords(trailing) >= 1 && !findPeopleIn(trailing, w).length) return build("actie partner", findOrganisationIn(trailing, fold(trailing), w.organisations) ?? trailing, asCommand("actie partner", trailing));
    // ("moestuin partners: IVN Groningen, Natuurmonumenten en de Groene Pluim": a list after "partners:", commas and all.)
    const listed = text.match(/\bpartners?\s*:\s*([^.;!?]+?)[\s.!]*$/i)?.[1]?.replace(/(?:\s+(?:erbij|toevoegen|graag|aub|please|als partners?))+$/i, "").trim();
    const listedNames = listed && /,|\s(?:en|and|&)\s/.test(listed) ? severalOrganisations(listed, w) : undefined;
    // "Joke doet de moestuin samen met Fatima": a person of the wijk is no partner organisation.
    const isPerson = (name: string) => w.people.some((p) => fold(p.displayName) === fold(name));
    if (listedNames && picked.chosen && !listedNames.some(isPerson)) {
      return confirmEach(listedNames.map((name) => ({ text: `/actie partner ${picked.chosen!.title}: ${name}`, pickActionId: picked.chosen!.id })));
    }
    const explicitPartner = (/\bpartners?\s*:\s*\S/i.test(text) || /\bals (?:samenwerkings)?partners?\b[^:]*:\s*\S/i.test(text)) && afterColonTyped && contentWords(afterColonTyped) >= 1 ? afterColonTyped : undefined;
    // "de bieb doet mee … als partner: Biblionet Groningen": what is typed after "partner:" is the partner's name.
    // "samenwerking met Sportbedrijf Groningen": the name written with capitals after "met".
    const withWhom = text.match(/\b(?:samenwerking|samenwerken|werken samen|werkt samen|partnerschap|contract|overeenkomst|convenant|samenwerkingsovereenkomst) met (?:de |het )?(\p{Lu}[\p{L}\p{N}&'-]*(?:\s+\p{Lu}[\p{L}\p{N}&'-]*){0,3})/u)?.[1];
    const partnerWith = withWhom && !findPeopleIn(withWhom, w).length ? (findOrganisationIn(withWhom, fold(withWhom), w.organisations) ?? withWhom) : byOrg;
    // ("…: consultatiebureau Lewenborg als partner toevoegen": the word typed before the capitals belongs to the name.)
    const properLead = proper && afterColonTyped?.endsWith(proper) ? afterColonTyped.slice(0, -proper.length).trim() : undefined;
    const properWhole = properLead && /^[\p{L}-]{4,}$/u.test(properLead) && !/^(samen|met|nu|ook|partner|partners|nieuwe|extra|door|via|bij|voor|van|and|with)$/i.test(properLead) && !findPeopleIn(properLead, w).length ? `${properLead.charAt(0).toUpperCase()}${properLead.slice(1)} ${proper}` : undefined;
    // ("doet nu ook kinderopvang de Boomhut mee": the name said, not the known organisation one of its words belongs to.)
    const knownOrInverted = inverted && known && !` ${fold(known)} `.includes(` ${fold(inverted)} `) ? inverted : known;
    const suppliedBy = supplies ? (findOrganisationIn(supplies, fold(supplies), w.organisations) ?? supplies) : joinsAs ? (findOrganisationIn(joinsAs, fold(joinsAs), w.organisations) ?? joinsAs) : undefined;
    // ("samen met de verkeersouders staan er … rond de Zonnewijzer": together with people — an organisation named elsewhere is
    // no partner for it.)
    const peopleWith = TOGETHER_WITH_PEOPLE.test(f);
    const peopleOnly = togetherWithPeopleOnly(f);
    // ("voor de techniekdag heeft Gasunie al toegezegd als partner": who promised, not an organisation named elsewhere.)
    const promised = text.match(/\b(?:heeft|hebben)\s+(?:de\s+|het\s+)?(\p{Lu}[\p{L}\p{N}&'-]*(?:\s+\p{Lu}[\p{L}\p{N}&'-]*){0,3})\s+(?:(?:al|nu|ook|inmiddels|officieel)\s+)*(?:toegezegd|ja gezegd)\b/u)?.[1];
    const orgSaid = peopleOnly ? undefined : explicitPartner ?? added ?? suppliedBy ?? framed ?? (promised && !findPeopleIn(promised, w).length ? (findOrganisationIn(promised, fold(promised), w.organisations) ?? promised) : undefined) ?? (named && known && /\s(?:en|én|and|&)\s/i.test(named) && fold(named).includes(fold(known)) ? named : undefined) ?? knownOrInverted ?? named ?? inverted ?? properWhole ?? (proper ? (findOrganisationIn(proper, fold(proper), w.organisations) ?? proper) : undefined) ?? (byOrg && colonForm ? byOrg : undefined) ?? afterColonTyped ?? partnerWith ?? (peopleWith ? undefined : findOrganisationIn(text, f, w.organisations))?.replace(/\s+(doet mee|doen mee|sluit aan|sluiten aan|(?:is|wordt|zijn) (?:nu |ook )?(?:een )?partner(?: geworden)?|als partner|erbij)$/i, "").trim();
    // ("Taalcafé voor ouders VluchtelingenWerk doet mee als partner": the action's name before the organisation is not its name.)
    const nameSaid = text.slice(span.start, span.end);
    // ("zet Waterbedrijf Groningen dan ook als partner bij …": the little words before "als partner" are no part of the name.)
    const org = (orgSaid && (span.exact || fold(nameSaid) === fold(span.action.title)) && fold(orgSaid).startsWith(`${fold(nameSaid)} `) && orgSaid.length > nameSaid.length ? orgSaid.slice(nameSaid.length).replace(/^[\s:,-]+/, "") : orgSaid)?.replace(/(?<=\S)(?:\s+(?:dan|ook|maar|even|nog|gewoon|graag))+$/i, "");
    // "Gasunie en Noorderpoort doen mee als partner": two organisations, each its own partner — shown first, both on "ja".
    const several = org && picked.chosen ? severalOrganisations(org, w, /\b(allebei|beide|alle twee|both)\b/.test(f)) : undefined;
    if (several && !several.some(isPerson)) {
      const chosen = picked.chosen!;
      const each = several.map((name) => ({ text: `/actie partner ${chosen.title}: ${name}`, pickActionId: chosen.id }));
      // ("Jeugdfonds Sport en Cultuur": a name that may itself say "en" — one partner or two, asked with both.)
      // ("Groei en Bloei Groningen": the same, the one word first.)
      const oneWord = (x: string) => /^\p{Lu}\p{Ll}+$/u.test(x);
      if (several.length === 2 && org && ((oneWord(several[1]) && several[0].split(/\s+/).length >= 2) || (oneWord(several[0]) && text.includes(`${several[0]} `) && several[1].split(/\s+/).length >= 2)) && !/,|\s(?:en|én|and)\s+(?:de|het|the)\s/i.test(org)) {
        return {
          kind: "choose",
          question: localText("understand.reading.which", { title: chosen.title }),
          options: [
            { label: localText("understand.reading.partner", { org }), text: `/actie partner ${chosen.title}: ${org}`, pickActionId: chosen.id },
            { label: localText("understand.reading.partners", { first: several[0], second: several[1] }), ...each[0], pickActionId: chosen.id, then: [each[1]] },
          ],
        };
      }
      return confirmEach(each);
    }
    // ("… als partner toevoegen aan het wijkplan jonge kind? en CB Lewenborg ook": a second partner said after, in a sentence of
    // its own — both shown first.)
    const alsoTail = org && picked.chosen && !several ? text.match(/[?.!,;]\s*(?:en|plus|and)\s+(?:de\s+|het\s+)?(\p{Lu}[\p{L}\p{N}&'.-]*(?:\s+[\p{L}\p{N}&'.-]+){0,3}?)\s+(?:(?:ook|nog|erbij|graag|too)\s*)+[\s.!]*$/u)?.[1] : undefined;
    if (alsoTail && org && !isPerson(alsoTail) && !isPerson(org) && !fold(org).includes(fold(alsoTail)) && !findPeopleIn(alsoTail, w).length) {
      const chosen = picked.chosen!;
      return confirmEach([org, alsoTail].map((name) => ({ text: `/actie partner ${chosen.title}: ${name}`, pickActionId: chosen.id })));
    }
    // ("veilig naar school: 3 scholen doen mee": a count of who takes part is news, not an organisation's name.)
    const counted = org !== undefined && /^(\d+|een paar|paar|veel|alle|allebei|beide|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|meerdere|verschillende|diverse|enkele|sommige|nog meer|meer|some|several|many|all|both|two|three)\s/i.test(org.trim());
    // ("… samen met Ahmed en mij", "…, samen met mij": people of the wijk, not a partner organisation.)
    const onlyPeople = (x: string) => x.split(/\s*(?:,|\ben\b|&|\band\b)\s*/i).filter(Boolean).every((part) => isPerson(part) || /^(mij|me|mezelf|mijzelf|ik|ons|jou|jullie|hem|haar)$/i.test(part));
    if (org && !isPerson(org) && !onlyPeople(org) && !counted) return build("actie partner", org, asCommand("actie partner", org));
  }
  // "2e schil: we zijn klaar, alle sportclubs hebben de training gehad": a status first after the colon.
  if (colonForm) {
    const afterColon = span.end + (text.slice(span.end).match(/^\s*:\s*/)?.[0].length ?? 0);
    // ("huiskamer: it's done, …", "…: stop it, the residents want to run it themselves": "it's" before it and "it" after it
    // belong to the status.)
    // ("schoolontbijt: weer gestart, …", "…: started again, jumbo sponsors the bread": "again" belongs to the status too.)
    const first = statusHits.find((h) => h.index >= afterColon && (contentWords(text.slice(afterColon, h.index).replace(/\b(?:weer|opnieuw|alweer)\b/gi, " ")) === 0 || STATUS_LEAD.test(text.slice(afterColon, h.index))));
    // ("ouderavond: done ✅ packed room, …": an emoji after the status ends it like a stop.)
    const statusEnd = first ? first.end + (text.slice(first.end).match(/^\s+(?:(?:it|this|that|ermee)(?:\s+again)?|again|weer|opnieuw)\b(?=[\s!.,;:]*[!.,;:])|^\s*[\p{Extended_Pictographic}\uFE0F\u200D]+(?=\s+\S)/iu)?.[0].length ?? 0) : 0;
    const emojiEnded = first !== undefined && /[\p{Extended_Pictographic}]/u.test(text.slice(first.end, statusEnd));
    const tail = first ? text.slice(statusEnd) : "";
    // ("ouderbetrokkenheid: stopgezet door de stuurgroep": by whom or why, right after the status, is its note.)
    // ("huiskamer in de flat: gestart 🎉🎉": emoji alone after it end it too.)
    if (first && !isNegated(low, first) && (/^[\s!.\p{Extended_Pictographic}\uFE0F\u200D]*$/u.test(tail) || /^[\s!.,;:]*[!.,;:]/.test(tail) || emojiEnded || (!WEAK_STATUS.test(first.word) && /^\s+(?:door|wegens|vanwege|omdat|want|ivm|i\.v\.m\.|sinds|since|due to|because)\s+\S/i.test(tail)))) {
      const said = (emojiEnded ? trimNote(text.slice(statusEnd)) : "") || reasonAfter(text, statusEnd) || (/^\s+(?:door|wegens|vanwege|ivm|i\.v\.m\.|sinds|since|due to)\s+\S/i.test(tail) ? trimNote(tail) : "");
      const note = withoutRestatedClauses(said, first.sub);
      const status = localText(`status.${STATUS_LABELS[first.sub]}` as never);
      return build(`actie ${first.sub}`, note, note ? localText("understand.what.statusNote", { title, status, note }) : localText("understand.what.status", { title, status }));
    }
    // ("campus: projectplan is ingeleverd bij de gemeente, dus die is af": the status said last, of the action named — the
    // news before it is its note.)
    const last = statusHits.filter((h) => h.index > afterColon).at(-1);
    const lead = last ? text.slice(afterColon, last.index).match(/^([^]*?\S)\s*(?:[,.;!]|\s)\s*(?:(?:dus|en|so|and)\s+)?(?:die|hij|het|deze|dat|ze|ie|it|this|that)\s+(?:is|kan|mag|staat|zijn|gaat|can|is)\s+(?:(?:nu|dan|ook|wel|eindelijk|echt|officieel|maar|gewoon|dus|now|officially|finally)\s+){0,3}(?:op\s+|naar\s+|to\s+)?$/i) : null;
    if (last && lead && !isNegated(low, last) && /^[\s!.\p{Extended_Pictographic}\uFE0F\u200D]*$/u.test(text.slice(last.end)) && statusHits.filter((h) => h.index > afterColon).length === 1) {
      const note = trimNote(lead[1]);
      const status = localText(`status.${STATUS_LABELS[last.sub]}` as never);
      if (note) return build(`actie ${last.sub}`, note, localText("understand.what.statusNote", { title, status, note }));
    }
  }
  // "moestuin: …" — what follows the colon is a note about it.
  if (colonForm) {
    const note = explicitNote(text, span);
    // ("inloopspreekuur: Centrum voor Jeugd en Gezin sluit aan, zij sturen elke 2e dinsdag een pedagoog": an organisation that
    // joins, then what it brings — read without what it brings, as the partner, shown first.)
    const joinsThenWhat = !question && note.match(/^(\S.{2,60}?\s(?:sluit|sluiten|doet|doen)\s+(?:(?:ook|nu|inmiddels|voortaan)\s+)?(?:aan|mee))\s*,\s*\S.{5,}$/i);
    if (joinsThenWhat && text.endsWith(note)) {
      const shorter = text.slice(0, text.length - note.length + joinsThenWhat[1].length);
      const again = await readChange(shorter, fold(shorter), spans.filter((s) => s.end <= shorter.length), w, question);
      if (again && (again.kind === "confirm" || again.kind === "run") && again.text.startsWith("/actie partner ")) return { kind: "confirm", question: localText("understand.confirm", { what: again.text }), text: again.text, ...(again.pickActionId ? { pickActionId: again.pickActionId } : {}) };
    }
    // ("moestuin: zaden en potgrond 64,50": things bought and an amount in euros and cents — spent, probably (shown first).)
    const cents = note.match(/(?:€\s*)?\b(\d{1,5},\d{2})\s*(?:euro)?[\s.!]*$/i);
    if (cents && (note.match(/\d+/g) ?? []).length === 2 && !/\b(begroot|begroting|budget|subsidie|gekregen|ontvangen|over|restant)\b/.test(fold(note))) {
      return build("actie budget", `besteed ${cents[1]}`, asCommand("actie budget", `besteed ${cents[1]}`), false);
    }
    // ("watertappunt: kinderraad heeft gestemd. geldlessen: tweede les gegeven": a second name with its own colon is a
    // second note — both shown first.)
    const second = note.match(/(?:^|[.;!]\s+|\n\s*)([^:.;!\n]{3,40}):\s*(\S[^]*)$/);
    // (The name alone before that colon: "geldlessen:", "en de speeltuin:".)
    const other = second && picked.chosen ? locateActions(w.index, second[1]).find((s) => (s.exact || s.quality >= 1.8) && s.action.id !== picked.chosen!.id && contentWords(withoutPreamble(second[1].slice(0, s.start))) === 0 && /^\s*(?:update|nieuws|voortgang)?\s*$/i.test(second[1].slice(s.end))) : undefined;
    if (second && other && picked.chosen) {
      const firstNote = trimNote(note.slice(0, second.index! + (second[0].length - second[0].trimStart().length)).trim());
      const secondNote = trimNote(second[2]);
      if (firstNote && secondNote) {
        return confirmEach([
          { text: `/actie update ${picked.chosen.title}: ${firstNote}`, pickActionId: picked.chosen.id },
          { text: `/actie update ${other.action.title}: ${secondNote}`, pickActionId: other.action.id },
        ]);
      }
    }
    // ("zomerkamp: we gaan voor 60 jongeren ipv 40, er is meer plek op de camping", "we mikken nu op 60 ipv 40": the count aimed
    // at, said in the note — that and why, or the news as it is, offered.)
    const aim = picked.chosen && !question ? note.match(/^\s*(?:we|wij)\s+(?:gaan|mikken|hopen)\s+(?:nu\s+|dit jaar\s+|dus\s+)?(?:voor|op)\s+(?:zo'?n\s+|ongeveer\s+)?(\d{1,6})(?:\s+(?!(?:ipv|in)\b)\p{L}+)?(?:\s+(?:ipv|i\.?p\.?v\.?|in plaats van)\s+\d{1,6})?\s*(?:[,;.]\s*(\S.*?))?[\s.!]*$/iu) : null;
    if (aim && picked.chosen) {
      const id = picked.chosen.id;
      const aimed = { text: `/actie bereik ${title}: beoogd ${aim[1]}`, pickActionId: id, ...(aim[2] ? { then: [{ text: `/actie update ${title}: ${aim[2]}`, pickActionId: id }] } : {}) };
      return { kind: "choose", question: localText("understand.reading.which", { title }), options: [{ ...aimed, label: localText("understand.reading.numberIntended" as never, { value: aim[1] }) }, { text: `/actie update ${title}: ${note}`, pickActionId: id, label: localText("understand.reading.justNote" as never, { note }) }] };
    }
    // ("datum techniekdag staat: donderdag 16 april": a date and nothing else is the date, not news — shown first.)
    const dated = findDateIn(note, w.now, w.region);
    if (dated && dated.resolution.kind === "ok" && contentWords(`${note.slice(0, dated.start)} ${note.slice(dated.end)}`) === 0) {
      const when = dated.phrase.replace(/^(?:op|naar|tot|per)\s+/i, "");
      return build("actie deadline", when, asCommand("actie deadline", when), false);
    }
    const started = await startedOf(note);
    if (started) return started;
    // ("2e schil: twaalf ouders getraind als oudermediator": people counted as what was done with them — the reach, or news of one
    // occasion? Offered, numbered.)
    const countedDone = picked.chosen && !question && contentWords(note) <= 8 ? numberWordsToDigits(fold(note)).match(new RegExp(String.raw`^(?:(?:er zijn|we hebben|hebben we|nu|al|inmiddels)\s+)*(\d{1,5})\s+(?:(?:nieuwe|extra|vaste)\s+)?${COUNTED}\s+(?:ge\p{L}{3,}(?:d|t|en)|opgeleid|begeleid|bereikt|getraind)\b`, "u")) : null;
    if (countedDone && picked.chosen && !readReach(fold(note), details)) {
      const id = picked.chosen.id;
      const update = `/actie update ${title}: ${note}`;
      return {
        kind: "choose",
        question: localText("understand.reading.which", { title }),
        options: [
          { label: localText("understand.reading.reach", { value: countedDone[1] }), text: `/actie bereik ${title}: ${countedDone[1]}`, pickActionId: id },
          { label: localText("understand.reading.noteAndReach", { value: countedDone[1] }), text: update, pickActionId: id, then: [{ text: `/actie bereik ${title}: ${countedDone[1]}`, pickActionId: id }] },
          { label: localText("understand.reading.justNote", { note }), text: update, pickActionId: id },
        ],
      };
    }
    // ("geldlessen update: les 5 en 6 gehad, …. in totaal doen er 26 kinderen mee": the total reached in a clause of its own — the
    // count and the rest as the note, shown first.)
    const totalInNote = picked.chosen && !question ? totalAndNote(title, picked.chosen.id, note) : undefined;
    if (totalInNote) return totalInNote;
    // A field named before the action ("begroting ouderavond: 650") or a bare number is not a plain note: shown first.
    // ("zet deze bij het vignet: https://…": a link alone is shown first too.)
    const fieldWords = /\b(partner|eigenaar|bereik|bereikt|begroot|begroting|budget|deadline|datum|doelgroep|pijler|status)\b/;
    const otherField = fieldWords.test(fold(note)) || fieldWords.test(fold(text.slice(0, span.start))) || /^[\d\s.,€k%-]+$/i.test(note) || /^\S*:\/\/\S+$/.test(note.trim()) || otherFieldSaid(note, w);
    // ("techniekdag: we verwachten zo'n 110 kinderen", "…: nog 45 handtekeningen opgehaald": a count in the note may be the
    // reach — offered with it, the note last.)
    // ("moestuin: zaden en potgrond 64 euro en de gieters 38": money in the note is never noted at once either.)
    // ("voorleesochtend: boeken voor 87,50 en koffie 12,-", "IVN Groningen geeft er natuurlessen bij": money without the word
    // euro, an organisation that joins — the same.)
    if (note && (/€|\beuros?\b|\beur\b/i.test(note) || mayBeBudgetOrPartner(note) || readReach(fold(note), details))) return withOtherReadings(build("actie update", note, localText("understand.what.update", { title, note }), false), text, f, span, w, deadlineWords);
    // ("moestuin: … . en de wijkwebsite kan nu echt op klaar": news that names another action with a status is not noted at
    // once — shown first.)
    const otherWithStatus = statusHits.some((h) => h.index > span.end && !isNegated(low, h)) && locateActions(w.index, note).some((s) => (s.exact || s.quality >= 2.5 || s.distinctive) && s.action.id !== picked.chosen?.id);
    // ("betrokkenheid cb: we hebben tot het eind van het schooljaar nodig": how long it needs is its deadline — offered, the
    // note last.)
    // ("…: de bakken zijn gevuld en de deadline schuift naar volgende vrijdag": a day to be asked about too.)
    const until = deadlineWords && note ? findDateIn(note, w.now, w.region) : undefined;
    if (note && until && (until.resolution.kind === "ok" || (until.resolution.kind === "question" && until.resolution.options.length > 0))) return withOtherReadings(build("actie update", note, localText("understand.what.update", { title, note }), false), text, f, span, w, true);
    // ("moestuin: de bakken zijn gevuld. Het vignet ligt nu bij de jury, uitslag half maart": a sentence of its own that starts
    // with another action's name is news of that one — both notes shown first; never all of it noted at the first at once.)
    const otherSubject = note && picked.chosen ? sentenceAboutAnother(note, picked.chosen.id, w) : undefined;
    if (otherSubject && picked.chosen && otherSubject.other) {
      return confirmEach([
        { text: `/actie update ${picked.chosen.title}: ${otherSubject.first}`, pickActionId: picked.chosen.id },
        { text: `/actie update ${otherSubject.other.title}: ${otherSubject.second}`, pickActionId: otherSubject.other.id },
      ]);
    }
    if (note) return build("actie update", note, localText("understand.what.update", { title, note }), !otherField && !otherWithStatus && !otherSubject);
  }
  // Status, with a reason kept as a note ("…op gepland... nee wacht, op bezig": the one said last).
  // ("zomerkamp staat op klaar maar moet gestopt zijn, …", "Bram heeft het op gestopt gezet maar dat loopt door. zet je m weer op
  // bezig?": the status it has now, said to be wrong — the one said after it is meant.)
  const saidWrong = statusHits.length >= 2 && statusHits[0].sub !== statusHits.at(-1)!.sub && /\b(?:staat|stond|staan|stonden)\s+(?:nu\s+|al\s+|nog\s+|toch\s+)*op\s+$|\bop\s+$/.test(low.slice(Math.max(0, statusHits[0].index - 30), statusHits[0].index))
    ? low.slice(statusHits[0].end).search(/\b(maar|klopt niet|klopt dat niet|moet|moest|hoort|should|zet)\b/) : -1;
  const changedMind = saidWrong >= 0 ? statusHits[0].end + saidWrong : low.search(/\b(nee wacht|wacht nee|of nee|nee sorry|sorry nee|ik bedoel)\b/);
  // "…staat nog op gepland maar we zijn al lang bezig": what the speaker says of their own work counts wherever it stands.
  const spoken = spans.length === 1 || new Set(spans.map((s) => s.action.id)).size === 1 ? statusHits.find((h) => !isNegated(low, h) && /\b(we|wij|ik)\s+(zijn|ben|gaan|ga)\s+(\S+\s+){0,3}$|\b(we|i)\s+(have\s+|ve\s+)?(\S+\s+)?$/.test(low.slice(Math.max(0, h.index - 40), h.index))) : undefined;
  // "huiswerkbegeleiding is niet klaar, die loopt nog gewoon": what it is not, then what it is.
  const saidInstead = statusHits.find((h) => !isNegated(low, h) && statusHits.some((n) => n.index < h.index && n.sub !== h.sub && isNegated(low, n)));
  const hit =
    (saidWrong >= 0 ? statusHits.find((h) => h.index > changedMind && h.sub !== statusHits[0].sub && !isNegated(low, h)) : undefined) ??
    (changedMind >= 0 ? statusHits.filter((h) => h.index > changedMind).at(-1) : undefined) ??
    saidInstead ??
    statusHits.find((h) => nearSpan(text, h, span) && !isNegated(low, h)) ??
    spoken ??
    // "voorleesochtend gehad, kan van gepland naar klaar": a status the action goes "naar"/"op", about the one action named.
    (new Set(spans.map((s) => s.action.id)).size === 1 ? statusHits.find((h) => h.index >= span.end && /\b(naar|op)\s+$/.test(low.slice(Math.max(0, h.index - 6), h.index)) && !isNegated(low, h)) : undefined);
  // ("schoolontbijt is geweest maar ik wil hem nog niet op klaar": the same status denied in so many words — not set.)
  const denied = hit !== undefined && statusHits.some((n) => n !== hit && n.sub === hit.sub && isNegated(low, n) && /\b(niet|nog niet|not)\s+(?:\S+\s+)?(op|naar|to)\s+$/.test(low.slice(Math.max(0, n.index - 25), n.index)));
  if (hit && !isNegated(low, hit) && !denied) {
    // "we started the prep for the ouderavond": a status said before the name has its note after the name.
    const sameClause = hit.end <= span.start && !SEPARATOR.test(text.slice(hit.end, span.start));
    // ("de kindteams zijn opgeheven door de gemeente": by whom or why, right after a stop or pause, is its note.)
    const byWhom = hit.end >= span.end && /^(stop|parkeer)$/.test(hit.sub) && /^\s+(?:door|wegens|vanwege|ivm|i\.v\.m\.|due to)\s+\S/i.test(text.slice(hit.end)) ? trimNote(text.slice(hit.end)) : "";
    // ("de moestuin is helemaal klaar de laatste bakken zijn vandaag gevuld": dictated without a stop — what follows the
    // status is kept as its note, and shown first.)
    const from = sameClause ? span.end : hit.end;
    const tail = hit.end >= span.end && unsaidWords(low.slice(0, from).replace(/[^]/g, " ") + low.slice(from), span, statusHits, []).length >= 2 ? trimNote(text.slice(from)) : "";
    const said = reasonAfter(text, from) || byWhom || reasonBefore(text, span, hit, low) || tail;
    // "kindteams weer oppakken, we gaan ermee verder": the same status said twice is not a note.
    // ("inloopspreekuur jgz draait vanaf vandaag in het buurthuis 👍": since when, and the rest of its own name — no note.)
    const restated = withoutRestatedClauses(said, hit.sub);
    const note = onlyWhenAndName(restated, span.action.title) ? "" : restated;
    const withPartner = statusAndPartner(note, hit.sub);
    if (withPartner) return withPartner;
    // ("de speeltuin kastanjelaan is begonnen en de deadline wordt negenentwintig mei": the status, and the new deadline said
    // after it — both, shown first.)
    const deadlineAfter = !question && picked.chosen ? note.match(/^(?:en\s+|dus\s+)?(?:de\s+)?(?:deadline|einddatum)\s+(?:wordt|is|gaat naar|mag naar|kan naar|moet naar|naar|op|verschuift naar|schuift naar)\s+(?:nu\s+|dan\s+|dus\s+)?(\S.{2,40}?)[\s.!]*$/i) : null;
    const newDeadline = deadlineAfter ? findDateIn(numberWordsToDigits(fold(deadlineAfter[1])), w.now, w.region) : undefined;
    if (newDeadline && picked.chosen && (newDeadline.resolution.kind === "ok" || (newDeadline.resolution.kind === "question" && newDeadline.resolution.options.length > 0))) {
      const when = newDeadline.phrase.replace(/^(?:op|naar|tot)\s+/i, "");
      return confirmEach([`/actie ${hit.sub} ${picked.chosen.title}`, `/actie deadline ${picked.chosen.title}: ${when}`].map((t) => ({ text: t, pickActionId: picked.chosen!.id })));
    }
    const withCount = await statusAndCount(note, hit.sub);
    if (withCount) return withCount;
    const status = localText(`status.${STATUS_LABELS[hit.sub]}` as never);
    const what = note ? localText("understand.what.statusNote", { title, status, note }) : localText("understand.what.status", { title, status });
    // ("de wijkwebsite kunnen we beter stoppen, …": advice, not yet a decision — shown first.)
    const advised = /\b(?:kunnen|moeten|zouden|kan|moet|zou|can|should)\s+(?:we|ik|ze|jullie|je|we)\s+(?:\S+\s+)?(?:beter|misschien|wellicht|maybe|probably|better)\s+(?:\S+\s+)?$/i.test(low.slice(Math.max(0, hit.index - 45), hit.index));
    return build(`actie ${hit.sub}`, note, what, (await noNewStatus(note, hit.sub)) || saidForLater(hit) || saidBack(hit) || advised ? false : undefined);
  }
  // "wijkwebsite deadline", "huiskamer partner", "budget moestuin": a field named without its new value.
  const bareField = rest.match(/\b(deadline|einddatum|partner|partners|eigenaar|owner|update|voortgang|notitie|budget|begroting|bereik|reach)\b/i);
  const leftOver = fold(rest)
    .split(" ")
    .filter((word) => word && !/^(deadline|einddatum|partner|partners|eigenaar|owner|update|voortgang|notitie|budget|begroting|bereik|reach|verzetten|verzet|verschuiven|aanpassen|aangepast|wijzigen|gewijzigd|veranderen|veranderd|bijwerken|bijgewerkt|updaten|invullen|ingevuld|doorgeven|corrigeren|aanvullen|krijgen|nodig|toevoegen|erbij|zetten|zet|nieuwe|nieuw|andere|ander|graag|even|van|de|het|bij|voor|een|aub|pls|please|wat|is|wordt|wijkbot|er|komt|kwam|hebben|heeft|we|wij|ik|moet|moeten|kan|kun|je|jij|nog|ook|aan|op|in|met)$/.test(word));
  if (bareField && picked.chosen && leftOver.length === 0) {
    const field = fold(bareField[1]);
    if (/^(budget|begroting|bereik|reach)$/.test(field)) return { kind: "run", text: `/actie info ${picked.chosen.title}`, pickActionId: picked.chosen.id };
    const [command, key] = /^(deadline|einddatum)$/.test(field)
      ? ["actie deadline", "understand.ask.deadline"]
      : /^partners?$/.test(field)
        ? ["actie partner", "understand.ask.partner"]
        : /^(eigenaar|owner)$/.test(field)
          ? ["actie eigenaar", "understand.ask.owner"]
          : ["actie update", "understand.ask.update"];
    // ("bij de ouderavond moet nog een eigenaar bij": one more — who is answered goes beside the owners it has.)
    const oneMore = command === "actie eigenaar" && /\b(?:nog|extra|tweede|mede)\s+(?:een\s+)?(?:eigenaar|owner)\b|\b(?:eigenaar|owner)\s+(?:er\s+)?(?:bij|erbij)\b/.test(f);
    const kept = oneMore ? (await w.details(picked.chosen.id)).ownerNames.map((n) => ` @${n}`).join("") : "";
    return { kind: "need-action", question: localText(key as never, { title: picked.chosen.title }), command: `${command} ${picked.chosen.title}:${kept}`, pickActionId: picked.chosen.id };
  }
  // "watertappunt als eerste bespreken, daarna …": about the meeting's order, not news about the action.
  // ("afspraak gemaakt om elke maand casussen te bespreken, dat valt onder …": discussing something else is news.)
  if (/\b(als eerste|als laatste|volgorde|agendapunt|agenderen)\b/.test(f) || /^[\s,]*(?:\S+\s+){0,3}?(?:bespreken|bespreek|bespreking|behandelen|behandel)\b/i.test(text.slice(span.end))) return undefined;
  // Anything else said about an action is offered as a progress note (asked first).
  // ("voor de volledigheid: ouderbetrokkenheid, we hebben …": the announcing words before the name are not a clause of the note.)
  const rawBefore = text.slice(0, span.start);
  const before = /[:,.!?]\s*$/.test(rawBefore) ? stripPreamble(rawBefore) : rawBefore.trim();
  // "bij de huiskamer kwamen vanochtend twee bewoners binnen": the name woven into the sentence — all of it is the note.
  // ("vandaag met Lefier de huiskamer … ingericht": a word of one's own, then the article right before the name, in one clause.)
  const woven =
    contentWords(before) >= 2 ||
    /(^|\s)(voor|bij|over|met|in|aan|van|op|for|at|with|about)(\s+(de|het|onze|ons|the|our))?\s*$/i.test(` ${before}`) ||
    (contentWords(before) >= 1 && /(^|\s)(de|het|onze|ons|the|our)\s*$/i.test(before) && !/[,.;:!?]/.test(before)) ||
    // ("inschrijving zomerkamp is gestopt, vol!": a part of the action named right before it belongs to the note.)
    PART_NOUN.test(sameLengthFold(before).match(/(?:^|\s)([a-z]{3,})$/)?.[1] ?? "");
  const note = woven ? trimNote(withoutPreamble(text)) || text.trim() : trimNote(text.slice(span.end));
  // ("geldlessen update: les 5 en 6 gehad, …. in totaal doen er 26 kinderen mee", "het zijn er 7 van de 7 geworden, de Wingerd kwam
  // er nog bij": news with, in a clause of its own, the total reached — the count as reach and the rest as the note, shown first.)
  const totalSaid = note && picked.chosen && !question ? totalAndNote(title, picked.chosen.id, note) : undefined;
  if (totalSaid) return totalSaid;
  if (note && contentWords(note) >= 2) return withOtherReadings(build("actie update", note, localText("understand.what.update", { title, note }), false), text, f, span, w, deadlineWords);
  // "de speeltuin is bijna klaar": how far it is — a note (asked first), not the status.
  const notYet = statusHits.length > 0 && statusHits.every((h) => isNegated(low, h)) ? text.slice(span.end).replace(/^[\s,:;-]*/, "").replace(/[\s.!]+$/, "") : "";
  if (notYet && !question && notYet.split(/\s+/).length <= 6 && NEGATED_STATUS.test(fold(notYet))) return build("actie update", notYet, localText("understand.what.update", { title, note: notYet }), false);
  return undefined;
}

/** People counted as reached. */
const COUNTED = String.raw`(?:kinderen|kids|jongeren|ouders|deelnemers|leerlingen|gezinnen|bewoners|peuters|kleuters|tieners|scholen|mensen|bezoekers)`;

/** The total reached said in a clause of the note: that count as reach and the rest as the note, shown first. */
function totalAndNote(title: string, actionId: string, note: string): Understanding | undefined {
  const total = totalClauseIn(note);
  if (!total || contentWords(total.rest) < 3) return undefined;
  return confirmEach([{ text: `/actie bereik ${title}: ${total.count}`, pickActionId: actionId }, { text: `/actie update ${title}: ${total.rest}`, pickActionId: actionId }]);
}

/**
 * The one clause of a note that says the total reached ("in totaal doen er 26 kinderen mee", "we hebben nu in totaal 27
 * verschillende bewoners gehad sinds de start", "het zijn er 7 van de 7 geworden"), and the note without it.
 */
function totalClauseIn(note: string): { count: string; rest: string } | undefined {
  const clauses = note.split(/(?<=[.!?;])\s+|,\s+/);
  const totals = clauses
    .map((clause, i) => {
      const f = fold(clause);
      const become = f.match(/\bhet zijn er (?:nu |inmiddels |dus )?(\d+)(?: van de (\d+))? geworden\b/);
      if (become) return { i, count: become[2] ? `${become[1]} van ${become[2]}` : become[1] };
      if (!/\b(?:in totaal|totaal|sinds de start|vanaf de start|tot nu toe|al met al|bij elkaar)\b/.test(f)) return undefined;
      const counts = [...f.matchAll(new RegExp(String.raw`\b(\d+)\s+(?:(?:verschillende|unieke|vaste|nieuwe)\s+)?${COUNTED}\b`, "g"))];
      return counts.length === 1 && !/€|\beuro\b/.test(f) ? { i, count: counts[0][1] } : undefined;
    })
    .filter((x): x is { i: number; count: string } => Boolean(x));
  if (totals.length !== 1 || clauses.length < 2) return undefined;
  // (The clause cut out with the mark before it — or after it, when it opens the note; every other word and mark kept.)
  const clause = clauses[totals[0].i];
  const at = note.indexOf(clause);
  const head = note.slice(0, at).replace(/[\s,;]+$/, "");
  const tail = note.slice(at + clause.length).replace(/^[\s,;]+/, "");
  const rest = (head && tail ? `${head} ${tail}` : head || tail).trim().replace(/[\s,;.!]+$/, "");
  return { count: totals[0].count, rest };
}

/**
 * A note that asks for another field in so many words ("partner toevoegen, Stichting Leergeld", "Ahmed eraf, Youssef houdt
 * hem alleen"): never stored at once — shown first.
 */
function otherFieldSaid(note: string, w: UnderstandWorld): boolean {
  const f = fold(note);
  if (/\b(partner|partners|eigenaar|eigenaren|owner)\b/.test(f)) return true;
  return findPeopleIn(note, w).length > 0 && /\b(eraf|er af|erop|er op|erbij|er bij|erin|eruit|houdt (?:\w+ )?alleen|doet (?:\w+ )?alleen|neemt (?:\w+ ){0,3}over|overnemen|trekt|trekken)\b/.test(f);
}

/** Verbs and words that say an organisation takes part ("financiert mee", "levert", "werkt samen"). */
const PARTNER_SIGNAL =
  /\b(partner\w*|financier\w*|sponsor\w*|doet mee|doen mee|deed mee|deden mee|helpt|helpen|hielp|hielpen|levert|leveren|leverde|leverden|werkt samen|werken samen|samenwerking|samen met|aangesloten|aangehaakt|sluit aan|sluiten aan|betaalt|betalen|betaald|betaalde|betaalden|gesponsord|ondersteunt|ondersteunen|ondersteund|steunt|steunen|gesteund|aan boord|on board|joins|joined|helps|helped|supports|supported|sponsors|funds|funded|pays|schuift (?:\w+ ){0,3}aan|schuiven (?:\w+ ){0,3}aan|aan tafel|hulp van|geeft|geven|gaf|gaven|komt helpen|komen helpen|wil meedoen|willen meedoen|meedoen|doet (?:\w+ ){1,2}mee|doen (?:\w+ ){1,2}mee)\b/;
/** Words that say someone takes on (part of) an action. */
const OWNER_SIGNAL =
  /\b(eigenaar|eigenaren|trekker|trekt|trekken|neemt|nemen|overgenomen|overnemen|overname|gaat (het |dit |dat )?(\w+ )?doen|doet (het|dit|dat) (nu|voortaan|verder)|verantwoordelijk|aanspreekpunt|contactpersoon|helpt|helpen|samen met|erbij|owner|takes over|took over|in charge|leads|helps)\b/;
/** Words that are never the name of an organisation when written with a capital. */
const NOT_A_NAME =
  /^(wijkbot|ik|we|wij|ze|zij|hij|het|de|een|die|dat|dit|deze|en|maar|dus|ook|nu|toen|vandaag|gisteren|morgen|graag|kun|kan|zet|noteer|hoi|hallo|hey|hi|top|super|goed|fijn|mooi|helaas|vanaf|per|vanochtend|vanmiddag|vanavond|net|inmiddels|eindelijk|update|the|we|i|they|it|this|yesterday|today|partner|partners|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|kansrijk|vreedzaam|gezond)$/i;

/**
 * The one organisation a sentence names with capitals, outside the action's name: "Jeugdfonds Sport & Cultuur",
 * "de KNVB", "korfbalclub Nic." — a capital at the start of a sentence only counts for a name of more words, an
 * abbreviation, or a name right before what it does ("Humanitas levert …").
 */
function capitalisedName(text: string, span: ActionSpan<IndexedAction>, w: UnderstandWorld): string | undefined {
  const found: string[] = [];
  const pattern = /(?<![\p{L}\p{N}@#])(\p{Lu}[\p{L}\p{N}&'.-]*(?:\s+(?:(?:van|voor|de|en|der|aan|&)\s+)?\p{Lu}[\p{L}\p{N}&'.-]*|\s+&\s+\p{Lu}[\p{L}\p{N}&'.-]*)*)/gu;
  for (const m of text.matchAll(pattern)) {
    const name = m[1].replace(/[.'-]+$/, "");
    const start = m.index!;
    const end = start + name.length;
    if (start < span.end && end > span.start) continue;
    const first = name.split(/\s+/)[0];
    if (NOT_A_NAME.test(first) && !/\s/.test(name)) continue;
    if (findPeopleIn(name, w).length) continue;
    const atSentenceStart = /(?:^|[.!?:]\s*|\n\s*|@wijkbot[\s,:]*)$/i.test(text.slice(0, start));
    const acronym = /^\p{Lu}{2,}/u.test(name);
    if (atSentenceStart && !/\s/.test(name) && !acronym && !/^\s+(doet|doen|helpt|helpen|levert|leveren|financiert|financieren|sponsort|sponsoren|betaalt|sluit|werkt|steunt|ondersteunt|is|wordt)\b/i.test(text.slice(end))) continue;
    found.push(name.replace(/^(?:De|Het)\s+(?=\p{Lu})/u, ""));
  }
  const distinct = [...new Map(found.map((x) => [fold(x), x])).values()];
  return distinct.length === 1 ? distinct[0] : undefined;
}

/**
 * A note offered for a sentence that names an action and says more than a note might: when the sentence also
 * names an organisation that takes part, a person who takes something on, an amount, a count of people or a
 * date with a word for a deadline, those readings are offered too, numbered, the note last. Nothing runs until
 * one is chosen.
 */
/** "samen met de verkeersouders", "samen met de buren": together with people (folded text). */
const TOGETHER_WITH_PEOPLE = /\bsamen met (?:de |het |onze |ons )?\p{L}*(?:ouders|vrijwilligers|bewoners|leerlingen|kinderen|jongeren|buren|moeders|vaders)\b/u;

/** "samen met de verkeersouders …": together with people, and no other word of partnership — no organisation is a partner by it. */
function togetherWithPeopleOnly(f: string): boolean {
  return TOGETHER_WITH_PEOPLE.test(f) && !/\b(partner|partners|doet mee|doen mee|sluit aan|sluiten aan|sponsor\w*|samenwerking|aan boord|aangehaakt|betaalt|betalen|levert|leveren)\b/.test(f);
}

async function withOtherReadings(reading: Understanding, text: string, f: string, span: ActionSpan<IndexedAction>, w: UnderstandWorld, deadlineWords: boolean): Promise<Understanding> {
  if (reading.kind !== "confirm" || !reading.pickActionId || reading.then?.length || !/^\/actie update /.test(reading.text)) return reading;
  const actionId = reading.pickActionId;
  const title = span.action.title;
  const options: { label: LocalText; text: string; pickActionId: string; then?: { text: string; pickActionId: string }[] }[] = [];
  const add = (label: LocalText, command: string, more: string[] = []) => {
    if (!options.some((o) => o.text === command)) options.push({ label, text: command, pickActionId: actionId, ...(more.length ? { then: more.map((text) => ({ text, pickActionId: actionId })) } : {}) });
  };
  const details = await w.details(actionId);
  if (PARTNER_SIGNAL.test(f) && !togetherWithPeopleOnly(f)) {
    const named = capitalisedName(text, span, w);
    const org = framedPartner(text, span, w) ?? (named ? (knownHoldingAll(named, w) ?? named) : undefined) ?? w.organisations.find((o) => ` ${f} `.includes(` ${fold(o)} `));
    // ("Hanzehogeschool en Science LinX doen allebei mee": two organisations, each a partner.)
    const several = org && !NOT_AN_ORGANISATION.test(org) ? severalOrganisations(org, w) : undefined;
    if (several) add(localText("understand.reading.partner", { org: several.join(", ") }), `/actie partner ${title}: ${several[0]}`, several.slice(1).map((o) => `/actie partner ${title}: ${o}`));
    else if (org && !NOT_AN_ORGANISATION.test(org)) add(localText("understand.reading.partner", { org }), `/actie partner ${title}: ${org}`);
  }
  if (OWNER_SIGNAL.test(f)) {
    const fresh = findPeopleIn(text, w).filter((name) => name !== w.sender?.displayName && !details.ownerNames.includes(name));
    if (fresh.length === 1) {
      const together = /\b(ook|erbij|samen|mede|helpt|helpen|also|too|with|helps)\b/.test(f);
      const owners = together ? [...details.ownerNames, fresh[0]] : [fresh[0]];
      add(localText("understand.reading.owner", { owners: owners.join(", ") }), `/actie eigenaar ${title}: ${owners.map((o) => `@${o}`).join(" ")}`);
    }
  }
  const money = /€|\beuro|\beur\b|\d\s*k\b/i.test(text) ? readBudget(text, f, details, true) : undefined;
  if (money && !money.includes(" | ")) add(localText("understand.reading.budget", { value: money }), `/actie budget ${title}: ${money}`);
  // ("boeken voor 87,50 en koffie 12,-", "40 hesjes a 4,95", "nog 800 over van de 2500": what was spent, added up — offered as
  // the amount spent now.)
  const spentSaid = !money || money.includes(" | ") ? spentIn(text.slice(span.end), details.spentCents ?? null) : undefined;
  if (spentSaid !== undefined) add(localText("understand.reading.budget", { value: `besteed ${euros(spentSaid)}` }), `/actie budget ${title}: besteed ${formatEuros(spentSaid)}`);
  // (A count of people said plainly — "nu 18 kinderen" — may be the reach too, offered as the total.)
  const countedSaid = numberWordsToDigits(f).match(/\b(\d{1,5})\s+(?:(nieuwe|vaste|extra)\s+)?(?:kinderen|kids|jongeren|ouders|deelnemers|leerlingen|gezinnen|bewoners|peuters|kindjes|kleuters|tieners|moeders|vaders|bezoekers|mensen|handtekeningen|children|parents|participants|families|signatures)\b/);
  // ("er zijn 5 nieuwe kinderen bij de huiswerkbegeleiding": new ones come on top of those reached.)
  const counted = countedSaid && /^(nieuwe|extra)$/.test(countedSaid[2] ?? "") && details.reachReached ? String(details.reachReached + Number(countedSaid[1])) : countedSaid?.[1];
  // (Not the count of one occasion — "vanochtend 12 ouders", "zaterdag waren er 14": that stays news.)
  const once = /\b(vandaag|gisteren|vanochtend|vanmiddag|vanavond|gisteravond|vanmorgen|today|yesterday|tonight|this morning|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\w*avond|\w*ochtend|\w*middag|keer|les|sessie|bijeenkomst|session|gegaan|waren er|was er|kwamen er|came|were there)\b/.test(f);
  const reach = money ? undefined : (readReach(f, details) ?? (once ? undefined : counted));
  if (reach) add(localText("understand.reading.reach", { value: reach }), `/actie bereik ${title}: ${reach}`);
  // ("er kwamen gisteravond 38 ouders af op de ouderavond": the count of one occasion is news — but of an action that is one
  // occasion it is the reach too: offered after the note.)
  const onceReach = !money && !reach && once && counted ? counted : undefined;
  const dated = deadlineWords ? findDateIn(text, w.now, w.region) : undefined;
  if (dated && (dated.resolution.kind === "ok" || (dated.resolution.kind === "question" && dated.resolution.options.length > 0))) {
    const when = dated.phrase.replace(/^(?:op|naar|tot|per)\s+/i, "");
    add(localText("understand.reading.deadline", { when }), `/actie deadline ${title}: ${when}`);
  }
  if (!options.length && !onceReach) return reading;
  // (An organisation that joins, said in news worth keeping: the partner and the note, as one of the options.)
  const partnerOption = options.find((o) => o.text.startsWith(`/actie partner ${title}: `) && !o.then);
  if (partnerOption && contentWords(reading.note ?? reading.text.replace(/^\/actie update [^:]*:\s*/, "")) >= 6) {
    options.push({ label: localText("understand.reading.partnerAndNote", { org: partnerOption.text.slice(`/actie partner ${title}: `.length) }), text: partnerOption.text, pickActionId: actionId, then: [{ text: reading.text, pickActionId: actionId }] });
  }
  add(localText("understand.reading.note", { note: reading.note ?? reading.text.replace(/^\/actie update [^:]*:\s*/, "") }), reading.text);
  if (onceReach) add(localText("understand.reading.reach", { value: onceReach }), `/actie bereik ${title}: ${onceReach}`);
  return { kind: "choose", question: localText("understand.reading.which", { title }), options };
}

/**
 * "goedemorgen! even een updateje van mijn kant: …", "ik zit in de trein maar wilde je laten weten dat …":
 * the greeting and the words that announce the news are not part of it.
 */
function stripPreamble(text: string): string {
  let out = text.trim().replace(/^@?wijkbot\b[\s,:!]*/i, "");
  for (let guard = 0; guard < 4; guard++) {
    const before = out;
    out = out
      .replace(/^(?:goedemorgen|goedemiddag|goedenavond|goeiemorgen|morgen|middag|hoi|hallo|hey|hee|hoihoi|dag|hi|hello|moi|moin)(?:\s+(?:allemaal|iedereen|all|team|wijkbot|daar))?\s*[!,.:]+\s*/i, "")
      .replace(/^(?:(?:even|ff|een|nog)\s+)*(?:kort|korte|klein|kleine|snel)?\s*(?:update|updateje|berichtje|bericht|nieuwtje|nieuws)(?:\s+(?:van mijn kant|van mij|vanuit \S+))?\s*:\s*/i, "")
      .replace(/^(?:ff|even)\s+snel\s*:\s*/i, "")
      // ("hoi! ik ben Esther, woonconsulent bij Lefier 👋 de huiskamer …": who writes, said first, is not news.)
      .replace(/^(?:ik ben|dit is|hier is|met)\s+\p{Lu}[\p{L}-]+(?:\s+hier)?(?:\s*,\s*[^.!?\n,\p{Extended_Pictographic}]{2,60})?\s*(?:[.!,]+|[\p{Extended_Pictographic}\uFE0F\u200D]+)\s*/u, "")
      // ("ben terug, veilig naar school kan weer op bezig": being back, said first, is a greeting, not news about the action.)
      .replace(/^(?:ik\s+)?ben\s+(?:er\s+)?(?:weer\s+)?(?:terug|back)(?:\s+van\s+(?:vakantie|verlof|weggeweest))?\s*[!,.:]+\s*/i, "")
      // ("ja nou. die agent is gestopt": a spoken opener, ended by its own full stop or comma, is not news.)
      .replace(/^(?:ja\s+nou|nou\s+ja|ja\s+hoor|nou|tja|hmm+|haha+|ok(?:e|é)?|oké|okay)\s*[.,!]+\s*/i, "")
      // ("ik zit in de auto dus kort, …": where the speaker is, not news.)
      .replace(/^(?:ik\s+)?(?:zit|sta|ben)\s+(?:in|op|bij)\s+(?:de|het|mijn)\s+\S+(?:\s+dus(?:\s+(?:even|ff))?\s+(?:kort|snel|kort en krachtig))?\s*[,:!.]+\s*/i, "")
      // ("even kwijt: …", "ter info: …", "fyi: …")
      .replace(/^(?:(?:even|ff)\s+(?:kwijt|melden|delen|kort|snel)|kort|ter info(?:rmatie)?|fyi|info|nieuwtje|leuk nieuws|goed nieuws|voor de volledigheid|volledigheidshalve|ter aanvulling|aanvulling|ps|p\.s\.|btw)\s*[:!]\s*/i, "")
      .replace(/^(?:[^,.;:!?]{0,50}?\s+maar\s+)?(?:ik\s+)?(?:wilde|wil|moet)\s+(?:je|jullie|even|helaas|nog|graag|\s)*(?:laten weten|zeggen|melden|doorgeven|vertellen|delen)\s+dat\s+/i, "");
    if (out === before) break;
  }
  return out.trim();
}

/** The text without its greeting and announcing words; all of it when nothing else is left. */
export function withoutPreamble(text: string): string {
  return stripPreamble(text) || text.trim();
}

/** Lower case and accents removed, one character for one, so offsets stay those of the text. */
export function sameLengthFold(text: string): string {
  let out = "";
  for (const ch of text) {
    const plain = ch.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
    out += plain.length === ch.length ? plain : ch.length === 2 ? "  " : " ";
  }
  return out;
}

interface StatusHit {
  sub: "klaar" | "bezig" | "stop" | "parkeer";
  index: number;
  end: number;
  word: string;
}

function findStatusHits(low: string): StatusHit[] {
  const hits: StatusHit[] = [];
  for (const s of STATUS_WORDS) {
    for (const m of low.matchAll(new RegExp(s.pattern.source, "g"))) {
      // "af- gelast", "af gelast" (dictated): one word, called off.
      if (m[0] === "af" && /^-?\s*gelast\b/.test(low.slice(m.index! + 2))) {
        hits.push({ sub: "stop", index: m.index!, end: m.index! + 2 + low.slice(m.index! + 2).match(/^-?\s*gelast/)![0].length, word: "afgelast" });
        continue;
      }
      // "uit de ijskast halen": out of the fridge is back under way (a hit of its own), not parked.
      if (s.sub === "parkeer" && /^(ijskast|in de ijskast)$/.test(m[0]) && /\buit de\s*$/.test(low.slice(0, m.index!))) continue;
      // ("geldlessen ✅ les 1, les 2 volgende week": a tick before a word ticks off that part, like a checklist.)
      if (/^(✅|✔️?)$/u.test(m[0]) && /[\p{L}\d]/u.test(low.slice(0, m.index!).replace(/@?wijkbot/g, "")) && /^\s*[\p{L}\d]/u.test(low.slice(m.index! + m[0].length)) && !/^\s*(?:klaar|af|gedaan|afgerond|done|finished)\b/.test(low.slice(m.index! + m[0].length))) continue;
      // ("staat op papier klaar om te beginnen", "klaar voor gebruik": ready to start, not done.)
      if (s.sub === "klaar" && /^(?:klaar|gereed|ready)$/.test(m[0]) && /^\s+(?:om\s+(?:te\s+|mee\s+te\s+|\w+\s+te\s+)|voor\s+(?:de\s+|het\s+)?(?:start|gebruik|uitvoering|lancering)\b|to\s+(?:start|go|begin|launch)\b)/.test(low.slice(m.index! + m[0].length))) continue;
      // ("voorleesochtend gaat niet door op de 15e, wordt donderdag 29 januari": not on that day — moved, not stopped.)
      if (s.sub === "stop" && /\bniet door\b/.test(m[0]) && /^\s+(?:op|on)\s+(?:de\s+|the\s+)?(?:\d|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen)/.test(low.slice(m.index! + m[0].length))) continue;
      // "klaar-over" (a traffic volunteer) and "af-" compounds are other words.
      if (/^-\p{L}/u.test(low.slice(m.index! + m[0].length))) continue;
      // "haal Peter van de speeltuin af": taking off, not done.
      if (m[0] === "af" && /\b(haal|haalt|halen|trek|trekt|schrijf|schrijft)\b[^,.;!?]*$/.test(low.slice(0, m.index!))) continue;
      // "we spraken af dat …", "3 ouders zeiden af", "het hangt af van het weer", "we sluiten het kamp af met een bbq":
      // the particle of another verb, not done.
      if (m[0] === "af" && /\b(spraken|sprak|spreken|spreek|spreekt|zeiden|zei|zeggen|zeg|zegt|hangt|hangen|hing|hingen|wachten|wacht|wachtten|vragen|vraag|vroeg|vroegen|stemmen|stem|stemt|bellen|bel|belt|belde|belden|wijzen|wijst|wees|nemen|neemt|nam|namen|geven|geeft|gaf|gaven|stappen|stapt|lopen|loopt|liep|kijken|kijk|keek|sluiten|sluit|sloot|sloten|vinken|leiden|leidt)\b(?:\s+[^\s,.;!?]+){0,6}\s*$/.test(low.slice(0, m.index!))) continue;
      // ("kan van de lijst af, is niet meer nodig": off the list because it is not needed — stopped, not done.)
      const notNeeded = s.sub === "klaar" && /^(van de lijst|kan eraf|mag eraf)$/.test(m[0]) && /\b(niet meer nodig|hoeft niet meer|overbodig|geen zin meer|heeft geen zin|niet meer (gebeuren|doorgaan|door)|gaat niet (meer )?(door|gebeuren)|komt er niet (meer )?van|geen doorgang)\b/.test(low);
      hits.push({ sub: notNeeded ? "stop" : s.sub, index: m.index!, end: m.index! + m[0].length, word: m[0] });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** A status word belongs to the action when it stands right after its name (or just before: "klaar met de moestuin"). */
function nearSpan(text: string, hit: StatusHit, span: ActionSpan<IndexedAction>): boolean {
  if (hit.index >= span.start && hit.end <= span.end) return false;
  if (hit.index >= span.end) {
    // ("groep 8 is klaar met de eindtoets": done with something else, named after "met".)
    if (/^(klaar|kla+r|gereed|ready|done|finished)$/.test(hit.word) && /^\s+(?:met|with)\s+(?!(?:alles|z'?n allen|elkaar|iedereen|succes|vlag en wimpel|everything)\b)\S/i.test(text.slice(hit.end))) return false;
    // ("veilig naar school kan wat mij betreft op klaar": the speaker's aside between the name and the status is not counted.)
    const gap = text.slice(span.end, hit.index).replace(/\b(?:wat (?:mij|ons) betreft|wat mij aangaat|wmb|mijns inziens|als het goed is|as far as i'?m concerned)\b/gi, " ");
    const between = tokenize(gap).length;
    // "veilig naar school de oversteekplaats is klaar", "wijkwebsite webbouwer is gestopt": a subject of its own between
    // the name and the status (an article, or a word that is no adverb right before "is"/"ging") — said of that, not of the action.
    // (Not counted: the rest of the name — "geld lessen gr 8 zijn klaar" —, whose it is — "techniekdag van Daan is klaar" —,
    // and the "in de" of the status phrase — "gaat even in de wachtstand".)
    const titleWords = new Set(fold(span.action.title).split(" "));
    const raw = tokenize(gap.replace(/\b(?:in|op|naar|on|into)(?:\s+(?:de|het|the))?\s*$/i, "").replace(/\bvan\s+\S+/gi, " ")).map((t) => t.word);
    const words = raw
      .filter((word) => /^(de|het|een|the|an)$/.test(word) || (!titleWords.has(word) && !/^\d+$/.test(word) && word.length > 2));
    if (words.some((word) => !BETWEEN_NAME_AND_STATUS.test(word)) && (words.some((word) => /^(de|het|een|onze|ons|mijn|the|our|an)$/.test(word)) || /^(is|zijn|was|waren|ging|gingen|wordt|worden|werd|werden|gaat|gaan)$/.test(raw.at(-1) ?? ""))) return false;
    if (WEAK_STATUS.test(hit.word)) {
      const words = tokenize(text.slice(span.end, hit.index)).map((t) => t.word);
      // ("… per vandaag van start is gegaan": when, between the name and the status, counts as little as "nu".)
      // ("de huiskamer is deze week echt van start gegaan": when, in two words.)
      return words.length <= 4 && words.every((word) => /^(is|zijn|nu|staat|staan|eindelijk|helemaal|al|toch|dan|ook|echt|gewoon|inmiddels|daadwerkelijk|werkelijk|officieel|dus|we|was|waren|per|vanaf|sinds|vandaag|gisteren|vanochtend|vanmorgen|deze|week|dit|weekend)$/.test(word));
    }
    return between <= 4;
  }
  const between = tokenize(text.slice(hit.end, span.start)).length;
  // ("oversteekplaats is klaar, daarmee is veilig naar school afgerond": a status before a comma ends its own clause.)
  if (/[,.;!?]/.test(text.slice(hit.end, span.start))) return false;
  return !WEAK_STATUS.test(hit.word) && between <= 3;
}

/** What may stand before a status right after "naam:" ("it's done", "het is klaar", "we're finished"). */
const STATUS_LEAD = /^\s*(?:(?:it|this|that|het|dat|dit)(?:'s|’s|\s+is)|is|we(?:'re|’re|\s+are)|we\s+zijn)\s+$/i;

/** "Webbureau Noordkaap bouwt hem", "Stichting Present verzorgt de maaltijd": a name of two or more capitalised words, then what it does. */
const ORGANISATION_DOES_IT = /^(?:de |het )?(\p{Lu}[\p{L}\p{N}&'.-]*(?:\s+(?:(?:van|voor|de|en|&)\s+)?\p{Lu}[\p{L}\p{N}&'.-]*){1,4})\s+(?:bouwt|bouwen|maakt|maken|ontwerpt|ontwerpen|verzorgt|verzorgen|regelt|regelen|organiseert|organiseren|levert|leveren|geeft|geven|verzorgde|bouwde|maakte|regelde|builds|makes|designs|runs|organises|organizes|delivers)\b[^.!?]{0,40}[.!]*$/u;

/** Words that may stand between an action's name and its status ("moestuin is nu helaas definitief gestopt"). */
const BETWEEN_NAME_AND_STATUS = /^(is|zijn|was|waren|wordt|worden|werd|nu|staat|staan|stond|al|inmiddels|daadwerkelijk|werkelijk|feitelijk|eindelijk|officieel|helemaal|toch|dan|ook|echt|gewoon|dus|we|wij|ik|helaas|definitief|per|direct|vandaag|gisteren|gisteravond|vanochtend|vanmiddag|vanavond|deze|dit|vorige|afgelopen|week|jaar|maand|keer|tijdelijk|voorlopig|even|weer|bijna|niet|nog|gaat|ging|gaan|gingen|kan|moet|mag|wel|zo|net|pas|sinds|kort|alweer|succesvol|goed|mooi|ook|project|projectje|actie|action|camp|club|traject|has|have|been|is|are|was|were|now|finally|officially|today|yesterday|just|already|also|definitely|sadly|unfortunately)$/;

/** Things a piece of work consists of: "de offerte voor …", "inschrijving zomerkamp". */
const PART_NOUN = /^(inschrijving|inschrijvingen|aanmelding|aanmeldingen|aanvraag|subsidieaanvraag|offerte|offertes|planning|voorbereiding|voorbereidingen|uitnodiging|uitnodigingen|flyer|flyers|poster|posters|folder|folders|brief|verslag|evaluatie|begroting|contract|locatie|training|ronde|fase|werving|bakken|borden|ontwerp|tekening|opzet|programma|bestelling|levering|verbouwing|subsidie|aanbetaling|betaling|reservering|boeking|inkoop|werving|selectie)$/;
/** Words before "van/voor de <actie>" that are the action itself or no noun at all ("de actie voor de moestuin is klaar"). */
const NOT_A_PART = /^(is|zijn|was|waren|wat|dat|die|deze|alles|all|everything|actie|action|project|projectje|status|werk|update|nieuws|stand|zaken|even|ook|nu|dan|klaar|bezig|wijkbot|iets|niks|niets|kant|melding|bericht|berichtje|gedoe|verhaal|ben|zijn|gaan|gaat|kan|mag|moet|wil|zet|zetten)$/;

/** The status word is said of a part of the action ("de bakken van de moestuin zijn klaar"), not of the action. */
function saidOfAPart(text: string, span: ActionSpan<IndexedAction>, hit: StatusHit): boolean {
  if (hit.index >= span.end) {
    // (Only in the clause of the name, and only when the status follows the name closely.)
    if (/[,.;:!?]/.test(text.slice(span.end, hit.index)) || tokenize(text.slice(span.end, hit.index)).length > 4) return false;
    const clause = sameLengthFold(text.slice(0, span.start)).split(/[,.;:!?]/).at(-1) ?? "";
    const owned = clause.match(/(?:^|\s)([a-z]{3,})\s+(?:van|voor|bij|aan|rond|rondom|of|for)\s+(?:(?:de|het|onze|ons|the|our)\s+)?$/);
    if (owned && !NOT_A_PART.test(owned[1])) return true;
    const compound = clause.match(/(?:^|\s)([a-z]{3,})\s+$/);
    return !!compound && PART_NOUN.test(compound[1]);
  }
  if (hit.end <= span.start) {
    const between = sameLengthFold(text.slice(hit.end, span.start));
    const owned = between.match(/^\s*met\s+(?:(?:de|het|een|onze)\s+)?([a-z]{3,})\s+(?:van|voor|bij|rond)\s+(?:(?:de|het|onze)\s+)?$/);
    return !!owned && !NOT_A_PART.test(owned[1]);
  }
  return false;
}

/** "nog niet begonnen", "bijna klaar", "loopt nog niet", "niet geannuleerd": the status is not (yet) so. */
function isNegated(low: string, hit: StatusHit): boolean {
  const before = low.slice(Math.max(0, hit.index - 40), hit.index);
  const after = low.slice(hit.end, hit.end + 20);
  // "als de moestuin klaar is gaan we oogsten", "zodra …": a condition, not news.
  if (/(^|[,.;!?]\s*)(als|zodra|wanneer|if|once|when)\b[^,.;!?]*$/.test(low.slice(0, hit.index))) return true;
  // "Peter vroeg of ik de speeltuin op klaar wil zetten, maar dat klopt niet": a question someone asked, not news.
  if (/\b(vroeg|vraagt|vroegen|vragen|wil weten|wilde weten|asked|asks)\s+(\S+\s+)?(of|whether|if)\b[^.;!?]*$/.test(low.slice(0, hit.index))) return true;
  // "gaat niet door als er geen vrijwilligers komen", "stopt tenzij …": a condition after it, in the same clause.
  if (/^[^,.;!?]*?\b(als|tenzij|indien|mits|zodra|if|unless)\b/.test(low.slice(hit.end, hit.end + 60)) && !/^\s*(,|\.|want|omdat)/.test(low.slice(hit.end))) return true;
  // "zou eigenlijk klaar moeten zijn", "moet eind maart klaar zijn", "klaar zal zijn": expected, not so now
  // ("de moestuin moet op klaar" asks for the change: "op"/"naar" before the word).
  const clause = low.slice(0, hit.index).split(/[,.;!?]/).at(-1) ?? "";
  if (/^\s*(moeten|moet|zal|zullen|kunnen|zou|zouden)\b/.test(after)) return true;
  if (/\b(zou|zouden|moet|moeten|zal|zullen|hoort|horen|hoop|hopen|hopelijk|verwacht|verwachten|should|will|would|hope)\b/.test(clause) && !/\b(op|naar|to)\s+$/.test(before) && /^\s*(zijn|wezen|is|be)\b/.test(after)) return true;
  // "klaar met de eerste fase", "klaar voor groep 7, groep 8 volgt nog": a part of it is done, not the action.
  const further = low.slice(hit.end, hit.end + 60);
  // ("is gestopt met de oude opzet, we beginnen opnieuw", "stopped working on the design": that part, not the action.)
  if (/^\s*met (?:de |het |een )?(?:eerste|tweede|derde|1e|2e|3e)\b|^\s*met (?:de |het )?(?:\S+ )?(?:fase|stap|deel|onderdeel|ronde|helft)\b/.test(further)) return true;
  // (Begun with the preparation is under way — "begonnen met de voorbereiding" stays bezig.)
  if (hit.sub !== "bezig" && /^\s*met (?:de |het )?(?:oude|huidige|vorige)\b|^\s*met (?:de |het )?(?:\S+ )?(?:opzet|aanpak|versie|werkwijze|planning|voorbereiding|ontwerp)\b/.test(further)) return true;
  if (hit.sub !== "bezig" && /^\s*(?:working on|work on|with|on) (?:the |our )?(?:first |second |old |current )?(?:phase|step|part|design|planning|prep|preparation|draft|texts?|old|first)\b/.test(further)) return true;
  if (/^\s*voor (?:groep|klas|de eerste|een deel|deel|school)\b/.test(further) && /\b(volgt|volgen) (nog|later)\b|\bmoet(en)? nog\b|\bnog niet\b|\brest (volgt|komt)\b/.test(low)) return true;
  // "geldlessen afgerond bij groep 8a, 8b volgt nog": done for some, the rest still to come — not the action.
  if (hit.sub === "klaar" && /\b(volgt|volgen|komt|komen) (nog|later)\b|\b(de )?rest (volgt|komt)\b|\bnog (\S+ ){1,3}te gaan\b|\b(still|yet) to (come|go|follow)\b/.test(low.slice(hit.end))) return true;
  // "geldlessen groep 8a klaar, 8b volgende week": one part done, the next part named with what is still to come.
  if (hit.sub === "klaar" && /^\s*[,;]\s*(?:en\s+)?(?:(?:groep|klas|deel|fase|les|ronde|week)\s+)?\d+[a-z]?\b[^,.;!?]*\b(volgende|later|nog|straks|morgen|next|still)\b/.test(low.slice(hit.end))) return true;
  // "wijkwebsite staat live maar er moeten nog teksten op": done, but with work still to do — not finished.
  if (hit.sub === "klaar" && /^[^.;!?]*\b(maar|alleen|but|though)\b[^.;!?]*\b(moet\w* nog|nog \S+ moet\w*|nog (niet|geen)|still (needs?|has to|have to)|not yet)\b/.test(low.slice(hit.end))) return true;
  // "ik ben klaar met de huiswerkbegeleiding voor vandaag, 11 kids": one session done, not the action.
  if (hit.sub === "klaar" && /^[^,.;!?]*\b(voor|for) (vandaag|vanavond|vanmiddag|vanochtend|nu|deze week|dit keer|deze keer|vandaag en morgen|today|tonight|now|this week)\b/.test(low.slice(hit.end))) return true;
  // ("gisteren schreef ik dat de moestuin klaar was maar dat klopt niet, hij is nog bezig": said before, and denied.)
  if (/^\s*(?:(?:was|is|waren|zijn|stond|staat|gezet)\s+)?[,;]?\s*(?:maar|but)\s+(?:dat|het|dit|that|it)\s+(?:klopt|klopte|is|was)\s+(?:(?:toch|dus|helemaal|eigenlijk|gewoon)\s+)*(?:niet|not|wrong|onjuist|fout|verkeerd)\b/.test(low.slice(hit.end, hit.end + 50))) return true;
  if (/\b(schreef|zei|zeiden|dacht|dachten|meldde|typte|wrote|said|thought)\s+(?:ik\s+|we\s+|i\s+)?(?:\S+\s+){0,2}(?:dat|that)\b[^,.;!?]*$/.test(low.slice(0, hit.index)) && /\b(klopt niet|klopte niet|niet waar|is niet zo|was niet zo|not true|not right|wrong)\b/.test(low.slice(hit.end, hit.end + 60))) return true;
  // "ik ben er helemaal klaar mee": fed up, not done.
  if (/^(klaar|kla+r)$/.test(hit.word) && /^\s*mee\b/.test(after) && /\ber\s+(\S+\s+){0,2}$/.test(before)) return true;
  // "klaar voor de start", "ready for launch": ready for something, not finished (but "klaar voor dit jaar" is done).
  if (/^(klaar|kla+r|gereed|ready)$/.test(hit.word) && /^\s*(voor|for)\s+(de|het|een|the|a)\s+(?!(rest van )?(dit |deze |het |this )?(jaar|schooljaar|seizoen|year|season)\b)[a-z]/.test(further)) return true;
  // "gaat niet door op 12 feb, wordt verplaatst", "gaat vandaag niet door": one date is off, the action goes on.
  if (hit.sub === "stop" && (/\b(verplaatst|verplaatsen|verzet|verzetten|verschoven|verschuiven|uitgesteld|uitstellen|nieuwe datum|andere datum|inhalen|ingehaald|inhaaldag|postponed|rescheduled)\b/.test(low) || /^\s*(op|on)\s+(\d|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|^\s*(vandaag|morgen|vanavond|vanmiddag|vanochtend|deze week|this week|today|tonight)\b/.test(after) || (/\b(vandaag|morgen|vanavond|vanmiddag|vanochtend|deze week|today|tonight)\s+$/.test(before) && !/\b(per|vanaf|sinds|as of|from)\s+(vandaag|morgen|today|tomorrow)\s+$/.test(before)))) return true;
  // "ligt stil in de kerstvakantie": a pause for a holiday, not parked.
  if (hit.sub === "parkeer" && /^\s*(in|tijdens|during|over)\s+(de|the)\s+\w*(vakantie|feestdagen|holidays?)\b/.test(after + further)) return true;
  // "kindteams weer oppakken per februari", "vanaf maart weer bezig": from a later month on, not now.
  const months = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december";
  if (new RegExp(`\\b(per|vanaf|from|starting) (1 |de 1e |begin )?(${months}|volgende (week|maand)|het nieuwe schooljaar|na de \\w*vakantie)\\b`).test(low.slice(Math.max(0, hit.index - 40), hit.end + 40))) return true;
  // "volgende week is de speeltuin klaar", "straks is het af": said of the future.
  if (/\b(volgende|komende|morgen|overmorgen|straks|binnenkort|spoedig|next|tomorrow|soon|over (een|twee|drie|vier|\d+) (dag|dagen|week|weken|maand|maanden)|eind (deze|volgende) (week|maand))\b/.test(clause) && !/\b(gekomen|geworden|was|waren|vorige|afgelopen|gisteren|last|yesterday)\b/.test(clause + after)) return true;
  // "pas klaar in april", "zo goed als klaar", "klaar maken voor de winter", "loopt uit": not (yet) that status.
  if (/\b(pas|zo goed als)\s+(\S+\s+)?$/.test(before) || (/^(klaar|kla+r)$/.test(hit.word) && /^\s*(maken|te maken|gemaakt)\b/.test(after)) || (/^(loopt|lopen|liep)$/.test(hit.word) && /^\s*uit\b/.test(after))) return true;
  // ("moet de moestuin niet op klaar?": a suggestion to set it, asked — not a denial.)
  if (/^\s*(?:@?wijkbot[\s,:]*)?(?:moet|moeten|hoort|horen|zou|zouden|should)\b[^?.!]*\bniet\s+(?:al\s+|gewoon\s+)?(?:op|naar)\s+$/.test(low.slice(0, hit.index)) && /^\s*\?/.test(low.slice(hit.end))) return false;
  return /\b(niet|nog niet|bijna|vrijwel|nagenoeg|haast|nooit|geen|not|almost|nearly|hardly|half|amper)\b(\s+[^\s,.;!?]+){0,2}\s*$/.test(before) || /^\s*(nog\s+)?(niet|not|nooit)\b/.test(after);
}

/** The reason after a status: after a comma, "want", "omdat" …; or a longer clause without punctuation (voice). */
function reasonAfter(text: string, end: number): string {
  const note = reasonAfterStatus(text, end);
  // ("… op bezig, we zijn net gestart": the status said again in other words is no note.)
  return /^(?:(?:we|wij|ik|het|hij|ze|zij|die|dat)\s+)?(?:zijn|is|ben|zijn we|is het)\s+(?:(?:net|nu|vandaag|eindelijk|gewoon|echt|zojuist|officieel)\s+)*(?:gestart|begonnen|klaar|gestopt|afgerond|bezig)[\s.!]*$/i.test(note) ? "" : note;
}

function reasonAfterStatus(text: string, end: number): string {
  // "park the CB en GGD action until …": the word "action" after the name is not the reason.
  // ("gaat niet door dit jaar de gemeente heeft …", "stopt per direct de bewonerscommissie wil …": when it holds belongs to
  // the status, the clause after it is the reason.)
  // ("draait sinds vanochtend 👶 eerste 4 moeders geweest": since when, too.)
  // ("is open gegaan gisteren …": the rest of the status's own words is not the reason either.)
  const unqualified = text.slice(end).replace(/^\s*(?:action|actie|gegaan)\b/i, "");
  // ("voorlees ochtend parkeren we even de bieb wordt verbouwd": who parks it, right after the verb, is no part of why.)
  const unqualifiedWho = unqualified.replace(/^\s*(?:we|wij|ik|ze)\s+(?:(?:even|maar|voorlopig|tijdelijk|dan|nu|eerst|dus|helaas)\s+)*(?=\S)/i, (who) => (/\b(even|maar|voorlopig|tijdelijk|helaas|eerst)\b/i.test(who) ? "" : who));
  const afterWhen = unqualifiedWho.replace(/^\s*(?:(?:dit (?:jaar|schooljaar|seizoen)|deze (?:zomer|winter|maand)|per direct|per meteen|met directe ingang|met ingang van nu|vanaf nu|voorlopig|definitief|helaas|voorgoed|for now|this year|immediately|for good|sinds (?:vanochtend|vanmiddag|vanavond|vandaag|gisteren|vorige week|deze week|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag))\b\s*)+(?=,|[\p{Extended_Pictographic}]|(?:de|het|een|we|wij|ik|ze|zij|er|want|omdat|ivm|the|they|because)\s)/iu, " ");
  // ("is geweest vanavond was goed bezocht", dictated: when it happened belongs to the status, what follows is the note.)
  const after = afterWhen.replace(/^\s*(?:vanavond|vanochtend|vanmiddag|vandaag|gisteren|gisteravond|gistermiddag|zojuist|afgelopen (?:zaterdag|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|week|weekend))\s+(?=(?:was|waren|ging|gingen|had|hadden|kwam|kwamen|is|zijn)\s)/i, " ");
  const qualified = after !== unqualifiedWho;
  // "on hold until the renovation is done", "geparkeerd tot de aannemer klaar is": the until-clause is the reason.
  // ("parkeren we tot de bieb verbouwd is": the speaker said between the status and its until-clause.)
  const untilAfter = after.match(/^\s*(?:(?:we|wij|ik|ze|zij|hem|het|dat|die|even|maar|dan)\s+){0,2}((?:tot|until|till)\s+\S+\s+\S+.*)$/is);
  if (untilAfter && contentWords(untilAfter[1].split(/[,.;!?]/)[0]) >= 1) return trimNote(untilAfter[1]);
  // "is gestart 🚧 de aannemer is begonnen": an emoji ends the status like a full stop.
  const emoji = after.match(/^\s*[\p{Extended_Pictographic}\uFE0F\u200D]+\s*/u);
  if (emoji && contentWords(after.slice(emoji[0].length)) >= 2) return trimNote(after.slice(emoji[0].length));
  const sep = after.match(SEPARATOR);
  if (sep && contentWords(after.slice(0, sep.index)) <= 3) {
    // "parkeren tot na de zomer, gemeente moet eerst …": a "tot …" before the comma belongs to the reason.
    const until = after.match(/^\s*(?:(?:we|wij|ik|het|dat|maar|even|hem|haar|ze)\s+)*((?:tot|t\/m|until|till)\b.*)$/is);
    if (until) return trimNote(until[1]);
    return trimNote(after.slice(sep.index! + sep[0].length));
  }
  // ("gaat niet door dit jaar de accommodatie is failliet": after when it holds, a clause of its own is the reason.)
  if (qualified && contentWords(after) >= 2) return trimNote(after);
  // ("zomerkamp kan op bezig we hebben de locatie": dictated, a clause of its own after the status.)
  if (/^\s*(?:we|wij|ik|ze|zij|hij|er|jullie|i|they)\s+\S+/i.test(after) && contentWords(after) >= 2) return trimNote(after);
  return contentWords(after) >= 4 ? trimNote(after) : "";
}

/** Words that only carry a status change or a note: the command's own, greetings, thanks. */
const CARRIER = new RegExp(
  `^(?:${[
    "wijkbot update updaten updatje updateje status op naar zet zetten mag mogen kan kunnen moet moeten de het een",
    "van voor bij deze die dat actie staat staan gezet hij ze zij er is was nu al weer graag aub hoi hallo hey hi",
    "goedemorgen goedemiddag goedenavond morgen dank dankjewel dankje bedankt thx thanks groet groetjes gr nog wel",
    "even ff hem m em mn mijn onze ons our my the to it of and for in at met en heeft hebben has have been were we",
    "wij ik i you je jij u kun kunt wil wilt zou noteer noteren genoteerd notitie voortgang nieuws nieuwtje als",
    "officieel gewoon dus ook helemaal echt trouwens btw hoor he ok oke okay top super mooi fijn yes ja nou zo dit",
    "jaar schooljaar seizoen this year week per direct sinds vanochtend vanmorgen vanmiddag vanavond vorige",
    "afgelopen wat mij me betreft beschouwd helaas sorry hierbij melden meld laten weten omtrent over uh eh ehm haha",
    "hahah xd lol idd inderdaad daadwerkelijk gegaan gaat gaan door niet meer nee wacht gepland gehad mee want omdat",
    "ivm because since dient te ding voorbereiding voorbereidingen prep preparation",
  ]
    .join(" ")
    .split(" ")
    .join("|")})$`,
);

/** Words that only carry a change of date. */
const DATE_CARRIER =
  /^(deadline|einddatum|datum|verzet|verzetten|verschuif|verschuift|verschoven|verschuiven|schuif|schuift|schuiven|opschuiven|uitstellen|uitgesteld|uitstel|verplaats|verplaatst|verplaatsen|verleng|verlengen|verlengd|later|eerder|week|weken|weekje|maand|maanden|dag|dagen|tot|uiterlijk|af|klaar|gereed|zijn|wordt|worden|nieuwe|andere|eind|begin|half|achteren|voren|loopt|lopen|doorlopen|postpone|postponed|move|moved|due|date|until|later|earlier)$/;

/** The words of a status change or note the command would not keep: not the name, the status words, what is kept, or a carrier. */
/** The words after the count or amount of a value command, when they say something of their own (three content words or more). */
function wordsAfterValue(text: string, span: ActionSpan<IndexedAction>, value: string, isDate = false): string {
  const number = isDate ? value.trim() : value.match(/\d[\d.,]*/)?.[0];
  if (!number) return "";
  const at = text.toLowerCase().indexOf(number.toLowerCase(), span.end);
  if (at < 0) return "";
  const after = text
    .slice(at + number.length)
    .replace(/^\s*(?:(?:euro|eur|euros|gekost|kwijt|ouders|kinderen|kids|jongeren|deelnemers|peuters|mensen|bezoekers|gezinnen|leerlingen|bewoners|bereikt|geweest|gekomen|binnen|meegedaan|besteed|uitgegeven|begroot|in totaal|totaal|inmiddels|al|nu)\b\s*)+/i, "");
  // (Only dictation without a stop: "…, doel blijft 300" or "van de 400 die we willen" says more of the figures.)
  // ("…uitgegeven aan de nieuwe schommel", "…budget gekregen van Lefier": what the money went to or came from is part of it.)
  // (Only a message dictated without any stop, and only a clause of its own — with a verb — after the value.)
  if (/[,.;:!?]/.test(text.slice(span.end)) || /^\s*(?:van|op|uit|of|from)\s+(?:de\s+|het\s+)?\d/i.test(after) || /^\s*(?:aan|voor|van|bij|in|op|budget|begroot|begroting|besteed|om|at|on|for|in)\b/i.test(after)) return "";
  if (!/\b(is|was|zijn|waren|wordt|werd|worden|hebben|heeft|had|hadden|komt|komen|kwam|kwamen|gaat|gaan|ging|kan|kunnen|moet|moeten|wil|willen|staat|staan|loopt|lopen)\b/i.test(after)) return "";
  return contentWords(after) >= 3 && after.trim().split(/\s+/).length >= 5 ? trimNote(after) : "";
}

function unsaidWords(low: string, span: ActionSpan<IndexedAction>, statusHits: StatusHit[], kept: string[], carrier?: RegExp): string[] {
  let blank = low;
  const cover = (from: number, to: number) => {
    blank = blank.slice(0, from) + " ".repeat(Math.max(0, to - from)) + blank.slice(to);
  };
  cover(span.start, span.end);
  for (const h of statusHits) cover(h.index, h.end);
  const keptWords = new Set(kept.flatMap((k) => fold(k).split(" ")));
  return fold(blank)
    .split(" ")
    .filter((word) => word && !keptWords.has(word) && !FILLER.test(word) && !CARRIER.test(word) && !carrier?.test(word) && !/^\d+$/.test(word));
}

/** Only since when it is so, and words of the action's own name ("vanaf vandaag in het buurthuis" of the Inloopspreekuur JGZ in het buurthuis). */
function onlyWhenAndName(note: string, title: string): boolean {
  const own = new Set(fold(title).split(" "));
  const words = fold(note).split(" ").filter(Boolean);
  return words.length > 0 && words.some((x) => own.has(x) && x.length >= 4) && words.every((x) => own.has(x) || /^(vanaf|sinds|vandaag|nu|vanochtend|vanmiddag|vanavond|gisteren|deze|week|officieel|eindelijk|weer|echt|gewoon|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|in|het|de|op|bij)$/.test(x));
}

/**
 * A sentence of a note that starts with the name of another action than the one noted at ("Het vignet ligt nu bij de jury"):
 * the note before it, that sentence, and the action — when only one action is named so (otherwise only that there is one).
 */
function sentenceAboutAnother(note: string, noteAt: string, w: UnderstandWorld): { first: string; second: string; other?: { id: string; title: string } } | undefined {
  for (const stop of note.matchAll(/[.;!?]+\s+(?=\S)/g)) {
    const at = stop.index! + stop[0].length;
    const sentence = note.slice(at);
    const first = trimNote(note.slice(0, stop.index!));
    if (!first || contentWords(sentence) < 3) continue;
    const leading = locateActions(w.index, sentence).filter((s) => (s.exact || s.quality >= 1.8) && contentWords(sentence.slice(0, s.start).replace(/\b(?:en|and|ook|also|het|de|die|onze|the|bij|voor|over)\b/gi, " ")) === 0);
    if (!leading.length) continue;
    if (leading.some((s) => s.action.id === noteAt)) return undefined;
    const best = Math.max(...leading.map((s) => s.quality));
    const ids = [...new Set(leading.filter((s) => s.quality >= best - 0.25).map((s) => s.action.id))];
    const other = ids.length === 1 ? leading.find((s) => s.action.id === ids[0])!.action : undefined;
    return { first, second: trimNote(sentence), ...(other ? { other: { id: other.id, title: other.title } } : {}) };
  }
  return undefined;
}

/** "stopgezet", "afgeschaald", "verplaatst": a word before the colon that says what happened, not a word of the name. */
function saysWhatHappened(word: string): boolean {
  const w = sameLengthFold(word);
  return STATUS_WORDS.some((s) => s.pattern.test(w)) || (w.length >= 7 && /^(ge|af|op|uit|in|door|over|ver|be|aan|stop|stil|terug)\p{L}+(d|t|en)$/u.test(w));
}

/** "het vignet is binnen!! gezonde school dus afgerond": what was said before the name, when it is a sentence of its own. */
function reasonBefore(text: string, span: ActionSpan<IndexedAction>, hit: StatusHit, low: string): string {
  // "het watertappunt is gisteren officieel geopend door de wethouder, dus die mag op klaar": the clause with the name is the note.
  if (hit.index >= span.end) {
    const link = text.slice(span.end, hit.index).match(/[,;.]\s*(?:(?:dus|so|en|daarom|dan)\s+)?(?:(?:die|dat|hij|het|ze|hem|deze)\s+)?(?:(?:mag|kan|moet|is|staat|gaat|mogen|kunnen)\s+)?(?:(?:nu|dan|wel|dus|ook|gewoon|echt)\s+)*(?:op|naar)?\s*$/i);
    // (Only a clause that says something else: not "…op gepland, nee wacht, op bezig" or "is niet klaar, die loopt nog".)
    const clauseStart = span.end + (link?.index ?? 0);
    if (link && /\b(dus|so|daarom|die|dat|hij|hem|deze)\b/i.test(link[0]) && !findStatusHits(low.slice(0, clauseStart)).length && !/\b(nee|no|wacht|sorry|bedoel)\b/.test(low.slice(0, hit.index))) {
      const clause = withoutPreamble(text.slice(0, span.end + link.index!));
      if (contentWords(clause) >= 3) return trimNote(clause);
    }
  }
  const end = Math.min(span.start, hit.index);
  // ("hoi! ik ben Esther, woonconsulent bij Lefier 👋 de huiskamer …": greetings and who writes are no reason; the article
  // before the name belongs to the name.)
  const before = stripPreamble(text.slice(0, end)).replace(/(?:^|\s+)(?:de|het|een|onze|ons|the|our)\s*$/i, "");
  if (contentWords(before) < 2) return "";
  // ("…, daarmee is veilig naar school afgerond": the word that links the two clauses is not the note.)
  const link = /[,\s]*\b(dus|so|en daarom|daarmee|hiermee|daardoor|daarom|and so|which means)(\s+(is|zijn|staat|kan|mag|is nu|staat nu))?(\s+(de|het|onze|ons|the|our))?\s*$/i;
  // ("even snel want ik moet de klas in. we hebben om tafel gezeten en de techniekdag gaat door": words that run on into the
  // name's own clause are no reason of their own.)
  if (!/([,.;!?]+|\b(dus|so|en daarom)\b)\s*$/i.test(before.trim() + " ") && !(link.test(before) && /[,.;!?]/.test(before))) return "";
  return trimNote(before.replace(link, ""));
}

function explicitNote(text: string, span: ActionSpan<IndexedAction>): string {
  // ("zet bij het CB project dat …": what follows "dat".)
  const putWith = /^\s*(?:@?wijkbot[\s,:]*)?(?:(?:kun je|kan je|wil je|even|ff|graag)\s+)*(?:zet|schrijf)\s+(?:(?:even|ff|maar|ook|nog)\s+)*(?:bij|onder)\s+$/i.test(text.slice(0, span.start).replace(/(?:de|het|dat|die|the)\s+$/i, ""))
    ? text.slice(span.end).match(/^\s*(?:[\p{L}-]+\s+){0,3}?dat\s+(.+)$/iu)
    : null;
  if (putWith) return trimNote(putWith[1]);
  // ("kun je bij de voorleesochtend zetten dat de bieb ons de zaal gratis geeft": the verb after the name, then "dat".)
  const putAfter = /^\s*(?:@?wijkbot[\s,:]*)?(?:(?:kun je|kan je|wil je|kunt u|wilt u|even|ff|graag)\s+)+(?:(?:even|ff|ook|nog)\s+)*(?:bij|onder)\s+$/i.test(text.slice(0, span.start).replace(/(?:de|het|the)\s+$/i, ""))
    ? text.slice(span.end).match(/^\s*(?:(?:even|ff|ook|nog)\s+)*(?:zetten|schrijven|noteren|opschrijven|neerzetten)\s+dat\s+(.+)$/iu)
    : null;
  if (putAfter) return trimNote(putAfter[1]);
  // ("huiskamer: een bewoner kwam met een idee": "een", "dat" … are the note's own words unless a marker word
  // such as "update" stands among them.)
  const after = text.slice(span.end).replace(UPDATE_MARKER_AT_START, (lead) => lead.replace(/^.*\b(?:update|voortgang|notitie|noteer|noteren|opschrijven|note|progress|status|stand van zaken|nieuws)\b[\s,:;-]*(?:(?:even|ff|maar|graag|dat|bij|voor|over|van|on|nog|ook)\b[\s,:;-]*)*/is, ""));
  // ("even een update over de ouderavond over social media en gamen: spreker is geboekt": words that say which ouderavond
  // belong to the name; the note starts after the colon.)
  const described = after.match(/^\s*(?:over|van|met|voor|bij|in|rond|rondom|omtrent|mbt|m\.b\.t\.)\s+[^:.!?\n]{2,50}:\s*(\S[^]*)$/i);
  const note = trimNote(described && !/\b(is|zijn|was|waren|heeft|hebben|wordt|worden|komt|komen|gaat|gaan)\b/i.test(after.slice(0, after.indexOf(":"))) ? described[1] : after);
  if (note) return note;
  const before = text.slice(0, span.start).replace(UPDATE_MARKER_AT_START, "").replace(/\b(over|van|bij|voor|on)(\s+(de|het|the))?\s*$/i, "");
  // "noteer even wat voor de …": "wat"/"iets" is not the note itself.
  if (/^\s*(wat|iets|something|een paar dingen|het volgende)?\s*$/i.test(before)) return "";
  return trimNote(before);
}

function noteAfter(text: string, end: number): string {
  return reasonAfter(text, end);
}

/** "… alles is op. gelukkig nieuwjaar alvast allemaal 🎆": the season's wishes end no note. */
const THANKS_AT_END = /(?:^|[.!?]\s+)(?:dank (?:voor|jullie|je|u)\b[^.!?]{0,40}|thanks (?:for|to)\b[^.!?]{0,40})(?:\s+(?:allemaal|iedereen|all|team|\p{Lu}\p{L}+))?[\s!.\p{Extended_Pictographic}\u{FE0F}\u{200D}]*$/iu;
const WISHES_AT_END = new RegExp(String.raw`(?:^|[.!?,]\s*|\s+)${SEASON_WISHES}[\s!.\p{Extended_Pictographic}\u{FE0F}\u{200D}]*$`, "iu");

export function trimNote(part: string): string {
  const note = part
    .replace(/^[\s,.;:!?…\-–—)]+/, "")
    .replace(/[\s,;:\-–—(]+$/, "")
    // ("zomerkamp moet uiterlijk 10 juli rond zijn ivm vertrek op 11 juli": the rest of "moet … rond zijn" is not the note.)
    .replace(/^(?:klaar|af|rond|gereed|gedaan|geregeld|afgerond)\s+(?:zijn|wezen|hebben)\b[\s,:]*(?=\S)/i, "")
    .replace(/^(?:want|omdat|wegens|vanwege|ivm|reden|because)\b[\s:]*/i, "")
    // ("veilig naar school eh de borden staan er": a spoken filler is not part of the note.)
    .replace(/^(?:(?:eh+m?|uh+m?|euh+|ehh+|uhh+)(?![\p{L}\p{N}])[\s,.…]*)+/iu, "")
    // ("… dient op geparkeerd te worden gezet in afwachting van …": the rest of the status's own verb is not the note.)
    .replace(/^(?:te\s+)?(?:worden\s+|wordt\s+)?(?:gezet|zetten)(?:\s+te\s+worden|\s+worden)?\b[\s,:]*(?=\S)/i, "")
    // ("… de bakken zijn gevuld. fijne avond!": the goodbye is not part of it — but "iedereen bedankt 🙏" thanks the others, news
    // of its own.)
    .replace(/(?<!\b(?:iedereen|allemaal|jullie|vrijwilligers|ouders))(?:^|[.!?,]\s*|\s+)(?:fijne (?:avond|dag|middag|weekend|vakantie)|fijn weekend|goed weekend|groetjes|groeten|gr|grtz|doei|tot (?:morgen|maandag|straks|later|snel|volgende week)|see you (?:next week|soon|later|then|tomorrow)|have a (?:nice|good) (?:day|evening|weekend)|cheers|thanks|bedankt|dank je( ?wel)?|dankjewel|dankuwel|alvast bedankt|thx)(?:\s+(?:allemaal|iedereen|all|\p{Lu}\p{L}+))?[\s!.]*$/iu, "")
    .replace(WISHES_AT_END, "")
    // ("…. Dank voor jullie hulp 🙏": thanks for something, in a sentence of its own at the end, closes the message like a
    // goodbye. How one feels about the news — "Heel jammer.", "Balen!" — is kept: a note keeps every word.)
    .replace(THANKS_AT_END, "")
    // ("…, ze vroeg of ik het even wilde doorgeven", "… (namens Anouk)": passing the news on is not part of it.)
    .replace(/(?:^|[.,;!(]\s*|\s+)(?:(?:ze|zij|hij|die)\s+vroeg\s+(?:of\s+ik\s+|me\s+|mij\s+)(?:\S+\s+){0,4}?(?:doorgeven|door te geven|melden|te melden|laten weten|doorgaf|meldde)|namens\s+\p{Lu}\p{L}+|(?:ik\s+)?geef\s+(?:het\s+)?(?:even\s+|ff\s+)?door\s+(?:voor|namens)\s+\p{Lu}\p{L}+)[\s.!)]*$/u, "")
    // ("11 parents showed up. please set it to in progress", "…, zet maar op bezig": the status asked for, said again at the
    // end, is not part of the note.)
    // ("… 🎉 you can mark it done": the same, said as leave to do it.)
    .replace(/(?:^|[.,;!]\s*|\s+)(?:(?:please|pls|kindly|can you|could you|you can|you may|feel free to)\s+)*(?:set|put|mark|change)\s+(?:it|this|that)\s+(?:(?:to|as|on)\s+)?(?:in progress|done|finished|started|busy|parked|stopped|complete|completed)\b[\s.!]*$/i, "")
    .replace(/(?:^|[.,;!]\s*)(?:(?:dus|graag|en)\s+)?(?:zet|zetten)\s+(?:(?:hem|m|het|die|dat)\s+)?(?:(?:maar|graag|even|dan|nu|wel)\s+)*op\s+(?:bezig|klaar|gestopt|geparkeerd)[\s.!]*$/i, "")
    // ("… aan de peuterspeelzaal?": a request's question mark is not part of the note.)
    .replace(/\?+$/, "")
    .trim();
  // ("moet 9 februari zijn, niet 16": what the value is not is no note.)
  if (/^(?:en\s+|dus\s+)?(?:niet|not)\s+(?:de\s+|op\s+|in\s+)?[\d.,€]+(?:e|ste|de)?(?:\s+\p{L}+)?[.!]*$/iu.test(note)) return "";
  return contentWords(note) ? note.replace(/[!]{2,}$/, "") : "";
}

/**
 * The clauses after the last one that names the action or the new value, when they say
 * something of their own ("…gaat naar Lisa, ik heb het te druk" → "ik heb het te druk").
 */
function sideNote(text: string, span: ActionSpan<IndexedAction>, value: string, kept: string[] = []): string {
  const keptWords = new Set(kept.flatMap((name) => fold(name).split(" ")));
  const valueWords = fold(value)
    .split(" ")
    .filter((w) => /\d/.test(w) || (w.length >= 3 && !/^(besteed|begroot|beoogd|van|een|later|eerder|week|weken|dag|dagen|maand|maanden)$/.test(w) && !keptWords.has(w)));
  // ("… Begroot was 15.000 dus …": the dot inside a number ends no clause.)
  const parts = [...text.matchAll(/(?:[^,.;!?]|(?<=\d)[.,](?=\d))+(?:[,.;!?]+|$)/g)];
  let lastUsed = -1;
  parts.forEach((m, i) => {
    const start = m.index!;
    const end = start + m[0].length;
    const words = ` ${fold(m[0])} `;
    const namesAction = (start < span.end && end > span.start) || /\b(eigenaar|eigenaren|partner|partners|deadline|bereik|budget|begroot|doelgroep|pijler|owner|(zet|doe) (hem|haar|ze|hen|die|dat|het) (erbij|als|op|er (ook |nog |maar |even |gewoon )*bij)|samen met|met mij|en ik|ik ook|mij ook|bijgekomen|erbij gekomen|afgevallen|uitgegeven|besteed|gaat eraf|gaan eraf|(doe|doet) (het|dit|hem) (\w+ )?(verder|alleen)|ik blijf (er |het )?(\w+ ){0,2}(bij|eigenaar|doen|trekken)|blijf ik (\w+ ){0,2}(bij|eigenaar)|hoeft (er )?niet meer|(zet|doe) (hem|haar|ze|hen|die) er (\w+ ){0,2}op|(blijft|blijf|blijven) (\w+ )?(alleen|enkel|nog) (ik|mij|wij|hij|zij) over|(ben|blijf) ik (\w+ )?(de )?enige|(blijft|blijven) (er )?(\w+ )?(ook|bij|eigenaar|erop|aan))\b/.test(words);
    const hasValue = valueWords.some((w) => words.includes(` ${w} `) || (/\d/.test(w) && words.includes(w.replace(/[^\d]/g, ""))));
    if (namesAction || hasValue) lastUsed = i;
  });
  if (lastUsed < 0 || lastUsed === parts.length - 1) return "";
  const rest = parts[lastUsed + 1].index!;
  const note = trimNote(text.slice(rest));
  return contentWords(note) >= 2 ? note : "";
}

/** "Gasunie en Noorderpoort", "GGD, Lefier en de bieb": two or more organisations, when each is one the wijk knows or a name with a capital. */
function lastTypedOf(org: string): string {
  return org.split(/\s*,\s*|\s+(?:en|and)\s+/i).at(-1)!;
}

function severalOrganisations(org: string, w: UnderstandWorld, both = false): string[] | undefined {
  if (w.organisations.some((o) => fold(o) === fold(org))) return undefined;
  // ("hulp van Noorderpoort en van de Hanzehogeschool", "samen met X en met de Y": the word that led to the first leads to the second.)
  const parts = org.split(/\s*,\s*|\s+(?:en|én|and)\s+/i).map((p) => p.replace(/^(?:van|met|bij)\s+(?=(?:de|het)\s+|\p{Lu})/u, "").replace(/^(?:de|het|the)\s+/i, "").trim()).filter(Boolean);
  if (parts.length < 2 || parts.length > 4) return undefined;
  // ("Centrum voor Jeugd en Gezin Groningen": a name with "voor"/"van" in it joins its own words with "en".)
  if (parts.length === 2 && /\s(?:voor|van)\s+(?:de\s+)?\p{Lu}/u.test(parts[0]) && !/^(de|het|the)\s/i.test(lastTypedOf(org))) return undefined;
  // ("Verloskundigenpraktijk Lewenborg en Omstreken", "Bakkerij Jansen en Zonen": one name.)
  if (/^(omstreken|omgeving|zonen|zn|co|partners)$/i.test(parts.at(-1)!)) return undefined;
  // ("Stichting Groen en Doen" is one name.)
  // ("stichting Present en de Voedselbank": an article starts a second name.)
  const lastTyped = org.split(/\s*,\s*|\s+(?:en|én|and)\s+/i).at(-1)!;
  if (/^(stichting|vereniging|sportvereniging|bureau|centrum|coöperatie|cooperatie|huis|studio|atelier)\b/i.test(parts[0]) && !/^(de|het|the)\s/i.test(lastTyped) && !/\s/.test(parts.at(-1)!) && !findOrganisationIn(parts.at(-1)!, fold(parts.at(-1)!), w.organisations)) return undefined;
  // ("het consultatiebureau en Kids2b kinderopvang zijn allebei partner": said to be two, a name in small letters counts too.)
  const names = parts.map((p) => findOrganisationIn(p, fold(p), w.organisations) ?? ((/^(?:(?:stichting|vereniging|sportvereniging|buurtvereniging)\s+)?\p{Lu}/u.test(p) || (both && parts.length === 2 && /^\p{Ll}[\p{L}-]{3,}(?:\s+\p{L}[\p{L}-]*){0,2}$/u.test(p) && !NOT_AN_ORGANISATION.test(p))) && p.split(/\s+/).length <= 4 ? p : undefined));
  return names.every(Boolean) && new Set(names.map((n) => fold(n!))).size === names.length ? (names as string[]) : undefined;
}

const PARTNER_BEFORE = /\b(?:in samenwerking met|samenwerking met|samen met|werken samen met|werkt samen met|together with|partnering with|partnered with|teaming up with|(?:krijgt|krijgen|kreeg|kregen|hebben|heeft)\s+(?:\S+\s+){0,2}?hulp\s+van|partners?(?:\s+(?:toevoegen|erbij))?:?)\s+(?:de\s+|het\s+|the\s+)?/giu;
const PARTNER_STOP = /\s*(?:[,.;!?()]|\s-\s|\s(?:als partner|als nieuwe partner|erbij|graag|aub|pls|please|toevoegen|toe|noteren|zetten|vastleggen|for|voor|bij|aan|now|nu|vanaf|zij|ze|die|they|who|want|omdat|doet|doen|is|zijn|wordt|staan|staat|stonden|hebben|heeft|hadden|gaan|gaat|komen|komt|kwamen|waren|was|zitten|zit|and they|en zij|en die)\b)/iu;
const NOT_AN_ORGANISATION = /^([a-z]*(?:ouders|vrijwilligers|bewoners|leerlingen)|kinderen|kids|ouders|jongeren|bewoners|vrijwilligers|leerlingen|buurt|wijk|mensen|iedereen|elkaar|collega|collegas|collega's|hem|haar|hen|mij|ons|jullie|school|de kinderen|van|bij|voor|aan|in|op|met|de|het|een|erbij|toevoegen|nodig|gezocht|is|wordt|geworden|worden|zoeken|gezocht|gevonden|een|nog|ook|geen|wie|who|someone|iemand)\b/i;

/** A name of up to five words, not a pronoun or a time word. */
const PARTNER_NAME = String.raw`((?!(?:nu|ook|al|dan|er|die|dat|dit|het|de|een|we|wij|ik|ze|zij|hij)\b)[\p{L}\p{N}][\p{L}\p{N}&'-]*(?:\s+(?!(?:nu|ook|voortaan|straks|vanaf)\b)[\p{L}\p{N}&'-]+){0,4}?)`;
/** Who is said to be partner now ("… is verkeersouders Lewenborg nu partner"), or joins in ("schuift het buurtteam ook aan", "Humanitas komt ook aan tafel"). */
const JOINS_AS_PARTNER = [
  new RegExp(String.raw`\b(?:is|zijn|wordt|worden)\s+(?:de\s+|het\s+)?${PARTNER_NAME}\s+(?:(?:nu|ook|voortaan|vanaf nu|officieel)\s+)*(?:ook\s+)?partner\b`, "iu"),
  new RegExp(String.raw`\b(?:schuift|schuiven|komt|komen)\s+(?:de\s+|het\s+)?${PARTNER_NAME}\s+(?:(?:nu|ook|voortaan|vanaf nu|straks)\s+)*aan(?:\s+tafel)?\b`, "iu"),
  new RegExp(String.raw`(?:^|[,.;:]\s*|\b(?:en|dat)\s+)(?:de\s+|het\s+)?${PARTNER_NAME}\s+(?:schuift|schuiven|komt|komen)\s+(?:(?:nu|ook|voortaan|vanaf nu|straks)\s+)*aan(?:\s+tafel)?\b`, "iu"),
];

/**
 * "in samenwerking met Veilig Verkeer Nederland afd Groningen", "partner toevoegen Groei & Bloei
 * afdeling Groningen", "partnering with the Salvation Army for …", "met de bieb erbij (Biblionet
 * Groningen)", "zet Kinderopvang Kids2b als partner": the organisation as typed, every word of it,
 * from the words that introduce it to a comma, the action's name or the words that end it. A known
 * organisation is used when the typed words are all in its name ("de GGD" is GGD Groningen).
 */
function framedPartner(text: string, span: ActionSpan<IndexedAction>, w: UnderstandWorld): string | undefined {
  // ("new partner for the website: Noorderpoort College": the action after "for", the organisation after the colon.)
  const afterColon = text.match(/\bpartners?\s+(?:for|voor|bij|of|van)\s+[^:]{2,40}:\s*(\p{Lu}[^,.;!?(]{1,60})/u)?.[1];
  if (afterColon) return afterColon.trim();
  const typed: string[] = [];
  for (const m of text.matchAll(PARTNER_BEFORE)) {
    const from = m.index! + m[0].length;
    if (from > span.start && from < span.end) continue;
    // ("de partner is nu de Hortus": the words that say it, before the name, are not part of it.)
    // ("partner watertappunt: Waterbedrijf Groningen": the action named right after the word, the partner after it.)
    let phrase = (from === span.start ? text.slice(span.end).replace(/^[\s:,-]+/, "") : text.slice(from, from < span.start ? span.start : undefined)).replace(/^(?:(?:is|wordt|zijn|worden|nu|voortaan|ook|de|het|een|the)\s+)+/i, "");
    // ("samen met Studenten voor Studenten": "voor" between two capitals is inside the name.)
    const stop = phrase.replace(/^(\p{Lu}\S*\s+)(voor|for)(\s+\p{Lu}\S*(?:$|[\s,.;!?]))/u, (_, x: string, v: string, y: string) => `${x}${"_".repeat(v.length)}${y}`).match(PARTNER_STOP);
    if (stop) phrase = phrase.slice(0, stop.index);
    typed.push(phrase);
  }
  // ("zet Kinderopvang Kids2b als partner bij …": who is put in as a partner.)
  // ("zet stichting present als partner bij de huiskamer": typed without capitals too, when "als partner" follows.)
  const putIn = text.match(/\b(?:zet|zetten)\s+(?:even\s+|ook\s+|nog\s+)?(?:de\s+|het\s+)?((?!(?:die|ze|zij|hem|haar|hen|hun|het|dat|dit|deze|er|erbij|maar|ook|even|nog|jullie|ons|mij|me)\b)[\p{L}\p{N}][\p{L}\p{N}&'-]*(?:\s+[\p{L}\p{N}&'-]+){0,5}?)\s+(?:(?:er|erbij|ook|maar|even)\s+)*als\s+(?:nieuwe\s+|extra\s+)?partner\b/iu)?.[1];
  if (putIn) typed.push(putIn);
  // ("voor de techniekdag hebben we de Gasunie én het Alfa-college als partner binnen": who they have as partner.)
  const have = text.match(/\b(?:hebben|heb|hadden|krijgen)\s+(?:we|wij|ik)\s+(?:nu\s+|ook\s+|eindelijk\s+)*(?:de\s+|het\s+)?(\p{Lu}[\p{L}\p{N}&' -]{1,60}?)\s+(?:als\s+partners?|erbij)\b/u)?.[1];
  if (have) typed.push(have.replace(/\s+én\s+/g, " en "));
  // ("voor veilig naar school is verkeersouders Lewenborg nu partner", "bij de huiskamer schuift het buurtteam ook aan".)
  for (const framing of JOINS_AS_PARTNER) {
    const m = text.match(framing);
    const at = m ? m.index! + m[0].indexOf(m[1]) : -1;
    if (m && (at + m[1].length <= span.start || at >= span.end)) typed.push(m[1]);
  }
  // ("huiswerkbegeleiding met de bieb erbij graag (Biblionet Groningen)": the name in brackets.)
  const bracketed = text.match(/\((\p{Lu}[\p{L}\p{N}&' -]{1,40})\)/u)?.[1];
  if (bracketed && /\b(partner|partners|erbij|samen met|doet mee|doen mee|sluit aan)\b/i.test(text)) typed.push(bracketed);
  const names = typed
    // ("hulp van studenten Hanzehogeschool": the people who help are not the organisation's name.)
    .map((x) => x.replace(/[^\p{L}\p{N})&']+$/u, "").replace(/^\s+/, "").replace(/^(?:studenten|vrijwilligers|stagiairs|stagiaires|medewerkers|docenten|leerlingen|mensen|collega's|collegas)\s+(?:van\s+(?:de\s+|het\s+)?)?(?=\p{Lu})/u, "").trim())
    .filter((x) => x && contentWords(x) >= 1 && x.split(/\s+/).length <= 7 && !NOT_AN_ORGANISATION.test(x) && !findPeopleIn(x, w).length);
  const distinct = [...new Map(names.map((x) => [fold(x), x])).values()];
  if (distinct.length !== 1) return undefined;
  const name = distinct[0];
  const known = knownHoldingAll(name, w);
  if (known) return known;
  return /^\p{Ll}/u.test(name) && name.split(/\s+/).length === 1 ? undefined : name;
}

/** The wijk's organisation that a typed name means, when every word typed is in its name ("de GGD" is GGD Groningen; "Kinderopvang Dikkertje Dap" is not Kids2b kinderopvang). */
function knownHoldingAll(typed: string, w: UnderstandWorld): string | undefined {
  const known = findOrganisationIn(typed, fold(typed), w.organisations);
  const own = known ? fold(known).split(" ") : [];
  return known && fold(typed).split(" ").filter((x) => !/^(de|het|een|the)$/.test(x)).every((x) => own.includes(x)) ? known : undefined;
}

/** "…: Humanitas levert vanaf nu vrijwilligers, zet ze als partner": the one name written with a capital, when "partner" is said. */
function properNounPartner(text: string, span: ActionSpan<IndexedAction>, w: UnderstandWorld): string | undefined {
  // ("… hebben we nu ook Vitens aan boord": the one name with capitals is who came on board.)
  if (!/\b(partner|partners|aan boord|on board)\b/i.test(text)) return undefined;
  const names = [...text.matchAll(/(?<![\p{L}@])(\p{Lu}[\p{L}\p{N}&'-]+(?:\s+\p{Lu}[\p{L}\p{N}&'-]+)*)/gu)].filter((m) => {
    const start = m.index!;
    const end = start + m[0].length;
    if (start < span.end && end > span.start) return false;
    if (/^(Wijkbot|Zet|Ze|We|Wij|Ik|Het|De|Een|Die|Dat|Partner|Graag|Kun|Kan|Vanaf|Nu|Ook|En|Maar|Dus)$/i.test(m[0])) return false;
    return !findPeopleIn(m[0], w).length;
  });
  return names.length === 1 ? names[0][1] : undefined;
}

/** "we hadden er 40", "er waren 35 ouders", "62 kinderen kwamen er": how many came, said as all there is to the note. */
/** "17 peuters en de bieb wil het elke maand doen": how many came, then more news. */
const COUNT_OPENS_NEWS = /^(\d{1,4})\s+(?:ouders|kinderen|jongeren|deelnemers|bezoekers|bewoners|gezinnen|peuters|leerlingen|kids)\s*(?:,|en\b)\s*\S+(?:\s+\S+){2,}/i;
/** "2400 aanbetaald", "€ 350 betaald", "eerste aanbetaling was 3000 euro": money paid, said in news. */
const PAID_IN_NEWS = /(?:€\s*(\d[\d.]*(?:,\d{2})?)|\b(\d[\d.]*(?:,\d{2})?)(?:\s*(?:euro|eur))?)\s+(?:aanbetaald|betaald|uitgegeven)\b|\b(?:aanbetaling|eerste betaling)\s+(?:was|is|van|bedroeg)\s+(?:€\s*)?(\d[\d.]*(?:,\d{2})?)(?:\s*(?:euro|eur))?(?![\d])/i;
const COUNT_OF_THE_DAY = /^(?:(?:en|dus)\s+)?(?:we hadden er|er waren er|er waren|er kwamen er|er kwamen)\s+(\d{1,5})(?:\s+(?:ouders|kinderen|jongeren|deelnemers|bezoekers|bewoners|gezinnen|peuters|leerlingen|kids))?[\s.!]*$|^(\d{1,5})\s+(?:ouders|kinderen|jongeren|deelnemers|bezoekers|bewoners|gezinnen|peuters|leerlingen|kids)\s+(?:waren er|kwamen er op af|kwamen|gingen mee|gingen er mee|waren erbij|deden mee|hebben meegedaan|zijn geweest|zijn er geweest)[\s.!]*$/i;

/** "mag op klaar", "zet de huiskamer maar op bezig", "ik zet m op bezig", "parkeren graag": a clause that asks for a status. */
const STATUS_ASKED = /^(?:(?:dus|en|so|daarom|ok|oke|dan)\s+)*(?:(?:(?:ik|we|wij)\s+)?(?:zet|zetten|doe|mag|kan|kun)\s+(?:je\s+|jij\s+|u\s+)?(?:[\p{L}\d'-]+\s+){0,5}?(?:(?:maar|even|ff|nu|dan|gewoon|meteen)\s+)*(?:op|naar)|(?:(?:die|dat|het|hij|ie|deze|hem)\s+)?(?:mag|kan|moet|mogen|kunnen|moeten)\s+(?:(?:nu|wel|dus|gewoon|maar|dan|meteen)\s+)*(?:van\s+(?:gepland|bezig|klaar|gestopt|geparkeerd)\s+)?(?:op|naar))\s+(klaar|bezig|gestopt|geparkeerd|af|done|pauze|stop|on hold)(?:\s+(?:zetten|gezet|worden|graag|aub|svp|pls|please|hoor|dank je|dankjewel|bedankt))*$|^(?:(?:dus|en|dan)\s+)?(parkeren|stoppen|afvinken|afsluiten|stopzetten)\s+(?:graag|aub|svp|maar|pls|please)$/u;
/** Words of time and emphasis around a status said again ("is gisteravond geweest", "ligt nu even op de plank"). */
const WHEN_WORDS = /\b(gisteravond|gisteren|vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|eergisteren|vorige week|afgelopen \p{L}+|eindelijk|nu|al|echt|inmiddels|officieel|even|voorlopig|helemaal|sinds|vanaf)\b/gu;

/**
 * The status asked for in a clause of its own, with the rest as the note: the clause that names the action loses the name
 * when it starts with it, and a clause that only says the status again is dropped. Undefined when no clause asks, another
 * action or a number for the reach is in it, or the asking clause is the only one.
 */
function statusAskedInClause(text: string, span: ActionSpan<IndexedAction>, spans: ActionSpan<IndexedAction>[]): { sub: StatusHit["sub"]; note: string; reach?: string } | undefined {
  if (spans.some((s) => s.action.id !== span.action.id && (s.exact || s.quality >= 2) && !(s.start < span.end && span.start < s.end))) return undefined;
  const parts = [...text.matchAll(/[^,.;!?\n]+/g)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
  // ("zebrapad is klaar, veilig naar school kan weer op bezig": the clause may open with the action's name.)
  // (Only when another clause says a status of something else, which the readings below would take for the action's.)
  const otherStatus = parts.some((p) => !(span.start >= p.start && span.end <= p.end) && STATUS_WORDS.some((x) => x.pattern.test(fold(p.text))));
  const asking = (p: { text: string; start: number; end: number }) => {
    const opensWithName = otherStatus && span.start >= p.start && span.end <= p.end && contentWords(text.slice(p.start, span.start).replace(/@?wijkbot\b/gi, " ")) === 0;
    const whole = fold(p.text).replace(/^@?wijkbot\s+/, "");
    return opensWithName && !STATUS_ASKED.test(whole) ? fold(text.slice(span.end, p.end)) : whole;
  };
  const askedAt = parts.findIndex((p) => STATUS_ASKED.test(asking(p)));
  if (askedAt < 0 || parts.length < 2) return undefined;
  const m = asking(parts[askedAt]).match(STATUS_ASKED)!;
  const sub = STATUS_SUB[m[1] ?? m[2]];
  if (!sub) return undefined;
  // ("…, zet maar op klaar. bereik 37 ouders": the reach said in a clause of its own goes with it; other numbers for a field
  // are another reading.)
  const reachOf = (p: string) => fold(p).match(/^(?:(?:en|het|ons)\s+)?(?:bereik|bereikt)\s*(?:is|was|van)?\s*(\d{1,5})(?:\s+\p{L}+)?$|^(?:we hebben\s+)?(\d{1,5})\s+\p{L}+\s+bereikt$/u);
  const reachAt = parts.findIndex((p, i) => i !== askedAt && reachOf(p.text));
  if (parts.some((p, i) => i !== askedAt && i !== reachAt && /\d/.test(p.text) && /\b(bereik|bereikt|beoogd|begroot|besteed|euro|deadline)\b|€/i.test(p.text))) return undefined;
  // (With a count said before the status, or the status asked of "die"/"dat", the readings below know better.)
  if (reachAt >= 0 && reachAt < askedAt) return undefined;
  if (/^(?:(?:dus|en|so|daarom|ok|oke|dan)\s+)*(?:die|dat|het|hij|ie|deze|hem)\s/.test(fold(parts[askedAt].text))) return undefined;
  const reachMatch = reachAt >= 0 ? reachOf(parts[reachAt].text) : null;
  const reach = reachMatch ? (reachMatch[1] ?? reachMatch[2]) : undefined;
  const kept: string[] = [];
  for (const [i, p] of parts.entries()) {
    if (i === askedAt || i === reachAt) continue;
    // ("staat ineens op klaar maar we zijn nog bezig", "peter heeft hem per ongeluk op klaar gezet": about what the overview
    // shows, not news about the action.)
    if (ABOUT_THE_RECORD.test(fold(p.text))) continue;
    // ("Peter meldde net dat de speeltuin klaar is, zet hem maar op klaar": who said it, and the status said again.)
    if (span.start >= p.start && span.end <= p.end) {
      const before = fold(text.slice(p.start, span.start).replace(/@?wijkbot\b/gi, " "));
      const after = fold(text.slice(span.end, p.end)).replace(WHEN_WORDS, " ").replace(/\s+/g, " ").trim();
      if (ATTRIBUTED.test(before) && (restatesStatus(after, sub) || restatesEvent(after, sub))) continue;
    }
    let said = p.text;
    // (The name that opens a clause says which action; inside a sentence it is part of the news.)
    if (span.start >= p.start && span.end <= p.end && contentWords(withoutPreamble(text.slice(p.start, span.start).replace(/@?wijkbot\b/gi, " "))) === 0) said = text.slice(span.end, p.end);
    said = said.replace(/^\s*@?wijkbot\b[\s,:]*/i, "").replace(/\s*@?wijkbot\s*$/i, "");
    const folded = fold(said).replace(WHEN_WORDS, " ").replace(/\s+/g, " ").trim();
    const nameOpens = said !== p.text;
    if (!contentWords(said) || restatesStatus(folded, sub) || (nameOpens && restatesEvent(folded, sub)) || /^(?:dank (?:je|u)(?: wel)?|bedankt|thanks|top|super|groetjes|gr)$/.test(fold(said))) continue;
    kept.push(said.trim());
  }
  return { sub, note: trimNote(kept.join(", ")), reach };
}

/** "staat ineens op klaar", "per ongeluk op klaar gezet", "youssef vergiste zich": a clause about what the overview shows. */
const ABOUT_THE_RECORD = /\b(per ongeluk|per abuis|abusievelijk|ten onrechte|vergist|vergiste|vergissing|foutje|(?:staat|stond|staan|stonden) (?:\p{L}+ ){0,3}op (?:klaar|bezig|gepland|gestopt|geparkeerd|te laat)|op (?:klaar|bezig|gestopt|geparkeerd) gezet|(?:is|was) (?:helemaal |toch |dus )?niet (?:gestopt|klaar|af|geparkeerd))\b/u;
/** "Peter meldde net dat de", "Youssef is verhinderd maar liet weten dat": who said it, before the name. */
const ATTRIBUTED = /^\s*$|\b(meldde|meldt|melden|zei|zegt|liet weten|laat weten|vertelde|vertelt|appte|appt|mailde|belde|hoorde)\b(?:\s+\p{L}+){0,3}\s+dat(?:\s+(?:de|het))?\s*$/u;

/**
 * "ouderavond gehad", "was gisteren", "vandaag open gegaan", "kan weer van de parkeerplaats af", "pakken we toch weer op":
 * what happened to the action said right after its name, which is the status asked for in other words.
 */
function restatesEvent(rest: string, sub: StatusHit["sub"]): boolean {
  const event = sub === "klaar" ? /\b(gehad|gehouden|geweest|was|waren|binnen|staat|staan|aangevraagd en binnen)\b/ : sub === "bezig" ? /\b(open gegaan|opengegaan|open|geopend|van de parkeerplaats af|van de plank|weer op|op gang)\b/ : null;
  // ("het watertappunt van Fatima staat": whose it is, said with the name.)
  rest = rest.replace(/^van \p{L}+ /u, "");
  if (!event || !rest || rest.split(" ").length > 6 || !event.test(rest)) return false;
  return contentWords(rest.replace(new RegExp(event.source, "g"), " ").replace(/\b(is|was|zijn|er|ook|weer|toch|we|wij|ze|kan|mag|pakken|gewoon|dus|eindelijk|en|die|hij|ie|m|hem)\b/g, " ")) === 0;
}

/** A short note that only says the status again ("we gaan ermee verder" after "weer oppakken"). */
function restatesStatus(note: string, sub: StatusHit["sub"]): boolean {
  if (!note || note.split(/\s+/).length > 6) return false;
  // ("veilig naar school loopt nog gewoon hoor, niks klaar": a status denied after it is the same thing said again.)
  if (/^(?:dus\s+|maar\s+)?(?:niks|niets|niet|nog niet|nog lang niet|helemaal niet|zeker niet|not)\s+(?:klaar|af|gedaan|afgerond|gestopt|done|finished)[\s.!]*$/i.test(fold(note))) return true;
  // ("…weer oppakken dus van geparkeerd naar bezig": from the old status to the new one, said again.)
  if (/^(?:dus\s+|en\s+|so\s+)?(?:(?:van|from)\s+(?:gepland|bezig|klaar|gestopt|geparkeerd|planned|parked|stopped)\s+)?(?:naar|op|to)\s+(?:gepland|bezig|klaar|gestopt|geparkeerd|af|done)[\s.!]*$/i.test(fold(note))) return true;
  const pattern = STATUS_WORDS.find((s) => s.sub === sub)!.pattern;
  const folded = sameLengthFold(note);
  // ("wil je hem op klaar zetten": the request said again, not a reason.)
  return pattern.test(folded) && contentWords(folded.replace(new RegExp(pattern.source, "g"), " ").replace(/\b(ermee|er|mee|weer|gewoon|verder|wil|wilt|kun|kunt|kan|je|jij|u|hem|m|em|het|mag|mogen|ook|ff|die|op|zetten|zet|even|aub|graag|maar|dan|please|gaan|gaat|ga|zijn|is|nu|al|lekker)\b/g, " ")) === 0;
}

/**
 * The note without a clause that only asks for the status again ("kraan is aangesloten, zet m maar op klaar 💧" →
 * "kraan is aangesloten"): the request is carried out, not kept as news.
 */
function withoutRestatedClauses(note: string, sub: StatusHit["sub"]): string {
  if (restatesStatus(note, sub)) return "";
  // ("kraan zit erin en doet het 💧💧 zet maar op klaar": an emoji ends a clause like a comma.)
  const split = (x: string) => x.split(/(?<=[,.;!?\p{Extended_Pictographic}\uFE0F])\s+/u);
  const parts = split(note);
  while (parts.length > 1 && restatesStatus(parts.at(-1)!.replace(/^[\s,.;!?]+|[\s,.;!?]+$/g, ""), sub)) parts.pop();
  while (parts.length > 1 && restatesStatus(parts[0].replace(/^[\s,.;!?]+|[\s,.;!?]+$/g, ""), sub)) parts.shift();
  return parts.length === split(note).length ? note : trimNote(parts.join(" "));
}

/** "… naar achteren ivm de toetsweek": a reason said after the new value. */
function reasonNote(text: string, value: string): string {
  const m = text.match(/\s(?:want|omdat|ivm|i\.v\.m\.?|vanwege|wegens|doordat|because|due to)\s+(.+)$/i);
  if (!m) return "";
  const note = trimNote(m[1]);
  // ("… een week later want de hovenier kan pas later": the shift's own words are no restatement.)
  const valueWords = fold(value).split(" ").filter((w) => /\d/.test(w) || (w.length >= 4 && !/^(later|eerder|week|weken|dagen|maand|maanden|naar)$/.test(w)));
  if (valueWords.some((w) => ` ${fold(note)} `.includes(` ${w} `))) return "";
  return contentWords(note) >= 1 ? note : "";
}

/**
 * The clauses between the one that names the action and the one with the new value, when they say something of their own
 * ("wijkwebsite duurt langer, de teksten zijn nog niet binnen. zet de deadline 3 weken later" → "de teksten zijn nog niet binnen").
 */
function noteBetween(text: string, span: ActionSpan<IndexedAction>, value: string): string {
  const valueWords = fold(value)
    .split(" ")
    .filter((w) => /\d/.test(w) || (w.length >= 3 && !/^(besteed|begroot|beoogd|van|een|later|eerder|week|weken|dag|dagen|maand|maanden)$/.test(w)));
  if (!valueWords.length) return "";
  const parts = [...text.matchAll(/[^,.;!?]+(?:[,.;!?]+|$)/g)];
  const named = parts.findIndex((m) => m.index! <= span.start && span.start < m.index! + m[0].length);
  const valued = parts.findIndex((m, i) => i > named && valueWords.some((w) => ` ${fold(m[0])} `.includes(` ${w} `) || (/\d/.test(w) && fold(m[0]).includes(w.replace(/[^\d]/g, "")))));
  if (named < 0 || valued <= named + 1) return "";
  // (The full stop that ends it before the command is not part of it.)
  const note = trimNote(text.slice(parts[named + 1].index!, parts[valued].index!)).replace(/\.+$/, "");
  // ("…: Daan erbij. nee wacht, Daan vervangt Lisa": words that take back what was said are no note.)
  return contentWords(note) >= 2 && !/^(?:(?:nee|wacht|sorry|oeps|of|ik|bedoel|ho|stop|correctie|eh|uh|toch)\s*)+$/.test(fold(note)) ? note : "";
}

/** The sentences and clauses of a message. */
function clauses(text: string): string[] {
  return text.split(/[,.;!?]+|\s[-–—]\s|\b(?:want|omdat)\b/i).filter((c) => c.trim());
}

function textAfterColon(text: string): string | undefined {
  // ("Mediawijzer.net": a dot inside a word does not end the name.)
  const m = text.match(/:\s*((?:[^,.;!?]|\.(?=\S)){2,80})\s*[.!]?$/);
  return m ? m[1].trim() : undefined;
}

/** People of the wijk named in the text: @mentions, or names as words ("Daan en ik"). */
function findPeopleIn(text: string, w: UnderstandWorld): string[] {
  const at = [...text.matchAll(/@([\p{L}][\p{L}\p{N}_.-]*)/gu)].map((m) => m[1]);
  if (at.length) return at;
  const found: string[] = [];
  const f = ` ${fold(text)} `;
  for (const p of w.people) {
    const name = fold(p.displayName);
    const first = name.split(" ")[0];
    if (name && (f.includes(` ${name} `) || (first.length >= 3 && f.includes(` ${first} `) && /^\p{Lu}/u.test(p.displayName)))) found.push(p.displayName);
  }
  const single = findPersonIn(text, w.people);
  if (found.length || single) return found.length ? found : [single!];
  const misTyped = nameTypedNear(text, w.people);
  return misTyped ? [misTyped] : [];
}


/** Money in a note: "€ 40", "87,50", "12,-", "60 euro", "van de 8000", "nog 800 over". */
const MONEY_IN_NOTE = /€|(?<![\p{L}\p{N}])\d+(?:\.\d{3})*(?:,\d{2}|,-)(?![\p{N}])|\b\d+\s*(?:euro|eur|k)\b|\b(?:van|uit)\s+de\s+\d{3,}\b|\bnog\s+\d{2,}\s+over\b|\b\d+\s*(?:x|keer)\s*\d+[.,]\d{2}\b|\b(?:a|à|á)\s+\d+[.,]\d{2}\b/iu;
/** An organisation (a capitalised name, not at the start of a sentence only) that joins in, gives, pays or helps. */
const ORGANISATION_JOINS = /(?:^|[\s,(])(?:(?:de|het|van de|van het)\s+)?\p{Lu}[\p{L}&'.-]{2,}(?:\s+\p{Lu}[\p{L}&'.-]+)*\s+(?:(?:\p{Ll}+,?\s+){0,3}?(?:doet|doen|wil|willen|gaat|gaan|komt|komen)\s+(?:\p{Ll}+\s+){0,3}?(?:mee|meedoen|helpen|aansluiten|sponsoren)\b|(?:\p{Ll}+\s+){0,8}?(?:geeft|geven|levert|leveren|sponsort|sponsoren|betaalt|betalen|financiert|financieren)\b)/u;

/** News that may be meant for the budget (money in it) or the partners (an organisation that joins): never noted at once. */
function mayBeBudgetOrPartner(note: string): boolean {
  return MONEY_IN_NOTE.test(note) || ORGANISATION_JOINS.test(note);
}

/** "+45 bereikt", "+12 kids": a count said as an addition (not money: "+ €40"). */
const PLUS_COUNT = /(?:^|\s)\+\s?(\d{1,5})(?!\s*(?:euro|eur|€|,\d|\.\d))(?=\s+(?:\p{L}+\s+)?(?:bereikt|kinderen|kids|jongeren|ouders|deelnemers|leerlingen|gezinnen|bewoners|peuters|reached)\b)/iu;

function readReach(said: string, details?: { reachReached?: number | null }, saidRest = said): string | undefined {
  // ("zes bewoners", "vijfentwintig kinderen": dictated counts as digits, for the count only.)
  // ("we zitten nu op 212", "now we have 16", "de teller staat op 80": where the count stands now, said as the total.)
  // ("handtekeningen staat nu op 260 van de 300": how many of how many, said so.)
  const standsAt = (x: string) => x.replace(/\b(?:now we have|we now have|we have now|now we re at|we re now at|nu hebben we er|we hebben er nu|nu zitten we op|we zitten nu op|we zitten inmiddels op|we staan nu op|de teller staat nu op|de teller staat op)\s+(?=\d)/g, "totaal nu ").replace(/\b(?:staat|staan|zit|zitten)\s+(?:nu\s+|inmiddels\s+|al\s+|intussen\s+)?op\s+(?=\d{1,6}\s+(?:van de|van|uit)\s+\d)/g, "totaal nu ");
  const f = standsAt(numberWordsToDigits(said));
  const restFolded = standsAt(numberWordsToDigits(saidRest));
  // ("bereik beoogd 25 kinderen en tot nu toe 18": what is aimed at, then how many so far — reached of intended.)
  const aimedSoFar = f.match(/\b(?:beoogd|beoogde|doel|target)\s+(?:is\s+|van\s+|naar\s+|mag naar\s+)?(\d+)(?:\s+\p{L}+)?\s+(?:en\s+)?(?:tot nu toe|tot dusver|inmiddels|so far)\s+(?:al\s+)?(\d+)(?:\s+\p{L}+)?$/u);
  if (aimedSoFar && Number(aimedSoFar[2]) <= Number(aimedSoFar[1])) return `${aimedSoFar[2]} van ${aimedSoFar[1]}`;
  // ("bereik naar 18 en beoogd mag naar 30": both, each said with its own word.)
  const bothSaid = f.match(/\b(?:bereik|bereikt)\s+(?:is\s+|naar\s+|op\s+|nu\s+|mag naar\s+|gaat naar\s+)*(\d+)(?:\s+\p{L}+)?\s+(?:en\s+)?(?:het\s+)?(?:beoogd|beoogde|doel|target)\s+(?:is\s+|naar\s+|op\s+|mag\s+|gaat\s+|wordt\s+)*(\d+)\b/u);
  if (bothSaid && Number(bothSaid[1]) <= Number(bothSaid[2])) return `${bothSaid[1]} van ${bothSaid[2]}`;
  // ("huiswerkbegeleiding 18 van de 30": the action's name, then nothing but how many of how many — the reach, shown first.)
  const bareOutOf = restFolded.trim().match(/^(\d+)\s+(?:(?:kinderen|kids|jongeren|ouders|deelnemers|gezinnen|leerlingen|bewoners)\s+)?(?:van de|van|uit|op|out of|of)\s+(\d+)(?:\s+(?:kinderen|kids|jongeren|ouders|deelnemers|gezinnen|leerlingen|bewoners))?$/);
  if (bareOutOf && Number(bareOutOf[1]) <= Number(bareOutOf[2])) return `${bareOutOf[1]} van ${bareOutOf[2]}`;
  // ("veilig naar school 80 kinderen": the name, then nothing but a count — the reach.)
  // ("… dus het bereik gaat omhoog met 150 kinderen": that many on top of what was reached.)
  const upBy = f.match(/\b(?:bereik|reach)\s+(?:gaat|ging|is|goes|went)\s+(?:\w+\s+)?(?:omhoog|hoger|up)\s+(?:met|by)\s+(\d+)\b/);
  if (upBy && details) return String((details.reachReached ?? 0) + Number(upBy[1]));
  const bareCount = restFolded.trim().match(/^(?:bereik\s+)?(\d+)\s+(?:kinderen|kids|jongeren|leerlingen|deelnemers|children|kids reached)$/);
  if (bareCount) return bareCount[1];
  // ("wijkplan jonge kind nog 6 bij": more reached, on top of what was.)
  // (Money is not a count: "nog 40 euro erbij voor rekenspelletjes".)
  // ("weer 45 jongeren getekend" of a petition that counts its signatures as the reach: that many more.)
  // ("er zijn 35 kinderen bij bereikt", "15 kinderen vergeten mee te tellen, tel die er nog even bij": that many more too.)
  const more = /€|\beuro|\beur\b/.test(said) ? null : f.match(/\b(?:nog|weer) (\d+) (?:\p{L}+ ){0,4}(?:bij|erbij)\b|\b(?:nog|weer) (\d+) (?:\p{L}+ ){1,2}(?:getekend|ondertekend|opgehaald|verzameld)\b|\b(\d+) (?:\p{L}+ ){0,2}(?:bij|erbij) (?:bereikt|gekomen|geteld)\b|\b(\d+) (?:\p{L}+ ){0,2}vergeten (?:mee )?te tellen\b|\b(\d+) (?:more|extra) (?:\p{L}+ ){0,2}(?:signed up|joined|registered|came|reached|aangemeld|ingeschreven|bijgekomen)\b/u);
  const counts = [...f.matchAll(/\b(\d+)\s+(?:(?:vaste|nieuwe|extra|unieke|verschillende|new|regular|more)\s+)?(kinderen|kids|jongeren|ouders|deelnemers|mensen|leerlingen|lln|gezinnen|bewoners|scholen|vaders|moeders|meiden|jongens|peuters|kindjes|kindertjes|peutertjes|kleuters|kleutertjes|tieners|pubers|meisjes|dreumesen|baby s|babys|bezoekers|handtekeningen|handtekening|kinderen en ouders|kindren|kinders|children|young people|parents|participants|people|families|pupils|students|residents|schools|signatures)\b/g)];
  // (The number after "bereik" or "beoogd" is read with the action's name left out: "beoogd bereik wijkplan jonge kind naar 200".)
  const bare =
    restFolded.match(/\b(?:bereik|bereikt|reach|reached)\s+(?:is\s+|was\s+|van\s+|naar\s+|op\s+|nu\s+|staat op\s+|on\s+|to\s+|at\s+|now\s+|(?:mag|moet|kan|gaat)\s+(?:naar|op)\s+)*(\d+)\b/) ??
    // ("2e schil 85 bereikt": the number right before the word.)
    restFolded.match(/\b(\d+)\s+(?:bereikt|reached)\b/) ??
    // ("bereik veilig naar school klopt niet, moet 300 zijn")
    restFolded.match(/\b(?:bereik|bereikt|reach|reached)\b[^.;!?\d]{0,30}?\b(?:moet|moeten|wordt|is eigenlijk|should be|must be)\s+(\d+)\b/);
  // ("het beoogde aantal mag van 40 naar 50": what it becomes, not what it was.)
  const target = restFolded.match(/\b(?:beoogde?|doel|streven|streefgetal|target|goal)\b(?:\s+\S+){0,5}?\s+van\s+\d+\s+(?:naar|tot|to)\s+(\d+)\b/) ?? restFolded.match(/\b(?:bereik|reach)\s+(?:bijstellen|bijgesteld|verhogen|verhoogd|verlagen|verlaagd|ophogen|opgehoogd|omhoog|omlaag)\s+(?:naar|tot|to|op)\s+(\d+)|\b(?:beoogde?|doel|streven|streefgetal|streefcijfer|doelstelling|doelgetal|target|goal|aim)\b\s*(?:(?:bereik|aantal|bijstellen|bijgesteld|aanpassen|aangepast|verhogen|verhoogd|verlagen|verlaagd|omlaag|omhoog|terug|zetten|wordt|is|was|van|of|naar|op|to|mag|moet|kan|gaat|nu|de|het|the|voor|for|bedraagt|bedroeg|ligt|komt|uit|alle|all|dit|jaar|schooljaar|this|year|\d{4})\s+)*(\d+)(?!\d)|\b(\d+)\s+(?:\w+\s+)?(?:beoogd|als doel)\b|\b(?:willen|wil|wilden|wouden|hopen|hoopten|mikken|mikten)\s+(?:we\s+|wij\s+)?er\s+(?:in totaal\s+|graag\s+|uiteindelijk\s+)?(\d+)\b/);
  if (more && details?.reachReached !== undefined && details.reachReached !== null && (!target || /\b(blijft|blijven|stays|unchanged)\b/.test(f))) return String(details.reachReached + Number(more[1] ?? more[2] ?? more[3] ?? more[4] ?? more[5]));
  if (!counts.length && !bare && !target && !/\b(totaal|in totaal|total)\s+(nu\s+|is\s+)*\d/.test(restFolded)) return undefined;
  if (!/\b(staat op|staan op|zit op|zitten op|(?:staat|staan|zit|zitten) (?:nu|inmiddels|al|intussen|dus) op|teller staat|bereikt|bereik|bereiken|geweest|meegedaan|bijgekomen|bij gekomen|erbij gekomen|erbij|heeft nu|hebben nu|zijn er nu|er zijn nu|doen nu mee|komen nu|zitten nu|zitten er nu|zitten er|mee gedaan|deelgenomen|kwamen|waren er|hadden we|reached|(?:we |now |we now )reach|reach (?:on|to|at|is|now)|came|joined|took part|attended|beoogde?|doel|streven|target|verwacht|verwachten|opgehaald|verzameld|willen we|we willen|aangemeld|ingeschreven|gehad|gezien|geholpen|mikken|halen|totaal|total|aim|aiming|goal|streefgetal|streefcijfer|doelstelling|doelgetal|hopen op|hopen we op|rekenen op|rekenen we op|mikken op|mikken we op|hoping for|expecting|eindstand|tussenstand|teller|tellerstand|tot nu toe|tot dusver|so far|uiteindelijk|in the end)\b/.test(f) && !/\b\d+ \p{L}+,? niet \d+\b/u.test(f)) return undefined;
  // ("er komen nu gemiddeld 15 bewoners per week": how many come each time is news about the action, not its reach.)
  if ((/\b(gemiddeld|gemiddelde|gemiddeld genomen|average|on average)\b/.test(f) || /\b\d+\s+(?:\p{L}+\s+){0,2}(?:per|elke|iedere|a|each)\s+(?:week|keer|maand|dag|les|avond|ochtend|middag|bijeenkomst|sessie|session|time)\b/u.test(f)) && !/\b(bereik|bereikt|bereiken|reach|reached|totaal|in totaal|total|beoogd|doel)\b/.test(f)) return undefined;
  // ("er hebben zich al 48 kinderen aangemeld": who signed up has not been reached yet — news, a note.)
  if (/\b(aangemeld|ingeschreven|aanmeldingen|inschrijvingen|signed up|registered)\b/.test(f) && !/\b(bereik|bereikt|bereiken|reach|reached|beoogd|doel|streefgetal)\b/.test(f)) return undefined;
  // "140 van de 160 kinderen bereikt": reached of intended.
  // ("bereik 21 van de beoogde 30": the intended count named as such.)
  const outOf = f.match(/\b(\d+)\s+(?:[a-z]+\s+){0,2}(?:van de|van|uit|op de|out of|of)\s+(?:(?:beoogde|geplande|verwachte|intended)\s+)?(\d+)\b/);
  if (outOf && Number(outOf[1]) <= Number(outOf[2]) && /\b(bereikt|bereik|reached|reach|meegedaan|deelgenomen|geweest)\b/.test(f)) return `${outOf[1]} van ${outOf[2]}`;
  // "vanochtend 7 ouders geweest": who came to one session is news, not the total reached (a note).
  // ("12 kids came on saturday", "zaterdag waren er 14": the count of one day is news too.)
  if (/\b(vanochtend|vanmiddag|vanavond|vandaag|gisteren|gisteravond|gistermiddag|vanmorgen|deze week|vorige week|afgelopen week|dit weekend|afgelopen weekend|this morning|today|yesterday|this week|last week|afgelopen (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|(on|last) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(middag|ochtend|avond)?\s+(waren|kwamen|hadden)|(waren|kwamen) (er )?(\w+ ){0,3}(op|afgelopen) (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag))\b/.test(f) && !/\b(bereik|bereikt|bereiken|totaal|in totaal|erbij|bijgekomen|bij gekomen|reach|reached|beoogd|doel)\b/.test(f)) return undefined;
  // "bewonersavond geweest, 30 mensen": the count of one evening or session is news (a note), unless it says it is the reach.
  // ("de moestuin is heel goed gegaan, 14 kinderen waren er": how one occasion went.)
  if (/\b\w*(avond|ochtend|middag|bijeenkomst|sessie|workshop|inloop|spreekuur|training)\b|\b(les|lessen|gastles|keer|koffie|koffiemoment|ontbijt|lunch)\b|\b(is|zijn|ging|gingen) (\w+ ){0,2}(goed|leuk|prima|mooi|top|geweldig) gegaan\b|\b(goed|leuk|prima|mooi|top) (is|zijn) gegaan\b|\bging (heel |erg |super )?(goed|leuk|prima|top)\b/.test(restFolded) && !/\b(bereik|bereikt|bereiken|totaal|in totaal|erbij|bijgekomen|bij gekomen|reach|reached|beoogd|doel|streefgetal|streefcijfer)\b/.test(f)) return undefined;
  // ("we hopen op 50 ouders", "we rekenen op 40 kinderen": what is hoped for is the intended reach.)
  // ("Youssef zegt dat ze op 80 ouders mikken", "aiming for 24 kids": the same, said the other way round or in English.)
  // ("we gaan voor 60 jongeren ipv 40": what they go for is the intended reach.)
  const wants = /\b(?:we|wij)\s+gaan\s+(?:nu\s+|dit jaar\s+|dus\s+)?voor\s+(?:zo n\s+|ongeveer\s+)?\d+\s+\p{L}+/u.test(f) || (/\b(willen|wil|gaan|hopen|mikken|verwachten|want to|aim|expect)\b/.test(f) && /\b(bereiken|reach|halen|meenemen|ontvangen|laten meedoen)\b/.test(f)) || /\bop (?:zo n |zon |ongeveer |rond de )?\d+ (?:\w+ )?(?:mikken|mikt|mikte|mikten|hopen|rekenen)\b|\b(?:aiming|aim|hoping|hope) (?:for|at) (?:about |around )?\d+\b/.test(f) || /\b(hopen|rekenen|mikken) (we |wij )?(nu |dan |eigenlijk |voortaan )?op (\w+ )?\d+|\b(hoping for|expecting) \d+|\b(?:aiming|aim|aimed|going) (?:for|at) (?:\w+ )?\d+/.test(f) ||
    // ("we verwachten zo'n 110 kinderen": the number expected is the intended reach.)
    /\b(?:(?:we|wij|ze|zij|they|we re|we are) (?:\w+ )?(?:verwachten|expect|are expecting)|(?:verwachten|verwacht) (?:we|wij|ze|zij)) (?:er )?(?:\w+ )?(?:zo n |zon |ongeveer |rond de |circa |ca |about |around |some )?\d+\b/.test(f);
  // "deze maand kwamen er 14 bewoners, totaal nu 31": the total is the reach.
  // ("…nog 15 gezinnen gesproken, dus we zitten op 55": where the count stands now is the total.)
  const total = restFolded.match(/\b(?:totaal|in totaal|total|totaal aantal)\s+(?:nu\s+|is\s+|van\s+|op\s+)*(\d+)\b/) ?? restFolded.match(/\b(?:we|wij|ze|zij|het|de teller)\s+(?:zitten|zit|staan|staat|komen|komt|zijn)\s+(?:nu\s+|dus\s+|al\s+|dan\s+|in totaal\s+)*(?:op|aan)\s+(\d+)\b/);
  // ("3 scholen doen mee, 250 kinderen bereikt": the count said as reached.)
  // ("beoogd 56 leerlingen, bereikt tot nu toe 28": the count after the word, too.)
  const reachedCount = f.match(/\b(\d+)\s+(?:\p{L}+\s+){0,2}(?:bereikt|reached)\b/u) ?? f.match(/\b(?:bereikt|reached)\s+(?:(?:tot nu toe|tot dusver|so far|al|nu|inmiddels)\s+)*(\d+)\b/);
  const first = total?.[1] ?? bare?.[1] ?? reachedCount?.[1] ?? counts[0]?.[1];
  if (target) {
    const intended = target[1] ?? target[2] ?? target[3] ?? target[4];
    return first && first !== intended ? `${first} van ${intended}` : `beoogd ${intended}`;
  }
  if (wants && first) return `beoogd ${first}`;
  // "er zijn 8 kinderen bijgekomen": added to what was reached.
  // "nog 30 jongeren bereikt op de scholen": reached on top of what was.
  // ("en nog 3 ouders extra deze week, totaal nu 43": the total said is the total, not one more to add.)
  // ("er zijn 5 nieuwe kinderen bij de huiswerkbegeleiding": new ones come on top too.)
  if (first && !bare && !total && details?.reachReached && /\b(bijgekomen|bij gekomen|erbij gekomen|erbij|extra|\d+ nieuwe|nog (\d+) (\w+ )?(bij|erbij)|nog (eens )?(\d+) (\w+ ){1,2}(bereikt|opgehaald|verzameld)|weer (\d+) (\w+ ){1,2}bereikt|again|more|another)\b/.test(f)) return String(details.reachReached + Number(first));
  return first;
}

/** "de gemeente geeft er 1500 voor", "lefier draagt 2000 bij": an amount given for it, which is its budget — euro said or not. */
const GIVEN_FOR = /\b(?:geeft|geven|gaf|gaven)\s+(?:er\s+|ons\s+|jullie\s+)?(?:(?:nog|ook|wel|dus)\s+)*(?:€\s*)?(\d[\d.,]*k?)\s*(?:euro\s+|eur\s+)?(?:voor|aan)\b|\b(?:draagt|dragen|droeg)\s+(?:er\s+)?(?:(?:nog|ook|wel)\s+)*(?:€\s*)?(\d[\d.,]*k?)\s*(?:euro\s+|eur\s+)?(?:aan\s+)?bij\b/i;

function readBudget(typed: string, folded: string, details?: { spentCents: number | null; plannedCents: number | null }, allowBoth = false): string | undefined {
  // ("vijfhonderd euro besteed": a dictated amount as digits, for the amount only.)
  const text = /\d/.test(typed) ? typed : numberWordsToDigits(folded);
  const f = numberWordsToDigits(folded);
  // "nog 300 euro over van het budget", "restant 450", "€200 left": what is left is neither the budget nor what was spent.
  // ("120 euro uitgegeven, nog 300 over": the amount spent still counts; the clause about what is left does not.)
  // ("de gasunie biedt 750 euro aan … nog niet ontvangen", "de bouwer vraagt 3k, nog niet getekend": offered or asked, not spent
  // — a note, unless the budget or what was spent is named.)
  const offered = /\b(biedt|bieden|bood|boden|aanbod|aangeboden|vraagt|vroeg|offerte|offertes|prijsopgave|quote|offers?|offered)\b|\bnog niet (\w+ )?(ontvangen|betaald|getekend|binnen|overgemaakt|uitgegeven|besteed|gestort|toegekend)\b/.test(f);
  if (offered && !/\b(begroot|begroting|budget|besteed|uitgegeven|betaald|spent|paid)\b/.test(f.replace(/\bnog niet (\w+ )?(betaald|uitgegeven|besteed)\b/g, " "))) return undefined;
  // ("begroting zomerkamp verhogen met 500", "budget 200 omlaag": a change by an amount — the new total when the budget is
  // known, else nothing read (asked, never set to the amount said).)
  const by = f.match(/\b(?:verhogen|verhoogd|ophogen|opgehoogd|omhoog|erbij|verlagen|verlaagd|omlaag|eraf|minder|meer|increase|decrease|raise|lower)\s+(?:met|by)\s+(?:eur\s+|euro\s+)?(\d[\d.,]*)\b|\b(?:met|by)\s+(?:eur\s+|euro\s+)?(\d[\d.,]*)\s+(?:euro\s+)?(?:verhogen|verhoogd|ophogen|omhoog|verlagen|verlaagd|omlaag|increase|decrease|raise|lower)\b|\b(\d[\d.,]*)\s+(?:euro\s+)?(?:omhoog|omlaag|erbij|eraf|bij gekomen|bijgekomen|erbij gekomen|bij gekregen|erbij gekregen|extra bij)\b/);
  // ("er is 500 euro bij gekomen in de begroting": added to it.)
  if (by && /\b(begroting|begroot|budget)\b/.test(f)) {
    const amount = parseEuros(by[1] ?? by[2] ?? by[3]);
    const down = /\b(verlagen|verlaagd|omlaag|eraf|minder|decrease|lower)\b/.test(f);
    if (amount === undefined || details?.plannedCents == null) return undefined;
    return `begroot ${formatEuros(details.plannedCents + (down ? -amount : amount))}`;
  }
  // ("zomerkamp mag 3000 kosten", "mag maximaal € 2.500 kosten": what it may cost is its budget.)
  const mayCost = text.match(/\b(?:mag|mogen)\s+(?:(?:maximaal|hooguit|max\.?|ten hoogste|niet meer dan|zo'?n|ongeveer|wel)\s+)?(?:€\s*)?(\d[\d.,]*\d|\d+k?)\s*(?:euro\s*)?kosten\b/i);
  if (mayCost) return `begroot ${mayCost[1]}`;
  const LEFT = /\bnog (€\s*)?\d[\d.,]*k?\s*(euro\s*)?(over|te besteden|te goed)\b|\d\s*(euro\s*)?(over|resterend|left|remaining)\b|\b(restant|resterend|resterende|rest van het budget|left over|remaining)\b/;
  if (LEFT.test(f)) {
    const kept = text.split(/(?<=[,;.])\s+|\s+(?=en nog\b)/).filter((part) => !LEFT.test(fold(part)));
    if (!kept.length || kept.length === text.split(/(?<=[,;.])\s+|\s+(?=en nog\b)/).length) return undefined;
    return readBudget(kept.join(" "), fold(kept.join(" ")), details, allowBoth);
  }
  const amounts = [
    ...text.matchAll(
      /(?:€\s*(\d[\d.,]*(?:\s*k\b)?)|\b(\d[\d.,]*(?:\s*k\b)?)\s*(?:euros?|eur)\b|\b(?:begroot|begroting|budget|besteed|uitgegeven|gekost|betaald|spent|paid|afgerekend|aanbetaald|voorgeschoten|overgemaakt|kost|kosten)\s+(?:(?:van|is|op|gaat|naar|wordt|nu|omhoog|verhoogd|verlaagd|moet|mag|kan|to|now|toch|eigenlijk|maar|ongeveer|zo'?n|tot|toe|al|inmiddels|dusver|zover|so|far)\s+){0,4}(\d[\d.,]*\d?k?)\b|\b(\d[\d.,]*\d|\d|\d+k)\s+(?:\p{L}+\s+)?(?:uitgegeven|besteed|betaald|gekost|kwijt|begroot|gebudgetteerd|toegekend|gereserveerd|spent|paid|budgeted|aanbetaling|aanbetaald|afgerekend|voorgeschoten|overgemaakt)\b)/giu,
    ),
  ];
  // "begroting ouderavond mediawijsheid: 650": the word, the action, then the bare amount at the end.
  // ("moestuin uitgaven tot nu toe: 312,40": the word for what went out, then the amount.)
  // ("schoolontbijt bonnetje van de bakker 84,50", "huiskamr bonnetje 84,50 ☕🍪": a receipt's amount, typed bare.)
  if (!amounts.length && /\b(begroot|begrote|begroting|budget|besteed|uitgegeven|uitgaven|gekost|spent|bonnetje|bonnetjes|kassabon|kassabonnetje|factuur|bon)\b/.test(f)) {
    // ("begroting wijkwebsite wordt 9500": the amount said at the end after "wordt"/"is".)
    // ("begroting zomerkamp 4000": the word first, the action, then only the amount.)
    // ("zet het begrote bedrag van de wijkwebsite op 6500": set to the amount at the end.)
    const trailing = text.match(/(?:[:=]|\b(?:wordt|is nu|gaat naar|wordt nu|becomes|is now)|\bzet\b.*\bop)\s*(\d[\d.,]*\d|\d+k?)\s*(?:euro)?\s*[.!]*$/iu) ?? (/^\s*(?:@?wijkbot[\s,:]*)?(?:de\s+)?(?:begroting|budget)\b/i.test(text) ? text.match(/\s(\d[\d.,]*\d|\d+k?)\s*(?:euro)?\s*[.!]*$/iu) : null);
    if (trailing) amounts.push(Object.assign([trailing[0], trailing[1]], { index: trailing.index, input: text, groups: undefined }) as unknown as RegExpExecArray);
    // ("offerte is 18.500, dat wordt de begroting", "zet de begroting van de speeltuin op 18.000, net besloten": the one amount
    // said, wherever it stands.)
    const bare = [...text.matchAll(/(?<![\d.,:/-])(?!(?:19|20)\d\d(?!\d|\.\d))(\d{1,3}(?:\.\d{3})+(?:,\d{2})?|\d{1,6},\d{2}|\d{1,3}k\b|\d{3,6})(?!\d|[.,:/-]\d|\s*(?:kinderen|ouders|jongeren|deelnemers|leerlingen|mensen|gezinnen|uur|minuten|dagen|weken|procent|%))/g)];
    if (!trailing && bare.length === 1 && !/\b(groep|klas|nummer|nr|punt|week|jaar)\s+$/i.test(text.slice(0, bare[0].index))) amounts.push(Object.assign([bare[0][0], bare[0][1]], { index: bare[0].index, input: text, groups: undefined }) as unknown as RegExpExecArray);
  }
  // "begroting wijkwebsite moet 6500 zijn ipv 8000": the amount it should be; the one it replaces is no value.
  if (/\b(begroot|begroting|budget|besteed|uitgegeven)\b/.test(f)) {
    const shouldBe = text.match(/\b(?:moet|mag|wordt|gaat naar)\s+(?:nu\s+|naar\s+)?(?:€\s*)?(\d[\d.,]*\d|\d+k?)\s*(?:euro\s*)?(?:zijn|worden|wezen)?\b/iu);
    if (shouldBe && !amounts.some((a) => a.index === shouldBe.index)) amounts.push(Object.assign([shouldBe[0], shouldBe[1]], { index: shouldBe.index, input: text, groups: undefined }) as unknown as RegExpExecArray);
  }
  // ("de gemeente geeft er 1500 voor": the amount given, euro said or not.)
  const given = !amounts.length ? text.match(GIVEN_FOR) : null;
  if (given) amounts.push(Object.assign([given[0], given[1] ?? given[2]], { index: given.index, input: text, groups: undefined }) as unknown as RegExpExecArray);
  // ("de begroting gaat van 8000 naar 6500": what it becomes.)
  const fromTo = /\b(begroot|begroting|budget|besteed|uitgegeven)\b/.test(f) ? text.match(/\bvan\s+(?:€\s*)?\d[\d.,]*\s*(?:euro\s*)?naar\s+(?:€\s*)?(\d[\d.,]*\d|\d)/i) : null;
  if (fromTo) amounts.splice(0, amounts.length, Object.assign([fromTo[0], fromTo[1]], { index: fromTo.index! + fromTo[0].length - fromTo[1].length, input: text, groups: undefined }) as unknown as RegExpExecArray);
  // ("… ipv 8000": the amount it was is replaced.)
  const replacedAt = [...text.matchAll(/\b(?:ipv|i\.p\.v\.?|in plaats van|instead of|was eerst|eerst)\s+(?:€\s*)?(\d[\d.,]*)/giu)].map((m) => m.index! + m[0].length - m[1].length);
  if (replacedAt.length && amounts.length > 1) amounts.splice(0, amounts.length, ...amounts.filter((a) => !replacedAt.some((at) => a.index! <= at && at < a.index! + a[0].length)));
  if (!amounts.length) return undefined;
  // "aanbetaling camping gedaan: € 1.200", "nog 40 euro erbij voor rekenspelletjes": money paid out.
  // ("nog eens 60 euro voor de flyers": more money for something.)
  const paidOut =
    /\b(aanbetaling|aanbetaald|betaling|overgemaakt|factuur|rekening betaald|bonnetje|kostte|kosten)\b/.test(f) ||
    // ("zaden en potgrond gekocht voor 64 euro": bought for an amount.)
    (/\b(gekocht|aangeschaft|ingekocht|besteld|gehaald|bought|purchased)\b[^.;!?]*\b(voor|for)\s+(€\s*)?\d/.test(f) && (/€/.test(text) || /\beuro/.test(f))) ||
    ((/\b(erbij|extra)\b/.test(f) || /\b(nog|weer)( eens)? \d+ (euro |eur )?voor (de|het|een)\b/.test(f)) && (/€/.test(text) || /\beuro/.test(f)) && !/\b(gekregen|ontvangen|binnen|toegekend|subsidie|begroot|budget|begroting)\b/.test(f));
  // "lefier trekt 2500 euro uit": money set aside for it, the budget.
  const allocated = /\b(trekt|trekken|trok|trokken)\b[^.;!?]*\d[^.;!?]*\buit\b|\buitgetrokken\b/.test(f);
  // ("moestuin €89,95 aan zaadjes en gieters": an amount spent on things.)
  const spentOn = /(?:€\s*\d[\d.,]*|\b\d[\d.,]*\s*(?:euro|eur)\b)\s+aan\s+(?!de\s+(?:begroting|budget))\p{L}/u.test(text);
  // ("krijgt 750 euro van de gemeente", "van school 900 euro gekregen om te besteden", "maakt 2000 euro vrij": money received for
  // it is its budget.)
  const givenFor = GIVEN_FOR.test(text);
  const received = givenFor || /\b(krijgt|krijgen|kregen|gekregen|ontvangen|ontvangt|ontvingen|vrijgemaakt|beschikbaar gesteld|stelt (?:\w+ ){0,3}beschikbaar|maakt (?:\w+ ){0,4}vrij|maken (?:\w+ ){0,4}vrij)\b/.test(f) && (/€/.test(text) || /\beuro/.test(f)) && !/\b(terug|retour|teruggekregen|terugbetaald|bonnetje|factuur)\b/.test(f);
  if (!paidOut && !allocated && !spentOn && !received && !/\b(uitgegeven|besteed|gekost|betaald|kwijt|uitgave|uitgaven|spent|paid|cost|begroot|begrote|begroting|budget|gebudgetteerd|beschikbaar|subsidie|toegekend|budgeted|gereserveerd|afgerekend|aanbetaald|voorgeschoten|overgemaakt|aanbetaling)\b/.test(f)) return undefined;
  const plannedWord = f.match(/\b(begroot|begrote|begroting|budget|gebudgetteerd|beschikbaar|toegekend|budgeted|gereserveerd|subsidie|uitgetrokken)\b/) ?? (allocated ? ["uit"] : received ? ["gekregen"] : null);
  const spentWord = f.match(/\b(uitgegeven|uitgaven|besteed|gekost|betaald|kwijt|spent|paid|aanbetaald|aanbetaling|afgerekend|voorgeschoten|overgemaakt)\b/) ?? (paidOut || spentOn ? ["paid"] : null);
  const planned = Boolean(plannedWord) && !spentWord;
  // The amount nearest the word that says what it is.
  const anchor = sameLengthFold(text).search(planned ? /\b(begroot|begrote|begroting|budget|gebudgetteerd|beschikbaar|toegekend|budgeted|gereserveerd|subsidie)\b/ : /\b(uitgegeven|uitgaven|besteed|gekost|betaald|kwijt|spent|paid|kost|kosten|aanbetaald|aanbetaling|afgerekend|voorgeschoten)\b/);
  const nearest = [...amounts].sort((a, b) => Math.abs(a.index! - anchor) - Math.abs(b.index! - anchor))[0];
  let value = (nearest[1] ?? nearest[2] ?? nearest[3] ?? nearest[4]).replace(/\s+/g, "").replace(/[.,]$/, "");
  // "begroting 1200, waarvan al 310 uitgegeven": both, each the amount nearest its word.
  // ("zomerkamp: 12k begroot, 2k aanbetaling gedaan": a down payment beside the budget is both too.)
  if (allowBoth && plannedWord && spentWord && amounts.length >= 2 && (!paidOut || /\b(begroot|begroting|budget)\b/.test(f))) {
    const low = sameLengthFold(text);
    const at = (re: RegExp) => low.search(re);
    const near = (anchor: number, not?: RegExpExecArray) => [...amounts].filter((a) => a !== not).sort((a, b) => Math.abs(a.index! - anchor) - Math.abs(b.index! - anchor))[0];
    const plannedAt = near(at(/\b(begroot|begroting|budget|gebudgetteerd|beschikbaar|toegekend|budgeted|gereserveerd|subsidie)\b/));
    const spentAt = near(at(/\b(uitgegeven|besteed|gekost|betaald|kwijt|spent|paid|aanbetaald|aanbetaling|afgerekend|voorgeschoten)\b/), plannedAt);
    const amount = (a: RegExpExecArray) => (a[1] ?? a[2] ?? a[3] ?? a[4]).replace(/\s+/g, "").replace(/[.,]$/, "");
    if (plannedAt && spentAt && amount(plannedAt) !== amount(spentAt)) return `begroot ${amount(plannedAt)} | besteed ${amount(spentAt)}`;
  }
  // "300 euro aan hesjes en nog eens 120 aan stickers": both spent, the total.
  const more = !planned ? text.slice(nearest.index! + nearest[0].length).match(/\b(?:en|plus)\s+(?:nog\s+)?(?:eens\s+|een keer\s+)?(?:€\s*)?(\d[\d.,]*)\s*(?:euro\s+)?(?:aan|voor)\b/iu) : null;
  if (more) {
    const a = parseEuros(value);
    const b = parseEuros(more[1]);
    if (a !== undefined && b !== undefined) value = formatEuros(a + b);
  }
  // "250 uitgegeven aan schriften, en vorige maand was het al 140": what was spent before comes on top (amounts are totals).
  const before = !planned && !more ? text.slice(nearest.index! + nearest[0].length).match(/^[^.;!?]*?[,;]?\s*\ben\s+(?:vorige|afgelopen)\s+(?:week|maand|keer)\s+(?:was\s+(?:het|er)|hadden\s+we)\s+(?:ook\s+)?al\s+(?:€\s*)?(\d[\d.,]*)\s*(?:euro\s*)?(?:uitgegeven\s*)?[.!]*$/iu) : null;
  if (before) {
    const a = parseEuros(value);
    const b = parseEuros(before[1]);
    if (a !== undefined && b !== undefined) value = formatEuros(a + b);
  }
  const kind = planned ? "begroot" : "besteed";
  if (!planned && /\b(weer|nog|extra|erbij|again|another|more)\b/.test(f) && details?.spentCents) {
    const cents = parseEuros(value);
    if (cents !== undefined) value = formatEuros(details.spentCents + cents);
  }
  return `${kind} ${value}`;
}

/**
 * The money said as spent in news, in cents: "nog 800 over van de 2500" (what is left of a budget: the rest spent), "van de
 * 8000 is nu 5.600 op" (what is used of it), or the purchases added up — "87,50 en koffie 12,-", "2x 8,99", "40 hesjes a 4,95",
 * "64 euro 90" — on top of what was spent before. Undefined when no amount is said that way.
 */
function spentIn(said: string, spentBefore: number | null): number | undefined {
  const t = said.replace(/€\s*/g, "");
  const left = t.match(/\bnog\s+(\d[\d.,]*)\s+(?:euro\s+)?over\s+van\s+(?:de|het|onze)?\s*(\d[\d.,]*)\b/i);
  if (left) {
    const [rest, all] = [parseEuros(left[1]), parseEuros(left[2])];
    return rest !== undefined && all !== undefined && all > rest ? all - rest : undefined;
  }
  const used = t.match(/\bvan\s+(?:de|het|onze)\s+(\d[\d.,]*)\s+(?:euro\s+)?(?:is|zijn)\s+(?:nu\s+|al\s+|inmiddels\s+)*(\d[\d.,]*)\s+(?:euro\s+)?(?:op|uitgegeven|besteed|weg)\b/i);
  if (used) {
    const [spent, all] = [parseEuros(used[2]), parseEuros(used[1])];
    return spent !== undefined && all !== undefined && spent <= all ? spent : undefined;
  }
  // ("er komt 6.000 extra uit het wijkbudget", "subsidie van 500 toegekend": money coming in is not spent.)
  if (/\b(komt|komen|kwam|krijgen|krijgt|kregen|gekregen|toegekend|ontvangen|binnen|subsidie|opgehaald|gedoneerd|gift|begroot|begroting|budget)\b/i.test(t)) return undefined;
  let total = 0;
  let found = 0;
  // ("64 euro 90": euros and cents said apart.)
  const spoken = t.replace(/\b(\d+)\s+euro\s+(\d{2})\b/gi, "$1,$2 euro");
  const parts = spoken.matchAll(/(?<![\p{L}\p{N},.])(?:(\d{1,4})\s*(?:x|keer|×)\s*(\d+(?:,\d{2})?)|(\d{1,4})\s+\p{L}+\s+(?:\p{L}+\s+)?(?:a|à|á|van|voor)\s+(\d+,\d{2})(?:\s+per\s+stuk)?|(\d{1,3}(?:\.\d{3})+(?:,\d{2})?|\d+,\d{2}|\d+),-|(\d{1,3}(?:\.\d{3})+(?:,\d{2})?|\d+,\d{2})(?![\p{N}])|(\d+)\s*(?:euro|eur)\b)/giu);
  for (const m of parts) {
    const times = m[1] ?? m[3];
    const each = m[2] ?? m[4];
    const cents = times && each ? (parseEuros(each) ?? NaN) * Number(times) : parseEuros(m[5] ?? m[6] ?? m[7]);
    if (cents === undefined || !Number.isFinite(cents)) return undefined;
    total += cents;
    found++;
  }
  if (!found || total <= 0) return undefined;
  return Math.round(total) + (spentBefore ?? 0);
}

function parseEuros(value: string): number | undefined {
  const k = /k$/i.test(value);
  const body = value.replace(/k$/i, "");
  const normalized = /^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(body) ? body.replace(/\./g, "").replace(",", ".") : body.replace(",", ".");
  const n = Number(normalized);
  return Number.isFinite(n) ? Math.round(n * (k ? 1000 : 1) * 100) : undefined;
}

/** "€ 1.200", "€ 35,50": an amount as the replies show it. */
function euros(cents: number): string {
  const whole = Math.floor(cents / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `€ ${whole}${cents % 100 ? `,${String(cents % 100).padStart(2, "0")}` : ""}`;
}

function formatEuros(cents: number): string {
  return cents % 100 ? (cents / 100).toFixed(2).replace(".", ",") : String(cents / 100);
}

/** Two clauses that each name a different action with a status of its own, as the commands they stand for. */

/** "geldlessen en speeltuin allebei naar 20 maart": the message read once for each of the two names, when both read the same way. */
async function sameChangeForBoth(text: string, spans: ActionSpan<IndexedAction>[], w: UnderstandWorld): Promise<Understanding | undefined> {
  const strong = spans.filter((s) => s.exact || s.quality >= 2);
  const ids = [...new Set(strong.map((s) => s.action.id))];
  if (ids.length !== 2) return undefined;
  const [a, b] = [strong.find((s) => s.action.id === ids[0])!, strong.find((s) => s.action.id === ids[1])!].sort((x, y) => x.start - y.start);
  if (a.end > b.start || !/^\s*(?:,|en|and|&|\+)\s*(?:de|het|the)?\s*$/i.test(text.slice(a.end, b.start))) return undefined;
  const commands: { text: string; pickActionId?: string }[] = [];
  for (const keepFirst of [true, false]) {
    // (The other name and the word that joins them left out.)
    const one = (keepFirst ? `${text.slice(0, a.end)}${text.slice(b.end)}` : `${text.slice(0, a.start)}${text.slice(b.start)}`)
      .replace(/\s*\b(allebei|beide|alle twee|both)\b/i, "")
      .replace(/\s+/g, " ")
      .trim();
    const reading = await readChange(one, fold(one), locateActions(w.index, one), w, false);
    if (!reading || (reading.kind !== "run" && reading.kind !== "confirm") || ("then" in reading && reading.then?.length) || !reading.text.startsWith("/actie ")) return undefined;
    commands.push({ text: reading.text, ...(reading.pickActionId ? { pickActionId: reading.pickActionId } : {}) });
  }
  const verb = (c: string) => c.split(" ").slice(0, 2).join(" ");
  if (verb(commands[0].text) !== verb(commands[1].text) || commands[0].pickActionId === commands[1].pickActionId) return undefined;
  return confirmEach(commands);
}

async function twoStatusChanges(text: string, low: string, spans: ActionSpan<IndexedAction>[], hits: StatusHit[], w: UnderstandWorld): Promise<{ text: string; pickActionId: string }[] | undefined> {
  // (Only names that stand out: "alle" of "… voor alle scholen" in "alle 3 de klassen" is no second action.)
  // ("…, laatste school gisteren gedaan": one word of a name after "laatste", "elke", "een" is a thing of its kind, not the action.)
  const counted = (s: ActionSpan<IndexedAction>) => !s.exact && tokenize(text.slice(s.start, s.end)).length === 1 && /\b(?:laatste|eerste|tweede|derde|vorige|volgende|andere|elke|iedere|ieder|een|alle|welke|sommige|meerdere|beide|last|first|next|every|each|another|other)\s+$/i.test(text.slice(Math.max(0, s.start - 12), s.start));
  // ("geldlessen stop ik, school heeft het zelf opgepakt": a word many titles share, alone, is no second action either.)
  const common = (s: ActionSpan<IndexedAction>) => !s.exact && COMMON_TITLE_WORDS.has(fold(text.slice(s.start, s.end)));
  spans = spans.filter((s) => !counted(s) && !common(s) && (s.exact || s.quality >= 2.5 || (s.score >= 3 && Math.max(...tokenize(text.slice(s.start, s.end)).map((t) => t.word.length)) >= 6)));
  if (new Set(spans.map((s) => s.action.id)).size < 2 || hits.length < 1) return undefined;
  const cuts = [...text.matchAll(/\s+(?:en|and|maar|but)\s+|[,;.]\s*/gi)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const pieces: { start: number; end: number }[] = [];
  let from = 0;
  for (const c of cuts) {
    pieces.push({ start: from, end: c.start });
    from = c.end;
  }
  pieces.push({ start: from, end: text.length });
  const found: { text: string; pickActionId: string }[] = [];
  const used = new Set<string>();
  // "geldlessen en speeltuin allebei klaar": a piece that is only a name shares the status of the piece after it.
  let waiting: ActionSpan<IndexedAction>[] = [];
  let lastHit: StatusHit | undefined;
  for (const p of pieces) {
    // ("…, en de gezonde school ook": of the actions that name fits, the sender's open one, as for one action.)
    const inPiece = spans.filter((s) => s.start >= p.start && s.end <= p.end && !used.has(s.action.id));
    const first = inPiece[0];
    const same = first ? inPiece.filter((s) => s.start === first.start && s.end === first.end) : [];
    const chosen = same.length > 1 ? (await pickAction(same, w)).chosen : undefined;
    const candidate = chosen ? same.find((s) => s.action.id === chosen.id) : first;
    // ("de kraan bij de school is klaar": the status is said of what stands before "bij de", not of the school.)
    const span = candidate && !(contentWords(text.slice(p.start, candidate.start)) >= 1 && /\b(bij|van|voor|in|op|aan|met|at|of|for)\s+(de|het|the)?\s*$/i.test(text.slice(p.start, candidate.start))) ? candidate : undefined;
    // ("watertappunt blijft gewoon bezig": a status that stays is no change.)
    const stays = (h: StatusHit) => /\b(blijft|blijven|bleef)\s+(?:(?:gewoon|nog|ook|voorlopig|even|dus)\s+)*$/.test(low.slice(Math.max(0, h.index - 30), h.index));
    if (hits.some((h) => h.index >= p.start && h.end <= p.end && stays(h))) {
      used.add(spans.find((s) => s.start >= p.start && s.end <= p.end)?.action.id ?? "");
      continue;
    }
    const hit = hits.find((h) => h.index >= p.start && h.end <= p.end && !isNegated(low, h));
    // "de moestuin is klaar en het watertappunt ook": the status before, once more.
    const alsoBefore = span && !hit && lastHit && /^(?:(?:en|and|maar)\s+)?(?:de|het|die|dat|the)?$/i.test(text.slice(p.start, span.start).trim()) && /^(?:is |zijn |staat |mag |kan )?(?:ook|eveneens|too|also|as well)[\s!.]*$/i.test(text.slice(span.end, p.end).trim());
    if (span && !hit && !alsoBefore && contentWords(text.slice(p.start, span.start)) + contentWords(text.slice(span.end, p.end)) === 0) {
      waiting.push(span);
      used.add(span.action.id);
      continue;
    }
    if (span && alsoBefore && lastHit) {
      used.add(span.action.id);
      found.push({ text: `/actie ${lastHit.sub} ${span.action.title}`, pickActionId: span.action.id });
    } else if (span && hit) {
      used.add(span.action.id);
      lastHit = hit;
      for (const named of [...waiting, span]) found.push({ text: `/actie ${hit.sub} ${named.action.title}`, pickActionId: named.action.id });
    } else if (waiting.length) {
      for (const named of waiting) used.delete(named.action.id);
    }
    waiting = [];
  }
  return found.length >= 2 ? found : undefined;
}

const SEPARABLE = ["vast", "terug", "door", "over", "voor", "mee", "aan", "uit", "weg", "toe", "op", "af", "in", "bij", "na", "om"];

/** "opknappen" → "opgeknapt", "aanleggen" → "aangelegd", "organiseren" → "georganiseerd": the past participles a Dutch verb may have. */
export function participles(verb: string): string[] {
  if (!/^[a-z]{4,}en$/.test(verb)) return [];
  const prefix = SEPARABLE.find((p) => verb.startsWith(p) && verb.length - p.length >= 4) ?? "";
  let stem = verb.slice(prefix.length, -2);
  if (/([bcdfghklmnprstvwz])\1$/.test(stem)) stem = stem.slice(0, -1);
  const ge = /^(be|ge|ver|her|ont|er)/.test(stem) ? "" : "ge";
  const stems = new Set([stem, stem.replace(/v$/, "f").replace(/z$/, "s")]);
  // A long vowel written double in the stem ("maken" → "maak"): both spellings.
  const long = stem.replace(/([bcdfghklmnprstvwz])([aeou])([bcdfghklmnprstvwz])$/, "$1$2$2$3");
  if (long !== stem) stems.add(long);
  const out: string[] = [];
  for (const st of stems) for (const end of ["t", "d"]) out.push(`${prefix}${ge}${st}${st.endsWith(end) ? "" : end}`);
  return out;
}

/** A participle of a verb in the action's title said after "is"/"zijn" ("de speeltuin is opgeknapt"). */
function titleVerbDone(low: string, title: string): StatusHit | undefined {
  const verbs = fold(title).split(" ").filter((w) => /^[a-z]{4,}en$/.test(w) && !/(ouders|jongeren|kinderen|scholen|bewoners|vrijwilligers|gezinnen|lessen|wijken|buurten|tuinen|plannen)$/.test(w));
  for (const verb of verbs) {
    for (const p of participles(verb)) {
      const m = low.match(new RegExp(`\\b(?:is|zijn|eindelijk|helemaal)\\s+(?:\\S+\\s+){0,2}?(${p})\\b`));
      if (m) {
        const index = m.index! + m[0].length - p.length;
        return { sub: "klaar", index, end: index + p.length, word: p };
      }
    }
  }
  return undefined;
}

/** "de kinderraad van OBS De Zonnewijzer": a part of a known organisation, named with "van", is kept as typed. */
function wholeOrKnown(typed: string, known: string | undefined): string {
  if (!known) return typed;
  const whole = fold(typed);
  return whole !== fold(known) && whole.endsWith(fold(known)) && /\bvan\b/i.test(typed.slice(0, typed.length - known.length)) ? typed : known;
}
