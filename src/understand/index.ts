import { fold } from "../parse/text.ts";
import type { CommandRouter } from "../core/router.ts";
import type { CommandDefinition } from "../core/command.ts";
import type { ActionNameIndex } from "../services/match-actions.ts";
import type { IndexedAction } from "../services/action-index.ts";
import { locateActions, type ActionSpan } from "../services/locate-action.ts";
import type { Ranked } from "../services/rank-actions.ts";
import { localText, type LocalText } from "../i18n/index.ts";
import { isQuestion } from "./question.ts";
import { findDateIn } from "./find-date.ts";
import type { SchoolRegion } from "../parse/school-holidays.ts";
import { NEGATED_STATUS, STATUS_WORDS } from "./words.ts";
import { suggestCommands } from "./suggest.ts";
import { matchStrength } from "../services/find-action.ts";
import { findOrganisationIn, findPersonIn, findPillarIn, run } from "./helpers.ts";
import { readAdmin } from "./read-admin.ts";

/** What the reader of free text needs to know of the wijk and the moment. */
export interface UnderstandWorld {
  now: Date;
  /** The wijk's school-holiday region, for "na de kerstvakantie". */
  region?: SchoolRegion;
  isDirect: boolean;
  router: CommandRouter;
  index: ActionNameIndex<IndexedAction>;
  /** Ranks candidate actions for the sender (open before closed, their own first). */
  rank(candidates: { action: IndexedAction; score: number; exact: boolean }[]): Promise<Ranked<IndexedAction>>;
  people: { displayName: string }[];
  pillars: string[];
  organisations: string[];
}

/** What a free-text message means. Every change runs as the slash command it stands for. */
export type Understanding =
  | { kind: "run"; text: string; pickActionId?: string }
  /** A change read from a question: ask first ("Bedoel je: … ? (ja/nee)"). */
  | { kind: "confirm"; question: LocalText; text: string; pickActionId?: string }
  /** Several actions fit about as well: ask which, by number or name. */
  | { kind: "choose"; question: LocalText; options: { label: string; text: string; pickActionId: string }[] }
  /** A change without an action name: ask which; the next message names it. */
  | { kind: "need-action"; question: LocalText; command: string }
  | { kind: "say"; text: LocalText };

/** Little words around a status, reach or owner that are not a note. */
const FILLER =
  /^(?:\s|[,.;:!?…\-–—()"'“”]|\b(is|zijn|nu|op|zet|zetten|staat|staan|we|wij|ik|de|het|met|helemaal|eindelijk|vandaag|gisteren|inmiddels|al|toch|gewoon|hoor|he|hè|echt|ook|en|dus|maar|gezet|graag|even|alvast|volledig|jullie|jongens|allemaal|iedereen|team|mensen|actie|dan|trouwens|btw|now|has|been|the|we|is|are|as|of|mag|kan|moet|worden|wordt|can|be|marked|set|to|please|pls|aub|svp|thanks|bedankt|top|super|mooi|yes|yay|jippie|hoera|woohoo|klaar|af|ready)\b|\p{Extended_Pictographic}|\uFE0F)*$/iu;

const THANKS = /^(dank( je| u)?( wel)?|bedankt|thanks|thank you|thx|tnx|merci|top|super|mooi|prima|fijn|perfect|geweldig|👍|🙏|oke|ok|oké|helder|duidelijk)([\s!.,]*(wijkbot|hoor|!|👍|🙏))*[\s!.]*$/u;
const HELLO = /^(hoi|hallo|hey|hi|hello|goedemorgen|goedemiddag|goedenavond|morgen|dag|yo|hee)([\s!.,]*(wijkbot|allemaal|!))*[\s!.]*$/;

export async function understand(raw: string, w: UnderstandWorld): Promise<Understanding> {
  const text = raw.trim();
  const f = fold(text);
  if (!f) return { kind: "say", text: localText(text ? "understand.thanks" : "free.empty") };
  if (THANKS.test(f) || THANKS.test(text)) return { kind: "say", text: localText("understand.thanks") };
  if (HELLO.test(f)) return { kind: "say", text: localText("understand.hello") };
  // "kan de speeltuin een week later" is a request; with a question mark it is asked first.
  const question = isQuestion(text) && !(/^(kan|kun|kunnen|mag|wil|wilt|zou|can|could|would|will)\b/.test(f) && !text.includes("?"));

  const typed = commandWithoutSlash(text, f, w.router, question);
  if (typed) return typed;
  const howTo = readHowTo(f, w.router);
  if (howTo) return howTo;
  const undo = readUndo(f, question);
  if (undo) return undo;
  const reminder = readReminder(text, f, w, question);
  if (reminder) return reminder;

  const spans = locateActions(w.index, text);
  const query = await readQuery(text, f, spans, w, question);
  if (query) return query;
  const admin = await readAdmin(text, f, spans, w, question);
  if (admin) return admin;
  const change = await readChange(text, f, spans, w, question);
  if (change) return change;
  return { kind: "say", text: localText("understand.generic", { suggestions: suggestCommands(f, w.router.commands).join("\n") }) };
}

/** "acties mijn", "actie klaar watertappunt": a command typed without its slash. */
function commandWithoutSlash(text: string, f: string, router: CommandRouter, question: boolean): Understanding | undefined {
  if (question) return undefined;
  const first = f.split(" ")[0];
  const names = new Set(router.commands.flatMap((c) => [c.name, ...(c.aliases ?? [])].map((n) => fold(n).split(" ")[0])));
  if (!names.has(first) || /^(wie|status|lijst|list|people|mensen|terug|herstel|herinner|herinnering|reminder|remind|ik|taal|check)$/.test(first)) return undefined;
  const route = router.route(text);
  if (route.kind !== "command") return undefined;
  const phrase = [route.routed.command.name, ...(route.routed.command.aliases ?? [])].map((n) => fold(n));
  if (!phrase.some((p) => f === p || f.startsWith(`${p} `))) return undefined;
  return { kind: "run", text: `/${text}` };
}

const HOWTO_TOPICS: [RegExp, string][] = [
  [/\b(deadline|datum|einddatum|due)\b/, "actie deadline"],
  [/\b(nieuwe actie|actie (aan)?maken|actie toevoegen|actie aan|new action|add an action|create an action|actie invoeren|actie erbij)\b/, "actie nieuw"],
  [/\b(herinner\w*|remind\w*|seintje)\b/, "herinner"],
  [/\b(agenda\w*)\b/, "agendapunt"],
  [/\b(eigenaar|owner|overdragen|overdracht)\b/, "actie eigenaar"],
  [/\b(bereik|reach|aantal kinderen|deelnemers)\b/, "actie bereik"],
  [/\b(budget|begroting|geld|uitgave\w*|kosten|besteed|spent)\b/, "actie budget"],
  [/\b(update|voortgang|notitie|progress|note)\b/, "actie update"],
  [/\b(klaar|afronden|afvinken|af zetten|afmelden|done|finish)\b/, "actie klaar"],
  [/\b(stoppen|stop|annuleren|cancel)\b/, "actie stop"],
  [/\b(parkeren|parkeer|pauze|on hold)\b/, "actie parkeer"],
  [/\b(partner|organisatie)\b/, "actie partner"],
  [/\b(besluit|besluiten|decision)\b/, "besluit"],
  [/\b(vergadering|meeting|stuurgroep)\b/, "vergadering nieuw"],
  [/\b(ongedaan|terugdraaien|undo)\b/, "ongedaan"],
  [/\b(taal|engels|english|language)\b/, "taal"],
  [/\b(koppel\w*|link)\b/, "koppel"],
  [/\b(overzicht|overview|board)\b/, "overzicht"],
  [/\b(naam|name)\b/, "ik"],
];

/** "hoe zet ik een deadline?" → that command's help. */
function readHowTo(f: string, router: CommandRouter): Understanding | undefined {
  if (/^(help|hulp|helpen|\?|wat kun je|wat kan je|wat kun jij|wat kan jij|wat doe je|what can you do|commandos|commando s|uitleg)\b/.test(f)) {
    const topic = HOWTO_TOPICS.find(([p]) => p.test(f.replace(/^(help|hulp)\s*/, "")));
    return { kind: "run", text: topic && f.split(" ").length > 1 ? `/help ${topic[1]}` : "/help" };
  }
  const asksHow =
    /^(hoe|how)\b/.test(f) && !/^(hoe|how) (staat|gaat|loopt|is|zijn|staan|lopen|ver|vaak|laat|veel|lang|are|is|far)\b/.test(f) ||
    /\b(hoe (moet|kan|doe|zet|maak|voeg|werkt)|how (do|can|to)|kun je uitleggen|wat moet ik typen|wat typ ik)\b/.test(f);
  if (!asksHow) return undefined;
  const topic = HOWTO_TOPICS.find(([p]) => p.test(f));
  const known = topic && router.commands.some((c) => c.name === topic[1]);
  return { kind: "run", text: known ? `/help ${topic![1]}` : "/help" };
}

/** "oeps, terugdraaien", "maak ongedaan", "undo". */
function readUndo(f: string, question: boolean): Understanding | undefined {
  const explicit = /\b(ongedaan|terugdraaien|terug ?draaien|draai (dat|het|die|dit|alles)? ?(maar |even |nog )?terug|zet (het|dat|die) (maar )?terug|undo|herstel (dat|het|die)|revert)\b/.test(f);
  const oops = /^(oeps|oops|oh nee|shit|foutje|verkeerd|fout)\b/.test(f) && f.split(" ").length <= 4;
  if (explicit && !question) return { kind: "run", text: "/ongedaan" };
  if (explicit || oops) return { kind: "confirm", question: localText("understand.confirm", { what: "/ongedaan" }), text: "/ongedaan" };
  return undefined;
}

const REMINDER = /\b(herinner\w*|remind\w*|seintje|geheugensteun\w*|reminder)\b/;
const RECURRING = /\b(elke|iedere|elk|ieder|every|wekelijks|dagelijks|maandelijks)\b.*$/;

/** "herinner me maandag aan de subsidieaanvraag": who, what and when, wherever they stand. */
function readReminder(text: string, f: string, w: UnderstandWorld, question: boolean): Understanding | undefined {
  if (!REMINDER.test(f)) return undefined;
  if (/\b(welke|mijn|alle|lijst|overzicht|heb ik|staan er|list|show)\b.*\bherinneringen\b|\bherinneringen\b.*\?$/.test(f) || /^(wat|welke|which|what)\b/.test(f)) {
    return { kind: "run", text: /\balle\b/.test(f) ? "/herinneringen alle" : "/herinneringen" };
  }
  let rest = text;
  let target = "mij";
  const triggerRe = /^(.*?)\b(herinner(?:ing)?|remind|stuur|zet|maak|geef)\b\s*(?:een\s+)?(?:herinnering|reminder|seintje)?\s*(?:voor\s+|aan\s+|naar\s+)?(me|mij|mezelf|ons|de groep|groep|iedereen|allemaal|us|everyone|the group|@[\p{L}][\p{L}\p{N}_-]*)?\b/iu;
  const m = rest.match(triggerRe);
  if (!m) return undefined;
  const who = (m[3] ?? "").toLowerCase();
  if (/^(ons|de groep|groep|iedereen|allemaal|us|everyone|the group)$/.test(who)) target = "groep";
  else if (who.startsWith("@")) target = m[3];
  rest = `${m[1]} ${rest.slice(m[0].length)}`.trim();
  rest = rest.replace(/\b(een\s+)?(herinnering|reminder|seintje)\b/i, " ").replace(/\s+/g, " ").trim();
  let when = "";
  const recurring = rest.match(RECURRING);
  if (recurring && fold(recurring[0]).split(" ").length <= 8) {
    when = recurring[0].trim();
    rest = rest.slice(0, recurring.index).trim();
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
    .replace(/^(?:[,.:;-]\s*)*(?:(?:aan|om|over|dat|van|to|about|of|for|wel|even|nog|please|pls|aub|svp|graag|alsjeblieft|a\.?u\.?b\.?|me|mij|ons)\b[\s,]*)*/i, "")
    .replace(/[\s,]*(aub|svp|graag|please|pls|alsjeblieft|thanks|bedankt|a\.u\.b\.)?[\s.!?]*$/i, "")
    .trim();
  if (!what) return { kind: "say", text: localText("understand.reminderWhat") };
  if (!when) return { kind: "say", text: localText("understand.reminderWhen", { what, target }) };
  const command = `/herinner ${target} ${what} ${when}`;
  if (question && !/^(kun|kan|wil|zou|can|could|will|would)\b/.test(f)) return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command };
  return { kind: "run", text: command };
}

/** Questions answered from the current data, as the slash command that shows it. */
async function readQuery(text: string, f: string, spans: ActionSpan<IndexedAction>[], w: UnderstandWorld, question: boolean): Promise<Understanding | undefined> {
  const showMe = /^(laat|toon|geef|stuur|show|list|lijst|overzicht van)\b.*\b(zien|overzicht|lijst|acties|actions|agenda)?\b/.test(f);
  if (!question && !showMe && !/^(mijn acties|my actions|wat nog|te laat|overdue|agenda|vergaderingen)\b/.test(f)) return undefined;
  if (/\b(te laat|verlopen|achterstand|achter lopen|achterlopen|over de deadline|overdue|late|verlopen deadlines|deadline gemist|gemist)\b/.test(f) && !spans.length) return run("/acties te laat");
  if (/\b(wat moet ik|mijn acties|mijn taken|mijn lijst|wat staat er (nog )?op mijn|wat heb ik (nog )?(open|lopen|staan|te doen)|wat sta ik|wat ligt er (nog )?bij mij|my actions|my tasks|what do i (have|need)|what should i|wat moet ik nog|heb ik nog)\b/.test(f)) return run("/acties mijn");
  if (/\b(vergadering|vergaderen|vergadert|stuurgroep|overleg|meeting|bijeenkomst|stuurgroepvergadering)\b/.test(f) && /\b(wanneer|volgende|next|when|datum|welke dag|hoe laat|date)\b/.test(f)) return run("/vergaderingen");
  if (/\bagenda\b/.test(f) && !/\b(zet|op de agenda|agenderen)\b/.test(f)) return run("/agenda");
  const person = findPersonIn(text, w.people);
  if (person && /\b(acties|actions|doet|doen|bezig|heeft|trekt|werkt|taken|does|has|working)\b/.test(f) && !spans.some((s) => s.quality >= 4)) return run(`/wie ${person}`);
  const pillar = findPillarIn(f, w.pillars);
  if (/^(wie|who)\b/.test(f) || /\b(wie is|wie zijn|wie doet|wie trekt|wie zit|wie heeft|wie is wie|who is|who does)\b/.test(f)) {
    if (/\bwie is wie\b|\bwho is who\b/.test(f)) return run("/wie");
    if (person) return run(`/wie ${person}`);
    if (pillar) return run(`/wie ${pillar}`);
    const org = w.organisations.find((o) => f.includes(fold(o)) || fold(o).split(" ").some((word) => word.length >= 3 && f.split(" ").includes(word) && !["groningen", "lewenborg"].includes(word)));
    if (org) return run(`/wie ${org}`);
    if (spans.length) return actionInfo(spans, w);
    return run("/wie");
  }
  if (spans.length && (question || showMe) && !CHANGE_SIGNAL.test(f)) return actionInfo(spans, w);
  if (pillar && /\b(acties|hoe staat|hoe gaat|stand|actions|how is|ervoor)\b/.test(f)) return run(`/acties ${pillar}`);
  if (/\b(overzicht|hoe staan we|hoe staat het ervoor|hoe staat alles|stand van zaken|overview|hoe gaat het met alles|board)\b/.test(f)) return run("/overzicht");
  if (/\b(open acties|lopende acties|welke acties lopen|wat loopt er|wat is er open|open actions|wat staat er open)\b/.test(f)) return run("/acties open");
  if (/\b(welke acties|alle acties|hoeveel acties|which actions|all actions|wat zijn de acties)\b/.test(f)) return run(pillar ? `/acties ${pillar}` : "/acties");
  if (/\b(te laat|overdue|late)\b/.test(f)) return run("/acties te laat");
  if (/\bherinneringen\b/.test(f)) return run("/herinneringen");
  if (pillar) return run(`/acties ${pillar}`);
  return undefined;
}

async function actionInfo(spans: ActionSpan<IndexedAction>[], w: UnderstandWorld): Promise<Understanding> {
  const picked = await pickAction(spans, w);
  if (picked.chosen) return { kind: "run", text: `/actie info ${picked.chosen.title}`, pickActionId: picked.chosen.id };
  return choose(picked.contenders, "actie info", "", spans[0]);
}

/** Words that make a question about an action a request to change it ("kun je X op klaar zetten?"). */
const CHANGE_SIGNAL =
  /\b(zet|zetten|verzet|verzetten|verschuif|schuif|opschuiven|uitstellen|later|eerder|deadline|noteer|eigenaar|overnemen|partner|bereikt|uitgegeven|besteed|begroot|parkeer|parkeren|stoppen|afronden|afsluiten|markeer|mark|set|move|postpone)\b/;

/** Changes: status, note, deadline, owner, reach, budget, partner, new action, agenda item, decision. */
async function readChange(text: string, f: string, spans: ActionSpan<IndexedAction>[], w: UnderstandWorld, question: boolean): Promise<Understanding | undefined> {
  const newAction = readNewAction(text, f, w);
  if (newAction) return newAction;
  const agenda = readAgendaItem(text, f, question);
  if (agenda) return agenda;
  const decision = readDecision(text, f, question);
  if (decision) return decision;

  const statusHit = STATUS_WORDS.map((s) => ({ ...s, m: f.match(s.pattern) })).filter((s) => s.m);
  const negated = NEGATED_STATUS.test(f);
  const deadlineWords = /\b(deadline|verzet|verzetten|verschuif|verschuiven|schuif|schuiven|uitstellen|uitstel|opschuiven|verplaats|verplaatsen|later|eerder|moet (af|klaar) zijn|af (zijn )?voor|klaar (zijn )?voor|uiterlijk|due|postpone|move|pushed|push|delay|einddatum)\b/.test(f);
  const amount = text.match(/(?:€\s*(\d[\d.,]*\s*k?)|(\d[\d.,]*\s*k?)\s*(?:euro|eur)\b)/i);
  const count = f.match(/\b(\d+)\s+(kinderen|kids|jongeren|ouders|deelnemers|mensen|leerlingen|gezinnen|bewoners|scholen|kinders|vaders|moeders|meiden|jongens|children|young people|parents|participants|people|families|pupils|students|residents|schools|handtekeningen)\b/);
  const explicitUpdate = /^(update|voortgang|notitie|stand van zaken|even een update|kleine update|korte update|progress|note|status update|nieuws)\b|\b(update (over|van|bij|voor|on)|voortgang (over|van|bij|voor)|noteer (bij|dat|voor)|note on|progress on)\b/.test(f);

  if (!spans.length) {
    const bare = f.split(" ").length <= 3;
    if ((statusHit.length || deadlineWords || amount || count || explicitUpdate) && (!question || bare) && f.split(" ").length <= 12) {
      const sub = statusHit[0]?.sub;
      const command = sub && !negated ? `actie ${sub}` : deadlineWords ? "actie deadline" : explicitUpdate ? "actie update" : undefined;
      if (command) return { kind: "need-action", question: localText("understand.whichAction"), command };
    }
    return undefined;
  }
  const picked = await pickAction(spans, w, statusHit[0]?.m?.index);
  const span = picked.chosen ? spans.find((s) => s.action.id === picked.chosen!.id)! : spans[0];
  const build = (command: string, suffix: string, what: LocalText): Understanding => {
    if (!picked.chosen) return choose(picked.contenders, command, suffix, span);
    const full = `/${command} ${picked.chosen.title}${suffix}`;
    if (question) return { kind: "confirm", question: localText("understand.confirm", { what }), text: full, pickActionId: picked.chosen.id };
    return { kind: "run", text: full, pickActionId: picked.chosen.id };
  };
  const title = picked.chosen?.title ?? span.action.title;
  const around = (from: number, to: number) => ({ before: text.slice(0, Math.min(from, span.start)), after: text.slice(Math.max(to, span.end)) });

  // Owner: "Ahmed neemt de speeltuin over", "eigenaar van X wordt @Lisa".
  const person = findPersonIn(text, w.people, true);
  if (person && /\b(eigenaar|neemt\b.*\bover|overnemen|over ?nemen|trekker|trekt|gaat .* doen|doet voortaan|is (nu |voortaan )?van|geef .* aan|toewijzen|wijs .* toe|owner|assign|takes over|take over)\b/.test(f)) {
    return build("actie eigenaar", ` @${person}`, localText("understand.what.command", { command: `/actie eigenaar ${title} @${person}` }));
  }
  // Reach: "35 kinderen bereikt bij X", "beoogd 100 kinderen".
  if (count && !amount && !/\b(handtekeningen)\b/.test(count[2]) && /\b(bereikt|bereik|bereiken|geweest|meegedaan|mee gedaan|deelgenomen|deelnemers|kwamen|waren er|waren|hadden we|reached|came|joined|took part|attended|beoogd|doel|streven|target|verwacht|willen we|aangemeld|ingeschreven|meedoen|gehad|gezien|geholpen|bereikt met)\b/.test(f)) {
    const intended = /\b(beoogd|doel|streven|target|verwacht|willen we|mikken|goal|aim)\b/.test(f);
    const n = count[1];
    return build("actie bereik", intended ? ` beoogd ${n}` : ` ${n}`, localText("understand.what.command", { command: `/actie bereik ${title}${intended ? " beoogd" : ""} ${n}` }));
  }
  // Budget: "€250 uitgegeven aan X", "begroting X 1500 euro".
  if (amount && /\b(uitgegeven|besteed|gekost|kost|kosten|betaald|uitgave|spent|paid|cost|begroot|begroting|budget|gebudgetteerd|beschikbaar|subsidie|toegekend|budgeted|gereserveerd)\b/.test(f)) {
    const planned = /\b(begroot|begroting|budget|gebudgetteerd|beschikbaar|toegekend|budgeted|gereserveerd|subsidie)\b/.test(f) && !/\b(uitgegeven|besteed|gekost|betaald|spent|paid)\b/.test(f);
    const value = (amount[1] ?? amount[2]).replace(/\s+/g, "");
    const kind = planned ? "begroot" : "besteed";
    return build("actie budget", ` ${kind} ${value}`, localText("understand.what.command", { command: `/actie budget ${title} ${kind} €${value}` }));
  }
  // Deadline: "verzet X naar 1 april", "kan X een week later", "X moet klaar zijn voor de kerst".
  const shift = f.match(/\b(een|1|twee|2|drie|3|vier|4|vijf|5|zes|6|\d+) (dag|dagen|week|weken|maand|maanden|days?|weeks?|months?) (later|eerder|uitstel|opschuiven|erbij|extra|earlier)\b|\b(week|maand) (later|uitstel|erbij|extra)\b/);
  const date = findDateIn(text.slice(0, span.start) + " ".repeat(span.end - span.start) + text.slice(span.end), w.now, w.region);
  if (deadlineWords && (shift || date) && !(statusHit.length && !/\b(moet|moeten|voor|uiterlijk|deadline|must|by)\b/.test(f) && !shift)) {
    const when = shift ? shift[0].replace(/^(week|maand)/, "een $1") : date!.phrase;
    return build("actie deadline", ` ${when}`, localText("understand.what.command", { command: `/actie deadline ${title} ${when}` }));
  }
  // Partner: "GGD doet mee aan X", "partner van X: Kids2b".
  const org = /\b(partner|samen met|in samenwerking met|doet mee|doen mee|sluit aan|sluiten aan|partners|samenwerking|together with|partnering)\b/.test(f) ? findOrganisationIn(text, f, w.organisations) : undefined;
  if (org && !statusHit.length) return build("actie partner", ` ${org}`, localText("understand.what.command", { command: `/actie partner ${title} ${org}` }));

  // Status, with a trailing reason kept as a note.
  if (statusHit.length && !negated) {
    const hit = pickStatus(statusHit, span);
    const statusEnd = hit.m!.index! + hit.m![0].length;
    const { before, after } = around(originalIndex(text, f, hit.m!.index!), originalIndex(text, f, statusEnd));
    const note = noteFrom(after) || (contentWords(before) >= 3 ? noteFrom(before) : "");
    const status = localText(`status.${statusOf(hit.sub)}` as never);
    const what = note ? localText("understand.what.statusNote", { title, status, note }) : localText("understand.what.status", { title, status });
    return build(`actie ${hit.sub}`, note ? `: ${note}` : "", what);
  }
  // A progress note: said explicitly, or a report about an action (asked first).
  const { before, after } = { before: text.slice(0, span.start), after: text.slice(span.end) };
  const note = explicitUpdate ? noteFrom(after.replace(/^\s*[:,-]?\s*/, "")) || noteFrom(before.replace(/^\s*(update|voortgang|notitie|stand van zaken|even een update|kleine update|korte update|progress|note|status update|nieuws)\b\s*(over|van|bij|voor|on)?\s*:?/i, "")) : noteFrom(after) || (contentWords(before) >= 2 ? text.trim() : "");
  if (note && contentWords(note) >= 1) {
    const what = localText("understand.what.update", { title, note });
    if (!picked.chosen) return choose(picked.contenders, "actie update", `: ${note}`, span);
    const full = `/actie update ${picked.chosen.title}: ${note}`;
    if (explicitUpdate && !question) return { kind: "run", text: full, pickActionId: picked.chosen.id };
    return { kind: "confirm", question: localText("understand.confirm", { what }), text: full, pickActionId: picked.chosen.id };
  }
  if (negated) return undefined;
  return undefined;
}

function pickStatus<T extends { sub: string; m: RegExpMatchArray | null }>(hits: T[], span: ActionSpan<IndexedAction>): T {
  // "stop" inside the action's name ("Stoppen met roken") is not a status: the hit outside the name wins.
  return hits.find((h) => h.m!.index! < span.start || h.m!.index! >= span.end) ?? hits[0];
}

function statusOf(sub: string): string {
  return sub === "stop" ? "gestopt" : sub === "parkeer" ? "geparkeerd" : sub;
}

/** Offsets found in the folded text, mapped back (folding keeps lengths nearly equal; good enough to split). */
function originalIndex(text: string, f: string, index: number): number {
  if (text.length === f.length) return index;
  const ratio = text.length / Math.max(1, f.length);
  return Math.min(text.length, Math.round(index * ratio));
}

function noteFrom(part: string): string {
  const trimmed = part.replace(/^[\s,.;:!?…\-–—)]+/, "").replace(/^(want|omdat|since|because)\b\s*/i, (m) => m).trim();
  if (!trimmed || FILLER.test(trimmed)) return "";
  return trimmed.replace(/^(en|dus|maar|and)\s+/i, "").trim();
}

function contentWords(part: string): number {
  return fold(part).split(" ").filter((word) => word && !FILLER.test(word)).length;
}

async function pickAction(spans: ActionSpan<IndexedAction>[], w: UnderstandWorld, near?: number): Promise<Ranked<IndexedAction>> {
  const first = Math.min(...spans.map((s) => s.firstToken));
  const candidates = spans.slice(0, 30).map((s) => {
    let score = matchStrength(s, first);
    if (near !== undefined) score -= Math.min(2, Math.abs(s.start - near) / 40);
    return { action: s.action, score, exact: s.exact };
  });
  return w.rank(candidates);
}

function choose(contenders: IndexedAction[], command: string, suffix: string, span: ActionSpan<IndexedAction>): Understanding {
  if (!contenders.length) return { kind: "need-action", question: localText("understand.whichAction"), command };
  return {
    kind: "choose",
    question: localText("action.choose", { query: span.action.shortName ?? span.action.title }),
    options: contenders.slice(0, 6).map((a) => ({ label: a.pillarName ? `${a.title} (${a.pillarName})` : a.title, text: `/${command} ${a.title}${suffix}`, pickActionId: a.id })),
  };
}

/** "nieuwe actie: Buurtmoestuin, pijler Gezond, deadline 1 juni, eigenaar @Fatima". */
function readNewAction(text: string, f: string, w: UnderstandWorld): Understanding | undefined {
  const trigger = text.match(/^(.*?)\b(nieuwe actie|maak (een |even een )?(nieuwe )?actie( aan)?|voeg (een |even een )?(nieuwe )?actie( toe)?|actie (aan)?maken|actie toevoegen|nieuw[e]? (project|activiteit)|new action|add (an |a new )?action|create (an |a new )?action)\b\s*(?:aan|toe|voor|:|-|–)?\s*/i);
  if (!trigger) return undefined;
  let rest = text.slice(trigger.index! + trigger[0].length).trim().replace(/^[:\-–,]\s*/, "");
  if (/\b(toe|aan)$/i.test(rest.split(/[,.]/)[0] ?? "")) rest = rest.replace(/\s+(toe|aan)\b/i, "");
  const parts: string[] = [];
  const pillar = rest.match(/[,;]?\s*\b(?:pijler|bij pijler|onder pijler|in pijler|voor pijler|pillar|onder|bij|voor|in)\s+([\p{L}]+)\b/iu);
  if (pillar && w.pillars.some((p) => fold(p) === fold(pillar[1]))) {
    parts.push(`pijler ${w.pillars.find((p) => fold(p) === fold(pillar[1]))}`);
    rest = rest.replace(pillar[0], " ");
  }
  const owners = [...rest.matchAll(/[,;]?\s*(?:\b(?:eigenaar|eigenaren|trekker|owner|door|kartrekker)\s*:?\s*)?(@[\p{L}][\p{L}\p{N}_-]*)/giu)];
  if (owners.length) {
    parts.push(`eigenaar ${owners.map((o) => o[1]).join(" ")}`);
    for (const o of owners) rest = rest.replace(o[0], " ");
  }
  const deadline = rest.match(/[,;]?\s*\b(?:deadline|uiterlijk|klaar voor|af voor|due|voor)\s*:?\s*(.+?)(?=[,;]|$)/i);
  if (deadline && findDateIn(deadline[1], w.now, w.region)) {
    parts.push(`deadline ${deadline[1].trim()}`);
    rest = rest.replace(deadline[0], " ");
  } else {
    const date = findDateIn(rest, w.now, w.region);
    if (date && /\b(deadline|klaar|af|uiterlijk|voor|due|by)\b/i.test(rest.slice(Math.max(0, date.start - 12), date.start))) {
      parts.push(`deadline ${date.phrase}`);
      rest = `${rest.slice(0, date.start)}`.replace(/\s*\b(deadline|klaar|af|uiterlijk|voor|due|by)\s*$/i, "") + rest.slice(date.end);
    }
  }
  const title = rest.replace(/\s+/g, " ").replace(/^[\s,:;\-–"“']+|[\s,.;:!"”']+$/g, "").replace(/^(genaamd|met de naam|called|named|:)\s+/i, "").trim();
  if (!title) return { kind: "say", text: localText("understand.newWhat") };
  const command = ["/actie nieuw", title, ...parts].join(" ");
  if (isQuestion(text) && !/^(kun|kan|wil|zou|can|could|will|would)\b/.test(f)) return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command };
  return { kind: "run", text: command };
}

/** "zet X op de agenda (voor de stuurgroep)", "agendapunt: X". */
function readAgendaItem(text: string, f: string, question: boolean): Understanding | undefined {
  if (!/\b(op de agenda|agendapunt|agenderen|op de agenda zetten|bespreken in de stuurgroep|in de stuurgroep bespreken|on the agenda|agenda item|voor de agenda|aan de agenda)\b/.test(f)) return undefined;
  if (/^(wat|welke|what|which)\b/.test(f)) return undefined;
  const item = text
    .replace(/\b(kun je|kan je|kunnen we|kunnen jullie|wil je|zou je|graag|even|alsjeblieft|aub|svp|please|can you|could you)\b/gi, " ")
    .replace(/\b(zet|zetten|plaats|plaatsen|put|add)\b/gi, " ")
    .replace(/\b(op de agenda|aan de agenda|voor de agenda|agenderen|on the agenda|to the agenda)\b/gi, " ")
    .replace(/\b(voor|van|bij|in) de (volgende )?(stuurgroep|vergadering|meeting)\b/gi, " ")
    .replace(/\b(agendapunt|agenda item)\b\s*:?/gi, " ")
    .replace(/\b(bespreken|in de stuurgroep|stuurgroep)\b/gi, " ")
    .replace(/\s+/g, " ")
    .replace(/^[\s,:;\-–]+|[\s,.;:!?]+$/g, "")
    .trim();
  if (!item) return undefined;
  const command = `/agendapunt ${item}`;
  if (question && !/^(kun|kan|wil|zou|kunnen|can|could|will|would)\b/.test(f)) return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command };
  return { kind: "run", text: command };
}

/** "besluit: X", "we hebben besloten dat X". */
function readDecision(text: string, f: string, question: boolean): Understanding | undefined {
  const m = text.match(/^(?:besluit|besloten|genomen besluit|decision|decided)\s*:\s*(.+)$/i) ?? text.match(/\b(?:we hebben besloten|de stuurgroep (?:heeft )?besloten|de stuurgroep besluit|besloten is|we besluiten|we decided|the board decided)\s*(?:dat|om|:|that|to)?\s*(.+)$/i);
  if (!m || question) return undefined;
  return { kind: "run", text: `/besluit ${m[1].trim()}` };
}
