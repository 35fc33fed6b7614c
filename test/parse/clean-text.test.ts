import { describe, expect, it } from "vitest";
import { cleanDisplayName, cleanLabel, cleanStoredText } from "../../src/parse/clean-text.ts";

/**
 * What is stored from people's messages (issue 12, item 10): no characters that hide or reorder
 * text — C1 controls (U+0080–U+009F) and bidi overrides (U+202A–U+202E, U+2066–U+2069) — in any
 * stored text; names also normalised (NFKC) and without invisible characters; names and titles
 * without markup that would turn bold or italic in a chat.
 */
describe("cleanStoredText: every stored text", () => {
  it.each([
    ["C1 controls", "flyers\u0085 ophalen\u009b", "flyers ophalen"],
    ["bidi overrides and isolates", "factuur \u202egnp.exe\u202c \u2066x\u2069", "factuur gnp.exe x"],
    ["C0 controls other than tab and newline", "a\u0000b\u0007c\u001bd\u007f", "abcd"],
  ])("removes %s", (_what, typed, stored) => {
    expect(cleanStoredText(typed)).toBe(stored);
  });

  it("keeps what people write: accents, emoji (with joiners), other scripts, line breaks", () => {
    const text = "Mariëtte 👨‍👩‍👧 مرحبا\nregel twee\tmet tab";
    expect(cleanStoredText(text)).toBe(text);
  });

  it("turns a lone surrogate (valid in a platform's JSON, not storable) into U+FFFD", () => {
    expect(cleanStoredText("a\ud800b")).toBe("a\ufffdb");
  });
});

describe("cleanLabel: titles, short names, pillar and organisation names", () => {
  it("is one line with single spaces", () => {
    expect(cleanLabel("  Koffie\n\tochtend  ")).toBe("Koffie ochtend");
  });

  it("keeps a * or _ from turning text bold or italic: they become look-alikes that are not markup", () => {
    expect(cleanLabel("Koffie *gratis* voor _alle_ ouders")).toBe("Koffie ∗gratis∗ voor ＿alle＿ ouders");
    expect(cleanLabel("2*3 kinderen, project_x")).toBe("2∗3 kinderen, project_x");
  });
});

describe("cleanDisplayName: names", () => {
  it("normalises (NFKC): full-width and compatibility forms become plain letters", () => {
    expect(cleanDisplayName("Ｍａｒｉｅｋｅ")).toBe("Marieke");
    expect(cleanDisplayName("ﬁona")).toBe("fiona");
  });

  it.each([
    ["zero-width space", "Mari\u200beke"],
    ["zero-width joiner and non-joiner", "Mar\u200die\u200cke"],
    ["word joiner and BOM", "\u2060Marieke\ufeff"],
    ["soft hyphen", "Mari\u00adeke"],
    ["Hangul filler", "Marieke\u3164"],
    ["bidi marks", "\u200fMarieke\u200e"],
    ["control characters", "Marie\u0000ke\u0085"],
  ])("removes invisible characters: %s", (_what, typed) => {
    expect(cleanDisplayName(typed)).toBe("Marieke");
  });

  it("keeps accents and other scripts, drops leading @ or /, and is at most 60 characters", () => {
    expect(cleanDisplayName("@Zoë Çelik")).toBe("Zoë Çelik");
    expect(cleanDisplayName("/أحمد")).toBe("أحمد");
    expect(Array.from(cleanDisplayName("😀".repeat(80)))).toHaveLength(60);
  });
});
