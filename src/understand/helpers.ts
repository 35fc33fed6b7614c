import { editDistance, fold } from "../parse/text.ts";
import { localText } from "../i18n/index.ts";
import type { Understanding } from "./index.ts";

/** Chat shorthand, folded, and what it stands for ("wnr is de volgende stuurgroep eig", "wss niet", "ff vraagje"). */
const SHORTHAND: Record<string, string> = {
  wnr: "wanneer", wnneer: "wanneer", eig: "eigenlijk", eigl: "eigenlijk", wss: "waarschijnlijk", wsl: "waarschijnlijk", mss: "misschien", miss: "misschien",
  idd: "inderdaad", ff: "even", eff: "even", effe: "even", gwn: "gewoon", nvm: "laat maar", dnk: "denk", nie: "niet", vd: "van de", zsm: "zo snel mogelijk",
  tmrw: "morgen", tmr: "morgen", vnv: "vanavond", vnd: "vandaag", gister: "gisteren", vlg: "volgende", vlgnd: "volgende", volg: "volgende", ns: "eens",
  w8: "wacht", kheb: "ik heb", kben: "ik ben", kga: "ik ga", kzal: "ik zal", kwil: "ik wil", kmoet: "ik moet", hb: "heb",
  mn: "mijn", mijn: "mijn", sg: "stuurgroep", lln: "leerlingen", ll: "leerlingen", achtr: "achter",
};

/**
 * Words the reader keys on, typed with one letter wrong, missing, extra or swapped ("deadlin", "agendapnt",
 * "vergaderingn", "startd"): read as the word. Only long words, and only ones whose near neighbours are not
 * everyday words of their own ("besloten" is one letter from "gesloten", "besteed" from "besteld": not here).
 */
const TYPO_TARGETS = [
  "deadline", "agendapunt", "agendapunten", "vergadering", "vergaderingen", "herinner", "herinnering", "herinneringen",
  "herinneren", "eigenaar", "eigenaren", "uitgegeven", "afgerond", "geparkeerd", "overzicht", "weekoverzicht",
  "stuurgroep", "geaccepteerd", "uitgesteld", "doelgroep", "gestart", "started", "finished", "overdue", "reminder",
  "datumprikker", "voortgang", "afwezig", "vakantie", "kinderen", "leerlingen", "deelnemers",
];
const TYPO_TARGET_SET = new Set(TYPO_TARGETS);
/** Everyday words one letter from a target: "het geld is gestort" is not "gestart", "we gaan starten" not "started". */
const NOT_TYPOS = new Set(["gestort", "gestapt", "starten", "starter", "startte", "reminded", "finishes", "overdoe", "gesloten", "besteld", "herinnerd", "herinnert", "hinderen"]);
const typoCache = new Map<string, string>();

/** "deadlin" → "deadline"; a word that only adds an ending ("herinnert", "deadlines") is left as typed. */
export function fixTypo(word: string): string {
  if (word.length < 6 || TYPO_TARGET_SET.has(word) || NOT_TYPOS.has(word) || !/^\p{L}+$/u.test(word)) return word;
  const known = typoCache.get(word);
  if (known !== undefined) return known;
  // (One edit: a letter wrong, missing, extra, or two swapped.)
  const target = TYPO_TARGETS.find((t) => t.length >= 7 && !word.startsWith(t) && editDistance(word, t, 1) === 1);
  const fixed = target ?? word;
  if (typoCache.size < 5000) typoCache.set(word, fixed);
  return fixed;
}

/**
 * Words that dictation splits in two ("be sloten", "donder dag", "stuur groep", "agenda punt"): joined again when
 * the two halves together make one of these.
 */
const JOINED_WORDS = new Set([
  ...TYPO_TARGETS, "besloten", "besluit", "besluiten", "agenda", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
  "zaterdag", "zondag", "overmorgen", "vanavond", "vanmiddag", "vanochtend", "volgende", "wijkwebsite", "bereikt", "begroot",
  "besteed", "gestopt", "kerstvakantie", "zomervakantie", "meivakantie", "voorjaarsvakantie", "herfstvakantie",
  "besluitenlijst", "buurtmoestuin", "watertappunt", "speeltuin",
]);

/**
 * A decision or an item dictated ("de begroting twee duizend zes en twintig is vast gesteld"), as it is to be stored: words
 * split in two joined again, a dictated year or amount (with "duizend" or "honderd") and "agendapunt twee" in digits. Every
 * other word stays as typed.
 */
export function tidyDictation(typed: string): string {
  const words = typed.split(" ");
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length && /^\p{Ll}+$/u.test(words[i]) && /^\p{Ll}+$/u.test(words[i + 1]) ? words[i] + words[i + 1] : "";
    if (pair && (JOINED_WORDS.has(pair) || DICTATED_WHOLE.has(pair)) && !JOINED_WORDS.has(words[i]) && !JOINED_WORDS.has(words[i + 1])) {
      out.push(pair);
      i++;
    } else out.push(words[i]);
  }
  return out
    .join(" ")
    .replace(/\b(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf) )?(?:duizend|honderd)(?: (?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)(?: en (?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig))?)?\b/g, (m) => numberWordsToDigits(m))
    .replace(ITEM_NUMBER_WORD, itemNumberInDigits);
}

const ITEM_NUMBER_WORD = /\b(agendapunt|punt) (een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\b/gi;
function itemNumberInDigits(_m: string, word: string, n: string): string {
  return `${word} ${numberWordsToDigits(n) === "een" ? "1" : numberWordsToDigits(n)}`;
}

/** "punt twee behandeld …": an agenda item's number said in words, in digits; every other word as typed. */
export function itemNumbersInDigits(text: string): string {
  return text.replace(ITEM_NUMBER_WORD, itemNumberInDigits);
}

/** Words dictation splits that are no keyword of their own: joined only in what is stored by tidyDictation. */
const DICTATED_WHOLE = new Set(["vastgesteld", "goedgekeurd", "afgesproken", "stuurgroep", "jaarplan", "wijkplan", "begroting", "ouderavond", "voorleesochtend", "huiswerkbegeleiding"]);

/** "be sloten" → "besloten"; only when neither half is itself a word of the list. */
function joinSplitWords(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? words[i] + words[i + 1] : "";
    if (pair && JOINED_WORDS.has(pair) && !JOINED_WORDS.has(words[i]) && !JOINED_WORDS.has(words[i + 1]) && !/^\d/.test(words[i + 1])) {
      out.push(pair);
      i++;
    } else out.push(words[i]);
  }
  return out;
}

/**
 * The folded text with chat shorthand written out, for reading only: what is stored (a note, a name) is always taken
 * from the words as typed. A sentence without its subject ("ben volgende week weg", "heb de offerte binnen") is read with "ik".
 */
export function expandShorthand(folded: string): string {
  // ("I'll be away", "we'll see": "ll" after an English pronoun is "will", not "leerlingen".)
  const words = joinSplitWords(folded.split(" ")).map((word, i, all) => (word === "ll" && /^(i|we|you|they|it|he|she|that|there)$/.test(all[i - 1] ?? "") ? "will" : SHORTHAND[word] ?? fixTypo(word)));
  // ("yo wat heb ik allemaal openstaan", "hoi, wanneer is de stuurgroep": a greeting before what is asked.)
  while (words.length > 3 && /^(yo|hoi|hey|hee|hallo|hi|hello|goedemorgen|goedemiddag|goedenavond)$/.test(words[0])) words.shift();
  // ("ff vraagje: kan ik …", "quick question: …": what follows is the question.)
  const asked = words.join(" ").replace(/^(?:(?:even|een|quick|korte)\s+)?(?:vraagje|vraag|question)\s+(?=\S+\s+\S+\s+\S)/, "");
  if (asked !== words.join(" ")) words.splice(0, words.length, ...asked.split(" "));
  if (words.length > 2 && /^(ben|heb|ga|zit|kom|werk)$/.test(words[0]) && !/^(je|jij|u|ik|we|wij|jullie|ze|zij|hij|het|er|you)$/.test(words[1])) words.unshift("ik");
  if (words.length > 2 && words[0] === "k" && /^(heb|ben|ga|zal|wil|moet|kan|zit|kom|weet|denk|snap|zie|had|was)$/.test(words[1])) words[0] = "ik";
  return words.join(" ");
}

/** Runs a read-only command, or a change said plainly. */
export function run(text: string): Understanding {
  return { kind: "run", text };
}

/** A change read from a question (or not certain enough to run): the exact command, asked first. */
export function confirmCommand(command: string, pickActionId?: string): Understanding {
  return { kind: "confirm", question: localText("understand.confirm", { what: command }), text: command, ...(pickActionId ? { pickActionId } : {}) };
}

/** Several commands shown first as one list; on "ja" they run one after the other. */
export function confirmEach(commands: { text: string; pickActionId?: string }[]): Understanding {
  const [first, ...rest] = commands.map((c) => ({ text: c.text, ...(c.pickActionId ? { pickActionId: c.pickActionId } : {}) }));
  return { kind: "confirm", question: localText("understand.confirmAll", { lines: commands.map((c) => `- ${c.text}`).join("\n") }), ...first, then: rest };
}

/** Plainly said → run; asked → confirm. */
export function runOrConfirm(command: string, question: boolean, pickActionId?: string): Understanding {
  return question ? confirmCommand(command, pickActionId) : { kind: "run", text: command, ...(pickActionId ? { pickActionId } : {}) };
}

/** A person of the wijk named in the text: an @mention, or their name as a word. */
export function findPersonIn(text: string, people: { displayName: string }[], requireStrong = false): string | undefined {
  const at = text.match(/@([\p{L}][\p{L}\p{N}_.-]*(?:\s+(?:de|van|el|der|den)\s+[\p{L}]+)?)/u);
  if (at) return at[1];
  const words = fold(text).split(" ");
  const found = people.filter((p) => {
    const name = fold(p.displayName);
    if (!name || name === "oud-lid") return false;
    if (` ${fold(text)} `.includes(` ${name} `)) return true;
    const first = name.split(" ")[0];
    return first.length >= 3 && words.includes(first) && !COMMON_WORDS.has(first);
  });
  // ("welke acties heeft anuok lopen": a first name typed one letter off, when no one is named as typed.)
  if (!found.length && !requireStrong) return nameTypedNear(text, people);
  if (found.length !== 1) return undefined;
  if (requireStrong && !/[A-Z]/.test(found[0].displayName.charAt(0))) return undefined;
  return found[0].displayName;
}

/**
 * "zet Fatma er ook bij", "zomerkamp gaat naar yousef", "ligt nu bij esthr": a first name of five letters or more typed one
 * letter off (one wrong, missing, extra or two swapped) — that person, when only one is that near. Everyday words one letter
 * from a name ("beter", "peuter") are not names.
 */
export function nameTypedNear(text: string, people: { displayName: string }[]): string | undefined {
  const words = new Set(fold(text).split(" ").filter((x) => x.length >= 4 && !NOT_NAME_TYPOS.has(x)));
  const near = people.filter((p) => {
    const first = fold(p.displayName).split(" ")[0];
    return first.length >= 5 && /^\p{Lu}/u.test(p.displayName) && [...words].some((x) => x !== first && editDistance(x, first, 1) === 1);
  });
  return near.length === 1 ? near[0].displayName : undefined;
}
const NOT_NAME_TYPOS = new Set(["beter", "meter", "peuter", "pater", "later", "ester", "peters"]);

const COMMON_WORDS = new Set(["ik", "jij", "wij", "mij", "die", "dat", "joke"].filter((w) => w !== "joke"));

export function findPillarIn(f: string, pillars: string[]): string | undefined {
  const words = f.split(" ");
  return pillars.find((p) => {
    const name = fold(p);
    return ` ${f} `.includes(` ${name} `) || (name.length >= 5 && words.some((w) => w.length >= 5 && (w === name || (name.startsWith(w) && w.length >= name.length - 2))));
  });
}

export function findOrganisationIn(text: string, f: string, organisations: string[]): string | undefined {
  const known = organisations.find((o) => ` ${f} `.includes(` ${fold(o)} `));
  if (known) return known;
  const partial = organisations.filter((o) => fold(o).split(" ").some((word) => word.length >= 3 && ` ${f} `.includes(` ${word} `) && !["groningen", "lewenborg", "de", "van"].includes(word)) && !namesAnother(f, fold(o)));
  if (partial.length === 1) return partial[0];
  const after = text.match(/\b(?:samen met|in samenwerking met|partner(?:s)?(?: is| wordt)?:?|together with)\s+(?:de |het )?([\p{L}\p{N}][\p{L}\p{N}&' .-]{1,40}?)(?=[,.;!?]|\s+(?:bij|voor|aan|in|op|mee)\b|$)/iu);
  const org = after?.[1]?.trim();
  // "partner bij de huiswerkbegeleiding" names no organisation.
  return org && !/^(bij|voor|van|aan|in|op|met|de|het|een|erbij|toevoegen|nodig|gezocht)\b/i.test(org) ? org : undefined;
}


const GLUE = /^(de|het|een|bij|met|van|aan|voor|in|op|als|is|zijn|wordt|partner|partners|erbij|toevoegen|ook|en|doet|doen|mee|gaat|sluit|nieuwe|nieuw|extra|samen)$/;

/**
 * "humankind kinderopvang" is not "Kids2b kinderopvang", "WIJ Lewenborg" not "WIJ Groningen":
 * the word shared with a known organisation stands next to a word of another name.
 */
function namesAnother(f: string, org: string): boolean {
  const words = f.split(" ");
  const own = org.split(" ");
  for (let i = 0; i < words.length; i++) {
    const at = own.indexOf(words[i]);
    if (at < 0 || words[i].length < 3) continue;
    const before = words[i - 1];
    const after = words[i + 1];
    if (at > 0 && before && !GLUE.test(before) && before !== own[at - 1]) return true;
    if (at < own.length - 1 && after && !GLUE.test(after) && after !== own[at + 1]) return true;
  }
  return false;
}

const UNITS: Record<string, number> = {
  een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
  dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19,
};
const TENS: Record<string, number> = { twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90 };

/** "vijfentwintig" → 25, "tweehonderdvijftig" → 250, "twaalfhonderd" → 1200, "duizend" → 1000; undefined when it is no number. */
export function dutchNumber(word: string): number | undefined {
  const below100 = (w: string): number | undefined => {
    if (!w) return 0;
    if (UNITS[w] !== undefined) return UNITS[w];
    if (TENS[w] !== undefined) return TENS[w];
    // ("negenentwintig": the unit may hold "en" itself — every "en" is tried.)
    for (let at = w.indexOf("en", 1); at > 0; at = w.indexOf("en", at + 1)) {
      const unit = UNITS[w.slice(0, at)];
      const tens = TENS[w.slice(at + 2)];
      if (unit !== undefined && unit < 10 && tens !== undefined) return unit + tens;
    }
    return undefined;
  };
  const below1000 = (w: string): number | undefined => {
    const h = w.match(/^([a-z]*?)honderd([a-z]*)$/);
    if (!h) return below100(w);
    const times = h[1] ? below100(h[1]) : 1;
    const rest = below100(h[2].replace(/^en/, ""));
    return times !== undefined && times > 0 && times < 100 && rest !== undefined ? times * 100 + rest : undefined;
  };
  const d = word.match(/^([a-z]*?)duizend([a-z]*)$/);
  if (!d) return below1000(word);
  const times = d[1] ? below1000(d[1]) : 1;
  const rest = below1000(d[2].replace(/^en/, ""));
  return times !== undefined && times > 0 && rest !== undefined ? times * 1000 + rest : undefined;
}

/**
 * Dictated numbers as digits, for reading an amount or a count only (never for a note, which keeps
 * the words typed): "vijfhonderd euro" → "500 euro", "vijfentwintig kinderen" → "25 kinderen".
 * "een" alone stays a word (it is the article as often as the number). Works on folded text.
 */
export function numberWordsToDigits(folded: string): string {
  // ("twee duizend zes en twintig", "drie honderd": a number dictated in pieces is one word first.)
  const spoken = folded
    .replace(/\b(een|twee|drie|vier|vijf|zes|zeven|acht|negen) en (twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)\b/g, "$1en$2")
    .replace(/\b(twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf) (duizend|honderd)\b/g, "$1$2");
  const converted = spoken.replace(/\b[a-z]{3,}\b/g, (word) => {
    if (word === "een") return word;
    const n = dutchNumber(word);
    return n !== undefined && n > 0 ? `\u0001${n}` : word;
  });
  // ("tweeduizend vijfhonderd" → 2500, "honderd vijftig" → 150: spoken as two words, one number.)
  return converted
    .replace(/\u0001(\d+) \u0001(\d+)/g, (all, a: string, b: string) => {
      const x = Number(a), y = Number(b);
      return (x % 1000 === 0 && y < 1000) || (x % 100 === 0 && x < 1000 && y < 100) ? `\u0001${x + y}` : all;
    })
    .replace(/\u0001/g, "");
}

/** "zesentwintig februari", "tien maart" (dictated) → "26 februari", "10 maart": a day said in words before a month, as digits. */
export function spokenDates(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}])(\p{L}{3,20})(?=\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)(?![\p{L}]))/giu, (word) => {
    const n = numberWordsToDigits(fold(word));
    return /^\d{1,2}$/.test(n) && Number(n) >= 1 && Number(n) <= 31 ? n : word;
  });
}

const NUMBER_SAID = String.raw`(?:\d+|(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd)\p{L}*)`;
const DAY_SAID = String.raw`(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)`;
const REPAIR = String.raw`[\s,]+(?:(?:eh+m?|uh+m?)\s+)?(?:nee+ sorry|nee+|sorry|neen|no|ik bedoel|i mean),?\s+`;

/**
 * "bereik naar zeventien nee achttien", "op dinsdag nee woensdag", "bij de drukker nee bij de copyshop" (dictated, the slip
 * repaired in the same breath): what was meant, the slip left out. Only a repair of the same kind — a number by a number, a
 * day by a day, a place by a place said with the same word in front.
 */
export function spokenRepairs(text: string): string {
  return text
    .replace(new RegExp(String.raw`(?<![\p{L}\p{N}])${NUMBER_SAID}${REPAIR}(${NUMBER_SAID})(?![\p{L}\p{N}])(?:,?\s+(?:bedoel ik|bedoelde ik|i mean))?`, "giu"), "$1")
    .replace(new RegExp(String.raw`\b${DAY_SAID}${REPAIR}(${DAY_SAID})\b(?:,?\s+(?:bedoel ik|bedoelde ik|i mean))?`, "giu"), "$1")
    // ("op klaar nee sorry op bezig bedoel ik …": the "I mean" after the repair is no part of what follows.)
    .replace(new RegExp(String.raw`\b(bij|naar|op|in|aan|met)\s+(?:de\s+|het\s+)?\p{L}+${REPAIR}\1\s+(\S+)(?:,?\s+(?:bedoel ik|bedoelde ik|i mean)\b)?`, "giu"), "$1 $2");
}
