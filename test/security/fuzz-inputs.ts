import fc from "fast-check";
import { commands } from "../../commands/index.ts";

/**
 * What the fuzzer types: random and mutated commands built from the real command words,
 * real action names, people, pillars, dates and numbers, plus unicode, control characters
 * and very long strings. Shrinking makes a failing input as short as it can while it still fails.
 */
const COMMAND_WORDS = commands.flatMap((c) => [c.name, ...(c.aliases ?? [])]);
const ACTION_WORDS = ["watertappunt", "wijkwebsite", "2e schil", "financiële educatie", "kindteams", "Watertappunt in de wijk", "Eén wijkwebsite", "gezonde school", "ouderbetrokkenheid", "waterpunt", "wijk"];
const PEOPLE = ["@Fatima", "@Sanne", "@Marieke", "@Joke", "@Henk", "@Onbekend", "@", "@@", "Fatima", "@wijkbot", "mij", "groep"];
const PILLARS = ["Gezond", "Kansrijk", "Vreedzaam", "gezondheid", "pijler", "Veiligheid"];
const DATES = ["morgen", "vrijdag", "15 maart", "31 februari", "2026-13-45", "over 2 weken", "eind april", "gisteren", "elke maandag 9:00", "25:99", "0-0-0000", "t/m", "volgende week dinsdag", "9999-12-31"];
const NUMBERS = ["0", "-1", "1", "250", "1.000.000", "99999999999999999999", "1e309", "NaN", "€ 1.250,50", "3 2 1", "١٢٣", "0x1F", "2,5"];
const KEYWORDS = ["pijler", "deadline", "eigenaar", "naar", "beoogd", "begroot", "besteed", "agendapunt", "actie", "besluit", "aan", "uit", "weg", "meenemen", "ja", "nee", "1"];
const WEIRD = [
  "\u0000", "\u0007", "\u001b[31m", "\u200b", "\u202e", "\ufeff", "\ud800", "é", "e\u0301", "🙂", "👨‍👩‍👧", "ﷺ", "中文", "Ω",
  "'; DROP TABLE \"Action\"; --", "<script>alert(1)</script>", "${process.exit()}", "%s%n", "\\", "\"", "`", "\n", "\r\n", "\t",
];

const weird = fc.constantFrom(...WEIRD);

/** One character or snippet: ASCII (controls included), Latin to Arabic, a weird snippet, or an emoji. */
const piece = fc.oneof(
  fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x80, max: 0x87f }).map((c) => String.fromCharCode(c)),
  weird,
  fc.integer({ min: 0x1f300, max: 0x1f5ff }).map((c) => String.fromCodePoint(c)),
);
const randomText = (maxLength: number) => fc.array(piece, { maxLength }).map((pieces) => pieces.join(""));

const longText = fc.tuple(fc.integer({ min: 1, max: 3_000 }), fc.option(weird, { nil: "" })).map(([length, tail]) => "x".repeat(length) + tail);

const argument = fc.oneof(
  fc.constantFrom(...ACTION_WORDS), fc.constantFrom(...PEOPLE), fc.constantFrom(...PILLARS), fc.constantFrom(...DATES),
  fc.constantFrom(...NUMBERS), fc.constantFrom(...KEYWORDS), weird, randomText(12),
);

/** Typos and damage: drop, double, insert, swap, change case, cut off — at a position taken modulo the length. */
type Mutation = { kind: "drop" | "double" | "insert" | "swap" | "case" | "cut"; at: number; insert: string; upper: boolean };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom("drop", "double", "insert", "swap", "case", "cut"),
  at: fc.nat(),
  insert: weird,
  upper: fc.boolean(),
});

function mutate(text: string, m: Mutation): string {
  const i = m.at % (text.length + 1);
  switch (m.kind) {
    case "drop": return text.slice(0, i) + text.slice(i + 1);
    case "double": return text.slice(0, i) + text.charAt(i) + text.slice(i);
    case "insert": return text.slice(0, i) + m.insert + text.slice(i);
    case "swap": return text.slice(0, i) + text.charAt(i + 1) + text.charAt(i) + text.slice(i + 2);
    case "case": return m.upper ? text.toUpperCase() : text.toLowerCase();
    case "cut": return text.slice(0, Math.max(1, i));
  }
}

const command = fc
  .record({
    prefix: fc.constantFrom("/", "/", "/", "!", "", "//", " /", "/ "),
    word: fc.constantFrom(...COMMAND_WORDS),
    args: fc.array(argument, { maxLength: 4 }),
    separator: fc.constantFrom(" ", " ", " ", "  ", "\t", ", ", ""),
    mutations: fc.array(mutation, { maxLength: 2 }),
  })
  .map(({ prefix, word, args, separator, mutations }) => mutations.reduce(mutate, [prefix + word, ...args].join(separator)));

/** One chat message: 80% a (damaged) command, 10% random text, 10% a very long text. */
export const fuzzInput: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: command, weight: 8 },
  { arbitrary: randomText(40), weight: 1 },
  { arbitrary: longText, weight: 1 },
);
