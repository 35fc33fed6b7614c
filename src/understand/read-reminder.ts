import { fold } from "../parse/text.ts";
import { locateActions, tokenize } from "../action-names/locate-action.ts";
import { parseRecurrence } from "../parse/recurrence.ts";
import { localText } from "../i18n/index.ts";
import { findDateIn, MEETING_RELATIVE, spellMeetingDay, spellMoments } from "./find-date.ts";
import { pickAction } from "./pick.ts";
import { isoDayOf, localParts } from "../time/amsterdam.ts";
import { MONTH_NAMES_NL, WEEKDAY_NAMES_NL } from "../parse/dates.ts";
import { confirmEach } from "./helpers.ts";
import type { OwnReminder, Understanding, UnderstandWorld } from "./index.ts";

/** Reminders in free text: the moment anywhere in the sentence, recurring, for the group, or one stopped. */
const REMINDER = /\b(\w*herinner\w*|remind\w*|seintje|geheugensteun\w*|reminder|porren|por me|een por|pingen|ping me|ping mij|laat (?:me|mij) (?:\w+ ){1,4}weten)\b/;
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


/**
 * The one reminder whose text holds the distinctive words typed ("weekoverzicht" → "weekoverzicht doorlezen"), if just one does;
 * "die van vrijdag": the day it goes off counts too.
 */
export function reminderNamedIn<R extends { number: number; text: string; next?: Date }>(f: string, reminders: R[]): R | undefined {
  const day = f.match(/\b(?:van|voor|op|on|for)\s+(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b/)?.[1];
  if (day) reminders = reminders.filter((r) => r.next && WEEKDAY_NAMES_NL[localParts(r.next).weekday] === day);
  const words = f.split(" ").filter((x) => x.length >= 4 && !REMINDER_NOISE.has(x) && x !== day);
  if (!words.length) return day && reminders.length === 1 ? reminders[0] : undefined;
  const fits = reminders.filter((r) => {
    const own = fold(r.text).split(" ");
    return words.some((x) => own.some((o) => o.length >= 4 && (o.startsWith(x) || x.startsWith(o))));
  });
  return fits.length === 1 ? fits[0] : day && !fits.length && reminders.length === 1 ? reminders[0] : undefined;
}

/** Said to take something away ("mag weg", "niet meer nodig", "cancel"). */
export const REMOVAL = /\b((?:kan|mag|kunnen|mogen) (?:\w+ ){1,6}(?:weg|eruit|eraf|vervallen)|kan weg|mag weg|mag uit|kan uit|uitzetten|zet (\w+ ){0,6}uit|kan eruit|mag eruit|kan eraf|mag eraf|kan er af|mag er af|mag verwijderd|kan vervallen|(?:laat|laten) (?:\w+ ){1,5}maar (?:zitten|gaan)|verwijder\w*|weghalen|haal (?:\w+ ){1,8}weg|stop|stoppen|annuleer\w*|schrap\w*|niet meer nodig|hoeft niet meer|hoef (\w+ ){0,4}meer|(?:wil|wilde) (?:ik )?(?:\w+ ){0,3}niet meer (?:krijgen|ontvangen|hebben|zien)|geen (\w+ ){0,4}meer|cancel\w*|delete|remove)\b/;

const GROUP_WORDS = /\b(de hele groep|heel de groep|iedereen in de groep|de groep|het hele team|het team|iedereen|allemaal|everyone|the whole group|the group)\b/i;

/** "herinner me maandag aan de subsidieaanvraag": who, what and when, wherever they stand. */
export async function readReminder(typed: string, f: string, w: UnderstandWorld, question: boolean): Promise<Understanding | undefined> {
  // ("zet de zomervakantie erin zodat er geen deadline-herinneringen komen": reminders paused in a holiday — /vakantie.)
  if (/\bgeen (?:[\w-]+ )?(?:\w+-)?(?:herinneringen|reminders|meldingen)\b/.test(f) && /\b(\w*vakantie\w*|holidays?|feestdagen)\b/.test(f)) return undefined;
  // ("kun je me friday om 9 uur reminden?": the English verb with a Dutch ending.)
  if (/\bremind(?:en|t|de)\b/i.test(typed)) {
    typed = typed.replace(/\bremind(?:en|t|de)\b/gi, "herinneren");
    f = fold(typed);
  }
  // ("stuur me morgen om 8 uur een berichtje dat ik de sleutel moet halen": a message sent at a moment is a reminder.)
  const messaged = typed.replace(/\b((?:stuur|app|geef)\s+(?:me|mij|ons|de groep|iedereen)\s+(?:\S+\s+){0,5}?(?:een\s+)?)(?:berichtje|appje|bericht|app'je|pushbericht)\b/i, "$1seintje");
  if (messaged !== typed) {
    typed = messaged;
    f = fold(typed);
  }
  // ("eind volgende maand wil ik herinnerd worden aan …", "vrijdag om 3 uur wil ik een seintje over de zaadjes",
  // "maandag de 19e flyers ophalen, herinner je me?": the wish or the request in other words, said as the usual one.)
  const wished = typed
    // ("niet vergeten maandagochtend de voorleesboeken ophalen": a note to self at a moment.)
    .replace(/^(\s*(?:@?wijkbot[\s,:]*)?)(?:niet vergeten|vergeet niet)\s*:?\s+(?=\S)/i, "$1herinner me ")
    // ("ok wijkbot ik zit in de trein dus even snel herinner me …": what comes before the request is only how it is sent.)
    .replace(/^.*?\b(?:dus|even snel|ff snel|snel even|maar goed|kortom)\s+(?=herinner\s+(?:me|mij)\b)/i, "")
    // ("herinner me vr zaad bestellen", "herinner sanne do verslag": a weekday said short, right after who.)
    .replace(/^(\s*(?:@?wijkbot[\s,:]*)?herinner\s+(?:me|mij|@?\p{L}+)\s+)(ma|di|wo|do|vr|za|zo)\s+(?=\p{L})/iu, (_m, lead: string, day: string) => `${lead}${({ ma: "maandag", di: "dinsdag", wo: "woensdag", do: "donderdag", vr: "vrijdag", za: "zaterdag", zo: "zondag" } as Record<string, string>)[day.toLowerCase()]} `)
    // ("elke eerste woensdag vd maand om 10 uur een seintje voor de bewonerskoffie graag": the moment, then what — for oneself.)
    .replace(/^(\s*(?:@?wijkbot[\s,:]*)?)(\S.{2,60}?)\s+(?:graag\s+)?(?:een\s+)?(?:seintje|herinnering|reminder|berichtje)\s+(?:voor|over|om|aan)\s+(\S.*?)(?:\s+(?:graag|aub|pls|please))?[\s.!]*$/i, (all, lead: string, when: string, what: string) => (/^(?:elke|iedere|every|morgen|overmorgen|vrijdag|maandag|dinsdag|woensdag|donderdag|zaterdag|zondag|volgende|over|om|op|\d)/i.test(when.trim()) && !/\b(wil|wou|zou|ik|graag|krijg|krijgen|stuur|geef)\b/i.test(when) ? `${lead}herinner me aan ${what} ${when}` : all))
    .replace(/\b(?:ik\s+)?(?:wil|wou|zou)\s+(?:ik\s+)?(?:graag\s+|even\s+|ff\s+|nog\s+)*(?:herinnerd\s+worden|een\s+(?:seintje|herinnering|reminder)\s*(?:krijgen|hebben|ontvangen)?)\s*(?:(?:aan|over|voor|om|van)\b|:)?/i, "herinner me aan ")
    // ("graag ontvang ik op woensdag 21 januari om 9 uur een herinnering om de vergaderstukken door te nemen".)
    .replace(/\b(?:graag\s+)?ontvang\s+ik\s+(?:graag\s+)?(.{0,50}?)\s*een\s+(?:herinnering|seintje|reminder)\s+(?:om|aan|over|voor)\b/i, "herinner me $1 aan")
    .replace(/\b(?:ik\s+)?(?:wil|wou|zou)\s+(?:ik\s+)?(?:graag\s+|even\s+|ff\s+|nog\s+)*(?:een\s+)?(?:seintje|herinnering|reminder|berichtje|appje)\s+(?:krijgen\s+|hebben\s+|ontvangen\s+)?(?:aan|over|voor|om|van)\b/i, "herinner me aan");
  // ("jij moet mij zeggen op vrijdag 16 januari dat ik zaad kopen", "… wil jij mij dat zeggen?": being told is being reminded.)
  const told = wished
    .replace(/^\s*wijkbot\b[\s,:!]*(?=\S)/i, "")
    .replace(/\b(?:jij|je|u)\s+(?:moet|moeten|mag|kan|kunt)\s+(?:mij|me)\s+((?:\S+\s+){0,6}?)(?:zeggen|vertellen|laten weten)\s+(?:dat|om|aan)\s+(?:ik\s+)?/i, "herinner me $1aan ")
    .replace(/\b(?:jij|je|u)\s+(?:moet|moeten|mag|kan|kunt)\s+(?:mij|me)\s+(?:zeggen|vertellen|laten weten)\s+((?:\S+\s+){1,6}?)(?:dat|om)\s+(?:ik\s+)?/i, "herinner me $1aan ")
    .replace(/\b(?:wil|kun|kan|zou)\s+(?:jij|je|u)\s+(?:mij|me)\s+(?:dat|het|dit)\s+(?:even\s+)?(?:zeggen|vertellen|laten weten)\b/i, "herinner je me");
  const askedAfter = told.match(/^(\s*(?:@wijkbot[\s,:]*)?)(\S.*?)[\s,.;]+(?:(?:wil|kun|kan|zou|wilt|kunt)\s+(?:je|jij|u)\s+(?:me|mij)\s+(?:er\s+|daar\s+)?(?:even\s+|nog\s+|ff\s+)*(?:aan\s+)?herinneren|herinner\s+(?:je|jij|u)\s+(?:me|mij)(?:\s+(?:er|daar))?(?:\s+(?:even|nog|ff|wel))*(?:\s+aan)?|(?:wil|kun|kan)\s+(?:je|jij|u)\s+(?:me|mij)\s+(?:er\s+|daar\s+)?(?:even\s+|ff\s+)*(?:een\s+)?seintje\s+geven)\s*[?!.]*\s*(?:aub|pls|graag|please)?\s*[?!.]*\s*$/iu);
  const reworded = askedAfter ? `${askedAfter[1]}herinner me ${askedAfter[2]}` : told;
  if (reworded !== typed) {
    typed = reworded;
    f = fold(typed);
  }
  // ("die melding van de 2e schil, stuur die over 3 dagen maar opnieuw aub", "ik kreeg net een herinnering over het watertappunt,
  // kan die maandag nog een keer komen?", "… niet elke keer zeuren. stuur pas weer op 1 februari": an action's reminder sent
  // again at the moment said (snooze), shown first.)
  const sendAgain = /\b(herinnering|melding|reminder|seintje|berichtje)\w*\b|\b(zeuren|zeurt|zeur)\b/.test(f) && /\b(?:stuur|sturen|komen|komt|krijgen|krijg)\b[^.?!]*\b(?:opnieuw|nog een keer|nog eens|again)\b|\b(?:opnieuw|nog een keer|nog eens)\b[^.?!]*\b(?:stuur|sturen|komen|komt|krijgen)\b|\bstuur\b[^.?!]*\bpas\b(?:[^.?!]*\bweer\b)?/.test(f);
  const againAt = sendAgain ? findDateIn(typed, w.now, w.region) : undefined;
  if (sendAgain && againAt?.resolution.kind === "ok") {
    const spans = locateActions(w.index, typed);
    const picked = spans.length ? await pickAction(spans, w) : undefined;
    if (picked?.chosen) {
      const command = `/snooze ${picked.chosen.title} ${againAt.phrase.replace(/^(?:op|on)\s+/i, "")}`;
      return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command, pickActionId: picked.chosen.id };
    }
  }
  if (!REMINDER.test(f)) return undefined;
  // ("herinner me morgen om 9u aan …" typed at ten past midnight: the coming day, or the one after it? Asked, never guessed.)
  const smallHours = localParts(w.now);
  if (smallHours.hour < 4 && /\bmorgen\b/.test(f) && !/\bovermorgen\b/.test(f)) {
    const day = (d: { day: number; month: number }) => `${d.day} ${MONTH_NAMES_NL[d.month - 1]}`;
    const next = localParts(new Date(w.now.getTime() + 24 * 3600 * 1000));
    return { kind: "say", text: localText("understand.ask.tomorrowAtNight" as never, { today: day(smallHours), tomorrow: day(next) }) };
  }
  // "wil je me overmorgen even porren voor de offerte": a nudge is a reminder (about what follows "voor").
  if (/\bporren\b/.test(f)) {
    typed = typed.replace(/\bporren\s+(?:voor|over|om)\b/i, "herinneren aan").replace(/\bporren\b/i, "herinneren");
    f = fold(typed);
  }
  // ("yo morgen 10u ff pingen voor de jongerenraad", "ping me vrijdag over de flyers": a ping is a reminder too.)
  if (/\b(pingen|ping me|ping mij)\b/.test(f)) {
    typed = typed.replace(/\bpingen\s+(?:voor|over|om)\b/i, "herinneren aan").replace(/\bpingen\b/i, "herinneren").replace(/\bping (me|mij)\s+(?:voor|over|om|about)\b/i, "herinner $1 aan").replace(/\bping (me|mij)\b/i, "herinner $1");
    f = fold(typed);
  }
  // ("jij herinner mij elke maandag …", "morgen 10 uur jij zeg mij: …": said by someone who learned Dutch later — remind me.)
  if (/\b(?:jij\s+)?(?:zeg|vertel)\s+(?:mij|me)\s*:/i.test(typed) || /^\s*(?:@?wijkbot[\s,:]*)?jij\s+herinner\b/i.test(typed)) {
    typed = typed.replace(/\b(?:jij\s+)?(?:zeg|vertel)\s+(mij|me)\s*:/i, "herinner $1:").replace(/^(\s*(?:@?wijkbot[\s,:]*)?)jij\s+(herinner)\b/i, "$1$2");
    f = fold(typed);
  }
  // ("laat me woensdag weten dat ik de kinderen moet bellen": being told on a day is being reminded.)
  if (/\blaat (me|mij) (\w+ ){1,4}weten\b/.test(f) && !/\b(laat (me|mij) (even |maar |graag )*weten (of|wat|wie|wanneer|hoe|waar))\b/.test(f)) {
    typed = typed.replace(/\blaat (me|mij) ((?:\S+\s+){1,4}?)weten\s+(?:dat|over|van)?\s*/i, "herinner $1 $2aan ");
    f = fold(typed);
  }
  // ("yo 📣 herinner me …", "uh stuur me donderdag een seintje …": a spoken filler or an emoji is not what it is about.)
  typed = typed
    .replace(/^(\s*(?:@wijkbot[\s,:]*)?)(?:(?:yo|uh|uhm|ehm|eh|euh|hmm|nou|oké|oke|ok|hé|hey|hoi|moi|ja|so|dus)\b[\s,!.]*|[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+\s*)+/iu, "$1")
    .replace(/(^|\s)(?:uh|uhm|ehm|euh)(?=[\s,]|$)[,]?/gi, "$1")
    .replace(/\s+[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+(?=\s|$)/gu, "")
    .replace(/\s{2,}/g, " ");
  // "zet de zomervakantie van 4 juli t/m 16 augustus erin, dan pauzeren de herinneringen": the wijk's holiday, not a reminder.
  if (/\b\w*vakantie\b/.test(f) && /\b(t\/?m|tot en met|tm|until|through)\b|\d\s*-\s*\d/.test(typed.toLowerCase()) && !/\b(herinner|remind)\w*\s+(me|mij|ons|us|@?\p{Lu})/u.test(typed)) return undefined;
  const text = spellMoments(typed).replace(/\b(?:op )?de (\d{1,2})e van (?:elke|iedere) maand\b/i, "elke $1e van de maand");
  if (/\b(welke|mijn|alle|lijst|overzicht|heb ik|staan er|list|show)\b.*\bherinneringen\b|\bherinneringen\b.*\?$/.test(f) || /^(wat|welke|which|what)\b/.test(f)) {
    return { kind: "run", text: ALL_REMINDERS.test(f) ? "/herinneringen alle" : "/herinneringen" };
  }
  const moved = await moveReminder(text, f, w);
  if (moved) return moved;
  // "die herinnering van vrijdag kan weg, al gebeld": stopping one, not setting one — show them with their numbers.
  if (/\b\w*(herinnering|herinneringen|herinnerd|reminder|reminders|reminded|seintje)\b/.test(f) && REMOVAL.test(f) && !/\b(herinner (me|mij|ons)|remind me)\b/.test(f) && !(/\b(tot|until|till)\b/.test(f) && /\b(geen|no)\b/.test(f))) {
    // "de herinnering van het weekoverzicht mag weg": when the words name exactly one of their reminders, ask to stop that one.
    const mine = w.reminders && !/\b(alle|iedereen|everyone|all)\b/.test(f) ? await w.reminders() : [];
    // "herinnering 1 mag weg": by its number. ("die herinnering voor Sanne hoeft niet meer": the one for that person.)
    const numbered = f.match(/\b(?:herinnering|reminder)\s+(?:nr\s+|nummer\s+|number\s+)?(\d{1,3})\b/);
    const forThem = forPersonNamed(f, mine);
    const one = numbered ? mine.find((r) => r.number === Number(numbered[1])) : (reminderNamedIn(f, forThem.length ? forThem : mine) ?? (forThem.length === 1 ? forThem[0] : undefined));
    if (one) return { kind: "confirm", question: localText("understand.confirm", { what: `/herinner stop ${one.number} (${one.text})` }), text: `/herinner stop ${one.number}` };
    return { kind: "run", text: ALL_REMINDERS.test(f) ? "/herinneringen alle" : "/herinneringen" };
  }
  // "stuur me geen herinneringen over de financiele educatie tot volgende week": that action's reminders wait (snooze).
  const until = text.match(/\b(?:tot|until|till)\s+(.+?)[\s.!]*$/i);
  // ("watertappunt herinneringen even uitstellen tot 12 januari": put off until then, the same.)
  if (until && (/\b(geen|niet meer|no|stop)\b(\s+\S+){0,2}\s+(herinneringen|herinnering|reminders?|seintjes?)\b/.test(f) || /\b(herinneringen|herinnering|reminders?|seintjes?|meldingen)\b(\s+\S+){0,3}\s+(uitstellen|opschuiven|verschuiven|pauzeren|stilzetten|stil zetten|op pauze|uitzetten|postpone|pause|snoozen|snooze)\b/.test(f))) {
    const spans = locateActions(w.index, text.slice(0, until.index));
    const picked = spans.length ? await pickAction(spans, w) : undefined;
    if (picked?.chosen) {
      const when = /^(volgende week|next week)$/i.test(until[1].trim()) ? "maandag volgende week" : until[1].trim();
      const command = `/snooze ${picked.chosen.title} ${when}`;
      return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command, pickActionId: picked.chosen.id };
    }
  }
  // ("stuur mij de herinnering van de voorleesochtend pas maandag aub": that action's reminder waits until then (snooze), shown
  // first.)
  const sentLater = text.match(/\b(?:stuur|geef)\s+(?:mij|me)\s+(?:de|die)\s+(?:herinnering|herinneringen|reminder|reminders)\s+(?:van|voor|over)\s+(.{3,60}?)\s+(?:pas|maar pas|pas weer)\s+(?:op\s+)?(.{3,30}?)(?:\s+(?:aub|graag|please|pls))?[\s.!]*$/i);
  // ("watertappunt herinnering pas maandag aub", "reminder over 2e schil pas maandag weer sturen": the same, in fewer words.)
  const shortLater = sentLater ? null : text.match(/^\s*(?:@?wijkbot[\s,:]*)?(?:(?:de\s+)?(?:herinnering|herinneringen|reminder|reminders)\s+(?:van|voor|over)\s+(?:de\s+|het\s+)?(.{3,60}?)|(?:de\s+|het\s+)?(.{3,60}?)\s+(?:herinnering|herinneringen|reminder|reminders))\s+(?:pas|maar pas|pas weer)\s+(?:op\s+)?(.{3,30}?)(?:\s+(?:weer\s+)?(?:sturen|versturen|geven))?(?:\s+(?:aub|graag|please|pls))?[\s.!]*$/i);
  const waitsUntil = sentLater ?? (shortLater ? [shortLater[0], shortLater[1] ?? shortLater[2], shortLater[3]] : null);
  const waitDate = waitsUntil ? findDateIn(waitsUntil[2], w.now, w.region) : undefined;
  // ("pas maandag" on a Monday: not today — the later one.)
  const laterOption = waitDate?.resolution.kind === "question" && waitDate.resolution.options.length ? waitDate.resolution.options.at(-1) : undefined;
  const waitPhrase = waitDate?.resolution.kind === "ok" ? waitDate.phrase : laterOption ? isoDayOf(laterOption) : undefined;
  if (waitsUntil && waitPhrase) {
    const spans = locateActions(w.index, waitsUntil[1]);
    const picked = spans.length ? await pickAction(spans, w) : undefined;
    if (picked?.chosen) {
      const command = `/snooze ${picked.chosen.title} ${waitPhrase}`;
      return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command, pickActionId: picked.chosen.id };
    }
  }
  // ("herinner me pas maandag weer aan veilig naar school", "voorleesochtend niet meer herinneren tot 13 jan", "kun je me pas
  // donderdag weer lastigvallen over de 2e schil", "can you postpone the reminders for the inloopspreekuur until Monday the
  // 19th?": that action's reminders wait until the day said (snooze), shown first.)
  const waitCue = /\b(herinner\w*|remind\w*|seintjes?|lastigvallen|lastig vallen|storen|bothering|bother)\b/.test(f) && (/\bpas\b[^.?!]*\bweer\b/.test(f) || /\b(niet meer|geen|no more|not)\b[^.?!]*\b(tot|until|till)\b/.test(f) || /\b(postpone|put off|uitstellen|pauzeren|pause|stilzetten)\b[^.?!]*\b(tot|until|till)\b/.test(f));
  if (waitCue && (!question || /^\s*(?:@?wijkbot[\s,:]*)?(?:(?:can|could|would|will)\s+you|(?:kun|kan|wil|zou)\s+(?:je|jij|u))\b/i.test(text))) {
    const spans = locateActions(w.index, text);
    const picked = spans.length ? await pickAction(spans, w) : undefined;
    const span = picked?.chosen ? spans.find((x) => x.action.id === picked.chosen!.id) : undefined;
    const said = span ? `${text.slice(0, span.start)} ${" ".repeat(span.end - span.start)} ${text.slice(span.end)}` : "";
    const day = span ? findDateIn(said, w.now, w.region) : undefined;
    const dayLater = day?.resolution.kind === "question" && day.resolution.options.length ? day.resolution.options.at(-1) : undefined;
    const dayPhrase = day?.resolution.kind === "ok" ? day.phrase.replace(/^(?:(?:pas|tot|until|till|op|on)\s+)+/i, "") : dayLater ? isoDayOf(dayLater) : undefined;
    if (picked?.chosen && dayPhrase) {
      const command = `/snooze ${picked.chosen.title} ${dayPhrase}`;
      return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command, pickActionId: picked.chosen.id };
    }
  }
  // "de herinnering voor het watertappunt mag een weekje later": that action's reminder waits as long (snooze), shown first.
  // ("kun je de herinneringen over de geldlessen een week uitstellen": asked as a request, the same.)
  const later = f.match(/\b(?:herinnering|herinneringen|reminder|reminders|seintje)\b.*\b(?:(?:mag|mogen|kan|kunnen|moet|graag|please)\s+(?:\w+\s+)?)?(een weekje|een week|1 week|twee weken|2 weken|een paar dagen|een dag|1 dag|(\d{1,2}|twee|drie|vier|vijf) dagen)\s+(?:later|opschuiven|uitstellen)\b/);
  if (later && !question) {
    const spans = locateActions(w.index, text);
    const picked = spans.length ? await pickAction(spans, w) : undefined;
    if (picked?.chosen) {
      const span = later[1].replace(/weekje/, "week").replace(/^een paar dagen$/, "3 dagen").replace(/^(een|1) dag$/, "1 dag").replace(/^twee /, "2 ").replace(/^drie /, "3 ").replace(/^vier /, "4 ").replace(/^vijf /, "5 ");
      const command = `/snooze ${picked.chosen.title} over ${span}`;
      return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command, pickActionId: picked.chosen.id };
    }
  }
  let rest = text;
  let target = "mij";
  const triggerRe = /^(.*?)\b(herinner(?:ing|en)?|reminder|remind|stuur|zet|maak|geef|geven|sturen)\b\s*(?:(?:even|ff|nog|ook|maar)\s+)*(?:een\s+)?(?:herinnering|reminder|seintje)?\s*(?:voor\s+|aan\s+|naar\s+|for\s+)?(me|mij|mezelf|ons|de hele groep|heel de groep|het hele team|iedereen hier|iedereen in de groep|deze groep|onze groep|deze chat|de groep|groep|iedereen|allemaal|us|everyone here|everyone|the whole group|the group|@[\p{L}][\p{L}\p{N}_-]*)?\b/iu;
  const m = rest.match(triggerRe);
  if (!m) return undefined;
  let who = (m[3] ?? (/\b(me|mij|mezelf)\s*$|\b(me|mij)\b/i.test(m[1]) ? "me" : /\b(ons|us)\b/i.test(m[1]) ? "ons" : "")).toLowerCase();
  // ("zet een herinnering voor de hele groep: …", "… voor iedereen hier: …": the whole group.)
  if (/^(de hele groep|heel de groep|het hele team|iedereen hier|iedereen in de groep|deze groep|onze groep|deze chat|everyone here|the whole group)$/.test(who)) who = "groep";
  // "wil je Lisa en mij donderdag herinneren aan …": that person and the sender, both.
  const withMe = !m[3] && w.sender ? w.people.find((p) => withSenderPattern(p.displayName).test(m[1])) : undefined;
  if (withMe && withMe.displayName !== w.sender!.displayName) {
    who = `@${withMe.displayName} @${w.sender!.displayName}`;
    // (Taken out of what it is about once that is cut from the sentence, below.)
  }
  // "herinner Fatima morgen …", "kun je @Fatima maandag herinneren …", "herinner de stuurgroep …"
  const named = !who
    ? text.slice(0, m.index! + m[0].length + 40).match(/@([\p{L}][\p{L}\p{N}_-]*)/u)?.[1] ??
      w.people.find((p) => new RegExp(`\\b(herinner\\w*|remind)\\s+${escapeRe(p.displayName)}\\b`, "i").test(text))?.displayName ??
      // "zet een herinnering voor Peter: …"
      w.people.find((p) => new RegExp(`\\b(herinnering|reminder|seintje)\\s+(?:voor|aan|naar|for|to)\\s+${escapeRe(p.displayName)}\\b`, "i").test(text))?.displayName ??
      // "kun je Lisa morgen herinneren aan de offerte": the person named before the verb.
      w.people.find((p) => new RegExp(`^\\s*(?:@wijkbot[\\s,:]*)?(?:kun|kan|wil|wilt|zou|kunt)\\s+(?:je|jij|u)\\s+(?:even\\s+|ook\\s+)?${escapeRe(p.displayName)}\\s+(?:\\S+\\s+){0,7}?(?:herinneren|een seintje geven|remind)\\b`, "i").test(text))?.displayName ??
      // "Esther vroeg of je haar morgen wil herinneren aan …": the person who asked, named first.
      w.people.find((p) => new RegExp(`^\\s*(?:@wijkbot[\\s,:]*)?@?${escapeRe(p.displayName)}\\s+(?:vroeg|vraagt|wil graag|wil)\\s+(?:of|dat)\\s+(?:je|jij|u)\\s+(?:haar|hem)\\s+(?:\\S+\\s+){0,7}?(?:herinneren|herinnert|remind)\\b`, "i").test(text))?.displayName
    : undefined;
  // ("wil je Peter en Daan maandag 19 januari herinneren aan …", "stuur Lisa en Daan donderdag een herinnering over …": everyone
  // named right after who is asked, or after the verb that sends one.)
  const names = w.people.map((p) => escapeRe(p.displayName)).join("|");
  const listed = (said: string) => [...said.matchAll(new RegExp(`@?(${names})\\b`, "gi"))].map((x) => w.people.find((p) => fold(p.displayName) === fold(x[1]))!.displayName);
  const askedList = !who && names ? m[1].match(new RegExp(`\\b(?:kun|kan|wil|wilt|zou|kunt)\\s+(?:je|jij|u)\\s+(?:(?:even|ook|nog|ff)\\s+)*(@?(?:${names})\\b(?:\\s*(?:,|en|and|&)\\s*@?(?:${names})\\b)+)\\s`, "i")) : null;
  const sentList = !who && names && /^(stuur|geef|sturen|geven)$/i.test(m[2]) ? rest.slice(m[0].length).match(new RegExp(`^\\s*(@?(?:${names})\\b(?:\\s*(?:,|en|and|&)\\s*@?(?:${names})\\b)*)\\s+(?=(?:\\S+\\s+){0,5}?(?:een\\s+)?(?:herinnering|seintje|reminder)\\b)`, "i")) : null;
  const leadList = askedList ? listed(askedList[1]) : sentList ? listed(sentList[1]) : undefined;
  // "moi, wil je me overmorgen om 9 uur even herinneren aan de offerte", "Esther vroeg of je haar morgen wil herinneren aan …":
  // before a verb that comes last, only the moment counts; what it is about follows the verb.
  // ("over 2 dagen herinnering sturen voor de inschrijvingen": the verb of asking for one is not what it is about.)
  const after = rest.slice(m[0].length).replace(/^\s*(?:sturen|versturen|geven|zetten|instellen|plaatsen|maken)\s+(?:(?:voor|over|aan|om)\s+)?(?=\S)/i, /^(herinnering|reminder|seintje)$/i.test(m[2]) ? "" : "$&");
  const askedBefore = /\b(wil|wilt|kun|kan|kunt|zou|zal|vroeg|vraagt|gelieve|graag|svp|please)\b/i.test(m[1]) && /^(herinner|herinneren|remind)$/i.test(m[2]) && /\S/.test(after) &&
    (/\b(aan|over|voor|about|to)\s*$/i.test(m[0]) || /^\s*(?:er\s+|daar\s+)?(?:even\s+|nog\s+)?(?:aan|over|voor|about|to)\b\s*\S/i.test(after));
  const momentBefore = askedBefore ? (findRecurrenceIn(m[1])?.phrase ?? findDateIn(m[1], w.now, w.region)?.phrase ?? "") : "";
  rest = askedBefore ? `${momentBefore} ${after}`.trim() : `${m[1]} ${after}`.trim();
  if (withMe && who.includes(" ")) rest = rest.replace(withSenderPattern(withMe.displayName), " ");
  // "ff een herinnering zetten: donderdag 12:00 bus bevestigen": the words that ask for one are not what it is about.
  rest = rest.replace(/^\s*(?:(?:ff|even|effe|graag|pls|aub|wil je|kun je|kan je|nog)\s+)*(?:een\s+)?(?:zetten|maken|instellen|aanmaken|toevoegen|plaatsen|set|create|add)\b\s*[:,-]?\s*/i, "");
  // ("maandag eerste werk: offerte doorsturen": when in the day, said as the first thing to do — not what it is about.)
  rest = rest.replace(/(^|\s)(?:als\s+)?(?:eerste\s+(?:werk|ding|klus|taak)|first thing)\s*[:,-]\s*/i, "$1");
  // "herinner Peter en Lisa vrijdag aan de wijkschouw": everyone named right after the verb gets one (`names`, above).
  // "herinner mij en Ahmed dinsdag …": the sender and the others named after "en" each get one.
  const meAnd = /^(me|mij|mezelf)$/.test(who) && w.sender && names ? rest.match(new RegExp(`^\\s*(?:(?:,|en|and|&)\\s*@?(?:${names})\\b\\s*)+`, "i")) : null;
  if (meAnd) {
    const listed = [...meAnd[0].matchAll(new RegExp(`@?(${names})\\b`, "gi"))].map((m) => w.people.find((p) => fold(p.displayName) === fold(m[1]))!.displayName);
    who = [...new Set([w.sender!.displayName, ...listed])].map((n) => `@${n}`).join(" ");
    rest = rest.slice(meAnd[0].length);
  }
  // ("herinner @Fatima en mij dinsdag …": that person and the sender.)
  const andMe = !meAnd && m[3]?.startsWith("@") && w.sender ? after.match(/^\s*(?:en|and|&|,)\s*(?:mij|me|mezelf|myself)\b\s*/i) : null;
  if (andMe) {
    const them = w.people.find((p) => fold(p.displayName) === fold(m[3]!.slice(1)))?.displayName ?? m[3]!.slice(1);
    who = [...new Set([them, w.sender!.displayName])].map((n) => `@${n}`).join(" ");
    rest = rest.replace(/\s*\b(?:en|and|&)\s*(?:mij|me|mezelf|myself)\b/i, " ");
  }
  if (leadList?.length && !meAnd) {
    who = [...new Set(leadList)].map((n) => `@${n}`).join(" ");
    if (sentList) rest = rest.replace(sentList[1], " ");
  }
  // ("herinner youssef bram en ahmed vrijdag …": names typed one after the other, without commas.)
  const several = !meAnd && !leadList?.length && named && names ? rest.match(new RegExp(`^\\s*@?(?:${names})\\b(?:(?:\\s*(?:,|en|and|&)\\s*|\\s+)@?(?:${names})\\b)+`, "i")) : null;
  if (several) {
    const listed = [...several[0].matchAll(new RegExp(`@?(${names})\\b`, "gi"))].map((m) => w.people.find((p) => fold(p.displayName) === fold(m[1]))!.displayName);
    who = [...new Set(listed)].map((n) => `@${n}`).join(" ");
    rest = rest.slice(several[0].length);
  } else if (leadList?.length) {
    // (Set above.)
  } else if (named && w.sender && withSenderPattern(named, false).test(text)) {
    // "wil je Lisa en mij donderdag herinneren aan …": both.
    who = `@${named} @${w.sender.displayName}`;
    rest = rest.replace(withSenderPattern(named, false), "");
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
  // ("zet elke vrijdag om 15:00 een herinnering voor de groep: …": the group, said after the word for a reminder.)
  const groupAfter = !who && !named ? rest.match(/\b(?:herinnering|reminder|seintje)\s+(?:voor|aan|naar)\s+(de hele groep|deze groep|onze groep|de groep|iedereen|het hele team|het team)\b\s*[:,]?/i) : null;
  if (groupAfter) {
    who = "groep";
    rest = rest.replace(new RegExp(`\\b(?:voor|aan|naar)\\s+${groupAfter[1]}\\b\\s*[:,]?`, "i"), " ");
  }
  if (/^(ons|de groep|groep|iedereen|allemaal|us|everyone|the group|groep)$/.test(who)) {
    // "herinner iedereen in de groep …"
    rest = rest.replace(/^\s*(in|van|uit) (de|het) (groep|team|app)\b/i, " ");
  }
  if (/^(ons|de groep|groep|iedereen|allemaal|us|everyone|the group)$/.test(who)) target = "groep";
  else if (who.startsWith("@")) target = several || meAnd || leadList?.length || who.includes(" ") ? who : named ? `@${named}` : m[3];
  rest = rest
    .replace(/\b(een\s+)?(wekelijkse|dagelijkse|maandelijkse|weekly|daily|monthly)?\s*(herinnering|reminder|seintje)(?:\s+(?:sturen|geven|zetten|maken|doen|instellen|plaatsen))?(?:\s+(?:voor|over|aan|om)\b)?/i, " ")
    .replace(/^\s*(ik wil|i want|i'd like)\b/i, " ")
    // ("morgen 7 uur s avonds moet ik de sleutel terugbrengen": "moet ik" is not what it is about.)
    .replace(/(^|\s)(?:moet ik|ik moet)\s+/i, "$1")
    // ("… aan de hekken bij de moestuin want anders vergeet ik het weer": why a reminder is wanted is not what it is about.)
    .replace(/[\s,;]+(?:want|omdat|anders|dan)\s+(?:anders\s+)?(?:vergeet|vergeten)\s+(?:ik|we|wij)\s+(?:het|dat|t|'t|dit)?(?:\s+(?:weer|zeker|echt|vast|anders|gegarandeerd|helemaal))*[\s.!]*$/i, "")
    .replace(/[\s,;]+(?:otherwise|or else|because)\s+i(?:'ll| will)\s+forget(?:\s+(?:it|again|about it))*[\s.!]*$/i, "")
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
  let what = rest
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:[,.:;?!-]\s*|(?:kun je|kan je|kunt u|wil je|wilt u|zou je|could you|can you|would you|aan|om|over|dat|van|voor|on|op|to|about|of|for|per|wel|even|nog|please|pls|aub|svp|graag|alsjeblieft|a\.?u\.?b\.?|me|mij|ons|us)\b[\s,]*)*/i, "")
    // ("… bij lefier pls haha": laughter and "pls" at the end are not what it is about.)
    .replace(/(?:[\s,]+(?:haha\w*|hihi\w*|hehe\w*|xd|lol|[\p{Extended_Pictographic}\u{FE0F}]+))+[\s.!]*$/iu, "")
    .replace(/(?:[\s,.!?]*(?:aub|svp|graag|please|pls|plz|alsjeblieft|alvast bedankt|bedankt|thanks|thx|tnx|dankjewel|dank je wel|dank je|dankje|dank u wel|dank u|merci|a\.u\.b\.|[\p{Extended_Pictographic}\u{FE0F}]+))*[\s,.!?]*$/iu, "")
    .replace(/\s+(on|op|at|om|in|to)$/i, "")
    .replace(/^(?:(?:een|ik wil|om|aan|about|to)\s+)+/i, "")
    .replace(/^(?:(?:zsm|z\.s\.m\.?|asap|ff|even|snel)\b[\s,]*)+/i, "")
    .replace(/^(?:[,.:;-]\s*)*(?:(?:aan|over|about|to)\s+)?(?:(?:de|het|the)\s+)?(?=\S)/i, (m) => (/\b(aan|over|about|to)\b/i.test(m) ? "" : m))
    // "…, wil je me daaraan herinneren?", "herinner Ahmed er even aan wil je"
    .replace(/[,\s]*\b(?:(?:wil|kun|kan|zou|wilt|kunt) (?:je|jij|u)\s*)?(?:me |mij |ons )?(?:er|daar|hier) ?(?:even |nog )?aan\b(?:\s+(?:wil|kun|kan) (?:je|jij|u))?[?!.\s]*$/i, "")
    .replace(/^(?:er|daar|hier) ?(?:even |nog )?aan\b\s*/i, "")
    .replace(/[,\s]+(?:wil|kun|kan) (?:je|jij|u)[?!.\s]*$/i, "")
    // ("… aan de kas luchten, anders verrotten de zaailingen": why is not part of what.)
    // ("… aan de financiele educatie, die staat al over de deadline": how it stands, said after, is not part of what.)
    .replace(/\s*,\s*(?:anders|want|omdat|zodat|because|otherwise|dan hebben we|dan heb ik|(?:(?:die|dat|dit|ze|hij|zij)\s+)?(?:staat|stond|staan|is|was|zijn|loopt|liep|ligt|zit)\s+(?:al|nog|inmiddels|echt|toch|ook)\b)\b.*$|\s+(?:want|omdat|zodat|because)\s+(?:die|dat|het|ze|zij|hij|we|wij|ik|de|het)\b.*$/i, "")
    .trim();
  // ("dat ik de zaal moet boeken", "ik moet de begroting insturen": what is to be done, without who must.)
  what = what.replace(/^dat\s+(?:ik|we|wij|je|jij)\s+(?=\S)/i, "").replace(/^(?:ik|we|wij)\s+(?:moet|moeten|moest)\s+(?:nog\s+)?(?=\S)/i, "");
  const mustLast = what.match(/^(?:(?:ik|we|wij|je|jij)\s+)?(.{3,}?)\s+(?:moet|moeten)\s+([\p{L}-]+)$/iu);
  if (mustLast && !/\s(?:moet|moeten)\s/i.test(mustLast[1])) what = `${mustLast[1]} ${mustLast[2]}`;
  // ("na de voorjaarsvakantie wil ik een herinnering: evaluatie jaarplan starten": what follows the colon.)
  const labelled = what.match(/^([^:]{0,30}):\s*(\S.*)$/);
  if (labelled && /^(?:\s*(?:wil|ik|een|graag|even|ff|nog|zet|maak|please|i|want|a|dan|en|ook|je|voor|mij|me|mezelf|mijzelf|myself|set|create|add|make|can|could|you|please))*\s*$/i.test(labelled[1])) what = labelled[2];
  if (!what) return { kind: "say", text: localText("understand.reminderWhat") };
  // "wanneer?": the moment typed next completes the reminder.
  if (!when) return { kind: "need-action", question: localText("understand.reminderWhen", { what, target }), command: `herinner ${target} ${what}` };
  // The reminder command reads the moment off the end; a leading "on"/"op" would stay behind in the text.
  when = when.replace(/^(on|op|at|om)\s+/i, "");
  // "om 3 uur" for a reminder is 15:00, not the middle of the night (shown first).
  const night = /(?:^|[\s'’]|morgen|dag)(ochtend|ochtends|nachts|nacht|morning)\b|\b(am|a\.m\.)(?=\s|$)/i.test(typed) ? null : when.match(/(^|\s)(?<!half\s|kwart\s?(?:over|voor)\s)([1-6])(?::00)?(?=\s*$)/);
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

/** "Lisa en mij", "mij en @Lisa": that person and the sender, said together (`either`: in both orders). */
function withSenderPattern(name: string, either = true): RegExp {
  const me = "(?:mij|me|mezelf)";
  return new RegExp(`(?:@|\\b)${escapeRe(name)}\\s+(?:en|and|&)\\s+${me}\\b${either ? `|\\b${me}\\s+(?:en|and|&)\\s+@?${escapeRe(name)}\\b` : ""}`, "i");
}

/** "alle herinneringen", "welke herinneringen staan er voor de groep": the whole wijk's (the coördinator's list). */
const ALL_REMINDERS = /\b(alle|iedereen|everyone|all)\b|\b(voor|van|in) (de|het) (groep|team|hele wijk|wijk)\b|\b(?:die )?van (?:de )?(anderen|andere mensen|others|other people)\b/;

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The reminders for a person named after "voor", "van", "aan" or "for" ("die herinnering voor Sanne"); none when nobody is. */
function forPersonNamed(f: string, reminders: OwnReminder[]): OwnReminder[] {
  return reminders.filter((r) => {
    if (typeof r.target !== "object") return false;
    const first = fold(r.target.name).split(" ")[0];
    return first.length >= 2 && new RegExp(`\\b(?:voor|van|aan|for|to|naar)\\s+@?${first}\\b`).test(f);
  });
}

/** Said of a reminder that is there: "de herinnering", "die reminder", "mijn maandagherinnering", "herinnering 2". */
const THAT_REMINDER = /\b(?:de|die|deze|mijn|m'n|that|the|my)\s+(?:\w+\s+){0,2}?\w*(?:herinnering|reminder)\b|\b\w+herinnering\b|\b(?:herinnering|reminder)\s+(?:nr\s+|nummer\s+)?\d{1,3}\b/;
/** Moved: "naar maandag", "verzetten", "voortaan om 10 uur", "om 10 uur ipv 9", "een dag later". */
const MOVE = /\b(naar|to|verzet\w*|verschuif\w*|verschuiven|verplaats\w*|opschuiven|schuif|move|reschedule|voortaan|ipv|i p v|in plaats van|instead of|(?:zet|zetten|sturen|stuur|doe) (?:\S+ ){0,8}(?:op|om) (?:\S+ ){0,4}\S+|(?:dag|dagen|week|weken|uur|uurtje|day|days|weeks|hour) (?:later|eerder|vroeger|earlier))\b/;

/**
 * "kun je de herinnering voor Sanne over het jaarverslag naar volgende week maandag zetten, zelfde tijd", "die
 * maandagherinnering voortaan om 10 uur ipv 9": one reminder the sender set, at another moment — shown first as
 * stopping it and setting it anew (the same text, for the same people; a day without a time keeps its time).
 */
async function moveReminder(text: string, f: string, w: UnderstandWorld): Promise<Understanding | undefined> {
  if (!w.reminders || !THAT_REMINDER.test(f) || !MOVE.test(f) || /\been\s+(?:\w+\s+)?(?:herinnering|reminder|seintje)\b/.test(f)) return undefined;
  if (/\b(herinner (me|mij|ons)|remind me)\b/.test(f) || REMOVAL.test(f)) return undefined;
  // ("… om 10 uur ipv 9": the moment it had is no part of the new one.)
  const said = text.replace(/\s*\b(?:ipv|i\.p\.v\.?|in plaats van|instead of)\b.*$/i, "").replace(/[,\s]*\b(?:zelfde|dezelfde|same)\s+(?:tijd|tijdstip|uur|time)\b/gi, "");
  // ("mag een dag later", "twee uur eerder": counted from the moment it has.)
  const shift = fold(said).match(/\b(een|1|twee|2|drie|3|vier|4|a|one|two|three)\s+(dag|dagen|week|weken|uur|uurtje|day|days|weeks|hour|hours)\s+(later|eerder|vroeger|earlier)\b/);
  const found = shift ? undefined : findDateIn(said, w.now, w.region);
  if (!found && !shift) return undefined;
  const date = found ?? { start: 0, end: 0, phrase: "", resolution: { kind: "unreadable" as const } };
  const mine = await w.reminders();
  const rest = fold(said.slice(0, date.start) + " " + said.slice(date.end));
  const forThem = forPersonNamed(rest, mine);
  let pool = forThem.length ? forThem : mine;
  const weekday = rest.match(/\b(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)herinnering\b/)?.[1];
  if (weekday) pool = pool.filter((r) => r.next && WEEKDAY_NAMES_NL[localParts(r.next).weekday] === weekday);
  const numbered = rest.match(/\b(?:herinnering|reminder)\s+(?:nr\s+|nummer\s+)?(\d{1,3})\b/);
  const one = numbered ? mine.find((r) => r.number === Number(numbered[1])) : pool.length === 1 ? pool[0] : reminderNamedIn(rest, pool);
  if (!one?.next) return { kind: "run", text: "/herinneringen" };
  const old = localParts(one.next);
  const hhmm = (h: number, m: number) => `${h}:${String(m).padStart(2, "0")}`;
  const resolved = date.resolution.kind === "ok" ? date.resolution : undefined;
  const newTime = resolved?.hasTime ? localParts(resolved.date) : undefined;
  const onlyTime = /^(?:om\s+|at\s+)?\d{1,2}(?::\d{2})?(?:\s*(?:u|uur|h))?$/i.test(date.phrase.trim());
  let moment: string;
  if (shift) {
    if (one.recurrence) return { kind: "run", text: "/herinneringen" };
    const count = ({ een: 1, a: 1, one: 1, twee: 2, two: 2, drie: 3, three: 3, vier: 4 } as Record<string, number>)[shift[1]] ?? Number(shift[1]);
    const hours = /^(uur|uurtje|hour|hours)$/.test(shift[2]) ? count : count * (/^(week|weken|weeks)$/.test(shift[2]) ? 168 : 24);
    const at = localParts(new Date(one.next.getTime() + (shift[3] === "later" ? 1 : -1) * hours * 3_600_000));
    moment = `${at.day} ${MONTH_NAMES_NL[at.month - 1]} ${at.year} ${hhmm(at.hour, at.minute)}`;
  } else if (one.recurrence) {
    const time = newTime ? hhmm(newTime.hour, newTime.minute) : hhmm(one.recurrence.hour, one.recurrence.minute);
    const day = onlyTime ? undefined : date.phrase.match(/\b(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b/i)?.[1].toLowerCase();
    if (one.recurrence.kind === "weekly") moment = `elke ${day ?? WEEKDAY_NAMES_NL[one.recurrence.weekday]} ${time}`;
    else if (one.recurrence.kind === "daily" && onlyTime) moment = `elke ${one.recurrence.workdaysOnly ? "werkdag" : "dag"} ${time}`;
    else return { kind: "run", text: "/herinneringen" };
  } else if (onlyTime) {
    moment = `${old.day} ${MONTH_NAMES_NL[old.month - 1]} ${newTime ? hhmm(newTime.hour, newTime.minute) : date.phrase.trim()}`;
  } else {
    moment = resolved && !resolved.hasTime ? `${date.phrase.trim()} ${hhmm(old.hour, old.minute)}` : date.phrase.trim();
  }
  const who = one.target === "group" ? "groep" : typeof one.target === "object" ? `@${one.target.name}` : "mij";
  return confirmEach([{ text: `/herinner stop ${one.number}` }, { text: `/herinner ${who} ${one.text} ${moment}` }]);
}
