import { editDistance, fold } from "../parse/text.ts";
import { localText } from "../i18n/index.ts";
import { formatDay } from "../render/format.ts";
import { confirmEach, numberWordsToDigits } from "./helpers.ts";
import type { Understanding, UnderstandWorld } from "./index.ts";
import { findDateIn } from "./find-date.ts";
import { localParts, weekdayOf } from "../time/amsterdam.ts";
import { MONTHS, MONTH_NAMES_NL, WEEKDAY_NAMES_NL, WEEKDAYS, bareDayOfMonth } from "../parse/dates.ts";

// The agenda in free text: items named by number or by their words, accepted, deferred, handled or put in order.

/** "1 en 2 zijn allebei besproken" in the stuurgroep: bare numbers before a verb are agenda items ("punten 1 en 2 …"). */
export function bareItemNumbers(f: string): string {
  return f.replace(/^(?:wijkbot\s+)?(\d{1,2}(?:\s*(?:,|en|&|and)\s*\d{1,2})*)\s+(?=(?:zijn|is|mogen|mag|kunnen|kan|worden|wordt|gaan|gaat|behandel[dt]|besproken|afgehandel[dt]|gehad|geaccepteerd|uitgesteld|doorgeschoven|door naar|schuift|akkoord)\b)/, (_all, numbers: string) => (/\D/.test(numbers.trim()) ? `punten ${numbers} ` : `punt ${numbers} `));
}

/** A question that asks for the change ("kan de begroting naar maart?"): read like the request, shown first. */
const ASKS_TO = /^(kan|kunnen|kunt|kun|mag|mogen|zullen|zou|zouden|wil|willen|wilt)\b/;

const AGENDA_DEFER = /\b(schuift (\w+ ){0,2}door|door naar (de |het )?(\d{1,2} \w+|volgende|vergadering|maart|april|mei|juni|juli|september|oktober|november|december|januari|februari)|schuiven (\w+ ){0,3}door|(?:schuiven|schuift) (\w+ ){0,3}naar (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|de volgende|volgende)|doorschuiven|schuif (\w+ ){0,4}door|uitstellen|uitgesteld|stel (\w+ ){0,4}uit|stellen (\w+ ){0,3}uit|naar de volgende (vergadering|keer|stuurgroep|meeting)|naar de vergadering van \w+|volgende keer|postpone|next meeting)\b/;
const AGENDA_ACCEPT = /\b(mag op de agenda|mag erop|(?:mogen|kunnen) (?:\w+ ){0,2}(?:op de agenda|erop|er op)|mag er ?op|kan er ?op|kan op de agenda|mag er (?:wel|ook) op|kan er (?:wel|ook) op|accepteer|accepteren|opnemen|opgenomen|neem (\w+ ){0,10}op|nemen (\w+ ){0,10}op|nemen we (\w+ ){0,2}mee|neem (\w+ ){0,3}mee|meenemen|akkoord|goedkeuren|keur (\w+ ){0,3}goed|accept|geaccepteerd|aangenomen|goedgekeurd|accepted|approved)\b/;
const AGENDA_HANDLED = /\b(besproken|behandeld|afgehandeld|discussed|gehad|hebben we gehad|(?:is|zijn) geweest|afvinken|afgevinkt|afstrepen|afgestreept|kan eraf|mag eraf|kunnen we (?:\w+ )?af|(?:mag|mogen|kan|kunnen) (?:\w+ )?van de lijst)\b/;
/** The chair moving on to the next item ("door naar de begroting", "volgende punt"). */
const MOVE_ON = /\b(door naar|op naar|verder met|door met|volgende punt|volgend punt|next item|next point|moving on)\b/;
const AGENDA_NOISE = new Set("gedaan klaar afgerond volgende volgend door naar verder schuift schuiven doorschuiven schuif door uitstellen uitgesteld stel stellen naar volgende vergadering keer stuurgroep meeting agenda mag erop accepteer accepteren geaccepteerd aangenomen goedgekeurd accepted approved agendapunt opnemen opgenomen kan kunnen neem nemen akkoord goedkeuren keur goed besproken behandeld afgehandeld gehad hebben eerst rest wijkbot graag even punt voor over daar deze geen tijd niet maar want omdat moet moeten willen zullen toch echt alleen maart april januari februari juni juli augustus september oktober november december".split(" "));

/**
 * "de begroting schuift door naar maart", "plek watertappunt mag op de agenda": an item of the
 * next meeting's agenda named by its words, in the stuurgroep chat (or with "agenda"/"vergadering"
 * said). Shown first as the numbered command.
 */
export async function readAgendaByName(f: string, w: UnderstandWorld, question: boolean, nested = false): Promise<Understanding | undefined> {
  // ("het punt over de plek van het watertappunt nemen we op, en de begroting schuift door naar maart": two items, each with its
  // own verb — both shown first; an item moved away goes last, so the numbers said still hold.)
  const clauses = nested ? [] : f.split(/ (?:en|and) (?=(?:de|het|dat|die|punt|agendapunt) )/);
  if (clauses.length === 2 && clauses.every((c) => c.split(" ").length >= 3)) {
    const each = await Promise.all(clauses.map((c) => readAgendaByName(c, w, question, true)));
    const commands = each.map((r) => (r?.kind === "confirm" && !r.then?.length && /^\/agenda (accepteer|uitstellen|behandeld) \d{1,2}$/.test(r.text) ? r.text : undefined));
    if (commands[0] && commands[1] && commands[0].split(" ").at(-1) !== commands[1].split(" ").at(-1)) {
      const [a, b] = commands as string[];
      // (The same verb for both: one command, which takes care of the numbers itself.)
      if (a.replace(/ \d+$/, "") === b.replace(/ \d+$/, "")) {
        const both = `${a} ${b.split(" ").at(-1)}`;
        return { kind: "confirm", question: localText("understand.confirm", { what: both }), text: both };
      }
      const ordered = [a, b].sort((x, y) => Number(x.startsWith("/agenda uitstellen")) - Number(y.startsWith("/agenda uitstellen")));
      return confirmEach(ordered.map((text) => ({ text })));
    }
  }
  // ("voortgang klaar, begroting klaar, door naar punt 3", "de pijlervoortgang is gedaan, volgende punt": items done during the
  // meeting, said as the chair moves on — handled.)
  const movesOn = MOVE_ON.test(f);
  if (movesOn) f = f.replace(/\b(door naar|op naar|verder met|door met) (?:agenda)?punt \d{1,2}\b/, "$1");
  // ("kan de begroting naar de vergadering van maart?": a request, asked first like every reading here.)
  if (!w.agendaItems || (question && !ASKS_TO.test(f)) || /\bpunt(en)? \d/.test(f)) return undefined;
  // ("zoals zojuist besproken wil de stuurgroep een nieuwe actie: …, pijler Kansrijk": a new action, not an item dealt with.)
  if (/\b(?:nieuwe|nieuw|extra) (?:actie|aktie)\b|\bnew action\b/.test(f)) return undefined;
  // ("kan het punt over de begroting naar maart?": an item, named as a point about something.)
  // ("tussenevaluatie schuift door naar de volgende keer": moved to the next time is said only of an item.)
  if (w.chatKind !== "stuurgroep" && !/\b(agenda|vergadering|stuurgroep)\b|\b(het|dat|die) (agenda)?(punt|voorstel) (over|van)\b|\b(accepteer|accepteren|neem|keur) (?:\w+ )?alle (voorstellen|voorgestelde punten)\b|\b(schuift|schuiven|gaat|gaan) (\w+ ){0,2}door naar de volgende (keer|vergadering|stuurgroep)\b/.test(f)) return undefined;
  // ("kan er voor de volgende keer een punt bij over …": a new item asked for, not one of the agenda moved.)
  if (/\b(?:een|nog een|extra|nieuw|nieuwe)\s+(?:agenda)?punt\s+(?:bij|erbij|aandragen|toevoegen|inbrengen|indienen)\b/.test(f)) return undefined;
  // "we zijn door alle punten heen, alles behandeld": every item still open, shown first.
  if (/\b(alle (agenda)?punten|de hele agenda|alles|all items|everything)\b.*\b(besproken|behandeld|afgehandeld|gehad|discussed)\b|\bdoor alle (agenda)?punten heen\b|\bagenda is (helemaal )?(af|afgewerkt|rond)\b/.test(f)) {
    // ("alles behandeld behalve het watertappunt": the item named after "behalve" stays open.)
    const but = f.match(/\b(?:behalve|except|op (?:\w+ )?na)\s+(.+)$/)?.[1];
    const butWords = but ? but.split(" ").filter((x) => x.length >= 4 && !AGENDA_NOISE.has(x)) : [];
    const named = (item: { text: string }) => butWords.some((x) => fold(item.text).split(" ").some((o) => o.length >= 4 && (o.startsWith(x) || x.startsWith(o))));
    const open = (await w.agendaItems()).filter((item) => item.status !== "behandeld" && item.status !== "uitgesteld" && !named(item));
    if (!open.length || (but && !butWords.length)) return undefined;
    const command = `/agenda behandeld ${open.map((item) => item.number).join(" ")}`;
    return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command };
  }
  // ("… rondgegaan en goedgekeurd, die kan als behandeld": what it is to be now, said last, wins over how it got there.)
  const handledNow = AGENDA_HANDLED.test(f) && /\b(als|op|kan|mag)\s+(?:als\s+)?(behandeld|afgehandeld|besproken)\b/.test(f);
  // ("de begroting schuiven we door naar maart, de cijfers zijn nog niet klaar": not done is no item dealt with.)
  const doneMovingOn = movesOn && /\b(gedaan|klaar|afgerond|rond|af|done|finished)\b/.test(f.replace(/\b(?:nog niet|niet|not yet|not)\s+(?:\w+\s+)?(?:gedaan|klaar|afgerond|rond|af|done|finished)\b/g, " "));
  // ("zet de plek van het watertappunt maar op de agenda, is goed": every word said is of an item proposed already — accepting
  // it, not a second item.)
  const putOn = f.match(/\b(?:zet|neem|doe)\s+(.+?)\s+(?:(?:maar|even|ook|toch|wel|dan)\s+)*op de agenda\b/);
  const putWords = putOn ? putOn[1].split(" ").filter((x) => x.length >= 4 && !AGENDA_NOISE.has(x)) : [];
  if (putWords.length >= 2) {
    const proposed = (await w.agendaItems()).filter((item) => item.status === "voorgesteld" && putWords.every((x) => fold(item.text).split(" ").some((o) => o.length >= 4 && sameWord(o, x))));
    if (proposed.length === 1) {
      const command = `/agenda accepteer ${proposed[0].number}`;
      return { kind: "confirm", question: localText("understand.confirm", { what: `${command} (${proposed[0].text})` }), text: command };
    }
  }
  const verb = AGENDA_DEFER.test(f) && !doneMovingOn ? "uitstellen" : handledNow || doneMovingOn ? "behandeld" : AGENDA_ACCEPT.test(f) ? "accepteer" : AGENDA_HANDLED.test(f) ? "behandeld" : undefined;
  if (!verb) return undefined;
  // "accepteer alle voorstellen maar": every proposed item, shown first.
  // ("neem beide voorgestelde punten maar op": both, when two are proposed.)
  if (verb === "accepteer" && (/\b(alle|all) (voorstellen|voorgestelde punten|nieuwe punten|proposals)\b/.test(f) || (/\b(beide|allebei|de twee|both)\b/.test(f) && /\b(voorstellen|voorgestelde punten|nieuwe punten|proposals)\b/.test(f) && (await w.agendaItems()).filter((item) => item.status === "voorgesteld").length === 2))) {
    const proposed = (await w.agendaItems()).filter((item) => item.status === "voorgesteld");
    if (!proposed.length) return undefined;
    const command = `/agenda accepteer ${proposed.map((item) => item.number).join(" ")}`;
    return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command };
  }
  // (Only what is done: the item moved on to is named after "door naar"; an item accepted "en meteen na de voortgang" is not
  // the voortgang.)
  const done = doneMovingOn ? f.slice(0, f.search(MOVE_ON)) : verb === "accepteer" ? f.replace(/ en (?:(?:dan|meteen|direct|gelijk|zet (?:hem|het|die|m|em)|ook)\s+)*(?:zet|plaats|schuif|na|voor|achter|bovenaan|als eerste|onderaan|als laatste|vooraan|achteraan|volgorde)\b.*$/, "") : f;
  const items = await w.agendaItems();
  // ("accepteer het punt van Sanne over de wachtlijst maar", "het punt van Anouk over het spreekuur is akkoord": the item that
  // person proposed, when they proposed one only.)
  // ("het voorstel van fatima over de plek vh watertappunt mag erop", "de punten van Ingrid en Daan mogen allebei op de agenda":
  // what was proposed, by whom — each of them one item.)
  const byWhom = done.match(/\b(?:het|dat|die|dit|de) (?:agenda)?(?:punt|voorstel|punten|voorstellen) van (\p{L}+)(?: (?:en|&) (\p{L}+))?\b/u);
  const proposers = byWhom ? [byWhom[1], byWhom[2]].filter((x): x is string => !!x) : [];
  const theirs = proposers.map((name) => items.filter((item) => item.proposer && fold(item.proposer).split(" ")[0] === name));
  if (theirs.length && theirs.every((list) => list.length === 1 && (verb !== "accepteer" || list[0].status === "voorgesteld"))) {
    const chosen = theirs.map((list) => list[0]);
    const command = `/agenda ${verb} ${chosen.map((item) => item.number).join(" ")}`;
    return { kind: "confirm", question: localText("understand.confirm", { what: `${command} (${chosen.map((item) => item.text).join(", ")})` }), text: command };
  }
  const words = done.split(" ").filter((x) => x.length >= 4 && !AGENDA_NOISE.has(x));
  if (!words.length) return undefined;
  const fits = items.filter((item) => {
    const own = fold(item.text).split(" ").filter((o) => o.length >= 4);
    return words.some((x) => own.some((o) => o.startsWith(x) || x.startsWith(o)));
  });
  // "voortgang per pijler en de begroting zijn allebei besproken": two items named, both handled — shown first.
  // ("de begroting schuift door naar maart en het watertappunt ook": two named, one verb — both, shown first.)
  if (fits.length === 2 && verb !== "behandeld" && /\b(allebei|beide|both)\b|\b(en|and) (?:\w+ ){1,4}(ook|too)$/.test(f) && (verb !== "accepteer" || fits.every((item) => item.status === "voorgesteld"))) {
    const command = `/agenda ${verb} ${fits.map((item) => item.number).join(" ")}`;
    return { kind: "confirm", question: localText("understand.confirm", { what: `${command} (${fits.map((item) => item.text).join(", ")})` }), text: command };
  }
  if (fits.length >= 2 && verb === "behandeld" && (/\b(allebei|beide|en|both|and)\b/.test(f) || doneMovingOn)) {
    const command = `/agenda behandeld ${fits.map((item) => item.number).join(" ")}`;
    return { kind: "confirm", question: localText("understand.confirm", { what: `${command} (${fits.map((item) => item.text).join(", ")})` }), text: command };
  }
  if (fits.length !== 1) return undefined;
  // ("akkoord met de begroting" when the begroting is on the agenda already: agreement with it, not accepting it again.)
  if (verb === "accepteer" && fits[0].status !== "voorgesteld") return undefined;
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
export async function readAgendaOrder(f: string, w: UnderstandWorld, question: boolean): Promise<Understanding | undefined> {
  // ("noteer bij zomerkamp: stuurgroep wil eerst een begroting zien": a note asked for at an action, not the agenda's order.)
  if (/^(?:wijkbot\s+)?(?:(?:kun je|kan je|wil je|even|ff|graag)\s+)*(?:noteer|schrijf|zet)\s+(?:(?:even|ff|maar|ook|nog)\s+)*(?:er\s+)?bij\s+(?!de agenda\b)/.test(f)) return undefined;
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
  // ("zet punt 4 voor de begroting", "punt 3 na punt 1 graag": one item by its number next to another, named by its number
  // or its words.)
  const nextTo = !question && w.agendaItems ? f.match(/^(?:wijkbot\s+)?(?:(?:kun je|kan je|graag|even|ff|wil je)\s+)*(?:zet|doe|plaats|schuif)?\s*(?:(?:maar|even|ff)\s+)*(?:agenda)?punt (\d{1,2}) (?:(?:maar|even|ff|graag)\s+)*(voor|na|achter|before|after) (.+?)(?:\s+(?:zetten|plaatsen|graag|aub|svp|pls|please|maar|even))*(?:\s+(?:want|omdat|ivm)\b.*|,.*)?$/) : null;
  if (nextTo) {
    const items = await w.agendaItems!();
    const current = items.map((item) => item.number);
    const a = Number(nextTo[1]);
    const other = nextTo[3].match(/^(?:agenda)?punt (\d{1,2})$/);
    const words = nextTo[3].split(" ").filter((x) => x.length >= 4 && !ORDER_NOISE.has(x) && !AGENDA_NOISE.has(x));
    const fits = other ? items.filter((item) => item.number === Number(other[1])) : words.length ? items.filter((item) => fold(item.text).split(" ").some((o) => o.length >= 4 && words.some((x) => sameWord(o, x)))) : [];
    if (current.includes(a) && fits.length === 1 && fits[0].number !== a) {
      const order = placedNextTo(current, a, fits[0].number, /^(na|achter|after)$/.test(nextTo[2]));
      if (order.some((n, i) => n !== current[i])) {
        const command = `/agenda volgorde ${order.join(" ")}`;
        return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command };
      }
    }
  }
  // ("draai 2 en 3 om", "wissel punt 1 en 2", "swap 2 and 3": two items change places.)
  const swap = !question && w.agendaItems && (w.chatKind === "stuurgroep" || /\b(agenda|punt|punten)\b/.test(f)) ? f.match(/^(?:wijkbot\s+)?(?:kun je\s+|kan je\s+|graag\s+|even\s+)*(?:draai|wissel|verwissel|swap)\s+(?:(?:de\s+)?(?:agenda)?punten\s+|punt\s+)?(\d{1,2})\s+(?:en|and|met|with)\s+(?:punt\s+)?(\d{1,2})(?:\s+(?:om|even|maar|graag|van plaats|aub|svp|pls|please|ff|alsjeblieft))*$/) ?? f.match(/^(?:wijkbot\s+)?(?:(?:agenda)?punt(?:en)?\s+|items?\s+)?(\d{1,2})\s+(?:en|and|met|&)\s+(\d{1,2})\s+(?:omwisselen|wisselen|verwisselen|swappen|swap|omdraaien|switchen|switch)(?:\s+(?:pls|aub|graag|even|please|maar))*$/) : null;
  if (swap) {
    const current = (await w.agendaItems!()).map((item) => item.number);
    const [a, b] = [Number(swap[1]), Number(swap[2])];
    if (a !== b && current.includes(a) && current.includes(b)) {
      const order = current.map((n) => (n === a ? b : n === b ? a : n));
      const command = `/agenda volgorde ${order.join(" ")}`;
      return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command };
    }
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
  // ("zet de voortgang per pijler achteraan" by DM: only agenda items have a place at the top or the bottom.)
  // ("Zet de techniekdag direct na de voortgang, vóór het jongerenwerk" by DM: put next to other items — read when at least
  // two items are named below.)
  const placesAmong = /^(?:wijkbot\s+)?(?:(?:kun je|kan je|wil je|graag|even|ff)\s+)*(?:zet|schuif|plaats|doe)\b.*\b(voor|na|achter|before|after)\b/.test(f);
  // ("watertappunt graag vóór de begroting behandelen donderdag" by DM: dealt with before another item — read when two items are
  // named.)
  const dealtAmong = /\b(behandelen|bespreken|behandeld|besproken)\b/.test(f) && /\b(voor|na|before|after)\b/.test(f);
  if (w.chatKind !== "stuurgroep" && !/\b(agenda|vergadering|stuurgroep)\b/.test(f) && !/\b(bovenaan|onderaan|achteraan|vooraan)\b/.test(f) && !placesAmong && !dealtAmong) return undefined;
  if (!/\b(eerst|als eerste|als laatste|daarna|dan|voor|na|bovenaan|onderaan|achteraan|vooraan|volgorde|first|then|before|after|last)\b/.test(f)) return undefined;
  const items = await w.agendaItems();
  if (items.length < 2) return undefined;
  // Where each item is first named: a word of four letters or more that fits one item only.
  const tokens = f.split(" ");
  const named = new Map<number, number>();
  tokens.forEach((x, at) => {
    if (x.length < 4 || ORDER_NOISE.has(x) || AGENDA_NOISE.has(x)) return;
    const fits = items.filter((item) => fold(item.text).split(" ").some((o) => o.length >= 4 && sameWord(o, x)));
    if (fits.length === 1 && !named.has(fits[0].number)) named.set(fits[0].number, at);
  });
  const mentioned = [...named].sort((a, b) => a[1] - b[1]).map(([n]) => n);
  if (w.chatKind !== "stuurgroep" && !/\b(agenda|vergadering|stuurgroep|bovenaan|onderaan|achteraan|vooraan)\b/.test(f) && mentioned.length < 2) return undefined;
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
    order = placedNextTo(current, a, b, after);
  } else if (mentioned.length >= 3 && /\b(voor|before|na|achter|after)\b/.test(f) && !/\b(eerst|daarna|dan|then)\b/.test(f)) {
    // ("zet de techniekdag direct na de voortgang, vóór het jongerenwerk": the first item next to the first other one said with
    // "na" or "voor" — the rest follows from it.)
    const [a, ...others] = mentioned;
    const side = others.map((b) => ({ b, words: tokens.slice(Math.max(0, named.get(b)! - 3), named.get(b)!).join(" ") })).find((x) => /\b(na|achter|after|voor|before)\b/.test(x.words));
    if (!side) return undefined;
    order = placedNextTo(current, a, side.b, /\b(na|achter|after)\b/.test(side.words));
  } else if (mentioned.length >= 2 && /\b(eerst|als eerste|daarna|dan|first|then)\b/.test(f)) {
    // ("zet het watertappunt als eerste na de voortgang en dan pas de begroting", "het watertappunt direct na de voortgang, de
    // begroting daarna": an item said to come right after the next one named goes behind it.)
    const sequence = [...mentioned];
    for (let i = 0; i + 1 < mentioned.length; i++) {
      const between = tokens.slice(named.get(mentioned[i])! + 1, named.get(mentioned[i + 1])!).join(" ");
      if (/\b(na|achter|after)\b/.test(between) && !/\b(daarna|dan|then|en)\b/.test(between)) {
        [sequence[i], sequence[i + 1]] = [mentioned[i + 1], mentioned[i]];
        i++;
      }
    }
    order = [...sequence, ...current.filter((n) => !named.has(n))];
  } else if (mentioned.length >= 2 && /\bvolgorde\b/.test(f) && !/\b(voor|na|before|after)\b/.test(f)) {
    // ("volgorde wordt: voortgang, watertappunt, begroting": the items named in the order said.)
    order = [...mentioned, ...current.filter((n) => !named.has(n))];
  }
  if (!order || order.every((n, i) => n === current[i])) return undefined;
  const command = `/agenda volgorde ${order.join(" ")}`;
  const titles = order.map((n) => items.find((item) => item.number === n)!.text).join(", ");
  return { kind: "confirm", question: localText("understand.confirm", { what: `${command} (${titles})` }), text: command };
}

/**
 * "ik kan alleen op donderdag de 9e", "I can make 24 sept and 1 oct": a vote in the open date poll by the days of its
 * options, said with being able to come. Every day said must be one of the poll's; in the stuurgroep it is run, elsewhere
 * shown first.
 */
/** Said of a day one is not free: elsewhere, away, on holiday, busy. */
const NOT_FREE = /\b(zit ik|ik zit|ben ik (?:weg|ziek|op vakantie|in|op)|ik ben (?:weg|ziek|op vakantie)|op vakantie|verhinderd|afwezig|bezet|away|busy|cannot|can t|cant)\b/;

export async function readDatePollVoteByDate(text: string, f: string, w: UnderstandWorld, question: boolean): Promise<Understanding | undefined> {
  // ("doe maar 9 april dan", "we gaan voor donderdag de 9e": one day of the poll chosen — the meeting, shown first.)
  // ("we nemen de 16e, kies die maar", "Sluit de datumprikker maar, het wordt 16 april": the same, said later in the message.)
  const choosing = /^(?:wijkbot )?(?:(?:ok|oke|prima|goed|top|nou)\s+)?(?:(?:doe|kies|neem|pak)\s+(?:(?:maar|dan|toch|gewoon)\s+)*|(?:we gaan|gaan we|ik ga) (?:dan |maar |toch )*voor |(?:dan )?wordt het |het wordt )/.test(f) || (w.chatKind === "stuurgroep" && /\b(?:we nemen|nemen we|het wordt|wordt het|we gaan voor|gaan we voor)\b/.test(f) && /\b(?:kies|kiezen|sluit|sluiten|prikker|datumprikker|vergadering|stuurgroep)\b/.test(f));
  const only = /\b(alleen|enkel|only)\b/.test(f);
  if (question || !w.pollOptions || (!AVAILABLE.test(f) && !choosing && !(only && w.chatKind === "stuurgroep"))) return undefined;
  // ("ik kan toch niet op de 8e, alleen op de 6e", "I can do 18 and 25 March, not the 11th": the days of a clause that says no
  // are no vote; "helaas" or "behalve" anywhere leaves it to the numbers.)
  if (/\b(behalve|except|helaas)\b/.test(f)) return undefined;
  const clauses = text.split(/[,;]|\s+(?=(?:maar|but|alleen|only)\b)/i);
  // ("4 en 18 juni kan ik, 11 juni zit ik in Zwolle": a day one is elsewhere is no vote either.)
  const positive = clauses.filter((c) => !/\b(niet|geen|not|no)\b/.test(fold(c)) && !NOT_FREE.test(fold(c))).join(", ");
  if (!positive.trim()) return undefined;
  const options = await w.pollOptions();
  if (!options.length) return undefined;
  // ("4 en 11 juni", "18 and 25 March": the month said once for both days.)
  const MONTH = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|january|february|march|may|june|july|august|october";
  let rest = positive.replace(new RegExp(`\\b(\\d{1,2})\\s+(en|of|and|or|&)\\s+(\\d{1,2})\\s+(${MONTH})\\b`, "gi"), "$1 $4 $2 $3 $4");
  const chosen: number[] = [];
  for (let i = 0; i < 5; i++) {
    const found = findDateIn(rest, w.now, w.region);
    if (!found) break;
    // (The day found blanked out, so days said before and after it are found next.)
    rest = `${rest.slice(0, found.start)}${" ".repeat(found.end - found.start)}${rest.slice(found.end)}`;
    // ("donderdag de 9e" said in March: the 9th that is a Thursday — whichever of the days it may be the poll has.)
    const days = found.resolution.kind === "ok" ? [found.resolution.date] : found.resolution.kind === "question" ? found.resolution.options : [];
    let matches = options.filter((o) => days.some((d) => sameDay(o.startsAt, d)));
    // ("de 21e" said in March of a poll in April, "de dinsdag": the poll's day with that number, or on that weekday.)
    const dayNumber = matches.length ? undefined : bareDayOfMonth(found.phrase.replace(/^(?:op|on)\s+/i, ""));
    if (dayNumber) matches = options.filter((o) => localParts(o.startsAt).day === dayNumber);
    const weekday = matches.length ? undefined : WEEKDAYS[fold(found.phrase).replace(/^(?:op |on )?(?:de |het |the )?/, "").replace(/(?:avond|middag|ochtend)$/, "")];
    if (weekday !== undefined) matches = options.filter((o) => weekdayOf(localParts(o.startsAt)) === weekday);
    // ("donderdag kan ik" with two Thursdays in the poll: which of them? Both offered.)
    if (matches.length > 1 && weekday !== undefined && i === 0 && !findDateIn(rest, w.now, w.region)) {
      return { kind: "say", text: localText("understand.whichDay", { options: matches.map((o) => `${o.number}. ${localDay(o.startsAt)}`).join(" · ") }) };
    }
    if (matches.length !== 1) return undefined;
    chosen.push(matches[0].number);
  }
  if (!chosen.length) return undefined;
  if (choosing && !AVAILABLE.test(f)) {
    if (new Set(chosen).size !== 1) return undefined;
    const command = `/datumprikker kies ${chosen[0]}`;
    return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command };
  }
  // ("de 21e lukt me trouwens ook": added to the days already voted for, not instead of them.)
  if (/\b(ook|too|also|as well|erbij|er ook bij)\b/.test(f) && !/\b(niet|geen|not|no|alleen|only)\b/.test(f)) chosen.push(...options.filter((o) => o.mine).map((o) => o.number));
  const command = `/datumprikker stem ${[...new Set(chosen)].sort((a, b) => a - b).join(" ")}`;
  return w.chatKind === "stuurgroep" && !/\b(niet|geen|not|no)\b/.test(f) && !NOT_FREE.test(f) ? { kind: "run", text: command } : { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command };
}

/** "donderdag 4 juni": a day of the poll as people read it. */
function localDay(instant: Date): string {
  const day = localParts(instant);
  return `${WEEKDAY_NAMES_NL[weekdayOf(day)]} ${day.day} ${MONTH_NAMES_NL[day.month - 1]}`;
}

/** The agenda's numbers in order with item `a` moved right before (or after) item `b`. */
function placedNextTo(current: number[], a: number, b: number, after: boolean): number[] {
  const rest = current.filter((n) => n !== a);
  const at = rest.indexOf(b) + (after ? 1 : 0);
  return [...rest.slice(0, at), a, ...rest.slice(at)];
}

/**
 * "punt 3 mag erop en zet hem meteen als eerste", "huiswerkbegeleiding accepteren en meteen na de voortgang zetten", "punt 3
 * accepteren en dan volgorde 1, 3, 2": an item accepted and, in the same breath, given its place — both, shown first. The
 * place is read only after the accepting words, for the item accepted ("hem", "het") or in numbers.
 */
export async function withPlaceAfterAccept(u: Understanding, f: string, w: UnderstandWorld): Promise<Understanding> {
  const accepted = u.kind === "confirm" && !u.then?.length ? u.text.match(/^\/agenda accepteer (\d{1,2})$/) : null;
  if (!accepted || u.kind !== "confirm" || !w.agendaItems) return u;
  const verbAt = f.search(AGENDA_ACCEPT);
  const tail = verbAt >= 0 ? f.slice(verbAt).replace(AGENDA_ACCEPT, " ").trim() : "";
  if (!/^(?:(?:en|dan|daarna|meteen|direct|gelijk|ook|maar|graag|even|ff|,)\s+)*(?:zet|doe|plaats|schuif|volgorde|als|bovenaan|onderaan|achteraan|vooraan|direct|meteen|gelijk|na|voor)\b/.test(tail)) return u;
  const items = await w.agendaItems();
  const current = items.map((item) => item.number);
  const n = Number(accepted[1]);
  if (!current.includes(n)) return u;
  let order: number[] | undefined;
  const numbers = numberWordsToDigits(tail).match(/\bvolgorde\s+((?:\d{1,2}[\s,]*(?:en\s+)?){2,})$/);
  if (numbers) {
    const said = numbers[1].split(/[\s,]+|\ben\b/).filter(Boolean).map(Number);
    if (new Set(said).size === said.length && said.every((x) => current.includes(x))) order = [...said, ...current.filter((x) => !said.includes(x))];
  } else if (/\b(bovenaan|als eerste|vooraan|eerst)\b/.test(tail) && !/\b(na|achter|voor)\b/.test(tail)) order = [n, ...current.filter((x) => x !== n)];
  else if (/\b(onderaan|als laatste|achteraan)\b/.test(tail)) order = [...current.filter((x) => x !== n), n];
  else {
    const next = tail.match(/\b(na|achter|voor|after|before)\s+(?:de |het |punt )?(.+)$/);
    const words = next ? next[2].split(" ").filter((x) => x.length >= 4 && !ORDER_NOISE.has(x) && !AGENDA_NOISE.has(x)) : [];
    const bare = next?.[2].match(/^(\d{1,2})\b/);
    const fits = bare ? items.filter((item) => item.number === Number(bare[1])) : items.filter((item) => item.number !== n && fold(item.text).split(" ").some((o) => o.length >= 4 && words.some((x) => sameWord(o, x))));
    if (next && fits.length === 1 && fits[0].number !== n) order = placedNextTo(current, n, fits[0].number, /^(na|achter|after)$/.test(next[1]));
  }
  if (!order || order.every((x, i) => x === current[i])) return u;
  return confirmEach([{ text: u.text }, { text: `/agenda volgorde ${order.join(" ")}` }]);
}

/** A word of an item and a word typed that are the same: one starts the other ("begr"), or a long word with one typo ("begrooting"). */
function sameWord(own: string, typed: string): boolean {
  return own.startsWith(typed) || typed.startsWith(own) || (own.length >= 6 && typed.length >= 6 && editDistance(own, typed, 1) <= 1);
}

/** Two instants on the same Amsterdam day. */
function sameDay(a: Date, b: Date): boolean {
  const [p, q] = [localParts(a), localParts(b)];
  return p.year === q.year && p.month === q.month && p.day === q.day;
}

const ORDINALS: Record<string, number> = { eerste: 1, first: 1, tweede: 2, second: 2, derde: 3, third: 3, vierde: 4, fourth: 4, vijfde: 5, fifth: 5 };
/** "kan ik", "lukt me", "works for me": the sender can make it. */
const AVAILABLE = /\b(kan ik|kan ik er zijn|kan ik wel|ik kan|lukt( me| mij| het)?|past( me| mij)?|schikt|werkt voor mij|ben ik (er )?(beschikbaar|vrij)|beschikbaar|works? for me|i can (make|do)|suits me|i m free|ik ben (er )?vrij)\b/;

/**
 * "1 en 3 kan ik", "zelf kan ik alleen 2 en 3", "only the first one works for me": a vote in the open date poll, by its
 * numbers — in the stuurgroep, or with the poll named. Run as the vote (the command says so when no poll is open).
 */
export function readDatePollVote(f: string, w: UnderstandWorld, question: boolean): Understanding | undefined {
  // ("2 of 3 voor mij": the numbers, and for whom.)
  if (question || !(AVAILABLE.test(f) || (w.chatKind === "stuurgroep" && /^(?:wijkbot\s+)?(?:(?:optie|nr|nummer)\s+)?\d(?:\s*(?:,|en|of|and|or|\/)\s*\d)*\s+(?:voor mij|for me)$/.test(f)))) return undefined;
  if (w.chatKind !== "stuurgroep" && !/\b(datumprikker|prikker|poll|optie|opties|data|datums|options?)\b/.test(f)) return undefined;
  // (Numbers that count something — "ik kan 2 kinderen meenemen" — or dates and times are no options.)
  if (/\b(punt|punten|agendapunt\w*|item|items|actie|acties|besluit)\b/.test(f)) return undefined;
  // (Dates, days or months said, or a poll being made, are no vote by number.)
  if (/\b(maak|maken|plan|plannen|nieuwe|start|starten|organiseer|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\b/.test(f)) return undefined;
  if (/\b\d+\s*(?:kinderen|kids|ouders|mensen|euro|uur|u)\b|\d[:.]\d|\b\d{1,2} (?:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)/.test(f)) return undefined;
  // ("1 en 3 kan ik, 2 lukt niet": the numbers of a clause that says no are not voted for.)
  const NEGATION = /\b(niet|geen|not|no|behalve|except|but not|helaas)\b/;
  const clauses = f.split(/\s*(?:,|;|\bmaar\b|\bbut\b|\bbehalve\b|\bexcept\b)\s*/);
  const numbers = clauses
    .filter((clause) => !NEGATION.test(clause))
    .flatMap((clause) => [...clause.matchAll(/\b(?:optie |nummer |nr |option |de |the )?(\d|eerste|tweede|derde|vierde|vijfde|first|second|third|fourth|fifth)\b(?:\s+(?:one|optie|datum))?/g)].map((m) => ORDINALS[m[1]] ?? Number(m[1])));
  const unique = [...new Set(numbers)].filter((n) => n >= 1 && n <= 9);
  if (!unique.length || unique.length > 5) return undefined;
  const command = `/datumprikker stem ${unique.sort((a, b) => a - b).join(" ")}`;
  // (With a "not" or "except" anywhere, the numbers read are shown first.)
  if (/\b(niet|geen|not|behalve|except)\b/.test(f)) return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command };
  return { kind: "run", text: command };
}

const MONTH = `(?:${MONTH_NAMES_NL.join("|")}|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)`;
/** "de agenda van 12 maart", "de stuurgroep van november", "een punt bij voor de 12e": the meeting named by its date. */
const NAMED_MEETING = new RegExp(
  String.raw`\b(?:agenda|vergadering|stuurgroep|stuurgroepvergadering|meeting|overleg|agendapunt|punt(?:je)?(?:\s+(?:bij|erbij))?)\s+(?:van|voor|op|in|vd|v d)\s+(?:de\s+)?(?:(?:vergadering|stuurgroep|stuurgroepvergadering)\s+(?:van|in|op)\s+(?:de\s+)?)?` +
    String.raw`(?:(\d{1,2})(?:e|ste|de)?(?:\s+(${MONTH}))?|(${MONTH}))\b(?!\s*(?:om|\d))`,
);

/**
 * "zet X op de agenda van 12 maart" when 12 March is the meeting after the next: the item goes on the next meeting's agenda
 * (where /agendapunt puts it) and is moved on to that one at once — the two, shown first. A meeting named that is the next
 * one, or none that is planned, leaves the reading as it was.
 */
export async function forNamedMeeting(u: Understanding, text: string, w: UnderstandWorld): Promise<Understanding> {
  if (u.kind !== "confirm" || !u.text.startsWith("/agendapunt ") || u.then?.length || !w.upcomingMeetings || !w.agendaItems) return u;
  const named = fold(text).match(NAMED_MEETING);
  if (!named) return u;
  const day = named[1] ? Number(named[1]) : undefined;
  const month = MONTHS[named[2] ?? named[3] ?? ""];
  const meetings = await w.upcomingMeetings();
  const at = meetings.findIndex((startsAt) => {
    const p = localParts(startsAt);
    return (day === undefined || p.day === day) && (month === undefined || p.month === month);
  });
  if (at !== 1) return u;
  const number = (await w.agendaItems()).length + 1;
  const defer = `/agenda uitstellen ${number}`;
  const lines = localText("understand.itemThenDefer", { item: u.text, defer, date: formatDay(meetings[1], w.now, w.senderLanguage ?? "nl") });
  return { kind: "confirm", question: localText("understand.confirmAll", { lines }), text: u.text, then: [{ text: defer }] };
}

/**
 * "besluit over de huiswerkbegeleiding: uitbreiding naar vrijdagmiddag akkoord", "besluit bij het armoedebeleid: …": what the
 * decision is about, said before the colon, names one item of the meeting's agenda — the decision is recorded at that item,
 * with only what was decided as its text.
 */
export async function decisionAtNamedItem(u: Understanding, w: UnderstandWorld): Promise<Understanding> {
  if (u.kind !== "confirm" || u.then?.length || !u.text.startsWith("/besluit ")) return u;
  // ("nog een besluit vd vorige vergadering: …": which meeting, said before the colon, is no part of what was decided.)
  const lead = u.text.match(/^\/besluit (?:(?:van|vd|v\.?d\.?|uit|bij|in) (?:de |het )?(?:vorige|laatste|afgelopen) (?:vergadering|stuurgroep|keer|meeting|overleg))\s*:\s*(\S.{2,})$/i);
  if (lead) u = { ...u, text: `/besluit ${lead[1]}`, question: localText("understand.confirm", { what: `/besluit ${lead[1]}` }) };
  if (!w.decisionItems || /\bagendapunt \d{1,2}$/.test(u.text)) return u;
  const said = u.text.match(/^\/besluit ([^:]{3,50}): (\S.{2,})$/);
  if (!said) return decisionAboutItem(u, await w.decisionItems());
  const words = fold(said[1]).split(" ").filter((x) => x.length >= 4 && !AGENDA_NOISE.has(x));
  if (!words.length) return u;
  const fits = (await w.decisionItems()).filter((item) => {
    const own = fold(item.text).split(" ").filter((o) => o.length >= 4);
    return words.every((x) => own.some((o) => o.startsWith(x) || x.startsWith(o)));
  });
  if (fits.length !== 1) return u;
  const command = `/besluit ${said[2]} agendapunt ${fits[0].number}`;
  return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command };
}

/** Words of an agenda item's title that say nothing of its subject. */
const ITEM_GENERIC = new Set("voortgang pijler pijlers vaststellen kiezen bespreken besluit stand zaken evaluatie voorstel toelichting informatie update nieuwe stuurgroep wijkplan".split(" "));

/**
 * "besluit over het watertappunt de kinderraad mag kiezen …": a decision said to be about the subject of exactly one item of the
 * meeting's agenda is recorded at that item, without the words that say so — shown first.
 */
function decisionAboutItem(u: Extract<Understanding, { kind: "confirm" }>, items: { number: number; text: string }[]): Understanding {
  const decided = u.text.replace(/^\/besluit\s+/, "");
  // (Only when said to be about it, first: a decision that merely names the subject is recorded as said.)
  if (!/^over\s/i.test(decided)) return u;
  const words = new Set(fold(decided).split(" "));
  const subject = (item: { text: string }) => fold(item.text).split(" ").filter((x) => x.length >= 6 && !AGENDA_NOISE.has(x) && !ITEM_GENERIC.has(x) && !/^\d+$/.test(x));
  const fits = items.filter((item) => subject(item).some((x) => words.has(x)));
  if (fits.length !== 1) return u;
  // ("over het watertappunt de kinderraad mag …": what it is about, said first, is no part of what was decided.)
  const about = new RegExp(`^over\\s+(?:de\\s+|het\\s+)?(?:${subject(fits[0]).join("|")})\\s*[,:]?\\s+(?=\\S{2,}\\s+\\S)`, "i");
  const text = decided.replace(about, "");
  if (text === decided) return u;
  const command = `/besluit ${text.charAt(0).toUpperCase()}${text.slice(1)} agendapunt ${fits[0].number}`;
  return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command };
}
