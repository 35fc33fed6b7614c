import { findDatePhrase, type DatePhrase } from "../parse/dates.ts";
import type { SchoolRegion } from "../parse/school-holidays.ts";

export type DateInText = DatePhrase;

/** The longest date or time phrase anywhere in a sentence ("herinner me maandag aan de subsidieaanvraag" → "maandag"). */
export function findDateIn(text: string, now: Date, region?: SchoolRegion): DateInText | undefined {
  return findDatePhrase(text, now, region ? { region } : undefined);
}
