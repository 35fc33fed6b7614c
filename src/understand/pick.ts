import type { ActionSpan } from "../action-names/locate-action.ts";
import type { IndexedAction } from "../action-names/action-index.ts";
import type { Ranked } from "../action-names/rank-actions.ts";
import { matchStrength } from "../services/find-action.ts";
import { fold } from "../parse/text.ts";
import { localText } from "../i18n/index.ts";
import type { Understanding, UnderstandWorld } from "./index.ts";

/** Little words around a status, reach or owner that are not a note. */
export const FILLER =
  /^(?:\s|[,.;:!?…\-–—()"'“”]|\b(is|zijn|nu|op|zet|zetten|staat|staan|we|wij|ik|de|het|met|helemaal|eindelijk|vandaag|gisteren|inmiddels|al|toch|gewoon|hoor|he|hè|echt|ook|en|dus|maar|gezet|graag|even|alvast|volledig|jullie|jongens|allemaal|ermee|daarmee|hiermee|iedereen|team|mensen|actie|dan|trouwens|btw|now|has|been|the|we|is|are|as|of|mag|kan|moet|worden|wordt|can|be|marked|set|to|please|pls|aub|svp|thanks|bedankt|top|super|mooi|yes|yay|jippie|hoera|woohoo|klaar|af|ready|ok|oke|okay|okee|so|nou|ja|oh|o|hmm|nouja|zo)\b|\p{Extended_Pictographic}|\uFE0F)*$/iu;


/** Words that carry meaning (not filler). */
export function contentWords(part: string): number {
  return fold(part).split(" ").filter((word) => word && !FILLER.test(word)).length;
}

/** The action meant among those named, ranked for the sender; a status or date word nearby counts a little. */
export async function pickAction(spans: ActionSpan<IndexedAction>[], w: UnderstandWorld, near?: number, text?: string): Promise<Ranked<IndexedAction>> {
  const first = Math.min(...spans.map((s) => s.firstToken));
  // ("gezonde school: …" said by the owner of the action whose short name that is: that one, even when it is finished.)
  const said = text !== undefined && near === undefined ? ` ${fold(text)} ` : undefined;
  const candidates = spans.slice(0, 30).map((s) => {
    let score = matchStrength(s, first);
    if (near !== undefined) score -= Math.min(2, Math.abs(s.start - near) / 40);
    const shortNamed = Boolean(said && s.action.shortName && said.includes(` ${fold(s.action.shortName)} `));
    return { action: s.action, score, exact: s.exact, ...(shortNamed ? { shortNamed } : {}) };
  });
  const ranked = await w.rank(candidates);
  // ("het vignet van Fatima is binnen", two vignets: the one of whom it is said to be, when exactly one of them is theirs.)
  // (Also when another came first by rank — the sender's own, or an open one: "het vignet van Joke" is Joke's.)
  const best = Math.max(...spans.map((s) => s.quality));
  const among = [...(ranked.chosen ? [ranked.chosen] : []), ...ranked.contenders, ...spans.filter((s) => s.quality >= best - 0.5).map((s) => s.action)].filter((a, i, all) => all.findIndex((b) => b.id === a.id) === i);
  if (among.length > 1 && text !== undefined) {
    const whose = [...fold(text).matchAll(/\bvan\s+(\p{L}[\p{L}-]+)/gu)].map((m) => m[1]).filter((name) => w.people.some((p) => fold(p.displayName).split(" ")[0] === name));
    if (whose.length === 1) {
      const theirs: IndexedAction[] = [];
      for (const a of among.slice(0, 6)) {
        if ((await w.details(a.id)).ownerNames.some((n) => fold(n).split(" ")[0] === whose[0])) theirs.push(a);
      }
      if (theirs.length === 1) return { chosen: theirs[0], contenders: among.filter((a) => a !== theirs[0]) };
    }
  }
  // ("de geldlessen zijn klaar in mijn groep": the sender's own "Techniekdag groep 7 en 8" shares only "groep" — it does
  // not win by being theirs from the one action a word names alone; which is meant is asked.)
  const distinctive = spans.filter((s) => s.distinctive);
  const chosenSpan = ranked.chosen ? spans.find((s) => s.action.id === ranked.chosen!.id) : undefined;
  // ("de geldlessen worden volgend jaar ook in groep 7 gegeven": "groep 7" fits "Techniekdag groep 7 en 8" better by number,
  // but only "geldlessen" names one action — asked too.)
  if (chosenSpan && !chosenSpan.distinctive && !chosenSpan.exact && distinctive.length === 1 && (distinctive[0].quality >= chosenSpan.quality || (distinctive[0].quality >= 2 && text !== undefined && /\d/.test(text.slice(chosenSpan.start, chosenSpan.end))))) {
    return { contenders: [distinctive[0].action, chosenSpan.action] };
  }
  return ranked;
}

/** Several actions fit about as well: a numbered question whose answers run the command with each. */
export function choose(contenders: IndexedAction[], command: string, suffix: string, span: ActionSpan<IndexedAction>, text: string, note?: string): Understanding {
  if (!contenders.length) return { kind: "need-action", question: localText("understand.whichAction"), command };
  return {
    kind: "choose",
    question: localText("action.choose", { query: text.slice(span.start, span.end) }),
    options: contenders.slice(0, 6).map((a) => ({ label: a.pillarName ? `${a.title} (${a.pillarName})` : a.title, text: `/${command} ${a.title}${suffix}`, pickActionId: a.id, ...(note ? { note } : {}) })),
  };
}
