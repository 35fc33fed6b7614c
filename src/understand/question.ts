import { fold } from "../parse/text.ts";

/** Dutch and English words a question starts with (question word order: "is de moestuin af"). */
const QUESTION_START =
  /^(wat|wie|wanneer|waar|waarom|welke|welk|hoe|hoeveel|hoelang|hoever|is|zijn|staat|staan|heeft|hebben|heb|klopt|weet|weten|gaat|loopt|lopen|wordt|worden|moet|moeten|kan|kun|kunt|kunnen|zou|zouden|zullen|zal|mag|mogen|hoeft|hoeven|was|waren|had|hadden|what|who|whom|whose|when|where|which|how|why|are|does|do|did|has|have|can|could|will|would|should|shall)\b/;

/** Polite requests are still requests, but a question mark or question order means the bot asks before it changes anything. */
export function isQuestion(text: string): boolean {
  if (text.includes("?")) return true;
  // ("ik ben klaar met nakijken, wat staat er voor mij nog open": a question after a comma, in question order.)
  if (/[,;:.]\s*(?:en\s+)?(wat|wie|wanneer|waar|welke|hoe|hoeveel)\s+(staat|staan|is|zijn|moet|moeten|heb|hebben|kan|kunnen|loopt|lopen|ligt|liggen|gaat|gaan|doe|doen|wordt|worden|zit|zitten)\b/i.test(text)) return true;
  // ("klopt, zomerkamp mag op bezig": "klopt" with a comma after it agrees; it asks nothing.)
  // ("Wat fijn!!! De bibliotheek doet mee", "hoe leuk, …": an exclamation before the news asks nothing.)
  // ("is goed hoor, zomerkamp mag naar bram", "is prima!": agreeing, not asking.)
  const folded = fold(text.replace(/^\s*(?:klopt|precies|inderdaad|correct|dat klopt|klopt helemaal|(?:dat\s+)?is\s+(?:goed|prima|oke|oké|ok|top|akkoord|afgesproken)(?:\s+(?:hoor|joh|hè|he|zo))?)\s*[,!.:;]+\s*/i, "").replace(/^\s*(?:wat|hoe)\s+(?:een\s+)?(?:fijn|leuk|mooi|goed|gaaf|tof|top|super|heerlijk|geweldig|fantastisch|prachtig|knap|jammer|balen|zonde|vervelend|stom|raar|spannend|druk|nieuws)\w*(?:\s+(?:nieuws|zeg|hoor|joh))?\s*(?:[!.,]+|\p{Extended_Pictographic})[\s\p{Extended_Pictographic}\uFE0F!.]*/iu, "")).replace(/^(en|maar|oh|he|hey|hoi|ok|nou|even|zeg|dus|and|so|hi)\s+/, "");
  // ("de huiswerkbegeleiding staat toch nog op bezig of heeft iemand hem op klaar gezet": "… of heeft iemand …" asks.)
  if (/\bof (heeft|hebben|is|zijn|staat|staan|moet|moeten|kan|kunnen|wordt|worden|gaat|gaan) (iemand|hij|zij|ze|het|die|dat|er|jij|je)\b|\bof niet\s*$|\b(klopt dat|klopt het|klopt dat wel|klopt dit|is dat zo|is dat juist|is dat correct|is that right|is that correct)\s*$/.test(folded)) return true;
  // ("zomerkamp gaat toch niet door he", "de speeltuin is toch al klaar": a tag at the end, or "toch al", checks what is so.)
  if (isTagQuestion(text)) return true;
  // ("bij welke organisatie werkt Bram", "met wie doet Lisa de huiswerkklas", "tot wanneer loopt het zomerkamp": a question
  // word after a preposition.)
  if (/^(bij|met|voor|van|aan|naar|in|op|tot|om|vanaf|sinds|over|with|for|to|from|until|since|at|in|on)\s+(wie|welke|welk|wat|wanneer|hoe laat|hoeveel|whom|who|which|what|when|how many|how much)\b/.test(folded)) return true;
  return QUESTION_START.test(folded);
}

/**
 * A check said as a statement ("zomerkamp gaat toch niet door he", "de speeltuin is toch al klaar"), or two states side by
 * side ("speeltuin al af of nog steeds bezig", "moestuin klaar of niet"): a question even when an action's name leads.
 */
export function isTagQuestion(text: string): boolean {
  // ("2e schil is al klaar toch, of moet er nog iets gebeuren": the tag, then the other possibility.)
  // (fold takes the comma out: the tag is read folded, the comma before "of" as typed.)
  if (/\s(toch|he|right)\s+(of|or)\s+\S/.test(fold(text)) || /,\s*of\s+(moet|moeten|is|zijn|heeft|hebben|staat|staan|kan|gaat|wordt|loopt)\s+(er|het|hij|zij|ze|die|dat|iemand)\b/i.test(text)) return true;
  // ("zou het zomerkamp al op gestart staan of nog op gepland": the same, with the verb and "op" between.)
  if (/\b(klaar|af|afgerond|bezig|gestart|begonnen|gestopt|geparkeerd|gepland|done|finished|started|stopped)(?:\s+(?:staan|staat|stond|zijn|is|was|zit|zitten))?\s+(?:of|or)\s+(?:(?:nog|al|toch|steeds|still|already|op|on|staat|staan|is|zijn)\s+)*(klaar|af|afgerond|bezig|gestart|begonnen|gestopt|geparkeerd|gepland|done|finished|started|stopped|niet|not)\b/.test(fold(text))) return true;
  // ("geldlessen gaat naar Daan, hij staat toch al voor groep 8": "toch al" in a reason after a comma says why; it asks nothing.)
  // ("Ahmed heeft de 2e schil toch al af": "toch al" with what is done checks it too.)
  return /\s(toch|right|he|niet dan|ja toch)$/.test(fold(text)) || /\b(is|zijn|was|waren|staat|staan) (\w+ )?toch al\b/.test(fold(text.split(/[,;.!?]/)[0] ?? "")) || /\b(heeft|hebben|heb|had) (?:\S+ ){0,5}toch al (?:\S+ )?(af|klaar|gedaan|afgerond|gestopt|rond|gehaald)$/.test(fold(text.split(/[,;.!?]/)[0] ?? ""));
}

/** A question that asks for information (not a request to do something, like "kun je … zetten?"). */
export function isRequestForm(text: string): boolean {
  const folded = fold(text);
  return /^(kun|kan|kunnen|wil|wilt|zou|zouden|mag|could|can|would|will|please)\b/.test(folded) && /\b(je|jij|u|you|ik|we|wij|het)\b/.test(folded);
}
