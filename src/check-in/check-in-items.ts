import { localParts } from "../time/amsterdam.ts";
import type { WijkRow } from "../db/rows.ts";

/**
 * The Check of Plan-Do-Check-Act (seed 000: "een jaarplan met een tussentijdse
 * evaluatie"): once a year every owner gets one numbered list of their open actions and
 * answers per action; the coördinator gets each owner's summary; the rows stay for the
 * web overview. What the mid-year check's use cases share.
 */
export const VERDICTS = ["op-koers", "loopt-achter", "stoppen"] as const;
export type Verdict = (typeof VERDICTS)[number];
/** CheckIn.round of the mid-year check (a check-in round names its meeting or month). */
export const MID_YEAR = "";

export interface CheckInItem {
  n: number;
  actionId: string;
  title: string;
}

/** The plan year a check belongs to: the wijk's, or the calendar year when none is set. */
export function checkInYear(wijk: WijkRow, now: Date): number {
  return wijk.planYear ?? localParts(now).year;
}

/** A person's mid-year check as data (src/render/check-in.ts writes it): the language they read, the plan year and their numbered actions. */
export interface CheckInList {
  lang: string;
  year: number;
  /** Each with its deadline when it is shown (the first message shows it, a resent one and the reminder do not). */
  items: { n: number; title: string; deadline: Date | null }[];
}

/** The stored items as a check's list, with the deadlines from `deadlines` (none when it is not given). */
export function checkInList(lang: string, year: number, items: readonly CheckInItem[], deadlines?: Map<string, Date | null>): CheckInList {
  return { lang, year, items: items.map((i) => ({ n: i.n, title: i.title, deadline: deadlines?.get(i.actionId) ?? null })) };
}
