import { findDatePhrase, type DatePhrase } from "../parse/dates.ts";
import type { SchoolRegion } from "../parse/school-holidays.ts";

export type DateInText = DatePhrase;

/** The longest date or time phrase anywhere in a sentence ("herinner me maandag aan de subsidieaanvraag" → "maandag"). */
export function findDateIn(text: string, now: Date, region?: SchoolRegion): DateInText | undefined {
  return findDatePhrase(text, now, region ? { region } : undefined);
}

/** "donderdagmiddag 15:00" → "donderdag 15:00", "vrijdagochtend" → "vrijdag 9:00", "om 9u" → "om 9:00": moments as the date reader knows them. */
export function spellMoments(text: string): string {
  const parts: Record<string, string> = { ochtend: "9:00", morgen: "9:00", middag: "13:00", avond: "19:00" };
  return text
    .replace(/\b(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|overmorgen)(ochtend|middag|avond)\b(\s+(?:om\s+)?(?:half\s+\d{1,2}\b|\d{1,2}([:.]\d{2}|\s*(?:u|uur)\b)))?/gi, (_all, day: string, part: string, time?: string) =>
      time ? `${day}${time}` : `${day} ${parts[part.toLowerCase()]}`,
    )
    .replace(/(?<!\b(?:over|binnen|in|na|after)\s+)\b(\d{1,2})\s*(?:u|uur)\b(?!\s*\d)/gi, "$1:00");
}

