import { fold } from "../parse/text.ts";
import type { ActionNameIndex } from "../action-names/match-actions.ts";
import type { IndexedAction } from "../action-names/action-index.ts";
import { locateActions } from "../action-names/locate-action.ts";

/**
 * Sentences around what a message is for that only say how the writer is doing or where they are ("Drukke week hier,
 * rapporten en oudergesprekken, je kent het wel.", "ik zit in de auto dus ingesproken.", "lang verhaal kort want ik sta
 * nog op het veld:", "sorry for the late reply, crazy week.") or what comes later ("tot donderdag allemaal", "ik zet het
 * straks ook nog in de groep", "more news next week!"). Folded text.
 */
const SMALL_TALK_BEFORE = new RegExp(
  [
    String.raw`\b(drukke|druk|hectische|gekke|volle|crazy|busy|hectic) (week|dag|dagen|tijd|periode|ochtend|maand)\b`,
    String.raw`\bje kent het( wel)?\b`,
    String.raw`\b(sorry|excuses|sry)\b.*\b(laat|late|achter|vertraging|reply|reactie)\b`,
    String.raw`\bik loop (\w+ ){0,2}achter\b`,
    String.raw`\b(ingesproken|ingesproken bericht|gedicteerd|spraakbericht|voice message)\b`,
    String.raw`\b(ik|we) (zit|zitten|sta|staan|ben|zijn) (\w+ ){0,3}(in de auto|in de trein|op de fiets|op het veld|onderweg|langs de lijn|op de hei|in de klas|tussen twee afspraken)\b`,
    String.raw`\blang verhaal kort\b`,
    // ("even tussendoor want ik sta bij het hek te wachten", "oke even inspreken want ik zit in de auto": where the writer is.)
    String.raw`\b(even|ff) (tussendoor|inspreken|snel|kort)\b.*\bwant (ik|we) (sta|zit|ben|moet|staan|zitten|zijn|moeten|heb)\b`,
    String.raw`^(maar |en )?(even )?(iets anders|snel|tussendoor|kort|quick thing|one thing|quick update)$`,
    String.raw`\bwat een (heerlijk|mooi|prachtig|rot|slecht|raar)\w* (weer|dag)\b`,
    String.raw`\b(hope|hoop) (you re|you are|jullie|je|dat het) (well|goed)\b`,
    String.raw`\b(my dutch|mijn nederlands|my english|mijn engels) (is|isn t|is not) (\w+ ){0,3}(rusty|good|great|perfect|goed|roestig)\b`,
    String.raw`^(even |nog )?(wat |een beetje |eens )?(goed|leuk|mooi|fijn|slecht) nieuws\b|\btussen (alle |de )?drukte\b`,
    // ("Hoi even bijpraten.", "Roosters waren een drama de afgelopen weken.", "Ter aanvulling op mijn eerdere bericht:")
    String.raw`^(hoi |hallo |hey )?(even )?(bijpraten|bij praten|een update|een updateje|een kleine update)$|\b(was|waren|is) (echt |best |een |wel )*(drama|gekkenhuis|chaos|hectisch|druk)\b`,
    String.raw`^(ter|in|als) aanvulling( op (mijn|m n|het|ons) (eerdere |vorige |laatste )?(bericht|mail|appje|berichtje))?$`,
    // ("dank voor het overzicht!": thanks for something before, on its own.)
    String.raw`^(heel |super |hartelijk )?(dank|bedankt|dankjewel|dank je wel|thanks|thank you|thx)( je| jullie| u)?( wel)?( voor (het|de|je|jullie) \w+)?$`,
  ].join("|"),
);
const SMALL_TALK_AFTER = new RegExp(
  [
    String.raw`^(tot|see you|talk to you|spreek je) (donderdag|morgen|maandag|dinsdag|woensdag|vrijdag|straks|zo|later|volgende week|volgende keer|snel|soon|thursday|tomorrow|next week|next time|then|dan)( allemaal| iedereen| all)?$`,
    String.raw`\bik zet het (straks |later |morgen )?(ook )?(nog )?in de (groep|app)\b`,
    String.raw`^(more news|meer nieuws)\b`,
    String.raw`\bals iemand (nog )?(ideeen|vragen|tips) heeft\b`,
    String.raw`^(anders )?hoor ik het (graag|wel)$`,
    String.raw`^de rest (staat|blijft|klopt)\b`,
    String.raw`^ik (spreek|zie|bel|mail|app) (ze|hem|haar|hen|jullie|hun) (\w+ ){0,2}(weer|nog|morgen|volgende week|later)\b`,
  ].join("|"),
);

/**
 * The season's wishes at the end of a message ("gelukkig nieuwjaar alvast allemaal", "fijne feestdagen!", "merry christmas
 * everyone"): a pattern source for case-insensitive text as typed, never part of a note or a title.
 */
export const SEASON_WISHES = String.raw`(?:(?:en\s+)?(?:alvast\s+)?(?:een\s+)?(?:heel\s+)?(?:gelukkig\s+nieuwjaar|gelukkig\s+nieuw\s+jaar|fijne\s+(?:feestdagen|kerst|kerstdagen|jaarwisseling|vakantie|zomer|zomervakantie|kerstvakantie)|prettige\s+(?:feestdagen|kerstdagen|kerst|jaarwisseling|vakantie)|goede\s+jaarwisseling|vrolijk\s+kerstfeest|zalig\s+kerstfeest|happy\s+(?:new\s+year|holidays)|merry\s+(?:christmas|xmas)|season'?s\s+greetings))(?:\s+(?:en\s+)?(?:alvast|allemaal|iedereen|everyone|all|gewenst|voor\s+(?:straks|allemaal|iedereen)|en\s+(?:een\s+)?(?:gelukkig\s+nieuwjaar|goede\s+jaarwisseling|happy\s+new\s+year)))*`;

/**
 * The message without such sentences at its start and end, when they name no action and hold no figure or date — and
 * without all that comes before "lang verhaal kort:".
 */
export function withoutSmallTalk(text: string, index: ActionNameIndex<IndexedAction>): string {
  // Sentences end at . ! ? — or at a colon after words of small talk ("lang verhaal kort want ik sta op het veld:").
  const parts = text.match(/[^.!?:]+(?:[.!?]+|:|$)\s*/g);
  const chatter = (part: string, pattern: RegExp) => {
    const f = fold(part);
    if (!f || /\d/.test(part)) return false;
    if (part.trim().endsWith(":") && !pattern.test(f)) return false;
    return pattern.test(f) && !locateActions(index, part).some((s) => s.exact || s.quality >= 2.5);
  };
  if (!parts || parts.length < 2) return withoutLeadingChatter(text, chatter);
  // ("goedemorgen, ik sta bij de oversteek … gepraat. lang verhaal kort: …": what comes before "long story short" is the story.)
  const short = parts.findIndex((p) => /\b(lang verhaal kort|long story short|to make a long story short)\b/.test(fold(p)) && !/\d/.test(p) && fold(p).split(" ").length <= 12);
  let first = short >= 0 && short < parts.length - 1 ? short + 1 : 0;
  let last = parts.length;
  while (first < last - 1 && chatter(parts[first], SMALL_TALK_BEFORE)) first++;
  while (last > first + 1 && chatter(parts[last - 1], SMALL_TALK_AFTER)) last--;
  if (first === 0 && last === parts.length) return withoutLeadingChatter(text, chatter);
  // The words the bot was addressed with stay in front ("@wijkbot hoi allemaal, lang verhaal kort …").
  const lead = first > 0 ? (parts[0].match(/^\s*@?wijkbot\b[\s,:]*/i)?.[0] ?? "") : "";
  const kept = `${lead}${parts.slice(first, last).join("")}`.trim();
  return kept.replace(/^@?wijkbot\b[\s,:]*/i, "").split(/\s+/).length >= 3 ? withoutLeadingChatter(kept, chatter) : text;
}

const WHERE_THE_WRITER_IS = /\b(?:even|ff) (?:tussendoor|inspreken|snel|kort)\b.*\bwant (?:ik|we) (?:sta|zit|ben|moet|staan|zitten|zijn|moeten|heb)\b|\b(?:ik|we) (?:zit|zitten|sta|staan) (?:\w+ ){0,3}(?:in de auto|in de trein|op de fiets|onderweg|langs de lijn)\b/;

/** ("even tussendoor want ik sta bij het hek te wachten, bij huiswerkbegeleiding …", "… want ik zit in de auto dus bij het wijkplan …": where the writer is, in a clause before the news.) */
function withoutLeadingChatter(text: string, chatter: (part: string, pattern: RegExp) => boolean): string {
  const m = text.match(/^(\s*(?:@?wijkbot\b[\s,:]*)?)([^,.;:!?]{6,100}?)(?:,\s*|\s+dus\s+)(?=\S)/i);
  if (!m || !chatter(m[2], WHERE_THE_WRITER_IS)) return text;
  const rest = text.slice(m[0].length);
  return rest.split(/\s+/).length >= 4 ? `${m[1]}${rest}` : text;
}
